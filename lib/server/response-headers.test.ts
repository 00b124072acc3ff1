import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { applyHeaderPolicy } from "./response-headers.mjs";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A real server whose stand-in for Next echoes the forwarded headers it saw and sets Next's internal headers. */
async function startServer(trustsProxy: boolean) {
  const server = http.createServer((request, response) => {
    applyHeaderPolicy(request, response, { trustsProxy });
    response.setHeader("x-matched-path", "/[locale]/[kind]/[slug]");
    response.setHeader("x-nextjs-cache", "HIT");
    response.setHeader("x-nextjs-stale-time", "300");
    response.setHeader("x-powered-by", "Next.js");
    response.setHeader("x-middleware-rewrite", "/id/saring/usaha/-");
    response.setHeader("content-type", "application/json");
    response.writeHead(200, { "x-nextjs-prerender": "1", "x-portal": "ya" });
    response.end(
      JSON.stringify({
        host: request.headers["x-forwarded-host"] ?? null,
        proto: request.headers["x-forwarded-proto"] ?? null,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${path}`, { headers });
}

describe("applyHeaderPolicy", () => {
  it("drops a client's X-Forwarded-Host and -Proto when no trusted proxy is configured", async () => {
    const request = await startServer(false);
    const response = await request("/usaha", { "x-forwarded-host": "jahat.example", "x-forwarded-proto": "https" });
    expect(await response.json()).toEqual({ host: null, proto: null });
  });

  it("keeps them behind a configured proxy", async () => {
    const request = await startServer(true);
    const response = await request("/usaha", {
      "x-forwarded-host": "ekraf.malangkota.go.id",
      "x-forwarded-proto": "https",
    });
    expect(await response.json()).toEqual({ host: "ekraf.malangkota.go.id", proto: "https" });
  });

  it("sends a page without x-matched-path, x-powered-by, the internal rewrite or any x-nextjs-* header", async () => {
    const request = await startServer(false);
    const response = await request("/usaha/kopi-tugu");
    const names = [...response.headers.keys()];
    expect(
      names.filter(
        (name) =>
          name === "x-matched-path" ||
          name === "x-powered-by" ||
          name === "x-middleware-rewrite" ||
          name.startsWith("x-nextjs-"),
      ),
    ).toEqual([]);
    expect(response.headers.get("x-portal")).toBe("ya");
  });

  it("keeps the x-nextjs-* headers Next's client router reads on its own requests, never the internal ones", async () => {
    const request = await startServer(false);
    const response = await request("/usaha/kopi-tugu", { rsc: "1" });
    expect(response.headers.get("x-nextjs-stale-time")).toBe("300");
    expect(response.headers.get("x-nextjs-prerender")).toBe("1");
    expect(response.headers.get("x-middleware-rewrite")).toBe("/id/saring/usaha/-");
    expect(response.headers.get("x-nextjs-cache")).toBeNull();
    expect(response.headers.get("x-matched-path")).toBeNull();
  });
});
