import { describe, expect, it } from 'vitest';
import { documentOf, extract } from './drafts.js';
import type { Draft } from '../../src/extract/types.js';

/**
 * Entities named by their kind rather than found in a table: a site by the
 * word for what it is after its name ("⟨Name⟩ Air Force Base"), a pact by
 * "Declaration" or "Consensus", a person by middle initials or a rank, a
 * firm by an ampersand, a weapon system counted in a list or named by its
 * family, a vessel by what is aboard it, and a state's organs and groups by
 * a common noun (a court, the competent authorities, a party's lawmakers).
 * Sentences written for these tests, in the styles the extractor reads.
 */

/** The names and aliases of the drafted entities of one type. */
function named(draft: Draft, type: string): string[] {
  return documentOf(draft)
    .entities.filter((e) => e.type === type)
    .flatMap((e) => [e.name as string, ...((e.aliases as string[] | undefined) ?? [])]);
}

const has = async (text: string, type: string, name: string) =>
  expect(named(await extract(text), type)).toContain(name);
const lacks = async (text: string, type: string, name: string) =>
  expect(named(await extract(text), type)).not.toContain(name);

describe('a site named by the words for its kind after its name', () => {
  it.each([
    ['The interceptors took off from Hollister Air Force Base in Nevada before dawn.', 'Hollister Air Force Base'],
    ['Two fighters were scrambled from Dunmore Air Force Base, the command said.', 'Dunmore Air Force Base'],
    ['The airliner was ordered to land at Tarsk National Airport, the ministry said.', 'Tarsk National Airport'],
    [
      'Flights resumed at Veloria International Airport on Tuesday, the spokesperson told reporters.',
      'Veloria International Airport',
    ],
    ['Inspectors visited the Karvel Research Reactor in March, the agency reported.', 'Karvel Research Reactor'],
    ['Shelling was reported near the Ostrava Nuclear Power Plant overnight.', 'Ostrava Nuclear Power Plant'],
    ['Helicopters attacked positions in the Marani Gorge, the delegate of Georgia said.', 'Marani Gorge'],
    ['Troops crossed into the upper Salvo valley during the fighting of 1981.', 'Salvo valley'],
  ])('%s', async (text, place) => has(text, 'Place', place));

  it('does not read the service in a base’s name as a body', async () => {
    const draft = await extract('The jets flew from Hollister Air Force Base in Nevada.');
    expect(named(draft, 'Organization')).not.toContain('Hollister Air Force');
  });
});

describe('a declaration or a consensus named with capitals is a pact', () => {
  it.each([
    ['The two presidents signed the Corvina Peace Declaration in 1998, ending the war.', 'Corvina Peace Declaration'],
    ['Brazil said the Lusara Declaration offered the best chance of a negotiated solution.', 'Lusara Declaration'],
    ['We call on the military to implement the Six-Point Consensus without delay.', 'Six-Point Consensus'],
    [
      'The ministry recalled the Declaration of Principles signed by the three states in 2015.',
      'Declaration of Principles',
    ],
    ['Under the Vantor Joint Declaration, both sides agreed to withdraw their patrols.', 'Vantor Joint Declaration'],
    ['The Council welcomed the Amber Bay Declaration, the representative of Fiji said.', 'Amber Bay Declaration'],
    ['Q: Does the Harlow Consensus still bind the bloc? A: It remains our reference.', 'Harlow Consensus'],
    ['The Pallas Declaration of 2018 set out the region’s security principles.', 'Pallas Declaration'],
  ])('%s', async (text, treaty) => has(text, 'Treaty', treaty));

  it('does not make a pact of a statement’s heading', async () => {
    await lacks(
      'Statement by the Ministry of Foreign Affairs\n\nThe ministry rejects the claims.',
      'Treaty',
      'Statement',
    );
  });
});

describe('people named with middle initials, by a parliamentary title or after a rank of several words', () => {
  it.each([
    ['President Walter J.K. Hollis approved the sale of 40 fighters to the island.', 'Walter J.K. Hollis'],
    ['The deal came after Senator Ruth P. Calloway visited Taipei.', 'Ruth P. Calloway'],
    ['In August, after the visit of Speaker Ellen Marsh to the island, the drills began.', 'Ellen Marsh'],
    ['Speaker Tomas Brandt told parliament the vote would go ahead.', 'Tomas Brandt'],
    ['"We have proof," Air Vice Marshal Dev Anand Rao told a news conference in New Delhi.', 'Dev Anand Rao'],
    ['Air Chief Marshal Somsak Wong said the jets had been scrambled within minutes.', 'Somsak Wong'],
    ['Rear Admiral Piet Janssen said the frigate had been circled three times.', 'Piet Janssen'],
    ['The order was signed by Governor Harold T. Briggs on Monday, his office said.', 'Harold T. Briggs'],
  ])('%s', async (text, person) => has(text, 'Person', person));

  it('gives a ranked officer who spoke in a capital that state’s side', async () => {
    const draft = await extract(
      'NEW DELHI, March 3 - "Pakistani jets violated our airspace," Air Vice Marshal Dev Anand Rao told reporters in New Delhi.',
    );
    const accusation = draft.claims.find((c) => c.speaker === 'person:dev-anand-rao');
    expect(accusation?.onBehalfOf).toBe('state:IND');
  });
});

describe('a firm named with an ampersand', () => {
  it.each([
    ['Halvorsen & Brandt will supply the engines, the ministry said.', 'Halvorsen & Brandt'],
    ['A spokesman for Mercer & Lowe said the company would comply with the ban.', 'Mercer & Lowe'],
    ['Q: Has Tanaka Steel & Iron been told of the ruling? A: The company was informed.', 'Tanaka Steel & Iron'],
    ['The contract went to Ortiz & Ruiz Shipbuilding, a firm based in Vigo.', 'Ortiz & Ruiz Shipbuilding'],
    ['Analysts at Keller & Moss said the sale would take years to complete.', 'Keller & Moss'],
    ['The court ruled that Aoki & Mori must compensate the four workers.', 'Aoki & Mori'],
    ['Bram & Vos have committed to industrial participation worth 2 billion euros.', 'Bram & Vos'],
    ['The sanctions target Sato & Weller, which built the launchers.', 'Sato & Weller'],
  ])('%s', async (text, firm) => has(text, 'Organization', firm));

  it('reads no firm in a state’s name written with an ampersand', async () => {
    await lacks('Trinidad & Tobago voted in favour of the text.', 'Organization', 'Trinidad & Tobago');
  });
});

describe('weapon systems counted in a list, named by a family or by a vessel', () => {
  it.each([
    ['France agreed to sell the island 300 MIRA and 200 Falcon air-to-air missiles.', 'MIRA'],
    ['The yard will build four La Serena frigates for the navy.', 'La Serena'],
    ['Germany has delivered IRIS-T to Ukraine and more systems are on the way.', 'IRIS-T'],
    ['Ukraine received NASAMS from the United States last year, the Pentagon said.', 'NASAMS'],
    ['The agent used was a Novichok, the representative of the United Kingdom said.', 'Novichok'],
    ['The mission found that sarin had been used in the attack on the town.', 'sarin'],
    ['The arms were found aboard the Marisol, bound for the port, the delegate said.', 'Marisol'],
    ['The jets came from the carrier USS Harold J. Winters north of the coast.', 'USS Harold J. Winters'],
  ])('%s', async (text, system) => has(text, 'WeaponSystem', system));

  it('reads no vessel in a flight or an aircraft that people are aboard', async () => {
    await lacks('Passengers aboard the Ryanair flight were questioned for hours.', 'WeaponSystem', 'Ryanair');
  });
});

describe('a state’s organs and groups named by a common noun', () => {
  it.each([
    ['An Argentine court found in 2013 that the decrees had been signed knowingly.', 'Argentine court'],
    ['A Dutch appeals court upheld the convictions on Thursday.', 'Dutch appeals court'],
    [
      'The Belarusian competent authorities acted in full compliance with the rules.',
      'Belarusian competent authorities',
    ],
    ['The bombing killed 40 Indian paramilitary police near the highway.', 'Indian paramilitary police'],
    ['Republican lawmakers criticized the President for waiting three days.', 'Republican lawmakers'],
    ['Labour MPs urged the Government to suspend the licences.', 'Labour MPs'],
    ['Q: Opposition members say the air force reacted too slowly. Is that fair?', 'Opposition members'],
    [
      'The report of the Commission for Reception, Truth and Reconciliation was handed to Parliament.',
      'Commission for Reception, Truth and Reconciliation',
    ],
  ])('%s', async (text, body) => has(text, 'Organization', body));

  it('does not list a state in a ministry’s name', async () => {
    const draft = await extract('The Ministry of Defence, France and Germany all said the jets would fly.');
    expect(named(draft, 'Organization')).not.toContain('Ministry of Defence, France and Germany');
  });
});
