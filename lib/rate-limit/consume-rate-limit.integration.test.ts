import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { consumeRateLimit, consumeRateLimits, hashRateLimitKey } from "./consume-rate-limit";

const HOUR = 60 * 60 * 1000;
const uniqueKey = () => `198.51.100.${crypto.randomInt(255)}-${crypto.randomBytes(4).toString("hex")}`;

describe("consumeRateLimit", () => {
  it("allows up to the limit inside the window, then refuses with the wait until a hit expires", async () => {
    const key = uniqueKey();
    const limit = { bucket: "test:limit", key, limit: 3, windowMs: HOUR };
    const start = new Date("2026-03-01T10:00:00Z");
    for (let minute = 0; minute < 3; minute++) {
      expect(await consumeRateLimit(limit, new Date(start.getTime() + minute * 60_000))).toEqual({
        isAllowed: true,
        retryAfterSeconds: 0,
      });
    }
    const refused = await consumeRateLimit(limit, new Date(start.getTime() + 10 * 60_000));
    expect(refused).toEqual({ isAllowed: false, retryAfterSeconds: 50 * 60 });
    // A refused attempt is not counted, and another key is not affected.
    expect(await prisma.rateLimitHit.count({ where: { key: hashRateLimitKey("test:limit", key) } })).toBe(3);
    expect((await consumeRateLimit({ ...limit, key: uniqueKey() }, start)).isAllowed).toBe(true);
    expect((await consumeRateLimit({ ...limit, bucket: "test:other" }, start)).isAllowed).toBe(true);
  });

  it("counts only hits inside the window", async () => {
    const limit = { bucket: "test:window", key: uniqueKey(), limit: 2, windowMs: HOUR };
    const start = new Date("2026-03-01T10:00:00Z");
    await consumeRateLimit(limit, start);
    await consumeRateLimit(limit, new Date(start.getTime() + 30 * 60_000));
    expect((await consumeRateLimit(limit, new Date(start.getTime() + 59 * 60_000))).isAllowed).toBe(false);
    // The first hit has left the window: one slot is free again, and only one.
    expect((await consumeRateLimit(limit, new Date(start.getTime() + HOUR + 1000))).isAllowed).toBe(true);
    expect((await consumeRateLimit(limit, new Date(start.getTime() + HOUR + 2000))).isAllowed).toBe(false);
  });

  it("stores a hash, never the raw key", async () => {
    const key = `Pengirim-${crypto.randomBytes(4).toString("hex")}@Contoh.id`;
    await consumeRateLimit({ bucket: "test:hash", key, limit: 5, windowMs: HOUR });
    const rows = await prisma.rateLimitHit.findMany({ where: { bucket: "test:hash" } });
    expect(rows.map((row) => row.key)).toEqual([hashRateLimitKey("test:hash", key.toLowerCase())]);
    expect(JSON.stringify(rows)).not.toContain(key.toLowerCase());
  });

  it("holds a burst of concurrent hits to the limit", async () => {
    const limit = { bucket: "test:burst", key: uniqueKey(), limit: 3, windowMs: HOUR };
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeRateLimit(limit)));
    expect(results.filter((result) => result.isAllowed)).toHaveLength(3);
  });

  it("stops at the first limit that refuses", async () => {
    const address = uniqueKey();
    const byAddress = { bucket: "test:address", key: address, limit: 1, windowMs: HOUR };
    const byEmail = { bucket: "test:email", key: `${address}@contoh.id`, limit: 5, windowMs: HOUR };
    expect((await consumeRateLimits([byAddress, byEmail])).isAllowed).toBe(true);
    expect((await consumeRateLimits([byAddress, byEmail])).isAllowed).toBe(false);
    expect(await prisma.rateLimitHit.count({ where: { key: hashRateLimitKey("test:email", byEmail.key) } })).toBe(1);
  });
});
