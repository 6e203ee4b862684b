import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, extract, lines } from './drafts.js';

/**
 * A state's organs named by a common noun (organs.json): its government,
 * cabinet, parliament, armed forces and security services, named after its
 * demonym or its possessive, after "the" alone when the text's state is
 * clear, or after "our" in its own statement. Each is an organization PART_OF
 * its state. Sentences written for these tests, three of each class, in wire,
 * UN and statement styles.
 */

const organs = (d: Draft) =>
  documentOf(d)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => `${e.key as string}: ${[e.name as string, ...((e.aliases as string[]) ?? [])].join('; ')}`)
    .sort();

const partOf = (d: Draft, key: string) =>
  documentOf(d)
    .relationships.filter((r) => r.type === 'PART_OF' && r.from === key)
    .map((r) => r.to);

describe("a state's government, cabinet or parliament named after its demonym or possessive", () => {
  it('drafts the organ, tied to its state, named by the words of the text', async () => {
    const a = await extract('The Peruvian government rejected the findings of the report on Tuesday.');
    expect(organs(a)).toContain('org:peru-government: Government of Peru; Peruvian government; government');
    expect(partOf(a, 'org:peru-government')).toEqual(['state:PER']);
    const b = await extract("Kenya's cabinet approved the deployment of 1,000 police officers to Haiti.");
    expect(organs(b)).toContain("org:kenya-cabinet: Cabinet of Kenya; Kenya's cabinet; cabinet");
    const c = await extract('The Georgian parliament passed the law despite protests in Tbilisi.');
    expect(organs(c)).toContain('org:georgia-parliament: Parliament of Georgia; Georgian parliament; parliament');
  });

  it('leaves the claims to the state, as before', async () => {
    const d = await extract('The Peruvian government rejected the accusations made by Chile.');
    expect(lines(d).every((l) => !l.startsWith('org:peru-government'))).toBe(true);
  });
});

describe('a state\'s forces named after its demonym ("Russian forces")', () => {
  it('drafts its armed forces, not a hyphened side ("pro-Russian forces")', async () => {
    const a = await extract('Ethiopian forces withdrew from the border town of Humera on Sunday.');
    expect(organs(a)).toContain('org:ethiopia-armed-forces: Armed Forces of Ethiopia; Ethiopian forces');
    const b = await extract('The representative of Armenia said Azerbaijani forces had shelled three villages.');
    expect(organs(b)).toContain('org:azerbaijan-armed-forces: Armed Forces of Azerbaijan; Azerbaijani forces');
    const c = await extract('Pro-Russian forces and Russian-backed forces held the town, a monitor said.');
    expect(organs(c).filter((o) => o.includes('armed-forces'))).toEqual([]);
  });
});

describe('an organ named bare when the text is about one state', () => {
  it('is that state\'s: "the government", "the federal Government", "before parliament", "the security services"', async () => {
    const a = await extract(
      'ADDIS ABABA, May 3 - Ethiopia expelled two aid officials. Ethiopia said the officials had broken the law. ' +
        'Critics in Ethiopia said the government had silenced them, and a bill before parliament would tighten the rules.',
    );
    expect(organs(a)).toEqual(
      expect.arrayContaining([
        'org:ethiopia-government: Government of Ethiopia; government',
        'org:ethiopia-parliament: Parliament of Ethiopia; parliament',
      ]),
    );
    const b = await extract(
      'Statement by the Government of Mali. The federal Government of Mali condemns the attack on Gao. ' +
        "The security services will find those responsible, and the Government calls on Mali's partners to help.",
      '2024-07-03',
      'Government of Mali',
    );
    expect(organs(b)).toEqual(
      expect.arrayContaining([
        'org:mali-security-services: Security Services of Mali; security services',
        'org:mali-government: Government of Mali; Government',
      ]),
    );
  });

  it('is not drafted where the text names no one state clearly', async () => {
    const c = await extract('Chile and Peru met in Lima. The government said talks would continue.');
    expect(organs(c).filter((o) => o.includes('-government'))).toEqual([]);
  });
});

describe('an organ named by "our" in a state\'s own statement', () => {
  it('is the service of the state whose statement it is', async () => {
    const a = await extract(
      'Press release of the Ministry of Defence of Chad. Our air force struck a convoy of armed men near the border, and our armed forces remain on alert.',
      '2024-07-03',
      'Ministry of Defence of Chad',
    );
    expect(organs(a)).toEqual(
      expect.arrayContaining([
        'org:chad-air-force: Air Force of Chad; air force',
        'org:chad-armed-forces: Armed Forces of Chad; armed forces',
      ]),
    );
    const b = await extract(
      'Statement by the Government of Ghana. Our forces will secure the northern border, and our parliament has approved the plan.',
      '2024-07-03',
      'Government of Ghana',
    );
    expect(organs(b)).toEqual(
      expect.arrayContaining([
        'org:ghana-armed-forces: Armed Forces of Ghana; forces',
        'org:ghana-parliament: Parliament of Ghana; parliament',
      ]),
    );
  });
});

describe('"the Government of ⟨State⟩" and a charge "of" doing something', () => {
  it('drafts the organ of the state named after "of", and reads "accused the government of -ing" as the organ', async () => {
    const a = await extract('The Government of Ecuador condemned the attack on its embassy in Mexico City.');
    expect(organs(a)).toContain('org:ecuador-government: Government of Ecuador; Government');
    const b = await extract(
      'BOGOTA, June 4 - Colombia extended the ceasefire. Colombian opposition senators accused the government of hiding the cost, and Colombia denied it.',
    );
    expect(organs(b)).toContain('org:colombia-government: Government of Colombia; government');
    const c = await extract('The representative of Chad said his delegation had written to the Government of Nigeria.');
    expect(organs(c)).toContain('org:nigeria-government: Government of Nigeria; Government');
  });

  it('does not take another state\'s "Government of ⟨State⟩" for the text\'s own', async () => {
    const d = await extract(
      'ADDIS ABABA, May 3 - Ethiopia expelled two aid officials. Ethiopia said they broke the law. Ethiopia wrote to the Government of Kenya.',
    );
    expect(organs(d).filter((o) => o.startsWith('org:ethiopia-government'))).toEqual([]);
  });
});
