// The extraction worker: runs extract() on the articles the pool sends and answers with the extraction
// or the reason it failed. Pure CPU work, off the main thread.
import { parentPort } from "node:worker_threads";
import { envValue } from "../config/env.js";
import { Extraction } from "../domain/extraction.js";
import { type ArticleInput, extract } from "../extract/extract.js";

export interface ExtractTask {
  id: number;
  input: ArticleInput;
}
export type ExtractAnswer =
  | { id: number; ok: true; extraction: ReturnType<typeof extract> }
  | { id: number; ok: false; reason: string };

/** DIPLOGRAPH_SYNDICATION=off leaves articles unsketched, so each is its own group (a baseline for benches). */
const fingerprint = envValue("DIPLOGRAPH_SYNDICATION") !== "off";

parentPort?.on("message", (tasks: ExtractTask[]) => {
  const answers: ExtractAnswer[] = tasks.map(({ id, input }) => {
    try {
      // Checked here, in parallel, so a bad extraction is rejected alone and the main thread stays free.
      const checked = Extraction.safeParse(extract(input, { fingerprint }));
      if (!checked.success)
        return { id, ok: false, reason: `extraction failed its schema: ${checked.error.issues[0]?.message}` };
      return { id, ok: true, extraction: checked.data };
    } catch (error) {
      return { id, ok: false, reason: (error as Error).message };
    }
  });
  parentPort?.postMessage(answers);
});
