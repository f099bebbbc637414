// The extraction worker: runs extract() on the articles the pool sends and answers with the extraction
// or the reason it failed. Pure CPU work, off the main thread.
import { parentPort } from "node:worker_threads";
import { type ArticleInput, extract } from "../extract/extract.js";

export interface ExtractTask {
  id: number;
  input: ArticleInput;
}
export type ExtractAnswer =
  | { id: number; ok: true; extraction: ReturnType<typeof extract> }
  | { id: number; ok: false; reason: string };

parentPort?.on("message", (tasks: ExtractTask[]) => {
  const answers: ExtractAnswer[] = tasks.map(({ id, input }) => {
    try {
      return { id, ok: true, extraction: extract(input) };
    } catch (error) {
      return { id, ok: false, reason: (error as Error).message };
    }
  });
  parentPort?.postMessage(answers);
});
