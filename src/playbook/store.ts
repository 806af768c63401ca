/**
 * The user's playbooks, kept in extension storage on this device
 * (`storage.local`, key `playbooks`), plus the administrator's playbook from
 * managed storage, which wins when set. Versioned like the settings: a later
 * shape adds a migration and bumps PLAYBOOKS_VERSION. Whatever is read is
 * normalized, so a damaged value never breaks the coach.
 *
 * Every write validates first: an invalid playbook is refused with its
 * errors and storage is left exactly as it was.
 *
 * A stored playbook this version cannot read (it fails validation, say one
 * from a newer version) is never deleted: the next write sets it aside as it
 * was (src/storage/unreadable.ts). If it was the one in use, it stays picked:
 * nothing else is put in use in its place, and the state says so
 * (`unreadableActive`), until the writer picks another.
 */
import { browser } from 'wxt/browser';
import { defineLazyItem } from '../storage/lazy-item';
import { serialized } from '../storage/serialize';
import { listSetAside, writeSettingAside } from '../storage/unreadable';
import { exportPlaybook, playbookFileName } from './export';
import { applyLocks, lockedRules, NO_POLICY, readManaged, type ActivePlaybook, type ManagedArea, type ManagedPolicy } from './managed';
import type { Playbook } from './schema';
import { parsePlaybook, validatePlaybook, type PlaybookIssue } from './validate';

export { applyLocks, exportPlaybook, lockedRules, playbookFileName, readManaged };
export type { ActivePlaybook, ManagedArea, ManagedPolicy };

export interface StoredPlaybook {
  id: string;
  playbook: Playbook;
  /** ISO date-time when it was first saved on this device (imported or created). */
  importedAt: string;
}

export interface PlaybookLibrary {
  playbooks: StoredPlaybook[];
  /** The playbook the user picked; none means "No playbook". */
  activeId?: string;
}

/** Everything the coach and the settings page need to know, in one read. */
export interface PlaybookState {
  library: PlaybookLibrary;
  managed: ManagedPolicy;
  /** The playbook in use: the administrator's if set, else the user's pick. */
  active?: ActivePlaybook;
  /** Rules the writer can't switch on or off (see lockedRules). */
  locked: string[];
  /** The playbook picked to coach with, which this version can't read (so none of the writer's is in use). */
  unreadableActive?: { id: string; name?: string };
}

/** `activated`: it was put in use, because no playbook was (a first playbook coaches at once). */
export type SaveResult = { ok: true; id: string; activated?: true } | { ok: false; errors: PlaybookIssue[] };

export const PLAYBOOKS_VERSION = 1;
export const EMPTY_LIBRARY: PlaybookLibrary = { playbooks: [] };
/** The id of the administrator's playbook; never used for a stored one. */
export const MANAGED_ID = 'managed';

export const playbooksItem = defineLazyItem<PlaybookLibrary>('local:playbooks', {
  fallback: EMPTY_LIBRARY,
  version: PLAYBOOKS_VERSION,
  migrations: {},
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface SplitLibrary {
  /** The entries this version can read (one per id). */
  library: PlaybookLibrary;
  /** Everything else, exactly as stored. */
  unreadable: unknown[];
  /** The id picked to coach with, when it is not one of the readable entries. */
  heldActiveId?: string;
}

/** Splits a stored value into what this version can read and what it can't. Pure. */
export function splitLibrary(value: unknown): SplitLibrary {
  if (value === undefined || value === null) return { library: { playbooks: [] }, unreadable: [] };
  if (!isObject(value)) return { library: { playbooks: [] }, unreadable: [value] };
  const unreadable: unknown[] = [];
  const playbooks: StoredPlaybook[] = [];
  const ids = new Set<string>();
  if (Array.isArray(value.playbooks)) {
    for (const entry of value.playbooks) {
      const e = isObject(entry) ? entry : {};
      const checked = validatePlaybook(e.playbook);
      if (typeof e.id !== 'string' || e.id === '' || e.id === MANAGED_ID || ids.has(e.id) || !checked.ok) {
        unreadable.push(entry);
        continue;
      }
      const at = typeof e.importedAt === 'string' && !Number.isNaN(Date.parse(e.importedAt)) ? e.importedAt : new Date(0).toISOString();
      ids.add(e.id);
      playbooks.push({ id: e.id, playbook: checked.playbook, importedAt: at });
    }
  } else if (value.playbooks !== undefined) unreadable.push(value.playbooks);
  const picked = typeof value.activeId === 'string' && value.activeId !== '' && value.activeId !== MANAGED_ID ? value.activeId : undefined;
  const activeId = picked !== undefined && ids.has(picked) ? picked : undefined;
  return { library: activeId ? { playbooks, activeId } : { playbooks }, unreadable, ...(picked !== undefined && !activeId ? { heldActiveId: picked } : {}) };
}

/** Keeps the valid entries of a stored value (one per id) for reading; the rest stay where they are. */
export function normalizeLibrary(value: unknown): PlaybookLibrary {
  return splitLibrary(value).library;
}

export async function loadLibrary(): Promise<PlaybookLibrary> {
  return normalizeLibrary(await playbooksItem.getValue());
}

export async function listPlaybooks(): Promise<StoredPlaybook[]> {
  return (await loadLibrary()).playbooks;
}

/** What a change sees besides the readable library. */
interface UpdateContext {
  /** The id picked to coach with that this version can't read. */
  heldActiveId?: string;
}

/**
 * Writes run one after another (here and across the extension's pages), so
 * quick clicks never undo each other. The unreadable entries are set aside,
 * never lost; the unreadable pick stays picked unless the change says
 * `release` (the writer picked another).
 */
function update<T>(change: (library: PlaybookLibrary, context: UpdateContext) => { next?: PlaybookLibrary; result: T; release?: true }): Promise<T> {
  return serialized('playbooks', async () => {
    const raw = await playbooksItem.getValue();
    const { library, unreadable, heldActiveId } = splitLibrary(raw);
    const { next, result, release } = change(library, heldActiveId ? { heldActiveId } : {});
    if (next) {
      const clean = normalizeLibrary(next);
      const keep = !release && clean.activeId === undefined && heldActiveId !== undefined;
      await writeSettingAside(playbooksItem, keep ? { ...clean, activeId: heldActiveId } : clean, 'playbooks', unreadable);
    }
    return result;
  });
}

function newId(): string {
  const c = globalThis.crypto;
  return `pb-${typeof c?.randomUUID === 'function' ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`}`;
}

/**
 * Validates and stores a playbook: replaces the one with `id`, or adds a new
 * one; with no playbook in use, it is put in use. An invalid playbook is
 * refused with its errors; nothing is written.
 */
export function savePlaybook(playbook: unknown, id?: string): Promise<SaveResult> {
  const checked = validatePlaybook(playbook);
  if (!checked.ok) return Promise.resolve({ ok: false, errors: checked.errors });
  if (id === MANAGED_ID) return Promise.resolve({ ok: false, errors: [{ path: '', message: 'is set by your administrator and can’t be changed here' }] });
  return update((library, { heldActiveId }) => {
    const existing = id === undefined ? undefined : library.playbooks.find((p) => p.id === id);
    const entry: StoredPlaybook = { id: existing?.id ?? id ?? newId(), playbook: checked.playbook, importedAt: existing?.importedAt ?? new Date().toISOString() };
    const playbooks = existing ? library.playbooks.map((p) => (p.id === entry.id ? entry : p)) : [...library.playbooks, entry];
    // The picked playbook can't be read here: it stays picked; this one is not put in use instead.
    const activate = library.activeId === undefined && heldActiveId === undefined;
    return { next: { ...library, playbooks, ...(activate ? { activeId: entry.id } : {}) }, result: { ok: true, id: entry.id, ...(activate ? { activated: true } : {}) } as SaveResult };
  });
}

export type ImportResult = { ok: true; id: string; playbook: Playbook; /** Set when it replaced a stored playbook of the same name. */ updatedFrom?: StoredPlaybook; /** Put in use, because no playbook was. */ activated?: true } | { ok: false; errors: PlaybookIssue[] };

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Parses a file's text and stores it. A playbook with the same name as a
 * stored one replaces it (a manager's new edition of the team playbook stays
 * in use); any other is added. A bad file changes nothing.
 */
export function importPlaybook(text: string): Promise<ImportResult> {
  const parsed = parsePlaybook(text);
  if (!parsed.ok) return Promise.resolve({ ok: false, errors: parsed.errors });
  const playbook = parsed.playbook;
  return update((library, { heldActiveId }) => {
    const old = library.playbooks.find((p) => sameName(p.playbook.name, playbook.name));
    const entry: StoredPlaybook = { id: old?.id ?? newId(), playbook, importedAt: new Date().toISOString() };
    const playbooks = old ? library.playbooks.map((p) => (p.id === old.id ? entry : p)) : [...library.playbooks, entry];
    const activate = library.activeId === undefined && heldActiveId === undefined;
    const result: ImportResult = { ok: true, id: entry.id, playbook, ...(old ? { updatedFrom: old } : {}), ...(activate ? { activated: true } : {}) };
    return { next: { ...library, playbooks, ...(activate ? { activeId: entry.id } : {}) }, result };
  });
}

/** Removes a stored playbook; if it was in use, the user is left with "No playbook". */
export function deletePlaybook(id: string): Promise<void> {
  return update((library) => {
    if (!library.playbooks.some((p) => p.id === id)) return { result: undefined };
    const playbooks = library.playbooks.filter((p) => p.id !== id);
    const next: PlaybookLibrary = library.activeId === id ? { playbooks } : { ...library, playbooks };
    return { next, result: undefined };
  });
}

/** Picks the playbook to coach with (undefined: none). Throws for an id that isn't stored. */
export function setActive(id: string | undefined): Promise<void> {
  return update((library) => {
    if (id !== undefined && !library.playbooks.some((p) => p.id === id)) throw new Error(`No stored playbook has the id “${id}”.`);
    const { activeId: _old, ...rest } = library;
    return { next: id === undefined ? rest : { ...rest, activeId: id }, result: undefined, release: true };
  });
}

/** `browser.storage.managed`, where the browser has it. */
export function defaultManagedArea(): ManagedArea | undefined {
  return (browser.storage as { managed?: ManagedArea }).managed;
}

function resolve(library: PlaybookLibrary, managed: ManagedPolicy, unreadableActive?: PlaybookState['unreadableActive']): PlaybookState {
  const local = library.playbooks.find((p) => p.id === library.activeId);
  const active: ActivePlaybook | undefined = managed.playbook
    ? { playbook: managed.playbook, source: 'managed', id: MANAGED_ID }
    : local
      ? { playbook: local.playbook, source: 'local', id: local.id }
      : undefined;
  return { library, managed, ...(active ? { active } : {}), locked: lockedRules(active, managed), ...(unreadableActive ? { unreadableActive } : {}) };
}

/** The name of the unreadable playbook with this id, where it still says one (in its store, or set aside). */
async function unreadableName(id: string, stillStored: readonly unknown[]): Promise<string | undefined> {
  const aside = (await listSetAside().catch(() => [])).filter((e) => e.store === 'playbooks').map((e) => e.value);
  for (const entry of [...stillStored, ...aside]) {
    if (!isObject(entry) || entry.id !== id) continue;
    const name = isObject(entry.playbook) ? entry.playbook.name : undefined;
    if (typeof name === 'string' && name.trim()) return name.trim().slice(0, 200);
  }
  return undefined;
}

/** The stored entries this version cannot read, for the options page. */
export async function pendingUnreadablePlaybooks(): Promise<unknown[]> {
  return splitLibrary(await playbooksItem.getValue()).unreadable;
}

/** The stored playbooks, the administrator's policy, and which playbook is in use. */
export async function loadPlaybookState(area: ManagedArea | undefined = defaultManagedArea()): Promise<PlaybookState> {
  const [raw, managed] = await Promise.all([playbooksItem.getValue(), readManaged(area).catch(() => NO_POLICY)]);
  const { library, unreadable, heldActiveId } = splitLibrary(raw);
  if (heldActiveId === undefined) return resolve(library, managed);
  const name = await unreadableName(heldActiveId, unreadable);
  return resolve(library, managed, { id: heldActiveId, ...(name ? { name } : {}) });
}

const NO_AREA: ManagedArea = { get: async () => ({}) };

/**
 * The playbook state without waiting long for the administrator's policy: Chrome can take seconds to read
 * `storage.managed` after a cold start, and the first draft must not wait for it. Past `waitMs` the state comes
 * from the user's own playbooks, and `late` gets the full state once the policy is read (if it is read at all).
 */
export function loadPlaybookStateSoon(waitMs: number, late: (state: PlaybookState) => void, area: ManagedArea | undefined = defaultManagedArea()): Promise<PlaybookState> {
  const full = loadPlaybookState(area);
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  void full.then((state) => {
    if (timedOut) late(state);
    else clearTimeout(timer);
  }, () => undefined);
  const fallback = new Promise<PlaybookState>((resolve, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      // (An explicit undefined would take the default area again: no policy is an empty area.)
      loadPlaybookState(NO_AREA).then(resolve, reject);
    }, waitMs);
  });
  return Promise.race([full, fallback]);
}

/** The playbook to coach with: the administrator's wins over the user's pick. */
export async function activePlaybook(area: ManagedArea | undefined = defaultManagedArea()): Promise<ActivePlaybook | undefined> {
  return (await loadPlaybookState(area)).active;
}

/**
 * Calls `cb` with the new state whenever the user's playbooks or the
 * administrator's policy change, so a change applies at once to every open
 * compose. Returns a function that stops watching.
 */
export function watchPlaybooks(cb: (state: PlaybookState) => void, area: ManagedArea | undefined = defaultManagedArea()): () => void {
  let latest = 0;
  let live = true;
  const emit = () => {
    const n = ++latest;
    loadPlaybookState(area).then(
      (state) => {
        if (live && n === latest) cb(state);
      },
      () => undefined,
    );
  };
  const stopLocal = playbooksItem.watch(emit);
  const onChanged = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'managed' && (Object.hasOwn(changes, 'playbook') || Object.hasOwn(changes, 'lockedRules'))) emit();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    live = false;
    stopLocal();
    browser.storage.onChanged.removeListener(onChanged);
  };
}
