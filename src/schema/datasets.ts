import type { Context } from '../context.js';
import { builder } from './builder.js';
import { stringField } from './entity.js';
import { EntityRef } from './refs.js';

/**
 * The datasets imported records come from (docs/model.md, "Imported
 * records"): one Dataset per imported file, and on every entity an import
 * wrote, the dataset and its id there.
 */

interface DatasetShape {
  key: string;
  source: string;
  name: string;
  publisher: string | null;
  file: string | null;
  asOf: string | null;
  url: string | null;
}

export const DatasetRef = builder.objectRef<DatasetShape>('Dataset').implement({
  description:
    'A public dataset file imported into the graph (the UN Library’s Security Council voting data or veto list, SIPRI’s arms transfers, GDELT’s events), as of the date of its export.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. `dataset:sipri-trade-register-2024.csv`.' }),
    source: t.exposeString('source', {
      description: 'The importer that read it (`unsc-votes`, `unsc-vetoes`, `sipri`, `gdelt`).',
    }),
    name: t.exposeString('name', { description: 'The dataset’s name, e.g. "SIPRI Arms Transfers Database".' }),
    publisher: t.exposeString('publisher', { nullable: true, description: 'Who publishes it.' }),
    file: t.exposeString('file', { nullable: true, description: 'The name of the imported file.' }),
    asOf: t.exposeString('asOf', {
      nullable: true,
      description: 'The date of the export, ISO at its precision.',
    }),
    url: t.exposeString('url', { nullable: true, description: 'The publisher’s page for the dataset.' }),
  }),
});

/** The Dataset a node names, loaded in one batch for every node of the request. */
export async function datasetOf(parent: { dataset?: string }, ctx: Context): Promise<DatasetShape | null> {
  const key = parent.dataset;
  if (typeof key !== 'string') return null;
  const found = await ctx.loaders.parts('read/parts/dataset', key);
  return (found.dataset as DatasetShape | undefined) ?? null;
}

builder.interfaceFields(EntityRef, (t) => ({
  dataset: t.field({
    type: DatasetRef,
    nullable: true,
    description:
      'For an entity a dataset import created or last updated: that dataset file. Null for what only articles say.',
    resolve: (p, _a, ctx) => datasetOf(p, ctx),
  }),
  record: t.string({
    nullable: true,
    description:
      'Its id in that dataset: the Library’s undl_id, SIPRI’s deal id, a veto’s draft symbol (see docs/model.md).',
    resolve: stringField('record'),
  }),
}));
