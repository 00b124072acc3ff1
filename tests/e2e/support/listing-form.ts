import { expect, type Page } from "@playwright/test";

/**
 * Submits the "add a listing" form and waits for the confirmation. Names made up by a test may look like an
 * existing listing's; the form then lists those and asks to confirm, which this does.
 */
export async function submitNewListing(page: Page) {
  const notDuplicate = page.getByLabel("Saya sudah memeriksa: listing saya belum ada di daftar ini.");
  const submitted = page.getByRole("main").getByRole("status");
  await page.getByRole("button", { name: "Ajukan listing" }).click();
  await expect(submitted.or(notDuplicate)).toBeVisible();
  if (await notDuplicate.isVisible()) {
    await notDuplicate.check();
    await page.getByRole("button", { name: "Ajukan listing" }).click();
  }
  await expect(submitted).toContainText("sudah diajukan");
}
