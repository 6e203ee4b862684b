import type { ClaimFinder } from '../finder.js';
import type { SentenceReading } from '../types.js';
import { findAccording } from './according.js';
import { findActed } from './acted.js';
import { findActive } from './active.js';
import { findCharge } from './charge.js';
import { findLabelled } from './labelled.js';
import { findInverted } from './inverted.js';
import { findPutOut } from './medium.js';
import { findSourced } from './sourced.js';
import { findNamedWords } from './named.js';
import { readPassive, readPassiveDenial, readPassiveOfEvent } from './passive.js';

/**
 * The kinds of sentence that name a speaker, read in this order: each
 * either records the claims it reads or adds the speakers and verbs it
 * finds to the sentence's reading, and marks what it has read so that the
 * forms after it leave it alone. A new kind of sentence is a module here
 * and a line in this list.
 */
export type SentenceForm = (reading: SentenceReading, finder: ClaimFinder) => void;

export const SPEAKER_FORMS: SentenceForm[] = [
  // The passive first: its verb would otherwise read as active.
  readPassive,
  readPassiveOfEvent,
  readPassiveDenial,
  // "..., a charge ⟨B⟩ called baseless": before the active form, which would read ⟨B⟩'s verb as its own.
  findCharge,
  // "..., an act ⟨P⟩ called 'dangerous'": before the active form, for the same reason.
  findLabelled,
  // "⟨A⟩ issued a statement saying ...": before the active form, whose verb would be the participle's clause's.
  findPutOut,
  // "according to a report by ⟨X⟩", "A study by ⟨X⟩ found that ...": before the active form, which would read "⟨X⟩ found" alone.
  findSourced,
  findActive,
  findInverted,
  findAccording,
  // "the remarks by ⟨A⟩ that ...": words named by a noun, their speaker after "by".
  findNamedWords,
  // "⟨A⟩ broke off relations, accusing ⟨B⟩ of ...": only when no form above found a speaker's verb.
  findActed,
];
