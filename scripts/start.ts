// `npm start`: validates the configuration, opens the database (embedded by default), applies migrations,
// seeds on first start, builds if the sources changed, and serves the portal.
import fs from "node:fs";
import path from "node:path";
import { ConfigurationError, parseLaunchEnv } from "@/lib/env";
import { projectRoot } from "@/lib/server/run-command";
import { startPortal } from "@/scripts/portal";

const envFile = path.join(projectRoot, ".env");
if (fs.existsSync(envFile)) process.loadEnvFile(envFile);

try {
  const env = parseLaunchEnv(process.env);
  await startPortal(env);
} catch (error) {
  // One clear line, not a stack trace: configuration problems name the variable.
  console.error(error instanceof ConfigurationError ? error.message : `✗ ${(error as Error).message}`);
  process.exit(1);
}
