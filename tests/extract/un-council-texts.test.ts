import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * UN meetings coverage of a text voted on: what the text asks, says or would have said, and the reasons speakers give
 * for their votes. Sentences written for these tests.
 */

const ON = '2025-03-12';
const UN = 'UN Meetings Coverage';

describe('a demand of every party of a kind', () => {
  it('reads "demanding that all parties ..." in a resolution as a demand of no one named, not of a body inside it', async () => {
    const draft = await extract(
      'The Security Council today adopted resolution 2799 (2025), demanding that all parties in the Sudan protect civilians and United Nations personnel.',
      ON,
      UN,
    );
    expect(claim(draft, 'org:un-security-council', 'DEMAND')).toMatchObject({ targets: [] });
    expect(lines(draft)).not.toContain('org:un-security-council CALL_FOR -');
  });

  it('reads "demanded that all Member States ..." as a demand of no one named, not of the state the embargo is on', async () => {
    const draft = await extract(
      'Speaking after the vote, the delegate of Chile demanded that all Member States respect the arms embargo on Libya.',
      ON,
      UN,
    );
    expect(claim(draft, 'state:CHL', 'DEMAND')).toMatchObject({ targets: [] });
    expect(lines(draft)).not.toContain('state:CHL DEMAND state:LBY');
  });

  it('reads "demanded that every party to the conflict ..." as a demand, not a call for an outcome', async () => {
    const draft = await extract(
      'The representative of Norway demanded that every party to the conflict allow humanitarian convoys to reach Khartoum.',
      ON,
      UN,
    );
    expect(claim(draft, 'state:NOR', 'DEMAND')).toMatchObject({ targets: [] });
    expect(lines(draft)).not.toContain('state:NOR CALL_FOR -');
  });
});

describe('"It" after a sentence that opens on the text voted on', () => {
  it('reads "It also asks the Secretary-General to ..." as what the text asks, no demand of the Council', async () => {
    const draft = await extract(
      "The Security Council today adopted resolution 2800 (2025), condemning the attacks on peacekeepers by the Allied Democratic Forces. The text, drafted by France, received 15 votes in favour. It also asks the Secretary-General to propose options for protecting the Mission's bases.",
      ON,
      UN,
    );
    claim(draft, 'org:un-security-council', 'CRITICIZE', 'org:adf');
    expect(lines(draft)).not.toContain('org:un-security-council DEMAND org:un-secretary-general');
  });

  it('reads "It would have deplored ..." after a draft as what the draft would have said, not the last speaker\'s words', async () => {
    const draft = await extract(
      'The representative of the United Kingdom condemned the veto cast on the earlier draft on Yemen. The draft, tabled by the United Kingdom, had received 13 votes in favour. It would have deplored the detention of United Nations staff by the Houthis.',
      ON,
      UN,
    );
    expect(lines(draft)).not.toContain('state:GBR CRITICIZE org:houthis');
  });

  it('reads "It would have called on ⟨B⟩ to ..." after "The first text" as no demand of ⟨B⟩', async () => {
    const draft = await extract(
      'The representative of Kuwait regretted the outcome. The first text, put forward by Kuwait, received 10 votes. It would have called on Israel to lift the blockade.',
      ON,
      UN,
    );
    expect(lines(draft).filter((l) => l.includes('DEMAND state:ISR'))).toEqual([]);
  });
});

describe('the reason for a vote that names the drafters', () => {
  it('reads "abstained because the sponsors had ..." as a criticism of the state that tabled the text', async () => {
    const draft = await extract(
      "The text, tabled by Denmark, was adopted by 13 votes to none, with 2 abstentions. The Russian Federation's delegate said his delegation had abstained because the sponsors had ignored the views of the host country.",
      ON,
      UN,
    );
    claim(draft, 'state:RUS', 'CRITICIZE', 'state:DNK');
  });

  it('reads "voted against the text since the penholder had ..." as a criticism of the penholder named after its delegate', async () => {
    const draft = await extract(
      "China's representative said her country had voted against the text since the penholder had refused to include language on the sovereignty of the Sudan. Ireland's delegate, as penholder, said the text was balanced.",
      ON,
      UN,
    );
    claim(draft, 'state:CHN', 'CRITICIZE', 'state:IRL');
    expect(lines(draft)).not.toContain('state:CHN CRITICIZE state:SDN');
  });

  it('reads "abstained as the drafters had not consulted ⟨B⟩ ..." as a criticism of the drafter, not of ⟨B⟩', async () => {
    const draft = await extract(
      "The draft, put forward by Sierra Leone, was adopted. Pakistan's delegate, explaining his abstention, said his country had abstained as the drafters had not consulted the African Union on the mission's funding.",
      ON,
      UN,
    );
    claim(draft, 'state:PAK', 'CRITICIZE', 'state:SLE');
    expect(lines(draft)).not.toContain('state:PAK CRITICIZE org:african-union');
  });
});

describe('a participle set off between the speaker and the verb', () => {
  it('reads "The representative of ⟨A⟩, rejecting that charge, said ..." as a denial of the charge just made', async () => {
    const draft = await extract(
      'The representative of the Sudan accused the Rapid Support Forces of killing civilians in El Fasher. The representative of the United Arab Emirates, rejecting that charge, said his country had sent only humanitarian aid.',
      ON,
      UN,
    );
    claim(draft, 'state:ARE', 'DENY', 'state:SDN');
  });

  it('reads "⟨Name⟩ (⟨A⟩), condemning the attack by ⟨B⟩, called for ..." as a criticism of ⟨B⟩ beside the call', async () => {
    const draft = await extract(
      'Maria Lopez (Colombia), condemning the attack on the convoy by the Rapid Support Forces, called for an independent investigation.',
      ON,
      UN,
    );
    claim(draft, 'person:maria-lopez', 'CRITICIZE', 'org:rapid-support-forces');
    claim(draft, 'person:maria-lopez', 'CALL_FOR');
  });

  it('reads "⟨A⟩\'s delegate, accusing ⟨B⟩ of ..., urged ..." as an accusation of ⟨B⟩ beside the demand', async () => {
    const draft = await extract(
      "Ghana's delegate, accusing Chad of letting weapons cross its border, urged the Council to strengthen the embargo.",
      ON,
      UN,
    );
    claim(draft, 'state:GHA', 'ACCUSE', 'state:TCD');
    claim(draft, 'state:GHA', 'DEMAND');
  });

  it('reads an aside of plain words or naming no one ("noting that ...") as background, no claim of its own', async () => {
    const draft = await extract(
      "The representative of Brazil, noting that two patrols had been ambushed since May, said the Mission's mandate should be renewed.",
      ON,
      UN,
    );
    expect(draft.claims.filter((c) => /ambushed/.test(c.allegation))).toEqual([]);
  });
});

describe('a criticism of the text voted on or of its measures', () => {
  it('reads "the text was one-sided and ignored raids by ⟨B⟩ forces" as aimed at no one, not at ⟨B⟩', async () => {
    const draft = await extract(
      'The representative of Venezuela said the text was one-sided and ignored raids by Guyanese forces on the border.',
      ON,
      UN,
    );
    expect(claim(draft, 'state:VEN', 'CRITICIZE')).toMatchObject({ targets: [] });
  });

  it('reads "the sanctions regime had failed to prevent ⟨B⟩ from ..." as aimed at no one, not at ⟨B⟩', async () => {
    const draft = await extract(
      "Ethiopia's delegate said the sanctions regime had failed to prevent Al-Shabaab from buying weapons.",
      ON,
      UN,
    );
    expect(claim(draft, 'state:ETH', 'CRITICIZE')).toMatchObject({ targets: [] });
  });

  it('reads "abstained because the draft would have undermined ⟨B⟩" as aimed at no one, not at ⟨B⟩', async () => {
    const draft = await extract(
      'The representative of Egypt said her delegation had abstained because the draft would have undermined the African Union.',
      ON,
      UN,
    );
    expect(claim(draft, 'state:EGY', 'CRITICIZE')).toMatchObject({ targets: [] });
  });

  it('keeps a criticism aimed at whose the text or the measures are ("the ⟨Russian⟩ text", "measures taken by ⟨B⟩")', async () => {
    const draft = await extract(
      "The representative of the United Kingdom described the Russian text as a cynical attempt to block aid. Egypt's delegate condemned the unilateral measures taken by Ethiopia on the Nile.",
      ON,
      UN,
    );
    claim(draft, 'state:GBR', 'CRITICIZE', 'state:RUS');
    claim(draft, 'state:EGY', 'CRITICIZE', 'state:ETH');
  });
});

describe('a demand whose particle is repeated for a second addressee', () => {
  it('reads "called on ⟨B⟩ to ... and on ⟨C⟩ to ..." as a demand of each', async () => {
    const draft = await extract(
      'The representative of Latvia called on the Security Council to condemn the strike and on Moscow to release the detained crew.',
      ON,
      UN,
    );
    claim(draft, 'state:LVA', 'DEMAND', 'org:un-security-council');
    claim(draft, 'state:LVA', 'DEMAND', 'state:RUS');
  });

  it('reads "called upon ⟨B⟩ to ..., and upon ⟨C⟩ to ..." as a demand of each', async () => {
    const draft = await extract(
      "Kenya's delegate called upon the Government of Somalia to protect civilians, and upon Al-Shabaab to free the hostages.",
      ON,
      UN,
    );
    claim(draft, 'state:KEN', 'DEMAND', 'org:al-shabaab');
  });

  it('reads "called on ⟨B⟩ to ... and also on ⟨C⟩ to ..." as a demand of each', async () => {
    const draft = await extract(
      'The representative of Peru called on Colombia to reopen the crossing and also on Ecuador to share its findings.',
      ON,
      UN,
    );
    claim(draft, 'state:PER', 'DEMAND', 'state:COL');
    claim(draft, 'state:PER', 'DEMAND', 'state:ECU');
  });
});
