// A PostgreSQL cluster of its own (initdb + pg_ctl) for `npm run test:faults`, so that stopping and restarting
// "the database server" never disturbs anyone else's server on the machine.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const defaultBinDir = "/usr/lib/postgresql/15/bin";

export type ThrowawayPostgres = {
  /** postgresql://…/postgres on the cluster (superuser `ekraf`, trusted local connections). */
  serverUrl: string;
  dataDir: string;
  logFile: string;
  stop(mode?: "fast" | "immediate"): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
};

function run(command: string, args: string[], asUser: string | null): Promise<{ code: number; output: string }> {
  // initdb and postgres refuse to run as root: as root, the cluster belongs to the `postgres` account.
  const [file, fileArgs] = asUser ? ["runuser", ["-u", asUser, "--", command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const child = spawn(file, fileArgs, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

export async function createThrowawayPostgres(options: { port: number; binDir?: string }): Promise<ThrowawayPostgres> {
  const binDir = options.binDir ?? process.env.PG_BIN_DIR ?? defaultBinDir;
  const bin = (name: string) => path.join(binDir, name);
  if (!fs.existsSync(bin("initdb"))) {
    throw new Error(`initdb not found in ${binDir}: install PostgreSQL 15 or set PG_BIN_DIR to its bin folder`);
  }
  const isRoot = process.getuid?.() === 0;
  const asUser = isRoot ? "postgres" : null;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-faults-pg-"));
  fs.chmodSync(root, 0o755);
  const dataDir = path.join(root, "data");
  const logFile = path.join(root, "postgres.log");
  if (isRoot) await run("chown", ["postgres:postgres", root], null);

  const must = async (command: string, args: string[]) => {
    const result = await run(command, args, asUser);
    if (result.code !== 0) throw new Error(`${path.basename(command)} failed: ${result.output.trim()}`);
  };
  await must(bin("initdb"), ["-D", dataDir, "-U", "ekraf", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const settings = `-p ${options.port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  const start = () => must(bin("pg_ctl"), ["start", "-w", "-t", "60", "-D", dataDir, "-l", logFile, "-o", settings]);
  const stop = (mode: "fast" | "immediate" = "fast") =>
    must(bin("pg_ctl"), ["stop", "-w", "-t", "60", "-D", dataDir, "-m", mode]);
  await start();
  return {
    serverUrl: `postgresql://ekraf@127.0.0.1:${options.port}/postgres`,
    dataDir,
    logFile,
    start,
    stop,
    async destroy() {
      await run(bin("pg_ctl"), ["stop", "-w", "-D", dataDir, "-m", "immediate"], asUser);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
