import { describe, expect, it } from 'vitest';
import { extract, systems } from './drafts.js';

/**
 * A vessel named after what it is or by its navy's prefix, which a record keeps as a weapon system. Sentences written
 * for these tests.
 */

describe('vessels named', () => {
  it('reads the name after what the vessel is', async () => {
    const wire = await extract(
      'The destroyer Admiral Vinogradov and the corvette Sovershenny entered the strait on Thursday, the ministry said.',
    );
    expect(systems(wire)).toEqual(['Admiral Vinogradov', 'Sovershenny']);
    const un = await extract(
      'He said the crew of the oil tanker Aurora Bay had been held for six weeks without charge.',
    );
    expect(systems(un)).toEqual(['Aurora Bay']);
    const statement = await extract(
      'The Ministry condemns the seizure of the research vessel Polar Dawn by the coast guard of the neighbouring state.',
    );
    expect(systems(statement)).toEqual(['Polar Dawn']);
  });

  it("reads a name after its navy's prefix, the prefix kept", async () => {
    const wire = await extract('USS Hopper and HMCS Ottawa sailed through the strait together, the navies said.');
    expect(systems(wire)).toEqual(['HMCS Ottawa', 'USS Hopper']);
    const statement = await extract('We welcome the port call of INS Tabar to our capital next week.');
    expect(systems(statement)).toEqual(['INS Tabar']);
  });

  it('takes no day, month or state after the noun for a name', async () => {
    const d = await extract('The coast guard boarded the vessel Tuesday, and the ship Russia had chartered left port.');
    expect(systems(d)).toEqual([]);
  });
});
