import { builder } from './builder.js';
import { DatePrecision, dateArg, precisionOf } from './entity.js';
import { keyFromId } from './ids.js';
import { originArgs, originsOf } from './origin.js';
import { toNode, type AnyNode } from './shapes.js';

/** An entity's history: the dated events and claims it is part of, in date order. */
const MAX_TIMELINE = 500;

interface Entry {
  date: string;
  item: AnyNode;
}

const TimelineEntry = builder.objectRef<Entry>('TimelineEntry').implement({
  description: 'One dated moment in an entity’s history: an event or a claim.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'When, ISO 8601 at its precision.' }),
    precision: t.field({
      type: DatePrecision,
      description: 'The precision of the date.',
      resolve: (e) => precisionOf(e.date)!,
    }),
    item: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The Event or Claim (Accusation, Denial, ...); use fragments on them.',
      resolve: (e) => e.item,
    }),
  }),
});

builder.queryField('timeline', (t) =>
  t.field({
    type: [TimelineEntry],
    description: 'The dated events and claims involving an entity, oldest first (at most 500).',
    args: {
      entity: t.arg.id({ required: true, description: 'The entity (global id or key).' }),
      from: t.arg.string({ required: false, description: 'From this date (YYYY, YYYY-MM or YYYY-MM-DD).' }),
      to: t.arg.string({ required: false, description: 'Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).' }),
      ...originArgs,
    },
    resolve: async (_root, args, ctx) => {
      const rows = await ctx.graph.read<{ date: string; item: AnyNode }>('read/timeline', {
        key: keyFromId(args.entity, 'entity'),
        from: dateArg(args.from, 'from'),
        to: dateArg(args.to, 'to'),
        origins: originsOf(args.origin),
        limit: MAX_TIMELINE,
      });
      return rows.map((r) => ({ date: r.date, item: toNode(r.item) }));
    },
  }),
);
