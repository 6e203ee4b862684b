/**
 * The domain vocabulary: the kinds of entity, claim and relationship, their
 * categories and statuses, and the shape of keys. Defined here once; ingest,
 * the GraphQL schema, the extractor and the importers all read it.
 */
export * from './vocabulary.js';
export * from './entities.js';
export * from './claims.js';
export * from './relationships.js';
export * from './keys.js';
export * from './links.js';
