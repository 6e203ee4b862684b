import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import {
  CLAIM_KINDS,
  KEY_PREFIX,
  KEY_PATTERN,
  ORGANIZATION_CATEGORIES,
  type ClaimKind,
  type OrganizationCategory,
} from '../domain/index.js';
import type { NodeRow } from './source.js';
import { StateTable } from './states.js';

/**
 * The CAMEO codes of GDELT's events, read from three tables a user can
 * change (data/import/):
 * - cameo-claims.csv: which event codes are claims, of which kind, and a
 *   short allegation phrase for each. A four-digit code not in the table
 *   takes its three-digit base code's row (1124 → 112).
 * - cameo-countries.csv: CAMEO's country codes that are not a state's ISO
 *   alpha-3 code: regions (Africa, Europe, the West: no state at all) and
 *   CAMEO's own codes for states. Any other code that is a state's alpha-3
 *   code (data/import/states.csv) is that state.
 * - cameo-groups.csv: known-group codes that name an organization, with
 *   the key of its node (the seed's where it has one: org:united-nations).
 */

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/import');
export const CLAIMS_TABLE = resolve(DATA, 'cameo-claims.csv');
export const COUNTRIES_TABLE = resolve(DATA, 'cameo-countries.csv');
export const GROUPS_TABLE = resolve(DATA, 'cameo-groups.csv');

function rowsOf<T>(file: string): T[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as T[];
}

function refuse(file: string, message: string): never {
  throw new Error(`${file}: ${message}`);
}

export interface ClaimCoding {
  kind: ClaimKind;
  allegation: string;
}

/** What an actor of an event resolves to: an entity's node, or why it does not. */
export type ActorResolution = { node: NodeRow } | { reason: string; detail: string };

export class CameoTables {
  private readonly claims = new Map<string, ClaimCoding>();
  /** Country code → state code, or null for a region. */
  private readonly countries = new Map<string, string | null>();
  private readonly groups = new Map<string, NodeRow>();

  constructor(
    private readonly states: StateTable,
    files = { claims: CLAIMS_TABLE, countries: COUNTRIES_TABLE, groups: GROUPS_TABLE },
  ) {
    for (const row of rowsOf<{ code: string; kind: string; allegation: string }>(files.claims)) {
      if (!/^\d{2,4}$/.test(row.code)) refuse(files.claims, `"${row.code}" is not a CAMEO event code`);
      if (!CLAIM_KINDS.includes(row.kind as ClaimKind))
        refuse(files.claims, `${row.code}: "${row.kind}" is not a claim kind (${CLAIM_KINDS.join(', ')})`);
      if (!row.allegation) refuse(files.claims, `${row.code}: the allegation phrase is empty`);
      this.claims.set(row.code, { kind: row.kind as ClaimKind, allegation: row.allegation });
    }
    for (const row of rowsOf<{ code: string; state: string }>(files.countries)) {
      const state = row.state ? states.code(row.state) : null;
      if (row.state && !state) refuse(files.countries, `${row.code}: "${row.state}" is not a state's alpha-3 code`);
      this.countries.set(row.code.toUpperCase(), state ? state.code : null);
    }
    for (const row of rowsOf<{ code: string; key: string; name: string; category: string }>(files.groups)) {
      if (!row.key.startsWith(`${KEY_PREFIX.Organization}:`) || !KEY_PATTERN.test(row.key))
        refuse(files.groups, `${row.code}: "${row.key}" is not an organization key (org:...)`);
      if (!ORGANIZATION_CATEGORIES.includes(row.category as OrganizationCategory))
        refuse(files.groups, `${row.code}: "${row.category}" is not an organization category`);
      this.groups.set(row.code.toUpperCase(), {
        key: row.key,
        type: 'Organization',
        props: {},
        fill: { name: row.name, category: row.category },
        aliases: [],
      });
    }
  }

  /** The claim an event code is, or null: its own row, else its base code's (the first three digits). */
  claim(code: string): ClaimCoding | null {
    return this.claims.get(code) ?? (code.length > 3 ? (this.claims.get(code.slice(0, 3)) ?? null) : null);
  }

  /**
   * The entity an actor is: an organization when its known-group code names
   * one, else a state when its country code is one; a region, an unknown
   * code or an actor with neither (a person, a rebel group) does not resolve.
   */
  actor(countryCode: string, groupCode: string): ActorResolution {
    const group = groupCode ? this.groups.get(groupCode) : undefined;
    if (group) return { node: group };
    if (countryCode) {
      if (this.countries.has(countryCode)) {
        const state = this.countries.get(countryCode);
        if (state === null) return { reason: 'is a region, not a state', detail: countryCode };
        return { node: StateTable.node(this.states.code(state!)!) };
      }
      const state = this.states.code(countryCode);
      if (state) return { node: StateTable.node(state) };
      return { reason: 'has a country code that is no state', detail: countryCode };
    }
    if (groupCode) return { reason: 'has a known-group code that names no organization', detail: groupCode };
    return { reason: 'has no country or known-group code', detail: '' };
  }
}
