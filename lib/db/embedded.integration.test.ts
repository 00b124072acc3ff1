import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { EmbeddedDatabaseBusyError, openEmbeddedDatabase } from "./embedded";

const folders: string[] = [];
function newDataDir() {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-embedded-"));
  folders.push(parent);
  return path.join(parent, "data");
}

async function selectOne(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ answer: number }>("SELECT 1 AS answer")).rows[0]?.answer;
  } finally {
    await client.end();
  }
}

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe("embedded database ownership", () => {
  it("lets one process own a folder and sends everyone else through its socket", async () => {
    const dataDir = newDataDir();
    const owner = await openEmbeddedDatabase(dataDir);
    try {
      expect(owner.isOwner).toBe(true);
      expect(JSON.parse(fs.readFileSync(`${dataDir}.lock`, "utf8")).pid).toBe(process.pid);
      const guest = await openEmbeddedDatabase(dataDir);
      expect(guest.isOwner).toBe(false);
      expect(guest.url).toBe(owner.url);
      expect(await selectOne(guest.url)).toBe(1);
    } finally {
      await owner.close();
    }
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("keeps the data across a close and reopen", async () => {
    const dataDir = newDataDir();
    const first = await openEmbeddedDatabase(dataDir);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (value text)");
    await client.query("INSERT INTO kept VALUES ('masih ada')");
    await client.end();
    await first.close();

    const second = await openEmbeddedDatabase(dataDir);
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    expect((await again.query("SELECT value FROM kept")).rows).toEqual([{ value: "masih ada" }]);
    await again.end();
    await second.close();
  });

  it("takes over the lock of a process that died", async () => {
    const dataDir = newDataDir();
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, port: 1, startedAt: "" }));
    const database = await openEmbeddedDatabase(dataDir);
    expect(database.isOwner).toBe(true);
    await database.close();
  });

  it("refuses with a clear message while the live owner is not serving yet", async () => {
    const dataDir = newDataDir();
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    // The parent of this test process is alive and is not serving anything on port 0.
    fs.writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: process.ppid, port: 0, startedAt: "" }));
    await expect(openEmbeddedDatabase(dataDir)).rejects.toThrow(EmbeddedDatabaseBusyError);
    await expect(openEmbeddedDatabase(dataDir)).rejects.toThrow(/in use by process/);
  });
});
