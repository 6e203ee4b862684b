import {
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { fromSelection } from '../src/schema/selection.js';
import { testApp } from './support/app.js';

/**
 * Root lists page by keyset (src/schema/pagination.ts): every page, forward
 * or backward, is the matching slice of the whole list; cursors from
 * elsewhere are refused; and what a statement reads follows the selection,
 * fragments included (src/schema/selection.ts).
 */
const app = testApp({ RESPONSE_CACHE: 'false' });

async function data(query: string, variables: Record<string, unknown> = {}) {
  const res = await app.query(query, variables);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data;
}

/** A page of `claims` as CLAIMS and the one-page query below ask for it. */
interface ClaimPage {
  totalCount?: number;
  edges: { cursor?: string; node: { id: string; madeOn: string | null } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

async function claims(query: string, variables: Record<string, unknown> = {}): Promise<ClaimPage> {
  return (await data(query, variables)).claims;
}

const CLAIMS = `query($first: Int, $after: String, $last: Int, $before: String) {
  claims(first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id madeOn } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('keyset pages of a root list', () => {
  it('pages forward and backward through the same order as one large page', async () => {
    const all = await claims('{ claims(first: 100) { totalCount edges { node { id madeOn } } } }');
    const ids = all.edges.map((e) => e.node.id);
    expect(all.totalCount).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(6);
    const dates = all.edges.map((e) => e.node.madeOn ?? '~');
    expect([...dates].sort().reverse()).toEqual(dates);

    const forward: string[] = [];
    let after: string | null = null;
    const cursors: string[] = [];
    for (;;) {
      const page = await claims(CLAIMS, { first: 3, after });
      forward.push(...page.edges.map((e) => e.node.id));
      cursors.push(...page.edges.map((e) => e.cursor!));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(ids);

    // Backwards from the last item: the three before it, in list order.
    const before = cursors.at(-1)!;
    const back = await claims(CLAIMS, { last: 3, before });
    expect(back.edges.map((e) => e.node.id)).toEqual(ids.slice(-4, -1));
    expect(back.pageInfo.hasPreviousPage).toBe(ids.length > 4);
    expect(back.pageInfo.hasNextPage).toBe(true);

    // A page from the middle, between two cursors.
    const between = await claims(CLAIMS, { first: 100, after: cursors[1], before: cursors[5] });
    expect(between.edges.map((e) => e.node.id)).toEqual(ids.slice(2, 5));
  });

  it('refuses an offset cursor and a forged one with BAD_USER_INPUT', async () => {
    for (const after of [
      Buffer.from('offset:3').toString('base64'),
      Buffer.from('keyset:{"a":1}').toString('base64'),
    ]) {
      const res = await app.query(CLAIMS, { first: 2, after });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });
});

/** A resolver's info for the root field of a document, as the executor gives it. */
function infoOf(source: string): GraphQLResolveInfo {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  return {
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    fragments,
  } as unknown as GraphQLResolveInfo;
}

describe('what a selection asks for', () => {
  it('sees fields through named and inline fragments, and under aliases', () => {
    const info = infoOf(`{
      list: accusations { ...Page }
    }
    fragment Page on AccusationConnection { totalCount edges { node { ... on Accusation { rebuttals: denials { by { name } } } } } }`);
    const asked = fromSelection(info, 'test', (s) => {
      const node = s.at('edges').at('node');
      return {
        count: s.has('totalCount'),
        denials: node.has('denials'),
        denialSpeaker: node.at('denials').has('by'),
        accuser: node.has('accuser'),
        beyond: node
          .at('denials')
          .at('by')
          .asksBeyond(new Set(['name'])),
      };
    });
    expect(asked).toEqual({ count: true, denials: true, denialSpeaker: true, accuser: false, beyond: false });
  });

  it('answers the same for the same document without walking it again', () => {
    const info = infoOf('{ claims { edges { node { id } } } }');
    let walks = 0;
    const derive = () => ++walks;
    fromSelection(info, 'twice', derive);
    fromSelection(info, 'twice', derive);
    expect(walks).toBe(1);
  });
});
