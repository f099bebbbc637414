// The bench's switch for posts: the same store, writing every extraction without its posts and office
// references, so no HELD span is kept and nothing is resolved (the baseline post resolution is timed against).
import type { Extraction } from "../../src/domain/extraction.js";
import type { GraphStore } from "../../src/store/graph-store.js";

function stripPosts(x: Extraction): Extraction {
  return {
    ...x,
    entities: x.entities.map((e) => (e.type === "Person" ? { ...e, posts: undefined } : e)),
    events: x.events.map((e) => ({ ...e, officeRefs: undefined })),
  };
}

export function withoutPosts(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, key) {
      if (key === "upsert")
        return (xs: Extraction[], options?: Parameters<GraphStore["upsert"]>[1]) =>
          target.upsert(xs.map(stripPosts), options);
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
