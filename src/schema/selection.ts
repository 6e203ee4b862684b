import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a query asks for beneath a field, read from the resolver's info so a
 * statement fetches only that: the names of the fields selected at a path
 * (`edges.node`), through fragments and inline fragments of every type
 * condition. Directives are not evaluated, so the answer is a superset of
 * what runs, never less. The result is kept per field node of the parsed
 * document, which the server reuses for every request with the same text.
 */

type Fragments = Record<string, FragmentDefinitionNode>;

function collect(set: SelectionSetNode | undefined, fragments: Fragments, out: FieldNode[], seen: Set<string>) {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet, fragments, out, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      collect(fragments[selection.name.value]?.selectionSet, fragments, out, seen);
    }
  }
}

/** The fields selected directly beneath `nodes`, by field name (aliases merged). */
function children(nodes: readonly FieldNode[], fragments: Fragments): Map<string, FieldNode[]> {
  const found: FieldNode[] = [];
  for (const node of nodes) collect(node.selectionSet, fragments, found, new Set());
  const byName = new Map<string, FieldNode[]>();
  for (const field of found) {
    const list = byName.get(field.name.value);
    if (list) list.push(field);
    else byName.set(field.name.value, [field]);
  }
  return byName;
}

/** A selection beneath a field, to walk down and ask about. */
export class Selection {
  private fields?: Map<string, FieldNode[]>;

  constructor(
    private readonly nodes: readonly FieldNode[],
    private readonly fragments: Fragments,
  ) {}

  private get byName(): Map<string, FieldNode[]> {
    return (this.fields ??= children(this.nodes, this.fragments));
  }

  /** Is any of these fields selected here? */
  has(...names: string[]): boolean {
    return names.some((name) => this.byName.has(name));
  }

  /** The selection beneath these fields (merged), one level down. */
  at(...names: string[]): Selection {
    return new Selection(
      names.flatMap((name) => this.byName.get(name) ?? []),
      this.fragments,
    );
  }

  /** Is anything selected here beyond these fields? */
  asksBeyond(allowed: ReadonlySet<string>): boolean {
    for (const name of this.byName.keys()) if (!allowed.has(name)) return true;
    return false;
  }
}

const memo = new WeakMap<FieldNode, Map<string, unknown>>();

/**
 * Computes `derive(selection)` once per field node and purpose: the same
 * document asks the same thing every time it runs.
 */
export function fromSelection<T>(info: GraphQLResolveInfo, purpose: string, derive: (selection: Selection) => T): T {
  const first = info.fieldNodes[0]!;
  let byPurpose = memo.get(first);
  if (!byPurpose) memo.set(first, (byPurpose = new Map()));
  if (byPurpose.has(purpose)) return byPurpose.get(purpose) as T;
  const value = derive(new Selection(info.fieldNodes, info.fragments));
  byPurpose.set(purpose, value);
  return value;
}
