// UI strings are split by area (one JSON file per area and language) so features can be added side by side.
// Every file must exist in both languages with the same keys (lib/i18n/messages.test.ts checks it).
export const messageFiles = [
  "common",
  "accounts",
  "auth",
  "directory",
  "map",
  "profile",
  "admin",
  "listing-form",
  "moderation",
  "uploads",
  "contact",
  "certifications",
  "security",
  "privacy",
  "admin-users",
  "admin-audit",
  "admin-reports",
  "listing-managers",
  "collaboration",
  "collaboration-reports",
  "listing-csv",
  "admin-listings",
  "events",
  "statistics",
  "open-data",
  "reach",
  "error-page",
  "inbox",
  "changes",
  "data-reference",
] as const;

export async function loadMessages(locale: string): Promise<Record<string, unknown>> {
  const files = await Promise.all(
    messageFiles.map(async (file) => (await import(`./${locale}/${file}.json`)).default as Record<string, unknown>),
  );
  return Object.assign({}, ...files);
}
