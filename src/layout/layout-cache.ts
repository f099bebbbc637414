// Layouts already computed, by (store version, query, settings), kept as gzipped bytes in a bounded LRU.
// A write changes the store version, so the next request misses and computes afresh.
import { gunzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";

export class LayoutCache {
  private readonly lru: LRUCache<string, Uint8Array>;

  constructor(maxBytes: number) {
    this.lru = new LRUCache<string, Uint8Array>({
      maxSize: maxBytes,
      sizeCalculation: (v) => Math.max(1, v.byteLength),
    });
  }

  static key(version: string, query: unknown): string {
    return JSON.stringify([version, query]);
  }

  /** The gzipped answer stored under this key, or null. */
  get(key: string): Uint8Array | null {
    return this.lru.get(key) ?? null;
  }

  static text(gzipped: Uint8Array): string {
    return gunzipSync(gzipped).toString("utf8");
  }

  set(key: string, gzipped: Uint8Array): void {
    this.lru.set(key, gzipped);
  }

  get size(): number {
    return this.lru.size;
  }
}
