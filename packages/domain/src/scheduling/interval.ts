/** A half-open span of time [start, end). */
export interface Interval {
  start: Date;
  end: Date;
}

/** True when two half-open intervals share time; one ending as the other starts does not. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}
