import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, events, extract } from './drafts.js';

/**
 * Treaties named by their form rather than by a table of names: a pact
 * named by its kind and date, a field listed with commas, a joint
 * statement by its year, the Charter named bare. Sentences written for
 * these tests.
 */

const treaties = (d: Draft) =>
  documentOf(d)
    .entities.filter((e) => e.type === 'Treaty')
    .map((e) => e.name as string)
    .sort();

describe('a pact named by its kind and the date it was made', () => {
  it('reads an agreement of a month and year, of a year, and a joint statement of a day', async () => {
    const wire = await extract(
      'Dushanbe said Kyrgyz guards had breached the border agreement of March 2021 twice this week.',
    );
    expect(treaties(wire)).toEqual(['border agreement of March 2021']);
    const un = await extract(
      'The representative of Guyana said the arbitration was final under the boundary treaty of 1899, which his Government would defend.',
    );
    expect(treaties(un)).toEqual(['boundary treaty of 1899']);
    const statement = await extract(
      'The Ministry recalls that the tripartite declaration of 14 May 2019 obliges all sides to withdraw heavy weapons.',
    );
    expect(treaties(statement)).toEqual(['tripartite declaration of 14 May 2019']);
    // The day it was made is its signing.
    expect(events(statement)).toContain('SIGNING 2019-05-14');
  });

  it("drafts no pact for a party's own statement of a day", async () => {
    const d = await extract('The ministry repeated its statement of 3 June 2024 that no troops had crossed.');
    expect(treaties(d)).toEqual([]);
  });
});

describe('a treaty named by its field listed with commas', () => {
  it('reads the whole field, and the year after it as one of its names', async () => {
    const d = await extract(
      'Minsk cited the Treaty on Trade, Transit and Border Cooperation of 2004 in its reply to Vilnius.',
    );
    expect(treaties(d)).toEqual(['Treaty on Trade, Transit and Border Cooperation']);
    const other = await extract(
      'The Convention on Navigation, Fisheries and Shared Waters obliges both riparian states to consult first.',
    );
    expect(treaties(other)).toEqual(['Convention on Navigation, Fisheries and Shared Waters']);
  });
});

describe('a joint statement named by its year', () => {
  it('reads "the ⟨year⟩ Joint Declaration" and "the ⟨year⟩ Joint Communiqué"', async () => {
    const d = await extract(
      'Beijing said the 1984 Joint Declaration had been honoured, and Tokyo cited the 1972 Joint Communiqué.',
    );
    expect(treaties(d)).toEqual(['1972 Joint Communiqué', '1984 Joint Declaration']);
  });
});

describe('the Charter named bare', () => {
  it('reads "the Charter" as the Charter of the United Nations, not "the Charter of Paris"', async () => {
    const un = await extract('She urged the Council to act under the Charter and to protect civilians in Sudan.');
    expect(treaties(un)).toEqual(['Charter of the United Nations']);
    const statement = await extract(
      'Lithuania acts in line with the Charter, the Ministry said, and with the Charter of Paris for a New Europe.',
    );
    expect(treaties(statement)).toContain('Charter of the United Nations');
    const none = await extract('The rebels signed a charter of demands on Monday.');
    expect(treaties(none)).toEqual([]);
  });
});

describe('a pact named by its kind and its parties, with no title', () => {
  it('reads a pact between two parties, with a party, or made by them', async () => {
    const wire = await extract(
      'BELGRADE, May 9 - Serbia said the purchase broke the spirit of the border accord initialled by the two governments in Ohrid last year.',
    );
    expect(treaties(wire)).toEqual(['border accord initialled by the two governments']);
    const un = await extract(
      'The representative of Somalia said the maritime memorandum between Addis Ababa and Hargeisa was null and void.',
    );
    expect(treaties(un)).toEqual(['maritime memorandum between Addis Ababa and Hargeisa']);
    const statement = await extract(
      'The Ministry recalls that Kyrgyzstan concluded a water-sharing protocol with Tajikistan in 2022, which it will honour.',
    );
    expect(treaties(statement)).toEqual(['water-sharing protocol with Tajikistan in 2022']);
  });

  it('keeps the kind as an alias and the parties as states', async () => {
    const d = await extract('Georgia and Armenia signed a joint declaration with Azerbaijan on transit.');
    const pact = documentOf(d).entities.find((e) => e.type === 'Treaty');
    expect(pact?.name).toBe('joint declaration with Azerbaijan');
    expect(pact?.aliases).toEqual(['joint declaration']);
    expect(
      documentOf(d)
        .entities.filter((e) => e.type === 'State')
        .map((e) => e.key),
    ).toContain('state:AZE');
  });

  it('reads a declaration of intent and a memorandum of understanding alone', async () => {
    const d = await extract(
      'Chile and Peru signed a declaration of intent on joint patrols, and Lima later added a memorandum of understanding.',
    );
    expect(treaties(d)).toEqual(['declaration of intent', 'memorandum of understanding']);
  });

  it('reads a place or the parties named before the kind', async () => {
    const d = await extract(
      'Moscow said the Yalta peace accord had never bound it, and Manila cited the Philippines–Japan defence pact.',
    );
    expect(treaties(d)).toEqual(['Philippines–Japan defence pact', 'Yalta peace accord']);
    expect(
      documentOf(d)
        .entities.filter((e) => e.type === 'State')
        .map((e) => e.key),
    ).toContain('state:JPN');
  });

  it('reads no pact in its kind alone, in being in agreement with a party or in a deal to buy weapons', async () => {
    const d = await extract(
      'The agreement was welcomed; Paris said it was in agreement with Berlin on the new accord.',
    );
    expect(treaties(d)).toEqual([]);
    // A deal to buy weapons is a sale, read as a transfer.
    const sale = await extract('Chile signed an agreement with Sweden for the purchase of 12 Gripen fighters.');
    expect(treaties(sale)).toEqual([]);
  });
});

describe('a pact told as made by its parties or where, in other orders', () => {
  it('reads the passive and a clause of its parties', async () => {
    const analysis = await extract(
      'The border war ended when a ceasefire accord was signed in Tashkent in January 1966.',
    );
    expect(treaties(analysis)).toEqual(['ceasefire accord signed in Tashkent']);
    const un = await extract(
      'He said the raids breached the security protocol the two governments concluded in 2021 and international law.',
    );
    expect(treaties(un)).toEqual(['security protocol the two governments concluded in 2021']);
    const statement = await extract(
      'The Ministry recalls that the maritime boundary treaty was concluded by the two states in 1994 and remains in force.',
    );
    expect(treaties(statement)).toEqual(['maritime boundary treaty concluded by the two states in 1994']);
  });

  it('reads a kind of pact its parties own, but not their consent', async () => {
    const d = await extract(
      'Tonga welcomed the patrols under our shiprider agreement, and Fiji gave its agreement to the visit.',
    );
    expect(treaties(d)).toEqual(['shiprider agreement']);
  });
});
