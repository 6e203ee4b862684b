import { describe, expect, it } from 'vitest';
import { documentOf, extract, lines, organizationNamed as named, partOf } from './drafts.js';

/**
 * Organizations by the kind of name a text gives them, and claims aimed at them: a government named by its head or
 * by a pronoun, a party named with what it is, the opposition as a group, a breakaway armed group, a state's police in
 * its own words, a known body's name followed by the state it acts on, and a charge at an organ in a sentence that
 * names its state in another clause. Sentences written for these tests, in wire, UN meetings, briefing, statement and
 * analysis styles.
 */

const aimed = async (text: string) => lines(await extract(text));

describe('a government named by the person at its head', () => {
  it('reads "⟨Name⟩\'s government", "⟨Name⟩\'s regime" and "the ⟨surname⟩ administration" as a body named so', async () => {
    const smith = await extract(
      "Analysis: The air power of the region\n\nLONDON, May 2 - Two years later, Julius Ndlovu's government declared a state of emergency.",
    );
    expect(named(smith, "Julius Ndlovu's government")).toBeDefined();
    const regime = await extract(
      "The delegate of Poland said the question of Anastasio Morel's regime should go to the General Assembly.",
    );
    expect(named(regime, "Anastasio Morel's regime")).toBeDefined();
    const administration = await extract(
      'CARACAS, Jan 9 (Reuters) - Opposition leaders met Ramón Quiroga on Tuesday. Critics say the Quiroga administration has jailed dozens of journalists.',
    );
    expect(named(administration, 'Quiroga administration')).toBeDefined();
    // A state's name before "government" names the state's organ, not a leader's.
    expect(named(administration, "Venezuela's government")).toBeUndefined();
  });

  it('aims a charge at "the government of Prime Minister ⟨P⟩" at that state\'s government', async () => {
    expect(
      await aimed(
        'LISBON, June 3 (Reuters) - The far-left Bloco party accused the government of Prime Minister Rui Tavares Lobo of neglecting the navy.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^org:bloco ACCUSE org:portugal-government\b/)]));
    expect(
      await aimed(
        'ATHENS, Feb 11 - Opposition deputies accused the administration of President Eleni Markou of hiding the cost of the frigates.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/ ACCUSE org:greece-government\b/)]));
    expect(
      await aimed(
        'WARSAW, Oct 2 - The conservative Ruch party criticised the Government of Prime Minister Adam Wilk for the delay.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^org:ruch CRITICIZE org:poland-government\b/)]));
  });

  it('reads "its Government" as the government of the state named just before', async () => {
    const draft = await extract(
      'Statement by the Ministry of Defence of Ireland\n\nDublin, 3 May 2024\n\nOur troops serve in Lebanon at the invitation of its Government and under a mandate of the Council.',
    );
    expect(partOf(draft, named(draft, 'Government')?.key)).toEqual(['state:LBN']);
    const other = await extract(
      'The representative of Chile said Haiti needed help and that its government had asked for police officers.',
    );
    expect(partOf(other, named(other, 'government')?.key)).toEqual(['state:HTI']);
  });
});

describe("a state's embassy named bare, and movements named as a group", () => {
  it('reads "the embassy" in a state\'s own words as the embassy of the other state named just before', async () => {
    const briefing = await extract(
      'Press briefing by the spokesperson of the Ministry of Foreign Affairs of Peru, Lima, 3 May 2024\n\nMR. SOTO: Good morning. The frigates will arrive in June.\n\nQ: Did Chile object?\n\nMR. SOTO: No. Chile is a friend and the embassy was told in advance.',
    );
    expect(partOf(briefing, named(briefing, 'embassy')?.key)).toEqual(['state:CHL']);
    const statement = await extract(
      "Statement by the Ministry of Foreign Affairs of Estonia\n\nTallinn, 2 March 2024\n\nThe Ministry summoned the chargé d'affaires of Russia. The Embassy was handed a note of protest.",
    );
    expect(partOf(statement, named(statement, 'Embassy')?.key)).toEqual(['state:RUS']);
    // With no other state named before it, "the embassy" is left unread.
    const none = await extract(
      'Statement by the Ministry of Foreign Affairs of Estonia\n\nTallinn, 2 March 2024\n\nThe embassy will stay open during the works.',
    );
    expect(named(none, 'embassy')).toBeUndefined();
  });

  it('reads "liberation movements" and "independence movements" as a group, and "the West German government" whole', async () => {
    expect(
      named(await extract('Liberation movements accused Paris of arming the settlers.'), 'Liberation movements'),
    ).toBeDefined();
    expect(
      named(
        await extract('The delegate of Ghana said independence movements in the territory had asked for observers.'),
        'Independence movements',
      ),
    ).toBeDefined();
    const bonn = await extract('In 1962 the West German government said the jets had been sold for NATO alone.');
    expect(partOf(bonn, named(bonn, 'West German government')?.key)).toEqual(['state:DEU']);
  });
});

describe('a party named with what it is, and the opposition as a group', () => {
  it('reads "the far-right ⟨Name⟩ party", "the ruling ⟨Name⟩ party" and "the small ⟨Name⟩ movement" as the body, which speaks', async () => {
    const vox = await extract(
      'MADRID, March 3 (Reuters) - The far-right Orden party accused Morocco of provoking the incident.',
    );
    expect(named(vox, 'Orden party')).toBeDefined();
    expect(lines(vox)).toEqual(expect.arrayContaining([expect.stringMatching(/^org:orden ACCUSE state:MAR\b/)]));
    expect(named(await extract('Leaders of the ruling Unidad party met the envoy in Quito.'), 'Unidad')).toBeDefined();
    expect(named(await extract('The small Sankofa movement said the vote was rigged.'), 'Sankofa')).toBeDefined();
  });

  it('reads "senators of the opposition" and "the opposition" named bare as the opposition of the text\'s state', async () => {
    const senators = await extract(
      'Press briefing by the spokesperson of the Ministry of Foreign Affairs of Peru, Lima, 3 May 2024\n\nQ: Some senators of the opposition say the frigates cost too much.\n\nMR. SOTO: The budget was approved in Congress.',
    );
    expect(partOf(senators, named(senators, 'senators of the opposition')?.key)).toEqual([]);
    expect(named(senators, 'senators of the opposition')?.key).toBe('org:peru-opposition-senators');
    const bare = await extract(
      'Press briefing by the spokesperson of the Government of Slovenia, Ljubljana, 3 May 2024\n\nQUESTION: The opposition accuses the Government of hiding the report.\n\nSPOKESPERSON: The opposition is wrong.',
    );
    expect(named(bare, 'opposition')?.key).toBe('org:slovenia-opposition');
    const wire = await extract(
      'NAIROBI, Aug 8 (Reuters) - Kenya signed the contract on Monday. The Kenyan opposition, which boycotted the vote, said the deal was illegal.',
    );
    expect(named(wire, 'Kenyan opposition')?.key).toBe('org:kenya-opposition');
    // "opposition" before a noun or as the act of opposing names no group.
    const act = await extract(
      'ROME, May 2 - Italy signed the deal despite the opposition of the unions and the opposition leader.',
    );
    expect(named(act, 'opposition')).toBeUndefined();
  });
});

describe("armed groups by acronym or by a breakaway of one, and a state's police in its own words", () => {
  it('reads "dissidents of the FARC", "ELN" and "a splinter faction of the ⟨group⟩" as groups of their own', async () => {
    const draft = await extract(
      'BOGOTA, May 5 (Reuters) - Clashes between the ELN and dissidents of the FARC displaced 300 families in Arauca.',
    );
    expect(named(draft, 'ELN')).toBeDefined();
    expect(named(draft, 'dissidents of the FARC')).toBeDefined();
    expect(
      named(await extract('The army said FARC dissidents had attacked the base.'), 'FARC dissidents'),
    ).toBeDefined();
    expect(
      named(
        await extract('A splinter faction of the Polisario Front claimed the attack.'),
        'splinter faction of the Polisario Front',
      ),
    ).toBeDefined();
  });

  it('reads "the police" in a state\'s own statement or briefing as that state\'s police', async () => {
    const briefing = await extract(
      'Press briefing by the spokesperson of the Ministry of Interior of Ecuador, Quito, 4 May 2024\n\nMS. VERA: Good morning. The new boats arrived on Friday.\n\nQ: Who will use them?\n\nMS. VERA: The army and the police will patrol the port together.',
    );
    expect(partOf(briefing, named(briefing, 'police')?.key)).toEqual(['state:ECU']);
    const statement = await extract(
      'Statement by the Ministry of Foreign Affairs of Latvia\n\nRiga, 2 March 2024\n\nThe police have opened an investigation into the drone.',
    );
    expect(partOf(statement, named(statement, 'police')?.key)).toEqual(['state:LVA']);
  });
});

describe("named bodies of a kind, and a known body's name before the state it acts on", () => {
  it('reads a register, a kitchen and an aid group named by their names', async () => {
    expect(
      named(
        await extract(
          'The member States established a Register of Claims for Gaza, the first step towards compensation.',
        ),
        'Register of Claims for Gaza',
      ),
    ).toBeDefined();
    expect(
      named(await extract('A convoy of World Central Kitchen was struck near Rafah.'), 'World Central Kitchen'),
    ).toBeDefined();
    expect(
      named(await extract('Doctors Without Borders said two clinics had closed.'), 'Doctors Without Borders'),
    ).toBeDefined();
  });

  it('ends "the United Nations Security Council on ⟨State⟩" at the Council, the state read apart', async () => {
    const draft = await extract(
      "The frigate monitors the sanctions imposed by the United Nations Security Council on the Democratic People's Republic of Korea.",
    );
    expect(named(draft, 'United Nations Security Council')?.key).toBe('org:un-security-council');
    expect(documentOf(draft).entities.some((e) => e.key === 'state:PRK')).toBe(true);
    const council = await extract(
      'Diplomats said the sanctions imposed by the Security Council against Iran would return.',
    );
    expect(named(council, 'Security Council')?.key).toBe('org:un-security-council');
    expect(documentOf(council).entities.some((e) => e.key === 'state:IRN')).toBe(true);
  });
});

describe('a charge at an organ in a sentence that names its state in another clause', () => {
  it('aims the charge at the organ when the state is named only before the verb of the charge or after a semicolon', async () => {
    expect(
      await aimed(
        'The Russian embassy in Vilnius said the exercise turned Lithuania into a NATO base and accused the Lithuanian authorities of hosting foreign troops.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/ ACCUSE org:lithuania-authorities\b/)]));
    expect(
      await aimed(
        'Russia\'s embassy in Rome accused the Italian government of "fuelling the war"; Italian officials said Italy was helping a victim defend itself.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/ ACCUSE org:italy-government\b/)]));
    // The state named with its organ in the charge itself keeps the charge on the state.
    expect(
      await aimed('The representative of France urged Syria and its Government to release the detainees.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^state:FRA DEMAND state:SYR\b/)]));
  });
});
