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
