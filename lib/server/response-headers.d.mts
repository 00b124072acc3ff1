// Types for response-headers.mjs (plain JavaScript: the production server loads it without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

export function applyHeaderPolicy(
  request: IncomingMessage,
  response: ServerResponse,
  options: { trustsProxy: boolean },
): void;
