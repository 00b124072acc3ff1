// Redirect targets built from ids that came with a request. An id is only put into a path when it has the shape
// of the portal's ids (cuids, slugs): anything else (a 50 KB string, markup, a second path) gives the fallback
// instead, so a Location header never carries what a client sent.
const recordIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** `id` when it can be the id of a record, else null. */
export function readRecordId(id: string): string | null {
  return recordIdPattern.test(id) ? id : null;
}

/** `${base}/${id}` for an id of the right shape, or `fallback` (by default `base`, the list the record is in). */
export function recordPath(base: string, id: string, fallback: string = base): string {
  const checked = readRecordId(id);
  return checked === null ? fallback : `${base}/${checked}`;
}
