import { useEffect, useState } from 'react';

/**
 * Moves focus to an element by id after the next render: when a list item is
 * added or removed, focus goes to the new item or a neighbour instead of
 * falling back to the page.
 */
export function useFocusLater(): (id: string) => void {
  const [target, setTarget] = useState<string>();
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(undefined);
  }, [target]);
  return setTarget;
}
