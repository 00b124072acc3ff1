import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, checkRequest } from "./request-guard.mjs";

const action = (headers: Record<string, string>) =>
  checkRequest({
    method: "POST",
    url: "/akun",
    headers: {
      host: "portal.example",
      "next-action": "7f00aa",
      "content-type": "multipart/form-data; boundary=----x",
      "content-length": "120",
      ...headers,
    },
  });

describe("checkRequest", () => {
  it("refuses malformed %-escapes and control characters in the path or the query", () => {
    for (const url of ["/%FF", "/usaha/%E0%A4%A", "/%", "/a%00b", "/cari%0A", "/cari?q=%FF", "/cari?q=%"]) {
      expect(checkRequest({ method: "GET", url, headers: {} }), url).toBe(400);
    }
  });

  it("lets ordinary paths and queries through, encoded letters and a %00 in a query value included", () => {
    for (const url of ["/", "/usaha/kopi-kayutangan", "/cari?q=caf%C3%A9+malang", "/cari?q=%00", "/en/peta"]) {
      expect(checkRequest({ method: "GET", url, headers: {} }), url).toBeNull();
    }
  });

  it("refuses server-action posts from another or a malformed Origin", () => {
    expect(action({ origin: "https://evil.example" })).toBe(403);
    expect(action({ origin: "null" })).toBe(403);
    expect(action({ origin: "http://[::1" })).toBe(403);
    expect(action({ origin: "http://portal.example" })).toBeNull();
    expect(action({})).toBeNull();
    // Next compares with x-forwarded-host when it is set.
    expect(action({ origin: "https://portal.example", "x-forwarded-host": "other.example" })).toBe(403);
  });

  it("refuses action bodies that are not forms, of unknown length or over the limit", () => {
    expect(action({ "content-type": "text/plain;charset=UTF-8" })).toBe(400);
    expect(action({ "content-type": "application/json" })).toBe(400);
    expect(action({ "content-type": "multipart/form-data" })).toBe(400);
    expect(action({ "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) })).toBe(413);
    expect(action({ "content-length": "12abc" })).toBe(400);
    expect(
      checkRequest({
        method: "POST",
        url: "/akun",
        headers: { host: "portal.example", "next-action": "x", "content-type": "multipart/form-data; boundary=b" },
      }),
    ).toBe(411);
  });

  it("treats a multipart post to a page as a form action, and leaves other posts (route handlers) to Next", () => {
    const headers = { host: "portal.example", origin: "https://evil.example" };
    expect(
      checkRequest({
        method: "POST",
        url: "/",
        headers: { ...headers, "content-type": "multipart/form-data; boundary=b" },
      }),
    ).toBe(403);
    expect(
      checkRequest({
        method: "POST",
        url: "/api/auth/signout",
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
      }),
    ).toBeNull();
  });
});

describe("refuseMalformedRequest on a real server", () => {
  it("checks a server-action body to its end and gives it back untouched; a garbled one gets 400", async () => {
    const http = await import("node:http");
    const { refuseMalformedRequest } = await import("./request-guard.mjs");
    const server = http.createServer(async (request, response) => {
      if (await refuseMalformedRequest(request, response)) return;
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      response.end(Buffer.concat(chunks));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const post = (body: string, contentType = "multipart/form-data; boundary=b") =>
      fetch(`http://127.0.0.1:${port}/akun`, {
        method: "POST",
        headers: { "next-action": "x", "content-type": contentType, origin: `http://127.0.0.1:${port}` },
        body,
      });
    try {
      const big = "x".repeat(300_000);
      const form = `--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n${big}\r\n--b--\r\n`;
      const accepted = await post(form);
      expect(accepted.status).toBe(200);
      expect(await accepted.text()).toBe(form);
      for (const garbled of ["", '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nabc', "garbage"]) {
        const refused = await post(garbled);
        expect(refused.status, JSON.stringify(garbled)).toBe(400);
        expect(refused.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      }
    } finally {
      server.close();
    }
  });
});

describe("trailing-slash redirects", () => {
  it("are sent by the guard with the security headers, never to another host", async () => {
    const { refuseMalformedRequest } = await import("./request-guard.mjs");
    const answers: { status: number; headers: Record<string, string> }[] = [];
    const response = {
      writeHead: (status: number, headers: Record<string, string>) => answers.push({ status, headers }),
      end: () => {},
    };
    for (const [url, location] of [
      ["/usaha/", "/usaha"],
      ["/usaha/?q=kopi", "/usaha?q=kopi"],
      ["//evil.example/", "/evil.example"],
      ["///", "/"],
    ] as const) {
      const request = { method: "GET", url, headers: {} };
      expect(await refuseMalformedRequest(request as never, response as never), url).toBe(true);
      expect(answers.at(-1)?.status).toBe(308);
      expect(answers.at(-1)?.headers.Location, url).toBe(location);
      expect(answers.at(-1)?.headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    }
    expect(await refuseMalformedRequest({ method: "GET", url: "/", headers: {} } as never, response as never)).toBe(
      false,
    );
  });
});
