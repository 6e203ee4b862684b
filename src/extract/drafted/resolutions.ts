import type { Entities } from '../entities.js';
import type { Masked } from '../masked.js';
import { LIST } from '../masked.js';
import { slug } from '../text.js';
import type { Span } from '../types.js';

/**
 * Resolutions named by what they say rather than by number: "a draft
 * resolution condemning the annexation of ...", "the draft renewing the
 * panel", "a U.S.-drafted resolution that would have tightened sanctions",
 * "the 2006 resolution" (the one of that year already named, when there
 * is one); and "the draft", "the text" for the resolution named last,
 * or, once the text has told a vote or a veto on one, for the latest of
 * those voted on: in coverage of a Council meeting "the text" and "the
 * resolution" are the one decided that day, whatever older resolution
 * its preamble recalls. Resolutions by number or symbol are mentions
 * (mentions.ts).
 */

const DESCRIPTION = String.raw`(?:that would have|which would have|that|which|condemning|demanding|renewing|extending|calling for|on|imposing|tightening|lifting|establishing|authori[sz]ing|deploring|urging|welcoming|recommending|reaffirming|requesting|asking|endorsing|approving|expressing|suspending|referring|admitting|recogni[sz]ing|easing|to (?:renew|extend|impose|lift|condemn|demand|establish))\b[^;,.]{3,100}`;
/** "a text by ⟨A⟩ and ⟨B⟩ that would have ...", "a second draft, put forward by ⟨A⟩, which ...": its sponsors, before what it says. */
const SPONSORED = 'tabled|submitted|put forward|drafted|sponsored|presented|circulated|proposed|introduced';
const DESCRIBED = new RegExp(
  String.raw`\b(?<det>[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his)\s+(?:(?<year>(?:19|20)\d\d)\s+)?(?:(?:[\w.]+|⟨\d+⟩)-(?:drafted|sponsored|led)\s+|(?:new|revised|joint|rival|competing|first|second|third|fourth)\s+|⟨\d+⟩\s+(?=draft resolution\b)|(?<by>⟨\d+⟩(?:-⟨\d+⟩)*)\s+(?=(?:draft|text)\b))*(?<head>draft resolution|draft|resolution|text)\b(?:(?<sponsor>,?\s+(?:(?:${SPONSORED})\s+)?by (?:the )?${LIST}),?(?=\s+${DESCRIPTION}))?(?<desc>\s+${DESCRIPTION})?`,
  'gu',
);
/** Where a description stops: a date, a cause, the next clause. */
const DESCRIPTION_END =
  /\s+(?:on (?:\d{1,2}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|in (?:19|20)\d\d\b|(?:after|because|since|when|while|but)\b|and (?:was|were|has|had|is)\b).*$/;

/** A resolution's UN number without its year, from its symbol or key: "s-res-1718", "s-2024-255", "a-res-76-262". */
export function resolutionNumber(e: { key: string; symbol?: string | null }): string | null {
  const symbol = e.symbol?.replace(/\s*\(\d{4}\)\s*$/, '');
  if (symbol) return symbol.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const slugged = e.key.slice(e.key.indexOf(':') + 1);
  const sres = /^s-res-(\d+)(?:-\d{4})?$/.exec(slugged);
  if (sres) return `s-res-${sres[1]}`;
  return /^(?:s-\d{4}-\d+|a-res-\d+-\d+)$/.test(slugged) ? slugged : null;
}

/** Words of a description that carry its meaning, cut to their stems ("renewing" and "renewal" are "renew"). */
export function descriptionStems(text: string): string[] {
  const stop = new Set([
    'draft',
    'resolution',
    'the',
    'that',
    'which',
    'would',
    'have',
    'with',
    'from',
    'into',
    'security',
    'council',
  ]);
  return [
    ...new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !stop.has(w)).map((w) => w.slice(0, 5))),
  ];
}

export interface FoundResolution {
  key: string;
  span: Span;
}

export class ResolutionFinder {
  /** The resolutions named so far, by number or description, the latest last. */
  private readonly named: string[] = [];
  /** The parties each draft was put forward by, as the text named them ("a text by ⟨A⟩ and ⟨B⟩ that would have ..."). */
  private readonly sponsors = new Map<string, string[]>();

  constructor(
    private readonly text: string,
    private readonly entities: Entities,
  ) {}

  /** The resolutions a sentence names by description or refers back to; `numbered` are those it names by number. */
  read(masked: Masked, numbered: string[]): FoundResolution[] {
    this.named.push(...numbered);
    const found: FoundResolution[] = [];
    for (const m of masked.text.matchAll(DESCRIBED)) {
      const g = m.groups!;
      // "a ⟨Russian⟩ draft resolution asking ...": its sponsor is named before it only with what it says after it.
      if (!g.desc && /⟨\d+⟩\s+draft resolution$/.test(m[0])) continue;
      // "resolution 242 (1967), a ⟨British⟩ text on withdrawal": set off after a resolution named, a sponsor's text is that
      // resolution described, not another one.
      const apposed = /⟨(\d+)⟩,\s*$/.exec(masked.text.slice(0, m.index));
      const after = apposed && masked.units[Number(apposed[1])]?.mention.key;
      if (g.desc && g.by && after && this.entities.get(after)?.type === 'Resolution') continue;
      // "The ⟨French⟩-⟨Spanish⟩ draft received 11 votes": the draft the text gave those sponsors, its words another name.
      if (!g.desc && g.by) {
        const by = this.sponsorsIn(masked, g.by);
        const known = [...this.named].reverse().find((k) => by.every((s) => this.sponsors.get(k)?.includes(s)));
        if (!known) continue;
        const span = masked.original(m.index! + m[0].indexOf(g.by), m.index! + m[0].length);
        this.entities.mention(known, span, this.text, true);
        found.push({ key: known, span });
        continue;
      }
      const span = masked.original(m.index!, m.index! + m[0].length);
      const desc = g.desc ? this.words(masked, m.index! + m[0].length - g.desc.length, m.index! + m[0].length) : '';
      // "vetoed the resolution on Friday": a weekday is when, not what the resolution says.
      const description = desc
        .replace(DESCRIPTION_END, '')
        .replace(/^\s*on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$/, '')
        .trim();
      if (description.split(' ').length >= 2) {
        const at = m.index! + m[0].lastIndexOf(g.sponsor ?? '\u0000');
        const sponsor = g.sponsor
          ? this.words(masked, at, at + g.sponsor.length)
              .replace(/^,\s*/, '')
              .trim()
          : '';
        const key = this.described(g.head!, description, g.year, span, sponsor);
        if (g.sponsor) this.sponsors.set(key, this.sponsorsIn(masked, g.sponsor));
        found.push({ key, span });
        continue;
      }
      if (g.year) {
        // "the 2006 resolution": the one of that year the text has named.
        const known = [...this.named].reverse().find((k) => k.endsWith(`-${g.year}`));
        if (known) {
          this.entities.mention(known, span, this.text, false);
          found.push({ key: known, span });
        }
        continue;
      }
      // "the draft", "the text", "vetoed the resolution on Friday": the resolution named last, unless that is an older
      // one than the resolution voted on last.
      if (/^[Tt]he$/.test(g.det!) && /draft|text|resolution/.test(g.head!) && this.named.length)
        found.push({ key: this.referent(), span });
    }
    return found;
  }

  private described(head: string, description: string, year: string | undefined, span: Span, sponsor = ''): string {
    const draft = /draft/.test(head) || /would have/.test(description);
    // Named as analysts name a resolution: by its sponsors, then what it does in the -ing form ("Draft resolution by ⟨A⟩
    // and ⟨B⟩ demanding ..." for "a text by ⟨A⟩ and ⟨B⟩ that would have demanded ..."); the text's own words stay its alias.
    const does = description
      .replace(/^(?:that|which) (?:would have )?([a-z]+?)ed\b/, '$1ing')
      .replace(/^(?:that|which) (?!would)/, '');
    const name = `${draft ? 'Draft resolution' : 'Resolution'} ${sponsor ? `${sponsor} ` : ''}${does}`;
    const words = description
      .replace(/^(?:that|which) (?:would have )?/, '')
      .split(' ')
      .slice(0, 8)
      .join(' ');
    const key = `resolution:${slug(`${draft ? 'draft ' : ''}${words}${year ? ` ${year}` : ''}`)}`;
    const record = this.entities.add(key, 'Resolution', name, {
      ...(draft ? { status: 'DRAFT' } : {}),
      ...(year ? { date: year } : {}),
    });
    if (!record.aliases.size) this.entities.alias(key, this.text.slice(span.start, span.end));
    this.entities.mention(key, span, this.text, false);
    this.named.push(key);
    return key;
  }

  /** The parties a stretch of the masked sentence names. */
  private sponsorsIn(masked: Masked, stretch: string): string[] {
    return [...stretch.matchAll(/⟨(\d+)⟩/g)].map((u) => masked.units[Number(u[1])]!.mention.key);
  }

  /** The text's own words for a stretch of the masked sentence. */
  private words(masked: Masked, start: number, end: number): string {
    const span = masked.original(start, end);
    return this.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  }

  /**
   * What "the text" or "the resolution" stands for: the resolution named last, unless the text has told a vote or a
   * veto on one of a later year than that (resolution 2793 (2025) adopted, then resolution 2699 (2023) recalled: "the
   * text" is still 2793).
   */
  private referent(): string {
    const last = this.named[this.named.length - 1]!;
    const votes = this.entities.links.filter(
      (l) => l.type === 'CONCERNS' && ['VOTE', 'VETO'].includes(String(this.entities.get(l.from)?.props.category)),
    );
    const decided = [...this.named].reverse().find((k) => votes.some((l) => l.to === k));
    if (!decided || decided === last) return last;
    const year = (k: string) => Number(/\b(?:19|20)\d\d\b/.exec(k.replace(/-/g, ' '))?.[0] ?? NaN);
    const when = (k: string) =>
      year(k) ||
      Math.max(
        ...votes.filter((l) => l.to === k).map((l) => year(String(this.entities.get(l.from)?.props.date ?? ''))),
      );
    return year(last) < when(decided) ? decided : last;
  }

  /** The resolution named last, for "the veto" and "the vote" that name none. */
  last(): string | undefined {
    return this.named[this.named.length - 1];
  }
}
