// Driver adapter for the Prisma CLI only (migrate deploy/dev/diff with the WASM schema engine).
// It works around two upstream problems; see docs/decisions/001-database-modes.md.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaConfig } from "prisma/config";

type JsEngineConfig = Extract<PrismaConfig, { engine: "js" }>;
type SqlMigrationAwareDriverAdapterFactory = Awaited<ReturnType<JsEngineConfig["adapter"]>>;

const PG_NAME_OID = 19;
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

// prisma/orm#27403: catalog columns of type `name` and `"char"` cannot be deserialized by the adapter.
class CatalogSafeClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last];
      args[last] = (error: unknown, value: QueryResultLike) => callback(error, retypeCatalogColumns(value));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    return result && typeof result.then === "function" ? result.then(retypeCatalogColumns) : result;
  }
}

function retypeCatalogColumns(value: QueryResultLike) {
  for (const field of value?.fields ?? []) {
    if (field.dataTypeID === PG_NAME_OID || field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return value;
}

function toDiscreteConfig(url: string, database?: string): pg.PoolConfig {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: database ?? decodeURIComponent(parsed.pathname.replace(/^\//, "")),
    max: 1,
    allowExitOnIdle: true,
    idleTimeoutMillis: 200,
    Client: CatalogSafeClient as unknown as typeof pg.Client,
  };
}

type MigrationAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// The stock executeScript splits a script on every ";", which breaks PL/pgSQL bodies and comments.
// PostgreSQL's simple query protocol runs the whole script as one implicit transaction instead.
async function connectWholeScript(factory: PrismaPg): Promise<MigrationAdapter> {
  const adapter = await factory.connect();
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      (adapter as unknown as { onError(error: unknown): never }).onError(error);
    }
  };
  return adapter;
}

/**
 * `shadowUrl`, when given, is an empty database used as the shadow database as it is (the embedded database
 * cannot create a second database, so its tests pass a fresh PGlite instance here).
 */
export function createMigrationAdapterFactory(url: string, shadowUrl?: string): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg(toDiscreteConfig(url));
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => connectWholeScript(main),
    // The stock shadow database reuses the main database when given a connection string, and drops the
    // shadow database before closing its pool; this one uses discrete parameters and closes first.
    async connectToShadowDb() {
      if (shadowUrl) return connectWholeScript(new PrismaPg(toDiscreteConfig(shadowUrl)));
      const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client(toDiscreteConfig(url));
      await admin.connect();
      await admin.query(`CREATE DATABASE "${database}"`);
      await admin.end();
      const shadow = new PrismaPg(toDiscreteConfig(url, database));
      const adapter = await connectWholeScript(shadow);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        const dropper = new pg.Client(toDiscreteConfig(url));
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await dropper.end();
      };
      return adapter;
    },
  };
}
