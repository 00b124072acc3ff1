// npm run bench:geo — how long the point lookup of a 10,000-row CSV import takes (target: under 2 s), and the
// whole reading and checking of those rows with it. Prints figures; asserts nothing.
import { findKelurahanAt, getMalangAreas } from "@/lib/geo/malang-areas";
import { listingCsvColumns, readListingCsvRecord, type ListingCsvRecord } from "@/lib/listing-csv/columns";
import { readListingCsv } from "@/lib/listing-csv/csv-text";

const ROWS = Number(process.argv[process.argv.indexOf("--rows") + 1]) || 10_000;

// A fixed-seed generator: the same points every run, spread over the city's bounding box and a margin around it.
let state = 20251031;
const random = () => {
  state = (state * 1103515245 + 12345) % 2 ** 31;
  return state / 2 ** 31;
};

const started = performance.now();
const areas = getMalangAreas();
const loadMs = performance.now() - started;
const points = Array.from({ length: ROWS }, () => [112.56 + random() * 0.16, -8.07 + random() * 0.17] as const);

const lookupStarted = performance.now();
let inside = 0;
for (const [lng, lat] of points) if (findKelurahanAt(areas, lng, lat)) inside++;
const lookupMs = performance.now() - lookupStarted;

const header = "kind,slug,status,name_id,summary_id,primary_subsector,latitude,longitude";
const lines = points.map(
  ([lng, lat], index) =>
    `CREATIVE_BUSINESS,usaha-bench-${index},PUBLISHED,Usaha Bench ${index},Usaha kreatif untuk mengukur impor.,kuliner,${lat.toFixed(6)},${lng.toFixed(6)}`,
);
const csvStarted = performance.now();
const file = readListingCsv([header, ...lines].join("\n"), { maxRows: ROWS });
if (!file.ok) throw new Error(`CSV refused: ${JSON.stringify(file.error)}`);
const subsectors = new Map([["kuliner", "subsector-kuliner"]]);
let refused = 0;
const blank = Object.fromEntries(listingCsvColumns.map((column) => [column, ""])) as ListingCsvRecord;
for (const row of file.rows) if (!readListingCsvRecord({ ...blank, ...row.cells }, subsectors).ok) refused++;
const csvMs = performance.now() - csvStarted;

console.log(`boundaries loaded (57 kelurahan, 5 kecamatan): ${loadMs.toFixed(0)} ms`);
console.log(
  `point lookup, ${ROWS} points: ${lookupMs.toFixed(0)} ms (${inside} inside Kota Malang) — target < 2000 ms`,
);
console.log(`CSV read + row checks with the point rule, ${ROWS} rows: ${csvMs.toFixed(0)} ms (${refused} refused)`);
