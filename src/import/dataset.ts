import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DATASET_KEY_PREFIX } from '../domain/index.js';
import { parseDate } from './dates.js';
import { slugOf } from './names.js';
import type { ImportSource } from './source.js';

/**
 * The Dataset node of an imported file (docs/model.md, "Imported records"):
 * its key names the source and the file, so a newer export (another file)
 * is another Dataset, and the records it changes name it.
 */

export interface DatasetRow {
  key: string;
  source: string;
  name: string;
  publisher: string;
  file: string;
  asOf: string;
  url: string;
}

/** `dataset:sipri-trade-register-2024-csv`. */
export function datasetKey(source: string, file: string): string {
  return `${DATASET_KEY_PREFIX}:${source}-${slugOf(basename(file), 160)}`;
}

/** What every key of this source's datasets starts with. */
export function datasetPrefix(source: string): string {
  return `${DATASET_KEY_PREFIX}:${source}-`;
}

/** A date in the file's name: `…2024-03-28…`, `…20240328…`. */
function dateInName(file: string): string | null {
  const m = /(?<!\d)((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?!\d)/.exec(basename(file));
  return m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/**
 * As of when the export is: the date its title lines give, else a date in
 * its name, else the day the file was last written.
 */
export async function describeDataset(
  source: ImportSource<unknown>,
  file: string,
  titleLines: string[][],
): Promise<DatasetRow> {
  const asOf = source.asOf?.(titleLines) ?? dateInName(file) ?? (await stat(file)).mtime.toISOString().slice(0, 10);
  return {
    key: datasetKey(source.name, file),
    source: source.name,
    name: source.dataset.name,
    publisher: source.dataset.publisher,
    file: basename(file),
    asOf,
    url: source.dataset.url,
  };
}
