import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export type AxeCheckOptions = {
  /** CSS selectors of the only regions to check; the whole page when absent. */
  include?: string[];
  /** CSS selectors of regions to leave out. */
  exclude?: string[];
  /** "all" also runs axe's best-practice rules; the default runs only the WCAG 2.x A and AA rules. */
  rules?: "wcag" | "all";
  /** "any" also fails on minor and moderate violations; the default fails only on serious and critical ones. */
  impacts?: "serious" | "any";
};

/** Runs axe-core on the current page and fails listing each violation's rule id and targets. */
export async function expectNoAxeViolations(page: Page, options: AxeCheckOptions = {}) {
  // Next streams metadata: under load axe could run before <title> arrived and report "document-title".
  await expect(page).toHaveTitle(/\S/);
  await expect(page.getByRole("main")).toBeVisible();

  const builder = new AxeBuilder({ page });
  if (options.rules !== "all") builder.withTags(wcagTags);
  for (const selector of options.include ?? []) builder.include(selector);
  for (const selector of options.exclude ?? []) builder.exclude(selector);
  const results = await builder.analyze();

  const failing =
    options.impacts === "any"
      ? results.violations
      : results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""));
  expect(
    failing.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
    `axe violations on ${new URL(page.url()).pathname}${new URL(page.url()).search}`,
  ).toEqual([]);
}
