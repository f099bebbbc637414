// Runs an async function over inputs, at most `limit` at once, and yields each result as it completes
// (a slow page does not hold back the fast ones behind it).
export async function* completionOrder<I, O>(
  inputs: Iterable<I>,
  limit: number,
  run: (input: I) => Promise<O>,
): AsyncGenerator<O> {
  const queue = [...inputs];
  const running = new Map<number, Promise<{ key: number; value: O }>>();
  let next = 0;
  const launch = () => {
    const input = queue.shift() as I;
    const key = next++;
    running.set(
      key,
      run(input).then((value) => ({ key, value })),
    );
  };
  while (queue.length > 0 || running.size > 0) {
    while (queue.length > 0 && running.size < limit) launch();
    const { key, value } = await Promise.race(running.values());
    running.delete(key);
    yield value;
  }
}
