import { cellAt, dateAt, hasWidth, parseFlag } from './cells.js';
import { consideredByCouncil, SECURITY_COUNCIL } from './council.js';
import { foldColumn } from './header.js';
import type { ImportSource, LinkRow, MapContext, Mapper, NodeRow } from './source.js';
import { StateTable, stateTable, type StateEntry } from './states.js';
import { documentSymbol, resolutionKey } from './symbols.js';

/**
 * unsc-vetoes: the list of vetoes the UN Dag Hammarskjöld Library keeps
 * (date, draft, meeting record, agenda item and the permanent members that
 * voted against), in either CSV form: a column naming the vetoing members
 * ("China, Russian Federation"), or one 1/0 column per permanent member
 * (China, France, Russia, USSR, UK, USA). Each draft becomes a Resolution
 * with status VETOED, considered by the Council, with a VETOED edge from
 * each vetoing state; the USSR is its own state (state:SUN).
 */

/** Each field under the names veto lists give it. */
const NAMES = {
  date: ['date', 'date of vote', 'vote date'],
  draft: ['draft', 'draft resolution', 'draft symbol', 'draft resolution symbol', 'document'],
  meeting: ['meeting', 'meeting record', 'meeting record symbol', 'meeting symbol'],
  agenda: ['agenda', 'agenda item', 'agenda item title', 'subject', 'item'],
  members: [
    'permanent member casting negative vote',
    'permanent members casting negative vote',
    'permanent member(s) casting negative vote',
    'vetoed by',
    'vetoing member',
    'vetoing members',
    'vetoing member(s)',
    'members',
    'member',
    'negative votes',
  ],
} as const;

type Field = keyof typeof NAMES;

interface Layout {
  width: number;
  columns: Partial<Record<Field, number>>;
  /** The one-column-per-member form: each column's state. */
  memberColumns: { index: number; state: StateEntry }[];
}

function recognise(cells: string[], states: StateTable): Layout | null {
  const columns: Partial<Record<Field, number>> = {};
  const memberColumns: Layout['memberColumns'] = [];
  cells.forEach((cell, index) => {
    const name = foldColumn(cell);
    const field = (Object.keys(NAMES) as Field[]).find((f) => (NAMES[f] as readonly string[]).includes(name));
    if (field && columns[field] === undefined) {
      columns[field] = index;
      return;
    }
    const state = name ? states.name(cell) : null;
    if (state) memberColumns.push({ index, state });
  });
  if (columns.date === undefined || columns.draft === undefined) return null;
  if (columns.members === undefined && memberColumns.length === 0) return null;
  return { width: cells.length, columns, memberColumns };
}

/** Drafts in one cell: "S/2022/720", or several separated by commas, semicolons or "and". */
function draftsIn(text: string): string[] {
  return text.split(/\s*(?:[,;\n]|\band\b)\s*/).filter(Boolean);
}

/**
 * The members one cell names: "China, Russian Federation", "USSR and
 * France", or one name with "and" in it ("United Kingdom of Great Britain
 * and Northern Ireland"). A name the table does not know comes back as text.
 */
function membersIn(text: string, states: StateTable): StateEntry[] | string {
  const whole = states.name(text);
  if (whole) return [whole];
  const members: StateEntry[] = [];
  for (const part of text.split(/\s*[,;\n&/]\s*/).filter(Boolean)) {
    const named = states.name(part);
    if (named) {
      members.push(named);
      continue;
    }
    for (const piece of part.split(/\s+and\s+/i)) {
      const state = states.name(piece);
      if (!state) return piece;
      members.push(state);
    }
  }
  return members;
}

function mapper(layout: Layout, context: MapContext): Mapper {
  const { states } = context;
  const { columns } = layout;
  return {
    row(row, out) {
      if (!hasWidth(row, layout.width, out)) return;
      const cell = (i: number | undefined) => cellAt(row.cells, i);
      const date = dateAt(row, columns.date, out);
      if (!date) return;
      const rawDrafts = cell(columns.draft);
      if (!rawDrafts) return out.skip(row.line, 'no draft symbol');
      const drafts = draftsIn(rawDrafts).map((d) => [d, documentSymbol(d)] as const);
      const unreadable = drafts.find(([, symbol]) => !symbol);
      if (unreadable) return out.skip(row.line, 'unreadable draft symbol', unreadable[0]);

      const vetoers: StateEntry[] = [];
      if (columns.members !== undefined) {
        const named = membersIn(cell(columns.members) ?? '', states);
        if (typeof named === 'string') return out.skip(row.line, 'unknown state', named);
        vetoers.push(...named);
      } else {
        for (const { index, state } of layout.memberColumns) {
          const value = cell(index);
          const vetoed = parseFlag(value);
          if (vetoed === null) return out.skip(row.line, 'unreadable member column', `${row.cells[index]}: ${value}`);
          if (vetoed) vetoers.push(state);
        }
      }
      if (vetoers.length === 0) return out.skip(row.line, 'no vetoing member');

      for (const [, draft] of drafts) {
        const symbol = draft!;
        const key = resolutionKey(symbol);
        const nodes: NodeRow[] = [
          {
            key,
            type: 'Resolution',
            props: { meeting: cell(columns.meeting), agenda: cell(columns.agenda) },
            fill: { name: `Draft resolution ${symbol}`, symbol, date, status: 'VETOED' },
            aliases: [],
          },
          SECURITY_COUNCIL,
          ...vetoers.map(StateTable.node),
        ];
        const links: LinkRow[] = [
          consideredByCouncil(key),
          ...vetoers.map((state): LinkRow => ({
            type: 'VETOED',
            from: StateTable.key(state),
            to: key,
            props: {},
            fill: {},
          })),
        ];
        out.record({ record: symbol, line: row.line, period: { start: date, end: date }, nodes, links });
      }
    },
    end() {},
  };
}

export function unscVetoes(): ImportSource<Layout> {
  return {
    name: 'unsc-vetoes',
    title: 'a list of Security Council vetoes',
    dataset: {
      name: 'Security Council - Veto List',
      publisher: 'United Nations Dag Hammarskjöld Library',
      url: 'https://research.un.org/en/docs/sc/quick/veto',
    },
    expected:
      'Date,Draft,Meeting record,Agenda item,Permanent member casting negative vote (or one 1/0 column per member: China,France,Russia,USSR,UK,USA)',
    recognise: (cells) => recognise(cells, stateTable()),
    mapper,
  };
}
