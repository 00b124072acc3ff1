"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { getSiteUrl } from "@/lib/seo/site-url";
import { getEnv } from "@/lib/env";
import { signOut } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/session";
import { readClientAddress } from "@/lib/auth/client-address";
import { readRequestClientAddress } from "@/lib/rate-limit/client-address";
import {
  deleteAccountSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  secondFactorCodeSchema,
  signUpSchema,
} from "./schemas";
import { registerAccount, verifyEmailWithToken } from "./registration";
import { requestPasswordReset, resetPasswordWithToken } from "./password-reset";
import { disableSecondFactor, enableSecondFactor, startSecondFactorEnrolment } from "./second-factor-enrolment";
import { deleteAccount } from "./delete-account";
import { readText } from "@/lib/forms/text";
import { localeRoutePath, routes } from "@/lib/site/routes";

export type SignUpState = {
  fieldErrors?: { name?: string[]; email?: string[]; password?: string[] };
  formError?: "rateLimited";
  retryAfterMinutes?: number;
  values?: { name: string; email: string };
  isSent?: boolean;
};

// Authorization: signing up, verifying an email and resetting a password are open to anyone by design. Nothing
// here reads another person's data, answers differ in nothing but validation, and changes need a token that only
// the address's inbox received.
export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = { name: readText(formData, "name"), email: readText(formData, "email") };
  const parsed = signUpSchema.safeParse({ ...values, password: readText(formData, "password") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const locale = readFormLocale(formData);
  const siteUrl = getSiteUrl();
  const result = await registerAccount(
    parsed.data,
    {
      verifyUrl: (token) => `${siteUrl}${getPathname({ href: routes.verifyEmail, locale })}?token=${token}`,
      signInUrl: `${siteUrl}${getPathname({ href: routes.signIn, locale })}`,
    },
    { clientAddress: await readRequestClientAddress(), locale },
  );
  if (result.outcome === "rateLimited") {
    return { formError: "rateLimited", retryAfterMinutes: result.retryAfterMinutes, values };
  }
  return { isSent: true, values: { name: "", email: parsed.data.email } };
}

export async function verifyEmailAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const isVerified = await verifyEmailWithToken(readText(formData, "token"));
  redirect(
    `${getPathname({ href: isVerified ? routes.signIn : routes.verifyEmail, locale })}?hasil=${isVerified ? "terverifikasi" : "gagal"}`,
  );
}

export type PasswordResetRequestState = {
  fieldErrors?: { email?: string[] };
  formError?: "rateLimited";
  retryAfterMinutes?: number;
  email?: string;
  isSent?: boolean;
};

export async function requestPasswordResetAction(
  _previous: PasswordResetRequestState,
  formData: FormData,
): Promise<PasswordResetRequestState> {
  const email = readText(formData, "email");
  const parsed = passwordResetRequestSchema.safeParse({ email });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email };
  const locale = readFormLocale(formData);
  const siteUrl = getSiteUrl();
  const result = await requestPasswordReset(
    parsed.data.email,
    (token) => `${siteUrl}${getPathname({ href: routes.resetPassword, locale })}?token=${token}`,
    // The account lookup and the email run after the answer: it takes as long for an unknown address.
    { clientAddress: await readRequestClientAddress(), defer: (work) => after(work) },
  );
  if (result.outcome === "rateLimited") {
    return { formError: "rateLimited", retryAfterMinutes: result.retryAfterMinutes, email: parsed.data.email };
  }
  return { isSent: true, email: parsed.data.email };
}

export type PasswordResetState = { fieldErrors?: { password?: string[]; token?: string[] }; isInvalidToken?: boolean };

export async function resetPasswordAction(
  _previous: PasswordResetState,
  formData: FormData,
): Promise<PasswordResetState> {
  const parsed = passwordResetSchema.safeParse({
    token: readText(formData, "token"),
    password: readText(formData, "password"),
  });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const isReset = await resetPasswordWithToken(parsed.data.token, parsed.data.password);
  if (!isReset) return { isInvalidToken: true };
  redirect(`${getPathname({ href: routes.signIn, locale: readFormLocale(formData) })}?hasil=sandi-baru`);
}

// Authorization for the actions below: each works on the signed-in user's own account only (requireUser); no id
// comes from the form.

export async function startSecondFactorAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  await startSecondFactorEnrolment(user.id);
  revalidatePath(localeRoutePath(locale, routes.account.security));
  redirect(getPathname({ href: routes.account.security, locale }));
}

export type SecondFactorState = {
  fieldErrors?: { code?: string[] };
  formError?: "invalidCode" | "throttled" | "notStarted";
};

async function changeSecondFactor(
  formData: FormData,
  change: typeof enableSecondFactor,
  outcome: "aktif" | "nonaktif",
): Promise<SecondFactorState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const parsed = secondFactorCodeSchema.safeParse({ code: readText(formData, "code") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await change({ id: user.id, role: user.role }, parsed.data.code);
  if (result === "invalidCode" || result === "throttled" || result === "notStarted") return { formError: result };
  revalidatePath(localeRoutePath(locale, routes.account.security));
  redirect(`${getPathname({ href: routes.account.security, locale })}?hasil=${outcome}`);
}

export async function enableSecondFactorAction(
  _previous: SecondFactorState,
  formData: FormData,
): Promise<SecondFactorState> {
  return changeSecondFactor(formData, enableSecondFactor, "aktif");
}

export async function disableSecondFactorAction(
  _previous: SecondFactorState,
  formData: FormData,
): Promise<SecondFactorState> {
  return changeSecondFactor(formData, disableSecondFactor, "nonaktif");
}

export type DeleteAccountState = {
  fieldErrors?: { password?: string[] };
  formError?: "wrongPassword" | "throttled" | "lastAdmin";
};

export async function deleteAccountAction(
  _previous: DeleteAccountState,
  formData: FormData,
): Promise<DeleteAccountState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const parsed = deleteAccountSchema.safeParse({ password: readText(formData, "password") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const ipAddress = readClientAddress(await headers(), getEnv().TRUSTED_CLIENT_IP_HEADER);
  const result = await deleteAccount(user.id, parsed.data.password, ipAddress);
  if (result !== "deleted") return { formError: result };
  // The account is gone, so the session is already refused; signing out also clears the cookie.
  await signOut({ redirectTo: getPathname({ href: routes.account.deleted, locale }) });
  return {};
}
