import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUser } from "@/tests/support/factories";
import { revokeSession } from "./revoke-session";
import { findSessionUser } from "./credentials";

// Auth.js calls revokeSession from its signOut event (lib/auth/auth.ts; the wiring is tested in auth-config.test.ts).
const signOut = revokeSession;

describe("signing out", () => {
  it("ends the session in the database: the same claims (a copied cookie) are refused afterwards", async () => {
    const user = await createUser({ emailVerifiedAt: new Date() });
    const now = Date.now();
    const claims = { userId: user.id, sessionVersion: user.sessionVersion, signedInAt: now, lastActiveAt: now };
    expect(await findSessionUser(claims)).toMatchObject({ id: user.id });

    await signOut(claims);

    expect(await findSessionUser(claims)).toBeNull();
    const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("lets only a still-valid session bump the version, and ignores tokens without claims", async () => {
    const user = await createUser({ emailVerifiedAt: new Date() });
    await signOut({ userId: user.id, sessionVersion: user.sessionVersion });
    // An old cookie signing out again, or a token with no user, changes nothing more.
    await signOut({ userId: user.id, sessionVersion: user.sessionVersion });
    await signOut({});
    const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(sessionVersion).toBe(user.sessionVersion + 1);
  });
});
