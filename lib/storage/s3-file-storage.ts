import type * as S3Sdk from "@aws-sdk/client-s3";
import type { S3Configuration } from "@/lib/env";
import type { FileStorage } from "./file-storage";
import { assertStorageKey } from "./storage-key";

/**
 * Files as objects in an S3-compatible bucket, for several machines. Objects are written without an ACL, so the
 * bucket's default (private) applies: every file, public or not, is served through /api/files/[id], which checks
 * who may read it; the portal never hands out bucket URLs.
 */
export function createS3FileStorage(config: S3Configuration): FileStorage {
  let client: Promise<{ s3: S3Sdk.S3Client; sdk: typeof S3Sdk }> | undefined;
  // Loaded on first use: a single machine with a local folder never pays for the SDK.
  const connect = () =>
    (client ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        endpoint: config.endpoint,
        region: config.region,
        forcePathStyle: config.forcePathStyle,
        credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
        // Checksums only where S3 demands them: many S3-compatible servers reject the newer checksum headers.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
        maxAttempts: 3,
      }),
    })));

  return {
    async put(key, bytes, contentType) {
      assertStorageKey(key);
      const { s3, sdk } = await connect();
      await s3.send(
        new sdk.PutObjectCommand({ Bucket: config.bucket, Key: key, Body: bytes, ContentType: contentType }),
      );
    },

    async read(key) {
      assertStorageKey(key);
      const { s3, sdk } = await connect();
      try {
        const object = await s3.send(new sdk.GetObjectCommand({ Bucket: config.bucket, Key: key }));
        if (!object.Body) return null;
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        if (error instanceof sdk.NoSuchKey || isNotFound(error)) return null;
        throw error;
      }
    },

    async remove(key) {
      assertStorageKey(key);
      const { s3, sdk } = await connect();
      // S3 answers 204 for a key that does not exist, so removing twice is not an error.
      await s3.send(new sdk.DeleteObjectCommand({ Bucket: config.bucket, Key: key }));
    },
  };
}

// Some servers answer a missing key with a bare 404 the SDK names NotFound; a missing bucket stays an error.
function isNotFound(error: unknown): boolean {
  const { name, $metadata } = (error ?? {}) as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === "NotFound" && $metadata?.httpStatusCode === 404;
}
