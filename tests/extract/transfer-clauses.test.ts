import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * Several transfers told in one sentence, each clause with its own
 * supplier: the list of the first clause's weapons ends where the next
 * clause's verb begins, and a supplier with no recipient of its own
 * supplied the one the clause before did. Sentences written for these
 * tests.
 */

describe('several transfers in one sentence', () => {
  it('ends a list of weapons at the next supplier and gives it the first recipient', async () => {
    const d = await extract(
      'During the 1990s France sold Peru Mirage 2000 fighters and Exocet missiles, while Russia supplied Mi-17 helicopters.',
      '2026-05-02',
    );
    expect(transfers(d)).toEqual([
      'state:FRA > state:PER: weapon:exocet',
      'state:FRA > state:PER: weapon:mirage-2000',
      'state:RUS > state:PER: weapon:mi-17',
    ]);
  });

  it('reads a clause joined by "and" in wire style, the supplier of the second named by its capital', async () => {
    const d = await extract(
      'Germany delivered IRIS-T SLM batteries to Egypt in 2023, and Beijing shipped Wing Loong II drones the year after.',
      '2026-05-02',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:CHN > state:EGY', 'state:DEU > state:EGY']);
  });

  it('gives a pronoun recipient to the state the text is about when the sentence before named it', async () => {
    const d = await extract(
      'Chile has bought arms for decades. In 1978 Argentina threatened Chile, and Santiago looked abroad for arms. ' +
        'Britain sold it Hunter jets, and Israel supplied Shafrir missiles. Chile still flies some of the jets, ' +
        'and Chile keeps buying.',
      '2026-05-02',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:GBR > state:CHL', 'state:ISR > state:CHL']);
  });
});

/**
 * A purchase told from the buyer's side as a deal signed: its date between
 * the deal and what it is for, a pronoun for the buyer, the supplier's
 * government and its arms maker named together, "for the purchase of".
 */
describe('deals signed for weapons', () => {
  it('reads a deal dated between its noun and what it is for', async () => {
    const d = await extract('Norway signed a contract last year for 54 K9 howitzers from South Korea.', '2026-05-02');
    expect(transfers(d)).toEqual(['state:KOR > state:NOR: weapon:k9']);
    const e = await extract(
      'The Netherlands signed two contracts on 3 March with France for the supply of 12 CAESAR howitzers.',
      '2026-05-02',
    );
    expect(transfers(e)).toEqual(['state:FRA > state:NLD: weapon:caesar']);
  });

  it('reads a buyer named by a pronoun as the state the sentence before opened on', async () => {
    const d = await extract(
      'Vietnam is modernising its navy. It placed an order in 2019 for four Gepard-class frigates from Russia.',
      '2026-05-02',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:RUS > state:VNM']);
  });

  it("reads an agreement with a state's government and its arms maker for the purchase of weapons", async () => {
    const d = await extract(
      'Lithuania has concluded an agreement with the German government and Rheinmetall for the acquisition of 44 Leopard 2A8 tanks.',
      '2026-05-02',
    );
    expect(transfers(d)).toEqual(['state:DEU > state:LTU: weapon:leopard-2a8']);
  });
});

/**
 * Weapons passed on: a passive transfer whose weapon carries its maker
 * ("⟨Serbian⟩-made"), a relative clause between the weapon and its
 * recipient, and the recipient passing the weapons to a third party.
 */
describe('re-exported weapons', () => {
  it('reads a maker and a recipient set off by a relative clause, and the party the weapons were found with', async () => {
    const d = await extract(
      'Amnesty International said Serbian-made mortar shells, which had been sold to Saudi Arabia, were later found in the hands of the Houthis.',
      '2026-05-02',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:SAU > org:houthis', 'state:SRB > state:SAU']);
  });

  it('reads weapons diverted or ending up with a group in wire and UN styles', async () => {
    const a = await extract(
      'Czech howitzers delivered to Nigeria in 2015 were diverted to Niger the next year, officials said.',
      '2026-05-02',
    );
    expect(transfers(a, { weapon: false })).toEqual(['state:CZE > state:NGA', 'state:NGA > state:NER']);
    const b = await extract(
      'The Panel of Experts found that Belgian rifles sold to Libya in 2009 ended up with fighters of the Wagner Group.',
      '2026-05-02',
    );
    expect(transfers(b, { weapon: false })).toEqual(['state:BEL > state:LBY', 'state:LBY > org:wagner-group']);
  });

  it('does not read a place the weapons reached as a recipient', async () => {
    const d = await extract('Western missiles sent to Ukraine reached Kyiv in March.', '2026-05-02');
    expect(transfers(d, { weapon: false })).toEqual([]);
  });
});

/** Weapons counted in containers, shiploads or millions: the count is the quantity, the weapons what moved. */
describe('weapons counted in units', () => {
  it('reads weapons counted in containers, shiploads and millions', async () => {
    const a = await extract(
      'The Panel said Belarus had sent more than 300 containers of ammunition to Russia since March.',
      '2026-05-02',
    );
    expect(transfers(a, { weapon: false })).toEqual(['state:BLR > state:RUS']);
    const b = await extract(
      'Iran shipped two shiploads of rockets to Sudan in 2024, the officials said.',
      '2026-05-02',
    );
    expect(transfers(b, { weapon: false })).toEqual(['state:IRN > state:SDN']);
    const c = await extract(
      'Washington says Tehran has delivered millions of rounds of ammunition and dozens of Fateh-110 missiles to Moscow.',
      '2026-05-02',
    );
    // The ammunition, counted by the million and named by its kind beside a named system, went too: a transfer of its own.
    expect(transfers(c)).toEqual(['state:IRN > state:RUS: -', 'state:IRN > state:RUS: weapon:fateh-110']);
  });
});

/** A buyer named by its government or as "his country": the state the government rules, the speaker's state. */
describe('buyers named by their government', () => {
  it("reads a state's government as the state", async () => {
    const d = await extract(
      "Mali's transitional government has bought Bayraktar TB2 drones from Türkiye.",
      '2026-05-02',
    );
    expect(transfers(d)).toEqual(['state:TUR > state:MLI: weapon:bayraktar-tb2']);
  });

  it('reads "the junta" as the state the text named last', async () => {
    const d = await extract(
      'I will turn now to Niger. The junta has purchased Su-25 attack jets from Russia, she added.',
      '2026-05-02',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:RUS > state:NER']);
  });

  it('reads "his country had received" as the speaker\'s state receiving', async () => {
    const d = await extract(
      'The representative of Armenia said his country had received Pinaka rocket launchers from India.',
      '2026-05-02',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:IND > state:ARM']);
  });
});

/** A system's name before the words for a fast attack boat, as before any other kind of weapon. */
describe('fast attack boats', () => {
  it('names the system before "fast attack boats" in each style', async () => {
    const a = await extract('Israel supplied Shaldag fast attack boats to Sri Lanka in 2000.', '2026-05-02');
    expect(transfers(a)).toEqual(['state:ISR > state:LKA: weapon:shaldag']);
    const b = await extract(
      'Nigeria has received two Hamzah fast attack boats from Pakistan, the navy said.',
      '2026-05-02',
    );
    expect(transfers(b)).toEqual(['state:PAK > state:NGA: weapon:hamzah']);
  });
});
