import type { Entities } from '../entities.js';
import { lastStateBefore } from './referents.js';
import type { ClaimDraft } from './types.js';

/**
 * "Minister ⟨Name⟩ told a news conference", "ministry spokeswoman ⟨Name⟩", "Deputy Foreign Minister ⟨Name⟩":
 * an official introduced by an office alone, whose state the text gives only by the sentences around. A wire
 * report names the office's state just before ("⟨State⟩'s defence minister said ... ," then "Minister ⟨Name⟩
 * told ..."): the official speaks for the side of the claims of the sentence before, or, when it made none,
 * for the state named last before the name ("Moscow has noticed. Deputy Foreign Minister ⟨Name⟩ warned ...").
 */

/** Offices of a state, written before a name. */
const STATE_OFFICE =
  /\b(?:[Mm]inister|[Ss]pokes(?:wo)?man|[Ss]pokesperson|[Aa]mbassador|[Ee]nvoy|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]ecretary of State|[Ff]oreign [Ss]ecretary|[Aa]dmiral|[Cc]olonel|[Gg]eneral|[Cc]ommander) $/;

/** How far before the name the state named last may be: the sentence before, roughly. */
const NEAR = 300;

export class TitledOfficials {
  private readonly sides = new Map<string, string | null>();

  constructor(
    private readonly text: string,
    private readonly entities: Entities,
  ) {}

  /** The state an official with no post drafted speaks for, from the sentences before the name; null when unclear. */
  sideOf(person: string, claims: readonly ClaimDraft[], sentenceIndex: number): string | null {
    if (this.sides.has(person)) return this.sides.get(person)!;
    const record = this.entities.get(person);
    const first = record?.type === 'Person' ? record.mentions[0] : undefined;
    let side: string | null = null;
    if (first && STATE_OFFICE.test(this.text.slice(Math.max(0, first.start - 40), first.start))) {
      const before = claims.filter((c) => c.speaker !== person && c.sentenceIndex === sentenceIndex - 1);
      const sides = before.map((c) => (c.speaker.startsWith('state:') ? c.speaker : c.onBehalfOf)).filter(Boolean);
      side = sides.length ? sides[sides.length - 1]! : lastStateBefore(this.entities, first.start, NEAR);
    }
    this.sides.set(person, side);
    return side;
  }
}
