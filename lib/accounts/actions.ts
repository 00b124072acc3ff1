"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { getSiteUrl } from "@/lib/seo/site-url";
import { signUpSchema } from "./schemas";
import { registerAccount, verifyEmailWithToken } from "./registration";

export type SignUpState = {
  fieldErrors?: { name?: string[]; email?: string[]; password?: string[] };
  values?: { name: string; email: string };
  isSent?: boolean;
};

const localeOf = (formData: FormData) => {
  const locale = formData.get("locale");
  return typeof locale === "string" && (routing.locales as readonly string[]).includes(locale) ? locale : "id";
};
const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};

// Authorization: signing up and verifying an email are open to anyone by design; nothing here reads or changes
// another person's data (an existing address only receives a notice, and the answer is the same).
export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = { name: text(formData, "name"), email: text(formData, "email") };
  const parsed = signUpSchema.safeParse({ ...values, password: text(formData, "password") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const locale = localeOf(formData);
  const siteUrl = getSiteUrl();
  await registerAccount(parsed.data, {
    verifyUrl: (token) => `${siteUrl}${getPathname({ href: "/verifikasi-email", locale })}?token=${token}`,
    signInUrl: `${siteUrl}${getPathname({ href: "/masuk", locale })}`,
  });
  return { isSent: true, values: { name: "", email: parsed.data.email } };
}

export async function verifyEmailAction(formData: FormData) {
  const locale = localeOf(formData);
  const isVerified = await verifyEmailWithToken(text(formData, "token"));
  redirect(
    `${getPathname({ href: isVerified ? "/masuk" : "/verifikasi-email", locale })}?hasil=${isVerified ? "terverifikasi" : "gagal"}`,
  );
}
