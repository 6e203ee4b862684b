import { dateProblem } from '../ingest/document.js';
import type { ExtractInput } from './types.js';

/**
 * What the extractor accepts, checked alike by the CLI and the mutation:
 * plain text of a sensible size, and an ISO publication date that relative
 * dates resolve against.
 */

/** About 8,000 words: a long article. The cost of extraction grows with the text. */
export const MAX_TEXT_CHARS = 50_000;

export interface InputProblem {
  /** The input field: text, publishedOn, url, title, publisher. */
  field: keyof ExtractInput;
  message: string;
}

export function textProblem(text: string): string | undefined {
  if (text.trim().length === 0) return 'is empty: give the article’s plain text';
  // A NUL byte or a character U+FFFD (what invalid UTF-8 decodes to) means the bytes were not text.
  if (text.includes('\u0000')) return 'looks binary (it holds NUL bytes): give the article’s plain text';
  if (/\uFFFD/.test(text)) return 'is not valid UTF-8 text: give the article’s plain text, UTF-8 encoded';
  if (text.length > MAX_TEXT_CHARS)
    return `is ${text.length} characters long; the limit is ${MAX_TEXT_CHARS}: split the text`;
  return undefined;
}

export function inputProblems(input: ExtractInput): InputProblem[] {
  const problems: InputProblem[] = [];
  const text = textProblem(input.text);
  if (text) problems.push({ field: 'text', message: `the text ${text}` });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.publishedOn))
    problems.push({ field: 'publishedOn', message: 'must be a date YYYY-MM-DD' });
  else {
    const date = dateProblem(input.publishedOn);
    if (date) problems.push({ field: 'publishedOn', message: date });
  }
  if (input.url != null && input.url !== '') {
    let ok: boolean;
    try {
      ok = ['http:', 'https:'].includes(new URL(input.url).protocol);
    } catch {
      ok = false;
    }
    if (!ok) problems.push({ field: 'url', message: 'must be an http(s) URL' });
  }
  if (input.title != null && input.title.length > 500)
    problems.push({ field: 'title', message: 'must be at most 500 characters' });
  if (input.publisher != null && input.publisher.length > 200)
    problems.push({ field: 'publisher', message: 'must be at most 200 characters' });
  return problems;
}
