import type { Prisma } from "@/lib/generated/prisma/client";

/** A URL slug from a name: lower case ASCII words joined by hyphens ("Kopi & Teh Ijen" → "kopi-dan-teh-ijen"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/**
 * A slug no listing uses now or used before (old slugs redirect, so they stay reserved): the name's slug, or
 * the slug with "-2", "-3"… appended.
 */
export async function createUniqueSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = slugify(name) || "listing";
  const taken = new Set([
    ...(await tx.listing.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (row) => row.slug,
    ),
    ...(await tx.slugRedirect.findMany({ where: { oldSlug: { startsWith: base } }, select: { oldSlug: true } })).map(
      (row) => row.oldSlug,
    ),
  ]);
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}
