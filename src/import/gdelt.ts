import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { ARTICLE_KEY_PREFIX, CLAIM_KEY_PREFIX, type ClaimOrigin } from '../domain/index.js';
import { CameoTables } from './cameo.js';
import { parseDate } from './dates.js';
import type { CodedClaimProps, GraphRecord, ImportSource, MapContext, Mapper, Output, Row } from './source.js';
import { int } from './writer.js';

/**
 * gdelt: GDELT 2.0 event exports as GDELT publishes them every 15 minutes,
 * `YYYYMMDDHHMMSS.export.CSV` or its `.zip`: tab-separated, no header, no
 * quoting, 61 columns in the order of GDELT's Event Codebook (V2.0). Each
 * event whose CAMEO code is a claim (data/import/cameo-claims.csv) and
 * whose two actors resolve to a state or an organization becomes one
 * CODED claim, `claim:gdelt-<GLOBALEVENTID>`, made by actor 1 against
 * actor 2 on the event's day, with the article GDELT coded it from as its
 * source and GDELT's measures kept on it.
 */

const WIDTH = 61;

/** The columns read, by their place in the codebook's order (0-based). */
const COLUMN = {
  id: 0,
  day: 1,
  actor1Country: 7,
  actor1Group: 8,
  actor2Country: 17,
  actor2Group: 18,
  isRootEvent: 25,
  eventCode: 26,
  goldstein: 30,
  numMentions: 31,
  numSources: 32,
  numArticles: 33,
  avgTone: 34,
  sourceUrl: 60,
} as const;

const CODED: ClaimOrigin = 'CODED';

/** An export's first row: 61 cells, an event id and a day as YYYYMMDD. */
function isEventRow(cells: string[]): boolean {
  return cells.length === WIDTH && /^\d+$/.test(cells[COLUMN.id]!) && /^\d{8}$/.test(cells[COLUMN.day]!);
}

/**
 * The key of the article at a URL: the same URL is the same article,
 * whichever event or file names it, so it is derived from the URL alone.
 */
export function urlArticleKey(url: string): string {
  return `${ARTICLE_KEY_PREFIX}:url-${createHash('sha256').update(url).digest('hex').slice(0, 24)}`;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** `20240615`, `20240615123000.export.CSV.zip` → `2024-06-15T12:30:00Z`, the time GDELT wrote the export. */
function exportTime(file: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\./.exec(basename(file));
  if (!m) return null;
  const day = parseDate(`${m[1]}-${m[2]}-${m[3]}`);
  return day ? `${day}T${m[4]}:${m[5]}:${m[6]}Z` : null;
}

const number = (text: string): number | null => {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
};

const count = (text: string): unknown => {
  const value = number(text);
  return value === null || !Number.isInteger(value) ? null : int(value);
};

/** GDELT's own measures of an event, kept on its claim; an empty or unreadable one is left out. */
function measures(cells: string[]): Partial<CodedClaimProps> {
  const values: Record<string, unknown> = {
    eventCode: cells[COLUMN.eventCode],
    rootEvent: cells[COLUMN.isRootEvent] === '1',
    goldstein: number(cells[COLUMN.goldstein]!),
    avgTone: number(cells[COLUMN.avgTone]!),
    numMentions: count(cells[COLUMN.numMentions]!),
    numSources: count(cells[COLUMN.numSources]!),
    numArticles: count(cells[COLUMN.numArticles]!),
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)) as Partial<CodedClaimProps>;
}

function gdeltMapper(context: MapContext): Mapper {
  const cameo = new CameoTables(context.states);
  return {
    row({ line, cells }: Row, out: Output) {
      if (cells.length !== WIDTH) {
        out.skip(line, 'wrong number of columns', `${cells.length} cells, GDELT 2.0 events have ${WIDTH}`);
        return;
      }
      const id = cells[COLUMN.id]!;
      if (!/^\d+$/.test(id)) return out.skip(line, 'unreadable GLOBALEVENTID', id);
      const day = /^\d{8}$/.test(cells[COLUMN.day]!) ? parseDate(cells[COLUMN.day]) : null;
      if (!day) return out.skip(line, 'unparseable date', cells[COLUMN.day]);
      // Event codes are strings with their leading zeros (016, 0871), never numbers.
      const code = cells[COLUMN.eventCode]!;
      if (!/^\d{3,4}$/.test(code)) return out.skip(line, 'unknown event code', code);
      const coding = cameo.claim(code);
      if (!coding) return out.skip(line, 'not a claim (event code not in cameo-claims.csv)', code, false);
      const url = cells[COLUMN.sourceUrl]!.trim();
      if (!/^https?:\/\/\S+$/i.test(url)) return out.skip(line, 'no source URL', url);

      const speaker = cameo.actor(cells[COLUMN.actor1Country]!, cells[COLUMN.actor1Group]!);
      if ('reason' in speaker) return out.skip(line, `actor 1 ${speaker.reason}`, speaker.detail, false);
      const target = cameo.actor(cells[COLUMN.actor2Country]!, cells[COLUMN.actor2Group]!);
      if ('reason' in target) return out.skip(line, `actor 2 ${target.reason}`, target.detail, false);
      // A government criticised at home by its opposition is coded as one state on both sides: no claim between two.
      if (speaker.node.key === target.node.key)
        return out.skip(line, 'both actors are the same entity', speaker.node.key, false);

      const article = urlArticleKey(url);
      const record: GraphRecord = {
        record: id,
        // GDELT codes several events from one story, one after another.
        group: article,
        line,
        period: { start: day, end: day },
        nodes: [speaker.node, target.node],
        links: [],
        claims: [
          {
            key: `${CLAIM_KEY_PREFIX}:gdelt-${id}`,
            props: { kind: coding.kind, origin: CODED, allegation: coding.allegation, madeOn: day, ...measures(cells) },
            speaker: speaker.node.key,
            target: target.node.key,
            article: { key: article, url, publisher: hostOf(url) },
          },
        ],
      };
      out.record(record);
    },
    end() {},
  };
}

export function gdelt(): ImportSource<true> {
  return {
    name: 'gdelt',
    title: 'a GDELT 2.0 event export (YYYYMMDDHHMMSS.export.CSV, tab-separated, 61 columns)',
    dataset: {
      name: 'GDELT 2.0 Event Database',
      publisher: 'The GDELT Project',
      url: 'https://www.gdeltproject.org/data.html#rawdatafiles',
    },
    expected: 'GLOBALEVENTID<TAB>SQLDATE (YYYYMMDD)<TAB>MonthYear<TAB>… 61 tab-separated columns, no header',
    delimiter: '\t',
    quote: false,
    headerless: true,
    recognise: (cells) => (isEventRow(cells) ? true : null),
    asOf: (_titleLines, file) => (file ? exportTime(file) : null),
    mapper: (_layout, context) => gdeltMapper(context),
  };
}
