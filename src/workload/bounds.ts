import { Rational } from "../exact/rational.js";
import { annualHoursFor, type AnnualHoursParameters } from "../standard/model.js";
import type { Bounds, BoundsPosition } from "./model.js";

/**
 * 四（一）3: the workload may be no less than FTE × 1372 and no more than FTE × 1960 a year.
 * A project of other than 12 months scales both by months / 12.
 */
export function computeBounds(params: AnnualHoursParameters, fte: Rational, months: number, publicHolidays: number): Bounds {
  const annual = annualHoursFor(params, publicHolidays);
  const share = Rational.of(months, 12);
  return {
    fte,
    months,
    annual,
    floor: fte.mul(annual.direct).mul(share),
    ceiling: fte.mul(annual.annual).mul(share),
  };
}

export function positionOf(total: Rational, bounds: Bounds): BoundsPosition {
  if (total.lt(bounds.floor)) return "below";
  if (total.gt(bounds.ceiling)) return "above";
  return "within";
}
