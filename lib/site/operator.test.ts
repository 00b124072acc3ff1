import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { readSiteOperator } from "./operator";

describe("readSiteOperator", () => {
  it("uses the configured office in any mode", () => {
    const env = parseEnv({
      PORTAL_OPERATOR_NAME: "Disporapar Kota Malang",
      PORTAL_OPERATOR_LOGO: "/logo-disporapar.svg",
      PORTAL_OPERATOR_EMAIL: "disporapar@malangkota.go.id",
    });
    expect(readSiteOperator(env, true)).toEqual({
      name: "Disporapar Kota Malang",
      logoPath: "/logo-disporapar.svg",
      email: "disporapar@malangkota.go.id",
      phone: null,
      address: null,
      isPlaceholder: false,
    });
  });

  it("shows marked placeholders in demo mode and claims nothing in production without configuration", () => {
    const env = parseEnv({});
    expect(readSiteOperator(env, false)?.isPlaceholder).toBe(true);
    expect(readSiteOperator(env, true)).toBeNull();
  });

  it("refuses a logo outside public/ or a malformed contact, naming the variable", () => {
    expect(() => parseEnv({ PORTAL_OPERATOR_LOGO: "https://cdn.example.org/logo.svg" })).toThrow(
      /PORTAL_OPERATOR_LOGO must be a path under public/,
    );
    expect(() => parseEnv({ PORTAL_OPERATOR_LOGO: "/../secret.svg" })).toThrow(/PORTAL_OPERATOR_LOGO/);
    expect(() => parseEnv({ PORTAL_OPERATOR_EMAIL: "not-an-email" })).toThrow(/PORTAL_OPERATOR_EMAIL/);
  });
});
