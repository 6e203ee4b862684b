import { clear, h } from '../dom.js';
import { styleOf } from '../types-style.js';

/** One highlighted stretch of the article: an entity's mention, a claim's sentence or its quoted words. */
export interface Highlight {
  start: number;
  end: number;
  kind: 'mention' | 'sentence' | 'quote';
  /** The entity id (mentions) or the claim key (sentences, quotes). */
  ref: string;
  /** For mentions: the entity's type, which gives the underline its colour. */
  type?: string;
}

interface Segment {
  el: HTMLElement;
  start: number;
  mentions: string[];
  sentences: string[];
  quotes: string[];
  /** The claims whose sentence or quoted words it is part of. */
  claims: string[];
}

export interface ArticleTextOptions {
  /** A claim's words were picked (click, or Enter/Space on its sentence). */
  onPickClaim: (key: string) => void;
  /** An entity's mention outside any claim sentence was picked. */
  onPickEntity: (id: string) => void;
  /** How a claim reads to a screen reader, for its sentence's button. */
  describeClaim: (key: string) => string;
}

/**
 * The article with its highlights. Spans may overlap (a mention inside a
 * claim's sentence, two claims from one sentence), so the text is cut at
 * every span boundary and each piece knows everything it belongs to. The
 * first piece of each claim sentence is a button, so the claims can be
 * reached from the text with the keyboard too.
 */
export class ArticleText {
  private segments: Segment[] = [];
  private selectedClaim: string | null = null;

  constructor(
    readonly element: HTMLElement,
    private readonly options: ArticleTextOptions,
  ) {}

  render(text: string, highlights: Highlight[]) {
    clear(this.element);
    this.segments = [];
    const spans = highlights
      .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
      .filter((s) => s.start < s.end);
    const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
    const anchored = new Set<string>();
    for (let i = 0; i + 1 < cuts.length; i++) {
      const start = cuts[i]!;
      const end = cuts[i + 1]!;
      const piece = text.slice(start, end);
      const over = spans.filter((s) => s.start <= start && s.end >= end);
      if (!over.length) {
        this.element.append(piece);
        continue;
      }
      const of = (kind: Highlight['kind']) => [...new Set(over.filter((s) => s.kind === kind).map((s) => s.ref))];
      const segment: Segment = {
        el: h('span', { class: 'hl' }, piece),
        start,
        mentions: of('mention'),
        sentences: of('sentence'),
        quotes: of('quote'),
        claims: [],
      };
      segment.claims = [...new Set([...segment.sentences, ...segment.quotes])];
      const { el } = segment;
      el.classList.toggle('mention', segment.mentions.length > 0);
      el.classList.toggle('sentence', segment.sentences.length > 0);
      el.classList.toggle('quote', segment.quotes.length > 0);
      const type = over.find((s) => s.kind === 'mention')?.type;
      if (type) el.style.setProperty('--type-color', styleOf(type).color);
      if (segment.claims.length) {
        el.dataset.claims = segment.claims.join(' ');
        el.addEventListener('click', () => this.pickClaim(segment));
        // A sentence opens with a button naming its claims; the rest of it is clickable for the mouse.
        const opening = segment.sentences.filter((k) =>
          spans.some((s) => s.kind === 'sentence' && s.ref === k && s.start === start),
        );
        if (opening.length && !opening.every((k) => anchored.has(k))) {
          opening.forEach((k) => anchored.add(k));
          el.tabIndex = 0;
          el.setAttribute('role', 'button');
          el.setAttribute(
            'aria-label',
            `${piece.trim()}… (${segment.claims.map(this.options.describeClaim).join('; ')})`,
          );
          el.addEventListener('keydown', (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              this.pickClaim(segment);
            }
          });
        }
      } else if (segment.mentions.length) {
        el.dataset.entities = segment.mentions.join(' ');
        el.addEventListener('click', () => this.options.onPickEntity(segment.mentions[0]!));
      }
      this.segments.push(segment);
      this.element.append(el);
    }
  }

  /** One click picks a sentence's claim; another on the same sentence moves to its next claim. */
  private pickClaim(segment: Segment) {
    const list = segment.claims;
    const at = this.selectedClaim ? list.indexOf(this.selectedClaim) : -1;
    this.options.onPickClaim(list[(at + 1) % list.length]!);
  }

  /** Marks a claim's sentence and quoted words (null clears), and brings them into view. */
  selectClaim(key: string | null, scroll = true) {
    this.selectedClaim = key;
    let first: HTMLElement | null = null;
    for (const s of this.segments) {
      const inSentence = key !== null && s.sentences.includes(key);
      s.el.classList.toggle('selected', inSentence);
      s.el.classList.toggle('selected-quote', key !== null && s.quotes.includes(key));
      if (inSentence && !first) first = s.el;
    }
    if (scroll) first?.scrollIntoView({ block: 'nearest' });
  }

  /** Marks an entity's mentions (null clears). */
  selectEntity(ids: string[] | null, scroll = true) {
    let first: HTMLElement | null = null;
    for (const s of this.segments) {
      const on = ids !== null && s.mentions.some((m) => ids.includes(m));
      s.el.classList.toggle('selected-mention', on);
      if (on && !first) first = s.el;
    }
    if (scroll) first?.scrollIntoView({ block: 'nearest' });
  }

  /** Dims the sentences whose claims were all unticked. */
  markDropped(dropped: Set<string>) {
    for (const s of this.segments) {
      s.el.classList.toggle('dropped', s.claims.length > 0 && s.claims.every((k) => dropped.has(k)));
    }
  }

  /** The text of the pieces now marked as the selected claim's words. */
  selectedWords(): string {
    return this.segments
      .filter((s) => s.el.classList.contains('selected'))
      .map((s) => s.el.textContent)
      .join('');
  }
}
