import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";

export type RateLimit = {
  /** One kind of action, e.g. "enquiry:address". Every caller of a bucket uses the same window. */
  bucket: string;
  /** Who is counted (an address, an email); only its hash is stored. */
  key: string;
  limit: number;
  windowMs: number;
};

export type RateLimitResult = { isAllowed: boolean; retryAfterSeconds: number };

// Old hits are deleted on a fraction of calls: enough to keep the table small, without a job or a delete per hit.
const PRUNE_PROBABILITY = 0.1;

export function hashRateLimitKey(bucket: string, key: string): string {
  return createHash("sha256").update(`${bucket}\n${key.trim().toLowerCase()}`).digest("hex");
}

/**
 * Counts one hit against `key` in `bucket` when fewer than `limit` hits fall inside the window; otherwise records
 * nothing and says how long until the oldest counted hit leaves the window.
 */
export async function consumeRateLimit(
  { bucket, key, limit, windowMs }: RateLimit,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const hashedKey = hashRateLimitKey(bucket, key);
  const since = new Date(now.getTime() - windowMs);
  const result = await prisma.$transaction(async (tx) => {
    // Concurrent hits on one key wait for each other, so a burst cannot slip past the limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${hashedKey}, 0))`;
    const hits = await tx.rateLimitHit.findMany({
      where: { bucket, key: hashedKey, createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      take: limit,
      select: { createdAt: true },
    });
    const oldest = hits[0];
    if (oldest && hits.length >= limit) {
      const freedAt = oldest.createdAt.getTime() + windowMs;
      return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000)) };
    }
    await tx.rateLimitHit.create({ data: { bucket, key: hashedKey, createdAt: now } });
    return { isAllowed: true, retryAfterSeconds: 0 };
  });
  if (Math.random() < PRUNE_PROBABILITY) {
    await prisma.rateLimitHit.deleteMany({ where: { bucket, createdAt: { lte: since } } });
  }
  return result;
}

/** Consumes every limit in order and stops at the first that refuses (later ones are not counted then). */
export async function consumeRateLimits(limits: RateLimit[], now: Date = new Date()): Promise<RateLimitResult> {
  for (const limit of limits) {
    const result = await consumeRateLimit(limit, now);
    if (!result.isAllowed) return result;
  }
  return { isAllowed: true, retryAfterSeconds: 0 };
}
