import { expect, test, type Page } from "@playwright/test";
import { demoStaff, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

// Sample events come from prisma/seed-data/events.ts, at fixed offsets from the day the demo server seeds: an
// upcoming meetup of the sample street photographers a week ahead, and a past food-safety training in which
// the demo owner's "Sari Apel Tlogomas Lestari" took part.
const OWNER = { email: "pemilik@contoh.id", password: "demo-pemilik-ekraf" };
const UPCOMING_MEETUP = "Temu Komunitas Fotografer Jalanan (contoh)";
const PAST_TRAINING = "Pelatihan Keamanan Pangan dan Persiapan SPP-IRT (contoh)";
const PARTICIPANT = { name: "Sari Apel Tlogomas Lestari", path: "/usaha/sari-apel-tlogomas-lestari-contoh" };

const uniqueTitle = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Fills the event form's common fields (labels as in lib/i18n/messages/id/events.json). */
async function fillEventForm(page: Page, event: { type: string; title: string; day: string; venue: string }) {
  await page.getByLabel("Jenis acara").selectOption({ label: event.type });
  await page.getByLabel("Judul (bahasa Indonesia)").fill(event.title);
  await page.getByLabel("Deskripsi (bahasa Indonesia)").fill("Acara uji end-to-end; boleh diabaikan.");
  await page.getByRole("group", { name: "Subsektor terkait" }).getByLabel("Kuliner").check();
  await page.getByLabel("Mulai").fill(`${event.day}T09:00`);
  await page.getByLabel("Selesai").fill(`${event.day}T12:00`);
  await page.getByLabel("Tempat", { exact: true }).fill(event.venue);
}

test.describe("public events", () => {
  test("a visitor filters by type, opens an event and downloads the calendar", async ({ page, request }) => {
    await page.goto("/acara");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acara dan pelatihan");
    const filters = page.getByRole("search", { name: "Saring acara" });
    await filters.getByLabel("Jenis acara").selectOption({ label: "Temu komunitas" });
    await filters.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/\/acara\?jenis=temu-komunitas(&|$)/);
    const results = page.getByRole("region", { name: "Acara yang akan datang" });
    const cards = results.getByRole("listitem");
    await expect(cards.first()).toBeVisible();
    for (const card of await cards.all()) await expect(card).toContainText("Temu komunitas");
    // The cancelled sample meetup is not listed.
    await expect(results.getByText("Temu Musisi Independen (contoh)")).toHaveCount(0);
    await expectNoAxeViolations(page);

    await results.getByRole("link", { name: UPCOMING_MEETUP }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(UPCOMING_MEETUP);
    await expect(page.getByRole("main").getByRole("note")).toContainText("bukan acara sungguhan");
    await expect(page.getByRole("main")).toContainText("06.00–10.00 WIB");
    await page.getByRole("link", { name: "Paguyuban Pemotret Jalanan Buring" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paguyuban Pemotret Jalanan Buring");
    await expect(
      page.getByRole("region", { name: "Acara mendatang" }).getByRole("link", { name: UPCOMING_MEETUP }),
    ).toBeVisible();

    const feed = await request.get("/acara.ics");
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const body = await feed.text();
    expect(body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(body).toContain("BEGIN:VEVENT\r\n");
    expect(body).toContain("X-WR-TIMEZONE:Asia/Jakarta\r\n");
    expect(body).toContain(`SUMMARY:${UPCOMING_MEETUP}\r\n`);
    expect(body).not.toContain("Temu Musisi Independen");
    expect(body.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
  });

  test("past training lists its participants, who show it on their profile; English works too", async ({ page }) => {
    await page.goto("/acara?waktu=lalu&jenis=pelatihan");
    const results = page.getByRole("region", { name: "Acara yang sudah lewat" });
    await results.getByRole("link", { name: PAST_TRAINING }).click();
    const participants = page.getByRole("region", { name: "Peserta pelatihan" });
    await expect(participants).toContainText("bukan sertifikat");
    await participants.getByRole("link", { name: PARTICIPANT.name }).click();
    await expect(page).toHaveURL(new RegExp(`${PARTICIPANT.path}$`));
    const training = page.getByRole("region", { name: "Pelatihan yang diikuti" });
    await expect(training.getByRole("link", { name: PAST_TRAINING })).toBeVisible();
    await expect(training).toContainText("ini bukan sertifikat");
    await expect(page.getByRole("region", { name: "Sertifikasi" })).not.toContainText(PAST_TRAINING);

    // The subsector page shows its upcoming events.
    await page.goto("/subsektor/fotografi");
    await expect(
      page.getByRole("region", { name: "Acara terkait" }).getByRole("link", { name: UPCOMING_MEETUP }),
    ).toBeVisible();

    await page.goto("/en/acara?waktu=lalu");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Events and training");
    await expect(page.getByRole("region", { name: "Past events" })).toContainText(
      "Food Safety Training and SPP-IRT Preparation (sample)",
    );
  });
});

test("staff add an event and it is public at once, in the list and the calendar", async ({ page, request }) => {
  const title = uniqueTitle("Pelatihan Uji Staf");
  await signIn(page, demoStaff.email, demoStaff.password);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Menu admin" }).getByRole("link", { name: "Acara" }).click();
  // Under a loaded machine a client navigation can be slow to land; wait for it before the next click.
  await expect(page).toHaveURL(/\/admin\/acara$/, { timeout: 15_000 });
  await page.getByRole("link", { name: "Tambah acara" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tambah acara");

  // A mistake first: the end before the start is refused with the field's message.
  await fillEventForm(page, { type: "Pelatihan", title, day: "2030-06-15", venue: "Aula Uji, Jl. Ijen 1" });
  await page.getByLabel("Nama penyelenggara").fill("Disporapar Kota Malang");
  await page.getByLabel("Selesai").fill("2030-06-15T08:00");
  await page.getByRole("button", { name: "Tambah dan terbitkan" }).click();
  await expect(page.getByText("Waktu selesai harus setelah waktu mulai.")).toBeVisible();
  await expect(page.getByLabel("Judul (bahasa Indonesia)")).toHaveValue(title);
  await expectNoAxeViolations(page);

  await page.getByLabel("Selesai").fill("2030-06-15T12:00");
  await page.getByRole("button", { name: "Tambah dan terbitkan" }).click();
  await expect(page).toHaveURL(/\/admin\/acara\/\w+\?hasil=dibuat$/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Acara ditambahkan dan terbit.");

  await page.goto("/acara?jenis=pelatihan&subsektor=kuliner");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("main")).toContainText("15 Juni 2030, 09.00–12.00 WIB");
  await expect(page.getByRole("main").getByRole("note")).toHaveCount(0);
  await expectNoAxeViolations(page);

  const body = await (await request.get("/acara.ics")).text();
  expect(body).toContain(`SUMMARY:${title}\r\n`);
  expect(body).toContain("DTSTART:20300615T020000Z\r\n");
});

test("an owner's proposed event stays private until staff approve it", async ({ page, browser }) => {
  const title = uniqueTitle("Temu Usulan Pemilik");
  await signIn(page, OWNER.email, OWNER.password);
  await page.getByRole("link", { name: "Usulkan acara" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Usulkan acara");
  await page.getByLabel("Listing penyelenggara").selectOption({ label: PARTICIPANT.name });
  await fillEventForm(page, { type: "Temu komunitas", title, day: "2030-07-20", venue: "Kedai Uji, Lowokwaru" });
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Kirim usulan" }).click();
  await expect(page).toHaveURL(/\/akun\/acara\/usulkan\?hasil=diusulkan$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Usulan terkirim");
  const mine = page.getByRole("region", { name: "Usulan saya" }).getByRole("listitem").filter({ hasText: title });
  await expect(mine).toContainText("Menunggu tinjauan");

  await page.goto("/acara?jenis=temu-komunitas");
  await expect(page.getByRole("main")).not.toContainText(title);
  expect(await (await page.request.get("/acara.ics")).text()).not.toContain(title);

  // Staff decide in their own session.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, demoStaff.email, demoStaff.password);
  await staff.goto("/admin/acara?status=PENDING_REVIEW");
  await staff.getByRole("link", { name: title }).click();
  await expect(staff.getByRole("region", { name: "Keputusan atas usulan" })).toBeVisible();
  await staff.getByRole("button", { name: "Setujui" }).click();
  await expect(staff.getByRole("main").getByRole("status")).toContainText("Usulan disetujui dan terbit");
  await staff.getByRole("link", { name: /^\/acara\// }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(staff.getByRole("link", { name: PARTICIPANT.name })).toHaveAttribute("href", PARTICIPANT.path);
  await staffContext.close();

  await page.goto("/acara?jenis=temu-komunitas");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto("/akun/acara/usulkan");
  await expect(
    page.getByRole("region", { name: "Usulan saya" }).getByRole("listitem").filter({ hasText: title }),
  ).toContainText("Terbit");
  await page.goto("/kotak-keluar");
  // Emails are written in the recipient's language (the owner uses Indonesian), no longer in both at once.
  await expect(page.getByRole("article", { name: `Acara disetujui: ${title}` })).toContainText(OWNER.email);
});

test("staff record which listings took part in a past training; it shows on the event and the profile", async ({
  page,
}) => {
  const title = uniqueTitle("Bimtek Uji Peserta");
  const participant = { name: "Roti Buring", path: "/usaha/roti-buring-contoh" };
  await signIn(page, demoStaff.email, demoStaff.password);
  await page.goto("/admin/acara/baru");
  await fillEventForm(page, { type: "Bimbingan teknis (bimtek)", title, day: "2025-02-10", venue: "Aula Uji, Sukun" });
  await page.getByLabel("Nama penyelenggara").fill("Disporapar Kota Malang");
  await page.getByRole("button", { name: "Tambah dan terbitkan" }).click();
  await expect(page).toHaveURL(/\?hasil=dibuat$/);

  const participants = page.getByRole("region", { name: "Peserta pelatihan" });
  const search = participants.getByRole("search", { name: "Cari listing peserta" });
  await search.getByLabel("Nama listing").fill(participant.name);
  await search.getByRole("button", { name: "Cari" }).click();
  await page.getByRole("button", { name: `Catat ${participant.name} sebagai peserta` }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Peserta dicatat.");
  await expect(page.getByRole("list", { name: "Peserta tercatat" })).toContainText(participant.name);
  await expectNoAxeViolations(page);
  const adminPath = new URL(page.url()).pathname;

  await page.getByRole("link", { name: /^\/acara\// }).click();
  await expect(
    page.getByRole("region", { name: "Peserta pelatihan" }).getByRole("link", { name: participant.name }),
  ).toBeVisible();
  await page.goto(participant.path);
  await expect(
    page.getByRole("region", { name: "Pelatihan yang diikuti" }).getByRole("link", { name: title }),
  ).toBeVisible();

  // Removed again, it leaves the (cached) profile at once.
  await page.goto(adminPath);
  await page.getByRole("button", { name: `Hapus ${participant.name} dari peserta` }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Catatan peserta dihapus.");
  await page.goto(participant.path);
  await expect(page.getByRole("main")).not.toContainText(title);
});
