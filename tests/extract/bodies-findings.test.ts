import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Findings of monitors, rights groups and courts, and the acts of bodies in
 * their own name. Sentences written for these tests, about other states
 * than the corpus texts the rules were checked on.
 */

describe('a finding body that tells a wrong plainly', () => {
  it('reads a rights group saying what a party did as its finding, aimed at the doer', async () => {
    const draft = await extract('Human Rights Watch said Ethiopian troops had killed dozens of civilians in Tigray.');
    expect(lines(draft)).toContain('org:human-rights-watch REPORT state:ETH');
    expect(lines(draft)).not.toContain('org:human-rights-watch ACCUSE state:ETH');
  });

  it('reads the words before "..., ⟨group⟩ said in a report published on ⟨day⟩" as the finding', async () => {
    const draft = await extract(
      'Myanmar soldiers burned three villages in Rakhine State last year, Amnesty International said in a report published on Tuesday.',
    );
    expect(lines(draft)).toContain('org:amnesty-international REPORT state:MMR');
  });

  it('keeps a charge in words of its own, or a crime named, as the group’s accusation', async () => {
    const accused = await extract('Amnesty International accused Egypt of torturing detainees in Cairo prisons.');
    expect(lines(accused)).toContain('org:amnesty-international ACCUSE state:EGY');
    const crimes = await extract('Human Rights Watch said Eritrean forces had committed war crimes in Adigrat.');
    expect(lines(crimes)).toContain('org:human-rights-watch ACCUSE state:ERI');
  });

  it('keeps an institute’s account of a wrong done to its own ship as its charge', async () => {
    const draft = await extract(
      'The Norwegian Polar Institute said Russian warships blocked its research vessel near Svalbard on Monday.',
    );
    expect(lines(draft)).toContain('org:norwegian-polar-institute ACCUSE state:RUS');
    expect(lines(draft).some((l) => / REPORT /.test(l))).toBe(false);
  });
});

describe('a body’s act told with its time between the body and the verb', () => {
  it('reads "⟨A⟩ this afternoon condemned ..." as the body’s own criticism', async () => {
    const draft = await extract('Norway this evening condemned the seizure of the tanker by Iran.');
    expect(lines(draft)).toContain('state:NOR CRITICIZE state:IRN');
  });

  it('reads the Security Council’s act and its participle in the same sentence', async () => {
    const draft = await extract(
      'The Security Council this afternoon condemned the attack by Al-Shabaab on the hotel in Mogadishu, calling on Al-Shabaab to release the hostages.',
    );
    expect(lines(draft)).toContain('org:un-security-council CRITICIZE org:al-shabaab');
    expect(lines(draft)).toContain('org:un-security-council DEMAND org:al-shabaab');
  });
});

describe('a finding of several deeds, one that-clause each', () => {
  it('aims each clause at its own supplier: "received ... from ⟨B⟩", "supplied by ⟨C⟩"', async () => {
    const draft = await extract(
      'The Panel of Experts on Libya reported that the eastern forces received armoured vehicles from Egypt, and that the government in Tripoli has flown drones supplied by Turkey.',
    );
    expect(lines(draft)).toContain('org:panel-of-experts-on-libya REPORT state:EGY');
    expect(lines(draft)).toContain('org:panel-of-experts-on-libya REPORT state:TUR');
  });

  it('reads monitors named by what they watch, and a clause whose boats "were built by ⟨C⟩"', async () => {
    const draft = await extract(
      'UN monitors tracking the arms embargo on Somalia have reported that the militia bought rifles from Yemen, and that its boats were built by Iran.',
    );
    const found = lines(draft).filter((l) => / REPORT /.test(l));
    expect(found.map((l) => l.split(' ').at(-1)).sort()).toEqual(['state:IRN', 'state:YEM']);
  });

  it('leaves a finding of one deed with its one doer', async () => {
    const draft = await extract(
      'The Group of Experts on the Congo found that Rwandan troops had fought alongside the M23 near Goma.',
    );
    const found = lines(draft).filter((l) => / REPORT /.test(l));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/REPORT state:RWA$/);
  });
});

describe('a finding that opens on its doer', () => {
  it('aims "documented ⟨Iranian⟩ parts in missiles bound for ⟨B⟩" at the party it opens on, not where they went', async () => {
    const yemen = await extract(
      'The Panel of Experts on Yemen documented Iranian parts in missiles bound for the Houthis.',
    );
    expect(lines(yemen)).toContain('org:panel-of-experts-on-yemen REPORT state:IRN');
    expect(lines(yemen)).not.toContain('org:panel-of-experts-on-yemen REPORT org:houthis');
    const shells = await extract('Human Rights Watch documented Serbian shells in crates bound for Ukraine.');
    expect(lines(shells)).toContain('org:human-rights-watch REPORT state:SRB');
  });

  it('keeps a finding aimed at the party it opens on when a place follows', async () => {
    const draft = await extract('Amnesty International documented Russian cluster munitions in schools in Ukraine.');
    expect(lines(draft)).toContain('org:amnesty-international REPORT state:RUS');
    expect(lines(draft)).not.toContain('org:amnesty-international REPORT state:UKR');
  });
});

describe('an act a UN official is to do, told in the narrative', () => {
  it('reads "The Secretary-General will convene ..." as the Secretary-General’s position, aimed at no one', async () => {
    const draft = await extract(
      'Members discussed the drought in Somalia. The Secretary-General will convene a pledging conference in Geneva on 3 June.',
    );
    expect(lines(draft)).toContain('org:un-secretary-general STATE -');
  });

  it('reads "is expected to appoint" likewise', async () => {
    const draft = await extract(
      'Members discussed Haiti. The Secretary-General is expected to appoint a new head of the mission in June.',
    );
    expect(lines(draft)).toContain('org:un-secretary-general STATE -');
  });

  it('leaves a state’s plans told by the narrative as the reporter’s words', async () => {
    const draft = await extract('Members discussed Libya. France will host a conference on Libya in Paris in July.');
    expect(lines(draft).filter((l) => l.startsWith('state:FRA'))).toEqual([]);
  });
});
