import { z } from 'zod';
import { claimSchema, entitySchema, normaliseForQuote, relationshipSchema } from '../ingest/document.js';
import { type ClaimKind, type EntityType } from '../domain/index.js';
import type { ClaimDraft } from './claims/index.js';
import { assemble, defaultTitle } from './draft.js';
import { Entities } from './entities.js';
import { escapeRegExp, splitSentences, type Sentence } from './text.js';
import type { Draft, ExtractContext, Extractor, ExtractInput, GroundedEntity, Span } from './types.js';

/**
 * The second extractor: an OpenAI-compatible chat-completions endpoint
 * (OpenAI, Ollama, vLLM) asked for the entities, relationships and claims
 * of the text as JSON, under the JSON Schema generated from the ingest
 * document's own zod schemas. Its answer is not trusted: it goes through
 * the same assembly and validation as the rule-based draft, keys it does
 * not declare are dropped, a quote not found verbatim in the text is
 * dropped with a warning, and offsets are found in the text, never taken
 * from the model.
 */

export interface LlmSettings {
  url: string;
  model: string;
  apiKey?: string;
  /** How long to wait for the model's answer. */
  timeoutMs?: number;
}

const answerSchema = z.object({
  entities: z.array(entitySchema),
  relationships: z.array(relationshipSchema),
  claims: z.array(claimSchema.omit({ spans: true, sources: true })),
});

/** The JSON Schema the model is asked to answer in. */
export const ANSWER_SCHEMA = z.toJSONSchema(answerSchema, { io: 'input', unrepresentable: 'any' });

const SYSTEM = `You extract a knowledge-graph draft from one news article about international affairs.
Answer with JSON only, matching the given schema: "entities", "relationships" and "claims".
- Entities: states (key "state:" + ISO 3166 alpha-3, e.g. state:RUS), people (person:first-last), organizations (org:slug), places, weapon systems, resolutions. Give each the names the text uses as aliases.
- Relationships: HOLDS_POSITION (person to state or organization, with the title), PART_OF, LOCATED_IN, and others from the schema when the text says so.
- Claims: who accused, denied, criticized, demanded, stated, reported, warned or called for what, about whom. "speaker" and "target" are entity keys declared in "entities"; "onBehalfOf" is the state or body a person speaks for; "allegation" is a short phrase from the text; "madeOn" is an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) resolved against the publication date; "quote" is the speaker's words copied exactly from the text, or null; "answers" is the key of the claim a denial answers.
Do not invent anything the text does not say.`;

interface Answer {
  entities: { key: string; type: EntityType; name: string; aliases?: string[]; [k: string]: unknown }[];
  relationships: { type: string; from: string; to: string; title?: string; [k: string]: unknown }[];
  claims: {
    key: string;
    kind: ClaimKind;
    speaker: string;
    onBehalfOf?: string | null;
    target?: string | string[] | null;
    allegation: string;
    about?: string[];
    madeOn?: string | null;
    quote?: string | null;
    answers?: string | null;
  }[];
}

export class LlmExtractor implements Extractor {
  constructor(private readonly settings: LlmSettings) {}

  async extract(input: ExtractInput, context: ExtractContext = {}): Promise<Draft> {
    const answer = await this.ask(input);
    return this.draft(input, answer, context);
  }

  private async ask(input: ExtractInput): Promise<Answer> {
    const url = `${this.settings.url.replace(/\/+$/, '')}/chat/completions`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.settings.apiKey ? { authorization: `Bearer ${this.settings.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: this.settings.model,
        temperature: 0,
        response_format: { type: 'json_schema', json_schema: { name: 'ingest_document', schema: ANSWER_SCHEMA } },
        messages: [
          { role: 'system', content: SYSTEM },
          {
            role: 'user',
            content: `Published on ${input.publishedOn}${input.publisher ? ` by ${input.publisher}` : ''}${input.title ? `, titled "${input.title}"` : ''}.\n\n${input.text}`,
          },
        ],
      }),
      signal: AbortSignal.timeout(this.settings.timeoutMs ?? 120_000),
    });
    if (!response.ok) throw new Error(`the model at ${url} answered HTTP ${response.status}`);
    const body = (await response.json()) as { choices?: { message?: { content?: string } }[] };
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new Error(`the model at ${url} sent no message content`);
    let json: unknown;
    try {
      json = JSON.parse(content.replace(/^```(?:json)?\s*|\s*```$/g, ''));
    } catch {
      throw new Error(`the model at ${url} did not answer in JSON`);
    }
    const parsed = z
      .object({
        entities: z.array(z.any()).default([]),
        relationships: z.array(z.any()).default([]),
        claims: z.array(z.any()).default([]),
      })
      .safeParse(json);
    if (!parsed.success)
      throw new Error(`the model at ${url} answered JSON without entities, relationships and claims`);
    return parsed.data as Answer;
  }

  /** The model's answer as a draft: the same assembly, keys, offsets and validation as the rule-based one. */
  private async draft(input: ExtractInput, answer: Answer, context: ExtractContext): Promise<Draft> {
    const { text } = input;
    const warnings: string[] = [];
    const sentences = splitSentences(text);
    const entities = new Entities();
    for (const raw of answer.entities) {
      const checked = entitySchema.safeParse(raw);
      if (!checked.success) {
        warnings.push(
          `dropped the model's entity ${JSON.stringify(raw?.key ?? raw?.name)}: not in the document format`,
        );
        continue;
      }
      const { key, type, name, aliases, sources: _s, spans: _p, ...props } = checked.data;
      entities.add(key, type, name, props, aliases);
      // The longest name first: "Nowak" inside "Ewa Nowak" is the same mention.
      const taken: Span[] = [];
      for (const form of [...new Set([name, ...aliases])].sort((a, b) => b.length - a.length)) {
        for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu'))) {
          const span = { start: m.index!, end: m.index! + form.length };
          if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
          taken.push(span);
          entities.mention(key, span, text, false);
        }
      }
    }
    const declared = (k: unknown): k is string => typeof k === 'string' && entities.get(k) !== undefined;
    for (const r of answer.relationships) {
      if (!declared(r.from) || !declared(r.to)) continue;
      if (r.type === 'HOLDS_POSITION' && typeof r.title === 'string')
        entities.position({ person: r.from, holder: r.to, title: r.title, former: false });
      if (r.type === 'PART_OF') entities.link('partOf', r.from, r.to);
      if (r.type === 'LOCATED_IN') entities.link('locatedIn', r.from, r.to);
    }

    const claims: ClaimDraft[] = [];
    const answered: (string | null)[] = [];
    const indexOfKey = new Map<string, number>();
    for (const c of answer.claims) {
      if (!declared(c.speaker)) {
        warnings.push(
          `dropped the model's claim ${JSON.stringify(c.key)}: its speaker ${JSON.stringify(c.speaker)} is not among its entities`,
        );
        continue;
      }
      let quote: Span | null = null;
      if (c.quote) {
        quote = findVerbatim(text, c.quote);
        if (!quote)
          warnings.push(
            `dropped the quote of ${JSON.stringify(c.key)}: not found verbatim in the text ("${c.quote.slice(0, 60)}")`,
          );
      }
      const targets = (c.target == null ? [] : Array.isArray(c.target) ? c.target : [c.target]).filter(declared);
      const sentence = sentenceOf(
        sentences,
        quote,
        [c.speaker, ...targets].map((k) => entities.get(k)!.mentions[0]).filter(Boolean) as Span[],
      );
      const madeOn = typeof c.madeOn === 'string' && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(c.madeOn) ? c.madeOn : null;
      if (typeof c.key === 'string' && !indexOfKey.has(c.key)) indexOfKey.set(c.key, claims.length);
      for (const target of targets.length ? targets : [null]) {
        answered.push(typeof c.answers === 'string' ? c.answers : null);
        claims.push({
          kind: c.kind,
          speaker: c.speaker,
          onBehalfOf: declared(c.onBehalfOf) ? c.onBehalfOf : null,
          target,
          about: (c.about ?? []).filter(declared),
          allegation:
            String(c.allegation ?? '')
              .trim()
              .slice(0, 300) || 'statement',
          madeOn,
          quotes: quote ? [quote] : [],
          sentence: { start: sentence.start, end: sentence.end },
          answers: null,
          deniesAccusation: false,
          deniedAccuser: null,
          sentenceIndex: sentence.index,
        });
      }
    }
    // A denial answers one of the model's own claims, by its key; a key it did not give is dropped.
    claims.forEach((claim, i) => {
      const key = answered[i];
      if (key && indexOfKey.has(key) && indexOfKey.get(key) !== i) claim.answers = indexOfKey.get(key)!;
    });

    const grounded: Map<string, GroundedEntity> = context.grounding
      ? await context.grounding.ground(
          [...entities.byKey.values()].map((r) => ({ key: r.key, type: r.type, names: [r.name, ...r.aliases] })),
        )
      : new Map();
    return assemble({ input, title: defaultTitle(input, sentences[0]?.text), entities, claims, grounded, warnings });
  }
}

/** Where a quote occurs in the text, compared as ingest compares quotes (white space, quote marks and dashes normalised). */
export function findVerbatim(text: string, quote: string): Span | null {
  const needle = normaliseForQuote(quote);
  if (!needle) return null;
  const exact = text.indexOf(quote.trim());
  if (exact >= 0) return { start: exact, end: exact + quote.trim().length };
  // Map the normalised text back to the original's offsets, character by character.
  const positions: number[] = [];
  let normalised = '';
  for (let i = 0; i < text.length; i++) {
    const ch = normaliseForQuote(`x${text[i]}x`).slice(1, -1) || ' ';
    if (ch === ' ' && normalised.endsWith(' ')) continue;
    normalised += ch;
    positions.push(i);
  }
  const at = normalised.indexOf(needle);
  if (at < 0) return null;
  return { start: positions[at]!, end: positions[at + needle.length - 1]! + 1 };
}

function sentenceOf(sentences: Sentence[], quote: Span | null, mentions: Span[]): Sentence {
  const containing = (s: Span) => sentences.find((x) => x.start <= s.start && s.start < x.end);
  return (quote && containing(quote)) || (mentions[0] && containing(mentions[0])) || sentences[0]!;
}
