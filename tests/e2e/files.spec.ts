import { expect, test } from "@playwright/test";

// Uploaded files are served by /api/files/<id>; one that does not exist, or that the visitor may not read, is a
// plain 404 that no cache keeps.
test.describe("uploaded files", () => {
  test("an unknown or malformed file id is a 404 that is not cached", async ({ request }) => {
    for (const id of ["clunknownfile000000000000", "..%2F..%2Fpackage.json", "x".repeat(200)]) {
      const response = await request.get(`/api/files/${id}`);
      expect(response.status()).toBe(404);
      expect(response.headers()["cache-control"]).toBe("private, no-store");
    }
  });
});
