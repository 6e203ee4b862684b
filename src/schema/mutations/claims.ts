import { builder } from '../builder.js';
import { clientError } from '../../errors.js';
import { claimSchema, quoteProblem } from '../../ingest/document.js';
import { CLAIM_ROLES } from '../../domain/index.js';
import { ClaimKindEnum } from '../claim.js';
import { ClaimRef } from '../refs.js';
import { toNode, type ClaimNode } from '../shapes.js';
import { ChangeLog } from '../../history/change-log.js';
import {
  announced,
  checkReadableKey,
  checkReferences,
  Issues,
  lookup,
  refKey,
  updatedEntities,
  writeLinks,
  type Expected,
  type LinkRow,
  type NodeWriteRow,
} from './common.js';

/**
 * Claims: who said what about whom, always tied to the article that reports
 * it and, where there is one, the verbatim quote found in that article.
 */

const AddClaimInput = builder.inputType('AddClaimInput', {
  description:
    'A claim reported in an article that is already in the graph. Every entity it names must be in the graph too. A claim whose key exists is merged as ingest merges it: its properties replaced where given, targets, subjects and sources added.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: 'Its stable key: `claim:` and a slug, e.g. `claim:wood-accuses-russia-2024-06-28`.',
    }),
    kind: t.field({
      type: ClaimKindEnum,
      required: true,
      description: 'What the claim does: accuse, deny, criticise, demand, ...',
    }),
    speaker: t.id({ required: true, description: 'Who made it: a person, state or organization (key or id).' }),
    onBehalfOf: t.id({
      required: false,
      description: 'The state or organization the speaker spoke for (an ambassador’s state).',
    }),
    targets: t.idList({ required: false, description: 'Who or what it is aimed at: the accused, the criticised.' }),
    allegation: t.string({ required: true, description: 'What is claimed, in a short phrase.' }),
    about: t.idList({ required: false, description: 'What it is about: a transfer, resolutions, an event.' }),
    madeOn: t.string({ required: false, description: 'When it was made: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    quote: t.string({
      required: false,
      description:
        'The speaker’s words, verbatim: they must occur in the source article’s text (white space, quote marks and dashes may differ).',
    }),
    answers: t.id({
      required: false,
      description: 'The claim this one answers, already in the graph (for a denial, the accusation).',
    }),
    source: t.id({
      required: true,
      description: 'The article that reports it, already in the graph (key or id). Every claim has one.',
    }),
  }),
});

interface AddClaimResult {
  claim: ClaimNode;
  created: boolean;
  changed: boolean;
  change: string | null;
}

const AddClaimPayload = builder.objectRef<AddClaimResult>('AddClaimPayload').implement({
  description: 'The claim as it now stands, and what the mutation did.',
  fields: (t) => ({
    claim: t.field({
      type: ClaimRef,
      description: 'The claim, as stored, with its speaker, targets and source.',
      resolve: (r) => r.claim,
    }),
    created: t.exposeBoolean('created', { description: 'True when no claim had this key before.' }),
    changed: t.exposeBoolean('changed', {
      description: 'True when anything was written; false when the graph already said all of it.',
    }),
  }),
});

/** Input field names where the document's differ. */
const INPUT_FIELD: Record<string, string> = { target: 'targets', sources: 'source' };

builder.mutationField('addClaim', (t) =>
  t.authField({
    type: AddClaimPayload,
    description:
      'Adds a claim with its speaker, targets, subjects, source and quote, in one transaction. Needs the editor role.',
    args: { input: t.arg({ type: AddClaimInput, required: true, description: 'The claim.' }) },
    authScopes: { role: 'editor' },
    resolve: async (_root, { input }, ctx) => {
      const caller = ctx.caller;
      const issues = new Issues();
      const ref = (id: string | null | undefined, path: string) =>
        id == null ? null : (refKey(id, path, issues) ?? null);
      const speaker = ref(input.speaker, 'input.speaker');
      const onBehalfOf = ref(input.onBehalfOf, 'input.onBehalfOf');
      const targets = (input.targets ?? []).map((id, i) => ref(id, `input.targets[${i}]`));
      const about = (input.about ?? []).map((id, i) => ref(id, `input.about[${i}]`));
      const answers = ref(input.answers, 'input.answers');
      const source = ref(input.source, 'input.source');
      issues.throwIfAny();

      // The ingest document's rules for a claim, on the claim in its shape.
      const parsed = claimSchema.safeParse(
        {
          key: input.key,
          kind: input.kind,
          speaker,
          onBehalfOf,
          target: targets.length ? targets : null,
          allegation: input.allegation,
          about,
          madeOn: input.madeOn,
          quote: input.quote,
          answers,
          sources: [source],
        },
        { reportInput: true },
      );
      if (!parsed.success) {
        issues.addZod(parsed.error.issues, ([head, ...rest]) =>
          head === 'sources' ? ['input', 'source'] : ['input', INPUT_FIELD[String(head)] ?? head!, ...rest],
        );
      }
      checkReadableKey(input.key, 'input.key', issues);
      if (answers && answers === input.key) issues.add('input.answers', 'a claim cannot answer itself');
      issues.throwIfAny();
      const claim = parsed.data!;

      const expected: Expected[] = [
        { key: speaker!, path: 'input.speaker', allowed: CLAIM_ROLES.speaker, role: 'a speaker' },
        ...(onBehalfOf
          ? [{ key: onBehalfOf, path: 'input.onBehalfOf', allowed: CLAIM_ROLES.onBehalfOf, role: 'onBehalfOf' }]
          : []),
        ...targets.map((k, i) => ({
          key: k!,
          path: `input.targets[${i}]`,
          allowed: CLAIM_ROLES.target,
          role: 'a target',
        })),
        ...about.map((k, i) => ({ key: k!, path: `input.about[${i}]`, allowed: CLAIM_ROLES.about, role: 'about' })),
        ...(answers ? [{ key: answers, path: 'input.answers', allowed: ['Claim'], role: 'the claim answered' }] : []),
        { key: source!, path: 'input.source', allowed: ['Article'], role: 'a source' },
      ];

      return announced(
        ctx,
        'addClaim',
        await ctx.graph.writeTransaction(async (tx) => {
          const found = await lookup(tx, [claim.key, ...expected.map((e) => e.key)]);
          const refused = new Issues();
          checkReferences(found, expected, refused);
          const article = found.get(source!);
          if (claim.quote && article?.label === 'Article') {
            const problem = article.text
              ? quoteProblem(claim.quote, article.text)
              : `source ${source} has no text to find the quote in`;
            if (problem)
              refused.add('input.quote', article.text ? `not found verbatim in source ${source}: ${problem}` : problem);
          }
          refused.throwIfAny();
          // One speaker per claim: a different one means a different claim, or a correction to make first.
          const existing = found.get(claim.key);
          if (existing?.speakers.length && !existing.speakers.includes(speaker!)) {
            throw clientError(
              'CONFLICT',
              `${claim.key} already exists with speaker ${existing.speakers.join(', ')}; choose another key for a claim by ${speaker}`,
              {
                path: 'input.speaker',
              },
            );
          }

          const [row] = await tx.run<NodeWriteRow<ClaimNode>>('write/upsert-claim', {
            key: claim.key,
            props: Object.fromEntries(
              Object.entries({
                kind: claim.kind,
                // A claim added by hand is reported: it cites an article, and its quote is checked against it.
                origin: 'REPORTED',
                allegation: claim.allegation,
                madeOn: claim.madeOn,
                quote: claim.quote,
              }).filter(([, v]) => v != null),
            ),
            actor: caller.subject,
          });
          const log = new ChangeLog();
          if (row!.changed)
            log.node(claim.key, row!.created ? 'created' : 'updated', row!.created ? null : row!.before, row!.node);
          const sources = [source!];
          const link = (type: string, from: string, to: string, linkSources = sources): LinkRow => ({
            type,
            from,
            to,
            sources: linkSources,
            props: {},
          });
          const links = await writeLinks(
            tx,
            [
              link('MADE', speaker!, claim.key),
              ...(onBehalfOf ? [link('ON_BEHALF_OF', claim.key, onBehalfOf)] : []),
              ...[...new Set(targets)].map((k) => link('TARGETS', claim.key, k!)),
              ...[...new Set(about)].map((k) => link('ABOUT', claim.key, k!)),
              ...(answers ? [link('ANSWERS', claim.key, answers)] : []),
              link('SOURCE', claim.key, source!),
            ],
            caller.subject,
            log,
          );
          return {
            claim: toNode<ClaimNode>(row!.node),
            created: row!.created,
            changed: row!.changed || links.some((l) => l.changed),
            change: await log.write(tx, 'addClaim', caller.subject),
          };
        }),
        (r) => {
          if (!r.changed) return null;
          const written = {
            key: claim.key,
            kind: claim.kind,
            origin: 'REPORTED' as const,
            speaker: speaker!,
            onBehalfOf: onBehalfOf ?? null,
            targets: [...new Set(targets as string[])],
          };
          return {
            claims: [{ ...written, status: r.created ? 'created' : 'updated' }],
            entities: updatedEntities([speaker, onBehalfOf, ...targets, ...about]),
          };
        },
      );
    },
  }),
);
