import { z } from 'zod';
import type { Entities } from '../entities.js';
import { dataTable } from '../tables.js';

/**
 * "⟨Croatian⟩ officers entered our waters", "⟨Honduran⟩ sailors boarded
 * our boats": a state's people named by what they are belong to the
 * service of that state the text names (its police, its navy), which is
 * whom the wrong is laid on; the state when the text names none.
 * The doers' nouns and the services' names are data (said.json).
 */

const rows = z
  .object({ services: z.object({ rows: z.array(z.object({ doers: z.string(), service: z.string() })).min(1) }) })
  .parse(dataTable('said.json')).services.rows;

const table = rows.map((r) => ({
  doers: new RegExp(String.raw`^(?:[\w-]+ )?(?:${r.doers})\b`, 'i'),
  service: new RegExp(String.raw`\b(?:${r.service})\b`, 'i'),
}));

/** The service of `state` the words after its demonym name ("officers ..." → its police), if the text names one. */
export function serviceOf(entities: Entities, state: string, after: string): string | null {
  const row = table.find((r) => r.doers.test(after.trimStart()));
  if (!row) return null;
  const services = entities.partOf
    .filter((l) => l.to === state && row.service.test(entities.get(l.from)?.name ?? ''))
    .map((l) => l.from);
  return services.length === 1 ? services[0]! : null;
}
