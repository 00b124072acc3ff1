import { spawn } from "node:child_process";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** The production server (`node` runs it; it replaces `next start`, see docs/decisions/008). */
export const productionServerPath = path.join(projectRoot, "lib", "server", "portal-server.mjs");

export function binPath(name: string) {
  return path.join(projectRoot, "node_modules", ".bin", name);
}

/** Runs a command asynchronously (never spawnSync: the embedded database answers from this process's event loop). */
export function runCommand(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; quiet?: boolean } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: options.env ?? process.env,
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}
