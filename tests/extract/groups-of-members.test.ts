import { describe, expect, it } from 'vitest';
import { claim, documentOf, extract, lines } from './drafts.js';

/**
 * Speakers named as groups by what their members are: a state's opposition ("Opposition deputies accused the
 * Government ...") and its legislators ("Argentine lawmakers say ..."), each speaking as itself.
 */

const entity = (draft: Awaited<ReturnType<typeof extract>>, key: string) =>
  documentOf(draft).entities.find((e) => e.key === key);

describe('a state opposition named by what its members are', () => {
  it('speaks as an organization of the state whose government it accuses', async () => {
    const draft = await extract(
      'Kenya signed a port agreement with China in March. Kenya says the terms are fair, and Kenya will repay the loans. ' +
        'Opposition deputies accused the Government on Tuesday of hiding the terms of the loans from parliament.',
    );
    claim(draft, 'org:kenya-opposition-deputies', 'ACCUSE', 'org:kenya-government');
    expect(entity(draft, 'org:kenya-opposition-deputies')).toMatchObject({
      name: 'Opposition deputies of Kenya',
      aliases: expect.arrayContaining(['opposition deputies']),
    });
  });

  it('is of the state its demonym names, and "the previous government" it accuses is that state', async () => {
    const draft = await extract(
      'Peruvian opposition politicians accuse the previous government of selling the fishing rights to foreign fleets.',
    );
    claim(draft, 'org:peru-opposition-politicians', 'ACCUSE', 'state:PER');
    expect(lines(draft).some((l) => l.startsWith('state:PER '))).toBe(false);
  });

  it('is of the state of the dateline when the text is about several', async () => {
    const draft = await extract(
      'TIRANA, May 4 - Italian and Greek companies are building the new ports. ' +
        'Opposition leaders accuse the previous government of signing the contracts in secret.',
    );
    claim(draft, 'org:albania-opposition-leaders', 'ACCUSE', 'state:ALB');
  });

  it('is not a state opposition when a name that is no state stands before it', async () => {
    const draft = await extract('Turkish drones struck camps of Kurdish opposition groups near the border on Monday.');
    expect(documentOf(draft).entities.some((e) => String(e.key).includes('opposition'))).toBe(false);
  });

  it('only mentioned, says nothing', async () => {
    const draft = await extract(
      'Ghana passed the budget on Friday. Ghana will borrow less, and Ghana expects growth. ' +
        'The finance minister met opposition deputies on Friday to discuss the budget.',
    );
    expect(draft.claims.some((c) => c.speaker.includes('opposition'))).toBe(false);
  });
});

describe('a state legislators named by their state', () => {
  it('speak as a body of their own, by the name the text gives them', async () => {
    const draft = await extract(
      'Some Brazilian lawmakers accuse Paraguay of letting smugglers move rifles across the border.',
    );
    claim(draft, 'org:brazilian-lawmakers', 'ACCUSE', 'state:PRY');
    expect(entity(draft, 'org:brazilian-lawmakers')).toMatchObject({ name: 'Brazilian lawmakers' });
  });

  it('named by the state name speak as themselves too, not as the state', async () => {
    const draft = await extract('United States senators warned Hungary that the pipeline deal would bring sanctions.');
    claim(draft, 'org:united-states-senators', 'WARN', 'state:HUN');
    expect(lines(draft).some((l) => l.startsWith('state:USA '))).toBe(false);
  });
});

describe('the Government accused of doing something', () => {
  it('is the government of the state whose briefing it is, where "of" opens the act, not a state name', async () => {
    const draft = await extract(
      'Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Kenya, Nairobi, 3 July 2024\n\n' +
        'Q: Opposition senators accuse the Government of ignoring Somali troop movements near Mandera. Your response?\n\n' +
        'Spokesperson: The Government is watching the border closely.',
    );
    claim(draft, 'org:kenya-opposition-senators', 'ACCUSE', 'org:kenya-government');
  });
});

describe("an alliance's or a bloc's member states named as a group", () => {
  it('reads "⟨NATO⟩ allies", "⟨ASEAN⟩ member states" and "the ⟨African Union⟩\'s members" as the body speaking', async () => {
    const draft = await extract(
      'NATO allies have accused Russia of jamming satellite navigation over the Baltic for months. ' +
        'ASEAN member states on Thursday urged Myanmar to stop the air strikes on villages in Sagaing. ' +
        "The African Union's members condemned Sudan for expelling the aid workers.",
    );
    claim(draft, 'org:nato', 'ACCUSE', 'state:RUS');
    claim(draft, 'org:asean', 'DEMAND', 'state:MMR');
    claim(draft, 'org:african-union', 'CRITICIZE', 'state:SDN');
  });

  it("never reads a state's allies as the state", async () => {
    const draft = await extract("Russia's allies condemned the sanctions imposed by the European Union on Belarus.");
    expect(lines(draft).filter((l) => l.startsWith('state:RUS'))).toEqual([]);
  });
});
