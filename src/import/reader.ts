import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { parse, type Info } from 'csv-parse';
import type { Row } from './source.js';

/**
 * Streams the rows of a delimited file as the publishers write them: UTF-8
 * or Latin-1 (told apart from the first bytes), with or without a byte
 * order mark, quoted cells across lines, ragged rows kept as they are (the
 * mapper checks the count against the header). Rows come one at a time, so
 * memory stays flat whatever the file's size.
 */

export type Encoding = 'utf-8' | 'latin-1';

/** How much of the start of a file decides its encoding. */
const SAMPLE_BYTES = 1 << 20;

/**
 * UTF-8 when the first megabyte decodes as UTF-8, else Latin-1 (read as
 * Windows-1252, its superset, which Excel and SIPRI's exports write).
 */
export async function detectEncoding(file: string): Promise<Encoding> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    try {
      // stream: true accepts a character cut short at the end of the sample.
      new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead), { stream: true });
      return 'utf-8';
    } catch {
      return 'latin-1';
    }
  } finally {
    await handle.close();
  }
}

/** Bytes to text in the file's encoding, counting the bytes for the progress bar. */
class Decoder extends Transform {
  bytes = 0;
  private readonly decoder: TextDecoder;

  constructor(encoding: Encoding) {
    super({ decodeStrings: true, readableObjectMode: false });
    this.decoder = new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'windows-1252');
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null, text?: string) => void) {
    this.bytes += chunk.length;
    done(null, this.decoder.decode(chunk, { stream: true }));
  }

  override _flush(done: (err?: Error | null, text?: string) => void) {
    done(null, this.decoder.decode());
  }
}

/** A CSV error the parser skipped past (an unclosed quote): reported like any malformed row. */
export interface ParseSkip {
  line: number;
  reason: string;
}

export interface OpenedRows {
  file: string;
  encoding: Encoding;
  size: number;
  rows: AsyncIterable<Row>;
  /** Bytes read so far. */
  bytesRead(): number;
  /** Rows the CSV parser could not read, as it met them. */
  onParseSkip(listener: (skip: ParseSkip) => void): void;
  /** Stops reading (after the header check, or on failure). */
  close(): void;
}

/** The raw bytes of a file (one place to add a compressed format). */
export function openBytes(file: string): Readable {
  return createReadStream(file, { highWaterMark: 1 << 16 });
}

function newlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n += 1;
  return n;
}

export async function openRows(file: string, options: { delimiter?: string } = {}): Promise<OpenedRows> {
  const [encoding, info] = await Promise.all([detectEncoding(file), stat(file)]);
  const bytes = openBytes(file);
  const decoder = new Decoder(encoding);
  let listener: (skip: ParseSkip) => void = () => {};
  const parser = parse({
    delimiter: options.delimiter ?? ',',
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      listener({ line: Number(err?.lines ?? 0), reason: `unreadable CSV: ${err?.message ?? 'malformed row'}` });
      return undefined;
    },
  });
  bytes.on('error', (err) => parser.destroy(err));
  decoder.on('error', (err) => parser.destroy(err));
  bytes.pipe(decoder).pipe(parser);

  async function* rows(): AsyncGenerator<Row> {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      // info.lines is where the record ends; a quoted cell may have spanned lines.
      yield { line: info.lines - newlines(record), cells: record };
    }
  }

  return {
    file,
    encoding,
    size: info.size,
    rows: rows(),
    bytesRead: () => decoder.bytes,
    onParseSkip: (l) => {
      listener = l;
    },
    close: () => {
      bytes.destroy();
      parser.destroy();
    },
  };
}
