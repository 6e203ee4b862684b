#!/usr/bin/env node
// The trusted-documents manifest (trusted-documents.json): sha256 hex of each
// document's text → that text, for every operation clients may run by hash
// when TRUSTED_DOCUMENTS_ONLY=true: the contract operations (operations/*.graphql,
// as written) and the Explorer's (as GraphQL Code Generator prints them into
// explorer/src/generated/persisted-documents.json, the text whose hash the
// Explorer sends). `npm run codegen` regenerates both; a test fails when the
// committed manifest is stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const manifestPath = join(root, 'trusted-documents.json');

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** The manifest's text, in a stable order (by hash). */
export function trustedDocumentsManifest() {
  const documents = new Map();
  const contract = join(root, 'operations');
  for (const file of readdirSync(contract)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const text = readFileSync(join(contract, file), 'utf8');
    documents.set(sha256(text), text);
  }
  const explorer = JSON.parse(readFileSync(join(root, 'explorer/src/generated/persisted-documents.json'), 'utf8'));
  for (const [id, text] of Object.entries(explorer)) {
    const hash = id.replace(/^sha256:/, '');
    if (hash !== sha256(text))
      throw new Error(`persisted-documents.json: ${id} is not the sha256 of its text; run npm run codegen`);
    documents.set(hash, text);
  }
  const sorted = Object.fromEntries([...documents].sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = trustedDocumentsManifest();
  writeFileSync(manifestPath, text);
  console.log(`trusted-documents.json: ${Object.keys(JSON.parse(text)).length} documents`);
}
