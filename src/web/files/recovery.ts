import { createStore, del, get, set } from 'idb-keyval';

/**
 * Unsaved work kept on this computer, so an accidental reload or a crash loses nothing: a copy of the
 * workbook in the browser's IndexedDB for this site (never sent anywhere), written a moment after each
 * change, cleared when the workbook is saved, closed or the copy declined, and dropped after a week.
 */
export interface Recovery {
  readonly name: string;
  /** When the copy was taken (ms since 1970). */
  readonly savedAt: number;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

export interface RecoveryStore {
  keep(recovery: Recovery): Promise<void>;
  /** The copy left from an earlier visit, if any and not older than a week. */
  find(now: number): Promise<Recovery | null>;
  forget(): Promise<void>;
}

export const RECOVERY_DAYS = 7;
const KEY = 'osparat-arbete';

/** The browser's store; a store that keeps nothing where there is no IndexedDB (tests in jsdom). */
export function browserRecovery(): RecoveryStore {
  if (typeof indexedDB === 'undefined') return NO_RECOVERY;
  const store = createStore('uppfoljning', 'aterstallning');
  return {
    keep: (recovery) => set(KEY, recovery, store),
    async find(now) {
      const found = asRecovery(await get<unknown>(KEY, store));
      if (found && now - found.savedAt <= RECOVERY_DAYS * 86_400_000) return found;
      if (found) await del(KEY, store);
      return null;
    },
    forget: () => del(KEY, store),
  };
}

export const NO_RECOVERY: RecoveryStore = {
  keep: async () => undefined,
  find: async () => null,
  forget: async () => undefined,
};

/** What IndexedDB gave back, checked field by field (another version of the page may have written it). */
function asRecovery(value: unknown): Recovery | null {
  if (typeof value !== 'object' || value === null) return null;
  const name: unknown = Reflect.get(value, 'name');
  const savedAt: unknown = Reflect.get(value, 'savedAt');
  const bytes: unknown = Reflect.get(value, 'bytes');
  if (typeof name !== 'string' || typeof savedAt !== 'number' || !(bytes instanceof Uint8Array)) return null;
  return { name, savedAt, bytes: new Uint8Array(bytes) };
}
