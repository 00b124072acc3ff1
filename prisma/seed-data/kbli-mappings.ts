// A few KBLI → subsector pairings as examples for staff (decision 017). They are the portal's own reading, not an
// official table, and say so; staff edit or delete them at /admin/referensi-data.
const PROVENANCE =
  "Contoh buatan portal (bukan tabel resmi BPS/Kemenparekraf): judul KBLI 2020 dicocokkan dengan nama subsektor. Periksa sebelum dipakai untuk laporan.";

export const kbliMappings = [
  { version: 2020, code: "58110", title: "Penerbitan Buku", subsectorSlug: "penerbitan" },
  { version: 2020, code: "56101", title: "Restoran", subsectorSlug: "kuliner" },
  { version: 2020, code: "62019", title: "Aktivitas Pemrograman Komputer Lainnya", subsectorSlug: "aplikasi" },
].map((mapping) => ({ ...mapping, provenance: PROVENANCE }));
