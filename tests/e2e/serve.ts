// Playwright's web server: a fresh database (embedded folder, or a database on TEST_DATABASE_URL's server),
// seeded with demo data by the portal itself before it serves, and thrown away when the server stops.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { startPortal } from "@/scripts/portal";
import { createStandaloneDatabase } from "../support/test-database";

const port = process.env.E2E_PORT ?? "3100";
const database = await createStandaloneDatabase();
// Uploads go to a throwaway folder too (beside the embedded database when there is one); `next start` inherits it.
const uploadDir =
  database.kind === "embedded"
    ? path.join(path.dirname(database.dir), "uploads")
    : fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-e2e-uploads-"));
process.env.UPLOAD_DIR = uploadDir;
process.on("exit", () => fs.rmSync(uploadDir, { recursive: true, force: true }));

const env = parseEnv({
  ...process.env,
  APP_ENV: "demo",
  PORT: port,
  AUTH_URL: `http://localhost:${port}`,
  DATABASE_URL: database.kind === "server" ? database.url : "",
  EMBEDDED_DATABASE_DIR: database.kind === "embedded" ? database.dir : "",
});
// Playwright stops this server with SIGTERM to its process group; the `exit` hook also covers a hard exit.
if (database.kind === "embedded")
  process.on("exit", () => fs.rmSync(path.dirname(database.dir), { recursive: true, force: true }));
await startPortal(env, { onStop: () => database.drop() });
