// The same notFound() `next/navigation` re-exports, taken from its own module: `next/navigation` also loads the
// client router's React contexts, which break plain Node scripts (benchmarks, load tests) that import form schemas.
import { notFound } from "next/dist/client/components/not-found";

/**
 * Every server action takes the posted form. A request crafted to call one with other arguments (an object, a
 * string, nothing) gets the answer of an unknown action (404), not a 500 from the first `formData.get`.
 */
export function requireFormData(value: unknown): FormData {
  if (!(value instanceof FormData)) notFound();
  return value;
}
