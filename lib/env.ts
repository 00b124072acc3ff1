import { z } from "zod";

// One place that reads process.env. Everything else imports `getEnv()`.
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a PostgreSQL URL such as postgresql://user:password@host:5432/database");

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Comma-separated PostgreSQL URLs, e.g. of read replicas; blanks between commas are ignored. */
const postgresUrlList = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean)
      : value,
  z.array(postgresUrl).default([]),
);

// S3-compatible object storage is configured completely or not at all (S3_FORCE_PATH_STYLE is optional).
const s3Variables = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_REGION"] as const;

const envSchema = z
  .object({
    NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(["development", "production", "test"]).default("development")),
    APP_ENV: z.preprocess(
      emptyAsUndefined,
      z.enum(["demo", "production"], { error: 'must be "demo" or "production"' }).default("demo"),
    ),
    DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
    /** Set by the launcher when DATABASE_URL points at the embedded database's socket. */
    DATABASE_EMBEDDED: z.preprocess(emptyAsUndefined, z.enum(["0", "1"]).default("0")),
    DATABASE_POOL_MAX: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
    EMBEDDED_DATABASE_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/pglite")),
    AUTH_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)").optional(),
    ),
    AUTH_URL: z.preprocess(emptyAsUndefined, z.url({ error: "must be an absolute http(s) URL" }).optional()),
    /** Map tiles, e.g. https://tile.example.org/{z}/{x}/{y}.png; without it the map shows markers on a blank base. */
    MAP_TILE_URL: z.preprocess(emptyAsUndefined, z.string().startsWith("https://").optional()),
    MAP_TILE_ATTRIBUTION: z.preprocess(emptyAsUndefined, z.string().max(300).optional()),
    /** Whose portal this is (the city office): shown in the masthead and footer. Placeholders in demo mode. */
    PORTAL_OPERATOR_NAME: z.preprocess(emptyAsUndefined, z.string().trim().min(3).max(160).optional()),
    /** The office's logo: a path under public/ (self-hosted, e.g. /operator-logo.svg). */
    PORTAL_OPERATOR_LOGO: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^\/[\w./-]+\.(svg|png|webp)$/, "must be a path under public/ ending in .svg, .png or .webp")
        .refine((value) => !value.includes(".."), "must not contain ..")
        .optional(),
    ),
    PORTAL_OPERATOR_EMAIL: z.preprocess(emptyAsUndefined, z.email({ error: "must be an email address" }).optional()),
    PORTAL_OPERATOR_PHONE: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^\+?[0-9 ()-]{6,24}$/, "must be a phone number")
        .optional(),
    ),
    PORTAL_OPERATOR_ADDRESS: z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional()),
    /** smtp(s)://user:pass@host:port; without it emails stay in the outbox table (local use, tests). */
    SMTP_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
        .optional(),
    ),
    MAIL_FROM: z.preprocess(
      emptyAsUndefined,
      z.string().default("Portal Ekonomi Kreatif Kota Malang <noreply@ekraf.localhost>"),
    ),
    /**
     * Header a trusted reverse proxy sets with the client address (e.g. x-forwarded-for); "none" (or unset) = the
     * portal faces clients directly and counts each by its connection's address. `npm start` in production
     * requires it to be set either way (checkLaunchEnv).
     */
    TRUSTED_CLIENT_IP_HEADER: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .toLowerCase()
        .regex(/^[a-z0-9-]+$/, 'must be a header name such as x-forwarded-for, or "none"')
        .optional(),
    ),
    /**
     * Demo mode seeds accounts with published passwords and shows the outbox, so its server listens on loopback
     * only; "1" exposes it on every interface (printed loudly at start). Production always listens everywhere.
     */
    DEMO_LISTEN_PUBLIC: z.preprocess(
      emptyAsUndefined,
      z
        .enum(["0", "1"], { error: 'must be "1" (expose demo mode to the network) or "0"' })
        .default("0")
        .transform((value) => value === "1"),
    ),
    PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
    /** Folder of uploaded files (logos, photos, private evidence), resolved from the working directory. */
    UPLOAD_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/uploads")),
    /** Largest accepted upload in bytes (before re-encoding). */
    UPLOAD_MAX_BYTES: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number()
        .int()
        .min(1024)
        .max(100 * 1024 * 1024)
        .default(5 * 1024 * 1024),
    ),
    /** Uploads go to this S3-compatible endpoint instead of UPLOAD_DIR (several machines); see s3Variables. */
    S3_ENDPOINT: z.preprocess(
      emptyAsUndefined,
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://s3.example.org" }).optional(),
    ),
    S3_BUCKET: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name (3-63 lowercase letters, digits, . or -)")
        .optional(),
    ),
    S3_ACCESS_KEY_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
    S3_SECRET_ACCESS_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
    S3_REGION: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[a-z0-9-]+$/, "must be a region such as us-east-1")
        .optional(),
    ),
    /** Bucket in the path (https://host/bucket/key) instead of the host name; most self-hosted servers need it. */
    S3_FORCE_PATH_STYLE: z.preprocess(
      emptyAsUndefined,
      z
        .enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' })
        .default("false")
        .transform((value) => value === "true" || value === "1"),
    ),
    /** redis://… shared by every instance: Next's page cache and its invalidations (docs/decisions/007). */
    REDIS_URL: z.preprocess(
      emptyAsUndefined,
      z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
    ),
    /**
     * "off": no page is kept between requests (several instances without Redis); unset: Next's cache in each
     * process's memory, or the shared one when REDIS_URL is set. Read by next.config.ts when `next start` begins.
     */
    PAGE_CACHE: z.preprocess(emptyAsUndefined, z.enum(["off"], { error: 'must be "off" or unset' }).optional()),
    // Read by lib/server/portal-server.mjs: "off" turns the one-second page micro-cache off (docs/decisions/008).
    PAGE_MICROCACHE: z.preprocess(emptyAsUndefined, z.enum(["off"], { error: 'must be "off" or unset' }).optional()),
    /** The production server's page cache (docs/decisions/008): longest life of a copy, in seconds, and memory. */
    PAGE_CACHE_MAX_AGE_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(86_400).optional()),
    PAGE_CACHE_MEMORY_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(16_384).default(64)),
    /** Read replicas for public pages (comma-separated); reads fall back to DATABASE_URL when one is down. */
    DATABASE_REPLICA_URLS: postgresUrlList,
    /**
     * Key of Next's server-action closures: the same on every instance and at build time (base64 of 16, 24 or
     * 32 bytes, e.g. openssl rand -base64 32). Read by Next itself; validated here so a bad one stops start-up.
     */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .refine(
          (value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && [16, 24, 32].includes(Buffer.from(value, "base64").length),
          "must be base64 of 16, 24 or 32 bytes (generate one with: openssl rand -base64 32)",
        )
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    const missingS3 = s3Variables.filter((name) => !env[name]);
    if (missingS3.length > 0 && missingS3.length < s3Variables.length) {
      for (const name of missingS3) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: `is required when any S3_ variable is set (object storage needs all of ${s3Variables.join(", ")})`,
        });
      }
    }
    if (env.PAGE_CACHE === "off" && env.REDIS_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["PAGE_CACHE"],
        message: "cannot be off when REDIS_URL is set: REDIS_URL shares the page cache, off disables it",
      });
    }
    if (env.APP_ENV !== "production") return;
    if (!env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required when APP_ENV=production" });
    }
    if (!env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required when APP_ENV=production" });
    }
    if (!env.AUTH_URL) {
      ctx.addIssue({ code: "custom", path: ["AUTH_URL"], message: "is required when APP_ENV=production" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error: ${problems.join("; ")}`);
    this.name = "ConfigurationError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`);
  throw new ConfigurationError(problems);
}

const loopbackHosts = new Set(["localhost", "::1", "[::1]"]);

/** True for localhost, 127.0.0.0/8 and ::1 (a bracketed IPv6 host as URL.hostname gives it, too). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    loopbackHosts.has(host) || /^127(\.\d{1,3}){3}$/.test(host) || /^(\[)?::ffff:127(\.\d{1,3}){3}(\])?$/.test(host)
  );
}

/**
 * What `npm start` needs beyond parseEnv, because forgetting it is unsafe rather than wrong: demo mode (the default)
 * seeds accounts with published passwords, so a database on another machine needs an explicit APP_ENV; and a
 * production server must say whether a proxy stands in front of it, or every client behind the proxy shares one
 * rate-limit allowance (and one client locks everyone out).
 */
export function checkLaunchEnv(source: Record<string, string | undefined>, env: Env): void {
  const problems: string[] = [];
  if (!source.APP_ENV?.trim() && env.DATABASE_URL && !isLoopbackHost(new URL(env.DATABASE_URL).hostname)) {
    problems.push(
      `APP_ENV must be set when DATABASE_URL points at another host (${new URL(env.DATABASE_URL).hostname}): ` +
        `APP_ENV=production for a real server, or APP_ENV=demo to seed demo accounts with published passwords there`,
    );
  }
  if (env.APP_ENV === "production" && !env.TRUSTED_CLIENT_IP_HEADER) {
    problems.push(
      `TRUSTED_CLIENT_IP_HEADER is required when APP_ENV=production: the header your reverse proxy sets with ` +
        `the client address (e.g. x-forwarded-for), or "none" when clients connect to the portal directly`,
    );
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
}

/** parseEnv plus checkLaunchEnv: the configuration `npm start` serves with. */
export function parseLaunchEnv(source: Record<string, string | undefined>): Env {
  const env = parseEnv(source);
  checkLaunchEnv(source, env);
  return env;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function isProduction(): boolean {
  return getEnv().APP_ENV === "production";
}

export type S3Configuration = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  forcePathStyle: boolean;
};

/** The object storage settings, or null when uploads stay in UPLOAD_DIR (parseEnv makes them all-or-nothing). */
export function getS3Configuration(env: Env = getEnv()): S3Configuration | null {
  const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION } = env;
  if (!S3_ENDPOINT || !S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY || !S3_REGION) return null;
  return {
    endpoint: S3_ENDPOINT,
    bucket: S3_BUCKET,
    accessKeyId: S3_ACCESS_KEY_ID,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
    region: S3_REGION,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}
