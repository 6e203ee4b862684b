import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * Transfers told in the ways the earlier forms missed: a purchase a party
 * tells in its turn after denying a charge ("rejected the charge, saying
 * ⟨B⟩ had itself bought ⟨W⟩ from ⟨A⟩"), a share of weapons in a passive
 * ("⟨W⟩, most of which were supplied to ⟨B⟩ by ⟨A⟩"), a system named after
 * the word for what it is ("the carrier ⟨W⟩") or made plural outside its
 * name ("80 ⟨Rafale⟩s"), a system bought with no seller named (the seller
 * the text named for it before), the subject of a relative clause as the
 * buyer ("⟨B⟩, which still awaits ⟨W⟩ ordered from ⟨A⟩"), "signed for" as
 * a buyer's verb, and a list of purchases whose next weapon opens on a
 * system's name. Sentences written for these tests.
 */
describe('transfers told in a counter-charge, a share, a named vessel and a system sold before', () => {
  it('reads a purchase told after a denial as the denier’s own charge, unless its words deny it too', async () => {
    const a = await extract(
      'The Serbian defence minister rejected the accusation, saying Croatia had itself bought Rafale jets from France.',
    );
    expect(transfers(a)).toEqual(['state:FRA > state:HRV: weapon:rafale']);
    const b = await extract(
      "Rwanda's foreign ministry dismissed the report, adding that Kinshasa had received Wing Loong drones from China.",
    );
    expect(transfers(b)).toEqual(['state:CHN > state:COD: weapon:wing-loong']);
    const c = await extract(
      'Caracas denied the allegation and accused Guyana of receiving weapons shipped in by the United States.',
    );
    expect(transfers(c, { weapon: false })).toEqual(['state:USA > state:GUY']);
    const d = await extract('Islamabad rejected the report, saying no drones had been sold to the Taliban by China.');
    expect(transfers(d, { weapon: false })).toEqual([]);
  });

  it('reads a share of weapons told in a passive of its own', async () => {
    const a = await extract(
      'The helicopters, most of which were delivered to Iraq by Russia after 2013, are grounded for lack of parts.',
    );
    expect(transfers(a, { weapon: false })).toEqual(['state:RUS > state:IRQ']);
    const b = await extract('The rifles, half of which were shipped to Mali by China, were seized at the border.');
    expect(transfers(b, { weapon: false })).toEqual(['state:CHN > state:MLI']);
    const c = await extract(
      'Kyiv displayed the tanks, some of which were sent to Ukraine by Poland in 2022, at a parade on Sunday.',
    );
    expect(transfers(c, { weapon: false })).toEqual(['state:POL > state:UKR']);
  });

  it('reads a vessel named after what it is, and a system made plural outside its name', async () => {
    const a = await extract('Brazil bought the helicopter carrier HMS Ocean from Britain in 2018.');
    expect(transfers(a)).toEqual(['state:GBR > state:BRA: weapon:hms-ocean']);
    const b = await extract('Officials said Bangladesh had bought the frigate Somudra Joy from the United States.');
    expect(transfers(b)).toEqual(['state:USA > state:BGD: weapon:somudra-joy']);
    const c = await extract(
      'Greece has flown Rafale fighters since 2021. Croatia bought 12 Rafales from France the same year.',
    );
    expect(transfers(c)).toEqual(['state:FRA > state:HRV: weapon:rafale']);
  });

  it('gives a system bought with no seller named the one seller the text named for it before', async () => {
    const a = await extract(
      'India bought 36 Rafale jets from France in 2016. Greece ordered 24 Rafales in 2021, and Indonesia ordered 42 in 2022.',
    );
    expect(transfers(a)).toEqual(['state:FRA > state:GRC: weapon:rafale', 'state:FRA > state:IND: weapon:rafale']);
    const b = await extract(
      'Romania received HIMARS launchers from the United States in 2023.\n\nPoland has also received HIMARS launchers, officials said.',
    );
    expect(transfers(b)).toEqual(['state:USA > state:POL: weapon:himars', 'state:USA > state:ROU: weapon:himars']);
    // Two sellers of the system named before: which one sold to the next buyer the text does not say.
    const c = await extract(
      'Chile bought F-16 fighters from the Netherlands, and Jordan bought F-16 fighters from the United States. ' +
        'Romania has since received F-16 fighters too.',
    );
    expect(transfers(c).filter((t) => t.includes('ROU'))).toEqual([]);
  });

  it('reads the antecedent of a relative clause as the buyer, and "signed for" as a buyer’s verb', async () => {
    const a = await extract(
      'The money was taken from the Indonesian Navy, which still awaits two frigates ordered from Italy in 2021.',
    );
    expect(transfers(a, { weapon: false })).toEqual(['state:ITA > state:IDN']);
    const b = await extract(
      'Analysts said Serbia, which already flies MiG-29 fighters bought from Russia, wants more.',
    );
    expect(transfers(b)).toEqual(['state:RUS > state:SRB: weapon:mig-29']);
    const c = await extract('Switzerland signed for 36 F-35A fighters from the United States in September 2022.');
    expect(transfers(c)).toEqual(['state:USA > state:CHE: weapon:f-35a']);
  });

  it('ends a list of sellers where a system’s name opens the next weapon of the list', async () => {
    const a = await extract('Poland bought K2 tanks from South Korea and Abrams tanks from the United States.');
    expect(transfers(a)).toEqual(['state:KOR > state:POL: weapon:k2', 'state:USA > state:POL: weapon:abrams']);
    const b = await extract(
      'Morocco had acquired Apache helicopters from the United States and Barak MX air defence systems from Israel.',
    );
    expect(transfers(b)).toEqual(['state:ISR > state:MAR: weapon:barak-mx', 'state:USA > state:MAR: weapon:apache']);
  });
});
