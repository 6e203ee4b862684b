import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Hostile acts a party tells of another as fact, with no accusing verb (src/extract/claims/hostile.ts,
 * src/extract/hostile.json), in the forms real articles use beyond the plain "⟨B⟩ forces attacked ...": the doer's
 * backer named in an apposition, the act told in the passive with a run of verbs and of craft before "of ⟨B⟩", a date
 * opening the clause with no comma, and words given in reply ("answered that", "retorted that", verbs.json).
 * Sentences written for these tests, in the styles of statements, UN meetings coverage and wire copy.
 */

describe('a doer and the party its apposition names as backing it', () => {
  it('charges both in a statement\'s own voice ("Russian troops, supported by Belarusian units, shelled ...")', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Ukraine\n\nOn the night of 4 March 2026, Russian troops, supported by Belarusian units, shelled three villages in the Chernihiv region.',
    );
    claim(draft, 'org:ukraine-ministry-of-foreign-affairs', 'ACCUSE', 'state:RUS');
    claim(draft, 'org:ukraine-ministry-of-foreign-affairs', 'ACCUSE', 'state:BLR');
  });

  it('charges both in a delegate\'s reported words ("Houthi fighters, backed by Iran, had fired ...")', async () => {
    const draft = await extract(
      'The representative of Saudi Arabia said Houthi fighters, backed by Iran, had fired missiles at civilian airports in the south of the Kingdom.',
    );
    claim(draft, 'state:SAU', 'ACCUSE', 'org:houthis');
    claim(draft, 'state:SAU', 'ACCUSE', 'state:IRN');
  });

  it('charges both after a dateline, the backer by the name the text gives it ("helped by the Wagner Group")', async () => {
    const draft = await extract(
      "KHARTOUM, May 6 - Rapid Support Forces fighters, helped by the Wagner Group, attacked an army base near El Fasher on Sunday, Sudan's army said.",
    );
    claim(draft, 'org:sudan-army', 'ACCUSE', 'org:rapid-support-forces');
    claim(draft, 'org:sudan-army', 'ACCUSE', 'org:wagner-group');
  });
});

describe('an act told in the passive, by craft of a party', () => {
  it('reads "was approached and buzzed repeatedly by two fighter jets and a drone of the ⟨B⟩"', async () => {
    const draft = await extract(
      "Statement by the Department of Defence of Australia\n\nOn 4 May 2026, a Royal Australian Navy helicopter operating from HMAS Hobart was approached and buzzed repeatedly by two fighter jets and a drone of the People's Liberation Army over the Yellow Sea.",
    );
    claim(draft, 'org:australia-ministry-of-defence', 'ACCUSE', 'org:peoples-liberation-army');
  });

  it('reads "had been shadowed and circled by three warships and a helicopter of the ⟨Chinese⟩ navy"', async () => {
    const draft = await extract(
      "Japan's defence ministry said one of its patrol aircraft had been shadowed and circled by three warships and a helicopter of the Chinese navy near the Senkaku Islands.",
    );
    claim(draft, 'org:japan-ministry-of-defence', 'ACCUSE', 'state:CHN');
  });

  it('reads "had been circled for an hour by two vessels of the ⟨China Coast Guard⟩" in UN coverage', async () => {
    const draft = await extract(
      'The representative of the Philippines said a supply boat had been circled for an hour by two vessels of the China Coast Guard near Second Thomas Shoal.',
    );
    claim(draft, 'state:PHL', 'ACCUSE', 'state:CHN');
  });
});

describe('an act after a date with no comma', () => {
  it('reads "On 3 March a patrol boat of the ⟨Angolan⟩ Navy stopped ..." in a statement', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Namibia\n\nOn 3 March a patrol boat of the Angolan Navy stopped four Namibian fishing boats near the mouth of the Kunene River.',
    );
    claim(draft, 'org:namibia-ministry-of-foreign-affairs', 'ACCUSE', 'state:AGO');
  });

  it('reads "that on 12 April two ⟨Ugandan⟩ police boats chased ..." in wire copy', async () => {
    const draft = await extract(
      "Kenya's interior ministry said on Monday that on 12 April two Ugandan police boats chased Kenyan fishermen away from Migingo island.",
    );
    claim(draft, 'org:kenya-ministry-of-the-interior', 'ACCUSE', 'org:uganda-police');
  });

  it('reads "that on 9 June two vessels of the ⟨Venezuelan⟩ navy turned back ..." in UN coverage', async () => {
    const draft = await extract(
      "The representative of Guyana said that on 9 June two vessels of the Venezuelan navy turned back a survey ship in Guyana's waters.",
    );
    claim(draft, 'state:GUY', 'ACCUSE', 'state:VEN');
  });
});

describe('a hostile act told in reply', () => {
  it('reads "answered that ⟨B⟩ had invaded ..." as an accusation', async () => {
    const draft = await extract(
      "The Russian embassy called the delivery a provocation. Portugal's foreign ministry answered that Russia had invaded a sovereign country.",
    );
    claim(draft, 'org:portugal-ministry-of-foreign-affairs', 'ACCUSE', 'state:RUS');
  });

  it('reads a delegate\'s "answered that ⟨B⟩ had shelled ..." in UN coverage', async () => {
    const draft = await extract(
      'Taking the floor again, the representative of Armenia answered that Azerbaijan had shelled villages in Syunik the week before.',
    );
    claim(draft, 'state:ARM', 'ACCUSE', 'state:AZE');
  });

  it('reads "retorted that ⟨B⟩ soldiers had crossed ..." as an accusation', async () => {
    const draft = await extract(
      "Pyongyang called the drills an invasion rehearsal. South Korea's defence ministry retorted that North Korean soldiers had crossed the demarcation line twice this month.",
    );
    claim(draft, 'org:south-korea-ministry-of-defence', 'ACCUSE', 'state:PRK');
  });
});

describe('an act told by whom it was done to', () => {
  it('charges the doer the words name after "by" or "from"', async () => {
    const draft = await extract(
      'The Thai delegate said his country had been the target of rocket attacks from Cambodia since Saturday.',
    );
    claim(draft, 'state:THA', 'ACCUSE', 'state:KHM');
  });

  it("charges the doer in a statement's own voice", async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Estonia\n\nEstonia has been the target of a large cyberattack by Russia. The Ministry will inform its allies.',
    );
    claim(draft, 'org:estonia-ministry-of-foreign-affairs', 'ACCUSE', 'state:RUS');
  });

  it('charges whoever the text told doing the act, when the words name no doer', async () => {
    const draft = await extract(
      'Armenia and Azerbaijan traded fire on Tuesday. Azerbaijani forces shelled the village of Sotk overnight. The representative of Armenia said his country had been the victim of an act of aggression.',
    );
    claim(draft, 'state:ARM', 'ACCUSE', 'state:AZE');
  });

  it('leaves an act no one is told doing a position, not an accusation of no one', async () => {
    const draft = await extract('The Ukrainian delegate said Ukraine had been the target of daily missile strikes.');
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });
});

describe('what these forms do not make an accusation of', () => {
  it("leaves a narrator's account, and a speaker's own craft told in the passive, unclaimed", async () => {
    const draft = await extract(
      "Houthi fighters, backed by Iran, seized a cargo ship in the Red Sea in November. The frigate was circled by two helicopters of the Indian Navy during the joint exercise, India's navy said.",
    );
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });
});
