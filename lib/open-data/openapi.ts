import { z } from "zod";
import {
  certificationsQuerySchema,
  eventsQuerySchema,
  formatOnlyQuerySchema,
  listingsQuerySchema,
  listOf,
  oneOf,
  openCertificationSchema,
  openDataErrorSchema,
  openEventSchema,
  openListingDetailSchema,
  openListingSchema,
  openSubsectorSchema,
  pageOf,
} from "./schemas";
import { ATTRIBUTION, LICENCE_URL } from "./serialize";
import { collaborationQuerySchema, openCollaborationPostSchema } from "@/lib/collaboration/open-data-schema";
import { organizationListQuerySchema, packageSearchQuerySchema, packageShowQuerySchema } from "./ckan";

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers parse and serialize with.
// OpenAPI 3.1 uses JSON Schema 2020-12, which is what zod emits.

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const jsonSchema = z.toJSONSchema(schema, { io, target: "draft-2020-12" }) as JsonSchema;
  // The dialect is the document's (OpenAPI 3.1 = JSON Schema 2020-12), not repeated in every schema.
  delete jsonSchema.$schema;
  return jsonSchema;
}

function queryParameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = toSchema(field as z.ZodType, "input");
    const { description, ...rest } = fieldSchema;
    return { name, in: "query", required: false, description, schema: rest };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const errorResponses = {
  "400": {
    description: "A query parameter was refused; `error.parameter` names it.",
    content: { "application/json": { schema: ref("Error") } },
  },
  "429": {
    description: "Too many requests from this client; wait the seconds in Retry-After.",
    headers: { "Retry-After": { schema: { type: "integer" } } },
    content: { "application/json": { schema: ref("Error") } },
  },
};

const cachingHeaders = {
  ETag: { description: "A validator of the body; send it back in If-None-Match.", schema: { type: "string" } },
  "Cache-Control": { description: "public, max-age=300", schema: { type: "string" } },
};

const notModified = {
  "304": { description: "Not modified: the body matches If-None-Match.", headers: cachingHeaders },
};

function listOperation(options: {
  summary: string;
  description: string;
  operationId: string;
  query: z.ZodObject;
  body: string;
  hasCsv: boolean;
  tag: string;
}) {
  return {
    get: {
      summary: options.summary,
      description: options.description,
      operationId: options.operationId,
      tags: [options.tag],
      parameters: queryParameters(options.query),
      responses: {
        "200": {
          description: "OK",
          headers: cachingHeaders,
          content: {
            "application/json": { schema: ref(options.body) },
            ...(options.hasCsv ? { "text/csv": { schema: { type: "string" } } } : {}),
          },
        },
        ...notModified,
        ...errorResponses,
      },
    },
  };
}

const ckanErrors = {
  "400": {
    description: "Unknown action (CKAN's `Bad Request`).",
    content: { "application/json": { schema: ref("CkanError") } },
  },
  "409": {
    description: "A parameter was refused (CKAN's `Validation Error`; the error names the parameter).",
    content: { "application/json": { schema: ref("CkanError") } },
  },
  "429": {
    description: "Too many requests from this client; wait the seconds in Retry-After.",
    headers: { "Retry-After": { schema: { type: "integer" } } },
    content: { "application/json": { schema: ref("CkanError") } },
  },
};

/** The CKAN action API's envelope around a result. */
const ckanAnswer = (result: JsonSchema) => ({
  type: "object",
  required: ["help", "success", "result"],
  properties: { help: { type: "string", format: "uri" }, success: { const: true }, result },
});

function ckanOperation(options: {
  siteUrl: string;
  summary: string;
  description: string;
  operationId: string;
  query?: z.ZodObject;
  result: JsonSchema;
  notFound?: boolean;
}) {
  return {
    // CKAN's paths live under /api/3/action, beside (not under) /api/v1.
    servers: [{ url: `${options.siteUrl}/api/3/action` }],
    get: {
      summary: options.summary,
      description: options.description,
      operationId: options.operationId,
      tags: ["ckan"],
      parameters: options.query ? queryParameters(options.query) : [],
      responses: {
        "200": { description: "OK", content: { "application/json": { schema: ckanAnswer(options.result) } } },
        ...(options.notFound
          ? {
              "404": {
                description: "No dataset has this name (CKAN's `Not Found Error`).",
                content: { "application/json": { schema: ref("CkanError") } },
              },
            }
          : {}),
        ...ckanErrors,
      },
    },
  };
}

function ckanPaths(siteUrl: string) {
  const paths = {
    "/package_list": ckanOperation({
      summary: "CKAN: names of every dataset",
      description: "CKAN action API `package_list`: the names of the datasets listed on /data.",
      operationId: "ckanPackageList",
      siteUrl,
      result: { type: "array", items: { type: "string" } },
    }),
    "/package_show": ckanOperation({
      summary: "CKAN: one dataset",
      description:
        "CKAN action API `package_show`: a dataset with its resources (CSV and JSON downloads), licence, " +
        "organisation and extras (Kemendagri area code, temporal coverage, English title and notes).",
      operationId: "ckanPackageShow",
      siteUrl,
      query: packageShowQuerySchema,
      result: ref("CkanPackage"),
      notFound: true,
    }),
    "/package_search": ckanOperation({
      summary: "CKAN: search datasets",
      description:
        "CKAN action API `package_search`: `count` matching datasets and `results`, paged with `rows` and " +
        "`start` as harvesters (ckanext-harvest) page. Other Solr parameters (fq, sort, facet) are ignored.",
      operationId: "ckanPackageSearch",
      siteUrl,
      query: packageSearchQuerySchema,
      result: {
        type: "object",
        required: ["count", "results"],
        properties: { count: { type: "integer" }, results: { type: "array", items: ref("CkanPackage") } },
      },
    }),
    "/organization_list": ckanOperation({
      summary: "CKAN: the publishing organisation",
      description: "CKAN action API `organization_list`: Disporapar Kota Malang, by name or (all_fields) as an object.",
      operationId: "ckanOrganizationList",
      siteUrl,
      query: organizationListQuerySchema,
      result: { type: "array", items: { oneOf: [{ type: "string" }, { type: "object" }] } },
    }),
  };
  return paths;
}

export function buildOpenApiDocument(siteUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Portal Ekonomi Kreatif Kota Malang — open data API",
      version: "1.0.0",
      description:
        "Public, published data of the creative economy directory of Kota Malang: listings, subsectors, " +
        "certificates and events. Only public fields of published rows. Anonymous; CORS open for GET; " +
        "rate-limited per client; responses carry ETag and Cache-Control (5 minutes). " +
        "Text values are as entered by the listings' managers and reviewed by staff. " +
        `Licence: CC BY 4.0 — attribute "${ATTRIBUTION}".`,
      license: { name: "CC BY 4.0", url: LICENCE_URL },
    },
    servers: [{ url: `${siteUrl}/api/v1` }],
    externalDocs: { description: "Field definitions and downloads", url: `${siteUrl}/data` },
    paths: {
      "/listings": listOperation({
        summary: "Published listings",
        description:
          "Paginated, with the directory's filters. With format=csv every matching row (at most 10,000) is " +
          "returned as CSV and `hal`/`per` are ignored.",
        operationId: "listListings",
        query: listingsQuerySchema,
        body: "ListingPage",
        hasCsv: true,
        tag: "listings",
      }),
      "/listings/{slug}": {
        get: {
          summary: "One published listing",
          operationId: "getListing",
          tags: ["listings"],
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": {
              description: "OK",
              headers: cachingHeaders,
              content: { "application/json": { schema: ref("ListingDocument") } },
            },
            ...notModified,
            "404": {
              description: "No published listing has this slug.",
              content: { "application/json": { schema: ref("Error") } },
            },
            "429": errorResponses["429"],
          },
        },
      },
      "/subsectors": listOperation({
        summary: "The 17 creative subsectors",
        description: "All subsectors in the city's order.",
        operationId: "listSubsectors",
        query: formatOnlyQuerySchema,
        body: "SubsectorList",
        hasCsv: true,
        tag: "reference",
      }),
      "/certifications": listOperation({
        summary: "Certificates of published listings",
        description:
          "Valid, expired and revoked certificates (applications, reviews and rejections are never public). " +
          "With format=csv every matching row (at most 10,000).",
        operationId: "listCertifications",
        query: certificationsQuerySchema,
        body: "CertificationPage",
        hasCsv: true,
        tag: "certifications",
      }),
      "/events": listOperation({
        summary: "Published events",
        description:
          "Training, bimtek, festivals, meetups, exhibitions and calls. With format=csv every matching row " +
          "(at most 10,000).",
        operationId: "listEvents",
        query: eventsQuerySchema,
        body: "EventPage",
        hasCsv: true,
        tag: "events",
      }),
      "/collaboration": listOperation({
        summary: "Public needs and offers of the collaboration board",
        description:
          "Posts of published listings, open or closed; never hidden posts, their authors, responses or contacts. " +
          "With format=csv every matching row (at most 10,000).",
        operationId: "listCollaborationPosts",
        query: collaborationQuerySchema,
        body: "CollaborationPostPage",
        hasCsv: true,
        tag: "collaboration",
      }),
      ...ckanPaths(siteUrl),
      "/openapi.json": {
        get: {
          summary: "This document",
          operationId: "getOpenApi",
          tags: ["reference"],
          responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    components: {
      schemas: {
        Listing: toSchema(openListingSchema, "output"),
        ListingDetail: toSchema(openListingDetailSchema, "output"),
        Subsector: toSchema(openSubsectorSchema, "output"),
        Certification: toSchema(openCertificationSchema, "output"),
        Event: toSchema(openEventSchema, "output"),
        ListingPage: toSchema(pageOf(openListingSchema), "output"),
        ListingDocument: toSchema(oneOf(openListingDetailSchema), "output"),
        SubsectorList: toSchema(listOf(openSubsectorSchema), "output"),
        CertificationPage: toSchema(pageOf(openCertificationSchema), "output"),
        EventPage: toSchema(pageOf(openEventSchema), "output"),
        CollaborationPost: toSchema(openCollaborationPostSchema, "output"),
        CollaborationPostPage: toSchema(pageOf(openCollaborationPostSchema), "output"),
        Error: toSchema(openDataErrorSchema, "output"),
        CkanError: {
          type: "object",
          required: ["help", "success", "error"],
          properties: {
            help: { type: "string" },
            success: { const: false },
            error: {
              type: "object",
              required: ["__type", "message"],
              properties: { __type: { type: "string" }, message: { type: "string" } },
              additionalProperties: { type: "array", items: { type: "string" } },
            },
          },
        },
        CkanPackage: {
          type: "object",
          description: "A CKAN package (dataset) dictionary, as CKAN 2.x returns it.",
          required: ["id", "name", "title", "notes", "license_id", "owner_org", "resources", "metadata_modified"],
          properties: {
            id: { type: "string" },
            name: { type: "string" },
            title: { type: "string" },
            notes: { type: "string" },
            license_id: { type: "string" },
            license_url: { type: "string" },
            owner_org: { type: "string" },
            metadata_modified: { type: ["string", "null"] },
            tags: { type: "array", items: { type: "object", properties: { name: { type: "string" } } } },
            extras: {
              type: "array",
              items: { type: "object", properties: { key: { type: "string" }, value: { type: "string" } } },
            },
            resources: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  id: { type: "string" },
                  name: { type: "string" },
                  format: { type: "string" },
                  mimetype: { type: "string" },
                  url: { type: "string", format: "uri" },
                },
              },
            },
          },
        },
      },
    },
  };
}
