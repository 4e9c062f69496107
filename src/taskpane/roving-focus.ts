/**
 * One Tab stop into a list, arrows inside it: Up and Down move between rows, Right and Left
 * between the buttons of a row, Home and End to the first and last row. The row last visited
 * keeps the one tabindex="0", so Tab leaves the list and Shift+Tab comes back to where it was.
 */
const ROW = '[data-row]';

export function rovingFocus(list: HTMLElement): void {
  list.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>(ROW);
    if (!row) return;
    const rows = [...list.querySelectorAll<HTMLElement>(ROW)];
    const buttons = [...row.querySelectorAll<HTMLElement>('button')];
    const at = rows.indexOf(row);
    const next = moveTo(event.key, rows, at, buttons, target === row ? -1 : buttons.indexOf(target), row);
    if (!next) return;
    event.preventDefault();
    focusItem(list, next);
  });
  list.addEventListener('focusin', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>(ROW);
    if (row) setCurrent(list, row);
  });
}

function moveTo(key: string, rows: HTMLElement[], at: number, buttons: HTMLElement[], button: number, row: HTMLElement): HTMLElement | undefined {
  switch (key) {
    case 'ArrowDown':
      return rows[at + 1];
    case 'ArrowUp':
      return rows[at - 1];
    case 'Home':
      return rows[0];
    case 'End':
      return rows[rows.length - 1];
    case 'ArrowRight':
      return buttons[button + 1];
    case 'ArrowLeft':
      return button <= 0 ? (button === 0 ? row : undefined) : buttons[button - 1];
    default:
      return undefined;
  }
}

/** The row the list's Tab stop lands on: the first one, after a render. */
export function resetRoving(list: HTMLElement): void {
  const first = list.querySelector<HTMLElement>(ROW);
  if (first) setCurrent(list, first);
}

function setCurrent(list: HTMLElement, row: HTMLElement): void {
  for (const other of list.querySelectorAll<HTMLElement>('[tabindex="0"]')) other.tabIndex = -1;
  row.tabIndex = 0;
}

function focusItem(list: HTMLElement, item: HTMLElement): void {
  const row = item.closest<HTMLElement>(ROW);
  if (row) setCurrent(list, row);
  item.focus();
}
