import { z } from 'zod';
import { dataTable } from './tables.js';

/**
 * Companies by the last word of their names (companies.json): "Mitsubishi Heavy Industries", "ThyssenKrupp Marine
 * Systems". The words join the heads the mention finder builds the names of bodies on; a company so named is an
 * organization located in the state named as its owner, never a part of it.
 */
const table = z
  .object({ about: z.string(), heads: z.array(z.string()).min(1), notCompanies: z.array(z.string()) })
  .parse(dataTable('companies.json'));

/** The heads of company names, longest first, as an alternation for a pattern. */
export const COMPANY_HEAD = [...table.heads].sort((a, b) => b.length - a.length).join('|');

/** Whether a body's name is a company's: it ends on one of the heads. */
export const COMPANY_NAME = new RegExp(`\\b(?:${COMPANY_HEAD})$`, 'u');

/** Names that end like a company's but name a kind of weapon ("Air Defence Systems"). */
export const NOT_COMPANY = new RegExp(`\\b(?:${table.notCompanies.join('|')})$`, 'u');
