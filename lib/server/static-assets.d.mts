// Types for static-assets.mjs (plain JavaScript: the production server loads it without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

export function createStaticAssets(options: {
  staticDir: string;
}): (request: Pick<IncomingMessage, "method" | "url" | "headers">, response: ServerResponse) => Promise<boolean>;
