import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Whom a claim is aimed at when its words name the party by what it is to
 * the speaker ("our allies", "members") or by what it did before ("any
 * further violation"), and whom a denial naming no accuser answers.
 * Sentences written for these tests.
 */

describe('a warning against doing it again', () => {
  it('aims "would respond to any further violation" at the party the speaker accused', async () => {
    const draft = await extract(
      'Lithuania accused Belarus on Tuesday of sending smuggling balloons over the border. Lithuania warned that it would respond to any further violation of its airspace.',
    );
    expect(lines(draft)).toContain('state:LTU WARN state:BLR');
  });

  it('leaves "any violation", with no "further", aimed at no one', async () => {
    const draft = await extract(
      'Lithuania accused Belarus on Tuesday of sending smuggling balloons over the border. Lithuania warned that it would respond to any violation of its airspace.',
    );
    expect(lines(draft)).toContain('state:LTU WARN -');
  });
});

describe('a body named by what its members are to the speaker', () => {
  it('aims "calls on its Allies to ..." at NATO when the text names it', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Latvia\n\nOn 4 May a drone launched from Russia crashed near Rēzekne. Latvia is a member of NATO. Latvia calls on its Allies to speed up the deployment of air defence on the eastern flank.',
      '2026-05-05',
      'Ministry of Foreign Affairs of Latvia',
    );
    expect(lines(draft)).toContain('state:LVA DEMAND org:nato');
  });

  it('leaves "its Allies" aimed at no one when the text names no alliance', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Latvia\n\nOn 4 May a drone launched from Russia crashed near Rēzekne. Latvia calls on its Allies to speed up the deployment of air defence on the eastern flank.',
      '2026-05-05',
      'Ministry of Foreign Affairs of Latvia',
    );
    expect(lines(draft)).toContain('state:LVA DEMAND -');
  });

  it('aims a delegate\'s "called on members to lift it" at the Security Council', async () => {
    const draft = await extract(
      'The Security Council met on Monday on the arms embargo on South Sudan. The representative of South Sudan said the embargo weakened his Government and called on members to lift it.',
    );
    expect(lines(draft)).toContain('state:SSD DEMAND org:un-security-council');
  });

  it('does not read "members of the armed opposition" as the Council', async () => {
    const draft = await extract(
      'The Security Council met on Monday on South Sudan. The representative of South Sudan called on members of the armed opposition to lay down their weapons.',
    );
    expect(lines(draft)).not.toContain('state:SSD DEMAND org:un-security-council');
  });
});

describe('a denial that names no accuser', () => {
  it("answers the side's adversary even when only one other claim of the side names it", async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Tonga\n\nTonga strongly condemns the removal of its beacon from the Minerva Reefs by the navy of Fiji. Tonga rejects these allegations as baseless.',
      '2026-03-05',
      'Ministry of Foreign Affairs of Tonga',
    );
    expect(lines(draft).filter((l) => l.startsWith('state:TON DENY'))).toEqual(['state:TON DENY state:FJI']);
  });
});

describe('the penholder', () => {
  it('is the state the text names as drafting the text voted on', async () => {
    const draft = await extract(
      'The Security Council on Friday extended the mandate of its mission in Yemen. The draft, tabled by the United Kingdom, received 13 votes in favour. The representative of the Russian Federation said the penholder had ignored the views of the host country.',
    );
    expect(lines(draft)).toContain('state:RUS CRITICIZE state:GBR');
  });

  it('is also read from "⟨A⟩, which drafted the text"', async () => {
    const draft = await extract(
      'The Security Council on Friday extended the mandate of its mission in South Sudan. The representative of the United States, which drafted the text, said the mission was needed. The representative of the Russian Federation said the penholder had ignored the views of the host country.',
    );
    expect(lines(draft)).toContain('state:RUS CRITICIZE state:USA');
  });

  it('is no one when the text does not say who drafted it', async () => {
    const draft = await extract(
      'The Security Council on Friday extended the mandate of its mission in Yemen. The United Kingdom voted in favour. The representative of the Russian Federation said the penholder had ignored the views of the host country.',
    );
    expect(lines(draft)).not.toContain('state:RUS CRITICIZE state:GBR');
  });
});
