// Extraction in worker threads. Work goes out in chunks (one message per chunk, not per article) to
// keep messaging cheap; answers come back in the order of the input.
import { availableParallelism } from "node:os";
import type { ArticleInput } from "../extract/extract.js";
import { siblingModule, WorkerPool } from "../workers/worker-pool.js";
import type { ExtractAnswer, ExtractTask } from "./extract-worker.js";

export type ExtractResult =
  | { ok: true; extraction: Extract<ExtractAnswer, { ok: true }>["extraction"] }
  | { ok: false; reason: string };

export class ExtractPool {
  private readonly pool: WorkerPool<ExtractTask[], ExtractAnswer[]>;

  constructor(readonly size = availableParallelism()) {
    this.pool = new WorkerPool(siblingModule(import.meta.url, "extract-worker"), size, "ingest");
  }

  /** A chunk whose worker died fails as a whole; the job goes on. */
  private async runChunk(tasks: ExtractTask[]): Promise<ExtractAnswer[]> {
    try {
      return await this.pool.run(tasks);
    } catch (error) {
      const reason = `extraction ${(error as Error).message}`;
      return tasks.map(({ id }) => ({ id, ok: false, reason }));
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

  close(): Promise<void> {
    return this.pool.close();
  }
}
