import { describe, expect, it } from "vitest";
import { getCertificationValidity, isCertificationValid, validCertificationWhere } from "./validity";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("getCertificationValidity", () => {
  it("is valid through its expiry date and expired the day after", () => {
    const certificate = { status: "CERTIFIED" as const, expiresOn: day("2026-11-24") };
    expect(getCertificationValidity(certificate, "2026-11-24")).toBe("valid");
    expect(getCertificationValidity(certificate, "2026-11-25")).toBe("expired");
  });

  it("treats a certificate without expiry as valid while certified", () => {
    expect(isCertificationValid({ status: "CERTIFIED", expiresOn: null }, "2099-01-01")).toBe(true);
  });

  it("never reports revoked, rejected or pending certificates as valid", () => {
    for (const status of ["APPLIED", "IN_REVIEW", "REJECTED", "REVOKED"] as const) {
      expect(isCertificationValid({ status, expiresOn: day("2030-01-01") }, "2026-11-24")).toBe(false);
    }
    expect(getCertificationValidity({ status: "REVOKED", expiresOn: null }, "2026-11-24")).toBe("revoked");
  });
});

describe("validCertificationWhere", () => {
  it("matches certified rows without expiry or expiring on or after today", () => {
    expect(validCertificationWhere("2026-11-24")).toEqual({
      status: "CERTIFIED",
      OR: [{ expiresOn: null }, { expiresOn: { gte: new Date("2026-11-24T00:00:00Z") } }],
    });
  });
});
