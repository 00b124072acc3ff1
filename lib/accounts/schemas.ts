import { z } from "zod";
import { isCommonPassword } from "./common-passwords";
import { totpCodeSchema } from "@/lib/auth/schemas";
import { text } from "@/lib/forms/text";

// Messages are i18n keys (namespace "SignUp.errors"); the form and the action share this schema.
export const PASSWORD_MIN_LENGTH = 12;

export const passwordSchema = text()
  .min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" })
  .max(200, { error: "passwordTooLong" })
  .refine((password) => !isCommonPassword(password), { error: "passwordTooCommon" });

export const signUpSchema = z.strictObject({
  name: text().trim().min(2, { error: "nameRequired" }).max(100, { error: "nameTooLong" }),
  email: text().trim().toLowerCase().email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }),
  password: passwordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;

export const passwordResetRequestSchema = z.strictObject({
  email: text().trim().toLowerCase().email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }),
});

export const passwordResetSchema = z.strictObject({
  token: text().min(1, { error: "tokenInvalid" }).max(200, { error: "tokenInvalid" }),
  password: passwordSchema,
});

// Messages are keys in "SecondFactor.errors".
export const secondFactorCodeSchema = z.strictObject({ code: totpCodeSchema });

// Messages are keys in "AccountPrivacy.errors".
export const deleteAccountSchema = z.strictObject({
  password: text().min(1, { error: "passwordRequired" }).max(1000, { error: "passwordRequired" }),
});
