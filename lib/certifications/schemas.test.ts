import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  certificationApplicationSchema,
  certificationStatusChangeSchema,
  isIsoDate,
  normalizeCertificateNumber,
  staffCertificationSchema,
} from "./schemas";

const errorsOf = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

describe("isIsoDate", () => {
  it.each(["2025-02-28", "2024-02-29", "2030-12-31"])("accepts %s", (value) => expect(isIsoDate(value)).toBe(true));
  it.each(["2025-02-29", "2025-13-01", "25-01-01", "2025-1-1", "", "1800-01-01"])("refuses %s", (value) =>
    expect(isIsoDate(value)).toBe(false),
  );
});

describe("certificationApplicationSchema", () => {
  it("turns empty optional fields into undefined", () => {
    expect(
      certificationApplicationSchema.parse({
        listingId: "l1",
        typeId: "t1",
        issuerName: " ",
        number: "",
        issuedOn: "",
        expiresOn: "",
      }),
    ).toEqual({ listingId: "l1", typeId: "t1" });
  });

  it("needs a listing and a type, real dates, and an expiry after the issue date", () => {
    expect(errorsOf(certificationApplicationSchema.safeParse({ listingId: "", typeId: "" }))).toEqual({
      listingId: ["listingRequired"],
      typeId: ["typeRequired"],
    });
    expect(
      errorsOf(certificationApplicationSchema.safeParse({ listingId: "l", typeId: "t", issuedOn: "2025-02-30" })),
    ).toEqual({ issuedOn: ["dateInvalid"] });
    expect(
      errorsOf(
        certificationApplicationSchema.safeParse({
          listingId: "l",
          typeId: "t",
          issuedOn: "2025-06-01",
          expiresOn: "2025-05-31",
        }),
      ),
    ).toEqual({ expiresOn: ["expiryBeforeIssue"] });
  });
});

describe("certificationStatusChangeSchema", () => {
  const at = "2026-01-01T00:00:00.000Z";

  it("needs a reason to reject or revoke", () => {
    for (const to of ["REJECTED", "REVOKED"]) {
      expect(errorsOf(certificationStatusChangeSchema.safeParse({ to, note: " ", expectedUpdatedAt: at }))).toEqual({
        note: ["noteRequired"],
      });
    }
    expect(certificationStatusChangeSchema.safeParse({ to: "IN_REVIEW", expectedUpdatedAt: at }).success).toBe(true);
  });

  it("needs a number and an issue date to certify", () => {
    expect(errorsOf(certificationStatusChangeSchema.safeParse({ to: "CERTIFIED", expectedUpdatedAt: at }))).toEqual({
      number: ["numberRequired"],
      issuedOn: ["issuedOnRequired"],
    });
  });

  it("refuses an unknown status and a missing version", () => {
    expect(errorsOf(certificationStatusChangeSchema.safeParse({ to: "APPLIED", expectedUpdatedAt: at }))).toEqual({
      to: ["statusInvalid"],
    });
    expect(errorsOf(certificationStatusChangeSchema.safeParse({ to: "IN_REVIEW" }))).toEqual({
      expectedUpdatedAt: ["stale"],
    });
  });
});

describe("staffCertificationSchema", () => {
  it("needs the number and issue date of an issued certificate", () => {
    expect(
      errorsOf(staffCertificationSchema.safeParse({ listingId: "l", typeId: "t", number: "", issuedOn: "" })),
    ).toEqual({ number: ["numberRequired"], issuedOn: ["issuedOnRequired"] });
  });
});

describe("normalizeCertificateNumber", () => {
  it("trims and collapses runs of spaces", () => {
    expect(normalizeCertificateNumber("  IDM  000 123\t456 ")).toBe("IDM 000 123 456");
  });
});
