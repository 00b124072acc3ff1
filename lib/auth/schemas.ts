import { z } from "zod";

// Messages are i18n keys (namespace "Auth.errors"); the form and the action share this schema.
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }),
  password: z.string().min(1, { error: "passwordRequired" }).max(1000, { error: "passwordRequired" }),
});

export type SignInInput = z.infer<typeof signInSchema>;
