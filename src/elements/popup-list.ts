/**
 * Keyboard handling shared by the composer's popup lists (tool menu, model picker): Up/Down wrap,
 * Home/End jump, Enter/Space choose the focused entry, Escape closes and returns focus to the
 * trigger, Tab closes and lets focus move on.
 */
export function handlePopupListKey(
  event: KeyboardEvent,
  entries: readonly HTMLElement[],
  active: Element | null | undefined,
  actions: { choose(index: number): void; close(returnFocus: boolean): void },
): void {
  const current = entries.indexOf(active as HTMLElement);
  const move = (index: number): void => {
    event.preventDefault();
    entries[(index + entries.length) % entries.length]?.focus();
  };
  switch (event.key) {
    case 'ArrowDown':
      move(current + 1);
      break;
    case 'ArrowUp':
      move(current - 1);
      break;
    case 'Home':
      move(0);
      break;
    case 'End':
      move(entries.length - 1);
      break;
    case 'Enter':
    case ' ':
      event.preventDefault();
      if (current >= 0) actions.choose(current);
      break;
    case 'Escape':
      event.preventDefault();
      actions.close(true);
      break;
    case 'Tab':
      // The trigger takes focus first, so the browser's Tab moves on from there.
      actions.close(true);
      break;
  }
}
