// Runs before each integration test file: gives the file its own database copied from the run's template,
// and points the app's Prisma client at it.
import { afterAll, inject } from "vitest";
import { createDatabaseFromTemplate } from "./test-database";

const database = await createDatabaseFromTemplate(inject("databaseTemplate"));
process.env.DATABASE_URL = database.url;
process.env.DATABASE_EMBEDDED = database.isEmbedded ? "1" : "0";

afterAll(async () => {
  const { getPrisma } = await import("@/lib/db/client");
  await getPrisma().$disconnect();
  await database.drop();
});
