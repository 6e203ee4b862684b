import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import './entity.js';
import './actors.js';
import './resolution.js';
import './weapons.js';
import './datasets.js';
import './events.js';
import './claim.js';
import './article.js';
import './search.js';
import './subgraph.js';
import './timeline.js';
import './history.js';
import './mutations/common.js';
import './mutations/ingest.js';
import './mutations/entities.js';
import './mutations/claims.js';
import './mutations/relationships.js';
import './mutations/extract.js';
import './aggregates.js';
import './flows.js';
import './council.js';
import './subscriptions.js';
import './mutations/restore.js';

/** The executable schema, built once from every type family. */
export const schema = builder.toSchema({ sortSchema: true });

/** The SDL committed as schema/schema.graphql. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
