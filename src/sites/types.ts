import type { Draft } from '../model/types';

export type SiteName = 'gmail' | 'outlook';

export interface ComposeHandle {
  /** Stable id of the compose (the site's draft id), surviving re-renders such as full screen and back. */
  id: string;
  /** The compose window's root element. */
  root: Element;
  /** The contenteditable body. */
  editor: HTMLElement;
  /** e.g. 'gmail-dialog', 'gmail-fullscreen', 'gmail-popout', 'gmail-inline-reply', 'outlook-new', 'outlook-inline-reply', 'outlook-popout'. */
  variant: string;
}

export interface BodyMap {
  /** Exactly Draft.body. */
  body: string;
  /** DOM Range for body offsets [start, end), or null if out of date or impossible. */
  range(start: number, end: number): Range | null;
}

export interface SiteAdapter {
  site: SiteName;
  matches(location: { hostname: string }): boolean;
  /** All open compose windows (and those in same-origin frames). */
  findComposes(doc: Document): ComposeHandle[];
  /** Reads the draft of one compose; never modifies the DOM. */
  readDraft(compose: ComposeHandle): Draft & { site: SiteName; composeId: string };
  /** Maps body offsets back to DOM ranges (highlights and fixes). */
  bodyMap(compose: ComposeHandle): BodyMap;
  /** Where the badge goes: an element inside compose.root, near the send button. */
  badgeAnchor(compose: ComposeHandle): Element | null;
  /** Is this element (a click target) the compose's Send button, or inside it? Language-independent. */
  isSend(compose: ComposeHandle, target: Element): boolean;
}
