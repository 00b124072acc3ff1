// First step of `npm test`: the browser tests need Debian's chromium. On a fresh machine, as root, it installs it
// with apt (Debian's package, never a downloaded browser build) and says so in one line; otherwise it says in one
// line what to run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const isRoot = process.getuid?.() === 0;
const hasApt = fs.existsSync("/usr/bin/apt-get");

function aptGet(args: string[]) {
  const result = spawnSync("apt-get", args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

if (!fs.existsSync(chromium)) {
  if (chromium !== "/usr/bin/chromium" || !isRoot || !hasApt) {
    console.error(
      `Browser tests need Debian's chromium at ${chromium}: install it with "apt-get install -y chromium".`,
    );
    process.exit(1);
  }
  console.log("Browser tests need Debian's chromium: installing it with apt-get (about a minute, once)…");
  if (!aptGet(["update", "-qq"]) || !aptGet(["install", "-y", "-qq", "chromium"]) || !fs.existsSync(chromium)) {
    console.error('Installing chromium with apt-get failed: run "apt-get install -y chromium" and try again.');
    process.exit(1);
  }
}
