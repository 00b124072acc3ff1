import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { routeReadsToReplicas } from "./read-replicas";

const databaseUrl = process.env.DATABASE_URL!;
const clients: PrismaClient[] = [];

/** A client that records the SQL it sends, so a test can tell which server answered. */
function createClient(url: string) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 2, connectionTimeoutMillis: 2000 }, { onPoolError: () => {} }),
    log: [{ emit: "event", level: "query" }],
  });
  const statements: string[] = [];
  client.$on("query", (event) => statements.push(event.query));
  clients.push(client);
  return { client, statements };
}

// Nothing listens on port 9 (discard) on loopback: the connection is refused at once.
const closedPortUrl = "postgresql://nobody:nothing@127.0.0.1:9/none";

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
});

// Replicas exist only with a PostgreSQL server: the embedded database is one backend behind one socket, and several
// pools on it (as these tests open) interleave on that single backend. CI runs this file against a server.
describe.runIf(process.env.DATABASE_EMBEDDED !== "1")("routeReadsToReplicas", () => {
  it("sends plain reads to the replica and writes, transactions and raw statements to the primary", async () => {
    const primary = createClient(databaseUrl);
    // The "replica" is the same database here: which client sent a statement is what is checked.
    const replica = createClient(databaseUrl);
    const routed = routeReadsToReplicas(primary.client, [replica.client]);

    await routed.rateLimitHit.create({ data: { bucket: "replica-test", key: "a" } });
    expect(await routed.rateLimitHit.count({ where: { bucket: "replica-test" } })).toBe(1);
    expect(await routed.$queryRaw<{ one: number }[]>`SELECT 1::int AS one`).toEqual([{ one: 1 }]);
    await routed.$transaction(async (tx) => {
      await tx.rateLimitHit.findMany({ where: { bucket: "replica-test" } });
    });
    await routed.$executeRaw`DELETE FROM "RateLimitHit" WHERE "bucket" = 'replica-test'`;

    expect(replica.statements.join("\n")).toMatch(/SELECT COUNT/i);
    expect(replica.statements.join("\n")).toMatch(/SELECT 1::int AS one/);
    expect(replica.statements.join("\n")).not.toMatch(/INSERT|DELETE|COMMIT/i);
    expect(primary.statements.join("\n")).toMatch(/INSERT INTO/);
    expect(primary.statements.join("\n")).toMatch(/DELETE FROM/);
    expect(primary.statements.join("\n")).toMatch(/COMMIT/);
    expect(primary.statements.join("\n")).not.toMatch(/SELECT COUNT/i);
  });

  it("answers from the primary when the replica is down, and leaves the replica out for a while", async () => {
    const primary = createClient(databaseUrl);
    const down = createClient(closedPortUrl);
    const onReplicaDown = vi.fn();
    const routed = routeReadsToReplicas(primary.client, [down.client], { retryAfterMs: 60_000, onReplicaDown });

    expect(await routed.rateLimitHit.count()).toBeGreaterThanOrEqual(0);
    expect(await routed.$queryRaw<{ two: number }[]>`SELECT 2::int AS two`).toEqual([{ two: 2 }]);
    expect(onReplicaDown).toHaveBeenCalledTimes(1);
    expect(onReplicaDown).toHaveBeenCalledWith(0, expect.anything());
    expect(primary.statements.join("\n")).toMatch(/SELECT 2::int AS two/);
  });

  it("keeps reading from the replica that answers when another is down, and tries the other again later", async () => {
    const primary = createClient(databaseUrl);
    const down = createClient(closedPortUrl);
    const healthy = createClient(databaseUrl);
    const onReplicaDown = vi.fn();
    const routed = routeReadsToReplicas(primary.client, [down.client, healthy.client], {
      retryAfterMs: 300,
      onReplicaDown,
    });

    for (let round = 0; round < 4; round++) await routed.$queryRaw`SELECT 3::int AS three`;
    expect(onReplicaDown).toHaveBeenCalledTimes(1);
    expect(healthy.statements.filter((sql) => sql.includes("SELECT 3")).length).toBeGreaterThanOrEqual(3);

    await new Promise((resolve) => setTimeout(resolve, 400));
    for (let round = 0; round < 2; round++) await routed.$queryRaw`SELECT 4::int AS four`;
    expect(onReplicaDown).toHaveBeenCalledTimes(2);
  });

  it("does not blame the replica for a query that fails on the primary too", async () => {
    const primary = createClient(databaseUrl);
    const replica = createClient(databaseUrl);
    const onReplicaDown = vi.fn();
    const routed = routeReadsToReplicas(primary.client, [replica.client], { onReplicaDown });

    await expect(routed.rateLimitHit.findUniqueOrThrow({ where: { id: "tidak-ada" } })).rejects.toThrow();
    await routed.rateLimitHit.count();
    expect(onReplicaDown).not.toHaveBeenCalled();
    expect(replica.statements.filter((sql) => /COUNT/i.test(sql))).toHaveLength(1);
  });
});
