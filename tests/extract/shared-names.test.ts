import { describe, expect, it } from 'vitest';
import { claim, documentOf, extract } from './drafts.js';

/**
 * A name two states share in the news, read by the rest of the text
 * (src/extract/shared-names.json): bare "Congo" beside Goma or the M23 is the
 * Democratic Republic of the Congo, beside Brazzaville the Republic of the
 * Congo, and with neither what the country tables say; "Congolese", which
 * names both, likewise. Sentences written for these tests.
 */

const states = (keys: string[]) => keys.filter((k) => k.startsWith('state:')).sort();
const keysOf = async (text: string) => states(documentOf(await extract(text)).entities.map((e) => String(e.key)));

describe('a name two states share', () => {
  it('reads "Congo" in wire copy about Goma and the M23 as the Democratic Republic of the Congo', async () => {
    const draft = await extract(
      "GOMA, Feb 9 (Reuters) - Congo accused Rwanda on Sunday of sending troops to back the M23 rebels near Goma. Congo's foreign ministry said Kigali must withdraw its soldiers.",
    );
    claim(draft, 'state:COD', 'ACCUSE', 'state:RWA');
    expect(states(documentOf(draft).entities.map((e) => String(e.key)))).toEqual(['state:COD', 'state:RWA']);
  });

  it('reads "Congo" beside Brazzaville as the Republic of the Congo', async () => {
    expect(
      await keysOf(
        'BRAZZAVILLE, May 4 - Congo and Gabon agreed on Thursday to patrol their shared border together, officials in Brazzaville said.',
      ),
    ).toEqual(['state:COG', 'state:GAB']);
  });

  it("keeps the country tables' reading when the text points to neither state, or to both", async () => {
    expect(await keysOf('Congo and Angola signed a fisheries agreement on Monday.')).toEqual([
      'state:AGO',
      'state:COG',
    ]);
    expect(
      await keysOf(
        'Ministers from Kinshasa and Brazzaville met on the river on Friday. Congo hosted the talks, the statement said.',
      ),
    ).toEqual(expect.arrayContaining(['state:COG']));
  });
  it('reads "Congolese" by the same words, and leaves it no place when they point nowhere', async () => {
    const draft = await extract(
      'BUKAVU, March 3 (Reuters) - Clashes between the Congolese army and M23 fighters forced thousands from their homes near Bukavu on Monday. The African Union urged both sides to return to the talks in Luanda.',
    );
    const keys = documentOf(draft).entities.map((e) => String(e.key));
    expect(keys).toContain('org:dr-congo-army');
    expect(keys.some((k) => k.startsWith('place:congolese'))).toBe(false);
    claim(draft, 'org:african-union', 'DEMAND', 'org:dr-congo-army');
    claim(draft, 'org:african-union', 'DEMAND', 'org:m23');
    const unsettled = documentOf(
      await extract('The Congolese envoy met the Zambian foreign minister in Lusaka on Friday.'),
    );
    expect(unsettled.entities.map((e) => String(e.key)).filter((k) => /congo/.test(k))).toEqual([]);
  });
});
