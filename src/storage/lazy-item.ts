import { storage, type StorageItemKey, type WxtStorageItem, type WxtStorageItemOptions } from 'wxt/utils/storage';

/**
 * A storage item (storage.defineItem) that WXT defines on its first use, not
 * when its module loads.
 *
 * Defining an item reads its whole value at once, whether or not the page
 * ever uses it: a versioned item twice (the migration check, then the check
 * for an initial value). Every page imports the stores, and chrome.storage
 * answers one request at a time, so the options page's first read, its
 * settings, used to wait behind 500 history records and 200 accounts read
 * twice each (and the other stores) before the page could show anything.
 * Defined on first use, an item's migration still runs before any read or
 * write of it, as WXT does it.
 */
export function defineLazyItem<T>(key: StorageItemKey, options: WxtStorageItemOptions<T> & { fallback: T }): WxtStorageItem<T, Record<string, unknown>> {
  let defined: WxtStorageItem<T, Record<string, unknown>> | undefined;
  const item = () => (defined ??= storage.defineItem<T, Record<string, unknown>>(key, options));
  // A plain object (not a Proxy), so a test can still spy on one of its methods.
  return {
    key,
    get defaultValue() {
      return options.fallback;
    },
    get fallback() {
      return options.fallback;
    },
    getValue: () => item().getValue(),
    getMeta: () => item().getMeta(),
    setValue: (value) => item().setValue(value),
    setMeta: (properties) => item().setMeta(properties),
    removeValue: (opts) => item().removeValue(opts),
    removeMeta: (properties) => item().removeMeta(properties),
    watch: (cb) => item().watch(cb),
    watchMeta: (cb) => item().watchMeta(cb),
    migrate: () => item().migrate(),
  };
}
