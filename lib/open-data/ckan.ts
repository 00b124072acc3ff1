import { z } from "zod";
import { KOTA_MALANG_AREA, LICENCE, PUBLISHER, type DatasetRecord } from "./dataset-records";

// The read actions of CKAN's action API (docs.ckan.org, "API guide") over the same dataset records as the DCAT
// catalogue, so regional Satu Data portals (most run CKAN) and ckanext-harvest's CKAN harvester can take the
// portal in as if it were another CKAN. Answers and errors are shaped as CKAN shapes them.

export const ckanActions = ["package_list", "package_show", "package_search", "organization_list"] as const;
export type CkanAction = (typeof ckanActions)[number];

export const CKAN_MAX_ROWS = 1000;

export const packageShowQuerySchema = z.object({
  id: z.string().trim().min(1, { error: "Missing value" }).max(200).describe("The dataset's name or id."),
});

export const packageSearchQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe("Words to find in name, title, description or tags."),
  rows: z.coerce
    .number({ error: "Invalid integer" })
    .int({ error: "Invalid integer" })
    .min(0, { error: "Must be a natural number" })
    .max(CKAN_MAX_ROWS, { error: `Must be at most ${CKAN_MAX_ROWS}` })
    .default(10)
    .describe(`Datasets per answer, 0–${CKAN_MAX_ROWS} (CKAN's default 10).`),
  start: z.coerce
    .number({ error: "Invalid integer" })
    .int({ error: "Invalid integer" })
    .min(0, { error: "Must be a natural number" })
    .max(1_000_000, { error: "Must be at most 1000000" })
    .default(0)
    .describe("How many matching datasets to skip (paging: 0, rows, 2·rows, …)."),
});

export const organizationListQuerySchema = z.object({
  all_fields: z
    .enum(["true", "false", "True", "False", "1", "0"])
    .optional()
    .describe("`true`: organisations as objects rather than names."),
});

const ORGANIZATION_ID = PUBLISHER.slug;

export function ckanOrganization(siteUrl: string) {
  return {
    id: ORGANIZATION_ID,
    name: ORGANIZATION_ID,
    title: PUBLISHER.shortName,
    display_name: PUBLISHER.shortName,
    description: `${PUBLISHER.nameIndonesian} (${PUBLISHER.nameEn}).`,
    image_url: "",
    type: "organization",
    is_organization: true,
    state: "active",
    approval_status: "approved",
    created: "2026-01-01T00:00:00",
    url: `${siteUrl}/data`,
  };
}

/** CKAN's timestamps: ISO 8601 without zone, UTC. */
const ckanTime = (iso: string | null) => (iso ? iso.replace(/Z$/, "").replace(/\.\d+$/, (ms) => `${ms}000`) : null);

export function toCkanPackage(record: DatasetRecord, siteUrl: string) {
  const modified = ckanTime(record.modified);
  const organization = ckanOrganization(siteUrl);
  const tags = [...record.keywords.id, ...record.keywords.en].map((name) => ({
    name,
    display_name: name,
    id: name,
    state: "active",
    vocabulary_id: null,
  }));
  return {
    id: record.name,
    name: record.name,
    type: "dataset",
    state: "active",
    private: false,
    title: record.title.id,
    notes: `${record.description.id}\n\n${record.description.en}`,
    url: record.landingPage,
    author: PUBLISHER.shortName,
    maintainer: PUBLISHER.shortName,
    license_id: LICENCE.ckanId,
    license_title: LICENCE.title,
    license_url: LICENCE.url,
    isopen: true,
    metadata_created: modified,
    metadata_modified: modified,
    owner_org: ORGANIZATION_ID,
    organization,
    num_resources: record.distributions.length,
    num_tags: tags.length,
    tags,
    groups: [],
    extras: [
      { key: "title_en", value: record.title.en },
      { key: "notes_en", value: record.description.en },
      { key: "uri", value: record.uri },
      { key: "spatial_code_kemendagri", value: KOTA_MALANG_AREA.kemendagriCode },
      { key: "spatial_code_bps", value: KOTA_MALANG_AREA.bpsCode },
      { key: "spatial_text", value: KOTA_MALANG_AREA.name },
      { key: "temporal_start", value: record.temporal?.start ?? "" },
      { key: "temporal_end", value: record.temporal?.end ?? "" },
      { key: "frequency", value: "continuous" },
    ],
    resources: record.distributions.map((distribution, position) => ({
      id: `${record.name}-${distribution.format.toLowerCase()}`,
      package_id: record.name,
      name: distribution.title.id,
      description: distribution.title.en,
      format: distribution.format,
      mimetype: distribution.mediaType,
      url: distribution.downloadUrl,
      url_type: null,
      position,
      state: "active",
      last_modified: modified,
      created: modified,
    })),
  };
}

export type CkanPackage = ReturnType<typeof toCkanPackage>;

/** Every word of `q` must appear in the name, a title, a description or a tag (case-insensitive), as CKAN's q does. */
export function matchesQuery(record: DatasetRecord, q: string | undefined): boolean {
  if (!q || q === "*:*") return true;
  const haystack = [
    record.name,
    record.title.id,
    record.title.en,
    record.description.id,
    record.description.en,
    ...record.keywords.id,
    ...record.keywords.en,
  ]
    .join(" ")
    .toLocaleLowerCase("id");
  return q
    .toLocaleLowerCase("id")
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function searchPackages(records: DatasetRecord[], query: z.infer<typeof packageSearchQuerySchema>) {
  const matching = records
    .filter((record) => matchesQuery(record, query.q))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { count: matching.length, records: matching.slice(query.start, query.start + query.rows) };
}

export type CkanError = { status: 400 | 404 | 409; type: string; message: string; field?: string };

/** CKAN's failure body: `success: false` and an error with its `__type`; a validation error names the field. */
export function ckanErrorBody(help: string, error: CkanError) {
  return {
    help,
    success: false,
    error: {
      __type: error.type,
      message: error.message,
      ...(error.field ? { [error.field]: [error.message] } : {}),
    },
  };
}

export function validationError(issues: readonly { path: PropertyKey[]; message: string }[]): CkanError {
  const field = String(issues[0]?.path[0] ?? "");
  return { status: 409, type: "Validation Error", message: issues[0]?.message ?? "Invalid value", field };
}
