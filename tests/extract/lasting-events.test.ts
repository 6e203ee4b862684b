import { describe, expect, it } from 'vitest';
import { events, extract } from './drafts.js';

/**
 * Events told by when they began, held or ended rather than by a verb of
 * their own: a war, a mutiny, a truce; a ceasefire agreed is a signing,
 * one that holds an event of its own; a state admitted, told in the
 * passive with its date, a vote. Sentences written for these tests.
 */

describe('a war, a mutiny or a truce dated by when it began, held or ended', () => {
  it('dates a war by the month it broke out or ended', async () => {
    const wire = await extract(
      'JUBA, March 3 - Aid has not reached the town since the war broke out in December 2013, officials said.',
      '2016-03-03',
    );
    expect(events(wire)).toEqual(['OTHER 2013-12']);
    const analysis = await extract(
      'During the civil war against the Maoist rebels, which ended in November 2006, India sold it helicopters.',
      '2024-03-03',
    );
    expect(events(analysis)).toEqual(['OTHER 2006-11']);
    const statement = await extract(
      'The junta, which has been at war with the resistance since February 2021, bombed the school.',
      '2024-03-03',
    );
    expect(events(statement)).toContain('OTHER 2021-02');
  });

  it('dates a mutiny and a truce by their month', async () => {
    const mutiny = await extract(
      'The commander fled to Niger after the mutiny at the Kati barracks in August 2020, the ministry said.',
    );
    expect(events(mutiny)).toEqual(['OTHER 2020-08']);
    const truce = await extract(
      'The shelling endangers the truce that has held since March 2024 along the line of contact, the Ministry said.',
    );
    expect(events(truce)).toEqual(['OTHER 2024-03']);
  });

  it('drafts no war without its date', async () => {
    const d = await extract('The minister said the war had cost the country dearly.');
    expect(events(d)).toEqual([]);
  });
});

describe('a ceasefire: agreed, a signing; holding, an event of its own', () => {
  it('reads "a ceasefire agreed in ⟨P⟩ on ⟨date⟩" as a signing', async () => {
    const d = await extract('A ceasefire agreed in Doha on 14 May collapsed within a week, the monitors said.');
    expect(events(d)).toEqual(['SIGNING 2024-05-14']);
    const passive = await extract('The truce was signed on 2 February 2023 under Qatari mediation.');
    expect(events(passive)).toContain('SIGNING 2023-02-02');
  });

  it('reads a ceasefire that took hold, or named by its month, as the ceasefire itself', async () => {
    const hold = await extract('A ceasefire took hold on 22 January, but strikes resumed in the south.');
    expect(events(hold)).toContain('OTHER 2024-01-22');
    const of = await extract(
      'He said violations had been recorded almost daily since the ceasefire of June 2023 in the eastern provinces.',
    );
    expect(events(of)).toEqual(['OTHER 2023-06']);
  });
});

describe('a state admitted, told in the passive with its date', () => {
  it('drafts the vote that admitted it', async () => {
    const d = await extract('Nepal was admitted to the United Nations in December 1955 with fifteen other states.');
    expect(events(d)).toEqual(['VOTE 1955-12']);
    const both = await extract('The two states were admitted together in September 1973, the analyst noted.');
    expect(events(both)).toEqual(['VOTE 1973-09']);
    const later = await extract('Bhutan was only admitted in 1971, after years of Indian lobbying.');
    expect(events(later)).toEqual(['VOTE 1971']);
  });

  it('drafts no vote for a speaker who admitted something', async () => {
    const d = await extract('The minister admitted in May 2023 that the drones had been sent.');
    expect(events(d)).toEqual([]);
  });
});
