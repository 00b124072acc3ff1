import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/credentials", () => ({ verifyCredentials: vi.fn() }));
vi.mock("@/lib/auth/throttle", () => ({}));
vi.mock("@/lib/auth/authorize-sign-in", () => ({ checkSignIn: vi.fn() }));
const revokeSession = vi.fn();
vi.mock("@/lib/auth/revoke-session", () => ({ revokeSession }));
const { buildAuthConfig, toSafeRedirect } = await import("./auth");

describe("auth configuration", () => {
  it("sets Secure cookies in production only", () => {
    const secret = "s".repeat(40);
    expect(
      buildAuthConfig({ APP_ENV: "production", AUTH_SECRET: secret, TRUSTED_CLIENT_IP_HEADER: undefined })
        .useSecureCookies,
    ).toBe(true);
    expect(
      buildAuthConfig({ APP_ENV: "demo", AUTH_SECRET: secret, TRUSTED_CLIENT_IP_HEADER: undefined }).useSecureCookies,
    ).toBe(false);
  });

  it("keeps sessions in JWTs signed with the configured secret", () => {
    const config = buildAuthConfig({
      APP_ENV: "production",
      AUTH_SECRET: "x".repeat(40),
      TRUSTED_CLIENT_IP_HEADER: undefined,
    });
    expect(config.session?.strategy).toBe("jwt");
    expect(config.secret).toBe("x".repeat(40));
  });
});

describe("session lifetime in the jwt callback", () => {
  const MINUTE = 60 * 1000;
  const config = buildAuthConfig({ APP_ENV: "demo", AUTH_SECRET: "x".repeat(40), TRUSTED_CLIENT_IP_HEADER: undefined });
  type JwtParams = Parameters<NonNullable<NonNullable<typeof config.callbacks>["jwt"]>>[0];
  const readToken = (token: Record<string, unknown>) =>
    config.callbacks!.jwt!({ token, user: undefined } as unknown as JwtParams);
  const tokenOf = (role: string, signedInAgoMs: number, idleMs: number) => ({
    userId: "u1",
    role,
    sessionVersion: 1,
    signedInAt: Date.now() - signedInAgoMs,
    lastActiveAt: Date.now() - idleMs,
  });

  it("stamps sign-in and activity times when the user signs in", async () => {
    const token = await config.callbacks!.jwt!({
      token: {},
      user: { id: "u1", role: "STAFF", sessionVersion: 3 },
    } as unknown as JwtParams);
    expect(token).toMatchObject({ userId: "u1", role: "STAFF", sessionVersion: 3 });
    expect(Math.abs(Date.now() - Number(token!.signedInAt))).toBeLessThan(5000);
    expect(token!.lastActiveAt).toBe(token!.signedInAt);
  });

  it("keeps an owner's session unused for 29 days, and ends it after 30", async () => {
    expect(await readToken(tokenOf("OWNER", 29 * 24 * 60 * MINUTE, 29 * 24 * 60 * MINUTE))).not.toBeNull();
    expect(await readToken(tokenOf("OWNER", 30 * 24 * 60 * MINUTE + MINUTE, MINUTE))).toBeNull();
  });

  it("signs out staff and admin idle for 61 minutes", async () => {
    expect(await readToken(tokenOf("STAFF", 2 * 60 * MINUTE, 61 * MINUTE))).toBeNull();
    expect(await readToken(tokenOf("ADMIN", 2 * 60 * MINUTE, 61 * MINUTE))).toBeNull();
  });

  it("keeps an active staff session and moves its last activity to now", async () => {
    const before = tokenOf("STAFF", 5 * 60 * MINUTE, 50 * MINUTE);
    const after = await readToken(before);
    expect(after).not.toBeNull();
    expect(Math.abs(Date.now() - Number(after!.lastActiveAt))).toBeLessThan(5000);
    expect(after!.previousActiveAt).toBe(before.lastActiveAt);
    // 50 minutes later it is still within the hour of that last use.
    expect(await readToken({ ...after!, lastActiveAt: Date.now() - 50 * MINUTE })).not.toBeNull();
  });

  it("ends sessions whose token lacks the times (issued before this rule) or names an unknown role", async () => {
    expect(await readToken({ userId: "u1", role: "OWNER", sessionVersion: 1 })).toBeNull();
    expect(await readToken(tokenOf("ROOT", 2 * 60 * MINUTE, 61 * MINUTE))).toBeNull();
  });

  it("hands the data layer the activity before this use", async () => {
    const token = { ...tokenOf("STAFF", 60 * MINUTE, 10 * MINUTE), previousActiveAt: 123 };
    const session = await config.callbacks!.session!({
      session: { user: {}, expires: "" },
      token,
    } as unknown as Parameters<NonNullable<NonNullable<typeof config.callbacks>["session"]>>[0]);
    expect(session).toMatchObject({ userId: "u1", sessionVersion: 1, signedInAt: token.signedInAt, lastActiveAt: 123 });
  });
});

describe("signing out", () => {
  it("revokes the session in the database from Auth.js's signOut event (the action and the endpoint both emit it)", async () => {
    const config = buildAuthConfig({
      APP_ENV: "demo",
      AUTH_SECRET: "x".repeat(40),
      TRUSTED_CLIENT_IP_HEADER: undefined,
    });
    const token = { userId: "u1", sessionVersion: 3 };
    await config.events?.signOut?.({ token });
    expect(revokeSession).toHaveBeenCalledWith(token);
  });
});

describe("Auth.js's redirects and pages", () => {
  const base = "http://localhost:3000";

  it("sends the browser only to the portal itself, and never throws on junk (a thrown error was a 500)", () => {
    expect(toSafeRedirect("/akun", base)).toBe(`${base}/akun`);
    expect(toSafeRedirect(`${base}/en/akun?x=1`, base)).toBe(`${base}/en/akun?x=1`);
    for (const junk of ["https://jahat.example/", "//jahat.example/x", "http://[::1", "javascript:alert(1)", "%", ""]) {
      const target = toSafeRedirect(junk, base);
      expect(new URL(target).origin, junk).toBe(base);
    }
    expect(toSafeRedirect(`/${"a".repeat(50_000)}`, base)).toBe(base);
    expect(toSafeRedirect("/%FF%", base)).toBe(base);
    expect(toSafeRedirect("/a\r\nSet-Cookie: x=1", base)).not.toMatch(/[\r\n]/);
  });

  it("uses the portal's own pages instead of Auth.js's default sign-in, sign-out and error pages", () => {
    const config = buildAuthConfig({
      APP_ENV: "demo",
      AUTH_SECRET: "x".repeat(40),
      TRUSTED_CLIENT_IP_HEADER: undefined,
    });
    expect(config.pages).toEqual({ signIn: "/masuk", signOut: "/akun", error: "/masuk", verifyRequest: "/masuk" });
    expect(config.callbacks?.redirect?.({ url: "bukan url", baseUrl: base })).toBe(`${base}/bukan%20url`);
  });
});
