"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { signInSchema } from "@/lib/auth/schemas";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";

export type SignInState = {
  fieldErrors?: { email?: string[]; password?: string[] };
  formError?: "invalidCredentials" | "throttled";
  email?: string;
};

// Authorization: signing in is open to anyone; the credentials are checked in lib/auth/credentials.ts.
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = typeof formData.get("email") === "string" ? String(formData.get("email")) : "";
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: getPathname({ href: "/akun", locale: readFormLocale(formData) }),
    });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "throttled") return { formError: "throttled", email };
    if (error instanceof AuthError) return { formError: "invalidCredentials", email };
    throw error; // the redirect after a successful sign-in
  }
  return {};
}

export async function signOutAction(formData: FormData) {
  await signOut({ redirectTo: getPathname({ href: "/", locale: readFormLocale(formData) }) });
}
