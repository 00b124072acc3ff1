import "server-only";
import { publicReadPrisma } from "@/lib/db/client";
import { publicPostWhere } from "@/lib/collaboration/visibility";
import type { DatasetDates, DatasetKey } from "./dataset-records";

// Dates of the public rows only (published listings, public certificates, published events, visible posts): the
// catalogue describes what the downloads hold, nothing more.

export async function readDatasetDates(): Promise<Record<DatasetKey, DatasetDates>> {
  const [listings, subsectors, certifications, events, collaboration] = await Promise.all([
    publicReadPrisma.listing.aggregate({
      where: { status: "PUBLISHED" },
      _min: { publishedAt: true, createdAt: true },
      _max: { publishedAt: true, createdAt: true, updatedAt: true },
    }),
    publicReadPrisma.subsector.aggregate({ _min: { createdAt: true }, _max: { createdAt: true, updatedAt: true } }),
    publicReadPrisma.certification.aggregate({
      where: { status: { in: ["CERTIFIED", "REVOKED"] }, listing: { status: "PUBLISHED" } },
      _min: { issuedOn: true },
      _max: { issuedOn: true, updatedAt: true },
    }),
    publicReadPrisma.event.aggregate({
      where: { status: "PUBLISHED" },
      _min: { startsAt: true },
      _max: { endsAt: true, updatedAt: true },
    }),
    publicReadPrisma.collaborationPost.aggregate({
      where: publicPostWhere(),
      _min: { createdAt: true },
      _max: { createdAt: true, updatedAt: true },
    }),
  ]);
  return {
    listings: {
      // Rows imported or seeded as published may carry no publication date; their recording date stands in.
      earliest: listings._min.publishedAt ?? listings._min.createdAt,
      latest: listings._max.publishedAt ?? listings._max.createdAt,
      modified: listings._max.updatedAt,
    },
    subsectors: {
      earliest: subsectors._min.createdAt,
      latest: subsectors._max.createdAt,
      modified: subsectors._max.updatedAt,
    },
    certifications: {
      earliest: certifications._min.issuedOn,
      latest: certifications._max.issuedOn,
      modified: certifications._max.updatedAt,
    },
    events: { earliest: events._min.startsAt, latest: events._max.endsAt, modified: events._max.updatedAt },
    collaboration: {
      earliest: collaboration._min.createdAt,
      latest: collaboration._max.createdAt,
      modified: collaboration._max.updatedAt,
    },
  };
}
