import type { ListingKind } from "@/lib/generated/prisma/enums";
import { socialNetworks, type ListingContent } from "./schemas";
import { readText, readTexts } from "@/lib/forms/text";
import { describeUnknown, normaliseValue } from "@/lib/changes/describe-change";

type FactFieldType = "count" | "text" | "list" | "date";
export type FactField = { key: string; type: FactFieldType };

/** The kind-specific facts a form asks for, in order (their schemas are listingFactsSchemas). */
export const listingFactFields: Record<ListingKind, FactField[]> = {
  COWORKING: [
    { key: "capacity", type: "count" },
    { key: "openingHours", type: "text" },
    { key: "floors", type: "count" },
    { key: "facilities", type: "list" },
    { key: "operator", type: "text" },
    { key: "openedOn", type: "date" },
  ],
  CAMPUS: [{ key: "studyPrograms", type: "list" }],
  COMMUNITY: [
    { key: "memberCount", type: "count" },
    { key: "meetingSchedule", type: "text" },
  ],
  STARTUP_STUDIO: [
    { key: "teamSize", type: "count" },
    { key: "products", type: "list" },
  ],
  CREATIVE_BUSINESS: [{ key: "products", type: "list" }],
};

/** What a listing form shows and posts back: every control's value as text (subsectors as a list). */
export type ListingFormState = { values: Record<string, string>; otherSubsectorIds: string[] };

const textFields = [
  "nameIndonesian",
  "nameEn",
  "summaryIndonesian",
  "summaryEn",
  "descriptionIndonesian",
  "descriptionEn",
  "primarySubsectorId",
  "kecamatan",
  "address",
  "latitude",
  "longitude",
  "websiteUrl",
  "email",
  "phone",
  "whatsappNumber",
  "foundedYear",
  "tags",
] as const;

const numberOrUndefined = (value: string) => (value.trim() === "" ? undefined : Number(value.trim().replace(",", ".")));
const textOrUndefined = (value: string) => (value.trim() === "" ? undefined : value);
const listOf = (value: string) =>
  value
    .split(/[\n,;]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** Reads a posted listing form into the schema's input shape, and keeps what was typed to show it again. */
export function readListingForm(formData: FormData, kind: ListingKind): { input: unknown; form: ListingFormState } {
  const text = (key: string) => readText(formData, key);
  const values: Record<string, string> = {};
  for (const field of textFields) values[field] = text(field);
  for (const network of socialNetworks) values[`social.${network}`] = text(`social.${network}`);
  for (const fact of listingFactFields[kind]) values[`facts.${fact.key}`] = text(`facts.${fact.key}`);
  const otherSubsectorIds = readTexts(formData, "otherSubsectorIds").filter((value) => value !== "");

  const v = (key: string) => values[key] ?? "";
  const facts: Record<string, unknown> = {};
  for (const fact of listingFactFields[kind]) {
    const raw = v(`facts.${fact.key}`);
    if (raw.trim() === "") continue;
    facts[fact.key] = fact.type === "count" ? numberOrUndefined(raw) : fact.type === "list" ? listOf(raw) : raw;
  }
  const input = {
    nameIndonesian: v("nameIndonesian"),
    nameEn: v("nameEn"),
    summaryIndonesian: v("summaryIndonesian"),
    summaryEn: v("summaryEn"),
    descriptionIndonesian: v("descriptionIndonesian"),
    descriptionEn: v("descriptionEn"),
    primarySubsectorId: v("primarySubsectorId"),
    otherSubsectorIds,
    kecamatan: textOrUndefined(v("kecamatan")),
    address: v("address"),
    latitude: numberOrUndefined(v("latitude")),
    longitude: numberOrUndefined(v("longitude")),
    websiteUrl: v("websiteUrl"),
    email: v("email"),
    phone: textOrUndefined(v("phone")),
    whatsappNumber: textOrUndefined(v("whatsappNumber")),
    socialLinks: socialNetworks
      .filter((network) => v(`social.${network}`).trim() !== "")
      .map((network) => ({ network, url: v(`social.${network}`).trim() })),
    foundedYear: numberOrUndefined(v("foundedYear")),
    tags: listOf(v("tags")),
    facts,
  };
  return { input, form: { values, otherSubsectorIds } };
}

/**
 * Per-control errors from a failed parse, keyed like the form's controls ("nameIndonesian", "facts.capacity",
 * "social.instagram"), each an i18n key of "ListingForm.errors" (or "invalid" for zod's own messages).
 */
export function toListingFieldErrors(
  issues: readonly { path: PropertyKey[]; message: string }[],
  input: unknown,
): Record<string, string> {
  const links = (input as { socialLinks?: { network: string }[] }).socialLinks ?? [];
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const [head, second] = issue.path;
    let key = String(head ?? "form");
    if (head === "facts" && second !== undefined) key = `facts.${String(second)}`;
    if (head === "socialLinks" && typeof second === "number") key = `social.${links[second]?.network ?? "x"}`;
    errors[key] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  return errors;
}

type StoredListing = {
  nameIndonesian: string;
  nameEn: string | null;
  summaryIndonesian: string;
  summaryEn: string | null;
  descriptionIndonesian: string | null;
  descriptionEn: string | null;
  primarySubsectorId: string;
  otherSubsectors: { subsectorId: string }[];
  kecamatan: ListingContent["kecamatan"] | null;
  address: string | null;
  latitude: { toString(): string } | number | null;
  longitude: { toString(): string } | number | null;
  websiteUrl: string | null;
  email: string | null;
  phone: string | null;
  whatsappNumber: string | null;
  socialLinks: unknown;
  foundedYear: number | null;
  tags: string[];
  facts: unknown;
};

/** The select that `toListingContent` needs. */
export const listingContentSelect = {
  nameIndonesian: true,
  nameEn: true,
  summaryIndonesian: true,
  summaryEn: true,
  descriptionIndonesian: true,
  descriptionEn: true,
  primarySubsectorId: true,
  otherSubsectors: { select: { subsectorId: true }, orderBy: { subsectorId: "asc" as const } },
  kecamatan: true,
  address: true,
  latitude: true,
  longitude: true,
  websiteUrl: true,
  email: true,
  phone: true,
  whatsappNumber: true,
  socialLinks: true,
  foundedYear: true,
  tags: true,
  facts: true,
};

const orUndefined = <T>(value: T | null) => (value === null ? undefined : value);

/** A stored listing's content in the schema's output shape, to compare with and prefill from. */
export function toListingContent(listing: StoredListing): ListingContent {
  return {
    nameIndonesian: listing.nameIndonesian,
    nameEn: orUndefined(listing.nameEn),
    summaryIndonesian: listing.summaryIndonesian,
    summaryEn: orUndefined(listing.summaryEn),
    descriptionIndonesian: orUndefined(listing.descriptionIndonesian),
    descriptionEn: orUndefined(listing.descriptionEn),
    primarySubsectorId: listing.primarySubsectorId,
    otherSubsectorIds: listing.otherSubsectors.map((row) => row.subsectorId),
    kecamatan: orUndefined(listing.kecamatan),
    address: orUndefined(listing.address),
    latitude: listing.latitude === null ? undefined : Number(listing.latitude.toString()),
    longitude: listing.longitude === null ? undefined : Number(listing.longitude.toString()),
    websiteUrl: orUndefined(listing.websiteUrl),
    email: orUndefined(listing.email),
    phone: orUndefined(listing.phone),
    whatsappNumber: orUndefined(listing.whatsappNumber),
    socialLinks: (Array.isArray(listing.socialLinks) ? listing.socialLinks : []) as ListingContent["socialLinks"],
    foundedYear: orUndefined(listing.foundedYear),
    tags: listing.tags,
    facts: (listing.facts ?? {}) as Record<string, unknown>,
  };
}

/** The form's text values for some content (the inverse of readListingForm). */
export function toListingFormState(content: ListingContent, kind: ListingKind): ListingFormState {
  const values: Record<string, string> = {};
  const asText = (value: unknown) => (value === undefined || value === null ? "" : String(value));
  for (const field of textFields) {
    const value = content[field as keyof ListingContent];
    values[field] = Array.isArray(value) ? value.join(", ") : asText(value);
  }
  for (const network of socialNetworks)
    values[`social.${network}`] = content.socialLinks.find((link) => link.network === network)?.url ?? "";
  for (const fact of listingFactFields[kind]) {
    const value = content.facts[fact.key];
    values[`facts.${fact.key}`] = Array.isArray(value) ? value.join("\n") : asText(value);
  }
  return { values, otherSubsectorIds: content.otherSubsectorIds };
}

/** The columns to write for some content (other subsectors are rows of ListingSubsector, written apart). */
export function toListingColumns(content: ListingContent) {
  return {
    nameIndonesian: content.nameIndonesian,
    nameEn: content.nameEn ?? null,
    summaryIndonesian: content.summaryIndonesian,
    summaryEn: content.summaryEn ?? null,
    descriptionIndonesian: content.descriptionIndonesian ?? null,
    descriptionEn: content.descriptionEn ?? null,
    primarySubsectorId: content.primarySubsectorId,
    kecamatan: content.kecamatan ?? null,
    address: content.address ?? null,
    latitude: content.latitude ?? null,
    longitude: content.longitude ?? null,
    websiteUrl: content.websiteUrl ?? null,
    email: content.email ?? null,
    phone: content.phone ?? null,
    whatsappNumber: content.whatsappNumber ?? null,
    socialLinks: content.socialLinks,
    foundedYear: content.foundedYear ?? null,
    tags: content.tags,
    facts: content.facts as Record<string, string | number | string[]>,
  };
}

export type ContentChange = { field: string; before: string; after: string };

const display = (key: string, value: unknown): string => {
  const normalised = normaliseValue(key, value);
  if (normalised === null) return "";
  return describeUnknown(normalised);
};

/** Field-by-field differences between two contents, facts spelled out one by one (for the reviewer's diff). */
export function diffListingContent(before: ListingContent, after: ListingContent): ContentChange[] {
  const changes: ContentChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (key === "facts") continue;
    const was = display(key, before[key as keyof ListingContent]);
    const is = display(key, after[key as keyof ListingContent]);
    if (was !== is) changes.push({ field: key, before: was, after: is });
  }
  const factKeys = new Set([...Object.keys(before.facts), ...Object.keys(after.facts)]);
  for (const key of factKeys) {
    const was = display(key, before.facts[key]);
    const is = display(key, after.facts[key]);
    if (was !== is) changes.push({ field: `facts.${key}`, before: was, after: is });
  }
  return changes;
}
