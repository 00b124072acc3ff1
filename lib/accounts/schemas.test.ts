import { describe, expect, it } from "vitest";
import { z } from "zod";
import { signUpSchema } from "./schemas";

const errorsOf = (input: Record<string, unknown>) => {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("signUpSchema", () => {
  it("accepts a long passphrase without composition rules", () => {
    expect(errorsOf({ name: "Sari", email: "sari@contoh.id", password: "kopi tugu malang pagi" })).toEqual({});
  });

  it("gives one message key per bad field", () => {
    expect(errorsOf({ name: "S", email: "sari", password: "pendek" })).toEqual({
      name: ["nameRequired"],
      email: ["emailInvalid"],
      password: ["passwordTooShort"],
    });
  });

  it("refuses common passwords whatever their case", () => {
    expect(errorsOf({ name: "Sari", email: "s@contoh.id", password: "Indonesia123" }).password).toEqual([
      "passwordTooCommon",
    ]);
  });

  it("refuses fields it does not know (no mass assignment of role or status)", () => {
    const result = signUpSchema.safeParse({
      name: "Sari",
      email: "s@contoh.id",
      password: "kopi tugu malang",
      role: "ADMIN",
    });
    expect(result.success).toBe(false);
  });
});
