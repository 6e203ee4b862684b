import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Denials and rebuttals, aimed at whoever made the charge: the state when
 * one of its ministries made it; what a party said of itself kept its
 * position when another side rejects it; a bare "No." to a question whose
 * claim names no party no denial; and a party's own conduct told as lawful
 * or defensive, or a conflict called internal, a denial of the charge just
 * before it. Sentences written for these tests.
 */

describe("a denial of a ministry's charge", () => {
  it('is aimed at the state whose ministry made the charge', async () => {
    const wire = await extract(
      "The Algerian Ministry of Foreign Affairs accused Morocco on Monday of moving troops towards the border. Morocco's government dismissed the accusation as propaganda.",
    );
    claim(wire, 'state:MAR', 'DENY', 'state:DZA');
    expect(lines(wire)).not.toContain('state:MAR DENY org:algeria-ministry-of-foreign-affairs');
    const un = await extract(
      "The Ministry of Defence of Armenia said Azerbaijani units had shelled three villages overnight. Azerbaijan's representative rejected those allegations, saying its forces had not fired.",
    );
    claim(un, 'state:AZE', 'DENY', 'state:ARM');
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Serbia\n\nThe Ministry rejects the claim by the Croatian Ministry of Defence that Serbian drones entered Croatian airspace last week.',
    );
    claim(statement, 'org:serbia-ministry-of-foreign-affairs', 'DENY', 'state:HRV');
  });
});

describe('the words of a party rejected, when they are about itself', () => {
  it('keeps "the claim by ⟨A⟩ that ⟨A⟩ is ..." a position of ⟨A⟩ aimed at no one', async () => {
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Ethiopia\n\nThe Ministry rejects the claim by the Egyptian Ministry of Foreign Affairs that Egypt is only helping Somalia to secure its coast.',
    );
    claim(statement, 'org:ethiopia-ministry-of-foreign-affairs', 'DENY', 'state:EGY');
    const said = claim(statement, 'org:egypt-ministry-of-foreign-affairs', 'STATE');
    expect(said.targets).toEqual([]);
    expect(lines(statement)).not.toContain('org:egypt-ministry-of-foreign-affairs ACCUSE state:ETH');
    const wire = await extract(
      'Venezuela rejected on Tuesday the claim by the Government of Guyana that Guyana was merely defending its own coast.',
    );
    claim(wire, 'state:VEN', 'DENY', 'state:GUY');
    expect(lines(wire).filter((l) => l.startsWith('state:GUY ACCUSE'))).toEqual([]);
    // Words that open on the denier stay the charge against it.
    const charge = await extract(
      'Statement by the Ministry of Foreign Affairs of Ethiopia\n\nThe Ministry rejects the claim by the Egyptian Ministry of Foreign Affairs that Ethiopia is arming rebels in Somalia.',
    );
    claim(charge, 'org:egypt-ministry-of-foreign-affairs', 'ACCUSE', 'state:ETH');
  });
});

const NO_CLAIMANT = `Press Briefing by the Spokesperson of the Ministry of Defence, Colonel Ana Ruiz Torres, Madrid, 12 May 2026

COLONEL RUIZ: Good afternoon. The first two frigates will be handed over to the Navy in June.

Q: Some retired admirals say the new frigates are too slow for convoy work. Do you agree?

COLONEL RUIZ: No. The frigates met every speed requirement in their sea trials last winter.

Q: Several analysts claim the order cost more than planned. Is that so?

COLONEL RUIZ: No, it is not. The contract price has not changed since 2023.

Q: Morocco's defence ministry says the frigates will be used to patrol the waters off Ceuta. Is that correct?

COLONEL RUIZ: No. Their first mission is with NATO in the Baltic.`;

describe('a bare "No." answering a question whose claim names no party', () => {
  it('is no denial of anyone, while one answering a named party stays a denial of it', async () => {
    const draft = await extract(NO_CLAIMANT, '2026-05-12');
    const denials = draft.claims.filter((c) => c.kind === 'DENY');
    expect(denials.map((c) => c.targets)).toEqual([['state:MAR']]);
  });
});

describe('a rebuttal with no verb of denying', () => {
  it("reads a party's own conduct told as lawful or defensive, after a charge against it, as a denial of the charge", async () => {
    const analysis = await extract(
      'In 1956 Jordan and Iraq accused Britain of arming Israel in breach of the tripartite declaration. The British government said the deliveries were entirely lawful.',
    );
    expect(
      lines(analysis)
        .filter((l) => l.startsWith('state:GBR DENY'))
        .sort(),
    ).toEqual(['state:GBR DENY state:IRQ', 'state:GBR DENY state:JOR']);
    const wire = await extract(
      "Azerbaijan's defence ministry accused Armenia on Friday of preparing an offensive with the howitzers it bought from France. Armenian officials said the guns were for the defence of their own territory.",
    );
    claim(wire, 'state:ARM', 'DENY', 'state:AZE');
    const un = await extract(
      "The representative of Norway accused the Russian Federation of flying bombers dangerously close to Norwegian airspace. The Russian Federation's delegate said the flights were legitimate and transparent.",
    );
    claim(un, 'state:RUS', 'DENY', 'state:NOR');
  });

  it('reads a conflict called internal as a denial of the charge of aggression made just before', async () => {
    const draft = await extract(
      'Laos accused North Vietnam before the Council of sending troops to attack its garrisons in the north. The Soviet delegate said the fighting was a civil war of Laotians against Laotians, and a purely internal affair.',
    );
    claim(draft, 'state:SUN', 'DENY', 'state:LAO');
  });

  it('leaves the same words a position when no charge against the speaker comes before them', async () => {
    const draft = await extract(
      'Sweden said on Monday that its arms exports to Brazil were entirely lawful and that the licences would be renewed.',
    );
    expect(lines(draft).filter((l) => / DENY /.test(l))).toEqual([]);
  });
});
