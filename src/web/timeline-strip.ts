// The strip under the graph: meetings, calls and visits per week or month for the persons drawn, as
// stacked bars (uPlot), with a brush: dragging across it picks a span of whole weeks or months, which
// becomes From and To. The current span stays marked on the axis.
import uPlot from "uplot";
import { type Buckets, bucketActivity, type DayCount, fromSeconds, snapSpan, toSeconds } from "./activity-buckets.js";
import { countAxisWidth, countLabels } from "./count-axis.js";
import { EDGE_COLOUR } from "./edge-style.js";

const HEIGHT = 110;

export class TimelineStrip {
  private plot: uPlot | null = null;
  private buckets: Buckets | null = null;
  /** Set while the page itself marks the span, so that marking is not taken for a user's brush. */
  private marking = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly onBrush: (from: string, to: string) => void,
  ) {
    new ResizeObserver(() => this.plot?.setSize({ width: this.width(), height: HEIGHT })).observe(container);
  }

  private width = () => Math.max(200, this.container.clientWidth);

  show(items: DayCount[], from: string, to: string) {
    this.plot?.destroy();
    this.plot = null;
    this.buckets = bucketActivity(items);
    this.container.dataset.unit = this.buckets?.unit ?? "";
    if (!this.buckets) return;
    const b = this.buckets;
    // Stacked by drawing the totals first and each lower layer over them.
    const calls = b.meetings.map((m, i) => m + (b.calls[i] ?? 0));
    const all = calls.map((c, i) => c + (b.visits[i] ?? 0));
    const bars = uPlot.paths.bars?.({ align: 1, size: [0.9, 40] });
    const layer = (label: string, colour: string): uPlot.Series => ({
      label,
      fill: colour,
      stroke: colour,
      paths: bars,
    });
    this.plot = new uPlot(
      {
        width: this.width(),
        height: HEIGHT,
        legend: { show: false },
        cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [
          {},
          {
            values: (_u, ticks) => countLabels(ticks),
            // Measured in the axis' own font; the canvas works in device pixels.
            size: (u, labels, axis) => {
              u.ctx.font = u.axes[axis]?.font?.[0] ?? u.ctx.font;
              return countAxisWidth(labels, (text) => u.ctx.measureText(text).width / devicePixelRatio);
            },
          },
        ],
        series: [
          {},
          layer("visits", EDGE_COLOUR.VISITED),
          layer("calls", EDGE_COLOUR.SPOKE_WITH),
          layer("meetings", EDGE_COLOUR.MET_WITH),
        ],
        // Positions exist once the first draw is done: the span is marked then.
        hooks: { setSelect: [(u) => this.brushed(u)], ready: [() => this.mark(from, to)] },
      },
      [b.starts.map(toSeconds), all, calls, b.meetings],
      this.container,
    );
  }

  /** Marks the span on the axis (the whole strip when it is open on both ends: nothing to mark). */
  private mark(from: string, to: string) {
    const u = this.plot;
    const b = this.buckets;
    if (!u || !b || (!from && !to)) return;
    const left = u.valToPos(toSeconds(from || (b.starts[0] as string)), "x");
    const right = u.valToPos(toSeconds(to || (b.starts.at(-1) as string)) + 86_400, "x");
    this.marking = true;
    u.setSelect({ left, width: Math.max(1, right - left), top: 0, height: u.over.clientHeight }, false);
    this.marking = false;
  }

  private brushed(u: uPlot) {
    if (this.marking || !this.buckets || u.select.width < 3) return;
    const from = fromSeconds(u.posToVal(u.select.left, "x"));
    const to = fromSeconds(u.posToVal(u.select.left + u.select.width, "x"));
    this.onBrush(...snapSpan(from, to, this.buckets.unit));
  }
}
