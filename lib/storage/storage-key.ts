import crypto from "node:crypto";

// 128 random bits as hex: never derived from the uploader's file name, and safe as a path segment or object key.
const STORAGE_KEY_PATTERN = /^[0-9a-f]{32}$/;

export function createStorageKey(): string {
  return crypto.randomBytes(16).toString("hex");
}

export function isStorageKey(key: string): boolean {
  return STORAGE_KEY_PATTERN.test(key);
}

/** Refuses anything that is not a key this module made (e.g. "../../etc/passwd") before it reaches a driver. */
export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error("Invalid storage key");
}
