import { notFound } from "next/navigation";

/**
 * Every server action takes the posted form. A request crafted to call one with other arguments (an object, a
 * string, nothing) gets the answer of an unknown action (404), not a 500 from the first `formData.get`.
 */
export function requireFormData(value: unknown): FormData {
  if (!(value instanceof FormData)) notFound();
  return value;
}
