import type { SiteAdapter } from './types';
import { gmail } from './gmail';
import { outlook } from './outlook';

/** One adapter per mail site, behind one interface. */
export const ADAPTERS: readonly SiteAdapter[] = [gmail, outlook];

export function adapterFor(location: { hostname: string }): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.matches(location));
}
