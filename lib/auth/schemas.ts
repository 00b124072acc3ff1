import { z } from "zod";
import { text } from "@/lib/forms/text";

// Spaces are allowed because apps show codes as "123 456". Its message is a key in "SecondFactor.errors".
export const totpCodeSchema = text()
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(text().regex(/^\d{6}$/, { error: "codeInvalid" }));

// Messages are i18n keys (namespace "Auth.errors"); the form and the action share this schema.
export const signInSchema = z.object({
  email: text().trim().toLowerCase().email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }),
  password: text().min(1, { error: "passwordRequired" }).max(1000, { error: "passwordRequired" }),
  /** The 6-digit code of an enrolled second factor; absent until the sign-in asks for it. */
  code: totpCodeSchema.optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;
