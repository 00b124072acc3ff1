import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/credentials", () => ({ verifyCredentials: vi.fn() }));
vi.mock("@/lib/auth/throttle", () => ({}));
const { buildAuthConfig } = await import("./auth");

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
