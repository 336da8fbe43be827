import type { TestProject } from 'vitest/node';
import { createTestTemplate, dropTestTemplate, type TestTemplate } from '../testing.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: TestTemplate;
  }
}

/** One migrated, seeded template per run; each test file copies it. */
export default async function setup(project: TestProject) {
  const template = await createTestTemplate();
  project.provide('dbTemplate', template);
  return () => dropTestTemplate(template);
}
