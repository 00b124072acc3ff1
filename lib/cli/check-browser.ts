// First step of `npm test`: the browser tests need Debian's chromium; say so in one line before anything else.
import fs from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(`Browser tests need Debian's chromium at ${chromium}: install it with "apt-get install -y chromium".`);
  process.exit(1);
}
