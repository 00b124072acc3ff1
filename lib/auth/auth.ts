import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getEnv, type Env } from "@/lib/env";
import { readClientAddress } from "@/lib/auth/client-address";
import { checkSignIn } from "@/lib/auth/authorize-sign-in";
import { revokeSession } from "@/lib/auth/revoke-session";
import { rememberAccountLocale } from "@/lib/accounts/account-locale";
import { hasSessionExpired, readSessionTimes, SESSION_MAX_AGE_MS } from "@/lib/auth/session-lifetime";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint-cookie";
import { routes } from "@/lib/site/routes";

/** Too many failed sign-ins for this account or address within the throttle window. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

/** The password is right and the account has a second factor: the sign-in needs its 6-digit code. */
export class SecondFactorRequired extends CredentialsSignin {
  code = "totpRequired";
}

/** The password is right but the 6-digit code is not; counted as a failed sign-in. */
export class SecondFactorInvalid extends CredentialsSignin {
  code = "totpInvalid";
}

async function writeSessionHint(isSecure: boolean, { isClearing = false } = {}) {
  try {
    const { cookies } = await import("next/headers");
    const jar = await cookies();
    if (isClearing) jar.delete(SESSION_HINT_COOKIE);
    else
      jar.set(SESSION_HINT_COOKIE, "1", {
        path: "/",
        sameSite: "lax",
        secure: isSecure,
        httpOnly: false,
        maxAge: SESSION_MAX_AGE_MS / 1000,
      });
  } catch {
    // Outside a request (scripts, tests of the config): there is no browser to hint.
  }
}

const userRoles: readonly string[] = ["ADMIN", "STAFF", "OWNER"] satisfies UserRole[];
// A token naming no known role gets the strictest lifetime.
const roleOf = (value: unknown): UserRole => (userRoles.includes(String(value)) ? (value as UserRole) : "ADMIN");

/**
 * Where Auth.js may send the browser after signing in or out (its `callbackUrl`, from a form field, the query or a
 * cookie): a URL on the portal itself, otherwise the portal's home. Never throws, so junk answers a redirect, not a
 * 500 (Auth.js's default parses `new URL(junk)` and fails), and never carries an oversized Location header.
 */
export function toSafeRedirect(url: string, baseUrl: string): string {
  if (url.length > 2000) return baseUrl;
  try {
    const base = new URL(baseUrl);
    const target = new URL(url, base);
    decodeURI(target.pathname); // a malformed % escape would fail on the next request: refuse it here
    return target.origin === base.origin ? target.href : baseUrl;
  } catch {
    return baseUrl;
  }
}

export function buildAuthConfig(
  env: Pick<Env, "AUTH_SECRET" | "APP_ENV" | "TRUSTED_CLIENT_IP_HEADER">,
): NextAuthConfig {
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    // Production serves over https: cookies are Secure (and __Secure- prefixed); HttpOnly and SameSite=Lax always.
    useSecureCookies: env.APP_ENV === "production",
    // The cookie lives 30 days; shorter lifetimes (staff and admin idle for an hour) are enforced by the jwt
    // callback and again in findSessionUser (lib/auth/session-lifetime.ts).
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_MS / 1000 },
    // Auth.js's own pages (sign-in, sign-out, error) name the library and its version: the portal's pages answer
    // instead.
    pages: { signIn: routes.signIn, signOut: routes.account.home, error: routes.signIn, verifyRequest: routes.signIn },
    // A failed sign-in is an expected answer (counted by the throttle), not a server error with a stack trace.
    logger: {
      error(error) {
        if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
    },
    // Signing out (our action or Auth.js's own endpoint) ends the session in the database too: a copied cookie
    // stops working with the original.
    // They also set and clear the header's sign-in hint (lib/auth/session-hint-cookie.ts), so anonymous visitors'
    // browsers never ask for a session.
    events: {
      async signIn() {
        await writeSessionHint(env.APP_ENV === "production");
      },
      async signOut(message) {
        if ("token" in message) await revokeSession(message.token);
        await writeSessionHint(env.APP_ENV === "production", { isClearing: true });
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, code: {}, locale: {} },
        async authorize(raw, request) {
          const ipAddress = readClientAddress(request.headers, env.TRUSTED_CLIENT_IP_HEADER);
          const check = await checkSignIn(raw, ipAddress);
          if (check.outcome === "throttled") throw new SignInThrottled();
          if (check.outcome === "totpRequired") throw new SecondFactorRequired();
          if (check.outcome === "totpInvalid") throw new SecondFactorInvalid();
          if (check.outcome !== "signedIn") return null;
          const { id, name, email, role, sessionVersion } = check.user;
          await rememberAccountLocale(id, raw?.locale);
          return { id, name, email, role, sessionVersion };
        },
      }),
    ],
    callbacks: {
      redirect: ({ url, baseUrl }) => toSafeRedirect(url, baseUrl),
      // Runs at sign-in and on every read of the session. Returning null ends the session (the session endpoint
      // clears the cookie). Each read records the use in `lastActiveAt`; the cookie carries it forward whenever
      // the session endpoint re-issues it, which the header's account link (components/auth/account-link.tsx)
      // asks for on every page and on typing or clicking within one.
      jwt({ token, user }) {
        const now = Date.now();
        if (user) {
          const signedIn = user as { id: string; role: string; sessionVersion: number };
          return {
            ...token,
            userId: signedIn.id,
            role: signedIn.role,
            sessionVersion: signedIn.sessionVersion,
            signedInAt: now,
            lastActiveAt: now,
            previousActiveAt: now,
          };
        }
        const times = readSessionTimes(token);
        if (hasSessionExpired(roleOf(token.role), times, now)) return null;
        return { ...token, previousActiveAt: times?.lastActiveAt, lastActiveAt: now };
      },
      // The data layer (findSessionUser) checks the lifetime again with the role from the database, against the
      // use before this one.
      session({ session, token }) {
        return {
          ...session,
          userId: token.userId,
          // Only for the header's "Admin" link (components/auth/account-link.tsx); every admin page and action
          // checks the role in the database itself.
          isStaff: token.role === "STAFF" || token.role === "ADMIN",
          sessionVersion: token.sessionVersion,
          signedInAt: token.signedInAt,
          lastActiveAt: token.previousActiveAt,
        };
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(buildAuthConfig(getEnv()));
