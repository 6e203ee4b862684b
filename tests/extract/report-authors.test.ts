import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * A denial whose words name a report answers whoever the text said wrote
 * it. Sentences written for these tests.
 */

describe('a denial of a named report', () => {
  it('aims "rejected the report as ..." at the author a report "by ⟨X⟩" names, over a nearer accusation', async () => {
    const draft = await extract(
      'A report by Amnesty International published in April found that army drones had struck a market near Djibo. ' +
        'Côte d’Ivoire accused Burkina Faso of hiding the toll. ' +
        'Burkina Faso rejected the report as a fabrication.',
    );
    expect(lines(draft)).toContain('state:BFA DENY org:amnesty-international');
    expect(lines(draft)).not.toContain('state:BFA DENY state:CIV');
  });

  it('reads the author of "the latest report of ⟨X⟩"', async () => {
    const draft = await extract(
      'The Council met to consider the latest report of the Panel of Experts on Libya. ' +
        'Egypt said arms kept reaching the east. ' +
        'Russia rejected the report as a compilation of fabrications.',
    );
    const russia = lines(draft).filter((l) => l.startsWith('state:RUS DENY'));
    expect(russia).toHaveLength(1);
    expect(russia[0]).toMatch(/^state:RUS DENY org:panel-of-experts/);
  });
});
