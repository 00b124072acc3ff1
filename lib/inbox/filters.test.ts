import { describe, expect, it } from "vitest";
import {
  inboxItemHref,
  inboxItemRef,
  inboxQuery,
  parseInboxFilters,
  readInboxItemRef,
  readInboxOutcome,
  readInboxReturn,
} from "./filters";

const known = { subsectorSlugs: ["kuliner", "fotografi"] };

describe("parseInboxFilters", () => {
  it("reads kind, subsector and kecamatan, and drops unknown values", () => {
    expect(parseInboxFilters({ jenis: "sertifikasi", subsektor: "kuliner", kecamatan: "klojen" }, known)).toEqual({
      kind: "CERTIFICATION",
      subsectorSlug: "kuliner",
      kecamatan: "KLOJEN",
    });
    expect(parseInboxFilters({ jenis: "semua", subsektor: "<b>", kecamatan: ["batu", "klojen"] }, known)).toEqual({
      kind: null,
      subsectorSlug: null,
      kecamatan: null,
    });
  });

  it("round-trips through the query string", () => {
    const filters = parseInboxFilters({ jenis: "pesan", kecamatan: "sukun" }, known);
    expect(inboxQuery(filters)).toBe("?jenis=pesan&kecamatan=sukun");
    expect(inboxQuery({ kind: null, subsectorSlug: null, kecamatan: null })).toBe("");
  });
});

describe("item references and returns", () => {
  it("reads back the item a notice names, and nothing malformed", () => {
    expect(readInboxItemRef(inboxItemRef("REVISION", "clx123abc"))).toEqual({ kind: "REVISION", id: "clx123abc" });
    for (const value of ["revisi", "revisi~", "tidak~abc", "revisi~a~b", "revisi~<script>", `revisi~${"a".repeat(65)}`])
      expect(readInboxItemRef(value), value).toBeNull();
  });

  it("reads the kind filter a decision form carried, undefined when it came from elsewhere", () => {
    expect(readInboxReturn("semua")).toEqual({ kind: null });
    expect(readInboxReturn("klaim")).toEqual({ kind: "CLAIM" });
    expect(readInboxReturn("")).toBeUndefined();
    expect(readInboxReturn("https://jahat.example")).toBeUndefined();
  });

  it("links each kind to the page it is decided on, marked as opened from the inbox", () => {
    expect(inboxItemHref({ kind: "REVISION", id: "r1" }, null)).toBe("/admin/moderasi/revisi/r1?tugas=semua");
    expect(inboxItemHref({ kind: "PROBLEM_REPORT", id: "p1" }, "PROBLEM_REPORT")).toBe(
      "/admin/laporan?laporan=p1&tugas=laporan",
    );
    expect(inboxItemHref({ kind: "ENQUIRY", id: "e1" }, null)).toBe("/admin/tugas/pesan/e1?tugas=semua");
    expect(inboxItemHref({ kind: "COLLABORATION_REPORT", id: "c1" }, "COLLABORATION_REPORT")).toBe(
      "/admin/kolaborasi/laporan/c1?tugas=laporan-kolaborasi",
    );
  });

  it("knows each outcome's query word", () => {
    expect(readInboxOutcome("disetujui")).toBe("approved");
    expect(readInboxOutcome("sudah-diambil")).toBe("takenByOther");
    expect(readInboxOutcome("disembunyikan")).toBe("hidden");
    expect(readInboxOutcome("dihapus")).toBeNull();
  });
});
