import { describe, expect, it } from 'vitest';
import { generateApiKey } from '../../src/http/auth.js';
import { parseDocument } from '../../src/ingest/document.js';
import { MAX_TEXT_CHARS } from '../../src/extract/input.js';
import { cypher } from '../../src/cypher.js';
import { testApp, type GraphQLResponse } from '../support/app.js';
import { UN_MEETING, WIRE } from './texts.js';
import { deriveFromClaims } from '../support/tallies.js';

/**
 * extractDocument through the real server: the agreed payload, the editor
 * role, its limits, and that it writes nothing.
 */

const editor = generateApiKey('extract-editor', 'editor');
const reader = generateApiKey('extract-reader', 'reader');
const app = testApp({ API_KEYS: [editor, reader].map((k) => k.entry).join(',') });

const EXTRACT = /* GraphQL */ `
  mutation Extract($input: ExtractDocumentInput!) {
    extractDocument(input: $input) {
      document
      article {
        key
        title
        publisher
        publishedOn
        url
      }
      entities {
        key
        type
        name
        aliases
        isNew
        existing {
          key
          name
        }
        mentions {
          start
          end
          text
        }
      }
      claims {
        key
        kind
        speaker
        onBehalfOf
        targets
        about
        allegation
        madeOn
        quote
        answers
        sentence {
          start
          end
          text
        }
        quoteSpans {
          start
          end
          text
        }
      }
      warnings
    }
  }
`;

const asEditor = (input: Record<string, unknown>) =>
  app.query(EXTRACT, { input }, { authorization: `Bearer ${editor.key}` });

function data(res: GraphQLResponse) {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data.extractDocument;
}

async function graphSize() {
  const { records } = await app.graph.driver.executeQuery(
    cypher('test/graph-size'),
    {},
    { database: app.graph.database },
  );
  return records[0]!.toObject();
}

describe('extractDocument', () => {
  it('returns a draft that validates, with typed entities and claims whose offsets index the text', async () => {
    const before = await graphSize();
    const draft = data(
      await asEditor({ text: WIRE, publishedOn: '2024-07-03', publisher: 'Test Wire', url: 'https://example.org/a' }),
    );
    expect(await graphSize()).toEqual(before);

    expect(parseDocument(draft.document).ok).toBe(true);
    expect(draft.article).toMatchObject({
      publisher: 'Test Wire',
      publishedOn: '2024-07-03',
      url: 'https://example.org/a',
    });
    expect(draft.article.title).toBe(WIRE.split('\n')[0]);
    expect(draft.article.key).toMatch(/^article:[0-9a-f]{16}$/);

    for (const e of draft.entities) for (const m of e.mentions) expect(WIRE.slice(m.start, m.end)).toBe(m.text);
    for (const c of draft.claims) {
      expect(WIRE.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
      for (const q of c.quoteSpans) expect(WIRE.slice(q.start, q.end)).toBe(q.text);
      if (c.quote) expect(WIRE).toContain(c.quote);
    }
    // The seed graph holds Russia: found, not new.
    const russia = draft.entities.find((e: { key: string }) => e.key === 'state:RUS');
    expect(russia).toMatchObject({ isNew: false, existing: { key: 'state:RUS', name: 'Russia' } });
    const marsh = draft.entities.find((e: { key: string }) => e.key === 'person:daniel-marsh');
    expect(marsh).toMatchObject({ type: 'Person', isNew: true, existing: null });
    expect(draft.claims.some((c: { kind: string }) => c.kind === 'ACCUSE')).toBe(true);
  });

  it('returns a document that ingestDocument takes unchanged', async () => {
    const draft = data(
      await asEditor({ text: UN_MEETING, publishedOn: '2024-07-03', title: `UN meeting ${Date.now()}` }),
    );
    const fresh = [
      draft.article.key,
      ...draft.claims.map((c: { key: string }) => c.key),
      ...draft.entities.filter((e: { isNew: boolean }) => e.isNew).map((e: { key: string }) => e.key),
    ];
    try {
      const res = await app.query(
        'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { changed claims { key } } }',
        { input: { document: draft.document } },
        { authorization: `Bearer ${editor.key}` },
      );
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      expect(res.body.data.ingestDocument.changed).toBe(true);
      expect(res.body.data.ingestDocument.claims.map((c: { key: string }) => c.key)).toEqual(
        draft.claims.map((c: { key: string }) => c.key),
      );
    } finally {
      await app.graph.driver.executeQuery(
        'MATCH (n) WHERE n.key IN $keys DETACH DELETE n',
        { keys: fresh },
        { database: app.graph.database },
      );
      await deriveFromClaims(app.graph);
    }
  });

  it('needs the editor role', async () => {
    const anonymous = await app.query(EXTRACT, { input: { text: WIRE, publishedOn: '2024-07-03' } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asReader = await app.query(
      EXTRACT,
      { input: { text: WIRE, publishedOn: '2024-07-03' } },
      { authorization: `Bearer ${reader.key}` },
    );
    expect(asReader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['an empty text', { text: '  \n ', publishedOn: '2024-07-03' }, 'input.text', /empty/],
    [
      'a text over the limit',
      { text: 'Word. '.repeat(MAX_TEXT_CHARS / 6 + 10), publishedOn: '2024-07-03' },
      'input.text',
      /limit is 50000/,
    ],
    ['binary text', { text: 'PK\u0000\u0003 bytes', publishedOn: '2024-07-03' }, 'input.text', /binary/],
    ['a date that is not a day', { text: WIRE, publishedOn: '2024-07' }, 'input.publishedOn', /YYYY-MM-DD/],
    [
      'a date not in the calendar',
      { text: WIRE, publishedOn: '2024-02-30' },
      'input.publishedOn',
      /not a calendar date/,
    ],
    [
      'a URL that is not http',
      { text: WIRE, publishedOn: '2024-07-03', url: 'ftp://example.org' },
      'input.url',
      /http/,
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, input, path, message) => {
    const res = await asEditor(input);
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});
