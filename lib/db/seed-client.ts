import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A short-lived client for command-line work (seeding, test set-up), separate from the app's singleton. */
export function createScriptPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 1 }, { onPoolError: () => {} }),
  });
}
