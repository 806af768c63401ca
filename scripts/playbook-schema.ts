/**
 * Writes assets/playbook.schema.json and assets/managed_schema.json from the
 * zod playbook schema (src/playbook/json-schema.ts). Run after changing the
 * schema: `npm run playbook-schema`. A test fails while the committed files
 * are stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSchemaFiles } from '../src/playbook/json-schema';

const assets = new URL('../assets/', import.meta.url);
for (const [name, text] of Object.entries(renderSchemaFiles())) {
  const path = fileURLToPath(new URL(name, assets));
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
