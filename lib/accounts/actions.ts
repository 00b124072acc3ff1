"use server";

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
import { readFields, readText } from "@/lib/forms/text";
import { fieldErrorsOf, invalidForm, type FormState } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { localeRoutePath, routes } from "@/lib/site/routes";

// Message keys of each form's namespace ("SignUp.errors", "PasswordReset.errors", …). A password is never sent back.

export type SignUpState = FormState<"name" | "email" | "password", "rateLimited", { name: string; email: string }> & {
  retryAfterMinutes?: number;
  isSent?: boolean;
};

// Authorization: signing up, verifying an email and resetting a password are open to anyone by design. Nothing
// here reads another person's data, answers differ in nothing but validation, and changes need a token that only
// the address's inbox received.
export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const { password, ...values } = readFields(formData, ["name", "email", "password"]);
  const parsed = signUpSchema.safeParse({ ...values, password });
  if (!parsed.success) return invalidForm(parsed.error, values);
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
    isVerified
      ? withNotice(getPathname({ href: "/masuk", locale }), "signIn", "terverifikasi")
      : withNotice(getPathname({ href: "/verifikasi-email", locale }), "verifyEmail", "gagal"),
  );
}

export type PasswordResetRequestState = FormState<"email", "rateLimited", { email: string }> & {
  retryAfterMinutes?: number;
  isSent?: boolean;
};

export async function requestPasswordResetAction(
  _previous: PasswordResetRequestState,
  formData: FormData,
): Promise<PasswordResetRequestState> {
  const values = readFields(formData, ["email"]);
  const parsed = passwordResetRequestSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const locale = readFormLocale(formData);
  const siteUrl = getSiteUrl();
  const result = await requestPasswordReset(
    parsed.data.email,
    (token) => `${siteUrl}${getPathname({ href: routes.resetPassword, locale })}?token=${token}`,
    // The account lookup and the email run after the answer: it takes as long for an unknown address.
    { clientAddress: await readRequestClientAddress(), defer: (work) => after(work) },
  );
  if (result.outcome === "rateLimited") {
    return { formError: "rateLimited", retryAfterMinutes: result.retryAfterMinutes, values: parsed.data };
  }
  return { isSent: true, values: parsed.data };
}

export type PasswordResetState = FormState<"password" | "token", "invalidToken", never>;

export async function resetPasswordAction(
  _previous: PasswordResetState,
  formData: FormData,
): Promise<PasswordResetState> {
  const parsed = passwordResetSchema.safeParse(readFields(formData, ["token", "password"]));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const isReset = await resetPasswordWithToken(parsed.data.token, parsed.data.password);
  if (!isReset) return { formError: "invalidToken" };
  redirect(withNotice(getPathname({ href: "/masuk", locale: readFormLocale(formData) }), "signIn", "sandi-baru"));
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

export type SecondFactorState = FormState<"code", "invalidCode" | "throttled" | "notStarted", never>;

async function changeSecondFactor(
  formData: FormData,
  change: typeof enableSecondFactor,
  outcome: "aktif" | "nonaktif",
): Promise<SecondFactorState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const parsed = secondFactorCodeSchema.safeParse({ code: readText(formData, "code") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await change({ id: user.id, role: user.role }, parsed.data.code);
  if (result === "invalidCode" || result === "throttled" || result === "notStarted") return { formError: result };
  revalidatePath(localeRoutePath(locale, routes.account.security));
  redirect(withNotice(getPathname({ href: routes.account.security, locale }), "accountSecurity", outcome));
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

export type DeleteAccountState = FormState<"password", "wrongPassword" | "throttled" | "lastAdmin", never>;

export async function deleteAccountAction(
  _previous: DeleteAccountState,
  formData: FormData,
): Promise<DeleteAccountState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const parsed = deleteAccountSchema.safeParse({ password: readText(formData, "password") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const ipAddress = readClientAddress(await headers(), getEnv().TRUSTED_CLIENT_IP_HEADER);
  const result = await deleteAccount(user.id, parsed.data.password, ipAddress);
  if (result !== "deleted") return { formError: result };
  // The account is gone, so the session is already refused; signing out also clears the cookie.
  await signOut({ redirectTo: getPathname({ href: routes.account.deleted, locale }) });
  return {};
}
