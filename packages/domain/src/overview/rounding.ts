/**
 * Half away from zero at `decimals` places. The (1 + EPSILON) nudge makes values such as 1.005, whose
 * binary form sits just below the half, round the way the decimal reads; `|| 0` turns -0 into 0 so a
 * figure never prints as "-0".
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON))) / factor;
  return rounded || 0;
}

/** Code-unit order: ids and theme keys are machine values, so the order must not depend on a locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
