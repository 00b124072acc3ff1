import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One Prisma client per process (kept on globalThis so dev reloads do not open new pools).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createPrismaClient(databaseUrl: string) {
  const env = getEnv();
  const adapter = new PrismaPg(
    {
      connectionString: databaseUrl,
      // The embedded database runs one backend: a single connection keeps interactive transactions intact.
      max: env.DATABASE_EMBEDDED === "1" ? 1 : env.DATABASE_POOL_MAX,
    },
    {
      // After a database restart the pool reports errors on idle clients; without a listener Node would exit.
      onPoolError: (error) => console.error(`[db] idle connection error: ${error.message}`),
    },
  );
  // Tests count database round trips per page through query events; nothing else pays for them.
  return new PrismaClient({ adapter, log: env.NODE_ENV === "test" ? [{ emit: "event", level: "query" }] : [] });
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

// Created on first use, not at import: `next build` imports pages without a database.
export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrisma();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type { PrismaClient };
