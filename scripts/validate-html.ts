// `npm run validate:html [-- --url http://localhost:3000]`: every public page type, in both languages, through the
// Nu Html Checker (the jar of npm's vnu-jar package; needs a Java runtime, e.g. Debian's default-jre-headless).
// Prints each page's errors and exits 1 when there is any. Never part of `npm test` (it needs Java, which a fresh
// machine lacks). vnu-jar is not a dependency: its install script downloads a Java runtime from GitHub when none
// is found, and nothing here may download a binary at install. The script fetches the package's tarball with
// `npm pack` (no install scripts run) into .cache/ and uses the jar inside it.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openPortal } from "@/scripts/throwaway-portal";

const { values } = parseArgs({ options: { url: { type: "string" }, port: { type: "string", default: "3394" } } });

if (spawnSync("java", ["-version"]).status !== 0) {
  console.error("The Nu Html Checker needs Java: apt-get install default-jre-headless");
  process.exit(2);
}

const VNU_VERSION = "26.9.27";
const cacheDir = path.join(process.cwd(), ".cache", `vnu-jar-${VNU_VERSION}`);
const vnuJar = path.join(cacheDir, "package", "build", "dist", "vnu.jar");
if (!fs.existsSync(vnuJar)) {
  fs.mkdirSync(cacheDir, { recursive: true });
  const tarball = execFileSync("npm", ["pack", `vnu-jar@${VNU_VERSION}`, "--silent", "--pack-destination", cacheDir], {
    encoding: "utf8",
  }).trim();
  execFileSync("tar", ["-xzf", path.join(cacheDir, tarball), "-C", cacheDir]);
}

const portal = await openPortal(values.url, values.port);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vnu-"));
let errorCount = 0;
try {
  const firstLink = async (listPath: string, prefix: string) => {
    const html = await (await fetch(`${portal.baseUrl}${listPath}`)).text();
    return new RegExp(`href="(${prefix}[^"?#]+)"`).exec(html)?.[1] ?? listPath;
  };
  const profile = await firstLink("/usaha", "/usaha/");
  const subsector = await firstLink("/subsektor", "/subsektor/");
  const event = await firstLink("/acara", "/acara/");
  const paths = [
    "/",
    "/subsektor",
    subsector,
    "/usaha?kecamatan=klojen",
    "/startup",
    profile,
    "/cari?q=kopi",
    "/peta",
    "/acara",
    event,
    "/statistik",
    "/sertifikasi",
    "/data",
    "/kolaborasi",
    "/masuk",
    "/daftar",
    "/privasi",
    "/halaman-yang-tidak-ada",
  ];
  const files: { file: string; url: string }[] = [];
  for (const locale of ["", "/en"]) {
    for (const pagePath of paths) {
      const url = `${portal.baseUrl}${locale}${pagePath === "/" && locale ? "" : pagePath}`;
      const response = await fetch(url);
      const file = path.join(dir, `${files.length}.html`);
      fs.writeFileSync(file, await response.text());
      files.push({ file, url });
    }
  }
  const output = spawnSync("java", ["-jar", vnuJar, "--format", "json", ...files.map((entry) => entry.file)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(output.stderr || "{}") as {
    messages?: { type: string; subType?: string; url?: string; message: string; lastLine?: number }[];
  };
  for (const entry of files) {
    const messages = (report.messages ?? []).filter(
      (message) => message.url?.endsWith(`/${path.basename(entry.file)}`) && message.type === "error",
    );
    errorCount += messages.length;
    console.log(`${messages.length === 0 ? "ok  " : "FAIL"}  ${entry.url.replace(portal.baseUrl, "")}`);
    for (const message of messages) console.log(`        line ${message.lastLine ?? "?"}: ${message.message}`);
  }
  console.log(
    `${files.length} pages, ${errorCount} errors (Nu Html Checker ${execFileSync("java", ["-jar", vnuJar, "--version"], { encoding: "utf8" }).trim()})`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  portal.stop();
}
process.exit(errorCount > 0 ? 1 : 0);
