import { describe, expect, it } from "vitest";
import { ConfigurationError, isLoopbackHost, parseEnv, parseLaunchEnv } from "./env";

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("defaults to demo mode on the embedded database", () => {
    const env = parseEnv({});
    expect(env.APP_ENV).toBe("demo");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
  });

  it("names DATABASE_URL when it is malformed", () => {
    expect(problemsOf({ DATABASE_URL: "mysql://localhost/x" })).toEqual([
      expect.stringMatching(/^DATABASE_URL must be a PostgreSQL URL/),
    ]);
    expect(problemsOf({ DATABASE_URL: "not a url" })[0]).toMatch(/^DATABASE_URL/);
  });

  it("requires the database and secrets in production, naming each variable", () => {
    const problems = problemsOf({ APP_ENV: "production" });
    expect(problems).toEqual([
      "DATABASE_URL is required when APP_ENV=production",
      "AUTH_SECRET is required when APP_ENV=production",
      "AUTH_URL is required when APP_ENV=production",
    ]);
  });

  it("refuses a short AUTH_SECRET", () => {
    expect(problemsOf({ AUTH_SECRET: "short" })[0]).toMatch(/^AUTH_SECRET must be at least 32 characters/);
  });

  it("refuses an unknown mode instead of guessing", () => {
    expect(problemsOf({ APP_ENV: "prod" })[0]).toMatch(/^APP_ENV must be "demo" or "production"/);
  });

  it("accepts a complete production configuration", () => {
    const env = parseEnv({
      APP_ENV: "production",
      DATABASE_URL: "postgresql://portal:secret@db.internal:5432/portal",
      AUTH_SECRET: "x".repeat(40),
      AUTH_URL: "https://ekraf.malangkota.go.id",
    });
    expect(env.APP_ENV).toBe("production");
  });

  it("keeps uploads in .data/uploads up to 5 MiB unless told otherwise, and refuses a limit that is not a number", () => {
    expect(parseEnv({})).toMatchObject({ UPLOAD_DIR: ".data/uploads", UPLOAD_MAX_BYTES: 5 * 1024 * 1024 });
    expect(parseEnv({ UPLOAD_DIR: "/srv/uploads", UPLOAD_MAX_BYTES: "1048576" })).toMatchObject({
      UPLOAD_DIR: "/srv/uploads",
      UPLOAD_MAX_BYTES: 1048576,
    });
    expect(problemsOf({ UPLOAD_MAX_BYTES: "5MB" })[0]).toMatch(/^UPLOAD_MAX_BYTES/);
  });
});

function launchProblemsOf(source: Record<string, string>): string[] {
  try {
    parseLaunchEnv(source);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseLaunchEnv (npm start)", () => {
  const production = {
    APP_ENV: "production",
    DATABASE_URL: "postgresql://portal:secret@db.internal:5432/portal",
    AUTH_SECRET: "x".repeat(40),
    AUTH_URL: "https://ekraf.malangkota.go.id",
  };

  it("refuses a database on another host without an explicit APP_ENV, in one line saying what to set", () => {
    const problems = launchProblemsOf({ DATABASE_URL: "postgresql://portal:secret@db.internal:5432/portal" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^APP_ENV must be set when DATABASE_URL points at another host \(db\.internal\)/);
    expect(problems[0]).toContain("APP_ENV=production");
    expect(problems[0]).not.toContain("\n");
  });

  it("starts demo mode on the embedded database or a database on this machine without APP_ENV", () => {
    expect(launchProblemsOf({})).toEqual([]);
    for (const host of ["127.0.0.1", "localhost", "[::1]"]) {
      expect(launchProblemsOf({ DATABASE_URL: `postgresql://u:p@${host}:5432/portal` })).toEqual([]);
    }
    expect(launchProblemsOf({ APP_ENV: "demo", DATABASE_URL: "postgresql://u:p@db.internal/portal" })).toEqual([]);
  });

  it("requires production to say whether a proxy sets the client address", () => {
    expect(launchProblemsOf(production)).toEqual([
      expect.stringMatching(/^TRUSTED_CLIENT_IP_HEADER is required when APP_ENV=production/),
    ]);
    expect(launchProblemsOf({ ...production, TRUSTED_CLIENT_IP_HEADER: "x-forwarded-for" })).toEqual([]);
    expect(launchProblemsOf({ ...production, TRUSTED_CLIENT_IP_HEADER: "none" })).toEqual([]);
  });

  it("exposes demo mode only when told to", () => {
    expect(parseEnv({}).DEMO_LISTEN_PUBLIC).toBe(false);
    expect(parseEnv({ DEMO_LISTEN_PUBLIC: "1" }).DEMO_LISTEN_PUBLIC).toBe(true);
    expect(problemsOf({ DEMO_LISTEN_PUBLIC: "yes" })[0]).toMatch(/^DEMO_LISTEN_PUBLIC must be "1"/);
  });

  it("knows loopback hosts", () => {
    for (const host of ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "::ffff:127.0.0.1"]) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of ["db.internal", "10.0.0.5", "::ffff:10.0.0.5", "127.0.0.1.example.org"]) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });
});
