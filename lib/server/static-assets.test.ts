import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticAssets } from "./static-assets.mjs";

let dir: string;
const script = "export const greeting = 'halo';\n".repeat(200);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "static-assets-"));
  fs.mkdirSync(path.join(dir, "chunks"));
  fs.writeFileSync(path.join(dir, "chunks", "app.js"), script);
  fs.writeFileSync(path.join(dir, "chunks", "font.woff2"), "not text");
  fs.writeFileSync(path.join(os.tmpdir(), "outside.js"), "secret");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Answer = { status?: number; headers: Record<string, string>; body?: Buffer };

async function ask(url: string, headers: Record<string, string> = {}, method = "GET") {
  const handle = createStaticAssets({ staticDir: dir });
  const answer: Answer = { headers: {} };
  const response = {
    writeHead(status: number, values: Record<string, string>) {
      answer.status = status;
      answer.headers = values;
      return this;
    },
    end(body?: Buffer) {
      answer.body = body;
      return this;
    },
  } as unknown as ServerResponse;
  const isHandled = await handle({ method, url, headers }, response);
  return { isHandled, ...answer };
}

describe("static assets", () => {
  it("serves a built script as Brotli when the browser takes it, with a long immutable life and Vary", async () => {
    const answer = await ask("/_next/static/chunks/app.js", { "accept-encoding": "gzip, deflate, br" });
    expect(answer.isHandled).toBe(true);
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({
      "content-encoding": "br",
      "content-type": "application/javascript; charset=UTF-8",
      "cache-control": "public, max-age=31536000, immutable",
      vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
    });
    expect(zlib.brotliDecompressSync(answer.body!).toString()).toBe(script);
    expect(Number(answer.headers["content-length"])).toBe(answer.body!.length);
  });

  it("serves gzip to a browser without Brotli, and 304 for a matching ETag", async () => {
    const gzipped = await ask("/_next/static/chunks/app.js", { "accept-encoding": "gzip, br;q=0" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzipped.body!).toString()).toBe(script);
    const again = await ask("/_next/static/chunks/app.js", {
      "accept-encoding": "br",
      "if-none-match": gzipped.headers.etag!,
    });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
  });

  it("leaves everything else to Next: no compression accepted, other types, missing files, escapes, posts", async () => {
    expect((await ask("/_next/static/chunks/app.js")).isHandled).toBe(false);
    expect((await ask("/_next/static/chunks/font.woff2", { "accept-encoding": "br" })).isHandled).toBe(false);
    expect((await ask("/_next/static/chunks/missing.js", { "accept-encoding": "br" })).isHandled).toBe(false);
    expect((await ask("/_next/static/../../outside.js", { "accept-encoding": "br" })).isHandled).toBe(false);
    expect((await ask("/_next/static/%2e%2e/outside.js", { "accept-encoding": "br" })).isHandled).toBe(false);
    expect((await ask("/_next/static/%E0%A4%A.js", { "accept-encoding": "br" })).isHandled).toBe(false);
    expect((await ask("/_next/static/chunks/app.js", { "accept-encoding": "br" }, "POST")).isHandled).toBe(false);
    expect((await ask("/usaha", { "accept-encoding": "br" })).isHandled).toBe(false);
  });
});
