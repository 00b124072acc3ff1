import { describe, expect, it } from "vitest";
import { readSupportCsv, supportFileToCsvText } from "./support-file";

const header = "listing,programme,kind,organiser,starts_on";

describe("reading a ledger import file", () => {
  it("reads rows by column, numbered as a spreadsheet shows them, skipping blank rows", () => {
    const result = readSupportCsv(
      `\uFEFF${header}\nkopi-a,bimtek-2026,TRAINING,Disporapar,2026-03-01\n,,,,\nb,p,FUNDING,'=Diskopindag,2026-04-01\n`,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          rowNumber: 2,
          cells: {
            listing: "kopi-a",
            programme: "bimtek-2026",
            kind: "TRAINING",
            organiser: "Disporapar",
            starts_on: "2026-03-01",
          },
        },
        {
          rowNumber: 4,
          cells: { listing: "b", programme: "p", kind: "FUNDING", organiser: "=Diskopindag", starts_on: "2026-04-01" },
        },
      ],
    });
  });

  it("refuses unknown, missing and repeated columns and semicolon files as a whole", () => {
    expect(readSupportCsv(`${header},catatan\n`)).toEqual({
      ok: false,
      error: { key: "unknownColumns", columns: ["catatan"] },
    });
    expect(readSupportCsv("listing,programme\n")).toEqual({
      ok: false,
      error: { key: "missingColumns", columns: ["kind", "organiser", "starts_on"] },
    });
    expect(readSupportCsv(`${header},listing\n`)).toEqual({
      ok: false,
      error: { key: "repeatedColumns", columns: ["listing"] },
    });
    expect(readSupportCsv("listing;programme;kind\n")).toEqual({ ok: false, error: { key: "semicolonSeparated" } });
    expect(readSupportCsv(`${header}\n"a,b\n`)).toMatchObject({ ok: false, error: { key: "malformed" } });
  });

  it("refuses empty, non-UTF-8 and broken workbook uploads", async () => {
    expect(await supportFileToCsvText("a.csv", new Uint8Array())).toEqual({ ok: false, error: { key: "empty" } });
    expect(await supportFileToCsvText("a.csv", new Uint8Array([0xff, 0xfe, 0x41]))).toEqual({
      ok: false,
      error: { key: "notUtf8" },
    });
    expect(await supportFileToCsvText("a.xlsx", new TextEncoder().encode("bukan buku kerja"))).toEqual({
      ok: false,
      error: { key: "notSpreadsheet" },
    });
  });
});
