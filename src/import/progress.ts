import { basename } from 'node:path';
import cliProgress from 'cli-progress';

/**
 * Progress of one file: on a terminal, a bar over the file's bytes with
 * the rows read, rows per second and the time left; elsewhere (a log, a
 * pipe) nothing until the file's one summary line.
 */

export interface Progress {
  update(bytes: number, rows: number): void;
  stop(): void;
}

const QUIET: Progress = { update: () => {}, stop: () => {} };

export function progressFor(file: string, size: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return QUIET;
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${basename(file)} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(size, 1), 0, { rows: 0, rate: 0 });
  return {
    update(bytes, rows) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(Math.min(bytes, size), { rows, rate: seconds > 0 ? Math.round(rows / seconds) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}
