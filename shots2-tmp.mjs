import { chromium } from "@playwright/test";
const [path, selector, name, width = "1366"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto("http://localhost:3250" + path, { waitUntil: "networkidle" });
await page.waitForTimeout(1500);
await page.locator(selector).first().screenshot({ path: `/tmp/shots/${name}.png` });
await browser.close();
