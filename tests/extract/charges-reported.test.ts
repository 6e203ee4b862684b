import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Charges told inside reported speech: a speaker says, whatever its verb, that another party did a hostile act, and
 * the draft holds an accusation of the doer rather than a plain statement (src/extract/said.json wrongdoing,
 * src/extract/hostile.json origins and stopping, src/extract/claims/means.ts, verbs.json). Sentences written for these
 * tests, in the styles of UN meetings coverage, wire copy and government statements.
 */

describe('a war said to be launched or waged by a party', () => {
  it('reads "had unleashed a war of aggression ... and was shelling towns"', async () => {
    const draft = await extract(
      'The representative of France said Russia had unleashed a war of aggression against its neighbour and was shelling towns in the east.',
    );
    claim(draft, 'state:FRA', 'ACCUSE', 'state:RUS');
  });

  it('reads "had started an illegal war and was killing civilians"', async () => {
    const draft = await extract(
      'Speaking after the vote, the delegate of Poland said Moscow had started an illegal war and was killing civilians every day.',
    );
    claim(draft, 'state:POL', 'ACCUSE', 'state:RUS');
  });

  it('reads "is waging a war" in a statement\'s own voice', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Armenia\n\nAzerbaijan is waging a war against the Armenian population of the region.',
    );
    claim(draft, 'org:armenia-ministry-of-foreign-affairs', 'ACCUSE', 'state:AZE');
  });
});

describe('an act done without the consent of the party it was done to', () => {
  it('reads "had built a railway ... without ⟨B⟩\'s consent"', async () => {
    const draft = await extract(
      "Ukraine's ambassador said the Russian Federation had built a railway across occupied territory without Ukraine's consent.",
    );
    claim(draft, 'state:UKR', 'ACCUSE', 'state:RUS');
  });

  it('reads "had erected military posts ... without ⟨A⟩\'s permission"', async () => {
    const draft = await extract(
      "The representative of Guyana said Venezuela had erected military posts on the island without Guyana's permission.",
    );
    claim(draft, 'state:GUY', 'ACCUSE', 'state:VEN');
  });

  it('reads "installed a buoy ... without prior authorization" in wire copy', async () => {
    const draft = await extract(
      "TOKYO, May 2 - Japan's foreign ministry said China had installed a buoy inside Japan's exclusive economic zone without prior authorization.",
    );
    claim(draft, 'org:japan-ministry-of-foreign-affairs', 'ACCUSE', 'state:CHN');
  });
});

describe('words protested or complained to a body', () => {
  it('reads "complained to the Security Council that ⟨C⟩ was violating the ceasefire", from each', async () => {
    const draft = await extract(
      'Iraq and Jordan complained to the Security Council that Israel was violating the ceasefire.',
    );
    claim(draft, 'state:IRQ', 'ACCUSE', 'state:ISR');
    claim(draft, 'state:JOR', 'ACCUSE', 'state:ISR');
  });

  it('reads "protested to the United Nations that ⟨C⟩ was breaking the truce", from each', async () => {
    const draft = await extract(
      'Pakistan and Afghanistan protested to the United Nations that India was breaking the truce.',
    );
    claim(draft, 'state:PAK', 'ACCUSE', 'state:IND');
    claim(draft, 'state:AFG', 'ACCUSE', 'state:IND');
  });

  it('charges the party a grievance opens on, when the words name no wrong of their own', async () => {
    const draft = await extract('Benin complained to the African Union that Niger had closed the border to its goods.');
    claim(draft, 'state:BEN', 'ACCUSE', 'state:NER');
  });

  it('charges the state a ruler\'s name qualifies ("that ⟨name⟩\'s ⟨B⟩ ...")', async () => {
    const draft = await extract(
      "President Anastasio Somoza had ruled Nicaragua since 1937. Costa Rica complained to the Organization of American States that Somoza's Nicaragua endangered peace in the region.",
    );
    claim(draft, 'state:CRI', 'ACCUSE', 'state:NIC');
  });

  it('drafts nothing of its own for a grievance about no party', async () => {
    const draft = await extract('Kenya protested that the rifles could end up in the hands of poachers.');
    expect(lines(draft).filter((l) => l.startsWith('state:KEN'))).toEqual([]);
  });

  it("reads a successor's capital as its predecessor in a paragraph that names the predecessor and no year", async () => {
    const draft = await extract(
      'Romania protested to the United Nations that Moscow was violating the agreement. The Soviet government said its troops were there at the request of Bucharest.',
    );
    claim(draft, 'state:ROU', 'ACCUSE', 'state:SUN');
  });
});

describe('craft told by the state they set out from', () => {
  it('reads "aircraft based in ⟨B⟩ had bombed ..."', async () => {
    const draft = await extract(
      'The Syrian delegate told the Council that aircraft based in Israel had bombed Damascus and Homs.',
    );
    claim(draft, 'state:SYR', 'ACCUSE', 'state:ISR');
  });

  it('reads "drones launched from ⟨B⟩ and ⟨C⟩ had struck ...", charging each', async () => {
    const draft = await extract(
      "Kenya's representative said drones launched from Somalia and Ethiopia had struck border villages.",
    );
    claim(draft, 'state:KEN', 'ACCUSE', 'state:SOM');
    claim(draft, 'state:KEN', 'ACCUSE', 'state:ETH');
  });

  it('charges no one for craft based in a region', async () => {
    const draft = await extract(
      'The Chadian minister said helicopters based in the region had attacked refugee camps near the border.',
    );
    expect(lines(draft).filter((l) => l.includes('ACCUSE') && !l.endsWith(' -'))).toEqual([]);
  });
});

describe('the supplier of the arms a wrong was done with', () => {
  it('charges the supplier beside the doer ("shell ... with drones supplied by ⟨C⟩")', async () => {
    const draft = await extract(
      'The Sudanese army said the RSF continues to shell El Fasher with drones supplied by the United Arab Emirates.',
    );
    claim(draft, 'org:sudan-army', 'ACCUSE', 'org:rapid-support-forces');
    claim(draft, 'org:sudan-army', 'ACCUSE', 'state:ARE');
  });

  it('charges it in UN coverage ("were killing civilians with missiles supplied by ⟨C⟩")', async () => {
    const draft = await extract(
      "Ukraine's delegate said Russian forces were killing civilians with missiles supplied by Iran.",
    );
    claim(draft, 'state:UKR', 'ACCUSE', 'state:RUS');
    claim(draft, 'state:UKR', 'ACCUSE', 'state:IRN');
  });

  it("charges it in a statement's own voice when the doer is named only by what it is", async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of the Sudan\n\nThe militia continues to kill civilians in Darfur with drones provided by Chad.',
    );
    claim(draft, 'org:sudan-ministry-of-foreign-affairs', 'ACCUSE', 'state:TCD');
  });
});

describe('an act a demand asks to be stopped', () => {
  it('reads "asked the Security Council to stop what it called an aggression by ⟨B⟩ and ⟨C⟩"', async () => {
    const draft = await extract(
      'The representative of Ecuador had asked the Security Council to stop what it called an aggression by Peru and Colombia.',
    );
    claim(draft, 'state:ECU', 'DEMAND', 'org:un-security-council');
    claim(draft, 'state:ECU', 'ACCUSE', 'state:PER');
    claim(draft, 'state:ECU', 'ACCUSE', 'state:COL');
  });

  it('reads "called for an end to the shelling by ⟨B⟩"', async () => {
    const draft = await extract(
      'The Lebanese delegate called for an end to the shelling by Israel of villages in the south.',
    );
    claim(draft, 'state:LBN', 'ACCUSE', 'state:ISR');
  });

  it('reads "urged the Council to halt the repeated attacks of ⟨B⟩"', async () => {
    const draft = await extract(
      'The representative of Azerbaijan urged the Security Council to halt the repeated attacks of Armenia on civilian areas.',
    );
    claim(draft, 'state:AZE', 'ACCUSE', 'state:ARM');
  });
});

describe('fighters or arms said to be brought into a country', () => {
  it('charges no one named when the words say only where they came from', async () => {
    const draft = await extract(
      'The representative of Mali said foreign fighters had been smuggled into the country from neighbouring countries.',
    );
    claim(draft, 'state:MLI', 'ACCUSE');
    expect(lines(draft).filter((l) => l.includes('ACCUSE') && !l.endsWith(' -'))).toEqual([]);
  });

  it('charges no one named for "mercenaries had been flown in from abroad"', async () => {
    const draft = await extract(
      'The representative of the Central African Republic said mercenaries had been flown in from abroad over the past month.',
    );
    claim(draft, 'state:CAF', 'ACCUSE');
  });

  it('charges the party named after "by"', async () => {
    const draft = await extract(
      "Libya's delegate told the Council that weapons were being smuggled across the southern border by Chad.",
    );
    claim(draft, 'state:LBY', 'ACCUSE', 'state:TCD');
  });
});

describe('arms a party is said to have received itself, said back at it', () => {
  it('reads "saying ⟨B⟩ had itself bought attack drones from ⟨C⟩" as a criticism of ⟨B⟩', async () => {
    const draft = await extract(
      "ATHENS, June 3 - Greece's foreign ministry dismissed the criticism, saying Turkey had itself bought attack drones from Ukraine.",
    );
    claim(draft, 'org:greece-ministry-of-foreign-affairs', 'CRITICIZE', 'state:TUR');
  });

  it('reads it in UN coverage', async () => {
    const draft = await extract(
      'The representative of Armenia said Azerbaijan had itself received missiles from Israel for years.',
    );
    claim(draft, 'state:ARM', 'CRITICIZE', 'state:AZE');
  });

  it("reads it in a statement's own voice", async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Morocco\n\nAlgeria has itself acquired missiles from Russia on a vast scale.',
    );
    claim(draft, 'org:morocco-ministry-of-foreign-affairs', 'CRITICIZE', 'state:DZA');
  });
});
