import type { CorpusText, RecordedEntity } from './reference.js';
import { precisionOf, recallOf, total, type Counts, type Score, type Triple } from './score.js';

/** The scorer's tables and lists, in Markdown, as `npm run extract:score` prints them. */

const pct = (n: number) => n.toFixed(2);
const ratio = (n: number, d: number) => `${pct(d ? n / d : 0)} (${n}/${d})`;

function describe(t: Triple) {
  const side = t.onBehalfOf ? `${t.speaker} (for ${t.onBehalfOf})` : t.speaker;
  return `${side} ${t.kind} ${t.target ?? '(no target)'}: ${t.allegation.slice(0, 90)}`;
}

/** A missed entity as its type, key and name, with what it is matched on when that is more than a name. */
function describeEntity(e: RecordedEntity) {
  const detail =
    e.type === 'WeaponsTransfer'
      ? ` [${e.supplier ?? '?'} -> ${e.recipient ?? '?'}${e.weapon ? `, ${e.weapon}` : ''}]`
      : e.type === 'Event'
        ? ` [${e.category ?? '?'}, ${e.date ?? 'no date'}]`
        : '';
  return `${e.type} ${e.key}: ${e.name}${detail}`;
}

/** What a score misses: its claims, its false claims and, when asked for, the entities it does not name. */
function errors(s: Score, showEntities = false): string[] {
  return [
    `Misses (${s.misses.length}): recorded claims the draft does not have`,
    ...s.misses.map((t) => `  - ${describe(t)}`),
    `False positives (${s.falsePositives.length}): draft claims not recorded`,
    ...s.falsePositives.map((t) => `  - ${describe(t)}`),
    ...(showEntities
      ? [
          `Missed entities (${s.missedEntities.length}): recorded entities the draft does not name`,
          ...s.missedEntities.map((e) => `  - ${describeEntity(e)}`),
        ]
      : []),
  ];
}

export function formatScore(s: Score, file: string, showEntities = false): string {
  const lines = [
    `Extractor scored against ${file}`,
    '',
    '| measure | value | target |',
    '|---|---:|---|',
    `| claim precision (speaker side, kind, target) | ${ratio(s.matchedDraft, s.draftTriples)} | ≥ 0.80 ${s.precision >= 0.8 ? 'met' : 'missed'} |`,
    `| claim recall | ${ratio(s.matchedCurated, s.curatedTriples)} | ≥ 0.70 ${s.recall >= 0.7 ? 'met' : 'missed'} |`,
    `| entity recall | ${ratio(s.entitiesFound, s.entities)} | |`,
    ...Object.entries(s.byType).map(([type, r]) => `| entity recall: ${type} | ${r.found}/${r.total} | |`),
    `| claims' about (transfers, resolutions, events) | ${ratio(s.aboutFound, s.about)} | |`,
    '',
    ...errors(s, showEntities),
  ];
  return `${lines.join('\n')}\n`;
}

const HEADER = [
  '| texts | style | claim precision | claim recall | entity recall | about |',
  '|---|---|---:|---:|---:|---:|',
];

function row(label: string, style: string, t: Counts) {
  return `| ${label} | ${style} | ${ratio(t.matchedDraft, t.draftTriples)} | ${ratio(t.matchedCurated, t.curatedTriples)} | ${ratio(t.entitiesFound, t.entities)} | ${ratio(t.aboutFound, t.about)} |`;
}

export interface Result {
  text: CorpusText;
  score: Score;
}

/** The figures of a group of texts, overall and per style. */
export function byStyle(results: Result[]): { style: string; counts: Counts }[] {
  const styles = [...new Set(results.map((r) => r.text.style))].sort();
  return [
    { style: 'all', counts: total(results.map((r) => r.score)) },
    ...styles.map((style) => ({
      style,
      counts: total(results.filter((r) => r.text.style === style).map((r) => r.score)),
    })),
  ];
}

/**
 * The corpus: a row per development text, then the development and
 * held-out texts overall and per style. What fails in a held-out text (its
 * row, misses and false positives) is printed only when asked for, so that
 * those texts can stay unseen while rules are written. With `showEntities`
 * each text's missed entities follow its claim failures.
 */
export function formatCorpus(dir: string, results: Result[], showHeldOut: boolean, showEntities = false): string {
  const tuned = results.filter((r) => !r.text.heldOut);
  const heldOut = results.filter((r) => r.text.heldOut);
  const shown = showHeldOut ? results : tuned;
  const lines = [
    `Extractor scored on the corpus (${dir})`,
    '',
    ...HEADER,
    ...shown.map((r) => row(`${r.text.name}${r.text.heldOut ? ' (held out)' : ''}`, r.text.style, total([r.score]))),
    '',
    ...HEADER,
    ...byStyle(tuned).map((s) => row(`development (${tuned.length} texts)`, s.style, s.counts)),
    ...(heldOut.length
      ? byStyle(heldOut).map((s) => row(`held out (${heldOut.length} texts)`, s.style, s.counts))
      : []),
    '',
  ];
  for (const r of shown) lines.push(`${r.text.name}:`, ...errors(r.score, showEntities).map((l) => `  ${l}`), '');
  if (heldOut.length && !showHeldOut)
    lines.push(`What fails in the ${heldOut.length} held-out texts is not shown (--show-held-out shows it).`);
  return `${lines.join('\n')}\n`;
}

export { precisionOf, recallOf };
