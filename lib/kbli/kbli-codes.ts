import { z } from "zod";

// KBLI (Klasifikasi Baku Lapangan Usaha Indonesia) as listings carry it: the edition (2020 or 2025), the
// five-digit class code kept as text (a leading zero is part of the code: 01111 is not 1111) and its title.
// Staff type one class per line, "2020 | 58110 | Penerbitan buku", in the listing editor; errors are i18n keys
// of "AdminListings.errors".

export const kbliVersions = [2020, 2025] as const;
export type KbliVersion = (typeof kbliVersions)[number];
export type KbliEntry = { version: KbliVersion; code: string; title: string };

export const MAX_KBLI_PER_LISTING = 10;
const KBLI_CODE = /^\d{5}$/;

export const kbliCodeSchema = z.string().trim().regex(KBLI_CODE, { error: "kbliCodeInvalid" });
export const kbliVersionSchema = z.coerce
  .number({ error: "kbliVersionInvalid" })
  .refine((value): value is KbliVersion => (kbliVersions as readonly number[]).includes(value), {
    error: "kbliVersionInvalid",
  })
  .transform((value) => value as KbliVersion);

export type KbliLineProblem = { line: number; error: string };

/**
 * Reads the editor's lines into entries, or names the first bad line and why. Empty lines are skipped; the same
 * (edition, code) twice is refused rather than silently merged.
 */
export function parseKbliLines(text: string): { ok: true; entries: KbliEntry[] } | ({ ok: false } & KbliLineProblem) {
  const entries: KbliEntry[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === "") continue;
    const parts = raw.split("|").map((part) => part.trim());
    if (parts.length < 2 || parts.length > 3) return { ok: false, line, error: "kbliLineInvalid" };
    const version = kbliVersionSchema.safeParse(parts[0]);
    if (!version.success) return { ok: false, line, error: "kbliVersionInvalid" };
    if (!KBLI_CODE.test(parts[1] ?? "")) return { ok: false, line, error: "kbliCodeInvalid" };
    const title = parts[2] ?? "";
    if (title.length > 200) return { ok: false, line, error: "tooLong" };
    if (entries.some((entry) => entry.version === version.data && entry.code === parts[1]))
      return { ok: false, line, error: "kbliDuplicate" };
    entries.push({ version: version.data, code: parts[1]!, title });
  }
  if (entries.length > MAX_KBLI_PER_LISTING) return { ok: false, line: lines.length, error: "kbliTooMany" };
  return { ok: true, entries };
}

/** The editor's text for stored entries (the inverse of parseKbliLines). */
export function formatKbliLines(entries: readonly KbliEntry[]): string {
  return entries
    .map((entry) => [entry.version, entry.code, entry.title].filter((part) => part !== "").join(" | "))
    .join("\n");
}

/** For a CSV cell or a profile line: "58110 (KBLI 2020) Penerbitan buku". */
export function describeKbli(entry: KbliEntry): string {
  return `${entry.code} (KBLI ${entry.version})${entry.title ? ` ${entry.title}` : ""}`;
}

/** A zod field for the editor's textarea: the lines become entries, a bad line one per-field error. */
export const kbliLinesSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    const parsed = parseKbliLines(value ?? "");
    if (parsed.ok) return parsed.entries;
    context.addIssue({ code: "custom", message: parsed.error, params: { line: parsed.line } });
    return z.NEVER;
  });
