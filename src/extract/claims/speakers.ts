import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import { dataTable } from '../tables.js';
import type { Entities } from '../entities.js';
import { listUnits, Masked, type Unit } from '../masked.js';
import type { Quotation } from '../text.js';
import { bodyOfKind } from './kinds.js';
import { OPENS_ON_DOCUMENT } from './referents.js';
import { groupSpeaking } from './parties.js';
import { HUMAN_ROLE, MEMBERS_OF_BODY, PRONOUN, ROLE_PHRASES } from './patterns.js';
import type { ClaimDraft, SentenceContext } from './types.js';

/**
 * Who speaks: the units a sentence's speakers may be (a person, a state or
 * body, or someone speaking for one unnamed: "the representative of ⟨X⟩",
 * "a senior ⟨X⟩ official"), pronouns resolved to the most recent speaker
 * that fits, and whom each speaker speaks for.
 */

/** One who spoke: a person, or a state or body, spoken for by a person ("the representative of ⟨X⟩") or not. */
interface Spoken {
  key: string;
  /** A person, named or not: what "he" and "she" refer to. */
  human: boolean;
  /** The sentence they last spoke in. */
  at: number;
}

interface SpeakerMemory {
  /** Everyone who spoke so far, the latest last: pronouns refer to the most recent speaker that fits. */
  recent: Spoken[];
  /** The speakers of the last sentence that had any, for "they". */
  group: string[];
  /**
   * Who issues a statement ("We call on ..."): the body named in its heading, else the first organization to
   * speak; a joint statement's signing states together.
   */
  issuers: string[];
}

/** A body's own envoy or spokesperson named by a pronoun: "its ambassador", "their spokesman". */
const OWN_ENVOY = /^(?:its|their) (?:ambassador|envoy|spokes|foreign minister|foreign ministry|defen[cs]e ministry)/i;

/** A person named in apposition to a body's post given by a pronoun: "Its spokesman, ⟨Name⟩, said". */
const OWN_POST_NAMED = /^(?:[Ii]ts|[Tt]heir) (spokes(?:person|man|woman)|ambassador|envoy|commander|leader|chief),\s*$/;
/** How far back the body such a pronoun refers to may have been named. */
const POST_HOLDER_NEAR = 300;

/** Titles that say what a person is, not whose post they hold (persons.json, "ownVoice"): they speak for themselves. */
const OWN_VOICE = new RegExp(
  `\\b(?:${z
    .object({ ownVoice: z.array(z.string()).min(1) })
    .parse(dataTable('persons.json'))
    .ownVoice.join('|')})s?\\b`,
  'i',
);

/** Those who govern, unnamed, whom a capital's name after "in" makes its state's: "officials in ⟨Kampala⟩". */
const GOVERNING = /^(?:officials|authorities|government|leadership)$/i;

/** The bare name of a kind of body, as a statement's issuer calls itself: "the Ministry", "the Department". */
const OWN_BODY = /^(?:Ministry|Department|Secretariat|Foreign Office)$/;

export class Speakers {
  readonly memory: SpeakerMemory = { recent: [], group: [], issuers: [] };
  /** Speakers of the sentence being read that are people, named or not. */
  readonly human = new Set<string>();
  /** Every quotation of the text. */
  allQuotations: Quotation[] = [];
  /** In a transcript, who is answering: what "we" stands for. */
  voice: string | null = null;
  /** The sentence is in a labelled paragraph of a transcript: a question's "we" is the journalist's, no speaker's. */
  labelled = false;
  /**
   * The state or body the sentence being read opens on as its subject, and where, and the one the sentence before
   * opened on: what "its ambassador" refers to ("⟨China⟩ vetoed the draft. Its ambassador told the Council ...").
   */
  subjects: { current: { key: string; at: number } | null; previous: string | null } = {
    current: null,
    previous: null,
  };
  /**
   * The person a sentence opened on without speaking ("⟨Madagascar⟩'s foreign minister ⟨Name⟩ arrived in ⟨Paris⟩ on
   * Monday."), and which sentence: whom a "he" or "she" in the sentence after refers to, before an earlier speaker.
   */
  introduced: { key: string; at: number } | null = null;
  /** The states and bodies the sentence before named as the subjects of its clauses, in order ("said ⟨B⟩ had ..."). */
  clauseSubjects: string[] = [];
  /** The sentence being read. */
  sentenceIndex = 0;
  /** Where each sentence read so far starts in the text. */
  readonly sentenceStarts = new Map<number, number>();
  /** In a government's own statement, that government's state: whose "we" it is when its heading names no issuer. */
  home: string | null = null;

  constructor(
    private readonly text: string,
    readonly entities: Entities,
  ) {}

  /** Remembers the speakers of a sentence's claims, for the pronouns of the sentences after it. */
  remember(made: ClaimDraft[]) {
    const speakers = [...new Set(made.map((c) => c.speaker))];
    for (const key of speakers) {
      this.memory.recent = this.memory.recent.filter((r) => r.key !== key);
      const at = Math.max(...made.filter((c) => c.speaker === key).map((c) => c.sentenceIndex));
      this.memory.recent.push({ key, human: this.entities.get(key)?.type === 'Person' || this.human.has(key), at });
    }
    if (!this.memory.issuers.length) {
      // In a government's own statement, a body of another state that speaks (its embassy, its ministry) is reported, not the issuer.
      const reported = (key: string) => !!this.home && !!this.stateOf(key) && this.stateOf(key) !== this.home;
      const body = made.find(
        (c) => c.quotes.length === 0 && this.entities.get(c.speaker)?.type === 'Organization' && !reported(c.speaker),
      );
      if (body) this.memory.issuers = [body.speaker];
    }
    this.memory.group = speakers;
  }

  /**
   * Units for the claim patterns: each mention as its whole phrase, and a
   * person speaking for an entity unnamed ("the representative of ⟨X⟩", "a
   * senior ⟨X⟩ official", "the authorities in ⟨X⟩") as ⟨X⟩.
   */
  units(ctx: SentenceContext): Unit[] {
    const units: Unit[] = ctx.mentions.map((m) => ({ mention: m, span: m.phrase ?? { start: m.start, end: m.end } }));
    const masked = new Masked(this.text, ctx.sentence, units);
    const merged: Unit[] = [...units];
    for (const re of ROLE_PHRASES) {
      for (const m of masked.text.matchAll(re)) {
        const index = Number(m.groups!.unit);
        const unit = units[index]!;
        const type = this.entities.get(unit.mention.key)?.type;
        // "Officials in ⟨Ashgabat⟩ reject that view": the officials or the authorities of a capital are its state's.
        const seat =
          type === 'Place' && GOVERNING.test(m.groups!.role!)
            ? this.entities.governmentSeatedIn(unit.mention.key)
            : null;
        if (type !== 'State' && type !== 'Organization' && !seat) continue;
        // "⟨Russian⟩ President ⟨Putin⟩" and "⟨X⟩'s foreign policy chief, ⟨Novak⟩," are a person's title, not the state or body speaking.
        if (/^,?\s*⟨\d+⟩/.test(masked.text.slice(m.index! + m[0].length))) continue;
        const span = masked.original(m.index!, m.index! + m[0].length);
        merged[index] = {
          mention: { ...unit.mention, ...(seat ? { key: seat } : {}), form: 'name' },
          span,
          role: HUMAN_ROLE.test(m.groups!.role!),
        };
      }
    }
    // The states of an alliance named as its members speak as the alliance; a state's allies are other states.
    for (const m of masked.text.matchAll(MEMBERS_OF_BODY)) {
      const index = Number(m.groups!.unit);
      const unit = units[index]!;
      if (this.entities.get(unit.mention.key)?.type !== 'Organization' || merged[index] !== unit) continue;
      if (/^,?\s*⟨\d+⟩/.test(masked.text.slice(m.index! + m[0].length))) continue;
      merged[index] = {
        mention: { ...unit.mention, form: 'name' },
        span: masked.original(m.index!, m.index! + m[0].length),
      };
    }
    return merged;
  }

  /** The entities a subject names, pronouns resolved; only people, states and organizations speak. */
  speakersIn(subject: string, units: Unit[], masked: Masked, at: number): string[] {
    // In a transcript a kind noun is a journalist's or an answer's aside, not a body speaking.
    const kind = this.labelled
      ? null
      : bodyOfKind(
          subject.trim(),
          this.entities,
          { text: masked.offset(at), sentence: this.sentenceIndex },
          {
            recent: this.memory.recent,
            stateOf: (key) => this.stateOf(key),
            sentenceStart: (index) => this.sentenceStarts.get(index),
          },
        );
    if (kind) return kind;
    // "The four states accuse ⟨B⟩ ...": each party of the group the text last named together in that number; in a
    // transcript, as a kind noun, a journalist's or an answer's aside.
    const group = this.labelled ? null : groupSpeaking(subject.trim(), this.text, this.entities, masked.offset(at));
    if (group) return group;
    const pronoun = new RegExp(`^${PRONOUN}$`).exec(subject.trim());
    if (pronoun && OWN_ENVOY.test(subject.trim())) {
      // "Its ambassador told the Council": the body's envoy speaks for whoever the sentence, or the one before, is about.
      const { current, previous } = this.subjects;
      const about = current && current.at < at ? current.key : previous;
      if (about) return [about];
    }
    // "The draft, tabled by ⟨A⟩, received 10 votes. It would have deplored ...": the text voted on, no one speaking.
    if (pronoun && /^it$/i.test(subject.trim()) && this.afterDocument(masked.offset(at))) return [];
    if (pronoun) {
      const resolved = this.pronoun(subject.trim().toLowerCase(), this.insideQuote(masked.offset(at)));
      for (const key of resolved) if (this.memory.recent.some((r) => r.key === key && r.human)) this.human.add(key);
      return resolved;
    }
    const speaking = listUnits(subject).filter((i) => isActorType(this.entities.get(units[i]!.mention.key)?.type));
    for (const i of speaking) if (units[i]!.role) this.human.add(units[i]!.mention.key);
    return speaking.map((i) => this.issuerMeant(units[i]!) ?? units[i]!.mention.key);
  }

  /** Whether a pronoun at this offset opens its sentence, and the sentence before opens on the text voted on. */
  private afterDocument(offset: number): boolean {
    const start = this.sentenceStarts.get(this.sentenceIndex);
    const before = this.sentenceStarts.get(this.sentenceIndex - 1);
    if (start === undefined || before === undefined || this.text.slice(start, offset).trim()) return false;
    return OPENS_ON_DOCUMENT.test(this.text.slice(before, start));
  }

  /**
   * "⟨China⟩'s ⟨Western Theatre Command⟩ gave a different account. Its spokesman, ⟨Name⟩, said ...": the person holds
   * the post for the body the pronoun refers to (the one the sentence before opened on, else the state or body named
   * last before it), so that their words are that body's side, not the side a dateline or the sentences around give
   * an official with no post known.
   */
  postNamed(person: string, before: string, at: number, textAt: number) {
    const post = OWN_POST_NAMED.exec(before);
    if (!post || this.entities.get(person)?.type !== 'Person' || this.sideOf(person)) return;
    const { current, previous } = this.subjects;
    const holder =
      (current && current.at < at ? current.key : previous) ??
      this.entities.lastNamedBefore(textAt, (e) => e.type === 'State' || e.type === 'Organization', POST_HOLDER_NEAR);
    if (holder && this.entities.get(holder)?.type !== 'Person')
      this.entities.positions.push({ person, title: post[1]!, holder, former: false });
  }

  /**
   * "The Ministry has asked ...": in a statement a ministry issues, the bare name of a kind of body is the
   * issuer speaking of itself, whichever ministry the text named last.
   */
  private issuerMeant(unit: Unit): string | null {
    const [issuer] = this.memory.issuers;
    if (this.memory.issuers.length !== 1 || !issuer || issuer === unit.mention.key) return null;
    const words = this.text.slice(unit.mention.start, unit.mention.end).replace(/^the\s+/i, '');
    if (!OWN_BODY.test(words)) return null;
    const name = this.entities.get(issuer)?.name ?? '';
    return name.toLowerCase().includes(words.toLowerCase()) ? issuer : null;
  }

  /**
   * What a pronoun speaking refers to: the most recent speaker that fits.
   * "He", "she" and "his delegation" are the last person to speak, named
   * or not ("the representative of ⟨X⟩" is ⟨X⟩), and so is "the speaker";
   * "it" the last state or
   * body; "they" the last group; "we", outside a quotation, the body
   * issuing a statement.
   */
  private pronoun(word: string, insideQuote: boolean): string[] {
    const latest = (fits: (s: Spoken) => boolean) => {
      for (let i = this.memory.recent.length - 1; i >= 0; i--)
        if (fits(this.memory.recent[i]!)) return [this.memory.recent[i]!.key];
      return [];
    };
    const body = (s: Spoken) => this.entities.get(s.key)?.type !== 'Person';
    if (/^(?:he|she|his |her |the )/.test(word)) {
      const speaker = [...this.memory.recent].reverse().find((s) => s.human);
      const introduced = this.introduced;
      if (introduced && introduced.at === this.sentenceIndex - 1 && (!speaker || speaker.at < introduced.at))
        return [introduced.key];
      return latest((s) => s.human);
    }
    // "We" (and "I") inside a quotation is the speaker's side, not a new speaker.
    if (word === 'we' || word === 'i')
      return insideQuote
        ? []
        : this.voice
          ? [this.voice]
          : this.labelled
            ? []
            : this.memory.issuers.length
              ? this.memory.issuers
              : this.home
                ? [this.home]
                : latest(body);
    if (/^(?:it|its )/.test(word)) return this.openedOn() ?? latest(body);
    return this.memory.group.length > 1 ? this.memory.group : latest(body);
  }

  /**
   * "⟨Managua⟩ has also turned the court against others. In March it accused ⟨Germany⟩ ...": "it" is the state or
   * body the sentence before opened on as its subject, when no one spoke in that sentence: a speaker named further back
   * is further from the pronoun than the subject just talked about.
   */
  private openedOn(): string[] | null {
    const { previous } = this.subjects;
    if (!previous || this.entities.get(previous)?.type === 'Person') return null;
    if (this.memory.recent.some((s) => s.at >= this.sentenceIndex - 1)) return null;
    return [previous];
  }

  /**
   * What a pronoun opening a sentence stands for: the last state or body the sentence before named as the subject of a
   * clause, other than the speaker's own side ("⟨A⟩ said ⟨B⟩ had blocked the corridor. It has also ...": ⟨B⟩).
   */
  subjectBefore(own: Set<string | null>): string | null {
    return [...this.clauseSubjects].reverse().find((k) => !own.has(k) && !own.has(this.sideOf(k))) ?? null;
  }

  insideQuote(offset: number): boolean {
    return this.quotationsAt(offset).length > 0;
  }

  quotationsAt(offset: number) {
    return this.allQuotations.filter((q) => q.inner.start <= offset && offset < q.inner.end);
  }

  /** A monitor, a panel of experts, an inspectorate or a mission (or one of its people): what it says is a finding. */
  monitors(key: string): boolean {
    // Monitors, panels and inspectorates, and those who count what they see on the ground: humanitarian offices,
    // mine action centres, peacekeeping forces.
    const side = this.entities.get(key)?.type === 'Person' ? this.sideOf(key) : key;
    const name = side ? this.entities.get(side)?.name : undefined;
    return (
      !!name &&
      /\b(?:Observatory|Monitor\w*|Panel|Group of Experts|Mission|Inspector\w*|Investigat\w+|Commission of Inquiry|Atomic Energy Agency|Mine Action|Coordination of Humanitarian Affairs|Interim (?:Security )?Force)\b/i.test(
        name,
      )
    );
  }

  /**
   * The United Nations itself, its Secretary-General, and its missions, offices and agencies, and those who hold
   * their posts: what they say a party did is a finding, as a monitor's is, never an accusation.
   */
  unSystem(key: string): boolean {
    const side = this.entities.get(key)?.type === 'Person' ? this.sideOf(key) : key;
    if (!side) return false;
    const name = this.entities.get(side)?.name ?? '';
    return (
      ['org:united-nations', 'org:un-secretary-general'].includes(side) ||
      /^(?:United Nations|UN|U\.N\.)(?!\w)/.test(name) ||
      this.entities.partOf.some((p) => p.from === side && p.to === 'org:united-nations')
    );
  }

  /** The speakers and whom they speak for: the side a claim of theirs is never aimed at. */
  withSides(speakers: string[]): string[] {
    return [...new Set(speakers.flatMap((s) => [s, this.sideOf(s)]).filter((k): k is string => !!k))];
  }

  /** Whom a speaker speaks for: an official's state or body, a ministry's state. */
  sideOf(speaker: string): string | null {
    const record = this.entities.get(speaker);
    if (!record) return null;
    if (record.type === 'Person') {
      const post = this.entities.positions.find((p) => p.person === speaker && !p.former);
      if (!post) return null;
      // "a Moscow analyst", "a Turkish historian": what the person is, not a post held for the state named.
      if (OWN_VOICE.test(post.title)) return null;
      const holder = this.entities.get(post.holder);
      // An analyst at a think tank or a reporter speaks for themselves.
      if (holder?.type === 'Organization' && ['THINK_TANK', 'NEWS_AGENCY'].includes(String(holder.props.category)))
        return null;
      // A White House, Kremlin or ministry spokesperson speaks for the state the body belongs to.
      if (holder?.type === 'Organization') return this.stateOf(post.holder) ?? post.holder;
      return post.holder;
    }
    if (record.type === 'Organization') return this.stateOf(speaker);
    return null;
  }

  /** The state an organization is part of (a ministry, a presidency, an army), if any. */
  stateOf(organization: string): string | null {
    return (
      this.entities.partOf.find((p) => p.from === organization && this.entities.get(p.to)?.type === 'State')?.to ?? null
    );
  }
}
