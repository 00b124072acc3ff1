import type pg from "pg";

/** The tables a restore must bring back exactly: the record of who is listed and certified, and its history. */
export const checkedTables = [
  "Listing",
  "Certification",
  "CertificationStatusChange",
  "AuditLog",
  "StoredFile",
] as const;

export type TableChecksum = { count: number; checksum: string };
export type TableChecksums = Record<string, TableChecksum>;

/**
 * Row count and an MD5 over every row's text form, in id order, per checked table. The session settings that
 * shape the text of timestamps, dates, numbers and bytes are fixed first, so two servers with different
 * defaults agree on identical data. Run inside the backup's snapshot to describe exactly what was dumped.
 */
export async function readTableChecksums(client: pg.ClientBase): Promise<TableChecksums> {
  await client.query(
    `SET TIME ZONE 'UTC'; SET datestyle = 'ISO, YMD'; SET intervalstyle = 'postgres'; ` +
      `SET extra_float_digits = 1; SET bytea_output = 'hex'`,
  );
  const checksums: TableChecksums = {};
  for (const table of checkedTables) {
    const { rows } = await client.query<{ count: number; checksum: string }>(
      `SELECT count(*)::int AS "count",
              md5(coalesce(string_agg(md5(t::text), '' ORDER BY t."id" COLLATE "C"), '')) AS "checksum"
       FROM "${table}" t`,
    );
    checksums[table] = rows[0]!;
  }
  return checksums;
}

export type ChecksumComparison = { table: string; expected: TableChecksum; actual: TableChecksum | undefined }[];

/** The tables whose count or checksum differ (empty when the restore is identical). */
export function compareTableChecksums(expected: TableChecksums, actual: TableChecksums): ChecksumComparison {
  return Object.entries(expected)
    .filter(([table, want]) => actual[table]?.count !== want.count || actual[table]?.checksum !== want.checksum)
    .map(([table, want]) => ({ table, expected: want, actual: actual[table] }));
}
