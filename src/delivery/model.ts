import type { Rational } from "../exact/rational.js";
import type { YamlPath, YamlSource } from "../source/yaml-source.js";

/** What was delivered by a point in the project (mid-term or final evaluation), per item. */
export interface Delivery {
  /** The file the delivery was written in: the proposal itself, or a delivery file that names it. */
  source: YamlSource;
  /** Path of the delivery section within that file ([] for a delivery file). */
  path: YamlPath;
  monthsElapsed: number;
  items: DeliveredItem[];
}

export interface DeliveredItem {
  /** A table item code, or "custom:NAME" for a service outside the table. */
  key: string;
  name: string;
  count: number;
  path: YamlPath;
}

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
}
