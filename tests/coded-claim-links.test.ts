import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchemaFile } from '../src/neo4j/migrate.js';
import { data, testApp } from './support/app.js';
import { uniqueSlug } from './support/graph.js';

/**
 * cypher/schema/010_coded_claim_links.cypher against the run's Neo4j: coded
 * claims planted as imports wrote them before (their speaker's MADE and
 * their target's TARGETS) are moved to CODED_MADE and CODED_TARGETS with
 * every property, the reported claim beside them keeps its links, and a
 * second run changes nothing; then a path between the two ends crosses
 * the reported claim only, unless coded claims are asked for, and shows
 * the coded claims' links as MADE and TARGETS. The claims, their ends and
 * their article are this file's own and removed after it.
 */
interface LinkRow {
  key: string;
  type: string;
  outgoing: boolean;
  other: string;
  props: Record<string, unknown>;
}

const MIGRATION = 'schema/010_coded_claim_links';
const COUNT = 3;

describe('coded claims moved to links of their own', () => {
  const app = testApp();
  const graph = app.graph;
  const slug = uniqueSlug('migration');
  const speaker = `state:${slug}-speaker`;
  const target = `state:${slug}-target`;
  const coded = Array.from({ length: COUNT }, (_, i) => `claim:${slug}-coded-${i + 1}`);
  const reported = `claim:${slug}-reported`;
  const keys = [...coded, reported];
  const links = () => graph.read<LinkRow>('test/claim-links', { keys });
  let before: LinkRow[];

  beforeAll(async () => {
    await graph.write('test/plant-old-coded-claims', { slug, count: COUNT });
    before = await links();
  });
  afterAll(async () => {
    await graph.write('test/remove-keys', { keys: [...keys, speaker, target, `article:${slug}`] });
  });

  it('plants old-style coded claims by MADE and TARGETS', () => {
    const types = new Set(before.filter((l) => coded.includes(l.key)).map((l) => l.type));
    expect(types).toEqual(new Set(['MADE', 'TARGETS', 'SOURCE']));
  });

  it("moves each coded claim's MADE and TARGETS to CODED_MADE and CODED_TARGETS, properties and ends kept", async () => {
    await applySchemaFile(graph, MIGRATION);
    const after = await links();
    const renamed: Record<string, string> = { MADE: 'CODED_MADE', TARGETS: 'CODED_TARGETS' };
    const expected = before
      .map((l) => (coded.includes(l.key) ? { ...l, type: renamed[l.type] ?? l.type } : l))
      .sort((a, b) => `${a.key}|${a.type}|${a.other}`.localeCompare(`${b.key}|${b.type}|${b.other}`));
    const sorted = [...after].sort((a, b) =>
      `${a.key}|${a.type}|${a.other}`.localeCompare(`${b.key}|${b.type}|${b.other}`),
    );
    expect(sorted).toEqual(expected);
    // The imported properties went with them.
    const made = after.find((l) => l.key === coded[0] && l.type === 'CODED_MADE')!;
    expect(made).toMatchObject({ outgoing: false, other: speaker, props: { record: '1', importHash: 'made-1' } });
    // The reported claim keeps MADE and TARGETS.
    expect(
      after
        .filter((l) => l.key === reported)
        .map((l) => l.type)
        .sort(),
    ).toEqual(['MADE', 'SOURCE', 'TARGETS']);
  });

  it('changes nothing when run again', async () => {
    const once = await links();
    await applySchemaFile(graph, MIGRATION);
    expect(await links()).toEqual(once);
  });

  it('a path crosses the coded claims only when they are asked for, their links shown as MADE and TARGETS', async () => {
    const PATH = `query($from: ID!, $to: ID!, $origin: ClaimOrigin) {
      path(from: $from, to: $to, origin: $origin) { nodes { id } edges { type } }
    }`;
    const keysOf = (nodes: { id: string }[]) =>
      nodes
        .map((n) =>
          Buffer.from(n.id, 'base64')
            .toString()
            .replace(/^[A-Za-z]+:/, ''),
        )
        .sort();
    type Answer = { path: { nodes: { id: string }[]; edges: { type: string }[] } };
    const reportedOnly = data<Answer>(await app.query(PATH, { from: speaker, to: target }));
    expect(keysOf(reportedOnly.path.nodes)).toEqual([reported, speaker, target].sort());
    const withCoded = data<Answer>(await app.query(PATH, { from: speaker, to: target, origin: 'CODED' }));
    expect(keysOf(withCoded.path.nodes)).toEqual([...keys, speaker, target].sort());
    expect(new Set(withCoded.path.edges.map((e) => e.type))).toEqual(new Set(['MADE', 'TARGETS']));
    expect(withCoded.path.edges).toHaveLength(2 * keys.length);
  });
});
