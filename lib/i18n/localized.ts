/** Listing and reference content falls back to Indonesian when no English text exists. */
export function pickLocalized(locale: string, indonesian: string, english: string | null | undefined): string {
  return locale === "en" && english ? english : indonesian;
}
