import { describe, expect, it } from "vitest";
import { ConfigurationError, parseEnv } from "./env";

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
