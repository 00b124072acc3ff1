import type { PrismaClient } from "@/lib/generated/prisma/client";

// Reads a replica can answer. $queryRaw is included because the client made here is only for the public pages'
// SELECTs (lib/db/client.ts: publicReadPrisma); $executeRaw and the *Unsafe variants always go to the primary.
const READ_OPERATIONS = new Set([
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "findUnique",
  "findUniqueOrThrow",
  "groupBy",
  "aggregate",
  "count",
  "$queryRaw",
]);

export type ReplicaRoutingOptions = {
  /** How long a replica that failed is left out before it is tried again. */
  retryAfterMs?: number;
  onReplicaDown?: (replicaIndex: number, error: unknown) => void;
};

type Operation = (args: unknown) => Promise<unknown>;

/**
 * A client whose plain reads go to the replicas in turn and everything else (writes, transactions, raw
 * statements) to the primary. A read that fails on a replica is answered by the primary and that replica is
 * left out for `retryAfterMs`; if the primary fails too, the query itself was at fault and the replica stays.
 *
 * Not @prisma/extension-read-replicas: its 0.4.x (the line for Prisma 6) takes pre-built clients, so it would
 * work with driver adapters, but it sends every read of the client to a replica and has no fallback when one
 * is down; here only the public pages opt in, and a stopped replica costs no failed page.
 */
export function routeReadsToReplicas(
  primary: PrismaClient,
  replicas: PrismaClient[],
  { retryAfterMs = 10_000, onReplicaDown }: ReplicaRoutingOptions = {},
): PrismaClient {
  const downUntil = replicas.map(() => 0);
  let nextIndex = 0;

  const pickReplica = (): number | null => {
    const now = Date.now();
    for (let offset = 0; offset < replicas.length; offset++) {
      const index = (nextIndex + offset) % replicas.length;
      if (downUntil[index]! <= now) {
        nextIndex = index + 1;
        return index;
      }
    }
    return null;
  };

  const operationOn = (client: PrismaClient, model: string | undefined, operation: string): Operation => {
    const target = (model ? Reflect.get(client, model.charAt(0).toLowerCase() + model.slice(1)) : client) as Record<
      string,
      Operation
    >;
    return target[operation]!.bind(target);
  };

  return primary.$extends({
    query: {
      async $allOperations({ model, operation, args, query, ...rest }) {
        const isInTransaction = Boolean(
          (rest as { __internalParams?: { transaction?: unknown } }).__internalParams?.transaction,
        );
        if (isInTransaction || !READ_OPERATIONS.has(operation)) return query(args);
        const index = pickReplica();
        if (index === null) return query(args);
        try {
          return await operationOn(replicas[index]!, model, operation)(args);
        } catch (replicaError) {
          const result = await query(args);
          downUntil[index] = Date.now() + retryAfterMs;
          onReplicaDown?.(index, replicaError);
          return result;
        }
      },
    },
  }) as unknown as PrismaClient;
}
