import { describe, expect, it } from "vitest";
import { z } from "zod";
import { signInSchema } from "./schemas";

describe("signInSchema", () => {
  it("normalises the email", () => {
    expect(signInSchema.parse({ email: "  Pemilik@Contoh.ID ", password: "x" }).email).toBe("pemilik@contoh.id");
  });

  it("reports each bad field with a message key", () => {
    const result = signInSchema.safeParse({ email: "bukan-email", password: "" });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      email: ["emailInvalid"],
      password: ["passwordRequired"],
    });
  });
});

describe("the second-factor code", () => {
  it("accepts six digits, with the spaces apps show, and refuses anything else", () => {
    expect(signInSchema.parse({ email: "a@contoh.id", password: "x", code: " 123 456 " }).code).toBe("123456");
    expect(signInSchema.parse({ email: "a@contoh.id", password: "x" }).code).toBeUndefined();
    for (const code of ["12345", "1234567", "12345a", ""]) {
      const result = signInSchema.safeParse({ email: "a@contoh.id", password: "x", code });
      expect(z.flattenError(result.error!).fieldErrors).toEqual({ code: ["codeInvalid"] });
    }
  });
});
