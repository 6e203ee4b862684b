/**
 * The order in which exported documents must be ingested again. Ingest
 * appends a document's article to the `sources` list of every relationship
 * it repeats, so a list [A, B] comes back as it is only when A's document
 * is read before B's. Every such list orders its articles; the rest keep
 * the order given (when each article was last written, then its key).
 */

/** A binary min-heap of positions in the given order. */
class Heap {
  private readonly items: number[] = [];

  get size() {
    return this.items.length;
  }

  push(value: number) {
    const a = this.items;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= a[i]!) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }

  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < a.length && a[l]! < a[smallest]!) smallest = l;
        if (r < a.length && a[r]! < a[smallest]!) smallest = r;
        if (smallest === i) break;
        [a[smallest], a[i]] = [a[i]!, a[smallest]!];
        i = smallest;
      }
    }
    return top;
  }
}

/**
 * `articles` in a order every list agrees with (a topological order, ties
 * kept as given), and how many lists no order can satisfy (when lists
 * disagree, as [A, B] and [B, A]: those come back in the order of the files).
 */
export function ingestOrder(articles: string[], lists: string[][]): { order: string[]; unmet: number } {
  const position = new Map(articles.map((key, i) => [key, i]));
  const next = articles.map(() => new Set<number>());
  const waitingFor = articles.map(() => 0);
  for (const list of lists) {
    const known = list.map((key) => position.get(key)).filter((p): p is number => p !== undefined);
    for (let i = 1; i < known.length; i++) {
      const [a, b] = [known[i - 1]!, known[i]!];
      if (a !== b && !next[a]!.has(b)) {
        next[a]!.add(b);
        waitingFor[b]! += 1;
      }
    }
  }

  const ready = new Heap();
  waitingFor.forEach((n, i) => n === 0 && ready.push(i));
  const placed = new Array<boolean>(articles.length).fill(false);
  const order: string[] = [];
  let unplaced = 0;
  while (order.length < articles.length) {
    if (ready.size === 0) {
      // A cycle: the earliest article still waiting goes next, whatever it waits for.
      while (placed[unplaced]) unplaced += 1;
      ready.push(unplaced);
      waitingFor[unplaced] = 0;
    }
    const i = ready.pop();
    if (placed[i]) continue;
    placed[i] = true;
    order.push(articles[i]!);
    for (const j of next[i]!) {
      waitingFor[j]! -= 1;
      if (waitingFor[j] === 0 && !placed[j]) ready.push(j);
    }
  }

  const rank = new Map(order.map((key, i) => [key, i]));
  const unmet = lists.filter((list) => {
    const ranks = list.map((key) => rank.get(key)).filter((r): r is number => r !== undefined);
    return ranks.some((r, i) => i > 0 && r < ranks[i - 1]!);
  }).length;
  return { order, unmet };
}
