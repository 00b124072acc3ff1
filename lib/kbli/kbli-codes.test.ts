import { describe, expect, it } from "vitest";
import { describeKbli, formatKbliLines, parseKbliLines } from "./kbli-codes";

describe("KBLI lines as staff type them", () => {
  it("reads edition, five-digit code (leading zero kept) and title; skips blank lines; round-trips", () => {
    const text = " 2020 | 01111 | Pertanian Jagung \r\n\n2025|58110|Penerbitan Buku\n2020 | 90002";
    const parsed = parseKbliLines(text);
    expect(parsed).toEqual({
      ok: true,
      entries: [
        { version: 2020, code: "01111", title: "Pertanian Jagung" },
        { version: 2025, code: "58110", title: "Penerbitan Buku" },
        { version: 2020, code: "90002", title: "" },
      ],
    });
    if (!parsed.ok) return;
    expect(parseKbliLines(formatKbliLines(parsed.entries))).toEqual(parsed);
    expect(describeKbli(parsed.entries[0]!)).toBe("01111 (KBLI 2020) Pertanian Jagung");
  });

  it.each([
    ["2020 | 1111 | Jagung", 1, "kbliCodeInvalid"],
    ["2020 | 011111 | Jagung", 1, "kbliCodeInvalid"],
    ["2020 | 5811O | Huruf O", 1, "kbliCodeInvalid"],
    ["2009 | 58110 | Edisi lama", 1, "kbliVersionInvalid"],
    ["58110 Penerbitan", 1, "kbliLineInvalid"],
    ["2020 | 58110 | a | b", 1, "kbliLineInvalid"],
    ["2020 | 58110\n\n2020 | 58110 | lagi", 3, "kbliDuplicate"],
  ])("refuses %j at line %i with %s", (text, line, error) => {
    expect(parseKbliLines(text)).toEqual({ ok: false, line, error });
  });

  it("allows the same code in both editions, and at most ten codes", () => {
    expect(parseKbliLines("2020 | 58110\n2025 | 58110").ok).toBe(true);
    const eleven = Array.from({ length: 11 }, (_, index) => `2020 | ${String(10000 + index)}`).join("\n");
    expect(parseKbliLines(eleven)).toMatchObject({ ok: false, error: "kbliTooMany" });
  });
});
