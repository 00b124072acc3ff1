import { z } from "zod";
import { requireFormData } from "./form-data";

// The one way text from outside (form fields, query strings, path segments) becomes a string the portal keeps or
// sends to the database. C0 control characters (U+0000–U+001F) and DEL are never meaningful in what people type:
// U+0000 makes PostgreSQL refuse the statement, U+0002/U+0003 are the search highlighter's markers, and the others
// would be stored and published invisibly. Tab and newline survive only where a field is multi-line.

const controlExceptTabAndNewline = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const anyControl = /[\u0000-\u001F\u007F]/;

export type TextOptions = { multiline?: boolean };

/**
 * `value` without control characters. Multi-line: line breaks stay as typed ("\r\n" is what browsers post from a
 * textarea and what stored text already holds, so an export imported again is unchanged), a lone "\r" becomes
 * "\n". One line: every line break and tab becomes a space.
 */
export function cleanText(value: string, options: TextOptions = {}): string {
  const kept = value.replace(controlExceptTabAndNewline, "");
  return options.multiline ? kept.replace(/\r(?!\n)/g, "\n") : kept.replace(/\r\n|[\t\n\r]/g, " ");
}

/** Whether `value` holds any control character (tab and newline included). */
export function hasControlCharacters(value: string): boolean {
  return anyControl.test(value);
}

/**
 * A posted form's text field, cleaned; "" when absent or a file. Tabs and newlines are kept: the field's schema
 * (`text()` or `multilineText()`) decides whether it may hold them.
 */
export function readText(formData: FormData, key: string): string {
  const value = requireFormData(formData).get(key);
  return typeof value === "string" ? cleanText(value, { multiline: true }) : "";
}

/** Every text value of a repeated form field (checkboxes, multi-selects), cleaned; files are dropped. */
export function readTexts(formData: FormData, key: string): string[] {
  return requireFormData(formData)
    .getAll(key)
    .filter((value): value is string => typeof value === "string")
    .map((value) => cleanText(value, { multiline: true }));
}

/**
 * Several text fields of a posted form at once, each read like `readText`: the values an action validates and
 * hands back when the form is refused, so the person keeps what they typed.
 */
export function readFields<const Key extends string>(formData: FormData, keys: readonly Key[]): Record<Key, string> {
  return Object.fromEntries(keys.map((key) => [key, readText(formData, key)])) as Record<Key, string>;
}

type QueryValue = string | string[] | undefined;

/** The first value of a query-string parameter, cleaned to one line and trimmed; "" when absent. */
export function readQueryText(value: QueryValue): string {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? "" : cleanText(first).trim();
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A path segment that can be a slug (lowercase words joined by hyphens, at most 200 characters), or null. */
export function readSlug(value: string | undefined): string | null {
  if (value === undefined || value.length > 200) return null;
  return slugPattern.test(value) ? value : null;
}

/** A zod string for a one-line field: control characters removed, tabs and line breaks turned into spaces. */
export const text = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).overwrite((value) => cleanText(value));

/** A zod string for a multi-line field (descriptions, messages, notes): tab and newline kept, other controls removed. */
export const multilineText = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).overwrite((value) => cleanText(value, { multiline: true }));
