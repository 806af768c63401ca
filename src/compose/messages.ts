import type { Draft, Report, Role } from '../model/types';

/** The mail sites Trust Coach works on. */
export type SiteId = 'gmail' | 'outlook';

// ---- Content script -> background ----

/** Analyze this compose's draft. */
export interface AnalyzeRequest {
  type: 'trust-coach/analyze';
  composeId: string;
  site: SiteId;
  draft: Draft;
  /** Overrides the role (tests, the practice page); normally the background decides from settings. */
  role?: Role;
  /**
   * The page the compose is on (one id per page load): when a tab reports from
   * a new page, the composes of the page it left are gone.
   */
  page?: string;
}

/** This compose closed; drop its session. */
export interface ComposeClosed {
  type: 'trust-coach/closed';
  composeId: string;
}

/** The user clicked the badge: open the side panel on this compose. Answered with a PanelOpened. */
export interface OpenPanel {
  type: 'trust-coach/open-panel';
  composeId: string;
}

/** What came of a click that asked for the panel: when it did not open, what to tell the user. */
export type PanelOpened = { opened: true } | { opened: false; message: string };

/**
 * The user pressed Send (button or Ctrl/⌘+Enter): the draft as it was sent,
 * so its promises can be tracked. Sent after the fact: sending never waits.
 */
export interface DraftSent {
  type: 'trust-coach/sent';
  composeId: string;
  site: SiteId;
  draft: Draft;
  /** The page's address, a way back to the conversation. */
  link?: string;
}

// ---- Side panel -> background ----

/** Hide one hint (by hintKey) for this draft; it stops counting too. */
export interface DismissHint {
  type: 'trust-coach/dismiss';
  tabId: number;
  composeId: string;
  key: string;
}

/** Bring back every hint dismissed in this draft. */
export interface RestoreHints {
  type: 'trust-coach/restore';
  tabId: number;
  composeId: string;
}

export type BackgroundMessage = AnalyzeRequest | ComposeClosed | OpenPanel | DraftSent | DismissHint | RestoreHints;

// ---- Side panel or background -> content script ----

/** Apply a hint's replacement in this compose. */
export interface ApplyFixRequest {
  type: 'trust-coach/apply';
  composeId: string;
  start: number;
  end: number;
  /** The text the hint was about; the fix is refused if the draft changed there. */
  expected: string;
  replacement: string;
}

/** Scroll the compose to a span and highlight it. */
export interface FocusRequest {
  type: 'trust-coach/focus';
  composeId: string;
  start: number;
  end: number;
  expected: string;
}

/** Settings or dismissals changed: analyze again (one compose, or all). */
export interface RefreshRequest {
  type: 'trust-coach/refresh';
  composeId?: string;
}

/** Is the content script here? Answers with the site and its open composes. */
export interface PingRequest {
  type: 'trust-coach/ping';
}
export interface PingResponse {
  site: SiteId;
  composes: string[];
}

export type TabMessage = ApplyFixRequest | FocusRequest | RefreshRequest | PingRequest;

export type ActionResult = { ok: true } | { ok: false; reason: string };

export interface AnalyzeResponse {
  composeId: string;
  report: Report;
  /** Milliseconds the model took in the background. */
  modelMs: number;
}

function typed(m: unknown): m is { type: string } {
  return !!m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string';
}

const BACKGROUND_TYPES = new Set(['trust-coach/analyze', 'trust-coach/closed', 'trust-coach/open-panel', 'trust-coach/sent', 'trust-coach/dismiss', 'trust-coach/restore']);
const TAB_TYPES = new Set(['trust-coach/apply', 'trust-coach/focus', 'trust-coach/refresh', 'trust-coach/ping']);

export function isBackgroundMessage(m: unknown): m is BackgroundMessage {
  return typed(m) && BACKGROUND_TYPES.has(m.type);
}

export function isTabMessage(m: unknown): m is TabMessage {
  return typed(m) && TAB_TYPES.has(m.type);
}
