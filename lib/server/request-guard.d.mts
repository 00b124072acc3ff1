// Types for request-guard.mjs (plain JavaScript: the production server imports it without a TypeScript loader).
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

export const ACTION_BODY_LIMIT_BYTES: number;
export function checkRequest(request: {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}): 400 | 403 | 411 | 413 | null;
export function refuseMalformedRequest(request: IncomingMessage, response: ServerResponse): boolean | Promise<boolean>;
