import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import auditId from "@/lib/i18n/messages/id/admin-audit.json";
import auditEn from "@/lib/i18n/messages/en/admin-audit.json";

const libRoot = path.resolve(import.meta.dirname, "..");

/** Every "entity.verb" literal in the code that writes audit entries: the actions the audit view must name. */
function findAuditActions(): string[] {
  const actions = new Set<string>();
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated") visit(full);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(full, "utf8");
        if (!source.includes("recordAudit(") && !source.includes("auditLog.create")) continue;
        for (const match of source.matchAll(/"([a-z][a-zA-Z]*\.[a-z][a-zA-Z]*)"/g)) actions.add(match[1]!);
      }
    }
  };
  visit(libRoot);
  return [...actions].sort();
}

describe("audit action labels", () => {
  it("name every action the code records, in both languages", () => {
    const actions = findAuditActions();
    expect(actions.length).toBeGreaterThan(60);
    const keyOf = (action: string) => action.replace(/\./g, "_");
    const labels = { id: auditId.AdminAudit.actions, en: auditEn.AdminAudit.actions } as const;
    for (const [language, named] of Object.entries(labels)) {
      const missing = actions.filter((action) => !(keyOf(action) in named));
      expect(missing, `actions without a label in ${language}`).toEqual([]);
    }
  });
});
