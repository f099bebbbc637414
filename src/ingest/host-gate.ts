// Politeness per host: at most `perHost` requests at once to one host, and starts at least `delayMs`
// apart, so a feed of fifty links to one site does not hammer it.
import { setTimeout as sleep } from "node:timers/promises";

interface HostSlot {
  active: number;
  nextStart: number;
  waiting: (() => void)[];
}

export class HostGate {
  private readonly hosts = new Map<string, HostSlot>();

  constructor(
    private readonly perHost: number,
    private readonly delayMs: number,
  ) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    let slot = this.hosts.get(host);
    if (!slot) {
      slot = { active: 0, nextStart: 0, waiting: [] };
      this.hosts.set(host, slot);
    }
    const own = slot;
    while (own.active >= this.perHost) await new Promise<void>((resolve) => own.waiting.push(resolve));
    own.active++;
    const now = Date.now();
    const wait = own.nextStart - now;
    own.nextStart = Math.max(now, own.nextStart) + this.delayMs;
    try {
      if (wait > 0) await sleep(wait);
      return await task();
    } finally {
      own.active--;
      own.waiting.shift()?.();
    }
  }
}
