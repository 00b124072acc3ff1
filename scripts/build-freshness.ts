import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/server/run-command";

const sourceEntries = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function newestModification(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === "node_modules" || child.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  }
  return newest;
}

/** True when .next holds a production build newer than every source file it was built from. */
export function isBuildCurrent(): boolean {
  const buildId = fs.statSync(path.join(projectRoot, ".next", "BUILD_ID"), { throwIfNoEntry: false });
  if (!buildId) return false;
  const newestSource = Math.max(...sourceEntries.map((entry) => newestModification(path.join(projectRoot, entry))));
  return newestSource <= buildId.mtimeMs;
}
