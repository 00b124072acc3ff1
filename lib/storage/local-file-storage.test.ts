import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLocalFileStorage } from "./local-file-storage";
import { createStorageKey, isStorageKey } from "./storage-key";

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-storage-"));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe("local file storage", () => {
  it("stores, reads and removes bytes under a random key", async () => {
    const storage = createLocalFileStorage(root);
    const key = createStorageKey();
    await storage.put(key, Buffer.from("isi berkas"), "image/webp");
    expect((await storage.read(key))?.toString()).toBe("isi berkas");
    expect(fs.readdirSync(path.join(root, key.slice(0, 2)))).toEqual([key]);

    await storage.remove(key);
    expect(await storage.read(key)).toBeNull();
    await expect(storage.remove(key)).resolves.toBeUndefined();
  });

  it("makes a new unguessable key every time", () => {
    const keys = new Set(Array.from({ length: 100 }, createStorageKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(isStorageKey(key)).toBe(true);
  });

  it.each(["../../etc/passwd", "../outside", "ab/../../x", "/etc/passwd", "", "foto.jpg", "A".repeat(32)])(
    "refuses the key %j instead of touching the file system",
    async (key) => {
      const storage = createLocalFileStorage(path.join(root, "uploads"));
      await expect(storage.put(key, Buffer.from("x"), "image/webp")).rejects.toThrow("Invalid storage key");
      await expect(storage.read(key)).rejects.toThrow("Invalid storage key");
      await expect(storage.remove(key)).rejects.toThrow("Invalid storage key");
      expect(fs.readdirSync(root)).toEqual([]);
    },
  );
});
