import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "./file-storage";
import { assertStorageKey } from "./storage-key";

/** Files in a local folder, spread over subfolders by the key's first two characters. */
export function createLocalFileStorage(rootDir: string): FileStorage {
  const root = path.resolve(rootDir);

  const pathOf = (key: string) => {
    assertStorageKey(key);
    const filePath = path.join(root, key.slice(0, 2), key);
    // The key pattern already rules out separators and dots; this keeps the guarantee if the pattern changes.
    if (!filePath.startsWith(root + path.sep)) throw new Error("Invalid storage key");
    return filePath;
  };

  return {
    async put(key, bytes) {
      const filePath = pathOf(key);
      await fs.mkdir(path.dirname(filePath), { recursive: true });
      // Written beside the target and renamed, so a reader never sees half a file.
      const partial = `${filePath}.${crypto.randomBytes(6).toString("hex")}.partial`;
      try {
        await fs.writeFile(partial, bytes, { flag: "wx", mode: 0o600 });
        await fs.rename(partial, filePath);
      } catch (error) {
        await fs.rm(partial, { force: true });
        throw error;
      }
    },

    async read(key) {
      try {
        return await fs.readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },

    async remove(key) {
      await fs.rm(pathOf(key), { force: true });
    },
  };
}
