import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const passwordHash = await hashPassword("kopi-tugu-malang-2026");
    expect(passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(passwordHash, "kopi-tugu-malang-2026")).toBe(true);
    expect(await verifyPassword(passwordHash, "kopi-tugu-malang-2025")).toBe(false);
  });

  it("answers false, not an error, for a malformed hash", async () => {
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
  });
});
