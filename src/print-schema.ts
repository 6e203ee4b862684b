import { writeFileSync } from 'node:fs';
import { printedSchema } from './schema/index.js';

/** npm run schema: rewrites schema/schema.graphql from the Pothos builder. */
const file = new URL('../schema/schema.graphql', import.meta.url);
writeFileSync(file, printedSchema());
console.log(`wrote ${file.pathname}`);
