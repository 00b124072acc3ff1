import { afterEach, describe, expect, it, vi } from "vitest";
import PortalCacheHandler, { createSharedCache, RENDER_MARGIN_MS, type SharedStore } from "./shared-cache-handler.mjs";

/** What Redis keeps, in a Map: entries and invalidation times, shared by the "instances" of a test. */
function createMemoryStore() {
  const entries = new Map<string, Buffer>();
  const tagTimes = new Map<string, number>();
  const reconnectListeners: (() => void)[] = [];
  const store: SharedStore & {
    isUp: boolean;
    entries: typeof entries;
    tagTimes: typeof tagTimes;
    reconnect(): void;
  } = {
    isUp: true,
    entries,
    tagTimes,
    readEntry: async (key: string) => entries.get(key) ?? null,
    writeEntry: async (key: string, bytes: Buffer) => void entries.set(key, bytes),
    readTagTimes: async (tags: string[]) => tags.map((tag) => tagTimes.get(tag) ?? null),
    markTags: async (tags: string[], at: number, forgetBefore: number) => {
      if (!store.isUp) throw new Error("Connection is closed.");
      for (const tag of tags) tagTimes.set(tag, at);
      for (const [tag, time] of tagTimes) if (time < forgetBefore) tagTimes.delete(tag);
    },
    isAvailable: () => store.isUp,
    onReconnect: (listener: () => void) => void reconnectListeners.push(listener),
    reconnect: () => reconnectListeners.forEach((listener) => listener()),
  };
  return store;
}

const profileTags = "_N_T_/layout,_N_T_/[locale]/layout,_N_T_/id/usaha/kopi-tugu";

function renderedPage(html: string) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(`rsc:${html}`),
    segmentData: new Map([["/_tree", Buffer.from("tree")]]),
    headers: { "x-next-cache-tags": profileTags },
    status: 200,
  };
}

const cacheControl = { revalidate: 60, expire: 300 };

describe("shared page cache", () => {
  let clock = 1_000_000;
  const now = () => clock;
  const log = vi.fn();
  const twoInstances = (store: SharedStore) =>
    [1, 2].map(() => createSharedCache({ store, namespace: "ekraf:test", maxMemoryBytes: 10_000_000, now, log }));

  afterEach(() => log.mockClear());

  it("serves a page rendered by one instance from another, with its bytes, maps and lifetime intact", async () => {
    const store = createMemoryStore();
    const [a, b] = twoInstances(store);
    await a!.set("/id/usaha/kopi-tugu", renderedPage("<h1>Kopi Tugu</h1>"), { cacheControl });

    const entry = await b!.get("/id/usaha/kopi-tugu");
    expect(entry?.lastModified).toBe(clock);
    expect(entry?.cacheControl).toEqual(cacheControl);
    const value = entry?.value as ReturnType<typeof renderedPage>;
    expect(value.html).toBe("<h1>Kopi Tugu</h1>");
    expect(Buffer.isBuffer(value.rscData) && value.rscData.toString()).toBe("rsc:<h1>Kopi Tugu</h1>");
    expect(value.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(await b!.get("/id/usaha/lain")).toBeNull();
  });

  it("drops a page on every instance once one instance revalidates its path", async () => {
    const store = createMemoryStore();
    const [a, b] = twoInstances(store);
    await a!.set("/id/usaha/kopi-tugu", renderedPage("lama"), { cacheControl });
    expect(await b!.get("/id/usaha/kopi-tugu")).not.toBeNull(); // b now holds a copy in memory

    clock += 10_000;
    await a!.revalidateTag(["_N_T_/id/usaha/kopi-tugu"]);
    expect(await b!.get("/id/usaha/kopi-tugu")).toBeNull();
    expect(await a!.get("/id/usaha/kopi-tugu")).toBeNull();

    // The render after the edit is served again once it is clearly newer than the invalidation.
    clock += RENDER_MARGIN_MS + 1;
    await b!.set("/id/usaha/kopi-tugu", renderedPage("baru"), { cacheControl });
    expect((await a!.get("/id/usaha/kopi-tugu"))?.value).toMatchObject({ html: "baru" });
  });

  it("does not trust a page stored just after an invalidation: its render may have read the old data", async () => {
    const store = createMemoryStore();
    const [a, b] = twoInstances(store);
    await a!.revalidateTag("_N_T_/id/usaha/kopi-tugu");
    clock += 500; // a render that began before the edit committed ends here
    await b!.set("/id/usaha/kopi-tugu", renderedPage("mungkin lama"), { cacheControl });
    expect(await a!.get("/id/usaha/kopi-tugu")).toBeNull();
  });

  it("checks data entries against the tags and implicit path tags of the request", async () => {
    const store = createMemoryStore();
    const [a, b] = twoInstances(store);
    const data = { kind: "FETCH", data: { body: "[1,2]", headers: {}, status: 200, url: "" }, revalidate: 300 };
    await a!.set("statistics-key", data, { tags: ["statistics"] });
    expect((await b!.get("statistics-key", { tags: ["statistics"], softTags: ["_N_T_/id/statistik"] }))?.value).toEqual(
      data,
    );
    clock += 5_000;
    await a!.revalidateTag("_N_T_/id/statistik");
    expect(await b!.get("statistics-key", { tags: ["statistics"], softTags: ["_N_T_/id/statistik"] })).toBeNull();
  });

  it("renders instead of serving when Redis cannot be reached, and trusts no copy after it returns", async () => {
    const store = createMemoryStore();
    const [a] = twoInstances(store);
    await a!.set("/id", renderedPage("beranda"), { cacheControl });
    store.isUp = false;
    expect(await a!.get("/id")).toBeNull();
    await expect(a!.revalidateTag("_N_T_/id")).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining("did not reach Redis"));

    store.isUp = true;
    store.entries.clear(); // what Redis held is gone too, e.g. after a restart
    store.reconnect();
    expect(await a!.get("/id")).toBeNull();
  });

  it("keeps at most the configured bytes in memory and still finds evicted pages in the store", async () => {
    const store = createMemoryStore();
    const readEntry = vi.spyOn(store, "readEntry");
    const cache = createSharedCache({ store, namespace: "ekraf:test", maxMemoryBytes: 8_000, now, log });
    await cache.set("/a", renderedPage("a".repeat(2_000)), { cacheControl });
    await cache.set("/b", renderedPage("b".repeat(2_000)), { cacheControl });
    await cache.get("/b");
    expect(readEntry).not.toHaveBeenCalled();
    expect((await cache.get("/a"))?.value).toMatchObject({ html: "a".repeat(2_000) });
    expect(readEntry).toHaveBeenCalledWith("ekraf:test:/a");
  });
});

describe("PortalCacheHandler (the class Next loads)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("keeps nothing between requests with PAGE_CACHE=off", async () => {
    vi.stubEnv("PAGE_CACHE", "off");
    vi.stubEnv("REDIS_URL", "");
    const handler = new PortalCacheHandler({});
    await handler.set("/id", renderedPage("beranda"), { cacheControl });
    expect(await handler.get("/id")).toBeNull();
    await expect(handler.revalidateTag("_N_T_/id")).resolves.toBeUndefined();
  });
});
