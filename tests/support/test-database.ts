// Throwaway databases for tests. One template is migrated per test run (`prisma migrate deploy`), then every
// test file gets its own copy: a copied PGlite folder (embedded, the default) or `CREATE DATABASE … TEMPLATE`
// on a real server when TEST_DATABASE_URL is set. Tests never touch the data of `npm start`.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";

export type TemplateReference = { kind: "embedded"; dir: string } | { kind: "server"; serverUrl: string; name: string };

export type TestDatabase = { url: string; isEmbedded: boolean; drop(): Promise<void> };

const uniqueSuffix = () => `${process.pid}_${crypto.randomBytes(4).toString("hex")}`;

function serverUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

// `WITH (FORCE)` ends the other sessions on the database, but a non-superuser may not end an autovacuum worker
// that happens to be on it ("must be a member of the role whose process is being terminated"); that worker
// finishes within moments, so the drop is simply tried again.
async function dropServerDatabase(url: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await onServer(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      return;
    } catch (error) {
      const isPermissionRace = (error as { code?: string }).code === "42501";
      if (!isPermissionRace || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

export async function createTemplate(): Promise<TemplateReference> {
  const server = serverUrl();
  if (server) {
    const name = `ekraf_test_template_${uniqueSuffix()}`;
    await onServer(server, (client) => client.query(`CREATE DATABASE "${name}"`));
    await applyMigrations(withDatabase(server, name));
    return { kind: "server", serverUrl: server, name };
  }
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-test-")), "template");
  const database = await openEmbeddedDatabase(dir);
  try {
    await applyMigrations(database.url);
  } finally {
    await database.close();
  }
  return { kind: "embedded", dir };
}

export async function dropTemplate(template: TemplateReference) {
  if (template.kind === "server") {
    await dropServerDatabase(template.serverUrl, template.name);
  } else {
    fs.rmSync(path.dirname(template.dir), { recursive: true, force: true });
  }
}

export async function createDatabaseFromTemplate(template: TemplateReference): Promise<TestDatabase> {
  if (template.kind === "server") {
    const name = `ekraf_test_${uniqueSuffix()}`;
    await onServer(template.serverUrl, (client) =>
      client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.name}"`),
    );
    return {
      url: withDatabase(template.serverUrl, name),
      isEmbedded: false,
      drop: () => dropServerDatabase(template.serverUrl, name),
    };
  }
  const dir = path.join(path.dirname(template.dir), `copy_${uniqueSuffix()}`);
  fs.cpSync(template.dir, dir, { recursive: true });
  const database = await openEmbeddedDatabase(dir);
  return {
    url: database.url,
    isEmbedded: true,
    async drop() {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated database with no template (the browser tests need just one). */
export async function createStandaloneDatabase(): Promise<
  { kind: "server"; url: string; drop(): Promise<void> } | { kind: "embedded"; dir: string; drop(): Promise<void> }
> {
  const server = serverUrl();
  if (server) {
    const name = `ekraf_e2e_${uniqueSuffix()}`;
    await onServer(server, (client) => client.query(`CREATE DATABASE "${name}"`));
    return {
      kind: "server",
      url: withDatabase(server, name),
      drop: () => dropServerDatabase(server, name),
    };
  }
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-e2e-"));
  return {
    kind: "embedded",
    dir: path.join(parent, "pglite"),
    drop: async () => fs.rmSync(parent, { recursive: true, force: true }),
  };
}
