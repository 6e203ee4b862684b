import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * UN meetings coverage, read as well as wire copy: the ways it names a
 * speaker (by the state they represent, before or after the words, with
 * the state in brackets after a name, on behalf of a group), and the
 * participles and "while" clauses it hangs on one sentence, each a claim
 * of that sentence's speaker. Sentences written for these tests.
 */

const ON = '2025-01-15';
const UN = 'UN Meetings Coverage';

describe('a speaker named by the state they represent', () => {
  it('reads "..., said the representative of ⟨State⟩" as that state speaking, of the kind its words have', async () => {
    const draft = await extract(
      'Armed groups must lay down their weapons without delay, said the representative of Ireland.',
      ON,
      UN,
    );
    expect(claim(draft, 'state:IRL', 'CALL_FOR')).toMatchObject({ targets: [] });
  });

  it('reads "⟨State⟩\'s delegate" and "the delegate of ⟨State⟩" as the state', async () => {
    const draft = await extract(
      "Gabon's delegate accused the Wagner Group of abuses against civilians. The delegate of Estonia condemned the shelling of Kharkiv by the Russian Federation.",
      ON,
      UN,
    );
    claim(draft, 'state:GAB', 'ACCUSE', 'org:wagner-group');
    claim(draft, 'state:EST', 'CRITICIZE', 'state:RUS');
  });

  it('reads "his counterpart from ⟨State⟩" as that state, answering the accusation just made', async () => {
    const draft = await extract(
      "Gabon's delegate accused Chad of sheltering armed groups. His counterpart from Chad rejected those allegations as groundless.",
      ON,
      UN,
    );
    const denial = claim(draft, 'state:TCD', 'DENY', 'state:GAB');
    expect(denial.answers).toBe(claim(draft, 'state:GAB', 'ACCUSE', 'state:TCD').key);
  });

  it('reads "the representative of ⟨State⟩ was among those who ..." as that state\'s own claim', async () => {
    const draft = await extract(
      'The representative of Ecuador was among those who called for the protection of humanitarian workers. The representative of Malta was one of several speakers who urged Israel to open more crossings.',
      ON,
      UN,
    );
    claim(draft, 'state:ECU', 'CALL_FOR');
    claim(draft, 'state:MLT', 'DEMAND', 'state:ISR');
  });

  it('reads "the speaker" with no state named as whoever spoke last', async () => {
    const draft = await extract(
      'The speaker for Pakistan called on donors to honour their pledges. The speaker also condemned the attack on the convoy by the Taliban.',
      ON,
      UN,
    );
    claim(draft, 'state:PAK', 'DEMAND');
    claim(draft, 'state:PAK', 'CRITICIZE', 'org:taliban');
  });

  it('reads a verb before its speaker and a relative clause after it as two claims of one speaker', async () => {
    const draft = await extract(
      'Illegal armed groups continued to recruit children, warned the representative of Slovenia, who urged Colombia to protect civilians.',
      ON,
      UN,
    );
    claim(draft, 'state:SVN', 'WARN');
    claim(draft, 'state:SVN', 'DEMAND', 'state:COL');
  });
});

describe('a delegate named with their state in brackets', () => {
  it('reads "⟨Name⟩ (⟨State⟩), speaking on behalf of ⟨group⟩, said ..." as the delegate speaking for the group, holding a post for the state', async () => {
    const draft = await extract(
      'Yuki Sato (Japan), speaking on behalf of the Group of Friends of the Sahel, urged Mali to hold elections, while expressing concern about the delays.',
      ON,
      UN,
    );
    const person = draft.entities.find((e) => e.key === 'person:yuki-sato');
    expect(person?.name).toBe('Yuki Sato');
    const doc = draft.document as { relationships: { type: string; from: string; to: string }[] };
    expect(doc.relationships).toContainEqual(
      expect.objectContaining({ type: 'HOLDS_POSITION', from: 'person:yuki-sato', to: 'state:JPN' }),
    );
    expect(claim(draft, 'person:yuki-sato', 'DEMAND', 'state:MLI').onBehalfOf).toBe(
      'org:group-of-friends-of-the-sahel',
    );
    claim(draft, 'person:yuki-sato', 'CRITICIZE');
  });
});

describe('speaking on behalf of others', () => {
  it('reads "speaking for ⟨group⟩" as the group a state speaks for', async () => {
    const draft = await extract(
      'Speaking for the Arab Group, the representative of Kuwait called for a ceasefire in Gaza.',
      ON,
      UN,
    );
    expect(claim(draft, 'state:KWT', 'CALL_FOR').onBehalfOf).toBe('org:arab-group');
  });

  it('reads "speaking also on behalf of ⟨State⟩ and ⟨State⟩" as the delegate speaking, the states named only lending their names', async () => {
    const draft = await extract(
      'Pedro Alvarez (Guyana), speaking also on behalf of Algeria and Sierra Leone, condemned the attacks on peacekeepers by the M23.',
      ON,
      UN,
    );
    expect(lines(draft)).toEqual(['person:pedro-alvarez CRITICIZE org:m23']);
    expect(draft.claims[0]!.onBehalfOf).toBe('state:GUY');
  });

  it('gives a state\'s delegate "speaking also for ⟨State⟩" that one state as whom it speaks for, and no claim of its own', async () => {
    const draft = await extract(
      "Speaking also on behalf of Norway, Finland's delegate urged Türkiye to lift its objections. The representative of Chile, speaking also for Peru, called for a ceasefire, and the delegate of Kenya, speaking on behalf of the A3, welcomed the report.",
      ON,
      UN,
    );
    expect(claim(draft, 'state:FIN', 'DEMAND', 'state:TUR').onBehalfOf).toBe('state:NOR');
    expect(claim(draft, 'state:CHL', 'CALL_FOR').onBehalfOf).toBe('state:PER');
    expect(draft.claims.map((c) => c.speaker)).not.toContain('state:NOR');
    expect(draft.claims.map((c) => c.speaker)).not.toContain('state:PER');
  });

  it('gives a delegate speaking for a group named with its members ("the A3 - ⟨A⟩, ⟨B⟩ and ⟨C⟩ -") the claim alone', async () => {
    const draft = await extract(
      'Speaking on behalf of the three African members of the Council - Algeria, Mozambique and Sierra Leone - the representative of Mozambique condemned the attacks by Al-Shabaab.',
      ON,
      UN,
    );
    expect(lines(draft)).toEqual(['state:MOZ CRITICIZE org:al-shabaab']);
  });
});

describe('participles and "while" clauses', () => {
  // A failure to prosecute is conduct faulted, a criticism; only a hostile act faulted is an accusation (verbs.json "verdict").
  it('reads ", while faulting ⟨B⟩ for ..." as a verdict by the sentence\'s speaker', async () => {
    const draft = await extract(
      'The representative of Norway condemned the attacks on peacekeepers, while faulting the authorities in Bangui for failing to prosecute those responsible.',
      ON,
      UN,
    );
    claim(draft, 'state:NOR', 'CRITICIZE');
    claim(draft, 'state:NOR', 'CRITICIZE', 'org:central-african-republic-authorities');
  });

  it('reads ", noting that ..." and ", stressing that ..." as what the speaker said, of the kind its words have', async () => {
    const draft = await extract(
      'The representative of Chile welcomed the report, noting that Venezuela had violated the agreement, and stressing that the mission must continue.',
      ON,
      UN,
    );
    claim(draft, 'state:CHL', 'ACCUSE', 'state:VEN');
    claim(draft, 'state:CHL', 'CALL_FOR');
  });

  it('reads ", accusing ⟨B⟩ of", ", calling on ⟨B⟩ to" and ", while rejecting ..." on the speaker of the sentence', async () => {
    const draft = await extract(
      'His counterpart from Venezuela denied that his country harboured rebels, accusing Colombia of spreading falsehoods and calling on Brazil to mediate, while rejecting the findings of the Panel of Experts.',
      ON,
      UN,
    );
    expect(lines(draft)).toEqual(
      expect.arrayContaining(['state:VEN ACCUSE state:COL', 'state:VEN DEMAND state:BRA', 'state:VEN DENY -']),
    );
  });
});

describe('what coverage of a meeting says of states and bodies', () => {
  it('reads "the Government of ⟨State⟩" as that state\'s government, and a body named after a known one as a body of its own', async () => {
    const draft = await extract(
      'The representative of Austria accused the Government of Eritrea of detaining journalists. The African Union Commission on Human Rights said its monitors had been refused entry.',
      ON,
      UN,
    );
    claim(draft, 'state:AUT', 'ACCUSE', 'org:eritrea-government');
    expect(draft.entities.map((e) => e.name)).toContain('African Union Commission on Human Rights');
  });

  it("reads a state citing investigators' findings of wrongdoing as its own accusation, and a monitor's as a finding", async () => {
    const draft = await extract(
      'The representative of Chile said the inquiry had established that Venezuela detained the activists. The Group of Experts on Mali said it had established that the Wagner Group killed civilians.',
      ON,
      UN,
    );
    claim(draft, 'state:CHL', 'ACCUSE', 'state:VEN');
    claim(draft, 'org:group-of-experts-on-mali', 'REPORT');
  });

  it('reads "warned against ..." and "called for cooperation between ⟨A⟩ and ⟨B⟩" as aimed at no one, and "voiced support" as a position', async () => {
    const draft = await extract(
      "Brazil's delegate warned against using sanctions to punish Cuba and called for cooperation between Cuba and the United States. The representative of Peru voiced support for the mission.",
      ON,
      UN,
    );
    expect(lines(draft)).toEqual(['state:BRA WARN -', 'state:BRA CALL_FOR -', 'state:PER STATE -']);
  });

  it('reads "⟨A⟩ is preparing an offensive" as an accusation against ⟨A⟩', async () => {
    const draft = await extract('Greece said Turkey was preparing a new incursion in the Aegean.', ON);
    claim(draft, 'state:GRC', 'ACCUSE', 'state:TUR');
    // Kosovo is a state of its own, keyed by the code in common use.
    const kosovo = await extract('Serbia said Kosovo was preparing a new offensive in the north.', ON);
    claim(kosovo, 'state:SRB', 'ACCUSE', 'state:XKX');
  });

  it('reads "called the use of ⟨W⟩ by ⟨A⟩ a grave breach" as a criticism of ⟨A⟩, and "demanded that those responsible be held to account" as an appeal', async () => {
    const draft = await extract(
      'The representative of Ireland called the use of cluster munitions by the Russian Federation a grave breach of international law and demanded that those responsible be held to account.',
      ON,
      UN,
    );
    expect(lines(draft)).toEqual(['state:IRL CRITICIZE state:RUS', 'state:IRL CALL_FOR -']);
  });

  it("reads a state's air force as a body of its own, and a state citing its dropping of chlorine as an accusation", async () => {
    const draft = await extract(
      'The representative of Belgium said the inquiry had established that the Myanmar Air Force dropped barrel bombs on a school.',
      ON,
      UN,
    );
    expect(draft.entities.map((e) => e.name)).toContain('Myanmar Air Force');
    claim(draft, 'state:BEL', 'ACCUSE');
  });
});

describe('a person urged by a courtesy title and surname', () => {
  it('aims "urged Mr. ⟨surname⟩ to ..." at the person named before', async () => {
    const draft = await extract(
      'The Council heard that the President of Republika Srpska, Dragan Kovač, had signed the laws. The representative of Denmark urged Mr. Kovač to reverse the laws.',
    );
    claim(draft, 'state:DNK', 'DEMAND', 'person:dragan-kovac');
  });
});

describe('briefers of the Secretariat and of missions', () => {
  it('reads a briefer with two posts after the name as the head of the mission the second names, reporting', async () => {
    const draft = await extract(
      'Briefing the Council, Lena Okafor, Special Representative of the Secretary-General and Head of the United ' +
        'Nations Assistance Mission in Somalia (UNAMS), said that Al-Shabaab had shelled two villages.',
      ON,
      UN,
    );
    expect(lines(draft)).toEqual(['person:lena-okafor REPORT org:al-shabaab']);
    expect(draft.claims[0]!.onBehalfOf).toBe('org:united-nations-assistance-mission-in-somalia');
  });

  it('reads a title ending in a field ("for Africa") or in a rank before the name, and keeps them out of it', async () => {
    const draft = await extract(
      'Assistant Secretary-General for Africa Mariam Tchiroma said Al-Shabaab fighters had killed 12 civilians. ' +
        'Force Commander Major General Pablo Arrieta said Israeli forces had destroyed a road.',
      ON,
      UN,
    );
    const people = draft.entities.filter((e) => e.type === 'Person').map((e) => e.key);
    expect(people.sort()).toEqual(['person:mariam-tchiroma', 'person:pablo-arrieta']);
    claim(draft, 'person:mariam-tchiroma', 'REPORT', 'org:al-shabaab');
  });

  it('aims "called on Council members to ..." and "asked the Council to ..." at the Council', async () => {
    const draft = await extract(
      'The Security Council met this morning. The representative of Somalia called on Council members to agree on ' +
        "financing. The representative of Lebanon asked the Council to set a date for Israel's withdrawal.",
      ON,
      UN,
    );
    claim(draft, 'state:SOM', 'DEMAND', 'org:un-security-council');
    claim(draft, 'state:LBN', 'DEMAND', 'org:un-security-council');
  });
});

describe("the organ's own decisions in the opening paragraphs", () => {
  it('reads "The ⟨organ⟩ adopted ⟨resolution⟩, condemning ⟨B⟩\'s ... and demanding that ⟨C⟩ ..." as the organ\'s criticism and demand', async () => {
    const draft = await extract(
      'The General Assembly this morning adopted resolution ES-11/4 by 143 votes in favour, condemning the attempted annexation of four regions by the Russian Federation and demanding that Moscow reverse its decisions.',
      ON,
      UN,
    );
    claim(draft, 'org:un-general-assembly', 'CRITICIZE', 'state:RUS');
    claim(draft, 'org:un-general-assembly', 'DEMAND', 'state:RUS');
  });

  it('reads "demanding that the ⟨body⟩ release ..." hung on a decision as a demand of that body', async () => {
    const draft = await extract(
      'The Security Council this afternoon extended the mandate of the Mission by one year, demanding that the Houthis release all detained United Nations personnel without conditions.',
      ON,
      UN,
    );
    claim(draft, 'org:un-security-council', 'DEMAND', 'org:houthis');
  });

  it('reads the reason given for an act of a body or a government opening on "The" as its claim', async () => {
    const eu = await extract(
      'The European Union on Monday imposed new sanctions on Belarus, accusing Minsk of orchestrating the flow of migrants to its borders.',
      ON,
    );
    claim(eu, 'org:european-union', 'ACCUSE', 'state:BLR');
    const au = await extract(
      'The African Union suspended Niger from all its activities, condemning the coup by the Presidential Guard.',
      ON,
    );
    expect(lines(au)).toEqual([expect.stringMatching(/^org:african-union CRITICIZE /)]);
  });
});

describe('a vote on a text', () => {
  it('reads "rejected a draft", "rejected three amendments" as a vote, which denies nothing', async () => {
    const draft = await extract(
      'The Security Council this morning rejected a draft resolution tabled by the Russian Federation that would have lifted the embargo. Before the vote, the Council rejected two amendments proposed by China. The General Assembly had rejected on 3 March a rival draft on the same question.',
      ON,
      UN,
    );
    expect(draft.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });

  it('still reads "rejected the accusations" as a denial', async () => {
    const draft = await extract(
      'The representative of Rwanda rejected the accusations of the Democratic Republic of the Congo as baseless.',
      ON,
      UN,
    );
    claim(draft, 'state:RWA', 'DENY', 'state:COD');
  });
});

describe("a release's headline", () => {
  const release = (headline: string, body: string) => extract(`${headline}\n\n${body}`, ON, UN);

  it('makes no claim of the organ whose decision the opening paragraph tells', async () => {
    const draft = await release(
      'Security Council Demands Houthis Release Detained Staff, Unanimously Adopting Resolution 2801 (2026)',
      'The Security Council today unanimously adopted resolution 2801 (2026), demanding that the Houthis release all detained United Nations staff.',
    );
    expect(lines(draft)).toEqual(['org:un-security-council DEMAND org:houthis']);
    expect(draft.claims[0]!.allegation).not.toMatch(/Detained Staff/);
  });

  it('makes none of "Speakers in ⟨organ⟩", who are not the organ', async () => {
    const draft = await release(
      "Speakers in Security Council Condemn Missile Launch by Democratic People's Republic of Korea",
      "The Security Council met this morning after the launch. The representative of Japan condemned the launch by the Democratic People's Republic of Korea.",
    );
    expect(lines(draft)).toEqual(['state:JPN CRITICIZE state:PRK']);
  });

  it("keeps a delegation's claim the headline gives", async () => {
    const draft = await release(
      'Ukraine Accuses Russian Federation of Shelling Nuclear Plant, as General Assembly Rejects Amendments',
      'The General Assembly met this afternoon. The representative of Ukraine said the strikes endangered the whole region.',
    );
    claim(draft, 'state:UKR', 'ACCUSE', 'state:RUS');
    expect(draft.claims.map((c) => c.speaker)).not.toContain('org:un-general-assembly');
  });
});

describe('a charge in a relative clause of the speaker', () => {
  it('reads "⟨B⟩, which she accused of ..." as an accusation of ⟨B⟩ by the speaker', async () => {
    const draft = await extract(
      'The representative of Ukraine condemned the strike on Odesa. She spoke of the Wagner Group, which she accused of recruiting prisoners for the front.',
      ON,
      UN,
    );
    claim(draft, 'state:UKR', 'ACCUSE', 'org:wagner-group');
  });

  it('reads "⟨B⟩, which he blamed for ..." inside the words of a speaker as a charge against ⟨B⟩', async () => {
    const draft = await extract(
      "Nigeria's delegate said the attacks had continued in the north-east, where Boko Haram, which he blamed for the deaths of 40 soldiers, remained active.",
      ON,
      UN,
    );
    claim(draft, 'state:NGA', 'ACCUSE', 'org:boko-haram');
  });

  it('reads "⟨B⟩, which he accused ⟨C⟩ of sheltering" as a charge against ⟨C⟩, not ⟨B⟩', async () => {
    const draft = await extract(
      'The representative of Mali said his country faced armed groups supplied from abroad, naming the Frente POLISARIO, which he accused Algeria of sheltering.',
      ON,
      UN,
    );
    claim(draft, 'state:MLI', 'ACCUSE', 'state:DZA');
    expect(lines(draft)).not.toContain('state:MLI ACCUSE org:polisario');
  });
});
