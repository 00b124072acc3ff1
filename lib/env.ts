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
    /** Header a trusted reverse proxy sets with the client address (e.g. x-forwarded-for); unset = not trusted. */
    TRUSTED_CLIENT_IP_HEADER: z.preprocess(emptyAsUndefined, z.string().toLowerCase().optional()),
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
  })
  .superRefine((env, ctx) => {
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

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function isProduction(): boolean {
  return getEnv().APP_ENV === "production";
}
