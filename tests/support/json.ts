/**
 * JSON as a test reads it (a GraphQL answer, a log line): fields at any
 * depth, checked by the assertions that read them. A test that wants the
 * compiler to check a shape names it instead, e.g.
 * `app.query<{ entity: { name: string } }>(...)`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read nested fields of many operations' answers; a written type for each would restate every query
export type LooseJson = any;
