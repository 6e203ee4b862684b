import pino from 'pino';

/** One structured logger for the process; level from LOG_LEVEL. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info') {
  return pino({ level, base: undefined, redact: ['req.headers.authorization', 'authorization'] });
}

export type Logger = ReturnType<typeof createLogger>;

/** Start-up progress for a person at a terminal: one line per slow step, with its time. */
export function progress(step: string): (detail?: string) => void {
  const started = performance.now();
  process.stdout.write(`… ${step}\n`);
  return (detail) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`✓ ${step}${detail ? ` (${detail})` : ''} in ${seconds}s\n`);
  };
}
