import { hasLocale } from "next-intl";
import { defineRouting } from "next-intl/routing";
import { requireFormData } from "@/lib/forms/form-data";
import { defaultLocale, locales } from "./locale-list";

export { locales };
export type Locale = (typeof locales)[number];

// Indonesian at the root paths, English under /en. No guessing from Accept-Language: a shared link opens in
// the language it was shared in.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  localeDetection: false,
  // The language lives in the URL only: no locale cookie is needed (or set).
  localeCookie: false,
  // No `Link` header of alternates: next-intl would build it from the request's host (a client's X-Forwarded-Host
  // replayed to everyone by a cache). Pages name their alternates in <head>, from AUTH_URL (lib/seo/alternates.ts).
  alternateLinks: false,
});

/** The locale a form posted (a hidden "locale" field), or the default when it is missing or unknown. */
export function readFormLocale(formData: FormData): Locale {
  const value = requireFormData(formData).get("locale");
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}
