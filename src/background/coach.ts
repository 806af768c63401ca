import { hintKey, roleGuess, RULES, type Draft, type Report, type Role } from '../model/index';
import type { AnalyzeRequest, AnalyzeResponse, BackgroundMessage, DraftSent, PanelOpened, TabMessage } from '../compose/messages';
import type { Settings } from '../settings/settings';
import { ModelHost, type AnalyzeOptions } from './model-host';
import type { AccountRecord } from '../accounts/types';
import { accountKeysOf, findAccountFor } from '../accounts/key';
import { toAccountNotes, usedFactTexts } from '../accounts/notes';
import { ComposeRegistry, excerptOf, FOCUS_KEY, MAX_PANEL_HINTS, type ComposeView, type PanelFocus } from './registry';
import { storage } from 'wxt/utils/storage';

export interface CoachDeps {
  host?: ModelHost;
  registry?: ComposeRegistry;
  settings: () => Settings | Promise<Settings>;
  /** The writer's account research notes (all accounts). */
  accounts?: () => readonly AccountRecord[] | Promise<readonly AccountRecord[]>;
  /** The team playbook in use, if any (already validated). */
  playbook?: () => TeamPlaybook | undefined | Promise<TeamPlaybook | undefined>;
  sendToTab: (tabId: number, message: TabMessage) => Promise<unknown>;
  /** Opens the side panel on a tab (in a window); asks the browser synchronously, inside the user's click. */
  openPanel: (tabId: number, windowId?: number) => Promise<PanelOpened>;
  clock?: () => number;
  /** An email was sent: its final report, for the promises tracker and the coaching history. */
  onSent?: (event: SentEvent) => Promise<void> | void;
}

export interface TeamPlaybook {
  /** The playbook document, as context.playbook; undefined when only the administrator's locks apply. */
  playbook: unknown;
  /** Its name, shown in the panel ('' for none). */
  name: string;
  /** Rules the team locks on: the user's "turn off" does not apply to them. */
  locked: readonly string[];
  defaultRole?: Role;
}

export interface SentEvent {
  tabId: number;
  composeId: string;
  site: DraftSent['site'];
  draft: Draft;
  report: Report;
  link?: string;
  sentAt: Date;
  timeZone: string;
}

/** FNV-1a over what the writer controls; enough to tell "edited" from "re-analyzed". */
export function hashDraft(draft: Draft): string {
  const text = `${draft.body}\u0000${draft.subject ?? ''}\u0000${(draft.recipients ?? []).map((r) => `${r.name ?? ''}<${r.email ?? ''}>`).join(',')}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}:${text.length}`;
}

const RULE_TITLES = new Map(RULES.map((r) => [r.id, r.title]));

/** Who the draft is to, for the panel's compose switcher. */
export function titleOf(draft: Draft): string {
  const subject = draft.subject?.trim();
  if (subject) return subject;
  const names = (draft.recipients ?? []).map((r) => r.name?.trim() || r.email?.trim()).filter(Boolean);
  if (names.length) return `To ${names.slice(0, 2).join(', ')}${names.length > 2 ? ` +${names.length - 2}` : ''}`;
  return 'New message';
}

/**
 * The background's work, free of entrypoint wiring: runs the model for each
 * compose with the user's settings, keeps every compose's latest report for
 * the side panel, and routes the panel's actions.
 */
export class Coach {
  readonly host: ModelHost;
  readonly registry: ComposeRegistry;
  private readonly clock: () => number;

  constructor(private readonly deps: CoachDeps) {
    this.host = deps.host ?? new ModelHost();
    this.registry = deps.registry ?? new ComposeRegistry();
    this.clock = deps.clock ?? Date.now;
  }

  /** Handles a runtime message; `tabId` is the sender's tab (content scripts) or -1, `windowId` that tab's window. */
  handle(message: BackgroundMessage, tabId: number, windowId?: number): Promise<unknown> | undefined {
    switch (message.type) {
      case 'trust-coach/analyze':
        return this.analyze(tabId, message);
      case 'trust-coach/closed':
        this.host.close(tabId, message.composeId);
        return this.registry.remove(tabId, message.composeId).then(() => undefined);
      case 'trust-coach/open-panel': {
        // Open first, synchronously: the browser allows it only inside the user's click. The answer goes back
        // to the badge, which tells the user when the browser would not open it.
        const opened = this.deps.openPanel(tabId, windowId);
        const focused = storage.setItem<PanelFocus>(FOCUS_KEY, { tabId, composeId: message.composeId, at: this.clock() });
        return Promise.all([opened, focused]).then(([answer]) => answer);
      }
      case 'trust-coach/sent':
        return this.sent(tabId, message);
      case 'trust-coach/dismiss':
        return this.setDismissed(message.tabId, message.composeId, (d) => [...new Set([...d, message.key])]);
      case 'trust-coach/restore':
        return this.setDismissed(message.tabId, message.composeId, () => []);
    }
  }

  async analyze(tabId: number, req: AnalyzeRequest): Promise<AnalyzeResponse> {
    const previous = await this.registry.get(tabId, req.composeId);
    const { options, chosen, guess, team, account } = await this.contextFor(req.site, req.draft, req.role, previous?.dismissed ?? []);
    const role = options.role;
    const dismissed = options.dismissed;
    const { report, modelMs } = this.host.analyze(tabId, req.composeId, req.draft, options);
    const hints = report.hints.slice(0, MAX_PANEL_HINTS);
    const draftHash = hashDraft(req.draft);
    const view: ComposeView = {
      tabId,
      composeId: req.composeId,
      site: req.site,
      title: titleOf(req.draft),
      role,
      roleGuessed: !chosen,
      ...(guess ? { roleReason: guess.reason, ...(guess.sure ? {} : { roleUnsure: true as const }) } : {}),
      ...(team ? { ...(team.name ? { playbookName: team.name } : {}), lockedRules: [...team.locked] } : {}),
      ...(account
        ? { account: { key: account.key, ...(account.record ? { record: account.record } : {}), usedFacts: usedFactTexts(report.hints, account.notes), recipients: req.draft.recipients ?? [] } }
        : {}),
      report: { ...report, hints },
      excerpts: hints.map((h) => excerptOf(req.draft.body, h.start, h.end)),
      keys: hints.map((h) => hintKey(h.rule, req.draft.body.slice(h.start, h.end))),
      ruleTitles: Object.fromEntries(hints.map((h) => [h.rule, RULE_TITLES.get(h.rule) ?? h.rule])),
      dismissed: [...(dismissed ?? [])],
      updated: previous && previous.draftHash === draftHash ? previous.updated : this.clock(),
      draftHash,
      ...(req.page ? { page: req.page } : {}),
    };
    const before = await this.registry.list(tabId);
    const kept = await this.registry.put(view);
    // The tab reloaded or moved on: the composes of the page it left are closed, sessions too.
    for (const gone of before) if (!kept.some((v) => v.composeId === gone.composeId)) this.host.close(tabId, gone.composeId);
    return { composeId: req.composeId, report, modelMs };
  }

  /** The final word on a sent draft: scored with the user's settings, then handed on. */
  async sent(tabId: number, msg: DraftSent): Promise<void> {
    const previous = await this.registry.get(tabId, msg.composeId);
    const { options } = await this.contextFor(msg.site, msg.draft, undefined, previous?.dismissed ?? []);
    const { report } = this.host.analyze(tabId, msg.composeId, msg.draft, options);
    await this.deps.onSent?.({
      tabId,
      composeId: msg.composeId,
      site: msg.site,
      draft: msg.draft,
      report,
      ...(msg.link ? { link: msg.link } : {}),
      sentAt: new Date(this.clock()),
      timeZone: this.host.zone(),
    });
  }

  /**
   * What the model is told besides the draft: the role (the user's pick for
   * the site, else the team's default, else a guess), the rules turned off
   * (minus those the team locks on), the dismissed hints and the playbook.
   */
  private async contextFor(site: DraftSent['site'], draft: Draft, override: Role | undefined, dismissed: string[]) {
    const [settings, team, records] = await Promise.all([this.deps.settings(), this.deps.playbook?.(), this.deps.accounts?.()]);
    const key = accountKeysOf(draft.recipients ?? [])[0];
    const record = records ? findAccountFor(records, draft.recipients ?? []) : undefined;
    const notes = record ? toAccountNotes(record) : undefined;
    const account = key || record ? { key: record?.key ?? key!, record, notes } : undefined;
    const chosen = override ?? (key ? settings.roleByRecipient?.[key] : undefined) ?? settings.roleBySite[site] ?? team?.defaultRole;
    const guess = chosen ? undefined : roleGuess(draft);
    const role = chosen ?? guess!.role;
    const locked = new Set(team?.locked ?? []);
    const options: AnalyzeOptions = {
      role,
      disabledRules: settings.disabledRules.filter((id) => !locked.has(id)),
      dismissed,
      ...(team?.playbook ? { playbook: team.playbook } : {}),
      ...(notes ? { account: notes } : {}),
    };
    return { options, chosen, guess, team, account };
  }

  /** Settings changed: every open compose analyzes again, so the change shows at once. */
  async refreshAll(): Promise<void> {
    for (const tabId of await this.registry.tabs()) {
      await this.deps.sendToTab(tabId, { type: 'trust-coach/refresh' }).catch(() => this.registry.removeTab(tabId));
    }
  }

  async tabClosed(tabId: number): Promise<void> {
    this.host.closeTab(tabId);
    await this.registry.removeTab(tabId);
  }

  private async setDismissed(tabId: number, composeId: string, change: (d: string[]) => string[]): Promise<void> {
    await this.registry.update(tabId, (views) => views.map((v) => (v.composeId === composeId ? { ...v, dismissed: change(v.dismissed) } : v)));
    await this.deps.sendToTab(tabId, { type: 'trust-coach/refresh', composeId }).catch(() => undefined);
  }
}
