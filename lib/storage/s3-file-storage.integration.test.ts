import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { S3Configuration } from "@/lib/env";
import { createS3FileStorage } from "./s3-file-storage";
import { createStorageKey } from "./storage-key";

// s3rver: an S3-compatible server in this process, on a random loopback port (Debian packages none).
let server: S3rver;
let directory: string;
let config: S3Configuration;

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-s3-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: "ekraf-uploads" }],
  });
  const { port } = await server.run();
  config = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: "ekraf-uploads",
    // The only credentials s3rver accepts; requests are still signed and checked.
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    region: "us-east-1",
    forcePathStyle: true,
  };
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

describe("S3 file storage", () => {
  it("stores, reads and removes bytes under a key", async () => {
    const storage = createS3FileStorage(config);
    const key = createStorageKey();
    const bytes = Buffer.from([0x52, 0x49, 0x46, 0x46, 0, 1, 2, 255]);
    await storage.put(key, bytes, "image/webp");
    expect(await storage.read(key)).toEqual(bytes);

    await storage.remove(key);
    expect(await storage.read(key)).toBeNull();
    await expect(storage.remove(key)).resolves.toBeUndefined();
  });

  it("answers null for a key that was never stored", async () => {
    expect(await createS3FileStorage(config).read(createStorageKey())).toBeNull();
  });

  it("fails loudly, not as a missing file, when the bucket does not exist", async () => {
    await expect(createS3FileStorage({ ...config, bucket: "tidak-ada" }).read(createStorageKey())).rejects.toThrow();
  });

  it("refuses a key this module did not make before any request", async () => {
    const storage = createS3FileStorage({ ...config, endpoint: "http://127.0.0.1:9" });
    await expect(storage.read("../other-bucket/x")).rejects.toThrow("Invalid storage key");
  });
});
