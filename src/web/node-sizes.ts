// Node sizes fitted to the stage. The layout sizes nodes by degree (2 + 2√degree px): right for a few hundred
// persons, but 5,000 persons drawn at those sizes cover the stage several times over (measured on the bench
// store: 6.3 million px of discs on a stage of under a million px), so the picture is one blob and a software
// renderer spends its time painting discs under discs. Scaling all sizes by one factor keeps who is
// larger than whom.

/** The most of the stage the discs may cover together, overlaps counted twice. */
export const MAX_COVER = 1 / 3;

/**
 * The factor (at most 1) that makes discs of these radii cover at most `cover` of a stage of `stageArea`
 * px², so small pictures keep their sizes.
 */
export function sizeFactor(radii: readonly number[], stageArea: number, cover = MAX_COVER): number {
  let discs = 0;
  for (const r of radii) discs += Math.PI * r * r;
  if (discs <= 0 || stageArea <= 0) return 1;
  return Math.min(1, Math.sqrt((cover * stageArea) / discs));
}
