import { SECURITY_COUNCIL_KEY } from '../domain/index.js';
import type { LinkRow, NodeRow } from './source.js';

/**
 * The Security Council, as the body every imported resolution and draft
 * was considered by: the graph's existing node (the seed declares it), or
 * created with these values where the graph has none.
 */

export const SECURITY_COUNCIL: NodeRow = {
  key: SECURITY_COUNCIL_KEY,
  type: 'Organization',
  props: {},
  fill: { name: 'United Nations Security Council', category: 'UN_BODY', wikidataId: 'Q37470' },
  aliases: ['UN Security Council', 'Security Council', 'UNSC'],
};

export function consideredByCouncil(resolution: string): LinkRow {
  return { type: 'CONSIDERED_BY', from: resolution, to: SECURITY_COUNCIL_KEY, props: {}, fill: {} };
}
