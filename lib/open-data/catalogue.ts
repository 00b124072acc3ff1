import { openCollaborationPostSchema } from "@/lib/collaboration/open-data-schema";
import { openCertificationSchema, openEventSchema, openListingDetailSchema, openSubsectorSchema } from "./schemas";

// What /data lists: the downloadable datasets and, per object, its fields — read from the response schemas, so a
// field added to the API appears in the documentation (and the messages test asks for its definition).

export const openDataDatasets = [
  { key: "listings", path: "/api/v1/listings" },
  { key: "subsectors", path: "/api/v1/subsectors" },
  { key: "certifications", path: "/api/v1/certifications" },
  { key: "events", path: "/api/v1/events" },
  { key: "collaboration", path: "/api/v1/collaboration" },
] as const;

export const openDataFieldGroups = [
  { key: "listing", dataset: "listings", fields: Object.keys(openListingDetailSchema.shape) },
  { key: "subsector", dataset: "subsectors", fields: Object.keys(openSubsectorSchema.shape) },
  { key: "certification", dataset: "certifications", fields: Object.keys(openCertificationSchema.shape) },
  { key: "event", dataset: "events", fields: Object.keys(openEventSchema.shape) },
  { key: "collaborationPost", dataset: "collaboration", fields: Object.keys(openCollaborationPostSchema.shape) },
] as const;
