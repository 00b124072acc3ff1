import { describe, expect, it } from "vitest";
import { z } from "zod";
import { asFieldErrors, fieldErrorsOf, invalidForm } from "./form-state";
import { text } from "./text";

const schema = z.strictObject({
  name: text().trim().min(2, { error: "nameRequired" }),
  email: text().email({ error: "emailInvalid" }),
});

describe("form state", () => {
  it("turns a zod error into the message keys of each field", () => {
    const parsed = schema.safeParse({ name: "", email: "x" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldErrorsOf(parsed.error)).toEqual({ name: ["nameRequired"], email: ["emailInvalid"] });
    const values = { name: "", email: "x" };
    expect(invalidForm(parsed.error, values)).toEqual({
      fieldErrors: { name: ["nameRequired"], email: ["emailInvalid"] },
      values,
    });
  });

  it("wraps one key per field as the same shape", () => {
    expect(asFieldErrors({ slug: "slugTaken" })).toEqual({ slug: ["slugTaken"] });
  });
});
