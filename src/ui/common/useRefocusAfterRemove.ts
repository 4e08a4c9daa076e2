import { useEffect, useRef } from 'react';

/**
 * For a list whose items each end with a remove button: once one is removed, focus goes to the
 * button that took its place (the one before it when it was the last), or to the control with
 * `fallbackId` when none is left. The removed button took focus with it, and a keyboard or
 * screen-reader user would otherwise be sent back to the top of the page.
 */
export function useRefocusAfterRemove(count: number, fallbackId: string) {
  const list = useRef<HTMLUListElement>(null);
  const pending = useRef<number | undefined>(undefined);
  useEffect(() => {
    const index = pending.current;
    if (index === undefined) return;
    pending.current = undefined;
    const buttons = [...(list.current?.children ?? [])].map((item) => item.querySelector<HTMLButtonElement>('button:last-of-type'));
    const target = buttons[Math.min(index, buttons.length - 1)] ?? document.getElementById(fallbackId);
    target?.focus();
  }, [count, fallbackId]);
  return { list, removing: (index: number) => void (pending.current = index) };
}
