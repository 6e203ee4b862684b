import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseDocument, type IngestDocument } from '../../src/ingest/document.js';
import { ingestDocument, ingestFiles } from '../../src/ingest/ingest.js';
import { GraphGrounding } from '../../src/extract/resolve.js';
import { RulesExtractor } from '../../src/extract/rules.js';
import { MAX_TEXT_CHARS } from '../../src/extract/input.js';
import { testGraph, uniqueSlug } from '../support/graph.js';
import { cypherRows } from '../support/writes.js';
import { deriveFromClaims } from '../support/tallies.js';

/**
 * The extractor against the run's real Neo4j: grounding a new spelling in
 * the person the graph knows, a later article's denial answering an
 * accusation already ingested, and drafts that `npm run ingest` (and the
 * CLI behind `npm run extract`) take unchanged. Everything written here is
 * removed after the file, so that files counting across the graph see only
 * the seed.
 */

const graph = testGraph();
const grounding = new GraphGrounding(graph);
const extractor = new RulesExtractor();
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const workDir = mkdtempSync(join(tmpdir(), 'newsgraph-extract-'));
const fixture = join(projectRoot, 'tests/extract/fixtures/mfa-statement.txt');

/** Keys this file wrote; states only when the graph did not hold them before. */
const written = new Set<string>();
afterAll(async () => {
  await cypherRows(graph, 'MATCH (n) WHERE n.key IN $keys DETACH DELETE n', { keys: [...written] });
  await deriveFromClaims(graph);
  rmSync(workDir, { recursive: true, force: true });
});

async function held(keys: string[]): Promise<Set<string>> {
  const rows = await cypherRows(graph, 'MATCH (n) WHERE n.key IN $keys RETURN n.key AS key', { keys });
  return new Set(rows.map((r) => r.key as string));
}

/** Ingests a draft, remembering what it added so that it is removed afterwards. */
async function ingest(document: IngestDocument) {
  const keys = [
    ...document.sources.map((s) => s.key),
    ...document.entities.map((e) => e.key),
    ...document.claims.map((c) => c.key),
  ];
  const before = await held(keys);
  const summary = await ingestDocument(graph, document);
  for (const k of keys) if (!before.has(k)) written.add(k);
  return summary;
}

function valid(json: unknown): IngestDocument {
  const parsed = parseDocument(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.document;
}

describe('grounding in the graph', () => {
  it('resolves a new spelling to the person the graph holds, keeping its key and name and adding the spelling as an alias', async () => {
    const slug = uniqueSlug('nebenzia');
    const key = `person:${slug}`;
    written.add(key);
    await cypherRows(graph, "CREATE (:Entity:Person {key: $key, name: 'Vassily Nebenzia', aliases: ['Nebenzia']})", {
      key,
    });

    const text = "Vasily Nebenzya, Russia's U.N. ambassador, rejected the accusations on Friday.";
    const draft = await extractor.extract({ text, publishedOn: '2024-07-05' }, { grounding });
    const person = draft.entities.find((e) => e.type === 'Person')!;
    expect(person).toMatchObject({ key, name: 'Vassily Nebenzia', isNew: false, existingKey: key });
    expect(person.aliases).toContain('Vasily Nebenzya');
    expect(text.slice(person.mentions[0]!.start, person.mentions[0]!.end)).toBe('Vasily Nebenzya');
    // The seed's Russia is found by its key: not new, and not renamed.
    expect(draft.entities.find((e) => e.key === 'state:RUS')).toMatchObject({ isNew: false, name: 'Russia' });
    expect(draft.claims[0]).toMatchObject({ speaker: key, kind: 'DENY', onBehalfOf: 'state:RUS' });

    const document = valid(draft.document);
    const personEntry = document.entities.find((e) => e.key === key)!;
    expect(personEntry.name).toBe('Vassily Nebenzia');
    await ingest(document);
    const [row] = await cypherRows(graph, 'MATCH (p:Person {key: $key}) RETURN p.name AS name, p.aliases AS aliases', {
      key,
    });
    expect(row).toEqual({ name: 'Vassily Nebenzia', aliases: expect.arrayContaining(['Nebenzia', 'Vasily Nebenzya']) });
    const people = await cypherRows(
      graph,
      "MATCH (p:Person) WHERE p.name IN ['Vasily Nebenzya', 'Vassily Nebenzia'] RETURN count(p) AS n",
    );
    expect(people[0]!.n).toBe(1);
  });

  it('answers, from a later article, an accusation the graph holds from an earlier one', async () => {
    const first = await extractor.extract(
      {
        text: 'Hungary accused Slovakia on Monday of blocking the inspection of the pipeline.',
        publishedOn: '2024-10-08',
        title: `Pipeline ${uniqueSlug('a')}`,
      },
      { grounding },
    );
    const accusation = first.claims.find((c) => c.kind === 'ACCUSE')!;
    expect(accusation).toMatchObject({ speaker: 'state:HUN', targets: ['state:SVK'], madeOn: '2024-10-07' });
    await ingest(valid(first.document));

    const later = await extractor.extract(
      {
        text: 'Slovakia rejected the accusations on Thursday, its foreign ministry said.',
        publishedOn: '2024-10-11',
        title: `Pipeline ${uniqueSlug('b')}`,
      },
      { grounding },
    );
    const denial = later.claims.find((c) => c.kind === 'DENY')!;
    expect(denial).toMatchObject({
      speaker: 'state:SVK',
      answers: accusation.key,
      targets: ['state:HUN'],
      madeOn: '2024-10-10',
    });
    expect(later.warnings.join('\n')).toContain(`answers ${accusation.key}, an accusation the graph holds`);
    // The accusation is not in the later draft: ingest finds it in the graph.
    expect((later.document.claims as { key: string }[]).map((c) => c.key)).not.toContain(accusation.key);
    await ingest(valid(later.document));
    const rows = await cypherRows(
      graph,
      'MATCH (d:Claim {key: $denial})-[:ANSWERS]->(a:Claim) RETURN a.key AS answers',
      { denial: denial.key },
    );
    expect(rows).toEqual([{ answers: accusation.key }]);
  });
});

describe('npm run extract', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      const { NEO4J_URI: _unset, ...rest } = process.env;
      execFile(
        'npx',
        ['tsx', 'src/extract/cli.ts', ...args],
        { cwd: projectRoot, env: { ...rest, ...env }, timeout: 60_000, maxBuffer: 10_000_000 },
        (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  it('prints only the draft on stdout, which npm run ingest takes unchanged; grounded in the graph with NEO4J_URI', async () => {
    const { code, stdout, stderr } = await cli(
      [fixture, '--published-on', '2024-09-11', '--publisher', 'Ministry of Foreign Affairs of Lithuania'],
      {
        NEO4J_URI: inject('neo4jUri'),
      },
    );
    expect(stderr).toContain('grounding in the graph at bolt://');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const document = valid(json);
    expect(document.sources[0]).toMatchObject({
      title: 'Statement by the Ministry of Foreign Affairs of Lithuania on the detention of journalists in Belarus',
      publishedOn: '2024-09-11',
    });
    const claims = document.claims.map((c) => `${c.speaker} ${c.kind} ${c.target ?? '-'}`);
    expect(claims).toEqual(
      expect.arrayContaining([
        // The statement's condemnation names no one: it is aimed at the other state the statement is about.
        'org:lithuania-ministry-of-foreign-affairs CRITICIZE state:BLR',
        'org:lithuania-ministry-of-foreign-affairs DEMAND state:BLR',
        // The charge denied is the Belarusian ministry's: a denial of a ministry's charge is aimed at its state.
        'state:LTU DENY state:BLR',
        'org:lithuania-ministry-of-foreign-affairs DEMAND org:european-union',
      ]),
    );

    const file = join(workDir, 'statement.json');
    writeFileSync(file, stdout);
    const keys = [
      ...document.sources.map((s) => s.key),
      ...document.entities.map((e) => e.key),
      ...document.claims.map((c) => c.key),
    ];
    const before = await held(keys);
    const [result] = await ingestFiles(graph, [file]);
    for (const k of keys) if (!before.has(k)) written.add(k);
    expect(result!.message).toMatch(/: ok, nodes \d+ created/);
    const stored = await cypherRows(
      graph,
      'MATCH (c:Claim)-[:SOURCE]->(:Article {key: $article}) RETURN count(c) AS n',
      { article: document.sources[0]!.key },
    );
    expect(stored[0]!.n).toBe(document.claims.length);
  });

  it('refuses empty, binary and over-long text with exit 1, and bad usage with exit 2', async () => {
    const empty = join(workDir, 'empty.txt');
    writeFileSync(empty, ' \n\n ');
    const binary = join(workDir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    const latin1 = join(workDir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    const long = join(workDir, 'long.txt');
    writeFileSync(long, 'A sentence of text. '.repeat(MAX_TEXT_CHARS / 20 + 1));

    const refused = async (file: string, message: RegExp) => {
      const { code, stdout, stderr } = await cli([file, '--published-on', '2024-09-11']);
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
      expect(stderr).toMatch(message);
    };
    await refused(empty, /is empty/);
    await refused(binary, /looks binary/);
    await refused(latin1, /not valid UTF-8/);
    await refused(long, /limit of 50000|the limit is 50000/);

    for (const args of [
      [fixture],
      [fixture, '--published-on', '11/09/2024'],
      [fixture, '--published-on', '2024-09-11', '--colour', 'red'],
      [],
    ]) {
      const { code, stdout, stderr } = await cli(args);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toContain('usage: npm run extract --');
    }
  });

  it('extracts offline when NEO4J_URI is unset, from the same text to the same keys', async () => {
    const { code, stdout, stderr } = await cli([fixture, '--published-on', '2024-09-11']);
    expect(code).toBe(0);
    expect(stderr).toContain('NEO4J_URI is not set: extracting offline');
    const document = valid(JSON.parse(stdout));
    expect(document.entities.map((e) => e.key)).toEqual(
      expect.arrayContaining(['state:LTU', 'state:BLR', 'org:lithuania-ministry-of-foreign-affairs']),
    );
    expect(document.sources[0]!.text).toBe(readFileSync(fixture, 'utf8').trim());
  });
});
