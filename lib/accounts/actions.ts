"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { getSiteUrl } from "@/lib/seo/site-url";
import { passwordResetRequestSchema, passwordResetSchema, signUpSchema } from "./schemas";
import { registerAccount, verifyEmailWithToken } from "./registration";
import { requestPasswordReset, resetPasswordWithToken } from "./password-reset";

export type SignUpState = {
  fieldErrors?: { name?: string[]; email?: string[]; password?: string[] };
  values?: { name: string; email: string };
  isSent?: boolean;
};

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};

// Authorization: signing up, verifying an email and resetting a password are open to anyone by design. Nothing
// here reads another person's data, answers differ in nothing but validation, and changes need a token that only
// the address's inbox received.
export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = { name: text(formData, "name"), email: text(formData, "email") };
  const parsed = signUpSchema.safeParse({ ...values, password: text(formData, "password") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const locale = readFormLocale(formData);
  const siteUrl = getSiteUrl();
  await registerAccount(parsed.data, {
    verifyUrl: (token) => `${siteUrl}${getPathname({ href: "/verifikasi-email", locale })}?token=${token}`,
    signInUrl: `${siteUrl}${getPathname({ href: "/masuk", locale })}`,
  });
  return { isSent: true, values: { name: "", email: parsed.data.email } };
}

export async function verifyEmailAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const isVerified = await verifyEmailWithToken(text(formData, "token"));
  redirect(
    `${getPathname({ href: isVerified ? "/masuk" : "/verifikasi-email", locale })}?hasil=${isVerified ? "terverifikasi" : "gagal"}`,
  );
}

export type PasswordResetRequestState = { fieldErrors?: { email?: string[] }; email?: string; isSent?: boolean };

export async function requestPasswordResetAction(
  _previous: PasswordResetRequestState,
  formData: FormData,
): Promise<PasswordResetRequestState> {
  const email = text(formData, "email");
  const parsed = passwordResetRequestSchema.safeParse({ email });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email };
  const locale = readFormLocale(formData);
  const siteUrl = getSiteUrl();
  await requestPasswordReset(
    parsed.data.email,
    (token) => `${siteUrl}${getPathname({ href: "/atur-ulang-kata-sandi", locale })}?token=${token}`,
  );
  return { isSent: true, email: parsed.data.email };
}

export type PasswordResetState = { fieldErrors?: { password?: string[]; token?: string[] }; isInvalidToken?: boolean };

export async function resetPasswordAction(
  _previous: PasswordResetState,
  formData: FormData,
): Promise<PasswordResetState> {
  const parsed = passwordResetSchema.safeParse({
    token: text(formData, "token"),
    password: text(formData, "password"),
  });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const isReset = await resetPasswordWithToken(parsed.data.token, parsed.data.password);
  if (!isReset) return { isInvalidToken: true };
  redirect(`${getPathname({ href: "/masuk", locale: readFormLocale(formData) })}?hasil=sandi-baru`);
}
