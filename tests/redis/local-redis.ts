// A throwaway redis-server on a free loopback port, without persistence (for tests and benches).
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts redis-server on `port` (a free one when not given: pass the old one to restart a server). */
export async function startRedis(port?: number): Promise<{ url: string; port: number; server: ChildProcess }> {
  port ??= await freePort();
  const server = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on("data", (chunk) => {
      output += chunk;
      if (output.includes("Ready to accept connections")) resolve();
    });
    server.once("exit", (code) => reject(new Error(`redis-server exited (${code}): ${output.slice(-500)}`)));
    server.once("error", reject);
  });
  return { url: `redis://127.0.0.1:${port}`, port, server };
}
