// Pure logic behind every "what changed" view (revision review, record history, audit log): it flattens two
// snapshots into fields, normalises both sides before comparing, and says word by word what changed in text.
// Labels and value names come from the caller (translations), so this file stays free of i18n and database.

import { withCurrentFieldKeys } from "./legacy-field-keys";

export type WordPart = { type: "same" | "added" | "removed"; text: string };

/** How one side of a field is shown. "absent" means the snapshot did not record the field at all. */
export type FieldValue =
  | { kind: "absent" }
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "images"; fileIds: string[] };

export type FieldChange = {
  key: string;
  label: string;
  before: FieldValue;
  after: FieldValue;
  isChanged: boolean;
  /** Word-level difference when both sides are text and the field is prose (not a code or a number). */
  words?: WordPart[];
};

export type ChangeVocabulary = {
  /** The reader's label for a flattened field key ("nameIndonesian", "facts.capacity", "businessScale"). */
  label: (key: string) => string;
  /** A readable name for a value (an enum code, a subsector id, a boolean, a date), or null to show it as is. */
  valueName?: (key: string, value: string | number | boolean) => string | null;
};

/** Fields that hold stored file ids, shown as thumbnails. */
const imageFields = new Set(["logoFileId", "coverFileId", "photoFileIds", "photos", "proofFileId"]);
/** Fields that identify or count rather than describe (never shown as a change of their own). */
const bookkeepingFields = new Set(["revisionId", "version"]);
const secretKey = /password|token|secret|hash/i;

/**
 * The order fields are read in, as on the listing form. Snapshots cannot give it: PostgreSQL's jsonb stores object
 * keys by length, so a stored entry lists "kecamatan" before "summaryIndonesian". Fields not named here follow, as stored.
 */
const fieldOrder = [
  "status",
  "kind",
  "nameIndonesian",
  "nameEn",
  "summaryIndonesian",
  "summaryEn",
  "descriptionIndonesian",
  "descriptionEn",
  "primarySubsectorId",
  "otherSubsectorIds",
  "kecamatan",
  "address",
  "latitude",
  "longitude",
  "websiteUrl",
  "email",
  "phone",
  "whatsappNumber",
  "socialLinks",
  "facts.",
  "foundedYear",
  "tags",
  "logoFileId",
  "coverFileId",
  "removeCover",
  "photos",
  "photoFileIds",
  "removedPhotoIds",
  "slug",
  "isSample",
  "sourceName",
  "sourceUrl",
  "externalId",
  "nib",
  "businessScale",
  "workforceBand",
  "turnoverBand",
];
const rankOf = (key: string) => {
  const rank = fieldOrder.indexOf(key.startsWith("facts.") ? "facts." : key);
  return rank === -1 ? fieldOrder.length : rank;
};

type Json = unknown;

const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * One level of fields out of a snapshot: a nested listing `content` is spread into its fields and `facts` become
 * "facts.<key>", so a staff edit ({ version, content: {…}, slug }) reads as the fields of the form. Keys stored
 * before decision 025's rename (nameIndonesian, …) are read under today's names.
 */
export function flattenSnapshot(snapshot: Json): Record<string, Json> {
  if (!isRecord(snapshot)) return {};
  const fields: Record<string, Json> = {};
  for (const [key, value] of Object.entries(withCurrentFieldKeys(snapshot))) {
    if (key === "content" && isRecord(value)) Object.assign(fields, flattenSnapshot(value));
    else if (key === "facts" && isRecord(value))
      for (const [fact, factValue] of Object.entries(value)) fields[`facts.${fact}`] = factValue;
    else fields[key] = value;
  }
  return fields;
}

/**
 * A value in a canonical form, so that two snapshots of the same data compare equal however they were stored:
 * PostgreSQL's jsonb reorders object keys (a social link comes back as {url, network}), lists of links have no
 * meaningful order, strings may carry stray whitespace, and null, "" and [] all mean "not filled in".
 */
export function normaliseValue(key: string, value: Json): Json {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? null : trimmed;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    const items = value.map((item) => normaliseValue(key, item));
    if (key === "socialLinks" || key === "otherSubsectorIds") return [...items].sort(compareCanonical);
    return items;
  }
  if (isRecord(value)) {
    const sorted: Record<string, Json> = {};
    for (const inner of Object.keys(value).sort()) sorted[inner] = normaliseValue(inner, value[inner]);
    return sorted;
  }
  return value;
}

function compareCanonical(a: Json, b: Json) {
  const left = JSON.stringify(a);
  const right = JSON.stringify(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function areEqualValues(key: string, before: Json, after: Json): boolean {
  return JSON.stringify(normaliseValue(key, before)) === JSON.stringify(normaliseValue(key, after));
}

const tokenize = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

/** Longest-common-subsequence work is quadratic; beyond this many token pairs a text is shown as replaced. */
const MAX_DIFF_CELLS = 250_000;

/** Word-level difference of two texts: the words kept, removed and added, in reading order. */
export function diffWords(before: string, after: string): WordPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length * b.length > MAX_DIFF_CELLS) {
    return [
      ...(before ? [{ type: "removed" as const, text: before }] : []),
      ...(after ? [{ type: "added" as const, text: after }] : []),
    ];
  }
  // lengths[i][j]: longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const parts: WordPart[] = [];
  const push = (type: WordPart["type"], text: string) => {
    const last = parts.at(-1);
    if (last && last.type === type) last.text += text;
    else parts.push({ type, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push("same", a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) push("removed", a[i++]!);
    else push("added", b[j++]!);
  }
  while (i < a.length) push("removed", a[i++]!);
  while (j < b.length) push("added", b[j++]!);
  return absorbWhitespace(parts);
}

/**
 * Merges changed runs separated only by whitespace into one block (removed words, then added words), so
 * "the quick fox" → "a slow fox" reads as "the quick" replaced by "a slow", not as alternating single words.
 */
function absorbWhitespace(parts: WordPart[]): WordPart[] {
  const result: WordPart[] = [];
  let removed = "";
  let added = "";
  let pendingSpace = "";
  const pushSame = (text: string) => {
    const last = result.at(-1);
    if (last?.type === "same") last.text += text;
    else result.push({ type: "same", text });
  };
  /** Ends a changed block; its trailing space is handed back to lead the unchanged text that follows. */
  const flush = (): string => {
    // Leading space belongs to the text before the change, so a marked addition starts at its first word.
    const leadOf = (text: string) => /^\s+/.exec(text)?.[0] ?? "";
    const lead = removed && added ? leadOf(removed) && leadOf(added) : leadOf(removed || added);
    if (lead) {
      pushSame(lead);
      removed = removed.replace(/^\s+/, "");
      added = added.replace(/^\s+/, "");
    }
    const trailing = /\s+$/.exec(added || removed)?.[0] ?? "";
    if (removed) result.push({ type: "removed", text: removed.replace(/\s+$/, "") });
    if (added) result.push({ type: "added", text: added.replace(/\s+$/, "") });
    removed = "";
    added = "";
    return trailing;
  };
  for (const part of parts) {
    if (part.type === "same") {
      if ((removed || added) && /^\s+$/.test(part.text)) {
        pendingSpace += part.text;
        continue;
      }
      const carried = flush();
      pushSame(carried + pendingSpace + part.text);
      pendingSpace = "";
      continue;
    }
    if (pendingSpace) {
      if (removed && !/\s$/.test(removed)) removed += pendingSpace;
      if (added && !/\s$/.test(added)) added += pendingSpace;
      pendingSpace = "";
    }
    if (part.type === "removed") removed += part.text;
    else added += part.text;
  }
  const carried = flush();
  if (carried + pendingSpace) pushSame(carried + pendingSpace);
  return result;
}

/** Fields whose text is prose worth a word-level difference (names, summaries, descriptions, notes, addresses). */
function isProse(key: string, before: string, after: string) {
  if (
    /(Id|Ids|Url|Email|email|slug|number|Number|phone|On|At)$/.test(key) &&
    !/^(nameIndonesian|summaryIndonesian|descriptionIndonesian)$/.test(key)
  )
    return false;
  return /\s/.test(before) || /\s/.test(after);
}

function describeValue(key: string, raw: Json, vocabulary: ChangeVocabulary): FieldValue {
  const value = normaliseValue(key, raw);
  if (value === null) return { kind: "empty" };
  // Photo rows taken down by a revision: their files may be gone, so the entry tells how many.
  if (key === "removedPhotoIds" && Array.isArray(value)) return { kind: "text", text: String(value.length) };
  if (imageFields.has(key)) {
    const ids = (Array.isArray(value) ? value : [value]).filter((id): id is string => typeof id === "string");
    return { kind: "images", fileIds: ids };
  }
  const name = (item: Json): string => {
    if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") {
      return vocabulary.valueName?.(key, item) ?? String(item);
    }
    if (isRecord(item)) {
      // A social link (or any small record): "instagram: https://…"; otherwise its readable key/value pairs.
      if (typeof item.network === "string" && typeof item.url === "string")
        return `${vocabulary.valueName?.(`${key}.network`, item.network) ?? item.network}: ${item.url}`;
      return Object.entries(item)
        .filter(([, inner]) => inner !== null)
        .map(([innerKey, inner]) => `${innerKey}: ${name(inner)}`)
        .join("; ");
    }
    if (Array.isArray(item)) return item.map(name).join(", ");
    return "";
  };
  if (Array.isArray(value)) return { kind: "list", items: value.map(name) };
  return { kind: "text", text: name(value) };
}

const absent: FieldValue = { kind: "absent" };

/**
 * The fields of one change, in the order the snapshots list them. A field missing from `after` was not part of
 * the change (an audit entry records only what it touched), so it is unchanged, never "removed". With no
 * `before` at all every recorded field is new; with no `after` every field was removed.
 */
export function describeChanges(before: Json, after: Json, vocabulary: ChangeVocabulary): FieldChange[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  const beforeFields = flattenSnapshot(before);
  const afterFields = flattenSnapshot(after);
  const keys = [...new Set([...Object.keys(beforeFields), ...Object.keys(afterFields)])]
    .filter((key) => !bookkeepingFields.has(key))
    .map((key, index) => ({ key, index }))
    .sort((a, b) => rankOf(a.key) - rankOf(b.key) || a.index - b.index)
    .map(({ key }) => key);
  return keys.map((key) => {
    const label = vocabulary.label(key);
    if (secretKey.test(key)) {
      return { key, label, before: absent, after: absent, isChanged: false };
    }
    const inBefore = key in beforeFields;
    const inAfter = key in afterFields;
    const beforeValue = inBefore ? describeValue(key, beforeFields[key], vocabulary) : absent;
    const afterValue = inAfter ? describeValue(key, afterFields[key], vocabulary) : absent;
    let isChanged: boolean;
    if (!hasBefore) isChanged = afterValue.kind !== "empty";
    else if (!hasAfter) isChanged = beforeValue.kind !== "empty";
    else if (!inAfter) isChanged = false;
    else isChanged = !areEqualValues(key, inBefore ? beforeFields[key] : null, afterFields[key]);
    const change: FieldChange = { key, label, before: beforeValue, after: afterValue, isChanged };
    if (
      isChanged &&
      beforeValue.kind === "text" &&
      afterValue.kind === "text" &&
      isProse(key, beforeValue.text, afterValue.text)
    )
      change.words = diffWords(beforeValue.text, afterValue.text);
    return change;
  });
}

/** Readable text for a value of an unknown shape: a key/value list, never raw JSON. */
export function describeUnknown(value: Json): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(describeUnknown).join(", ");
  if (isRecord(value) && typeof value.network === "string" && typeof value.url === "string")
    return `${value.network}: ${value.url}`;
  if (isRecord(value))
    return Object.entries(value)
      .map(([key, inner]) => `${key}: ${describeUnknown(inner)}`)
      .join("; ");
  return String(value);
}
