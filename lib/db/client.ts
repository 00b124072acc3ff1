import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { routeReadsToReplicas } from "./read-replicas";

// One Prisma client per process (kept on globalThis so dev reloads do not open new pools).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; publicReadPrisma?: PrismaClient };

function createPrismaClient(databaseUrl: string, options: { isReplica?: boolean } = {}) {
  const env = getEnv();
  const adapter = new PrismaPg(
    {
      connectionString: databaseUrl,
      // The embedded database runs one backend: a single connection keeps interactive transactions intact.
      max: env.DATABASE_EMBEDDED === "1" ? 1 : env.DATABASE_POOL_MAX,
      // A replica that does not answer is given up quickly: its reads then go to the primary.
      ...(options.isReplica ? { connectionTimeoutMillis: 2000 } : {}),
    },
    {
      // After a database restart the pool reports errors on idle clients; without a listener Node would exit.
      onPoolError: (error) => console.error(`[db] idle connection error: ${error.message}`),
    },
  );
  return new PrismaClient({
    adapter,
    // Tests count database round trips per page through query events; nothing else pays for them.
    log: env.NODE_ENV === "test" ? [{ emit: "event", level: "query" }] : [],
    // Under load every pooled connection can be busy with page reads. Prisma's default gives a transaction 2 s to
    // get one and then fails the save (P2028, seen in `npm run test:load`); a save should wait its turn instead.
    transactionOptions: { maxWait: 15_000, timeout: 15_000 },
  });
}

export function getDatabaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides the database.");
  }
  return url;
}

export function getPrisma(): PrismaClient {
  return (globalForPrisma.prisma ??= createPrismaClient(getDatabaseUrl()));
}

/**
 * The primary through a pool of its own, or, with DATABASE_REPLICA_URLS, reads spread over the replicas (see
 * publicReadPrisma). On the embedded database, the one client.
 */
export function getPublicReadPrisma(): PrismaClient {
  return (globalForPrisma.publicReadPrisma ??= createPublicReadClient());
}

function createPublicReadClient(): PrismaClient {
  const env = getEnv();
  const replicaUrls = env.DATABASE_REPLICA_URLS;
  if (replicaUrls.length === 0) {
    // The embedded database has one backend, shared by everything.
    if (env.DATABASE_EMBEDDED === "1") return getPrisma();
    // Public pages read through a pool of their own, so a crowd of visitors can take every connection of it
    // without making a staff save or a sign-in wait for one (`npm run test:load` saw saves wait for many seconds).
    return createPrismaClient(getDatabaseUrl());
  }
  const replicas = replicaUrls.map((url) => createPrismaClient(url, { isReplica: true }));
  return routeReadsToReplicas(getPrisma(), replicas, {
    onReplicaDown: (index, error) =>
      console.error(
        `[db] read replica ${index + 1} failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); reading from the primary for now`,
      ),
  });
}

function lazyClient(getClient: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const client = getClient();
      const value = Reflect.get(client, property);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

// Created on first use, not at import: `next build` imports pages without a database.
export const prisma = lazyClient(getPrisma);

/**
 * For the reads of public pages only (profiles, directories, search, home): they may come from a read replica a
 * few milliseconds behind the primary. Anything that writes, reads what the same request wrote, or checks a
 * session or permission uses `prisma`, which is always the primary.
 */
export const publicReadPrisma = lazyClient(getPublicReadPrisma);

export type { PrismaClient };
