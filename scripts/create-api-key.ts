import { generateApiKey } from '../src/http/auth.js';
import { isRole } from '../src/roles.js';

/**
 * npm run create-key -- NAME [ROLE]
 *
 * Makes a random API key and prints it with the API_KEYS entry that lets it
 * in. The entry holds only the key's SHA-256, so the server's configuration
 * never contains the key itself: hand the key to its user, put the entry in
 * API_KEYS, and keep the key nowhere else. ROLE is reader, editor (the
 * default) or admin; NAME is recorded as `updatedBy` on what the key writes.
 */
const args = process.argv.slice(2).filter((a) => a !== '--');
const [name, role = 'editor'] = args;
if (!name || args.length > 2 || name.startsWith('-') || !isRole(role)) {
  process.stderr.write('usage: npm run create-key -- NAME [reader|editor|admin]   (role defaults to editor)\n');
  process.exit(2);
}

let made: { key: string; entry: string };
try {
  made = generateApiKey(name, role);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(2);
}

process.stdout.write(
  `API key for "${name}" (role ${role}). It is shown only this once; the server keeps only its hash.\n\n` +
    `  ${made.key}\n\n` +
    'Add this entry to API_KEYS (entries are comma-separated) and restart the server:\n\n' +
    `  API_KEYS="${made.entry}"\n\n` +
    `Clients send the key as:  Authorization: Bearer ${made.key}\n`,
);
