import { locateListing } from "@/lib/geo/listing-location";
import { toListingColumns } from "./listing-content";
import { getListingContentSchema, type ListingContent } from "./schemas";
import type { ListingKind } from "@/lib/generated/prisma/enums";

/**
 * The listing schema as the server applies it: the shared rules, then the point checked against Kota Malang's
 * kelurahan (a point outside, or a chosen kecamatan it contradicts, is a per-field error) and the kecamatan
 * derived from the point. Kept apart from schemas.ts, which the forms also load in the browser, so the boundaries
 * (read from data/malang/) stay on the server.
 */
export function getLocatedListingContentSchema(kind: ListingKind) {
  const cached = schemas.get(kind);
  if (cached) return cached;
  const schema = buildLocatedSchema(kind);
  schemas.set(kind, schema);
  return schema;
}

// Built once per kind: a CSV import of 10,000 rows parses with it 10,000 times.
const schemas = new Map<ListingKind, ReturnType<typeof buildLocatedSchema>>();

function buildLocatedSchema(kind: ListingKind) {
  return getListingContentSchema(kind)
    .superRefine((value, context) => {
      const located = locateListing(value);
      if (!located.ok) context.addIssue({ code: "custom", path: [located.field], message: located.error });
    })
    .transform((value): ListingContent => {
      const located = locateListing(value);
      return located.ok ? { ...value, kecamatan: located.kecamatan ?? undefined } : value;
    });
}

/** The columns to write for some content, with the kelurahan (and so the kecamatan) its point lies in. */
export function toLocatedListingColumns(content: ListingContent) {
  const located = locateListing(content);
  return {
    ...toListingColumns(content),
    ...(located.ok ? { kecamatan: located.kecamatan, kelurahanCode: located.kelurahanCode } : { kelurahanCode: null }),
  };
}
