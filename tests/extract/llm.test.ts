import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../../src/http/auth.js';
import { parseDocument } from '../../src/ingest/document.js';
import { extractorFor } from '../../src/extract/index.js';
import { findVerbatim, LlmExtractor } from '../../src/extract/llm.js';
import { testApp } from '../support/app.js';

/**
 * The language-model extractor against a local HTTP server that speaks
 * the OpenAI chat-completions protocol (no model is reachable here): what
 * it asks, and how the model's answer is checked before it becomes a
 * draft.
 */

const TEXT = `Poland accused Belarus on Monday of pushing migrants across the border. “This is a hybrid attack,” Foreign Minister Ewa Nowak said.`;

/** What the model answers: mostly right, with the mistakes a model makes. */
const ANSWER = {
  entities: [
    { key: 'state:POL', type: 'State', name: 'Poland', aliases: [] },
    { key: 'state:BLR', type: 'State', name: 'Belarus', aliases: [] },
    { key: 'person:ewa-nowak', type: 'Person', name: 'Ewa Nowak', aliases: ['Nowak'] },
    { key: 'not a key', type: 'Country', name: 'Nowhere' },
  ],
  relationships: [{ type: 'HOLDS_POSITION', from: 'person:ewa-nowak', to: 'state:POL', title: 'Foreign Minister' }],
  claims: [
    {
      key: 'claim:pol-accuses-blr',
      kind: 'ACCUSE',
      speaker: 'state:POL',
      target: 'state:BLR',
      allegation: 'pushing migrants across the border',
      madeOn: '2024-10-07',
      quote: null,
    },
    // Straight quotes for the text's typographic ones: still verbatim.
    {
      key: 'claim:nowak-criticizes-blr',
      kind: 'CRITICIZE',
      speaker: 'person:ewa-nowak',
      onBehalfOf: 'state:POL',
      target: 'state:BLR',
      allegation: 'a hybrid attack',
      madeOn: '2024-10-08',
      quote: '"This is a hybrid attack,"',
    },
    {
      key: 'claim:invented-quote',
      kind: 'WARN',
      speaker: 'state:POL',
      target: 'state:BLR',
      allegation: 'will close the border',
      quote: 'We will close the border tomorrow',
    },
    { key: 'claim:unknown-speaker', kind: 'STATE', speaker: 'org:nobody', allegation: 'something' },
  ],
};

/** The parts of a chat-completion request the tests read. */
interface ChatRequest {
  model: string;
  response_format: {
    type: string;
    json_schema: {
      schema: { properties: Record<string, { items: { properties: Record<string, { enum?: string[] }> } }> };
    };
  };
  messages: { content: string }[];
}
const requests: { body: ChatRequest; authorization: string | undefined; url: string | undefined }[] = [];
let reply: (req: IncomingMessage) => { status: number; body: unknown } = () => ({
  status: 200,
  body: { choices: [{ message: { role: 'assistant', content: JSON.stringify(ANSWER) } }] },
});
const server = createServer(async (req, res) => {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  requests.push({ body: JSON.parse(raw), authorization: req.headers.authorization, url: req.url });
  const { status, body } = reply(req);
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
const editor = generateApiKey('llm-editor', 'editor');
const configured = testApp({ API_KEYS: editor.entry, EXTRACT_LLM_URL: base, EXTRACT_LLM_MODEL: 'server-model' });
const serverApp = () => configured;
afterAll(() => new Promise((r) => server.close(r)));

describe('the language-model extractor', () => {
  it('asks an OpenAI-compatible endpoint for JSON under the schema generated from the document format', async () => {
    await new LlmExtractor({ url: base, model: 'test-model', apiKey: 'sk-test' }).extract(
      { text: TEXT, publishedOn: '2024-10-08' },
      {},
    );
    const last = requests[requests.length - 1]!;
    expect(last.url).toBe('/v1/chat/completions');
    expect(last.authorization).toBe('Bearer sk-test');
    expect(last.body.model).toBe('test-model');
    expect(last.body.response_format.type).toBe('json_schema');
    const schema = last.body.response_format.json_schema.schema;
    expect(Object.keys(schema.properties)).toEqual(['entities', 'relationships', 'claims']);
    expect(schema.properties.claims.items.properties.kind.enum).toContain('ACCUSE');
    expect(last.body.messages.at(-1)!.content).toContain(TEXT);
  });

  it('checks the answer as the rules’ draft is checked: quotes verbatim or dropped, unknown keys dropped, offsets found in the text', async () => {
    const draft = await new LlmExtractor({ url: base, model: 'test-model' }).extract(
      { text: TEXT, publishedOn: '2024-10-08' },
      {},
    );
    expect(parseDocument(draft.document).ok).toBe(true);
    expect(draft.claims.map((c) => `${c.speaker} ${c.kind} ${c.targets.join(',')}`)).toEqual([
      'state:POL ACCUSE state:BLR',
      'person:ewa-nowak CRITICIZE state:BLR',
      'state:POL WARN state:BLR',
    ]);
    const criticism = draft.claims[1]!;
    expect(criticism.quote).toBe('“This is a hybrid attack,”');
    expect(TEXT.slice(criticism.sentence.start, criticism.sentence.end)).toBe(
      '“This is a hybrid attack,” Foreign Minister Ewa Nowak said.',
    );
    expect(draft.claims[2]!.quote).toBeNull();
    expect(draft.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/dropped the quote of "claim:invented-quote": not found verbatim/),
        expect.stringMatching(/dropped the model's claim "claim:unknown-speaker"/),
        expect.stringMatching(/dropped the model's entity "not a key"/),
      ]),
    );
    const nowak = draft.entities.find((e) => e.key === 'person:ewa-nowak')!;
    expect(nowak.mentions.map((m) => TEXT.slice(m.start, m.end))).toEqual(['Ewa Nowak']);
    expect((draft.document.relationships as { type: string }[]).map((r) => r.type)).toEqual(['HOLDS_POSITION']);
  });

  it('falls back to the rule-based extractor, saying why, when the endpoint fails', async () => {
    reply = () => ({ status: 503, body: { error: 'overloaded' } });
    try {
      const draft = await extractorFor({ EXTRACT_LLM_URL: base, EXTRACT_LLM_MODEL: 'test-model' }).extract(
        { text: TEXT, publishedOn: '2024-10-08' },
        {},
      );
      expect(draft.warnings[0]).toMatch(/language model could not be used \(the model at .* answered HTTP 503\)/);
      expect(draft.claims.find((c) => c.kind === 'ACCUSE')).toMatchObject({
        speaker: 'state:POL',
        targets: ['state:BLR'],
        madeOn: '2024-10-07',
      });
    } finally {
      reply = () => ({ status: 200, body: { choices: [{ message: { content: JSON.stringify(ANSWER) } }] } });
    }
  });

  it('is what extractDocument uses when the server is configured with it', async () => {
    const app = serverApp();
    const res = await app.query(
      'mutation($input: ExtractDocumentInput!) { extractDocument(input: $input) { claims { kind quote } warnings } }',
      { input: { text: TEXT, publishedOn: '2024-10-08' } },
      { authorization: `Bearer ${editor.key}` },
    );
    expect(res.body.errors).toBeUndefined();
    expect(requests[requests.length - 1]!.body.model).toBe('server-model');
    expect(res.body.data.extractDocument.claims).toContainEqual({
      kind: 'CRITICIZE',
      quote: '“This is a hybrid attack,”',
    });
  });

  it('finds a quote as ingest compares quotes: quote marks, dashes and white space aside', () => {
    const text = 'He said “a war – of choice”\n and left.';
    expect(findVerbatim(text, '"a war - of choice" and')).toEqual({ start: 8, end: 32 });
    expect(findVerbatim(text, 'a war of choice')).toBeNull();
  });
});
