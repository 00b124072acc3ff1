import { z } from "zod";

// Spaces are allowed because apps show codes as "123 456". Its message is a key in "SecondFactor.errors".
export const totpCodeSchema = z
  .string()
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { error: "codeInvalid" }));

// Messages are i18n keys (namespace "Auth.errors"); the form and the action share this schema.
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }),
  password: z.string().min(1, { error: "passwordRequired" }).max(1000, { error: "passwordRequired" }),
  /** The 6-digit code of an enrolled second factor; absent until the sign-in asks for it. */
  code: totpCodeSchema.optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;
