import { describe, expect, it } from "vitest";
import { ConfigurationError, getS3Configuration, parseEnv } from "./env";

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

const s3 = {
  S3_ENDPOINT: "https://s3.example.org",
  S3_BUCKET: "ekraf-uploads",
  S3_ACCESS_KEY_ID: "portal",
  S3_SECRET_ACCESS_KEY: "rahasia-sekali",
  S3_REGION: "us-east-1",
};

describe("configuration for several instances", () => {
  it("keeps the single-machine defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(getS3Configuration(env)).toBeNull();
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.PAGE_CACHE).toBeUndefined();
    expect(env.DATABASE_REPLICA_URLS).toEqual([]);
  });

  it("selects object storage only when every S3 variable is set", () => {
    expect(getS3Configuration(parseEnv({ ...s3, S3_FORCE_PATH_STYLE: "true" }))).toEqual({
      endpoint: "https://s3.example.org",
      bucket: "ekraf-uploads",
      accessKeyId: "portal",
      secretAccessKey: "rahasia-sekali",
      region: "us-east-1",
      forcePathStyle: true,
    });
    expect(getS3Configuration(parseEnv(s3))?.forcePathStyle).toBe(false);
  });

  it("names each missing S3 variable instead of falling back to the local folder", () => {
    expect(problemsOf({ ...s3, S3_BUCKET: "", S3_REGION: "" })).toEqual([
      expect.stringMatching(/^S3_BUCKET is required when any S3_ variable is set/),
      expect.stringMatching(/^S3_REGION is required when any S3_ variable is set/),
    ]);
    expect(problemsOf({ ...s3, S3_ENDPOINT: "ftp://s3.example.org" })[0]).toMatch(/^S3_ENDPOINT must be an http/);
    expect(problemsOf({ ...s3, S3_BUCKET: "Ekraf_Uploads" })[0]).toMatch(/^S3_BUCKET must be a bucket name/);
    expect(problemsOf({ ...s3, S3_FORCE_PATH_STYLE: "yes" })[0]).toMatch(/^S3_FORCE_PATH_STYLE/);
  });

  it("reads replica URLs as a comma-separated list and refuses one that is not PostgreSQL", () => {
    const env = parseEnv({
      DATABASE_REPLICA_URLS: " postgresql://r:x@replica-1:5432/portal, postgresql://r:x@replica-2:5432/portal ,",
    });
    expect(env.DATABASE_REPLICA_URLS).toEqual([
      "postgresql://r:x@replica-1:5432/portal",
      "postgresql://r:x@replica-2:5432/portal",
    ]);
    expect(problemsOf({ DATABASE_REPLICA_URLS: "postgresql://r@replica-1/portal,mysql://replica-2/portal" })).toEqual([
      expect.stringMatching(/^DATABASE_REPLICA_URLS\.1 must be a PostgreSQL URL/),
    ]);
  });

  it("accepts a Redis URL or PAGE_CACHE=off, not both", () => {
    expect(parseEnv({ REDIS_URL: "redis://cache.internal:6379/0" }).REDIS_URL).toBe("redis://cache.internal:6379/0");
    expect(parseEnv({ PAGE_CACHE: "off" }).PAGE_CACHE).toBe("off");
    expect(problemsOf({ REDIS_URL: "http://cache.internal" })[0]).toMatch(/^REDIS_URL must be a redis:\/\//);
    expect(problemsOf({ PAGE_CACHE: "on" })[0]).toMatch(/^PAGE_CACHE must be "off" or unset/);
    expect(problemsOf({ PAGE_CACHE: "off", REDIS_URL: "redis://cache.internal" })[0]).toMatch(
      /^PAGE_CACHE cannot be off when REDIS_URL is set/,
    );
  });

  it("checks the server-action key's length before Next would fail on it", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key);
    expect(problemsOf({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString("base64") })[0]).toMatch(
      /^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of 16, 24 or 32 bytes/,
    );
    expect(problemsOf({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "not base64!" })[0]).toMatch(
      /^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/,
    );
  });
});
