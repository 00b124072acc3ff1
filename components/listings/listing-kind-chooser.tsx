import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listingKindPaths, listingKinds } from "@/lib/listings/kinds";

/** Step one of adding a listing (staff or owner): pick its kind; each link opens the form for that kind. */
export async function ListingKindChooser({ title, formPath }: { title: string; formPath: string }) {
  const tKind = await getTranslations("Kind");
  return (
    <nav aria-labelledby="pilih-jenis">
      <h2 id="pilih-jenis" className="text-xl font-semibold">
        {title}
      </h2>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {listingKinds.map((option) => (
          <li key={option}>
            <Link
              href={`${formPath}?jenis=${listingKindPaths[option]}`}
              className="block rounded border border-slate-300 px-4 py-3 font-medium text-brand-800 hover:bg-brand-50"
            >
              {tKind(option)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
