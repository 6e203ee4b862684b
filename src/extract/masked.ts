import type { Mention } from './entities.js';
import type { Span } from './types.js';

/**
 * A sentence with each mention replaced by a token `⟨i⟩`, so that patterns
 * of news writing ("⟨0⟩, ⟨1⟩ and ⟨2⟩ accused ⟨3⟩ of ...") are plain
 * regular expressions, and every match maps back to offsets in the text.
 */

export const TOKEN = '⟨(\\d+)⟩';
/**
 * One or more tokens joined as a list: "⟨0⟩", "⟨0⟩ and ⟨1⟩", "both ⟨0⟩ and
 * ⟨1⟩", "⟨0⟩, ⟨1⟩, and ⟨2⟩", "⟨0⟩ and the ⟨1⟩". A comma alone does not make a list: in
 * "on behalf of ⟨0⟩, ⟨1⟩ said" the two are not one subject.
 */
export const LIST = '(?:[Bb]oth (?:the )?)?⟨\\d+⟩(?:(?:, (?:the )?⟨\\d+⟩)*,? (?:and|or|as well as) (?:the )?⟨\\d+⟩)?';

interface Segment {
  masked: Span;
  original: Span;
  unit?: number;
}

export interface Unit {
  /** The mention (or mentions, for a collapsed phrase) this token stands for. */
  mention: Mention;
  /** Where the token's words are in the text. */
  span: Span;
  /**
   * A person speaking for the entity without being named ("the
   * representative of France", "a U.S. official"): "he" and "she" may
   * refer back to it.
   */
  role?: boolean;
}

export class Masked {
  readonly text: string;
  private readonly segments: Segment[] = [];

  constructor(
    source: string,
    readonly span: Span,
    readonly units: Unit[],
  ) {
    let out = '';
    let at = span.start;
    // Where phrases overlap (a title's state inside a person's phrase), the longer stands for both.
    const sorted = units
      .map((u, i) => ({ u, i }))
      .sort((a, b) => a.u.span.start - b.u.span.start || b.u.span.end - a.u.span.end);
    for (const { u, i } of sorted) {
      if (u.span.start < at) continue;
      if (u.span.start > at) {
        this.segments.push({
          masked: { start: out.length, end: out.length + u.span.start - at },
          original: { start: at, end: u.span.start },
        });
        out += source.slice(at, u.span.start);
      }
      const token = `⟨${i}⟩`;
      this.segments.push({
        masked: { start: out.length, end: out.length + token.length },
        original: { ...u.span },
        unit: i,
      });
      out += token;
      at = u.span.end;
    }
    if (at < span.end) {
      this.segments.push({
        masked: { start: out.length, end: out.length + span.end - at },
        original: { start: at, end: span.end },
      });
      out += source.slice(at, span.end);
    }
    this.text = out;
  }

  /**
   * The offset in the text of a position in the masked string: a start
   * maps into the segment that begins there, an end into the one that ends
   * there; a token maps to its words' start or end.
   */
  offset(position: number, side: 'start' | 'end' = 'start'): number {
    for (const seg of this.segments) {
      const inside =
        side === 'start'
          ? position >= seg.masked.start && position < seg.masked.end
          : position > seg.masked.start && position <= seg.masked.end;
      if (!inside) continue;
      if (seg.unit !== undefined) return side === 'start' ? seg.original.start : seg.original.end;
      return seg.original.start + (position - seg.masked.start);
    }
    return side === 'start'
      ? position <= 0
        ? this.span.start
        : this.span.end
      : position <= 0
        ? this.span.start
        : this.span.end;
  }

  /** The span in the text of a stretch of the masked string. */
  original(start: number, end: number): Span {
    return { start: this.offset(start, 'start'), end: this.offset(end, 'end') };
  }

  /**
   * The sentence with a stretch of its masked string left out, its offsets still mapping to the text: an attribution
   * inside the words ("⟨0⟩, he said, armed ⟨1⟩") leaves them to be read as one clause ("⟨0⟩ armed ⟨1⟩").
   */
  without(hole: Span): Masked {
    const cut = hole.end - hole.start;
    const segments: Segment[] = [];
    for (const seg of this.segments) {
      const { masked, original } = seg;
      if (masked.end <= hole.start) segments.push(seg);
      else if (masked.start >= hole.end)
        segments.push({ ...seg, masked: { start: masked.start - cut, end: masked.end - cut } });
      else if (seg.unit === undefined) {
        // A stretch of plain words the hole cuts into keeps what lies on either side of it.
        if (masked.start < hole.start)
          segments.push({
            masked: { start: masked.start, end: hole.start },
            original: { start: original.start, end: original.start + hole.start - masked.start },
          });
        if (masked.end > hole.end)
          segments.push({
            masked: { start: hole.start, end: masked.end - cut },
            original: { start: original.start + hole.end - masked.start, end: original.end },
          });
      }
    }
    const copy = Object.create(Masked.prototype) as Masked;
    return Object.assign(copy, {
      text: this.text.slice(0, hole.start) + this.text.slice(hole.end),
      span: this.span,
      units: this.units,
      segments,
    });
  }
}

/** The units a stretch of a masked string names, in order ("⟨0⟩ and ⟨1⟩" names 0 and 1). */
export function listUnits(stretch: string): number[] {
  return [...stretch.matchAll(/⟨(\d+)⟩/g)].map((m) => Number(m[1]));
}
