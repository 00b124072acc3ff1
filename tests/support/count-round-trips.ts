import { getPrisma, getPublicReadPrisma } from "@/lib/db/client";

type QueryEvents = { $on(event: "query", listener: () => void): void };

/**
 * How many statements `work` sends to the database. Public reads have a client (a pool) of their own on a server;
 * on the embedded database it is the same client, counted once.
 */
export async function countRoundTrips(work: () => Promise<unknown>): Promise<number> {
  const clients = new Set([getPrisma(), getPublicReadPrisma()]) as unknown as Set<QueryEvents>;
  let count = 0;
  let isCounting = true;
  for (const client of clients)
    client.$on("query", () => {
      if (isCounting) count++;
    });
  await work();
  isCounting = false;
  return count;
}
