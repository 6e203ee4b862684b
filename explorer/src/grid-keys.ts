/**
 * The keyboard of a table read as a grid (role="grid"), as the heat maps
 * use it: one cell is the table's only tab stop; the arrow keys move
 * between cells, Home and End to the ends of the row, Ctrl+Home and
 * Ctrl+End to the corners; Enter acts on the cell. Cells are the `td`s
 * with `data-row` and `data-col`; a click moves the tab stop too.
 */
export function gridKeys(table: HTMLTableElement, onEnter: (cell: HTMLElement) => void): void {
  const cellAt = (r: number, c: number) => table.querySelector<HTMLElement>(`td[data-row="${r}"][data-col="${c}"]`);
  const focusCell = (td: HTMLElement) => {
    table.querySelectorAll('td[tabindex="0"]').forEach((el) => el.setAttribute('tabindex', '-1'));
    td.setAttribute('tabindex', '0');
    td.focus();
  };
  table.addEventListener('keydown', (e) => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('td[data-row]');
    if (!td) return;
    const r = Number(td.dataset.row);
    const c = Number(td.dataset.col);
    const cells = table.querySelectorAll<HTMLElement>('td[data-row]');
    const last = cells[cells.length - 1]!;
    const lastRow = Number(last.dataset.row);
    const lastCol = Number(last.dataset.col);
    const to: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, r - 1), c],
      ArrowDown: [Math.min(lastRow, r + 1), c],
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowRight: [r, Math.min(lastCol, c + 1)],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [lastRow, lastCol] : [r, lastCol],
    };
    if (e.key === 'Enter') {
      e.preventDefault();
      onEnter(td);
      return;
    }
    const next = to[e.key];
    if (!next) return;
    e.preventDefault();
    const target = cellAt(next[0], next[1]);
    if (target) focusCell(target);
  });
  table.addEventListener('click', (e) => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('td[data-row]');
    if (td) focusCell(td);
  });
}

/** The attributes of a grid cell: its place, and the tab stop on the first one. */
export function gridCell(r: number, c: number): Record<string, string | number> {
  return { 'data-row': r, 'data-col': c, tabindex: r === 0 && c === 0 ? '0' : '-1' };
}
