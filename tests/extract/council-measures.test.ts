import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, extract, lines } from './drafts.js';

/**
 * What Councils and Assemblies do, told as their acts rather than their
 * words: a resolution's demands of each party named, told in an analysis
 * that opens on how long ago it was adopted; the embargoes a resolution
 * lays on named states; the Council's own charge and the denial that
 * answers it; drafts named by their sponsors and what they would do.
 * Sentences written for these tests.
 */

const aimed = (d: Draft, kind: string) =>
  lines(d)
    .filter((l) => l.includes(` ${kind} `))
    .sort();

const resolutions = (d: Draft) =>
  documentOf(d)
    .entities.filter((e) => e.type === 'Resolution')
    .map((e) => ({ name: e.name as string, aliases: (e.aliases as string[] | undefined) ?? [] }));

describe("a resolution's demands, told in an analysis that looks back", () => {
  it.each([
    [
      'LUSAKA, March 3 - Twenty years ago today, the Security Council adopted resolution 1227 (1999), demanding that Zambia and Angola halt all hostilities and pull their troops back from the frontier.',
      ['org:un-security-council DEMAND state:AGO', 'org:un-security-council DEMAND state:ZMB'],
    ],
    [
      'Forty years ago this month, the Security Council unanimously adopted resolution 502 (1982), demanding that Argentina withdraw its forces from the islands.',
      ['org:un-security-council DEMAND state:ARG'],
    ],
    [
      'Six months ago today, the Security Council adopted resolution 2650 (2022), calling on Ethiopia and Sudan to resume talks over the dam.',
      ['org:un-security-council DEMAND state:ETH', 'org:un-security-council DEMAND state:SDN'],
    ],
    [
      'Eight years ago today, the Security Council adopted resolution 2334 (2016), demanding that Israel cease all settlement activities.',
      ['org:un-security-council DEMAND state:ISR'],
    ],
    [
      // A call on every state asks it of none in particular.
      'Ten years ago, the General Assembly adopted resolution 68/262, calling on all States not to recognize any change in the status of Crimea.',
      ['org:un-general-assembly DEMAND -'],
    ],
  ])('asks it of each party named: %s', async (text, expected) => {
    expect(aimed(await extract(text), 'DEMAND')).toEqual(expected);
  });

  it('keeps what a resolution welcomes a position', async () => {
    const d = await extract(
      'Twelve years ago the Security Council adopted resolution 2100, welcoming the progress made by Mali.',
    );
    expect(aimed(d, 'DEMAND')).toEqual([]);
  });

  it.each([
    "Thirty years ago today, the Council's president said little about the border.",
    'Ten years ago, analysts predicted the border would stay closed.',
  ])('drafts no claim when no party named speaks: %s', async (text) => {
    expect(lines(await extract(text))).toEqual([]);
  });

  it('gives an opening of how long ago to any act a participle explains', async () => {
    const d = await extract(
      'Five years ago, Kenya and Somalia agreed on a new patrol schedule, saying it would calm the frontier.',
    );
    expect(aimed(d, 'DEMAND')).toEqual([]);
    expect(aimed(d, 'ACCUSE')).toEqual([]);
  });
});

describe('an embargo a resolution lays on named states', () => {
  it.each([
    [
      'In June 1994 the Security Council adopted resolution 918 (1994), barring the sale of arms to Rwanda and Burundi.',
      ['org:un-security-council STATE state:BDI', 'org:un-security-council STATE state:RWA'],
    ],
    [
      'The Security Council this afternoon adopted resolution 2792 (2025), prohibiting the supply of weapons and ammunition to Libya, by 13 votes in favour.',
      ['org:un-security-council STATE state:LBY'],
    ],
    [
      'The Security Council today renewed until 30 June 2027 the arms embargo and travel bans imposed on Mali, adopting resolution 2801 (2027) by 12 votes to none.',
      ['org:un-security-council STATE state:MLI'],
    ],
    [
      'The General Assembly extended the sanctions imposed on Zimbabwe for another year, diplomats said.',
      ['org:un-general-assembly STATE state:ZWE'],
    ],
    [
      'In 1977 the Security Council adopted resolution 418 (1977), banning the delivery of arms to South Africa, and Norway later went further.',
      ['org:un-security-council STATE state:ZAF'],
    ],
    [
      'The Security Council adopted resolution 2500 (2026), banning the sale of arms to Mali, and Senegal welcomed the vote.',
      ['org:un-security-council STATE state:MLI'],
    ],
  ])('states it of each state it falls on: %s', async (text, expected) => {
    const states = aimed(await extract(text), 'STATE').filter((l) => l.startsWith('org:un-'));
    expect(states).toEqual(expected);
  });

  it.each([
    // An embargo merely imposed is an act the analysts record as such, not a position.
    'The Security Council imposed an arms embargo on Liberia in 1992.',
    // A draft that failed lays nothing on anyone.
    'The Security Council today failed to adopt a draft that would have renewed the arms embargo on Sudan.',
    // The embargo falls on the groups, not the state they are in.
    'The Security Council extended for six months the arms embargo on armed groups in Chad.',
  ])('lays nothing on a state the organ did not put a measure on: %s', async (text) => {
    expect(aimed(await extract(text), 'STATE').filter((l) => l.startsWith('org:un-'))).toEqual([]);
  });

  it('leaves a demand that the Council ban a sale the asker’s', async () => {
    const d = await extract('Niger urged the Security Council to ban the sale of weapons to Libya.');
    expect(lines(d).filter((l) => l.startsWith('org:un-'))).toEqual([]);
  });
});

describe("a deciding organ's own charge", () => {
  it('keeps the charge an accusation, and aims the denial apposed to it at the Council', async () => {
    const d = await extract(
      'The Security Council met on Monday. In 2011 the Council imposed sanctions on Guinea, accusing it of arming rebels in the north, a charge Conakry always denied.',
    );
    expect(lines(d)).toEqual(['org:un-security-council ACCUSE state:GIN', 'state:GIN DENY org:un-security-council']);
  });

  it.each([
    [
      'The Security Council met on Monday. In 1992 the Council imposed an oil embargo on Libya, accusing Tripoli of sheltering the bombers, which Libya denied.',
      ['org:un-security-council ACCUSE state:LBY', 'state:LBY DENY org:un-security-council'],
    ],
    [
      'The Security Council renewed the measures on Monday, accusing Eritrea of shielding armed groups.',
      ['org:un-security-council ACCUSE state:ERI'],
    ],
    [
      'The Human Rights Council adopted a resolution last year, accusing Myanmar of abuses against the Rohingya.',
      ['org:un-human-rights-council ACCUSE state:MMR'],
    ],
    [
      // A monitor's charge stays its finding, and the denial answers the monitor.
      'The Panel of Experts accused Eritrea of arming rebels in the east, a charge Asmara denied.',
      ['org:panel-of-experts REPORT state:ERI', 'state:ERI DENY org:panel-of-experts'],
    ],
    [
      // So does a mission's: only an organ that decides by vote accuses.
      'The UN Mission in South Sudan accused government soldiers of looting the market, a charge Juba denied.',
      ['org:un-mission-in-south-sudan REPORT -', 'state:SSD DENY org:un-mission-in-south-sudan'],
    ],
  ])('%s', async (text, expected) => {
    expect(lines(await extract(text))).toEqual(expected);
  });

  it('keeps the charge when the denial names no party', async () => {
    const d = await extract(
      'The Security Council met on Monday. In 2004 the Council imposed an arms embargo on Sudan, accusing Khartoum of arming the Janjaweed, a charge the Government always rejected.',
    );
    expect(lines(d)).toContain('org:un-security-council ACCUSE state:SDN');
  });

  it('reads the charge with no denial after it', async () => {
    const d = await extract(
      "The Security Council met on Monday. In 2015 the Council imposed a travel ban on Sudan's leaders, accusing Khartoum of blocking aid convoys.",
    );
    expect(lines(d)).toEqual(['org:un-security-council ACCUSE state:SDN']);
  });
});

describe('drafts named by their sponsors', () => {
  it('names a text by its sponsors and what it would have done, and gives it the name its sponsors’ adjectives make', async () => {
    const d = await extract(
      'Russia vetoed a text by Kenya and Ghana that would have demanded an end to the fighting around the dam. The Kenyan-Ghanaian draft received 12 votes in favour.',
    );
    expect(resolutions(d)).toEqual([
      {
        name: 'Draft resolution by Kenya and Ghana demanding an end to the fighting around the dam',
        aliases: [
          'a text by Kenya and Ghana that would have demanded an end to the fighting around the dam',
          'Kenyan-Ghanaian draft',
        ],
      },
    ]);
  });

  it('reads a sponsor set off by commas, and a draft described after "submitted by"', async () => {
    const wire = await extract(
      'A rival draft, tabled by China, which would have called for talks without conditions, was rejected. The Chinese draft received 3 votes.',
    );
    expect(resolutions(wire).map((r) => r.name)).toEqual([
      'Draft resolution tabled by China calling for talks without conditions',
    ]);
    expect(resolutions(wire)[0]!.aliases).toContain('Chinese draft');
    const un = await extract(
      'The Council voted on a draft submitted by Brazil calling for a humanitarian pause in the north.',
    );
    expect(resolutions(un).map((r) => r.name)).toEqual([
      'Draft resolution submitted by Brazil calling for a humanitarian pause in the north',
    ]);
  });

  it('gives no draft the adjective of a state that did not sponsor it', async () => {
    const d = await extract(
      'The Council voted on a text by Peru that would have extended the mission for six months. The Chilean draft was withdrawn.',
    );
    expect(resolutions(d)).toEqual([
      {
        name: 'Draft resolution by Peru extending the mission for six months',
        aliases: ['a text by Peru that would have extended the mission for six months'],
      },
    ]);
  });

  it('drafts nothing for a sponsor’s draft with nothing said of it', async () => {
    const d = await extract(
      'The Council will vote on a Brazilian draft resolution next week. The Brazilian draft is expected to pass.',
    );
    expect(resolutions(d)).toEqual([]);
  });
});
