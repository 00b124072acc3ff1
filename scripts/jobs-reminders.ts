// `npm run jobs:reminders` (for a daily scheduler): freshness reminders to managers of listings not verified for
// 12 months, and listings whose managers did not answer within 60 days marked inactive. Works against DATABASE_URL,
// or the embedded database through the running portal's socket (or opened directly when the portal is stopped).
import fs from "node:fs";
import path from "node:path";
import { ConfigurationError, parseEnv } from "@/lib/env";
import { projectRoot } from "@/lib/server/run-command";
import { openEmbeddedDatabase } from "@/lib/db/embedded";

const envFile = path.join(projectRoot, ".env");
if (fs.existsSync(envFile)) process.loadEnvFile(envFile);

try {
  const env = parseEnv(process.env);
  const database = env.DATABASE_URL
    ? { url: env.DATABASE_URL, isEmbedded: false, close: async () => {} }
    : { ...(await openEmbeddedDatabase(path.resolve(projectRoot, env.EMBEDDED_DATABASE_DIR))), isEmbedded: true };
  // The job uses the app's own modules (Prisma client, mailer), which read the database from the environment.
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_EMBEDDED = database.isEmbedded ? "1" : "0";
  try {
    const { sendFreshnessReminders } = await import("@/lib/freshness/send-freshness-reminders");
    const { getPrisma } = await import("@/lib/db/client");
    const summary = await sendFreshnessReminders();
    await getPrisma().$disconnect();
    console.log(
      `Freshness reminders: ${summary.reminded} listing(s) reminded (${summary.emails} email(s)), ` +
        `${summary.deactivated} marked inactive, ${summary.withoutManagers} stale without a manager (left for staff).`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(error instanceof ConfigurationError ? error.message : `✗ ${(error as Error).message}`);
  process.exit(1);
}
