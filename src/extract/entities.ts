import type { EntityType, RelationshipType } from '../domain/index.js';
import { STATE_FORMS, STATES } from './gazetteer.js';
import { fold, slug } from './text.js';
import type { Span } from './types.js';

/**
 * The entities a draft names, as the extractor finds them: one record per
 * real-world entity, whatever names the text gives it, with where the text
 * names it and the relationships its mentions imply (a ministry PART_OF its
 * state, a city LOCATED_IN its state, an official HOLDS_POSITION).
 */

export interface EntityRecord {
  key: string;
  type: EntityType;
  name: string;
  /** Other names the text or the gazetteer gives it. */
  aliases: Set<string>;
  /** Type-specific properties of the ingest format (code, category, symbol, designation...). */
  props: Record<string, unknown>;
  mentions: Span[];
}

export interface Position {
  person: string;
  title: string;
  /** The state or organization the post is held for. */
  holder: string;
  former: boolean;
}

/** How a mention names its entity: "Moscow" names Russia as its capital, "Russian" as its demonym. */
export type MentionForm = 'name' | 'demonym' | 'capital' | 'surname' | 'phrase';

export interface Mention extends Span {
  key: string;
  form: MentionForm;
  /** Where the phrase naming it starts and ends when it is longer than the name (a title before a person). */
  phrase?: Span;
}

/** A relationship a drafted entity implies: a transfer's supplier, an event's place, a veto of a resolution. */
export interface Link {
  type: RelationshipType;
  from: string;
  to: string;
  /** Its properties in the ingest format (a participant's role). */
  props?: Record<string, unknown>;
}

export class Entities {
  readonly byKey = new Map<string, EntityRecord>();
  private readonly afterClaims: { key: string; span: Span }[] = [];
  readonly positions: Position[] = [];
  readonly partOf: { from: string; to: string }[] = [];
  readonly locatedIn: { from: string; to: string }[] = [];
  readonly links: Link[] = [];
  /**
   * Where the text names a state's organ by a common noun ("the Government", "the Syrian authorities", "the army"),
   * with the organ's key and its state's: a claim aimed there is aimed at the organ (claims/organs-aimed.ts).
   */
  readonly organs: (Span & { key: string; state: string; service: boolean })[] = [];

  add(
    key: string,
    type: EntityType,
    name: string,
    props: Record<string, unknown> = {},
    aliases: string[] = [],
  ): EntityRecord {
    let record = this.byKey.get(key);
    if (!record) {
      record = { key, type, name, aliases: new Set(), props: { ...props }, mentions: [] };
      this.byKey.set(key, record);
    }
    for (const alias of aliases) this.alias(key, alias);
    return record;
  }

  alias(key: string, alias: string) {
    const record = this.byKey.get(key);
    if (!record) return;
    const a = alias
      .replace(/^the\s+/i, '')
      .replace(/[’']s$/, '')
      .trim();
    if (a && fold(a) !== fold(record.name)) record.aliases.add(a);
  }

  /** Records where the text names an entity; the words become an alias unless they only describe it ("Russian"). */
  mention(key: string, span: Span, text: string, asAlias = true) {
    const record = this.byKey.get(key);
    if (!record) return;
    if (!record.mentions.some((m) => m.start === span.start && m.end === span.end))
      record.mentions.push({ start: span.start, end: span.end });
    if (asAlias) this.alias(key, text.slice(span.start, span.end));
  }

  /**
   * Where the text names a body that claims are not read from (a state's organ named where its state acts, "the
   * Irish government"): recorded for the draft once the claims are read, so that no rule takes the words for a
   * party of their own ("with Beijing, the Japanese government said").
   */
  mentionAfterClaims(key: string, span: Span) {
    this.afterClaims.push({ key, span });
  }

  /** Records the mentions kept for after the claims (mentionAfterClaims). */
  settleAfterClaims() {
    for (const { key, span } of this.afterClaims.splice(0)) this.mention(key, span, '', false);
  }

  state(code: string): EntityRecord {
    const info = STATES.get(code)!;
    return this.add(
      `state:${code}`,
      'State',
      info.name,
      { code, ...(info.wikidataId ? { wikidataId: info.wikidataId } : {}) },
      info.officialName !== info.name ? [info.officialName] : [],
    );
  }

  /**
   * The state whose capital a drafted place is, standing for its government ("Claims in ⟨Zagreb⟩ that ...",
   * "recalled its ambassador from ⟨Tehran⟩"); null for any other entity.
   */
  governmentSeatedIn(key: string): string | null {
    const record = this.byKey.get(key);
    const form = record?.type === 'Place' ? STATE_FORMS.get(record.name) : undefined;
    return form?.role === 'capital' && form.code ? this.state(form.code).key : null;
  }

  link(list: 'partOf' | 'locatedIn', from: string, to: string) {
    if (from !== to && !this[list].some((l) => l.from === from && l.to === to)) this[list].push({ from, to });
  }

  /** Records a relationship between two entities, once. */
  relate(type: RelationshipType, from: string, to: string, props?: Record<string, unknown>) {
    if (from === to || this.links.some((l) => l.type === type && l.from === from && l.to === to)) return;
    this.links.push({ type, from, to, ...(props ? { props } : {}) });
  }

  position(p: Position) {
    if (!this.positions.some((q) => q.person === p.person && q.holder === p.holder)) this.positions.push(p);
  }

  get(key: string) {
    return this.byKey.get(key);
  }

  /** The entity `accept`s that the text names last before `at`, within `within` characters of it: whom a pronoun or a role stands for. */
  lastNamedBefore(at: number, accept: (e: EntityRecord) => boolean, within = Infinity): string | null {
    return this.lastMentionBefore(at, accept, within)?.key ?? null;
  }

  /** As lastNamedBefore, with where that mention starts. */
  lastMentionBefore(
    at: number,
    accept: (e: EntityRecord) => boolean,
    within = Infinity,
  ): { key: string; start: number } | null {
    let last: { key: string; start: number } | null = null;
    for (const e of this.byKey.values()) {
      if (!accept(e)) continue;
      for (const m of e.mentions)
        if (m.start < at && at - m.start <= within && (!last || m.start > last.start))
          last = { key: e.key, start: m.start };
    }
    return last;
  }
}

/** `org:`, `person:`... and a slug; never empty after the prefix. */
export function makeKey(prefix: string, name: string): string {
  return `${prefix}:${slug(name) || 'unnamed'}`;
}
