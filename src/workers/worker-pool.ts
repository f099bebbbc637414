// A small pool of worker threads running one module each: a task goes to an idle worker, waits for one
// otherwise; a worker that dies fails its task and is replaced. Used by extraction and layouts.
import { Worker } from "node:worker_threads";

/**
 * Starts a worker for a module given by URL. Built, modules are .js. Run from the TypeScript sources
 * (tests, tsx) they are .ts and the worker must register the tsx loader first, which execArgv cannot
 * do in a worker: a small bootstrap does it.
 */
export function startWorker(moduleUrl: URL): Worker {
  if (!moduleUrl.pathname.endsWith(".ts")) return new Worker(moduleUrl);
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** The URL of a sibling worker module, .ts under the sources and .js once built. */
export function siblingModule(base: string, name: string): URL {
  return new URL(`./${name}${base.endsWith(".ts") ? ".ts" : ".js"}`, base);
}

export class WorkerPool<Task, Answer> {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];
  private readonly workers = new Set<Worker>();

  constructor(
    private readonly moduleUrl: URL,
    readonly size: number,
    private readonly name: string,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`${name}: pool size must be a whole number >= 1, got ${size}`);
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = startWorker(this.moduleUrl);
    this.workers.add(worker);
    return worker;
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    return w ? Promise.resolve(w) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(w: Worker) {
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }

  /** Runs one task on a worker; rejects when the worker dies (it is replaced). */
  async run(task: Task, transfer: ArrayBuffer[] = []): Promise<Answer> {
    let worker = await this.acquire();
    try {
      return await new Promise<Answer>((resolve, reject) => {
        const onError = (error: Error) => {
          worker.off("message", onMessage);
          reject(new Error(`${this.name}: worker failed: ${error.message}`));
        };
        const onMessage = (answer: Answer) => {
          worker.off("error", onError);
          resolve(answer);
        };
        worker.once("message", onMessage);
        worker.once("error", onError);
        worker.postMessage(task, transfer);
      });
    } catch (error) {
      this.workers.delete(worker);
      void worker.terminate();
      worker = this.spawn();
      throw error;
    } finally {
      this.release(worker);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
    this.workers.clear();
  }
}
