import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * Weapons transfers told with more than one object, and by the force that
 * uses what another state supplied: weapons listed by their kind beside a
 * system named are a transfer of their own; a second object with its own
 * recipient after "and" and a short aside is the same supplier's; a
 * compound word of a weapon ("anti-ship") is no verb of sending; who uses,
 * flies or fires weapons "supplied by ⟨A⟩" received them, and "to" opening
 * what they were for names no recipient. Sentences written for these tests.
 */
describe('weapons listed by their kind beside a system named', () => {
  it('drafts the weapons of no system as a transfer of their own, beside the system', async () => {
    const a = await extract('Denmark has given Leopard 2 tanks and armoured personnel carriers to Ukraine.');
    expect(transfers(a)).toEqual(['state:DNK > state:UKR: -', 'state:DNK > state:UKR: weapon:leopard-2']);
    const b = await extract(
      'Paris delivered six Caesar howitzers, mortars and ammunition to Armenia in June, officials said.',
    );
    expect(transfers(b)).toEqual(['state:FRA > state:ARM: -', 'state:FRA > state:ARM: weapon:caesar']);
    const c = await extract('Germany has supplied Ukraine with IRIS-T systems and other weapons since 2022.');
    expect(transfers(c)).toEqual(['state:DEU > state:UKR: -', 'state:DEU > state:UKR: weapon:iris-t']);
    const d = await extract(
      'Ankara sold Bayraktar TB2 drones and armoured vehicles to Ghana, the ministry said in a statement.',
    );
    expect(transfers(d)).toEqual(['state:TUR > state:GHA: -', 'state:TUR > state:GHA: weapon:bayraktar-tb2']);
    const e = await extract('The Netherlands will deliver artillery shells and F-16 jets to Ukraine this year.');
    expect(transfers(e)).toEqual(['state:NLD > state:UKR: -', 'state:NLD > state:UKR: weapon:f-16']);
  });

  it('drafts no weaponless transfer when every weapon listed is a system, or none was handed over', async () => {
    const a = await extract('France delivered Rafale jets and Exocet missiles to Qatar.');
    expect(transfers(a)).toEqual(['state:FRA > state:QAT: weapon:exocet', 'state:FRA > state:QAT: weapon:rafale']);
    const b = await extract('Seoul sold 48 FA-50 jets to Poland last year.');
    expect(transfers(b)).toEqual(['state:KOR > state:POL: weapon:fa-50']);
    const c = await extract('Russia did not deliver tanks and Su-30 fighters to Armenia, the minister complained.');
    expect(transfers(c)).toEqual([]);
    const d = await extract('Delegates inspected Leopard 2 tanks and armoured vehicles at the depot near Vilnius.');
    expect(transfers(d)).toEqual([]);
  });
});

describe('a second object with a recipient of its own', () => {
  it('reads "and, ⟨aside⟩, ⟨W2⟩ to ⟨B2⟩" as the same supplier’s second transfer', async () => {
    const a = await extract('Beijing sold fighters to Pakistan and, in the same decade, patrol boats to Bangladesh.');
    expect(transfers(a, { weapon: false })).toEqual(['state:CHN > state:BGD', 'state:CHN > state:PAK']);
    const b = await extract(
      'The Soviet Union shipped tanks to Syria and, a year later, Scud missiles to Egypt, declassified files show.',
    );
    expect(transfers(b, { weapon: false })).toEqual(['state:SUN > state:EGY', 'state:SUN > state:SYR']);
    const c = await extract('Washington delivered rifles to Colombia and, quietly, helicopters to Peru.');
    expect(transfers(c, { weapon: false })).toEqual(['state:USA > state:COL', 'state:USA > state:PER']);
  });

  it('keeps a recipient out of the list of weapons before the next object', async () => {
    const a = await extract('Israel sold drones and radars to Azerbaijan and missiles to Georgia.');
    expect(transfers(a, { weapon: false })).toEqual(['state:ISR > state:AZE', 'state:ISR > state:GEO']);
    const b = await extract('China sold tanks and fighters to Iraq and anti-ship missiles to Iran in the 1980s.');
    expect(transfers(b, { weapon: false })).toEqual(['state:CHN > state:IRN', 'state:CHN > state:IRQ']);
  });

  it('does not read a clause with a subject of its own, or a refusal, as a second object', async () => {
    const a = await extract('Spain sold corvettes to Saudi Arabia, and Italy later sent frigates to Egypt.');
    expect(transfers(a, { weapon: false })).toEqual(['state:ESP > state:SAU', 'state:ITA > state:EGY']);
    const b = await extract('Sweden sold howitzers to India and, in 2019, refused to sell fighters to Turkey.');
    expect(transfers(b, { weapon: false })).toEqual(['state:SWE > state:IND']);
    const c = await extract('Canada shipped armoured vehicles to Jordan and, at the same time, grain to Yemen.');
    expect(transfers(c, { weapon: false })).toEqual(['state:CAN > state:JOR']);
  });
});

describe('the force that uses weapons another state supplied', () => {
  it('reads who uses, flies or fires weapons "supplied by ⟨A⟩" as their recipient', async () => {
    const a = await extract('Hezbollah uses rockets supplied by Iran, according to Israeli officials.');
    expect(transfers(a)).toEqual(['state:IRN > org:hezbollah: -']);
    const b = await extract('Hamas fires rockets supplied by Iran at towns in the south, the envoy told the Council.');
    expect(transfers(b)).toEqual(['state:IRN > org:hamas: -']);
    const c = await extract('Some analysts believe the Houthis use drones supplied by Iran against shipping.');
    expect(transfers(c)).toEqual(['state:IRN > org:houthis: -']);
  });

  it('reads "to" after the supplier as what the weapons were for when no recipient follows', async () => {
    const a = await extract('Kyiv has used HIMARS launchers supplied by Washington to strike bridges, Moscow says.');
    expect(transfers(a)).toEqual(['state:USA > state:UKR: weapon:himars']);
    const b = await extract(
      "Myanmar's junta flies jets supplied by Russia and China to bomb villages, the rapporteur said.",
    );
    expect(transfers(b)).toEqual(['state:CHN > state:MMR: -', 'state:RUS > state:MMR: -']);
  });

  it('still reads a recipient after "to", and drafts nothing where no one supplied', async () => {
    const a = await extract('Artillery shells supplied by Bulgaria to Ukraine were counted by the inspectors.');
    expect(transfers(a)).toEqual(['state:BGR > state:UKR: -']);
    const b = await extract('Rifles supplied by Serbia to rebels in the north were seized at the border.');
    expect(transfers(b, { weapon: false })).toHaveLength(1);
    const c = await extract('Hezbollah uses rockets, its commanders say, and denies that any were supplied by Iran.');
    expect(transfers(c)).toEqual([]);
    const d = await extract('The Houthis fly drones built in their own workshops, the spokesman said.');
    expect(transfers(d)).toEqual([]);
  });
});
