// Arrow-key movement between the rows of a list or table: one Tab stop for the list, arrows inside it.
const ROW_SELECTOR = '[data-row-focus]';

const MOVES: Record<string, 'next' | 'prev' | 'first' | 'last'> = {
  ArrowDown: 'next',
  ArrowUp: 'prev',
  j: 'next',
  k: 'prev',
  Home: 'first',
  End: 'last',
};

/** Moves focus within `container`; returns false when the key is not a move (let it through). */
export function moveRowFocus(container: Element, from: Element | null, key: string): boolean {
  const move = MOVES[key];
  if (!move) return false;
  const rows = Array.from(container.querySelectorAll<HTMLElement>(ROW_SELECTOR));
  if (rows.length === 0) return false;
  const index = from ? rows.indexOf(from as HTMLElement) : -1;
  const target =
    move === 'first' ? 0
    : move === 'last' ? rows.length - 1
    : move === 'next' ? Math.min(index + 1, rows.length - 1)
    : Math.max(index - 1, 0);
  rows[target].focus();
  rows[target].scrollIntoView?.({ block: 'nearest' });
  return true;
}

/** onKeyDown for the list element: only reacts when a row itself has focus, not a control inside it. */
export function rowKeyDown(event: KeyboardEvent): void {
  const target = event.target as Element | null;
  if (!target?.matches(ROW_SELECTOR) || event.altKey || event.ctrlKey || event.metaKey) return;
  if (moveRowFocus(event.currentTarget as Element, target, event.key)) event.preventDefault();
}

export function focusFirstRow(container: Element | null): boolean {
  return container ? moveRowFocus(container, null, 'Home') : false;
}
