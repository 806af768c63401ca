import { useEffect, useRef, type RefObject } from 'react';

interface Plan {
  key: string;
  next?: string;
  fallback: string;
  until: number;
}

/**
 * Keeps a keyboard user's place when the item they acted on leaves a list (a
 * dismissed hint, a deleted or kept promise): once `stillThere(key)` turns
 * false, after the next change of `changed`, focus moves to the next item,
 * else to `fallback` (a selector, e.g. the list's heading). The element that
 * takes focus carries `data-focus-key` and `tabIndex={-1}`. A plan not met
 * within 5 s (a refused fix) is dropped, so focus never jumps later.
 */
export function useFocusAfterLeaving(root: RefObject<HTMLElement | null>, changed: unknown, stillThere: (key: string) => boolean) {
  const plan = useRef<Plan | undefined>(undefined);
  useEffect(() => {
    const p = plan.current;
    const el = root.current;
    if (!p || !el) return;
    if (Date.now() > p.until) {
      plan.current = undefined;
      return;
    }
    if (stillThere(p.key)) return;
    plan.current = undefined;
    const byKey = (key: string) => [...el.querySelectorAll<HTMLElement>('[data-focus-key]')].find((x) => x.dataset.focusKey === key);
    ((p.next ? byKey(p.next) : undefined) ?? el.querySelector<HTMLElement>(p.fallback))?.focus();
    // stillThere belongs to the render that changed `changed`.
  }, [changed]);
  /** Call before the action that removes `key`. */
  return (key: string, next: string | undefined, fallback: string) => {
    plan.current = { key, fallback, until: Date.now() + 5000, ...(next ? { next } : {}) };
  };
}
