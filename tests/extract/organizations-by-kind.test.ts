import { describe, expect, it } from 'vitest';
import { documentOf, extract, lines } from './drafts.js';

/**
 * Organizations read by the kind of name they have, whoever they are: a state's organs named for two states at once
 * or after a state's bare name, a body whose name opens on a capital, a company or a party named by what it is, a body
 * led by another, an acronym used as a group's name, the United Nations' agencies and Secretary-General, and a
 * judgement or a charge aimed at a state's armed service named as such. Sentences written for these tests, in wire,
 * UN meetings, briefing and statement styles.
 */

type Org = { key: string; name: string; aliases: string[] };
const orgs = (draft: Awaited<ReturnType<typeof extract>>) =>
  documentOf(draft).entities.filter((e) => e.type === 'Organization') as unknown as Org[];
const named = (draft: Awaited<ReturnType<typeof extract>>, name: string) =>
  orgs(draft).find((o) => [o.name, ...o.aliases].includes(name));
const partOf = (draft: Awaited<ReturnType<typeof extract>>, key: string | undefined) =>
  documentOf(draft)
    .relationships.filter((r) => r.from === key && r.type === 'PART_OF')
    .map((r) => r.to);

describe("a state's organs named for two states at once, or after a state's bare name", () => {
  it('reads "the Greek and Turkish navies", "British and French forces" and "the Malian, Chadian and Sudanese governments" as one organ of each state', async () => {
    const navies = await extract(
      'ATHENS, June 4 (Reuters) - Ships of the Greek and Turkish navies shadowed each other near Kastellorizo on Tuesday.',
    );
    expect(partOf(navies, named(navies, 'Greek navy')?.key)).toEqual(['state:GRC']);
    expect(partOf(navies, named(navies, 'Turkish navy')?.key)).toEqual(['state:TUR']);
    const forces = await extract('British and French forces will hold a joint exercise in Estonia next month.');
    expect(partOf(forces, named(forces, 'British forces')?.key)).toEqual(['state:GBR']);
    expect(partOf(forces, named(forces, 'French forces')?.key)).toEqual(['state:FRA']);
    const governments = await extract(
      'The representative of Niger said the Malian, Chadian and Sudanese governments had agreed to share border patrols.',
    );
    for (const [words, state] of [
      ['Malian government', 'state:MLI'],
      ['Chadian government', 'state:TCD'],
      ['Sudanese government', 'state:SDN'],
    ])
      expect(partOf(governments, named(governments, words!)?.key)).toEqual([state]);
  });

  it('reads "United States forces", "the Kenya government" and "the Ukraine Ministry of Defence" as the state\'s organs', async () => {
    const forces = await extract('The base at Manda Bay is also used by United States forces, the ministry said.');
    expect(partOf(forces, named(forces, 'United States forces')?.key)).toEqual(['state:USA']);
    const government = await extract(
      'NAIROBI, May 2 - The Kenya government said on Friday it would not renew the deal.',
    );
    expect(partOf(government, named(government, 'Kenya government')?.key)).toEqual(['state:KEN']);
    const ministry = await extract(
      'A spokesman for the Ukraine Ministry of Defence said the first batteries had arrived in March.',
    );
    expect(partOf(ministry, named(ministry, 'Ukraine Ministry of Defence')?.key)).toEqual(['state:UKR']);
  });
});

describe("a body whose name opens on a capital's", () => {
  it('reads "Tehran University", "Kabul University" and "Ankara University" as bodies, not cities', async () => {
    for (const [text, name] of [
      ['"The talks are stalled," said Reza Karimi, a historian at Tehran University.', 'Tehran University'],
      ['Researchers from Kabul University counted 40 dead in the district.', 'Kabul University'],
      ['Protests spread to Ankara University on Monday, police said.', 'Ankara University'],
    ]) {
      const draft = await extract(text!);
      expect(named(draft, name!), text).toBeDefined();
      expect(documentOf(draft).entities.filter((e) => e.type === 'Place')).toEqual([]);
    }
  });
});

describe('bodies named by the word their name is built on', () => {
  it('reads "Committee Against Torture", "Coalition Against Arms Sales" and "the Directorate of Public Relations" whole', async () => {
    const committee = await extract('The Committee Against Torture asked Egypt to close the Tora prison.');
    expect(named(committee, 'Committee Against Torture')).toBeDefined();
    const coalition = await extract('Coalition Against Arms Sales accused the Dutch government of ignoring the court.');
    expect(named(coalition, 'Coalition Against Arms Sales')).toBeDefined();
    expect(lines(coalition)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^org:coalition-against-arms-sales ACCUSE /)]),
    );
    const directorate = await extract(
      'Press briefing by the Director of Defence Public Relations of the Ghanaian Army, Accra, 3 May 2024',
    );
    expect(named(directorate, 'Defence Public Relations')).toBeDefined();
  });

  it('reads "the Helwan Industrial Complex", "Nexter, the French arms maker" and "Hanwha Ocean, a South Korean contractor" as makers', async () => {
    expect(
      named(await extract('The shells were made at the Helwan Industrial Complex.'), 'Helwan Industrial Complex'),
    ).toBeDefined();
    expect(
      named(await extract('The guns were built by Nexter, the French arms maker, in Bourges.'), 'Nexter'),
    ).toBeDefined();
    expect(
      named(
        await extract('The frigates will be built by Hanwha Ocean, a South Korean contractor, from 2026.'),
        'Hanwha Ocean',
      ),
    ).toBeDefined();
  });

  it('reads "the Komeito party", "the Fidesz party" and "the Sinn Fein party" as parties named by their names', async () => {
    expect(named(await extract('The Komeito party had long resisted the change.'), 'Komeito')).toBeDefined();
    expect(named(await extract('BUDAPEST - The Fidesz party said the vote would go ahead.'), 'Fidesz')).toBeDefined();
    expect(named(await extract('Leaders of the Sinn Fein party met the envoy.'), 'Sinn Fein')).toBeDefined();
  });
});

describe("a body named in a heading, or inside a longer body's name", () => {
  it('ends the issuer\'s name where a heading turns to its topic ("Statement of the ... on the ...")', async () => {
    for (const [text, name] of [
      [
        'Statement of the National Security Council on the Drone Attack near Erbil\n\nBaghdad, 3 May 2024\n\nThe Council condemns the attack.',
        'National Security Council',
      ],
      [
        'Declaration of the Supreme Defence Council on the Situation in the North\n\nThe Council calls for calm.',
        'Supreme Defence Council',
      ],
      [
        'Statement of the State Border Guard Service on the Incident at the Narva River\n\nThe Service regrets the incident.',
        'State Border Guard Service',
      ],
    ])
      expect(named(await extract(text!), name!), text).toBeDefined();
  });

  it('reads a known body\'s name inside a longer title as the longer body ("the Office of the United Nations ... for ...")', async () => {
    const office = await extract(
      'The Office of the United Nations Special Coordinator for Lebanon said the strikes must stop.',
    );
    expect(named(office, 'Office of the United Nations Special Coordinator for Lebanon')).toBeDefined();
    const refugees = await extract(
      'Statement by the Ministry of Foreign Affairs of Uzbekistan\n\nThe pilots will be returned in cooperation with the Office of the United Nations High Commissioner for Refugees.',
    );
    const unhcr = named(refugees, 'Office of the United Nations High Commissioner for Refugees');
    expect(unhcr).toBeDefined();
    expect(partOf(refugees, unhcr?.key)).toEqual([]);
  });
});

describe("a state's service named bare in its own statement or briefing", () => {
  it('reads "the army\'s stores", "the navy\'s patrol boat" and "the navy\'s frigates" as the speaking state\'s service', async () => {
    const army = await extract(
      "Press briefing by the spokesperson of the Norwegian Ministry of Defence, Ingrid Solbakken, Oslo, 22 March 2024\n\nQ: The Progress Party says the government is emptying the army's stores. Is that true?\n\nMS. SOLBAKKEN: No.",
    );
    expect(partOf(army, named(army, 'army')?.key)).toEqual(['state:NOR']);
    const navy = await extract(
      "Statement by the Ministry of Defence of Ghana\n\nThe Ministry regrets that the navy's patrol boat was damaged.",
    );
    expect(partOf(navy, named(navy, 'navy')?.key)).toEqual(['state:GHA']);
    const frigates = await extract(
      "Press briefing by the Spokesperson of the Ministry of Defence of Chile, Santiago, 3 May 2024\n\nQ: Senator Rojas says the navy's frigates are too old. Your comment?\n\nSpokesperson: They will be replaced.",
    );
    expect(partOf(frigates, named(frigates, 'navy')?.key)).toEqual(['state:CHL']);
  });
});

describe('a body led by a state or another body', () => {
  it('reads "the Saudi-led coalition", "the Kenyan-led mission" and "a NATO-led force" as bodies of their own', async () => {
    const coalition = await extract(
      'SANAA, March 3 (AP) - The Saudi-led coalition said it had struck drone launch sites near Hodeidah.',
    );
    expect(named(coalition, 'Saudi-led coalition')).toBeDefined();
    expect(lines(coalition)).toEqual(expect.arrayContaining([expect.stringMatching(/^org:saudi-led-coalition /)]));
    const mission = await extract('The representative of Haiti said the Kenyan-led mission needed more officers.');
    expect(named(mission, 'Kenyan-led mission')).toBeDefined();
    const force = await extract('A NATO-led force has patrolled Kosovo since 1999.');
    expect(named(force, 'NATO-led force')).toBeDefined();
    expect(partOf(force, named(force, 'NATO-led force')?.key)).toEqual([]);
  });
});

describe('an acronym used as a group', () => {
  it('reads an acronym listed with groups, and one that speaks, as a body; letters of a name spelled out stay that body', async () => {
    const listed = await extract(
      'Soldiers killed 12 fighters of the CODECO and ADF militias near Djugu, the army said. CODECO denied losing men.',
    );
    expect(named(listed, 'CODECO')).toBeDefined();
    const speaking = await extract('Friedrich Hahn of the SPD said the budget was too small.');
    expect(named(speaking, 'SPD')).toBeDefined();
    const spelled = await extract(
      'Two men were shot by the Border Guard Force on Monday. The BGF says the men were smugglers.',
    );
    expect(named(spelled, 'BGF')).toBeUndefined();
  });
});

describe("the United Nations' agencies and its Secretary-General", () => {
  it('reads "the United Nations agencies", "UN humanitarian agencies" and "informed the Secretary-General of its decision"', async () => {
    const agencies = await extract(
      'The Council asked the mission to hand its remaining tasks to the United Nations agencies in the country.',
    );
    expect(named(agencies, 'United Nations agencies')).toBeDefined();
    const humanitarian = await extract('UN humanitarian agencies warned that fuel would run out within days.');
    expect(named(humanitarian, 'UN humanitarian agencies')).toBeDefined();
    expect(
      named(await extract('The United Nations said aid agencies had left the port.'), 'UN said aid agencies'),
    ).toBeUndefined();
    const office = await extract(
      'The representative of Mali said his Government had informed the Secretary-General of its decision in June.',
    );
    expect(orgs(office).map((o) => o.key)).toContain('org:un-secretary-general');
  });
});

describe("a judgement or a charge aimed at a state's armed service named as such", () => {
  const aimed = async (text: string) => lines(await extract(text)).join('\n');

  it('aims a judgement of "the army", "the navy" or "the air force" at the service its text named before', async () => {
    expect(
      await aimed(
        'ABUJA, June 2 (Reuters) - Nigeria says the Nigerian Army has retaken Gwoza. Senator Musa Bello said the army had failed to protect farmers in Zamfara.',
      ),
    ).toMatch(/^person:musa-bello CRITICIZE org:nigeria-army$/m);
    expect(
      await aimed(
        'The representative of Peru said the Peruvian Navy had detained the trawler. The representative of Ecuador said the navy had failed to respect the 1952 declaration.',
      ),
    ).toMatch(/^state:ECU CRITICIZE org:peru-navy$/m);
    expect(
      await aimed(
        'Statement by the Ministry of Foreign Affairs of Lebanon\n\nThe Ministry notes that the Israeli Air Force struck Nabatieh. The air force has failed to distinguish between fighters and civilians.',
      ),
    ).toMatch(/ CRITICIZE org:israel-air-force$/m);
  });

  it('aims "accused the army of ..." at the service where the sentence names the state only through it', async () => {
    expect(
      await aimed(
        'JUBA, May 3 - South Sudan says the Sudanese army bombed Heglig. A spokesman for the RSF, which controls the area, accused the army of launching the drone from El Obeid.',
      ),
    ).toMatch(/^org:rapid-support-forces ACCUSE org:sudan-army$/m);
  });

  it("keeps a deed told of the service its state's", async () => {
    expect(
      await aimed(
        'YAOUNDE, May 9 - Cameroon says the Cameroon Army has secured the road. The separatists say the army attacked the school.',
      ),
    ).not.toMatch(/ACCUSE org:cameroon-army/);
  });
});
