import { describe, expect, it } from 'vitest';
import { extract } from './drafts.js';

/**
 * Targets a claim takes from what came before it: a denial pointing back
 * at an argument or an account answers whoever made it; a verdict on a veto
 * is aimed at each state that cast it; "the sponsors" are the state that
 * drafted the text; "both ⟨demonym⟩ parties" are that state's parties
 * only; parties charged without a name are no one; a capital spelt
 * without its accents is its state. Sentences written for these tests.
 */

const aims = (draft: Awaited<ReturnType<typeof extract>>, speaker: string, kind: string) =>
  draft.claims
    .filter((c) => (c.speaker === speaker || c.onBehalfOf === speaker) && c.kind === kind)
    .flatMap((c) => (c.targets.length ? c.targets : [null]))
    .sort();

describe('a denial pointing back at an argument or an account', () => {
  it('aims "rejected that argument" at whoever made it in the sentence before', async () => {
    const draft = await extract(
      'The Polish delegate said Hungary had failed to meet its obligations under the treaty. The Austrian representative rejected that argument.',
    );
    expect(aims(draft, 'state:AUT', 'DENY')).toEqual(['state:POL']);
  });

  it('aims the words of "⟨A⟩, rejecting that account, said ..." at whoever gave the account, as a denial', async () => {
    const draft = await extract(
      "Cuba's delegate said the embargo had been tightened to punish the island's people. The representative of the United States, rejecting that account, said the measures targeted only the Government.",
    );
    expect(aims(draft, 'state:USA', 'DENY')).toEqual(['state:CUB']);
    expect(aims(draft, 'state:USA', 'STATE')).toEqual([]);
  });

  it('reads the participle in other wordings and with another verb of denial', async () => {
    const draft = await extract(
      "Serbia accused Kosovo of expelling ethnic Serbs from the north. Kosovo's foreign minister, dismissing this claim, told reporters that no one had been forced to leave.",
    );
    expect(aims(draft, 'state:XKX', 'DENY')).toEqual(['state:SRB']);
  });

  it('does not let the second of two speakers denying together answer the first', async () => {
    const draft = await extract(
      'The Egyptian delegate said Ethiopia had filled the dam without any agreement. The Kenyan and Ugandan delegates rejected that argument.',
    );
    expect(aims(draft, 'state:KEN', 'DENY')).toEqual(['state:EGY']);
    expect(aims(draft, 'state:UGA', 'DENY')).toEqual(['state:EGY']);
  });
});

describe('a verdict on a veto', () => {
  it('is aimed at each of the states that vetoed together', async () => {
    const draft = await extract(
      'China and Russia vetoed the draft resolution on Syria. The representative of France said the veto was a shameful mistake.',
    );
    expect(aims(draft, 'state:FRA', 'CRITICIZE')).toEqual(['state:CHN', 'state:RUS']);
  });

  it('is aimed at the permanent members among those the tally says voted against', async () => {
    const draft = await extract(
      'The draft received 11 votes in favour to 3 against (Bolivia, China, Russian Federation), with 1 abstention (Kazakhstan). The representative of Sweden condemned the veto.',
    );
    expect(aims(draft, 'state:SWE', 'CRITICIZE')).toEqual(['state:CHN', 'state:RUS']);
  });

  it('reads the negative votes of permanent members as their veto', async () => {
    const draft = await extract(
      'The draft failed owing to the negative votes of China and the Russian Federation. The representative of Japan deplored the veto.',
    );
    expect(aims(draft, 'state:JPN', 'CRITICIZE')).toEqual(['state:CHN', 'state:RUS']);
  });

  it("is a position when the speaker's own side did the act it judges", async () => {
    const draft = await extract(
      'The Ukrainian delegate condemned the Russian strike on Odesa. The representative of the Russian Federation said the strike had been a mistake.',
    );
    expect(aims(draft, 'state:RUS', 'CRITICIZE')).toEqual([]);
    expect(aims(draft, 'state:RUS', 'STATE')).toEqual([null]);
  });
});

describe('the sponsors and the parties of one state', () => {
  it('aims a criticism of what "the sponsors" did at the state that drafted the text', async () => {
    const draft = await extract(
      "The text, drafted by Norway, was adopted by 13 votes to none. Russia's delegate said his country had abstained because the sponsors had ignored the views of the host country.",
    );
    expect(aims(draft, 'state:RUS', 'CRITICIZE')).toEqual(['state:NOR']);
  });

  it('aims a demand of "the sponsors" and a charge of "the co-sponsors" at the drafter', async () => {
    const asked = await extract(
      "The text, drafted by Norway, was adopted. Russia's delegate called on the sponsors to consult the host country.",
    );
    expect(aims(asked, 'state:RUS', 'DEMAND')).toEqual(['state:NOR']);
    const charged = await extract(
      "The text, tabled by Ireland, was adopted by 12 votes. Egypt's delegate accused the co-sponsors of rushing the vote.",
    );
    expect(aims(charged, 'state:EGY', 'ACCUSE')).toEqual(['state:IRL']);
  });

  it('aims "both Sudanese parties" at the Sudanese forces named, not at the states the text is about', async () => {
    const draft = await extract(
      'Israel and Iran traded accusations over the strikes. Later, the representative of the United Kingdom blamed the Rapid Support Forces for the siege of El Fasher and called on both Sudanese parties to allow convoys through.',
    );
    expect(aims(draft, 'state:GBR', 'DEMAND')).toEqual(['org:rapid-support-forces']);
  });

  it('reads "the two Yemeni parties" in the same way', async () => {
    const draft = await extract(
      'Ansar Allah fighters attacked a tanker in the Red Sea. Oman urged the two Yemeni parties to return to talks.',
    );
    expect(aims(draft, 'state:OMN', 'DEMAND')).toEqual(['org:houthis']);
  });
});

describe('parties charged without a name', () => {
  it('aims "accused Western delegations of ..." at no one, not at the party named in what they did', async () => {
    const draft = await extract(
      'The representative of Iran accused Western delegations of "hypocrisy" and of arming Israel.',
    );
    expect(aims(draft, 'state:IRN', 'ACCUSE')).toEqual([null]);
  });

  it('reads "blamed certain countries for ..." in the same way', async () => {
    const draft = await extract(
      'The representative of Mali blamed certain countries for arming terrorists in the Sahel.',
    );
    expect(aims(draft, 'state:MLI', 'ACCUSE')).toEqual([null]);
  });
});

describe('capitals', () => {
  it('reads a capital spelt without its accents, and Bonn in history, as the state', async () => {
    const draft = await extract(
      'Nigeria called on Yaounde to hand over the suspects. In 1966 Angolan rebels accused Bonn of arming Lisbon.',
    );
    expect(aims(draft, 'state:NGA', 'DEMAND')).toEqual(['state:CMR']);
    const accused = await extract('Venezuela accused Bogota of sheltering armed groups.');
    expect(aims(accused, 'state:VEN', 'ACCUSE')).toEqual(['state:COL']);
    expect(draft.entities.some((e) => e.key === 'state:DEU')).toBe(true);
  });
});
