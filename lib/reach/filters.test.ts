import { describe, expect, it } from "vitest";
import { readReachQuery, toReachQueryString } from "./filters";

describe("reach query string", () => {
  it("round-trips a figure's filter", () => {
    const query = {
      period: { from: "2026-01-01", to: "2026-06-30" },
      bucket: "never" as const,
      dimension: "kecamatan" as const,
      key: "KLOJEN",
    };
    const params = Object.fromEntries(new URLSearchParams(toReachQueryString(query)));
    expect(readReachQuery(params)).toEqual({ ...query, isPeriodFallback: false, isNewOnly: false });
  });

  it("keeps an empty value (not recorded) and a programme's new participants", () => {
    const read = readReachQuery({ dimensi: "kelurahan", nilai: "", program: "abc", baru: "1", dari: "2026-01-01" });
    expect(read).toMatchObject({ dimension: "kelurahan", key: "", programme: "abc", isNewOnly: true });
  });

  it("ignores unknown buckets and dimensions", () => {
    const read = readReachQuery({ jangkauan: "semua'--", dimensi: "kota", nilai: "x" });
    expect(read.bucket).toBe("all");
    expect(read.dimension).toBeUndefined();
  });
});
