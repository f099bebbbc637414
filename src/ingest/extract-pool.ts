// A small pool of extraction worker threads. Work goes out in chunks (one message per chunk, not per
// article) to keep messaging cheap; answers come back in the order of the input.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleInput } from "../extract/extract.js";
import type { ExtractAnswer, ExtractTask } from "./extract-worker.js";

export type ExtractResult =
  | { ok: true; extraction: Extract<ExtractAnswer, { ok: true }>["extraction"] }
  | { ok: false; reason: string };

// Built, the worker is plain .js. Run from the TypeScript sources (tests, tsx), it is .ts and must
// register the tsx loader first, which a worker's execArgv cannot do: a small bootstrap does it.
const fromSources = import.meta.url.endsWith(".ts");
const workerUrl = new URL(`./extract-worker${fromSources ? ".ts" : ".js"}`, import.meta.url);

function startWorker(): Worker {
  if (!fromSources) return new Worker(workerUrl);
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export class ExtractPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];
  private readonly workers: Worker[] = [];

  constructor(readonly size = availableParallelism()) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`ingest: concurrency must be a whole number >= 1, got ${size}`);
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
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

  private spawn(): Worker {
    const worker = startWorker();
    this.workers.push(worker);
    return worker;
  }

  /** A chunk whose worker died fails as a whole; the worker is replaced and the job goes on. */
  private async runChunk(tasks: ExtractTask[]): Promise<ExtractAnswer[]> {
    let worker = await this.acquire();
    try {
      return await new Promise<ExtractAnswer[]>((resolve, reject) => {
        const onError = (error: Error) => {
          worker.off("message", onMessage);
          reject(error);
        };
        const onMessage = (answers: ExtractAnswer[]) => {
          worker.off("error", onError);
          resolve(answers);
        };
        worker.once("message", onMessage);
        worker.once("error", onError);
        worker.postMessage(tasks);
      });
    } catch (error) {
      this.workers.splice(this.workers.indexOf(worker), 1);
      void worker.terminate();
      worker = this.spawn();
      const reason = `extraction worker failed: ${(error as Error).message}`;
      return tasks.map(({ id }) => ({ id, ok: false, reason }));
    } finally {
      this.release(worker);
    }
  }

  /** Extracts every input, spread over the workers; one answer per input, in order. */
  async extractAll(inputs: ArticleInput[]): Promise<ExtractResult[]> {
    const chunk = Math.max(1, Math.ceil(inputs.length / (this.size * 4)));
    const jobs: Promise<ExtractAnswer[]>[] = [];
    for (let i = 0; i < inputs.length; i += chunk)
      jobs.push(this.runChunk(inputs.slice(i, i + chunk).map((input, k) => ({ id: i + k, input }))));
    const answers = (await Promise.all(jobs)).flat().sort((a, b) => a.id - b.id);
    return answers.map((a) => (a.ok ? { ok: true, extraction: a.extraction } : { ok: false, reason: a.reason }));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
