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
      },
    },
  };
}
