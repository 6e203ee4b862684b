import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IngestDocument } from '../../../src/ingest/document.js';
import { seedDir } from '../../../src/seed.js';
import { RulesExtractor } from '../../../src/extract/rules.js';
import { corpusDir, loadCorpus, referenceOf } from './reference.js';
import { formatCorpus, formatScore } from './report.js';
import { score } from './score.js';

/**
 * npm run extract:score [-- CURATED.json] [--corpus DIR] [--no-held-out] [--show-held-out] [--entities]
 *
 * Runs the rule-based extractor, offline, and scores its drafts against
 * what an analyst recorded: the seed article's text against its curated
 * document (or the curated document given), then each text of the corpus
 * (tests/extract/corpus unless --corpus names another folder). Held-out
 * texts are scored in totals only; `--show-held-out` also prints their
 * rows and failures, `--no-held-out` leaves them unread. `--entities` lists,
 * below each text's claim failures, the recorded entities its draft does
 * not name (type, key and name; a transfer's ends, an event's category and
 * date), so that what entity recall misses can be read text by text.
 */

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]) {
  const args = argv.filter((a) => a !== '--');
  const dir = resolve(option(args, '--corpus') ?? corpusDir);
  const withHeldOut = !args.includes('--no-held-out');
  const showHeldOut = args.includes('--show-held-out');
  const showEntities = args.includes('--entities');
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--corpus');
  const file = resolve(positional[0] ?? `${seedDir}/000_53f6e0b8b575f843.json`);
  const extractor = new RulesExtractor();

  const curated = JSON.parse(readFileSync(file, 'utf8')) as IngestDocument;
  const source = curated.sources[0]!;
  if (!source.text) throw new Error(`${file}: its first source has no text to extract from`);
  const started = performance.now();
  const draft = await extractor.extract(
    {
      text: source.text,
      title: source.title,
      publisher: source.publisher,
      publishedOn: source.publishedOn,
      url: source.url,
    },
    {},
  );
  const ms = performance.now() - started;
  process.stdout.write(formatScore(score(draft, referenceOf(curated)), file, showEntities));
  process.stdout.write(
    `\nExtraction took ${ms.toFixed(0)} ms for ${source.text.length} characters (offline, first run in this process).\n\n`,
  );

  const results = [];
  for (const text of loadCorpus(dir).filter((t) => withHeldOut || !t.heldOut)) {
    results.push({ text, score: score(await extractor.extract(text.input, {}), text.reference) });
  }
  process.stdout.write(formatCorpus(dir, results, showHeldOut, showEntities));
  if (!withHeldOut) process.stdout.write('Held-out texts left out (--no-held-out).\n');
}

await main(process.argv.slice(2));
