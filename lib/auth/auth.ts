import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getEnv, type Env } from "@/lib/env";
import { signInSchema } from "@/lib/auth/schemas";
import { verifyCredentials } from "@/lib/auth/credentials";
import { isSignInThrottled, readClientAddress, recordSignInAttempt } from "@/lib/auth/throttle";

/** Too many failed sign-ins for this account or address within the throttle window. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

export function buildAuthConfig(
  env: Pick<Env, "AUTH_SECRET" | "APP_ENV" | "TRUSTED_CLIENT_IP_HEADER">,
): NextAuthConfig {
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    // Production serves over https: cookies are Secure (and __Secure- prefixed); HttpOnly and SameSite=Lax always.
    useSecureCookies: env.APP_ENV === "production",
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/masuk" },
    // A failed sign-in is an expected answer (counted by the throttle), not a server error with a stack trace.
    logger: {
      error(error) {
        if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const ipAddress = readClientAddress(request.headers, env.TRUSTED_CLIENT_IP_HEADER);
          if (await isSignInThrottled(email, ipAddress)) throw new SignInThrottled();
          const user = await verifyCredentials(email, password);
          await recordSignInAttempt(email, ipAddress, user !== null);
          return user
            ? { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion }
            : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as { id: string; role: string; sessionVersion: number };
          token.userId = signedIn.id;
          token.role = signedIn.role;
          token.sessionVersion = signedIn.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.userId, sessionVersion: token.sessionVersion };
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(buildAuthConfig(getEnv()));
