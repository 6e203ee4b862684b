import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import Papa from 'papaparse';
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
  // Through openBytes, so that a zipped file is judged by what it holds.
  const { stream } = openBytes(file);
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= SAMPLE_BYTES) break;
    }
  } finally {
    stream.destroy();
  }
  const sample = Buffer.concat(chunks).subarray(0, SAMPLE_BYTES);
  try {
    // stream: true accepts a character cut short at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'latin-1';
  }
}

/** Bytes to text in the file's encoding. */
class Decoder extends Transform {
  private readonly decoder: TextDecoder;

  constructor(encoding: Encoding) {
    super({ decodeStrings: true, readableObjectMode: false });
    this.decoder = new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'windows-1252');
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null, text?: string) => void) {
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
  /** The lines it spans, when more than one. */
  detail?: string;
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

/**
 * The first file inside a zip archive, inflated as the archive streams in
 * (GDELT publishes each export as `….export.CSV.zip` holding one CSV):
 * nothing is unpacked to disk and nothing is held whole in memory.
 */
class FirstEntry extends Transform {
  private readonly unzip = new Unzip();
  private entry: UnzipFile | null = null;
  private ended = false;

  constructor(private readonly file: string) {
    super();
    this.unzip.register(UnzipInflate);
    this.unzip.onfile = (entry) => {
      if (this.entry) return;
      this.entry = entry;
      entry.ondata = (err, data, final) => {
        if (err) return this.destroy(err);
        if (data.length) this.push(Buffer.from(data.buffer, data.byteOffset, data.length));
        if (final) this.ended = true;
      };
      entry.start();
    };
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null) => void) {
    try {
      this.unzip.push(chunk);
      done();
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: (err?: Error | null) => void) {
    try {
      this.unzip.push(new Uint8Array(0), true);
    } catch (err) {
      return done(err as Error);
    }
    if (!this.entry) return done(new Error(`${this.file} is a zip archive with no file in it`));
    if (!this.ended) return done(new Error(`${this.file}: the zip archive ends before its first file does`));
    done();
  }
}

export const isZip = (file: string) => /\.zip$/i.test(file);

/**
 * The bytes of a file as text will be read from them (a zip archive's
 * first file, inflated as it streams), and how many bytes of the file
 * itself have been read so far, for the progress bar.
 */
export function openBytes(file: string): { stream: Readable; bytesRead: () => number } {
  const raw = createReadStream(file, { highWaterMark: 1 << 16 });
  let read = 0;
  raw.on('data', (chunk) => {
    read += chunk.length;
  });
  if (!isZip(file)) return { stream: raw, bytesRead: () => read };
  const inflated = new FirstEntry(file);
  raw.on('error', (err) => inflated.destroy(err));
  // Stopping the reader stops the file too.
  inflated.on('close', () => raw.destroy());
  return { stream: raw.pipe(inflated), bytesRead: () => read };
}

function newlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n += 1;
  return n;
}

/**
 * The rows of a file that never quotes (GDELT's exports): each line split
 * at the delimiter. There is nothing for a CSV parser to do there, and
 * csv-parse, which reads character by character, took half the importer's
 * time in Node on a GDELT file.
 */
async function* unquotedRows(text: AsyncIterable<string>, delimiter: string): AsyncGenerator<Row> {
  let rest = '';
  let line = 0;
  let first = true;
  const row = (raw: string): Row | null => {
    line += 1;
    let content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (first) {
      first = false;
      if (content.startsWith('\uFEFF')) content = content.slice(1);
    }
    return content === '' ? null : { line, cells: content.split(delimiter) };
  };
  for await (const chunk of text) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const raw of lines) {
      const next = row(raw);
      if (next) yield next;
    }
  }
  const last = rest === '' ? null : row(rest);
  if (last) yield last;
}

export async function openRows(
  file: string,
  options: { delimiter?: string; quote?: string | false } = {},
): Promise<OpenedRows> {
  const [encoding, info] = await Promise.all([detectEncoding(file), stat(file)]);
  const { stream: bytes, bytesRead } = openBytes(file);
  const decoder = new Decoder(encoding);
  if (options.quote === false) {
    bytes.on('error', (err) => decoder.destroy(err));
    // Text out, not the bytes of it again.
    decoder.setEncoding('utf8');
    bytes.pipe(decoder);
    return {
      file,
      encoding,
      size: info.size,
      rows: unquotedRows(decoder, options.delimiter ?? ','),
      bytesRead,
      // A line is always readable: a wrong number of cells is the mapper's to report.
      onParseSkip: () => undefined,
      close: () => {
        bytes.destroy();
        decoder.destroy();
      },
    };
  }
  bytes.on('error', (err) => decoder.destroy(err));
  decoder.setEncoding('utf8');
  bytes.pipe(decoder);
  const quoted = quotedRows(decoder, options.delimiter ?? ',', options.quote ?? '"');
  return {
    file,
    encoding,
    size: info.size,
    rows: quoted.rows,
    bytesRead,
    onParseSkip: (l) => {
      quoted.listener = l;
    },
    close: () => {
      bytes.destroy();
      decoder.destroy();
    },
  };
}

/** Rows parsed and not yet taken past which the text stops flowing until they are. */
const ROWS_AHEAD = 5_000;

/**
 * The rows of a file that quotes, by PapaParse: quoted cells across lines,
 * ragged rows kept as they are, and a row the parser could not read (a
 * quote never closed) reported and skipped. Papa parses a SIPRI export in
 * about a third of the CPU time csv-parse took (0.33 s against 0.9 s for
 * 83,000 rows), most of that the line numbers csv-parse worked out for
 * each record: here they are counted from the rows, as each row takes one
 * line and the line ends inside its cells.
 */
function quotedRows(text: Readable, delimiter: string, quoteChar: string) {
  const ready: Row[] = [];
  let line = 1;
  let done = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const state = {
    listener: (_skip: ParseSkip): void => undefined,
    rows: (async function* (): AsyncGenerator<Row> {
      for (;;) {
        if (ready.length) {
          const taken = ready.splice(0);
          text.resume();
          yield* taken;
        } else if (failure) {
          throw failure;
        } else if (done) {
          return;
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
      }
    })(),
  };
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar,
    chunk(results) {
      const unreadable = new Map(results.errors.map((e) => [e.row, e.message]));
      results.data.forEach((cells, i) => {
        const at = line;
        line += 1 + newlines(cells);
        const error = unreadable.get(i);
        // A quote left open takes the lines after it into its cell: the report says which.
        const detail = line - at > 1 ? `lines ${at} to ${line - 1}` : undefined;
        if (error !== undefined) state.listener({ line: at, reason: `unreadable CSV: ${error}`, detail });
        // An empty line: counted, not a row.
        else if (cells.length > 1 || cells[0] !== '') ready.push({ line: at, cells });
      });
      if (ready.length >= ROWS_AHEAD) text.pause();
      wake?.();
    },
    complete() {
      done = true;
      wake?.();
    },
    error(err) {
      failure = err;
      wake?.();
    },
  });
  return state;
}
