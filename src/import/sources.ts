import { sipri } from './sipri.js';
import type { ImportSource } from './source.js';
import { unscVetoes } from './unsc-vetoes.js';
import { unscVotes } from './unsc-votes.js';

/**
 * The datasets `npm run import` knows, by the name typed on the command
 * line. Each entry makes a fresh source for one run (a source may keep
 * look-ups from the graph between its files).
 */
export const SOURCES: Record<string, { description: string; create: () => ImportSource<unknown> }> = {
  'unsc-votes': {
    description: "UN Dag Hammarskjöld Library: Security Council voting data (one row per member's vote)",
    create: unscVotes,
  },
  'unsc-vetoes': {
    description: 'UN Dag Hammarskjöld Library: the list of Security Council vetoes (one row per vetoed draft)',
    create: unscVetoes,
  },
  sipri: {
    description:
      'SIPRI Arms Transfers Database: the trade register, or the export with one row per deal and delivery year',
    create: sipri,
  },
};

export function sourceNames(): string[] {
  return Object.keys(SOURCES);
}
