// `npm run db:seed`: seeds the configured database if it has not been seeded in this mode yet. With the
// embedded database it goes through the running portal's socket when one owns the folder.
import fs from "node:fs";
import path from "node:path";
import { ConfigurationError, parseEnv } from "@/lib/env";
import { projectRoot } from "@/lib/server/run-command";
import { openEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { createScriptPrismaClient } from "@/lib/db/seed-client";
import { seedDatabase } from "@/prisma/seed";

const envFile = path.join(projectRoot, ".env");
if (fs.existsSync(envFile)) process.loadEnvFile(envFile);

try {
  const env = parseEnv(process.env);
  const database = env.DATABASE_URL
    ? { url: env.DATABASE_URL, close: async () => {} }
    : await openEmbeddedDatabase(path.resolve(projectRoot, env.EMBEDDED_DATABASE_DIR));
  try {
    await applyMigrations(database.url);
    const prisma = createScriptPrismaClient(database.url);
    const { isSeeded } = await seedDatabase(prisma, env.APP_ENV);
    await prisma.$disconnect();
    console.log(isSeeded ? `Seeded (${env.APP_ENV} mode).` : `Already seeded in ${env.APP_ENV} mode; nothing to do.`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(error instanceof ConfigurationError ? error.message : `✗ ${(error as Error).message}`);
  process.exit(1);
}
