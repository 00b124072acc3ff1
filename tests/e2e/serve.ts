// Playwright's web server: a fresh database (embedded folder, or a database on TEST_DATABASE_URL's server),
// seeded with demo data by the portal itself before it serves, and thrown away when the server stops.
import { parseEnv } from "@/lib/env";
import { startPortal } from "@/lib/cli/portal";
import { createStandaloneDatabase } from "../support/test-database";

const port = process.env.E2E_PORT ?? "3100";
const database = await createStandaloneDatabase();
const cleanUp = () => void database.drop().catch(() => {});
process.on("exit", () => {
  if (database.kind === "embedded") cleanUp();
});
process.on("SIGTERM", cleanUp);
process.on("SIGINT", cleanUp);

const env = parseEnv({
  ...process.env,
  APP_ENV: "demo",
  PORT: port,
  AUTH_URL: `http://localhost:${port}`,
  DATABASE_URL: database.kind === "server" ? database.url : "",
  EMBEDDED_DATABASE_DIR: database.kind === "embedded" ? database.dir : "",
});
await startPortal(env);
