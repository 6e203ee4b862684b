import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Bodies that speak through their work or their people ("according to a report published in June by ⟨X⟩",
 * "according to analysts at ⟨X⟩", "A study by ⟨X⟩ found that ..."), research bodies whose statements are findings,
 * findings of transfers aimed at the supplier unless a register records them, and a state's own media speaking for it.
 */

describe('a body cited through its work or its people', () => {
  it('speaks for "according to a report published in June by" it, its words a finding aimed at the supplier', async () => {
    const draft = await extract(
      'Serbia sold 40 mortars to the army of Burkina Faso in 2024, according to a report published in June by the Small Arms Survey, a Geneva research group.',
    );
    claim(draft, 'org:small-arms-survey', 'REPORT', 'state:SRB');
  });

  it('speaks for "according to analysts at" it, the sentence opening on the words cited', async () => {
    const draft = await extract(
      'According to analysts at the Sahel Security Observatory, Russia flew 30 armoured vehicles into Niamey in March.',
    );
    claim(draft, 'org:sahel-security-observatory', 'REPORT', 'state:RUS');
  });

  it('speaks for satellite imagery it reviewed, a place it is based in aside', async () => {
    const draft = await extract(
      'Chinese survey ships have anchored off Ream eleven times this year, according to satellite imagery reviewed by the Asia Maritime Transparency Initiative.',
    );
    claim(draft, 'org:asia-maritime-transparency-initiative', 'REPORT', 'state:CHN');
  });

  it('speaks when its study is the subject of "found that"', async () => {
    const draft = await extract(
      'A study by the Secure World Foundation published in March found that Russian satellites had shadowed two French spacecraft.',
    );
    claim(draft, 'org:secure-world-foundation', 'REPORT', 'state:RUS');
  });

  it('is never a document no body is named for, nor an outlet that only saw it', async () => {
    const draft = await extract('The talks on the pipeline collapsed in May, according to a document seen by Reuters.');
    expect(lines(draft)).toEqual([]);
  });

  it('is not a state cited through figures: a state is cited by its own verbs', async () => {
    const draft = await extract('Exports fell by a third in 2025, according to figures from Chile.');
    expect(lines(draft).some((l) => l.startsWith('state:CHL'))).toBe(false);
  });
});

describe('what a research body or a monitor finds', () => {
  it('is a finding when a research body states it plainly', async () => {
    const draft = await extract(
      'The International Institute for Strategic Studies says Algeria received 14 Su-35 fighters from Russia in 2025.',
    );
    claim(draft, 'org:iiss', 'REPORT', 'state:RUS');
    expect(lines(draft).some((l) => l.startsWith('org:iiss STATE'))).toBe(false);
  });

  it('is read after "according to" the panel named before, and aimed at the supplier of the transfer it finds', async () => {
    const draft = await extract(
      'The Panel of Experts on Libya presented its report to the Council on Monday. ' +
        'The United Arab Emirates delivered armoured vehicles to the Libyan National Army in 2025, according to the Panel.',
    );
    claim(draft, 'org:panel-of-experts-on-libya', 'REPORT', 'state:ARE');
  });

  it('implicates the doer of its passive when it names no one else', async () => {
    const draft = await extract(
      'Six patrol boats were delivered by Türkiye to the coast guard of Somaliland in May, according to researchers at the Heritage Institute for Policy Studies.',
    );
    claim(draft, 'org:heritage-institute-for-policy-studies', 'REPORT', 'state:TUR');
  });

  it('of a transfer in a register is aimed at neither end of it', async () => {
    const draft = await extract(
      'Germany delivered four IRIS-T systems to Egypt in 2024, according to the Stockholm International Peace Research Institute.',
    );
    claim(draft, 'org:sipri', 'REPORT');
    expect(lines(draft).filter((l) => l.startsWith('org:sipri REPORT'))).toEqual(['org:sipri REPORT -']);
  });
});

describe("a state's own media", () => {
  it('speak for their state, and a report of what another state did is its charge', async () => {
    const draft = await extract(
      'Russian state television reported on Monday that howitzers sold by Bulgaria are now firing on Russian positions near Kherson.',
    );
    const made = claim(draft, 'org:russian-state-television', 'ACCUSE', 'state:BGR');
    expect(made.onBehalfOf).toBe('state:RUS');
  });

  it('claiming something speak for their state too', async () => {
    const draft = await extract(
      'Iranian state television claimed on Sunday that Israeli drones had taken off from bases in Azerbaijan.',
    );
    const made = claim(draft, 'org:iranian-state-television', 'ACCUSE');
    expect(made.onBehalfOf).toBe('state:IRN');
  });

  it('telling of their own state receiving weapons report it, they do not charge the supplier with it', async () => {
    const draft = await extract(
      'Algerian state media reported on Friday that the Algerian Air Force had received six Su-57 fighters from Russia.',
    );
    expect(lines(draft).some((l) => l.startsWith('org:algerian-state-media REPORT'))).toBe(true);
  });

  it('an independent outlet reporting stays a report', async () => {
    const draft = await extract(
      'Turkish newspapers reported on Monday that Greece had moved artillery to the island of Lesbos.',
    );
    claim(draft, 'org:turkish-newspapers', 'REPORT');
    expect(lines(draft).some((l) => l.startsWith('org:turkish-newspapers ACCUSE'))).toBe(false);
  });
});
