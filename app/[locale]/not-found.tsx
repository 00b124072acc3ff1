import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { routes } from "@/lib/site/routes";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <section>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <p className="mt-4">
        <Link href={routes.home} className="text-brand-700 underline">
          {t("backHome")}
        </Link>
      </p>
    </section>
  );
}
