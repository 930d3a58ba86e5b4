/** Writes the JSON Schema of the extraction result next to the build, for the package's `./schema.json` export. */
import fs from 'node:fs';
import { resultJsonSchema } from '../src/schema/index.js';

const schema = { $id: 'https://unpkg.com/zh-claims/dist/zh-claims.schema.json', title: 'zh-claims extraction result', ...resultJsonSchema() };
fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/zh-claims.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log('wrote dist/zh-claims.schema.json');
