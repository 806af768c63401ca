import axe from 'axe-core';

/** Runs axe-core on a jsdom subtree; colour contrast needs a real renderer (the e2e run checks it). */
export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
