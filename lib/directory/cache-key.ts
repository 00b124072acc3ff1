import { MAX_QUERY_LENGTH } from "./filters";
import { cleanText } from "@/lib/forms/text";

// The query-string keys the directory pages read. Anything else in a URL changes nothing on the page, so it is left
// out of the cache key (and cannot multiply cache entries).
const directoryKeys = ["bersertifikat", "hal", "jenis", "kecamatan", "kelurahan", "q", "subsektor", "urut"] as const;
const EMPTY_KEY = "-";

/**
 * The directory's filters as one URL path segment, so each filtered page can be rendered once and served from the
 * page cache (docs/decisions/004): known keys only, first value of each, sorted, base64url. A query longer than
 * the limit keeps one character more, so the page still tells the reader it was shortened.
 */
export function encodeDirectoryQuery(params: URLSearchParams): string {
  const canonical = new URLSearchParams();
  for (const key of directoryKeys) {
    const value = cleanText(params.get(key) ?? "").trim();
    if (value)
      canonical.set(key, key === "q" ? value.replace(/\s+/g, " ").slice(0, MAX_QUERY_LENGTH + 1) : value.slice(0, 40));
  }
  const text = canonical.toString();
  return text ? Buffer.from(text, "utf8").toString("base64url") : EMPTY_KEY;
}

/** The filters back from the path segment; anything unreadable is an empty filter set. */
export function decodeDirectoryQuery(segment: string): Record<string, string> {
  if (segment === EMPTY_KEY || !/^[A-Za-z0-9_-]{1,400}$/.test(segment)) return {};
  const params = new URLSearchParams(Buffer.from(segment, "base64url").toString("utf8"));
  const result: Record<string, string> = {};
  for (const key of directoryKeys) {
    const value = params.get(key);
    if (value) result[key] = value;
  }
  return result;
}
