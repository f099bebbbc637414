#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { startServer } from "../api/server.js";
import { ConfigError, loadConfig } from "../config/config.js";
import { createLogger } from "../config/logger.js";
import { packageRoot } from "../config/paths.js";
import { registerAuthority } from "./authority-command.js";
import { registerExtract } from "./extract-command.js";
import { registerIngest } from "./ingest-command.js";
import { registerWatch } from "./watch-command.js";
import { registerWorker } from "./worker-command.js";

const { version } = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string };

const program = new Command()
  .name("diplograph")
  .description("A knowledge graph of diplomatic meetings: who met whom, where and when.")
  .version(version);

program
  .command("serve")
  .description("start the HTTP API (PORT, NEO4J_URI, DIPLOGRAPH_DATA from the environment)")
  .action(async () => {
    const config = loadConfig();
    const log = createLogger(config.logLevel);
    const running = await startServer(config, log, version);
    const shutdown = async (signal: string) => {
      log.info({ signal }, "shutting down");
      await running.close();
      process.exit(0);
    };
    process.once("SIGINT", () => void shutdown("SIGINT"));
    process.once("SIGTERM", () => void shutdown("SIGTERM"));
  });

registerExtract(program);
registerIngest(program);
registerWatch(program);
registerWorker(program);
registerAuthority(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(`diplograph: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
