import { spawn, type ChildProcess } from "node:child_process";
import { binPath, projectRoot } from "@/lib/server/run-command";

export type RunningPortal = { baseUrl: string; stop: () => void };

async function waitForHealth(baseUrl: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error("the portal stopped before it was ready");
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${baseUrl} did not become healthy within 10 minutes`);
}

/**
 * The portal at `url` when given; otherwise a throwaway demo portal (the e2e server: fresh seeded database, built
 * if stale) on `port`, stopped by `stop()`. For scripts that look at pages (screenshots, budgets).
 */
export async function openPortal(url: string | undefined, port: string): Promise<RunningPortal> {
  if (url) return { baseUrl: url.replace(/\/$/, ""), stop: () => {} };
  const baseUrl = `http://localhost:${port}`;
  console.log(`Starting a throwaway demo portal on ${baseUrl} (builds if needed)…`);
  const server = spawn(binPath("tsx"), ["tests/e2e/serve.ts"], {
    cwd: projectRoot,
    env: { ...process.env, E2E_PORT: port },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  };
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl, stop };
}
