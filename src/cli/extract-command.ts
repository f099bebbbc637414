import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { IsoDate } from "../domain/extraction.js";
import { type BackboneName, isBackboneName } from "../extract/backbone.js";
import { ExtractionInputError } from "../extract/errors.js";
import { extract } from "../extract/extract.js";

interface ExtractFlags {
  jsonl?: boolean;
  published?: string;
  backbone: string;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("print the Extraction of each article file (JSON, or one object per line with --jsonl)")
    .option("--jsonl", "one JSON object per line")
    .option("--published <date>", "publication date YYYY-MM-DD, anchoring relative dates")
    .option("--backbone <name>", "part-of-speech tagger: wink, compromise (needs the dev dependency) or off", "wink")
    .argument("<files...>", "article text files")
    .action(async (files: string[], flags: ExtractFlags) => {
      let publishedAt: string | null = null;
      if (flags.published !== undefined) {
        const parsed = IsoDate.safeParse(flags.published);
        if (!parsed.success)
          throw new Error(
            `extract: --published ${JSON.stringify(flags.published)}: ${parsed.error.issues[0]?.message}`,
          );
        publishedAt = parsed.data;
      }
      if (!isBackboneName(flags.backbone))
        throw new Error(`extract: --backbone ${JSON.stringify(flags.backbone)}: expected wink, compromise or off`);
      const backbone: BackboneName = flags.backbone;
      let failed = 0;
      for (const file of files) {
        try {
          const text = await readFile(file, "utf8");
          const extraction = extract({ text, publishedAt }, { backbone });
          const record = { file, ...extraction };
          process.stdout.write(flags.jsonl ? `${JSON.stringify(record)}\n` : `${JSON.stringify(record, null, 2)}\n`);
        } catch (error) {
          failed++;
          const reason =
            error instanceof ExtractionInputError ? `${error.code}: ${error.message}` : (error as Error).message;
          process.stderr.write(`diplograph extract: ${file}: ${reason}\n`);
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
