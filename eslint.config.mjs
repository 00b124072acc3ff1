import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    ".cache/**",
    "screenshots/**",
    "lib/generated/**",
    "node_modules/**",
    "playwright-report/**",
    "test-results/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
      // The production server's page cache is purged through this wrapper (docs/decisions/008).
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/cache",
              importNames: ["revalidatePath"],
              message: "Use revalidatePath from @/lib/cache/revalidate-pages: it also purges the page cache.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/cache/revalidate-pages.ts"],
    rules: { "no-restricted-imports": "off" },
  },
]);
