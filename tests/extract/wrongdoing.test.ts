import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * Wrongdoing stated as fact in a statement's own voice or a party's words
 * (the wrongdoing list of src/extract/said.json): the party said to have
 * done it is accused, also when the statement cites its own information
 * for it ("Our information shows that ..."). Sentences written for these
 * tests.
 */

describe('wrongdoing stated as fact', () => {
  it("reads an intrusion and a shipment in a statement's own voice as the issuer's accusations", async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Lithuania\n\nThree Belarusian military helicopters entered Lithuanian airspace near Druskininkai on Friday. Our information shows that Belarus received a new shipment of Iskander missiles from Russia in May.',
    );
    const accusations = draft.claims.filter((c) => c.kind === 'ACCUSE' && c.targets.includes('state:BLR'));
    expect(accusations.map((c) => c.speaker)).toEqual([
      'org:lithuania-ministry-of-foreign-affairs',
      'org:lithuania-ministry-of-foreign-affairs',
    ]);
  });

  it('reads a government allowing companies to supply weapons, and funding armed groups, as accusations', async () => {
    const draft = await extract(
      'The European Union said China had allowed companies on its territory to supply drone parts to Russia. Rwanda said Kinshasa was arming militias in North Kivu.',
    );
    claim(draft, 'org:european-union', 'ACCUSE', 'state:CHN');
    claim(draft, 'state:RWA', 'ACCUSE', 'state:COD');
  });
});

describe('wrongdoing told of forces named with their weapon or post', () => {
  it('reads "a ⟨B⟩ F-16 fighter jet had bombed", "⟨B⟩ border guards had crossed into ... territory" and "⟨B⟩ forces had broken the treaty" as accusations of ⟨B⟩', async () => {
    const draft = await extract(
      'Laos said a Thai F-16 fighter jet had bombed its positions on Monday. Uzbekistan said Kyrgyz border guards had crossed into Uzbek territory overnight. Armenia said Azerbaijani forces had broken the ceasefire agreement signed in 2020. Georgia said Russia was preparing the ground for a new military offensive in the region.',
    );
    claim(draft, 'state:LAO', 'ACCUSE', 'state:THA');
    claim(draft, 'state:UZB', 'ACCUSE', 'state:KGZ');
    claim(draft, 'state:ARM', 'ACCUSE', 'state:AZE');
    claim(draft, 'state:GEO', 'ACCUSE', 'state:RUS');
  });
});

describe('conduct imputed to a party as what it was doing', () => {
  it('reads "⟨B⟩ was using ...", "was trying to smuggle ...", "was acting as ...", "had annexed ..." as accusations of ⟨B⟩', async () => {
    const draft = await extract(
      'Lithuania said Belarus was using migrants as a weapon against the European Union. Israel said Iran was still trying to smuggle rockets into Lebanon. Azerbaijan said the mission was acting as a spy network for France. Ukraine said Russia had annexed the region illegally.',
    );
    claim(draft, 'state:LTU', 'ACCUSE', 'state:BLR');
    claim(draft, 'state:ISR', 'ACCUSE', 'state:IRN');
    claim(draft, 'state:UKR', 'ACCUSE', 'state:RUS');
  });

  it('leaves a party said to be trying to help, or using its own means, as a plain statement', async () => {
    const draft = await extract('Qatar said Egypt was trying to arrange a ceasefire in Gaza.');
    expect(draft.claims.filter((c) => c.kind === 'ACCUSE')).toEqual([]);
  });
});

describe('a wrong told in the passive, its doer after "by"', () => {
  it('reads "had been armed, trained and sheltered by ⟨B⟩" and "was fired on by ⟨B⟩" as accusations of ⟨B⟩', async () => {
    const draft = await extract(
      "Burundi's foreign minister said the attackers had been armed, trained and sheltered by Rwanda. The " +
        'Belizean defence minister, Ana Cruz, said a patrol boat was fired on by the Guatemalan navy.',
    );
    claim(draft, 'state:BDI', 'ACCUSE', 'state:RWA');
    expect(draft.claims.find((c) => c.onBehalfOf === 'state:BLZ' || c.speaker === 'state:BLZ')?.kind).toBe('ACCUSE');
  });

  it('leaves a wrong done to no one named by "by" a plain statement', async () => {
    const draft = await extract("Burundi's foreign minister said three soldiers had been killed near the border.");
    expect(draft.claims.map((c) => c.kind)).toEqual(['STATE']);
  });
});

describe('a wrong done by acts whose doer follows "by"', () => {
  it('reads "drone strikes by ⟨B⟩ had killed ..." as an accusation of ⟨B⟩', async () => {
    const draft = await extract(
      'The representative of Niger said that air strikes by the Nigerian army had killed eleven herders near the border last week.',
    );
    expect(claim(draft, 'state:NER', 'ACCUSE').targets).toEqual(['org:nigeria-army']);
  });

  it('reads "⟨B⟩ had shot down ..." as an accusation of ⟨B⟩', async () => {
    const draft = await extract('Chad said the Libyan armed forces had shot down one of its reconnaissance aircraft.');
    expect(claim(draft, 'state:TCD', 'ACCUSE').targets).toEqual(['org:libya-armed-forces']);
  });
});

describe('wrongdoing told as acts against another party', () => {
  it('reads harassing, blocking, circling, holding up convoys and sinking a boat as accusations of the doer', async () => {
    const draft = await extract(
      'Estonia said two Belarusian patrol boats had harassed its fishermen on Lake Peipus. Chile said Peruvian navy ships blocked a Chilean survey vessel on Tuesday. Greece said Turkish fighter jets circled a Greek frigate near Rhodes. Sudan said Ethiopian troops had held up its aid convoys near the border. Vietnam said the fishing boat was rammed and sunk by Chinese vessels.',
    );
    claim(draft, 'state:EST', 'ACCUSE', 'state:BLR');
    claim(draft, 'state:CHL', 'ACCUSE', 'state:PER');
    claim(draft, 'state:GRC', 'ACCUSE', 'state:TUR');
    claim(draft, 'state:SDN', 'ACCUSE', 'state:ETH');
    claim(draft, 'state:VNM', 'ACCUSE', 'state:CHN');
  });

  it('reads arms delivered to a party as an accusation, and a delivery of goods as none', async () => {
    const draft = await extract(
      'Chad said Libya had delivered at least twenty armoured vehicles to the rebels in May. Niger said Nigeria had delivered grain to the border towns.',
    );
    claim(draft, 'state:TCD', 'ACCUSE', 'state:LBY');
    expect(draft.claims.filter((c) => c.speaker === 'state:NER' && c.kind === 'ACCUSE')).toEqual([]);
  });
});

describe('a claim dismissed as without basis', () => {
  it('reads "⟨A⟩\'s claims are not based on facts" and "there is no proof" as denials', async () => {
    const draft = await extract(
      'India said Nepal’s claims are not based on historical facts. Russia said there is no proof that the drone was Russian.',
    );
    claim(draft, 'state:IND', 'DENY', 'state:NPL');
    claim(draft, 'state:RUS', 'DENY');
  });
});

describe('a wrong done by a state’s people named by what they are', () => {
  it('lays "⟨Demonym⟩ sailors boarded ..." on the navy of that state the text names', async () => {
    const draft = await extract(
      'The Peruvian navy seized two Ecuadorian fishing boats on Sunday. "Peruvian sailors boarded our boats and took the catch," Ecuador’s foreign minister Ana Lucía Torres said.',
    );
    expect(claim(draft, 'person:ana-lucia-torres', 'ACCUSE').targets).toEqual(['org:peru-navy']);
  });

  it('lays "⟨Demonym⟩ officers entered our waters" on that state’s police, and on the state when the text names none', async () => {
    const withPolice = await extract(
      'Latvia’s police said it had stopped a Lithuanian trawler. "Latvian officers entered waters that belong to us," Lithuania’s interior minister Rasa Kairyte said.',
    );
    expect(claim(withPolice, 'person:rasa-kairyte', 'ACCUSE').targets).toEqual(['org:latvia-police']);
    const without = await extract(
      '"Latvian officers entered waters that belong to us," Lithuania’s interior minister Rasa Kairyte said.',
    );
    expect(claim(without, 'person:rasa-kairyte', 'ACCUSE').targets).toEqual(['state:LVA']);
  });
});

describe('weapons received from a supplier, attacks suffered', () => {
  it('reads "⟨B⟩ had received drones from ⟨C⟩" as an accusation of ⟨B⟩, and of ⟨C⟩ when the one armed is unnamed', async () => {
    const draft = await extract(
      'The representative of Kenya said Somalia had received armed drones from Türkiye in 2025. The representative of Lebanon said the militia had received rockets from Iran through the mountains.',
    );
    claim(draft, 'state:KEN', 'ACCUSE', 'state:SOM');
    claim(draft, 'state:LBN', 'ACCUSE', 'state:IRN');
    expect(draft.claims.some((c) => c.speaker === 'state:KEN' && c.targets.includes('state:TUR'))).toBe(false);
  });

  it("leaves the speaker's own purchases and a denial of receiving alone", async () => {
    const draft = await extract(
      "Pakistan's air force said Pakistan had received 20 fighter jets from China in 2022. The representative of Chad said his country had received no weapons from Russia.",
    );
    expect(draft.claims.filter((c) => c.kind === 'ACCUSE')).toEqual([]);
  });

  it('reads "a victim of cyberattacks by ⟨A⟩ and ⟨B⟩" as an accusation of the attackers', async () => {
    const draft = await extract(
      "Iran's representative said his country was itself a victim of cyberattacks by the United States.",
    );
    claim(draft, 'state:IRN', 'ACCUSE', 'state:USA');
  });
});

describe('a wrong told in passing, in a relative clause of a party named', () => {
  it('reads "⟨B⟩, which had killed ...", "⟨B⟩, whose fighters had ..." and "⟨X⟩, which ⟨B⟩ continued to support" as accusations of ⟨B⟩', async () => {
    const draft = await extract(
      'The representative of Niger said the Council should sanction Boko Haram, which had killed hundreds of villagers. The representative of Uganda said the region was threatened by the ADF, which Kinshasa continued to support. The representative of Kenya said the border was watched by Al-Shabaab, whose fighters had attacked a police post in Mandera.',
    );
    claim(draft, 'state:NER', 'ACCUSE', 'org:boko-haram');
    claim(draft, 'state:UGA', 'ACCUSE', 'state:COD');
    claim(draft, 'state:KEN', 'ACCUSE', 'org:al-shabaab');
  });

  it('leaves a relative clause that hangs on a noun after the name alone', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Mexico\n\nThis morning we delivered a note to the Embassy of the United States protesting these flights, which violate our airspace.',
    );
    expect(draft.claims.flatMap((c) => c.targets).filter((t) => t.startsWith('org:'))).toEqual([]);
  });
});
