import { VOTES, type Vote } from '../domain/index.js';
import { cellAt, dateAt, hasWidth, parseNumber } from './cells.js';
import { consideredByCouncil, SECURITY_COUNCIL } from './council.js';
import { columnsByName } from './header.js';
import type { GraphRecord, ImportSource, MapContext, Mapper } from './source.js';
import { StateTable, type StateEntry } from './states.js';
import { resolutionKey, resolutionName, resolutionSymbol } from './symbols.js';
import { int } from './writer.js';

/**
 * unsc-votes: the UN Dag Hammarskjöld Library's Security Council voting
 * data, one row per member's vote on an adopted resolution. Columns are
 * found by name in any order, and columns added in later versions are
 * ignored. Each row writes its resolution (ADOPTED, considered by the
 * Council), the member state and its VOTED edge; a resolution's fields
 * repeat on each of its rows, so rows may come in any order.
 */

const REQUIRED = ['resolution', 'ms_vote', 'date'] as const;
const OPTIONAL = [
  'undl_id',
  'ms_code',
  'ms_name',
  'permanent_member',
  'draft',
  'meeting',
  'description',
  'title',
  'agenda',
  'agenda_title',
  'subjects',
  'vote_note',
  'modality',
  'total_yes',
  'total_no',
  'total_abstentions',
  'total_non_voting',
  'total_ms',
  'undl_link',
] as const;

type Layout = NonNullable<ReturnType<typeof columnsOf>> & { width: number };

const columnsOf = (cells: string[]) => columnsByName(cells, REQUIRED, OPTIONAL);

/** The Library's codes: Y, N, A, and X or blank for a member that did not vote. */
const VOTE_CODES: Record<string, Vote> = { Y: 'FOR', N: 'AGAINST', A: 'ABSTAIN', X: 'NON_VOTING', '': 'NON_VOTING' };

/** A whole number from a total column (the Library writes "13.0"). */
function count(text: string | null): number | null {
  const n = parseNumber(text);
  return n === null || Number.isNaN(n) ? null : Math.round(n);
}

/** Subject headings, one cell: separated by "|" or ";". */
function headings(text: string | null): string[] | null {
  if (!text) return null;
  const list = text
    .split(/\s*[|;]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : null;
}

/**
 * The member: by name where the table knows it (names tell the USSR from
 * the Russian Federation), else by its code.
 */
function memberOf(states: StateTable, code: string | null, name: string | null): StateEntry | null {
  return (name ? states.name(name) : null) ?? (code ? states.code(code) : null);
}

function mapper(layout: Layout, context: MapContext): Mapper {
  const { states } = context;
  return {
    row(row, out) {
      if (!hasWidth(row, layout.width, out)) return;
      const cell = (i: number | undefined) => cellAt(row.cells, i);
      const rawSymbol = cell(layout.resolution);
      const symbol = resolutionSymbol(rawSymbol);
      if (!symbol) return out.skip(row.line, 'unreadable resolution symbol', rawSymbol ?? '(empty)');
      const date = dateAt(row, layout.date, out);
      if (!date) return;
      const code = (cell(layout.ms_vote) ?? '').toUpperCase();
      const vote = VOTE_CODES[code];
      if (!vote || !VOTES.includes(vote)) return out.skip(row.line, 'unknown vote code', code);
      const msCode = cell(layout.ms_code);
      const msName = cell(layout.ms_name);
      const member = memberOf(states, msCode, msName);
      if (!member) return out.skip(row.line, 'unknown state', `${msCode ?? ''} ${msName ?? ''}`.trim() || '(empty)');

      const key = resolutionKey(symbol);
      const record: GraphRecord = {
        record: cell(layout.undl_id) ?? symbol,
        group: key,
        line: row.line,
        period: { start: date, end: date },
        nodes: [
          {
            key,
            type: 'Resolution',
            props: {
              agenda: cell(layout.agenda) ?? cell(layout.agenda_title),
              subjectHeadings: headings(cell(layout.subjects)),
              meeting: cell(layout.meeting),
              draft: cell(layout.draft),
              modality: cell(layout.modality),
              voteNote: cell(layout.vote_note),
              votesFor: int(count(cell(layout.total_yes))),
              votesAgainst: int(count(cell(layout.total_no))),
              abstentions: int(count(cell(layout.total_abstentions))),
              nonVoting: int(count(cell(layout.total_non_voting))),
              members: int(count(cell(layout.total_ms))),
              url: cell(layout.undl_link),
            },
            fill: {
              name: resolutionName(symbol),
              symbol,
              title: cell(layout.description) ?? cell(layout.title),
              date,
              status: 'ADOPTED',
            },
            aliases: rawSymbol !== symbol && rawSymbol ? [rawSymbol] : [],
          },
          StateTable.node(member),
          SECURITY_COUNCIL,
        ],
        links: [
          { type: 'VOTED', from: StateTable.key(member), to: key, props: {}, fill: { vote } },
          consideredByCouncil(key),
        ],
      };
      out.record(record);
    },
    end() {},
  };
}

export function unscVotes(): ImportSource<Layout> {
  return {
    name: 'unsc-votes',
    title: 'a UN Security Council voting data file',
    dataset: {
      name: 'Security Council voting data',
      publisher: 'United Nations Dag Hammarskjöld Library',
      url: 'https://digitallibrary.un.org/record/4055387',
    },
    expected:
      'undl_id,ms_code,ms_name,permanent_member,ms_vote,date,resolution,draft,meeting,description,agenda,subjects,vote_note,modality,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link',
    recognise(cells) {
      const columns = columnsOf(cells);
      // A member needs a code or a name.
      if (!columns || (columns.ms_code === undefined && columns.ms_name === undefined)) return null;
      return { ...columns, width: cells.length };
    },
    mapper,
  };
}
