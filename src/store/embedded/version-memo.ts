// Answers remembered for one store version: the page asks the same ranking for its graph, timeline and
// map at once, and each would otherwise walk every person's edges. A write moves the version on and
// forgets them all.
export class VersionMemo<T> {
  private version = "";
  private readonly answers = new Map<string, T>();

  constructor(private readonly most: number) {}

  get(version: string, key: string, compute: () => T): T {
    if (version !== this.version) {
      this.answers.clear();
      this.version = version;
    }
    const known = this.answers.get(key);
    if (known !== undefined) return known;
    const answer = compute();
    // The oldest goes first: Maps iterate in insertion order.
    if (this.answers.size >= this.most) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, answer);
    return answer;
  }
}
