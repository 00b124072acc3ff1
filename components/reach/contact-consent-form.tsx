import { getTranslations } from "next-intl/server";
import type { Notice } from "@/lib/forms/notices";
import { setContactConsentAction } from "@/lib/reach/actions";

type Props = { locale: string; mayContact: boolean; notice: Notice<"accountContact"> | null };

/** In /akun: the holder's consent to be contacted about the city's programmes (off until they turn it on). */
export async function ContactConsentForm({ locale, mayContact, notice }: Props) {
  const t = await getTranslations("ContactConsent");
  return (
    <section aria-labelledby="undangan-program" className="max-w-2xl space-y-3">
      <h2 id="undangan-program" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {notice ? (
        <p role="status" className="rounded border border-brand-700 bg-brand-50 p-3">
          {t(notice.key)}
        </p>
      ) : null}
      <form action={setContactConsentAction} className="space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <p id="undangan-program-intro" className="text-slate-700">
          {t("intro")}
        </p>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="mayContact"
            value="1"
            defaultChecked={mayContact}
            aria-describedby="undangan-program-intro"
            className="mt-1 size-4"
          />
          <span>{t("label")}</span>
        </label>
        <button
          type="submit"
          className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("save")}
        </button>
      </form>
    </section>
  );
}
