import type { TestProject } from "vitest/node";
import { createTemplate, dropTemplate, type TemplateReference } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: TemplateReference;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const template = await createTemplate();
  console.log(`[test-db] migrated ${template.kind} template in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("databaseTemplate", template);
  return async () => {
    await dropTemplate(template);
  };
}
