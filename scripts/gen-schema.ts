/** Writes schema/report.schema.json from the format data (`npm run gen:schema`). A test fails when the file is stale. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderReportSchema } from '../src/output/schema.js';

const target = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));
writeFileSync(target, renderReportSchema());
console.log(`wrote ${target}`);
