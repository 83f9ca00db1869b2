import type { Rational } from "../exact/rational.js";
import type { BoundsPosition } from "../workload/model.js";

/** Planned against delivered for one item, with hours at the plan's own hours per unit. */
export interface DeliveryLine {
  key: string;
  name: string;
  plannedCount: number;
  plannedHours: Rational;
  deliveredCount: number;
  deliveredHours: Rational;
  /** delivered ÷ planned count; null when nothing was planned. */
  completion: Rational | null;
}

export interface DeliveryReport {
  monthsElapsed: number;
  months: number;
  lines: DeliveryLine[];
  plannedHours: Rational;
  deliveredHours: Rational;
  /** The bounds prorated to the months elapsed. */
  floor: Rational;
  ceiling: Rational;
  /** Delivered hours against the prorated bounds. */
  position: BoundsPosition;
}
