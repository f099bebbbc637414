// Runs a TypeScript file as a child process (through tsx) and waits for lines it prints.
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface Child {
  process: ChildProcess;
  lines: string[];
  /** Resolves when a printed line satisfies the test. */
  waitFor(test: (line: string) => boolean): Promise<string>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function runTs(
  file: string,
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Child {
  // The loader by absolute URL, so the child may run in any working directory.
  const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), file, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
  });
  const lines: string[] = [];
  const waiters: { test: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
    lines.push(line);
    for (const w of [...waiters])
      if (w.test(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  return {
    process: child,
    lines,
    exit,
    waitFor: (test) => {
      const seen = lines.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ test, resolve });
        exit.then(({ code, signal }) =>
          reject(new Error(`child exited (${code ?? signal}) before the line: ${stderr.slice(-2000)}`)),
        );
      });
    },
  };
}
