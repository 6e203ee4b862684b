/**
 * Turns of the event loop for handing an event to a large audience. Once an
 * event's result is ready, every subscriber waiting for it would go on in
 * one unbroken run of promise callbacks: their writes would all leave at
 * its end, and no other request would be answered meanwhile. Here at most
 * `perTurn` subscribers go on per turn; the others wait for the next turn
 * (setImmediate), so each turn's writes go out as it ends and the server
 * answers other requests between turns.
 */
export function turns(perTurn: number) {
  let goneThisTurn = 0;
  let scheduled = false;
  const waiting: (() => void)[] = [];

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(nextTurn);
  };
  function nextTurn() {
    scheduled = false;
    const batch = waiting.splice(0, perTurn);
    goneThisTurn = batch.length;
    for (const go of batch) go();
    if (goneThisTurn > 0) schedule();
  }

  /** Nothing to wait for while this turn has room; else a promise of a place in a later turn. */
  return function turn(): Promise<void> | undefined {
    if (waiting.length === 0 && goneThisTurn < perTurn) {
      goneThisTurn += 1;
      schedule();
      return undefined;
    }
    schedule();
    return new Promise<void>((go) => waiting.push(go));
  };
}
