// Node sizes fitted to the picture. The layout sizes nodes by degree (2 + 2√degree px): right for a few
// dozen persons, but sigma frames any graph in the same square, so 5,000 persons at those sizes cover it
// many times over (measured on the bench store: 6.3 million px of discs framed in about 100,000 px), the
// picture is one blob and a software renderer spends its time painting discs under discs. Scaling all
// sizes by one factor keeps who is larger than whom.

/** The most of the framed picture the discs may cover together, overlaps counted twice. */
export const MAX_COVER = 1 / 3;

/**
 * The px² a layout takes once framed as sigma frames it: its box scaled so its longer side spans the
 * stage's shorter side inside the padding.
 */
export function framedArea(
  points: readonly { x: number; y: number }[],
  stage: { width: number; height: number },
  padding: number,
): number {
  if (!points.length) return 0;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const side = Math.max(0, Math.min(stage.width, stage.height) - 2 * padding);
  const longer = Math.max(maxX - minX, maxY - minY);
  // One node, or all on one spot: the whole square is theirs.
  if (longer === 0) return side * side;
  return (side * side * (maxX - minX) * (maxY - minY)) / (longer * longer);
}

/**
 * The factor (at most 1) that makes discs of these radii cover at most `cover` of `area` px², so small
 * pictures keep their sizes.
 */
export function sizeFactor(radii: readonly number[], area: number, cover = MAX_COVER): number {
  let discs = 0;
  for (const r of radii) discs += Math.PI * r * r;
  if (discs <= 0 || area <= 0) return 1;
  return Math.min(1, Math.sqrt((cover * area) / discs));
}
