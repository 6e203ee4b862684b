import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, extract } from './drafts.js';

/**
 * Where a body's name begins and ends when the words around it are capitalised too: two bodies joined by "and the",
 * a day before the name, whom or where a body serves, where a unit is stationed, the city a court is named by.
 * Sentences written for these tests.
 */

const bodies = (d: Draft) =>
  documentOf(d)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name as string)
    .sort();

describe('two bodies joined by "and the"', () => {
  it('reads each name of two bodies with their own words for a body', async () => {
    const wire = await extract(
      'Talks between the Sudanese Armed Forces Command and the Rapid Support Forces collapsed in Jeddah on Tuesday.',
    );
    expect(bodies(wire)).toEqual(expect.arrayContaining(['Rapid Support Forces']));
    expect(bodies(wire).some((n) => / and the /.test(n))).toBe(false);
    const un = await extract(
      'The representative said the Kosovo Police Service and the Civil Protection Agency had cooperated fully.',
    );
    expect(bodies(un)).toEqual(expect.arrayContaining(['Kosovo Police Service', 'Civil Protection Agency']));
    const statement = await extract(
      'The Ministry welcomes the memorandum signed by the Baltic Defence Academy and The Nordic Strategy Institute.',
    );
    expect(bodies(statement)).toEqual(expect.arrayContaining(['Baltic Defence Academy', 'Nordic Strategy Institute']));
  });

  it('keeps a body whose field is two names joined by "and" whole', async () => {
    const d = await extract('The Ministry of Agriculture and Rural Development said the harvest was lost.');
    expect(bodies(d)).toContain('Ministry of Agriculture and Rural Development');
  });
});

describe('words around a name that are not part of it', () => {
  it('leaves a day or a month that opens the sentence out of the name', async () => {
    const wire = await extract('On Friday the Supreme Electoral Tribunal rejected the appeal.');
    expect(bodies(wire)).toEqual(['Supreme Electoral Tribunal']);
    const statement = await extract('In March the Supreme Defence Council approved the plan.');
    expect(bodies(statement)).toEqual(['Supreme Defence Council']);
  });

  it('leaves a place before "for the" out of the body it serves', async () => {
    const d = await extract('Fuel was being trucked to Sabha for the Southern Defence Army, the panel said.');
    expect(bodies(d)).toEqual(['Southern Defence Army']);
  });

  it('leaves where a unit is stationed out of its name', async () => {
    const wire = await extract('The 12th Mechanised Brigade in Poland will be rotated home next spring.');
    expect(bodies(wire)).toEqual(['12th Mechanised Brigade']);
    const un = await extract('He said the Rapid Reaction Battalion in Estonia was ready.');
    expect(bodies(un)).toEqual(['Rapid Reaction Battalion']);
  });

  it('keeps the city a court of appeal or a district court is named by', async () => {
    const wire = await extract('On Monday the District Court in Rotterdam ordered the shipment held.');
    expect(bodies(wire)).toEqual(['District Court in Rotterdam']);
    const statement = await extract('The Government will appeal the ruling of the Court of Appeal in Paris.');
    expect(bodies(statement)).toContain('Court of Appeal in Paris');
  });
});
