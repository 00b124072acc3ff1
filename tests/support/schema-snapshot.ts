import pg from "pg";

/** Tables, columns, enums, constraints and indexes of the public schema (not functions or triggers). */
export async function snapshotSchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows = async (sql: string) => (await client.query(sql)).rows.map((row) => Object.values(row).join(" | "));
  try {
    return {
      columns: await rows(`
        SELECT table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, '')
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY 1, 2`),
      enums: await rows(`
        SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
        FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
        GROUP BY t.typname ORDER BY 1`),
      constraints: await rows(`
        SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
        FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
        ORDER BY 1, 2`),
      // Storage parameters (`WITH (fastupdate=off)`) are left out: Prisma's schema does not model them, and
      // `prisma migrate diff` on a server ignores them too (the search index sets one in SQL, decision 002).
      indexes: await rows(`
        SELECT indexname, regexp_replace(indexdef, ' WITH \\([^)]*\\)$', '') FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
        ORDER BY 1`),
    };
  } finally {
    await client.end();
  }
}
