import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeImportPayload, encodeImportPayload } from "./import-payload";
import { IMPORT_MAX_BYTES } from "./plan-import";

describe("the import payload carried from the dry run to the confirmation", () => {
  it("gives back exactly the checked text: BOM, LF and CRLF inside values, Indonesian characters", () => {
    const text = '\uFEFFkind,name_id\r\nCAMPUS,"Baris satu\nbaris dua\r\nKue – Ny. Liem, café"\r\n';
    const payload = encodeImportPayload(text);
    expect(payload).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(decodeImportPayload(payload)).toBe(text);
  });

  it("refuses anything that is not a payload, and payloads that would inflate beyond the file size limit", () => {
    expect(decodeImportPayload("")).toBeNull();
    expect(decodeImportPayload("bukan base64!")).toBeNull();
    expect(decodeImportPayload(Buffer.from("tidak terkompresi").toString("base64"))).toBeNull();
    const bomb = zlib.deflateRawSync(Buffer.alloc(IMPORT_MAX_BYTES + 1, 0x61)).toString("base64");
    expect(decodeImportPayload(bomb)).toBeNull();
    const notUtf8 = zlib.deflateRawSync(Buffer.from([0xff, 0xfe, 0x41])).toString("base64");
    expect(decodeImportPayload(notUtf8)).toBeNull();
  });
});
