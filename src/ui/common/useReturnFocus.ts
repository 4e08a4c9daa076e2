import { useEffect, useRef } from 'react';

/**
 * A button that a question replaces while it is asked (delete this interview? remove this job?):
 * once the question is cancelled, focus returns to the button, drawn again. Call `returnFocus`
 * from Cancel before closing the question.
 */
export function useReturnFocus(asking: boolean) {
  const button = useRef<HTMLButtonElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (asking || !pending.current) return;
    pending.current = false;
    button.current?.focus();
  }, [asking]);
  return { button, returnFocus: () => void (pending.current = true) };
}
