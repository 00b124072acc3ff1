"use server";
// Public by design: signing in and out is what a visitor does before there is a session to check; sign-in is
// throttled per account and address (lib/auth/throttle.ts), and sign-out ends only the caller's own account's sessions.

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/lib/auth/auth";
import { signInSchema } from "@/lib/auth/schemas";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { requireFormData } from "@/lib/forms/form-data";
import { readText } from "@/lib/forms/text";
import { fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { readReturnPath } from "@/lib/auth/return-path";
import { routes } from "@/lib/site/routes";

/** Message keys of "Auth.errors"; the password is never sent back. */
export type SignInState = FormState<
  "email" | "password" | "code",
  "invalidCredentials" | "throttled" | "totpRequired" | "totpInvalid",
  { email: string }
> & {
  /** The account has a second factor: the form shows the code field (and keeps the password typed). */
  needsCode?: boolean;
};

const secondFactorErrors = new Set(["totpRequired", "totpInvalid"]);

// Authorization: signing in is open to anyone; the credentials are checked in lib/auth/credentials.ts and the
// second factor in lib/auth/auth.ts.
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  // The code field is on the form once the sign-in asked for it, and stays until the sign-in succeeds.
  const needsCode = requireFormData(formData).get("code") !== null;
  const values = { email: readText(formData, "email") };
  const parsed = signInSchema.safeParse({
    ...values,
    password: readText(formData, "password"),
    code: needsCode ? readText(formData, "code") : undefined,
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values, needsCode };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      ...(parsed.data.code ? { code: parsed.data.code } : {}),
      locale: readFormLocale(formData),
      // Back to the page that asked for sign-in (a path on this site only), else the account page.
      redirectTo:
        readReturnPath(readText(formData, "callbackUrl")) ??
        getPathname({ href: routes.account.home, locale: readFormLocale(formData) }),
    });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "throttled") return { formError: "throttled", values };
    if (error instanceof CredentialsSignin && secondFactorErrors.has(error.code)) {
      return { formError: error.code as "totpRequired" | "totpInvalid", values, needsCode: true };
    }
    if (error instanceof AuthError) return { formError: "invalidCredentials", values };
    throw error; // the redirect after a successful sign-in
  }
  return {};
}

export async function signOutAction(formData: FormData) {
  await signOut({ redirectTo: getPathname({ href: routes.home, locale: readFormLocale(formData) }) });
}
