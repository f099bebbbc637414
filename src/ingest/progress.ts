// Progress of a job: a bar (done/total, rate, ETA) on a terminal, plain log lines every few seconds
// otherwise.
import cliProgress from "cli-progress";

export interface ProgressReporter {
  update(done: number): void;
  stop(): void;
}

export function progressReporter(
  total: number | null,
  options: { tty: boolean; log: (line: string) => void },
): ProgressReporter {
  const started = Date.now();
  if (options.tty && total !== null) {
    const bar = new cliProgress.SingleBar(
      { format: "ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted}", hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: "0" });
    return {
      update: (done) => bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) }),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  let latest = 0;
  const line = () => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const rate = latest / seconds;
    const eta = total !== null && rate > 0 ? `, about ${Math.ceil((total - latest) / rate)} s left` : "";
    options.log(`ingest: ${latest}${total !== null ? `/${total}` : ""} articles, ${rate.toFixed(0)}/s${eta}`);
  };
  return {
    update(done) {
      latest = done;
      if (Date.now() - last >= 5000) {
        last = Date.now();
        line();
      }
    },
    stop: line,
  };
}
