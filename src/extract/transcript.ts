import type { Entities } from './entities.js';
import { fold, type Sentence } from './text.js';
import type { Span } from './types.js';

/**
 * A transcript: a press briefing or a press conference, whose paragraphs
 * open with who speaks ("Lin Hao:", "MR. HOLLAND:", "Question:",
 * "Reuters:"). An answer's sentences with no speaker of their own are its
 * speaker's words; a question's are no one's claim (what it reports
 * someone else saying, "X said that ...", is still X's). A text is read as
 * a transcript when at least two paragraphs open so.
 */

export interface Voice {
  /** Who speaks in the paragraph: a person or a body of the text; null for a question. */
  speaker: string | null;
  question: boolean;
  /** Where the label is, so that it is not read as part of what is said. */
  label: Span;
}

const LABEL = /^(?<label>(?:(?:MR|MS|MRS|DR)\.?\s+)?[A-Z][\p{L}’'.&-]*(?:\s+[A-Z][\p{L}’'.&-]*){0,3}):\s+/u;
const QUESTION = /^(?:q|question|questions|journalist|reporter|correspondent|audience)$/i;
const SPOKESPERSON = /^(?:the )?(?:spokes(?:person|man|woman)|moderator)$/i;
const HONORIFIC = /^(?:MR|MS|MRS|DR)\.?\s+/i;

export class Transcript {
  private readonly labelled: Map<number, { label: string; span: Span }>;

  constructor(
    private readonly text: string,
    sentences: Sentence[],
  ) {
    this.labelled = new Map();
    const firsts = new Map<number, Sentence>();
    for (const s of sentences) if (!firsts.has(s.paragraph)) firsts.set(s.paragraph, s);
    for (const [paragraph, s] of firsts) {
      const m = LABEL.exec(text.slice(s.start, s.end));
      if (m && m.groups!.label!.length <= 40)
        this.labelled.set(paragraph, {
          label: m.groups!.label!,
          span: { start: s.start, end: s.start + m[0].length },
        });
    }
    if (this.labelled.size < 2) this.labelled.clear();
  }

  get active(): boolean {
    return this.labelled.size > 0;
  }

  /** Who speaks in a sentence's paragraph, when the paragraph opens with a label. */
  voiceOf(sentence: Sentence, entities: Entities): Voice | undefined {
    const found = this.labelled.get(sentence.paragraph);
    if (!found) return undefined;
    const name = found.label.replace(HONORIFIC, '');
    const label = { ...found.span };
    if (QUESTION.test(name)) return { speaker: null, question: true, label };
    const people = [...entities.byKey.values()].filter((r) => r.type === 'Person');
    if (SPOKESPERSON.test(name)) {
      const spokes = entities.positions.find((p) => /spokes/i.test(p.title))?.person ?? null;
      return { speaker: spokes, question: !spokes, label };
    }
    // "MR. HOLLAND", "Lin Hao", "Sorokina": the person of that name or surname.
    const folded = fold(name);
    const person = people.find(
      (p) =>
        fold(p.name) === folded ||
        [...p.aliases].some((a) => fold(a) === folded) ||
        fold(p.name).endsWith(` ${folded}`),
    );
    if (person) return { speaker: person.key, question: false, label };
    // Anyone else asking (a news agency, a journalist's outlet) puts a question.
    return { speaker: null, question: true, label };
  }

  /** Whether a sentence is the one that opens with its paragraph's label. */
  opens(sentence: Sentence): boolean {
    const found = this.labelled.get(sentence.paragraph);
    return !!found && found.span.start === sentence.start;
  }

  /** The text after a label, for the sentence that carries it. */
  words(sentence: Sentence): string {
    const found = this.labelled.get(sentence.paragraph);
    return found && found.span.start === sentence.start ? this.text.slice(found.span.end, sentence.end) : sentence.text;
  }
}
