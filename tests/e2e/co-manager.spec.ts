import { expect, test } from "@playwright/test";
import { signIn, signUpVerifyAndSignIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

const OWNER = { email: "pemilik@contoh.id", password: "demo-pemilik-ekraf" };

test("an owner invites a new person to co-manage a listing; they accept and see it in their account", async ({
  page,
  browser,
}) => {
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  const { email } = await signUpVerifyAndSignIn(invitee, "Rekan Pengelola");

  await signIn(page, OWNER.email, OWNER.password);
  const listing = page.getByRole("region", { name: "Listing yang saya kelola" }).getByRole("listitem").first();
  await listing.getByRole("link", { name: /^Pengelola: / }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^Pengelola /);
  const listingName = ((await heading.textContent()) ?? "").replace(/^Pengelola /, "");
  await page.getByLabel("Email orang yang diundang").fill(email);
  await page.getByRole("button", { name: "Kirim undangan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    `Undangan terkirim ke ${email}. Tautannya berlaku 7 hari.`,
  );
  await expect(page.getByRole("region", { name: "Undangan yang menunggu" })).toContainText(email);

  await invitee.goto("/kotak-keluar");
  const message = invitee.getByRole("article", { name: /Undangan mengelola/ }).filter({ hasText: email });
  const link = /https?:\/\/\S+undangan\?token=[\w-]+/.exec((await message.textContent()) ?? "")?.[0];
  expect(link).toBeTruthy();
  await invitee.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(invitee.getByRole("main")).toContainText(listingName);
  await invitee.getByRole("button", { name: "Terima undangan" }).click();
  await expect(invitee.getByRole("main").getByRole("status")).toHaveText(
    `Undangan diterima. Anda sekarang ikut mengelola ${listingName}.`,
  );
  await expect(invitee.getByRole("region", { name: "Pengelola saat ini" })).toContainText(OWNER.email);

  await invitee.goto("/akun");
  const inviteeListings = invitee.getByRole("region", { name: "Listing yang saya kelola" });
  await expect(inviteeListings).toContainText(listingName);

  // The link works once; the owner's list of pending invitations is empty again.
  await invitee.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(invitee.getByRole("main").getByRole("alert")).toHaveText("Undangan ini sudah dipakai.");
  await page.reload();
  await expect(page.getByRole("region", { name: "Undangan yang menunggu" })).toContainText(
    "Tidak ada undangan yang menunggu.",
  );

  // A co-manager may leave; the listing disappears from their account.
  await invitee.goto("/akun");
  await inviteeListings.getByRole("link", { name: `Pengelola: ${listingName}` }).click();
  await invitee.getByRole("button", { name: `Berhenti mengelola ${listingName}` }).click();
  await expect(invitee).toHaveURL(/\/akun$/);
  await expect(invitee.getByText("Anda belum mengelola listing apa pun.")).toBeVisible();
  await inviteeContext.close();
});

test("the last manager cannot leave, and someone who does not manage a listing cannot open its managers", async ({
  page,
  browser,
}) => {
  await signIn(page, OWNER.email, OWNER.password);
  // The demo owner is the only manager of their second listing.
  const listing = page.getByRole("region", { name: "Listing yang saya kelola" }).getByRole("listitem").nth(1);
  const managersLink = listing.getByRole("link", { name: /^Pengelola: / });
  const managersPath = await managersLink.getAttribute("href");
  await managersLink.click();
  await expect(page.getByRole("main")).toContainText("Anda satu-satunya pengelola listing ini.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /^Berhenti mengelola / }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Anda pengelola terakhir, jadi tidak dapat berhenti. Undang pengelola lain, atau minta staf Disporapar memindahkan pengelolaan listing ini.",
  );
  await page.goto("/akun");
  await expect(page.getByRole("region", { name: "Listing yang saya kelola" }).getByRole("listitem")).toHaveCount(2);

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signUpVerifyAndSignIn(stranger, "Bukan Pengelola");
  const response = await stranger.goto(managersPath!);
  expect(response?.status()).toBe(404);
  await strangerContext.close();
});
