import { describe, expect, it } from "vitest";
import { adminListingQuery, parseAdminListingFilters } from "./filters";

const known = { subsectorSlugs: ["kuliner", "kriya"] };

describe("the staff listing table's filters", () => {
  it("reads every filter from the query string and writes it back the same way", () => {
    const params = {
      q: "  keramik   dinoyo ",
      jenis: "usaha",
      subsektor: "kriya",
      kecamatan: "Lowokwaru",
      status: "published",
      bersertifikat: "1",
      basi: "1",
      "basi-bagian": "CONTACT",
      pengingat: "1",
      contoh: "0",
      hal: "3",
    };
    const filters = parseAdminListingFilters(params, known);
    expect(filters).toEqual({
      q: "keramik dinoyo",
      kind: "CREATIVE_BUSINESS",
      subsectorSlug: "kriya",
      kecamatan: "LOWOKWARU",
      status: "PUBLISHED",
      isCertifiedOnly: true,
      isStaleOnly: true,
      staleGroup: "CONTACT",
      isRemindedOnly: true,
      sample: "none",
      page: 3,
    });
    expect(adminListingQuery(filters)).toBe(
      "?q=keramik+dinoyo&jenis=usaha&subsektor=kriya&kecamatan=lowokwaru&status=PUBLISHED&bersertifikat=1&basi=1&basi-bagian=CONTACT&pengingat=1&contoh=0&hal=3",
    );
    expect(adminListingQuery(filters, 1)).not.toContain("hal=");
  });

  it("drops unknown values instead of failing", () => {
    const filters = parseAdminListingFilters(
      {
        jenis: "toko",
        subsektor: "astrologi",
        kecamatan: "batu",
        status: "hapus",
        contoh: "ya",
        hal: "-2",
        basi: "ya",
        "basi-bagian": "SEMUA",
      },
      known,
    );
    expect(filters).toMatchObject({
      kind: null,
      subsectorSlug: null,
      kecamatan: null,
      status: null,
      sample: null,
      page: 1,
      isStaleOnly: false,
      staleGroup: null,
    });
    expect(adminListingQuery(filters)).toBe("");
  });
});
