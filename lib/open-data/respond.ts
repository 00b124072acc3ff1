import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { getEnv } from "@/lib/env";
import { readClientAddress } from "@/lib/auth/client-address";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { getSiteUrl } from "@/lib/seo/site-url";
import { csvHeaders, toCsv } from "@/lib/statistics/csv";
import type { OpenDataError, Pagination } from "./schemas";
import type { CsvColumns } from "./serialize";

// Everything the /api/v1 handlers share: CORS for GET, a rate limit per client, ETag and Cache-Control, the error
// body, pagination links and CSV. Handlers only parse their parameters and produce a body.

export const OPEN_DATA_CACHE_CONTROL = "public, max-age=300";

/** Per client address (the trusted proxy header's, else the connection's) and minute. */
export const OPEN_DATA_RATE_LIMIT = { bucket: "open-data:address", limit: 120, windowMs: 60_000 } as const;
/**
 * Only outside the production server (which names every connection's address) can a request come without a client
 * address; those share one, larger, allowance, which still stops a flood from taking the database with it.
 */
export const OPEN_DATA_SHARED_RATE_LIMIT = { bucket: "open-data:shared", limit: 1200, windowMs: 60_000 } as const;

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Link, Retry-After",
};

/** The CORS preflight answer: any origin may GET; nothing is sent with credentials. */
export function answerPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...corsHeaders, "Access-Control-Max-Age": "86400" } });
}

export type OpenDataBody =
  | { kind: "json"; body: unknown; link?: string }
  | { kind: "csv"; body: string; filename: string }
  | { kind: "text"; body: string; contentType: string }
  | { kind: "error"; status: 400 | 404; error: OpenDataError["error"] };

function errorResponse(status: number, error: OpenDataError["error"], extraHeaders: Record<string, string> = {}) {
  return Response.json({ error } satisfies OpenDataError, {
    status,
    headers: { ...corsHeaders, "Cache-Control": "no-store", ...extraHeaders },
  });
}

/** A weak validator: the same body always gets the same tag (compression in front may change the bytes). */
export function computeEtag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

export async function consumeClientAllowance(request: Request) {
  const address = readClientAddress(request.headers, getEnv().TRUSTED_CLIENT_IP_HEADER);
  return address
    ? consumeRateLimit({ ...OPEN_DATA_RATE_LIMIT, key: address })
    : consumeRateLimit({ ...OPEN_DATA_SHARED_RATE_LIMIT, key: "shared" });
}

/**
 * Answers one GET: counts it against the client's allowance (429 with Retry-After past it), produces the body,
 * and answers 304 when the client already holds this exact body.
 */
export async function serveOpenData(request: Request, produce: () => Promise<OpenDataBody>): Promise<Response> {
  const allowance = await consumeClientAllowance(request);
  if (!allowance.isAllowed) {
    return errorResponse(
      429,
      { code: "rate_limited", message: `Too many requests; try again in ${allowance.retryAfterSeconds} s.` },
      { "Retry-After": String(allowance.retryAfterSeconds) },
    );
  }
  const result = await produce();
  if (result.kind === "error") return errorResponse(result.status, result.error);

  const text = result.kind === "json" ? JSON.stringify(result.body) : result.body;
  const contentHeaders =
    result.kind === "json"
      ? { "Content-Type": "application/json; charset=utf-8", ...(result.link ? { Link: result.link } : {}) }
      : result.kind === "text"
        ? { "Content-Type": result.contentType }
        : csvHeaders(result.filename);
  const etag = computeEtag(text);
  const headers: Record<string, string> = {
    ...corsHeaders,
    "Cache-Control": OPEN_DATA_CACHE_CONTROL,
    ETag: etag,
    ...contentHeaders,
  };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers });
}

/** A 400 naming the first parameter zod refused. */
export function invalidParameter(error: z.ZodError): OpenDataBody {
  const issue = error.issues[0];
  const parameter = String(issue?.path[0] ?? "");
  return {
    kind: "error",
    status: 400,
    error: {
      code: "invalid_parameter",
      parameter,
      message: `Invalid value for "${parameter}": ${issue?.message ?? ""}`,
    },
  };
}

export function unknownValue(parameter: string): OpenDataBody {
  return {
    kind: "error",
    status: 400,
    error: { code: "invalid_parameter", parameter, message: `Unknown value for "${parameter}".` },
  };
}

export function notFoundBody(): OpenDataBody {
  return { kind: "error", status: 404, error: { code: "not_found", message: "No published entry with this slug." } };
}

/** The query string as a plain object (the last value of a repeated parameter wins); empty values are absent. */
export function readQuery(request: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    if (value.trim() !== "") query[key] = value;
  }
  return query;
}

/** Pagination with absolute links that keep the request's other parameters, and the matching Link header. */
export function paginate(request: Request, page: number, perPage: number, total: number) {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const requestUrl = new URL(request.url);
  const linkTo = (target: number) => {
    const url = new URL(`${getSiteUrl()}${requestUrl.pathname}`);
    for (const [key, value] of requestUrl.searchParams) if (key !== "hal") url.searchParams.set(key, value);
    url.searchParams.set("hal", String(target));
    return url.toString();
  };
  const pagination: Pagination = {
    page,
    perPage,
    total,
    pageCount,
    links: {
      self: linkTo(page),
      first: linkTo(1),
      last: linkTo(pageCount),
      prev: page > 1 ? linkTo(Math.min(page - 1, pageCount)) : null,
      next: page < pageCount ? linkTo(page + 1) : null,
    },
  };
  const relations = [
    pagination.links.next ? `<${pagination.links.next}>; rel="next"` : null,
    pagination.links.prev ? `<${pagination.links.prev}>; rel="prev"` : null,
    `<${pagination.links.first}>; rel="first"`,
    `<${pagination.links.last}>; rel="last"`,
  ].filter(Boolean);
  return { pagination, link: relations.join(", ") };
}

export function csvBody<T>(items: T[], columns: CsvColumns<T>, filename: string): OpenDataBody {
  return {
    kind: "csv",
    filename,
    body: toCsv(
      columns.map((column) => column.header),
      items.map((item) => columns.map((column) => column.value(item))),
    ),
  };
}
