import { KEY_PREFIX, type OrganizationCategory } from '../domain/index.js';
import type { Graph } from '../neo4j/graph.js';
import { foldName, slugOf } from './names.js';
import type { LinkRow, NodeRow } from './source.js';
import { StateTable, type StateEntry } from './states.js';

/**
 * SIPRI's names, as data: a trailing `*` marks a non-state armed group
 * (`Houthi rebels (Yemen)*`), `**` an international organization
 * (`NATO**`, `African Union**`), both Organizations tied to the state in
 * brackets; `unknown supplier(s)` and `unknown recipient(s)` are no party;
 * every other name is a state, current or former, through the states
 * table. Weapon systems and organizations the graph already holds under
 * that name or an alias (`KN-23` is the seed's Hwasong-11) are reused.
 */

/** What a party cell becomes: nothing, or the node (and links) of its state or organization. */
export type Party =
  | { kind: 'none' }
  | { kind: 'unknown'; name: string }
  | { kind: 'party'; key: string; name: string; nodes: NodeRow[]; links: LinkRow[] };

const NO_PARTY = /^unknown (?:supplier|recipient|country|countries)(?:\s*\(s\)|s)?$/i;

/** Keys of the graph's weapon systems and organizations by their folded names and aliases. */
export class KnownNames {
  private readonly weapons = new Map<string, string>();
  private readonly organizations = new Map<string, string>();

  async load(graph: Graph): Promise<void> {
    for (const row of await graph.read('import/names')) {
      const into = row.type === 'WeaponSystem' ? this.weapons : this.organizations;
      for (const name of row.names as string[]) {
        const folded = foldName(name);
        if (folded && !into.has(folded)) into.set(folded, row.key as string);
      }
    }
  }

  weapon(name: string): string | undefined {
    return this.weapons.get(foldName(name));
  }

  organization(...names: string[]): string | undefined {
    for (const name of names) {
      const key = this.organizations.get(foldName(name));
      if (key) return key;
    }
    return undefined;
  }
}

const BRACKET = /^(.*?)\s*\(([^()]+)\)\s*$/;

export function partyOf(raw: string, states: StateTable, known: KnownNames): Party {
  const text = raw.trim();
  if (NO_PARTY.test(text)) return { kind: 'none' };
  const stars = /(\*+)$/.exec(text)?.[1]?.length ?? 0;
  if (stars === 0) {
    const state = states.name(text);
    return state ? stateParty(state) : { kind: 'unknown', name: text };
  }
  const full = text.slice(0, -stars).trim();
  const category: OrganizationCategory = stars >= 2 ? 'INTERGOVERNMENTAL' : 'ARMED_GROUP';
  const bracket = BRACKET.exec(full);
  const home = bracket ? states.name(bracket[2]!) : null;
  // The bracket names the group's state; a bracket that is no state stays part of the name.
  const name = home ? bracket![1]! : full;
  const key = known.organization(name, full) ?? `${KEY_PREFIX.Organization}:${slugOf(full)}`;
  const nodes: NodeRow[] = [
    { key, type: 'Organization', props: {}, fill: { name, category }, aliases: full !== name ? [full] : [] },
  ];
  const links: LinkRow[] = [];
  if (home) {
    nodes.push(StateTable.node(home));
    links.push({ type: 'LOCATED_IN', from: key, to: StateTable.key(home), props: {}, fill: {} });
  }
  return { kind: 'party', key, name, nodes, links };
}

function stateParty(state: StateEntry): Party {
  return { kind: 'party', key: StateTable.key(state), name: state.name, nodes: [StateTable.node(state)], links: [] };
}

/** The weapon system of a designation: the graph's own where one has that name, else `weapon:` + its slug. */
export function weaponKey(designation: string, known: KnownNames): string {
  return known.weapon(designation) ?? `${KEY_PREFIX.WeaponSystem}:${slugOf(designation)}`;
}
