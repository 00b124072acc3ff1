import "server-only";
import zlib from "node:zlib";
import { IMPORT_MAX_BYTES } from "./plan-import";

// Between the dry run and the confirmation the file's text travels in a hidden form field. Browsers rewrite
// line breaks in posted form values (LF becomes CRLF), which would change values with line breaks in them, so
// the text is sent compressed and base64-encoded: exactly the bytes that were checked come back. The confirm
// step plans the text again and must reach the same plan (its digest), so the field is never trusted.

export function encodeImportPayload(text: string): string {
  return zlib.deflateRawSync(Buffer.from(text, "utf8")).toString("base64");
}

/** The text of a payload, or null for anything that is not one (or would inflate beyond the file size limit). */
export function decodeImportPayload(payload: string): string | null {
  if (payload === "" || !/^[A-Za-z0-9+/]+=*$/.test(payload)) return null;
  try {
    const bytes = zlib.inflateRawSync(Buffer.from(payload, "base64"), { maxOutputLength: IMPORT_MAX_BYTES });
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
