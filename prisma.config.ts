import { defineConfig } from "prisma/config";
import { createMigrationAdapterFactory } from "./prisma/migration-adapter";

// `prisma generate` runs at install time with no database: the datasource URL must still resolve, or the CLI
// tries to download a native engine. This placeholder is never connected to by `generate`.
process.env.DATABASE_URL ??= "postgresql://placeholder@127.0.0.1:5432/placeholder";
process.env.CHECKPOINT_DISABLE ??= "1";
const databaseUrl = process.env.DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => createMigrationAdapterFactory(databaseUrl, process.env.PRISMA_SHADOW_DATABASE_URL || undefined),
});
