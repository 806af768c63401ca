import type { Draft, Report, Role } from '../model/types';

/** Content script -> background: analyze this compose's draft. */
export interface AnalyzeRequest {
  type: 'trust-coach/analyze';
  composeId: string;
  site: 'gmail' | 'outlook';
  draft: Draft;
  /** The user's chosen role, when they picked one; else the background guesses. */
  role?: Role;
}

/** Content script -> background: this compose closed; drop its session. */
export interface ComposeClosed {
  type: 'trust-coach/closed';
  composeId: string;
}

/** Content script -> background: the user clicked the badge. */
export interface OpenPanel {
  type: 'trust-coach/open-panel';
  composeId: string;
}

export type ContentMessage = AnalyzeRequest | ComposeClosed | OpenPanel;

/** Panel or background -> content script: apply a hint's replacement in this compose. */
export interface ApplyFixRequest {
  type: 'trust-coach/apply';
  composeId: string;
  start: number;
  end: number;
  /** The text the hint was about; the fix is refused if the draft changed there. */
  expected: string;
  replacement: string;
}

export interface AnalyzeResponse {
  composeId: string;
  report: Report;
  /** Milliseconds the model took in the background. */
  modelMs: number;
}

export function isContentMessage(m: unknown): m is ContentMessage {
  return !!m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string' && (m as { type: string }).type.startsWith('trust-coach/');
}
