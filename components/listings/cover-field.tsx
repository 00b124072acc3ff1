"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/forms/form-field";
import { apiRoutes } from "@/lib/site/routes";

type Props = {
  /** The listing's cover now (a new listing has none), to show and offer taking down. */
  current: { fileId: string | null; isSample: boolean };
  /** Replaces the field's hint (already translated). */
  hint?: string;
  /** Already translated. */
  error?: string;
};

/** The cover upload of the listing form, the same on "add a listing", "edit my listing" and staff's editor. */
export function CoverField({ current, hint, error }: Props) {
  const t = useTranslations("ListingForm");
  return (
    <div className="space-y-2">
      {current.fileId ? (
        // The original, not a `?w=` copy: those exist for public files only, and a proposal's cover is private.
        // eslint-disable-next-line @next/next/no-img-element -- served by /api/files to managers and staff
        <img
          src={apiRoutes.file(current.fileId)}
          alt={t("currentCover")}
          width={320}
          height={107}
          className="aspect-[3/1] w-80 max-w-full rounded border object-cover"
        />
      ) : current.isSample ? (
        <p className="text-sm text-slate-700">{t("currentCoverSample")}</p>
      ) : null}
      <FormField id="cover" name="cover" type="file" label={t("cover")} hint={hint ?? t("coverHint")} error={error} />
      {current.fileId || current.isSample ? (
        <label className="flex min-h-6 items-center gap-2 text-sm">
          <input type="checkbox" name="removeCover" value="1" />
          {t("removeCover")}
        </label>
      ) : null}
    </div>
  );
}
