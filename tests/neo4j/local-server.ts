// Starts Neo4j 5.26 Community in-process (Launcher.java) from Maven Central jars, fetched once and cached.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import neo4j from "neo4j-driver";

const here = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);

export const NEO4J_VERSION = "5.26.30";

export interface Neo4jServer {
  uri: string;
  user: string;
  password: string;
  version: string;
  /** Stops the server; its port and data directory stay reserved for start(). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data directory. */
  start(): Promise<void>;
  /** Stops it and deletes the data directory when it was a throwaway one. */
  dispose(): Promise<void>;
}

export interface LocalServerOptions {
  port?: number;
  dataDir?: string;
  log?: (line: string) => void;
}

export async function hasJavaAndMaven(): Promise<boolean> {
  try {
    const { stderr, stdout } = await run("java", ["-version"]);
    const major = /version "(\d+)/.exec(stderr + stdout)?.[1];
    if (!major || Number(major) < 17) return false;
    await run("mvn", ["-v"]);
    return true;
  } catch {
    return false;
  }
}

function cacheRoot(): string {
  const configured = process.env.DIPLOGRAPH_CACHE_DIR;
  return configured ? configured : join(homedir(), ".cache", "diplograph");
}

/** Fetches the jars once into the cache (atomically, so a crash never leaves half a folder). */
export async function ensureNeo4jJars(log: (line: string) => void = () => {}): Promise<string> {
  const lib = join(cacheRoot(), `neo4j-${NEO4J_VERSION}`, "lib");
  if (existsSync(lib) && readdirSync(lib).some((f) => f.startsWith(`neo4j-kernel-${NEO4J_VERSION}`))) return lib;
  mkdirSync(dirname(lib), { recursive: true });
  const staging = mkdtempSync(join(dirname(lib), "lib-staging-"));
  log(`neo4j: fetching Neo4j ${NEO4J_VERSION} jars from Maven Central (once) into ${lib}`);
  try {
    await run(
      "mvn",
      ["-B", "-q", "-f", join(here, "pom.xml"), "dependency:copy-dependencies", `-DoutputDirectory=${staging}`],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    if (!existsSync(lib)) renameSync(staging, lib);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return lib;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitUntilReady(uri: string, child: ChildProcess, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`neo4j: launcher exited with code ${child.exitCode} before it was ready`);
    const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "unused"));
    try {
      await driver.verifyConnectivity();
      const result = await driver.executeQuery("CALL dbms.components() YIELD versions RETURN versions[0] AS version");
      return String(result.records[0]?.get("version"));
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await driver.close();
    }
  }
  throw new Error(`neo4j: not ready after ${timeoutMs} ms: ${String(lastError)}`);
}

export async function startLocalNeo4j(options: LocalServerOptions = {}): Promise<Neo4jServer> {
  const log = options.log ?? (() => {});
  const lib = await ensureNeo4jJars(log);
  const port = options.port ?? (await freePort());
  const throwaway = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "diplograph-neo4j-"));
  const uri = `bolt://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let version = "";
  let output = "";

  const start = async () => {
    const args = [
      "-Xms256m",
      "-Xmx2g",
      "-XX:+UseG1GC",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "-cp",
      join(lib, "*"),
      join(here, "Launcher.java"),
      dataDir,
      String(port),
    ];
    // stdin stays a pipe: the launcher exits when it closes, so our death takes the server with it.
    const proc = spawn("java", args, { stdio: ["pipe", "pipe", "pipe"] });
    child = proc;
    proc.stdout?.on("data", (d) => {
      output = (output + d).slice(-20_000);
    });
    proc.stderr?.on("data", (d) => {
      output = (output + d).slice(-20_000);
    });
    try {
      version = await waitUntilReady(uri, proc, 120_000);
    } catch (error) {
      proc.kill("SIGKILL");
      throw new Error(`${(error as Error).message}\n--- launcher output ---\n${output}`);
    }
  };

  const stop = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
    proc.stdin?.end();
    const timer = setTimeout(() => proc.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return {
    uri,
    user: "neo4j",
    password: "unused",
    get version() {
      return version;
    },
    stop,
    start,
    dispose: async () => {
      await stop();
      if (throwaway) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
