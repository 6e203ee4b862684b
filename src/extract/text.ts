import nlp from 'compromise';
import type { Span } from './types.js';

/**
 * The text layer: sentences and quotations with their offsets into the
 * article, and the slugs keys are made of. compromise finds the sentence
 * ends (it knows "U.S.", "Jan. 2", "Mr."); our part is paragraphs and the
 * news conventions around quotation marks.
 */

export interface Sentence extends Span {
  index: number;
  text: string;
  /** The paragraph it belongs to (blank lines separate paragraphs). */
  paragraph: number;
}

export interface Quotation extends Span {
  /** The quoted words, without the marks. */
  inner: Span;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return spans.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}

/** compromise keeps a sentence going past a closing quote (`... development." China reacted`); news style ends it there. */
const AFTER_CLOSING_QUOTE = /[.!?]["”’](?=\s+["“]?[A-Z])/g;
/** A line of its own (a heading, a dateline) is never part of the next sentence. */
const LINE_BREAK = /\n/g;

function splitAt(text: string, span: Span, pattern: RegExp, offset: (m: RegExpMatchArray) => number): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const piece = text.slice(span.start, span.end);
  for (const m of piece.matchAll(pattern)) {
    const cut = span.start + m.index! + offset(m);
    if (cut > start && cut < span.end) {
      out.push({ start, end: cut });
      start = cut;
    }
  }
  out.push({ start, end: span.end });
  return out;
}

function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * "days after John F. Kennedy took office": a name's middle initial ends no sentence. A piece ending on a capitalised
 * word and one capital with its point, before a piece opening on a capitalised word that opens no sentence of its own
 * ("The", "He", ...), is one sentence with it.
 */
const INITIAL_END = /(?<![\p{L}.])\p{Lu}\p{Ll}+ \p{Lu}\.$/u;
const OPENS_SENTENCE =
  /^(?:The|A|An|This|That|These|Those|He|She|It|They|We|I|You|In|On|At|But|And|Or|So|Yet|If|As|When|While|After|Before|Its|His|Her|Their|Our|There|Then|Since|For|From|By|With)\b/;
function joinInitials(text: string, pieces: Span[]) {
  for (let i = pieces.length - 2; i >= 0; i--) {
    const here = text.slice(pieces[i]!.start, pieces[i]!.end).trimEnd();
    const next = text.slice(pieces[i + 1]!.start, pieces[i + 1]!.end).trimStart();
    if (INITIAL_END.test(here) && /^\p{Lu}\p{Ll}/u.test(next) && !OPENS_SENTENCE.test(next)) {
      pieces[i]!.end = pieces[i + 1]!.end;
      pieces.splice(i + 1, 1);
    }
  }
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs(text).forEach((para, paragraph) => {
    for (const line of splitAt(text, para, LINE_BREAK, (m) => m[0].length)) {
      const lineText = text.slice(line.start, line.end);
      if (!lineText.trim()) continue;
      const found = nlp(lineText).json({ offset: true }) as { offset: { start: number; length: number } }[];
      const pieces: Span[] = found.map((s) => ({
        start: line.start + s.offset.start,
        end: line.start + s.offset.start + s.offset.length,
      }));
      if (pieces.length === 0) pieces.push(line);
      joinInitials(text, pieces);
      // compromise's spans skip the white space between sentences; close the gaps so that nothing is lost.
      for (let i = 0; i < pieces.length; i++) {
        pieces[i]!.start = i === 0 ? line.start : pieces[i - 1]!.end;
        if (i === pieces.length - 1) pieces[i]!.end = line.end;
      }
      for (const piece of pieces) {
        for (const part of splitAt(text, piece, AFTER_CLOSING_QUOTE, () => 2)) {
          const span = trimSpan(text, part);
          if (span)
            sentences.push({ ...span, index: sentences.length, text: text.slice(span.start, span.end), paragraph });
        }
      }
    }
  });
  return sentences;
}

const OPENING = new Set(['“', '"', '«']);
const CLOSING: Record<string, string[]> = { '“': ['”', '"'], '"': ['"', '”'], '«': ['»'] };

/**
 * Quotations, by pairing quotation marks. A quotation left open at the end
 * of a paragraph either goes on (the next paragraph carries on the speech
 * without a mark of its own) or, when the next paragraph opens with a mark
 * of its own, ends with its paragraph, as news style writes it.
 */
export function findQuotations(text: string): Quotation[] {
  const quotes: Quotation[] = [];
  const paras = paragraphs(text);
  let open: { mark: string; at: number } | null = null;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i]!;
      if (open) {
        if (CLOSING[open.mark]!.includes(ch)) {
          quotes.push({ start: open.at, end: i + 1, inner: { start: open.at + 1, end: i } });
          open = null;
        }
      } else if (OPENING.has(ch)) {
        open = { mark: ch, at: i };
      }
    }
    if (open) {
      const next = paras[p + 1];
      const reopens = next && OPENING.has(text[next.start]!);
      if (!next || reopens) {
        quotes.push({ start: open.at, end: para.end, inner: { start: open.at + 1, end: para.end } });
        open = null;
      }
    }
  }
  return quotes.filter((q) => q.inner.end > q.inner.start);
}

/** The part of a span inside another, if any. */
export function intersect(a: Span, b: Span): Span | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end > start ? { start, end } : null;
}

export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Letters and digits only, ASCII, lower case, joined by hyphens: the part of a key after its prefix. */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** The form names are compared in: no accents, no punctuation, one space, lower case. */
export function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Words as one alternation of a RegExp, the longest first so that it wins ("called on" before "called"). */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The line of the text that holds `at`. */
export function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
}

/**
 * How much of a line is in title case, a heading's: its words of four letters or more, and how many of them open
 * with a capital.
 */
export function titleCaseWords(line: string): { words: number; capitalised: number } {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return { words: words.length, capitalised: words.filter((w) => /^\p{Lu}/u.test(w)).length };
}

/** A plural noun phrase's last word made singular: "patrol boats" is "patrol boat", "batteries" "battery". */
export function singular(phrase: string): string {
  return phrase
    .replace(/ies$/, 'y')
    .replace(/(ss|x|ch|sh)es$/, '$1')
    .replace(/([^s])s$/, '$1');
}
