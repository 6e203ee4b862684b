import { STATE_FORMS } from '../gazetteer.js';
import type { Entities } from '../entities.js';
import { datelineState } from '../mentions.js';
import { lastStateBefore } from './referents.js';
import type { ClaimDraft } from './types.js';

/**
 * "Minister ⟨Name⟩ told a news conference", "ministry spokeswoman ⟨Name⟩", "Deputy Foreign Minister ⟨Name⟩":
 * an official introduced by an office alone, whose state the text gives only by the sentences around. A wire
 * report names the office's state just before ("⟨State⟩'s defence minister said ... ," then "Minister ⟨Name⟩
 * told ..."): the official speaks for the side of the claims of the sentence before, or of its own sentence when
 * a side speaks there before the official ("⟨A⟩ accused ⟨B⟩ of ..., an act Minister ⟨Name⟩ called ..."). Otherwise the capital the
 * official spoke in ("..., Foreign Minister ⟨Name⟩ told reporters in Dhaka") is theirs; failing that, the state of
 * the dateline, whose officials a report leaves unnamed by state; and failing that, the state named last before the
 * name.
 */

/** Offices of a state, written before a name. */
const STATE_OFFICE =
  /\b(?:[Mm]inister|[Ss]pokes(?:wo)?man|[Ss]pokesperson|[Aa]mbassador|[Ee]nvoy|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]ecretary of State|[Ff]oreign [Ss]ecretary|[Aa]dmiral|[Cc]olonel|[Gg]eneral|[Mm]arshal|[Cc]ommander) $/;

/** How far before the name the state named last may be: the sentence before, roughly. */
const NEAR = 300;

/** Where the official spoke, just after the name: "⟨Name⟩ told reporters in Dhaka", "⟨Name⟩ said in Moscow". */
const SPOKE_IN = /^,?(?: [\p{Ll}-]+){1,3} in (?<capital>\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)\b/u;

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
      // "⟨A⟩ accused ⟨B⟩ of ..., an act Defence Minister ⟨Name⟩ called ...": a side speaking earlier in the official's
      // own sentence is the one named with the office, before the sentence before.
      const same = claims.filter((c) => c.speaker !== person && c.sentenceIndex === sentenceIndex);
      const before = same.length
        ? same
        : claims.filter((c) => c.speaker !== person && c.sentenceIndex === sentenceIndex - 1);
      const sides = before.map((c) => (c.speaker.startsWith('state:') ? c.speaker : c.onBehalfOf)).filter(Boolean);
      side = sides.length
        ? sides[sides.length - 1]!
        : (this.capitalSpokenIn(first.end) ?? this.dateline() ?? lastStateBefore(this.entities, first.start, NEAR));
    }
    this.sides.set(person, side);
    return side;
  }

  private capitalSpokenIn(end: number): string | null {
    const m = SPOKE_IN.exec(this.text.slice(end, end + 80));
    const form = m ? STATE_FORMS.get(m.groups!.capital!) : undefined;
    return form?.role === 'capital' ? this.entities.state(form.code).key : null;
  }

  private dateline(): string | null {
    const code = datelineState(this.text);
    return code ? this.entities.state(code).key : null;
  }
}
