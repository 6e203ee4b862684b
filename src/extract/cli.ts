import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { cliConfig } from '../config.js';
import { inputProblems, MAX_TEXT_CHARS, textProblem } from './input.js';
import type { ExtractContext } from './types.js';

/**
 * npm run extract -- FILE.txt --published-on YYYY-MM-DD [--title T] [--publisher P] [--url U]
 *
 * Prints one draft ingest document to stdout, and only that, so that
 * `npm run -s extract -- a.txt --published-on 2024-06-28 > a.json` and then
 * `npm run ingest -- a.json` work. Progress and warnings go to stderr.
 * With NEO4J_URI set, mentions are grounded in that graph. Exits 1 when
 * the text is refused (empty, binary, too long), 2 on bad usage or when
 * the graph named cannot be reached.
 */

const USAGE =
  'usage: npm run extract -- FILE.txt --published-on YYYY-MM-DD [--title TITLE] [--publisher PUBLISHER] [--url URL]\n' +
  '  prints a draft ingest document (JSON) to stdout; set NEO4J_URI to ground it in a graph';

class UsageError extends Error {}
class Refused extends Error {}

function args(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      options: {
        'published-on': { type: 'string' },
        title: { type: 'string' },
        publisher: { type: 'string' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) throw new UsageError('');
    if (positionals.length !== 1)
      throw new UsageError(positionals.length ? 'give one file' : 'give the article’s text file');
    if (!values['published-on']) throw new UsageError('--published-on is required: relative dates resolve against it');
    return {
      file: positionals[0]!,
      publishedOn: values['published-on'],
      title: values.title,
      publisher: values.publisher,
      url: values.url,
    };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError((err as Error).message);
  }
}

async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  // Four bytes per character at most: anything longer is over the limit whatever it holds.
  if (bytes.length > MAX_TEXT_CHARS * 4)
    throw new Refused(`${file}: ${bytes.length} bytes, over the limit of ${MAX_TEXT_CHARS} characters: split the text`);
  if (bytes.includes(0)) throw new Refused(`${file}: looks binary (it holds NUL bytes); give the article’s plain text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refused(`${file}: not valid UTF-8 text; give the article’s plain text, UTF-8 encoded`);
  }
  const problem = textProblem(text);
  if (problem) throw new Refused(`${file}: the text ${problem}`);
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof args>;
  let text: string;
  try {
    options = args(argv);
    const problems = inputProblems({
      text: 'x',
      publishedOn: options.publishedOn,
      url: options.url,
      title: options.title,
      publisher: options.publisher,
    });
    if (problems.length)
      throw new UsageError(
        problems.map((p) => `--${p.field.replace('publishedOn', 'published-on')}: ${p.message}`).join('\n'),
      );
    text = await readText(options.file);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message ? `${err.message}\n` : ''}${USAGE}\n`);
      return 2;
    }
    if (err instanceof Refused) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }

  const config = cliConfig();
  if (!config) return 2;
  // Loaded only once the input is accepted: a refusal answers at once.
  const [{ createDriver, Graph }, { extractorFor }, { GraphGrounding }] = await Promise.all([
    import('../neo4j/graph.js'),
    import('./index.js'),
    import('./resolve.js'),
  ]);

  const context: ExtractContext = {};
  let close = async () => {};
  if (config.NEO4J_URI) {
    const driver = createDriver({
      uri: config.NEO4J_URI,
      username: config.NEO4J_USERNAME,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    });
    close = () => driver.close();
    const graph = new Graph(driver, config.NEO4J_DATABASE);
    if (!(await graph.ping())) {
      await close();
      process.stderr.write(
        `Cannot reach Neo4j at ${config.NEO4J_URI} (database ${config.NEO4J_DATABASE}); unset NEO4J_URI to extract offline.\n`,
      );
      return 2;
    }
    process.stderr.write(`grounding in the graph at ${config.NEO4J_URI}\n`);
    context.grounding = new GraphGrounding(graph);
  } else {
    process.stderr.write('NEO4J_URI is not set: extracting offline, with the built-in gazetteers\n');
  }
  if (config.EXTRACT_LLM_URL && config.EXTRACT_LLM_MODEL)
    process.stderr.write(`asking the model ${config.EXTRACT_LLM_MODEL} at ${config.EXTRACT_LLM_URL}\n`);

  try {
    const started = performance.now();
    const draft = await extractorFor(config).extract(
      { text, publishedOn: options.publishedOn, title: options.title, publisher: options.publisher, url: options.url },
      context,
    );
    const found = draft.entities.filter((e) => !e.isNew).length;
    process.stderr.write(
      `${options.file}: ${draft.entities.length} entities (${found} found in the graph), ${draft.claims.length} claims, in ${(performance.now() - started).toFixed(0)} ms\n`,
    );
    for (const w of draft.warnings) process.stderr.write(`warning: ${w}\n`);
    process.stdout.write(`${JSON.stringify(draft.document, null, 2)}\n`);
    return 0;
  } finally {
    await close();
  }
}

process.exitCode = await main(process.argv.slice(2));
