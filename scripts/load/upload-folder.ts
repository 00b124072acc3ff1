// The upload folder for `npm run test:faults`, on a small tmpfs of its own when the script may mount one (root),
// so that "disk full" and "read-only" are the real thing: ENOSPC and EROFS from the kernel. Without mounting,
// read-only is a folder without write permission (which binds everyone but root) and disk-full is not available.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type UploadFolder = {
  dir: string;
  isMounted: boolean;
  canFill: boolean;
  /** Permissions do not bind root: as root without a mount, read-only cannot be simulated. */
  canMakeReadOnly: boolean;
  fill(): Promise<void>;
  unfill(): Promise<void>;
  setReadOnly(isReadOnly: boolean): Promise<void>;
  /** Stored files (the filler left out) and leftover partial writes. */
  listFiles(): { files: string[]; partials: string[] };
  destroy(): Promise<void>;
};

const FILLER = "ruang-penuh.bin";

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ code: 1, output: error.message }));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export async function createUploadFolder(): Promise<UploadFolder> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-faults-uploads-"));
  const isRoot = process.getuid?.() === 0;
  const isMounted = isRoot && (await run("mount", ["-t", "tmpfs", "-o", "size=8m,mode=0755", "tmpfs", dir])).code === 0;
  const remount = async (options: string) => {
    const result = await run("mount", ["-o", `remount,${options}`, dir]);
    if (result.code !== 0) throw new Error(`mount -o remount,${options} ${dir} failed: ${result.output.trim()}`);
  };
  const setModes = (mode: number) => {
    for (const entry of [dir, ...fs.readdirSync(dir, { recursive: true, withFileTypes: true })]) {
      const target = typeof entry === "string" ? entry : path.join(entry.parentPath, entry.name);
      if (typeof entry === "string" || entry.isDirectory()) fs.chmodSync(target, mode);
    }
  };

  return {
    dir,
    isMounted,
    canFill: isMounted,
    canMakeReadOnly: isMounted || !isRoot,
    async fill() {
      if (!isMounted) throw new Error("filling the disk needs the upload folder on its own tmpfs (run as root)");
      // Written until the file system refuses even a single byte.
      const fd = fs.openSync(path.join(dir, FILLER), "a");
      try {
        for (let size = 1024 * 1024; size >= 1;) {
          try {
            fs.writeSync(fd, Buffer.alloc(size));
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
            size = Math.floor(size / 2);
          }
        }
      } finally {
        fs.closeSync(fd);
      }
    },
    async unfill() {
      fs.rmSync(path.join(dir, FILLER), { force: true });
    },
    async setReadOnly(isReadOnly) {
      if (isMounted) await remount(isReadOnly ? "ro" : "rw");
      else setModes(isReadOnly ? 0o555 : 0o755);
    },
    listFiles() {
      const all = walk(dir).filter((file) => path.basename(file) !== FILLER);
      return {
        files: all.filter((file) => !file.endsWith(".partial")),
        partials: all.filter((file) => file.endsWith(".partial")),
      };
    },
    async destroy() {
      if (isMounted) await run("umount", [dir]);
      else setModes(0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
