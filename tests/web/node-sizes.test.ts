import { describe, expect, it } from "vitest";
import { framedArea, MAX_COVER, sizeFactor } from "../../src/web/node-sizes.js";

const cover = (radii: number[], k: number) => radii.reduce((a, r) => a + Math.PI * (r * k) ** 2, 0);

describe("sizeFactor", () => {
  it("keeps the sizes of a picture that leaves most of the stage free", () => {
    expect(sizeFactor([5, 12, 30], 1280 * 800)).toBe(1);
  });

  it("shrinks a crowded picture to cover the most it may, keeping the order of sizes", () => {
    const radii = Array.from({ length: 5000 }, (_, i) => 2 + 2 * Math.sqrt(i % 700));
    const stage = 1280 * 800;
    const k = sizeFactor(radii, stage);
    expect(k).toBeLessThan(1);
    expect(cover(radii, k) / stage).toBeCloseTo(MAX_COVER, 6);
  });

  it("gives smaller factors for more crowded pictures", () => {
    const few = Array.from({ length: 1000 }, () => 20);
    const many = Array.from({ length: 4000 }, () => 20);
    expect(sizeFactor(many, 1e6)).toBeCloseTo(sizeFactor(few, 1e6) / 2, 9);
  });

  it("leaves sizes alone when there is nothing to measure", () => {
    expect(sizeFactor([], 1e6)).toBe(1);
    expect(sizeFactor([10], 0)).toBe(1);
  });
});

describe("framedArea", () => {
  const stage = { width: 1280, height: 500 };

  it("fits a square layout into the stage's shorter side, inside the padding", () => {
    const square = [
      { x: -3, y: -3 },
      { x: 3, y: 3 },
    ];
    expect(framedArea(square, stage, 90)).toBe(320 * 320);
  });

  it("gives a wide layout the part of the square its shape takes, whatever its scale", () => {
    const wide = [
      { x: 0, y: 0 },
      { x: 400, y: 100 },
    ];
    expect(framedArea(wide, stage, 90)).toBe((320 * 320) / 4);
    expect(
      framedArea(
        wide.map((p) => ({ x: p.x / 100, y: p.y / 100 })),
        stage,
        90,
      ),
    ).toBeCloseTo((320 * 320) / 4, 9);
  });

  it("gives one spot the whole square and nothing the stage has no room for", () => {
    expect(framedArea([{ x: 1, y: 1 }], stage, 90)).toBe(320 * 320);
    expect(framedArea([], stage, 90)).toBe(0);
    expect(
      framedArea(
        [
          { x: 0, y: 0 },
          { x: 1, y: 1 },
        ],
        { width: 100, height: 100 },
        90,
      ),
    ).toBe(0);
  });
});
