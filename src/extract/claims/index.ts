export { ClaimFinder } from './finder.js';
export type { ClaimDraft, SentenceContext } from './types.js';
export { aimAtDoers } from './doer.js';
