import DataLoader from 'dataloader';

/** Per-request DataLoaders, created on first use and keyed by name. */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | null)[]>): DataLoader<K, V | null> {
    let loader = this.byName.get(name);
    if (!loader) {
      loader = new DataLoader<K, V | null>(batch, { maxBatchSize: 500 }) as DataLoader<unknown, unknown>;
      this.byName.set(name, loader);
    }
    return loader as DataLoader<K, V | null>;
  }
}

/** Orders rows fetched by `id = any($1)` back into the order of the requested keys. */
export function byKeys<T extends { id: string }>(keys: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
}
