import { storage, type StorageItemKey, type WxtStorageItem, type WxtStorageItemOptions } from 'wxt/utils/storage';

type Item<T> = WxtStorageItem<T, Record<string, unknown>>;

/**
 * A storage item with WXT's behaviour (storage.defineItem: its fallback, its
 * version and migrations), that reads nothing until it is used, and reads its
 * value once, not three times, when its stored version is already current.
 *
 * WXT's defineItem reads the item's whole value as soon as it is defined, and
 * for a versioned item twice (its migration check, then its check for an
 * initial value), before any read the page makes itself. Every page imports
 * the stores, and chrome.storage answers one request at a time, so the
 * options page's first read, its settings, waited behind 500 history records
 * and 200 accounts read twice each, and it then read each of them three times
 * to show them.
 *
 * Here the first use reads only the version (`key$`). When it is the item's
 * version, WXT's migration and initial-value checks would do nothing, so the
 * value is read and written directly (storage.getItem, setItem…), exactly as
 * WXT's item does once they are done; so too for a version-1 item with no
 * version stored, which has nothing to migrate from (the version is stored
 * with its next value, as WXT does for a new install). Otherwise (an older
 * version, or none for a later-version item; a newer one) the WXT item is
 * defined then and does everything, its migration included. An item with no
 * migrations never has WXT checks to run.
 */
export function defineLazyItem<T>(key: StorageItemKey, options: WxtStorageItemOptions<T> & { fallback: T }): Item<T> {
  const { fallback } = options;
  const version = options.version ?? 1;
  let wxtItem: Item<T> | undefined;
  const defineWxtItem = () => (wxtItem ??= storage.defineItem<T, Record<string, unknown>>(key, options));
  /** The WXT item while a check may be due, or undefined once the value can be used as stored. */
  let ready: Promise<Item<T> | undefined> | undefined;
  /** The version is to be stored with the next value, as WXT does for a new install. */
  let storeVersion = false;
  const check = () =>
    (ready ??=
      options.migrations == null
        ? Promise.resolve(undefined)
        : storage.getMeta<{ v?: unknown }>(key).then(
            (meta) => {
              if (meta.v === version) return undefined;
              // A version-1 item has nothing to migrate from: WXT would only store the version with the next value.
              if (meta.v == null && version === 1) {
                storeVersion = true;
                return undefined;
              }
              return defineWxtItem();
            },
            // Can't tell: WXT's item, which reads what it needs itself.
            () => defineWxtItem(),
          ));

  const direct: Omit<Item<T>, 'key' | 'fallback' | 'defaultValue' | 'watch' | 'watchMeta' | 'migrate'> = {
    getValue: () => storage.getItem<T>(key, { fallback }),
    getMeta: () => storage.getMeta<Record<string, unknown>>(key),
    setValue: async (value) => {
      if (!storeVersion) return storage.setItem<T>(key, value);
      storeVersion = false;
      await Promise.all([storage.setItem<T>(key, value), storage.setMeta(key, { v: version })]);
    },
    setMeta: (properties) => storage.setMeta<Record<string, unknown>>(key, properties),
    removeValue: (opts) => storage.removeItem(key, opts),
    removeMeta: (properties) => storage.removeMeta(key, properties),
  };
  const use = async () => (await check()) ?? direct;

  // A plain object (not a Proxy), so a test can still spy on one of its methods.
  return {
    key,
    get defaultValue() {
      return fallback;
    },
    get fallback() {
      return fallback;
    },
    getValue: async () => (await use()).getValue(),
    getMeta: async () => (await use()).getMeta(),
    setValue: async (value) => (await use()).setValue(value),
    setMeta: async (properties) => (await use()).setMeta(properties),
    removeValue: async (opts) => (await use()).removeValue(opts),
    removeMeta: async (properties) => (await use()).removeMeta(properties),
    // As WXT's item: watching needs no migration first.
    watch: (cb) => storage.watch<T>(key, (value, old) => cb(value ?? fallback, old ?? fallback)),
    watchMeta: (cb) => storage.watchMeta<Record<string, unknown>>(key, cb),
    // Asked for explicitly, the migration always runs, through the WXT item, which serves the item from then on.
    migrate: async () => {
      ready = Promise.resolve(defineWxtItem());
      await defineWxtItem().migrate();
    },
  };
}
