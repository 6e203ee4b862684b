import type { Entities } from './entities.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './gazetteer.js';
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
  /** A "Spokesperson:" no label has named: who speaks is the body whose briefing it is, as its heading says. */
  unnamedSpokesperson?: boolean;
}

// "Lin Hao:", "MR. HOLLAND:", "Official Spokesperson, Shri Rohan Malhotra:", "QUESTION (Kyodo News):".
const LABEL =
  /^(?<label>(?:(?:MR|MS|MRS|DR)\.?\s+)?[A-Z][\p{L}’'.&-]*(?:,?\s+[A-Z][\p{L}’'.&-]*){0,5})(?:\s+\([^()\n]{1,60}\))?:\s+/u;
const QUESTION = /^(?:q|question|questions|journalist|reporter|correspondent|audience)$/i;
const SPOKESPERSON = /^(?:the )?(?:spokes(?:person|man|woman)|moderator)$/i;
const HONORIFIC = /^(?:MR|MS|MRS|DR)\.?\s+/i;
/**
 * Words of a post, a rank or a courtesy title that open a label before the name ("Spokesperson Daniela Ortiz",
 * "Shri ...", "SECRETARY OROZCO", "GENERAL TREVIÑO"): the gazetteer's words of titles, one word at a time.
 */
const TITLE_WORDS = new Set(
  [...TITLE_HEADS, ...TITLE_MODIFIERS, ...HONORIFICS, 'official', 'moderator', 'smt']
    .flatMap((t) => t.toLowerCase().split(/\s+/))
    .map((w) => w.replace(/\.$/, '')),
);
const isTitleWord = (w: string) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, ''));

/** A label's name, and whether its post is a spokesperson's: "Official Spokesperson, Shri Rohan Malhotra". */
function nameOf(label: string): { name: string; spokes: boolean } {
  const words = label.replace(HONORIFIC, '').split(/,?\s+|,/);
  let first = 0;
  while (first < words.length - 1 && isTitleWord(words[first]!)) first++;
  const name = words.slice(first).join(' ');
  return { name, spokes: words.slice(0, first).some((w) => /^spokes/i.test(w)) };
}

/**
 * Labels no name resolves that come after the questions: in a transcript whose questions are labelled as such ("Q:"),
 * a label that, at least twice and in most of its paragraphs, follows a question's label is the one answering
 * ("PMOS:", an initialism of the post), where an outlet asking follows the answers.
 */
function answerers(labels: string[]): Set<string> {
  const after = new Map<string, { all: number; answering: number }>();
  labels.forEach((label, i) => {
    if (QUESTION.test(nameOf(label).name)) return;
    const n = after.get(label) ?? { all: 0, answering: 0 };
    n.all++;
    if (i > 0 && QUESTION.test(nameOf(labels[i - 1]!).name)) n.answering++;
    after.set(label, n);
  });
  return new Set([...after].filter(([, n]) => n.answering >= 2 && 2 * n.answering > n.all).map(([label]) => label));
}

export class Transcript {
  private readonly labelled: Map<number, { label: string; span: Span }>;
  /** Who a label has named as the spokesperson ("Spokesperson Daniela Ortiz:"), for the later "Spokesperson:". */
  private spokesperson: string | null = null;
  /** Labels that answer the questions ("PMOS:" after each "Q:"): an official of the body whose briefing it is. */
  private readonly answerers: Set<string>;

  constructor(
    private readonly text: string,
    sentences: Sentence[],
  ) {
    this.labelled = new Map();
    const firsts = new Map<number, Sentence>();
    for (const s of sentences) if (!firsts.has(s.paragraph)) firsts.set(s.paragraph, s);
    for (const [paragraph, s] of firsts) {
      const m = LABEL.exec(text.slice(s.start, s.end));
      if (m && m.groups!.label!.length <= 60)
        this.labelled.set(paragraph, {
          label: m.groups!.label!,
          span: { start: s.start, end: s.start + m[0].length },
        });
    }
    if (this.labelled.size < 2) this.labelled.clear();
    this.answerers = answerers([...this.labelled.keys()].sort((a, b) => a - b).map((p) => this.labelled.get(p)!.label));
  }

  get active(): boolean {
    return this.labelled.size > 0;
  }

  /** Who speaks in a sentence's paragraph, when the paragraph opens with a label. */
  voiceOf(sentence: Sentence, entities: Entities): Voice | undefined {
    const found = this.labelled.get(sentence.paragraph);
    if (!found) return undefined;
    const { name, spokes } = nameOf(found.label);
    const label = { ...found.span };
    if (QUESTION.test(name)) return { speaker: null, question: true, label };
    const people = [...entities.byKey.values()].filter((r) => r.type === 'Person');
    if (SPOKESPERSON.test(name)) {
      const named = entities.positions.find((p) => /spokes/i.test(p.title))?.person ?? this.spokesperson;
      return named
        ? { speaker: named, question: false, label }
        : { speaker: null, question: false, label, unnamedSpokesperson: true };
    }
    // "MR. HOLLAND", "Lin Hao", "Sorokina": the person of that name or surname; "OROZCO" is Lucía Orozco Salinas,
    // whose surnames are two.
    const folded = fold(name);
    const surnames = (full: string) => fold(full).split(/\s+/).slice(1);
    const person =
      people.find(
        (p) =>
          fold(p.name) === folded ||
          [...p.aliases].some((a) => fold(a) === folded) ||
          fold(p.name).endsWith(` ${folded}`),
      ) ??
      people.find((p) => !folded.includes(' ') && surnames(p.name).includes(folded)) ??
      // "REAR ADMIRAL KARACA", "BRIGADIER GENERAL OKAFOR": a rank the title words do not know, then a surname.
      people.find((p) => folded.includes(' ') && surnames(p.name).includes(folded.split(/\s+/).at(-1)!));
    if (person) {
      if (spokes) this.spokesperson = person.key;
      return { speaker: person.key, question: false, label };
    }
    // "MR MAHLANGU:" whom the text names nowhere else: an official answering, for the body whose briefing it is.
    if (HONORIFIC.test(found.label)) return { speaker: null, question: false, label, unnamedSpokesperson: true };
    if (this.answerers.has(found.label)) return { speaker: null, question: false, label, unnamedSpokesperson: true };
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
