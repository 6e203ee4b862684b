import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import type { Country } from 'world-countries';
import { KEY_PREFIX } from '../domain/index.js';
import { STATES, STATES_TABLE } from '../extract/gazetteer.js';
import { foldName } from './names.js';
import type { NodeRow } from './source.js';

/**
 * Which state a dataset means: its ISO 3166 alpha-3 code, or one of the
 * names and short forms datasets write ("Korea, South", "UAE", "Turkiye",
 * "RUSSIAN FEDERATION"). Current states and their names come from the
 * world-countries package (as the extractor's gazetteer has them); the
 * table data/import/states.csv adds the forms the datasets use and the
 * states that no longer exist, under their ISO 3166-3 codes (the Soviet
 * Union is state:SUN, never Russia) with the dates they existed. A user
 * can add a row there for a name an import reports as unknown.
 */

export interface StateEntry {
  code: string;
  name: string;
  aliases: string[];
  wikidataId: string | null;
  /** For a state that no longer exists: when it came into being and when it ended (ISO dates). */
  formed: string | null;
  dissolved: string | null;
}

export { STATES_TABLE };

const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

interface TableRow {
  code: string;
  name: string;
  aliases: string;
  formed: string;
  dissolved: string;
  /** What a former state's people are called, for the extractor (src/extract/gazetteer.ts). */
  demonyms: string;
  wikidata: string;
}

export class StateTable {
  private readonly byCode = new Map<string, StateEntry>();
  private readonly byName = new Map<string, string>();

  constructor(tableFile = STATES_TABLE) {
    const spellings = new Map(countries.map((c) => [c.cca3, c.altSpellings]));
    // Names from the package first, so that the table's forms win where they differ.
    for (const state of STATES.values()) {
      this.byCode.set(state.code, {
        code: state.code,
        name: state.name,
        aliases: state.officialName !== state.name ? [state.officialName] : [],
        wikidataId: state.wikidataId,
        formed: null,
        dissolved: null,
      });
      for (const form of [state.name, state.officialName, ...(spellings.get(state.code) ?? [])]) {
        // Two-letter spellings are ISO alpha-2 codes, too short to trust as names.
        if (form.length > 2) this.addName(form, state.code, false);
      }
    }
    const rows = parse(readFileSync(tableFile, 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
    }) as TableRow[];
    for (const row of rows) {
      const code = row.code.toUpperCase();
      if (!/^[A-Z]{3}$/.test(code)) throw new Error(`${tableFile}: "${row.code}" is not an alpha-3 code`);
      const aliases = row.aliases
        ? row.aliases
            .split(';')
            .map((a) => a.trim())
            .filter(Boolean)
        : [];
      const known = this.byCode.get(code);
      const entry: StateEntry = known ?? {
        code,
        name: row.name || code,
        aliases: [],
        wikidataId: null,
        formed: null,
        dissolved: null,
      };
      if (row.name) entry.name = row.name;
      entry.wikidataId = row.wikidata || entry.wikidataId;
      entry.formed = row.formed || entry.formed;
      entry.dissolved = row.dissolved || entry.dissolved;
      for (const alias of aliases)
        if (alias !== entry.name && !entry.aliases.includes(alias)) entry.aliases.push(alias);
      this.byCode.set(code, entry);
      for (const form of [entry.name, ...aliases]) this.addName(form, code, true);
    }
  }

  private addName(form: string, code: string, override: boolean) {
    const folded = foldName(form);
    if (folded && (override || !this.byName.has(folded))) this.byName.set(folded, code);
  }

  /** The state with this alpha-3 code (current or former), or null. */
  code(code: string): StateEntry | null {
    return this.byCode.get(code.trim().toUpperCase()) ?? null;
  }

  /** The state a dataset's name means, or null when the table does not know it. */
  name(name: string): StateEntry | null {
    const code = this.byName.get(foldName(name));
    return code ? this.byCode.get(code)! : null;
  }

  /** The key of a state's node (state:SUN). */
  static key(entry: StateEntry): string {
    return `${KEY_PREFIX.State}:${entry.code}`;
  }

  /**
   * The node row for a state a record names: the same node as any the graph
   * already holds under its key, given only what it lacks (see import/nodes).
   */
  static node(entry: StateEntry): NodeRow {
    return {
      key: StateTable.key(entry),
      type: 'State',
      props: {},
      fill: {
        name: entry.name,
        code: entry.code,
        wikidataId: entry.wikidataId,
        formed: entry.formed,
        dissolved: entry.dissolved,
      },
      aliases: entry.aliases,
    };
  }
}

let shared: StateTable | undefined;

/** The table from data/import/states.csv, read once. */
export function stateTable(): StateTable {
  return (shared ??= new StateTable());
}
