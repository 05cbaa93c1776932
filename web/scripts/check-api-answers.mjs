#!/usr/bin/env node
// Checks the exchanges the API tests recorded (SAMORDNA_API_RECORD, tests/api/recording_client.hpp) against
// openapi.json: see api-contract.mjs. `make test` runs it after the API tests.
// Usage: node scripts/check-api-answers.mjs OPENAPI.json RECORD.jsonl... [--require-all]
// --require-all also fails when an operation was never answered with success (every route needs an API test).
import { readFileSync } from 'node:fs';
import { checkExchanges } from './api-contract.mjs';

const args = process.argv.slice(2);
const requireAll = args.includes('--require-all');
const [documentFile, ...recordFiles] = args.filter((a) => a !== '--require-all');
if (!documentFile || recordFiles.length === 0) {
  console.error('usage: check-api-answers.mjs OPENAPI.json RECORD.jsonl...');
  process.exit(2);
}
const document = JSON.parse(readFileSync(documentFile, 'utf8'));
const exchanges = recordFiles.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l)),
);
if (exchanges.length === 0) {
  console.error(`no exchanges recorded in ${recordFiles.join(', ')}: did the API tests run with SAMORDNA_API_RECORD?`);
  process.exit(1);
}
const { failures, answered, all } = checkExchanges(document, exchanges);
for (const f of failures) console.error(`✗ ${f}`);
console.log(`API contract: ${exchanges.length} exchanges, ${answered.size} of ${all.length} operations answered with success, ${failures.length} failures`);
const never = all.filter((k) => !answered.has(k));
if (never.length > 0) console.log(`  not answered with success by the API tests:\n    ${never.join('\n    ')}`);
if (failures.length > 0 || (requireAll && never.length > 0)) process.exit(1);
