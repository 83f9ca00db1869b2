import type { Rational } from "../exact/rational.js";
import type { YamlPath } from "../source/yaml-source.js";
import type { AnnualHours } from "../standard/model.js";

/** Where a line's hours per unit come from: the table, the proposal itself, or a table item the proposal follows. */
export type HoursSource = "table" | "proposal" | "like" | "missing";

/** One computed line: unit hours × quantity. A bundle entry yields several lines. */
export interface WorkloadLine {
  entryIndex: number;
  path: YamlPath;
  /** Table item code, or null for a custom service. */
  itemCode: string | null;
  itemNo?: number;
  name: string;
  /** Variant, exclusions, scaling, bundle: what a reader needs to see why the unit hours are what they are. */
  details: string[];
  clause: string;
  unit: string;
  unitHours: Rational;
  hoursSource: HoursSource;
  count: number;
  /** count × scale (samples / 100, households / 3000); equals count for unscaled items. */
  quantity: Rational;
  hours: Rational;
  /** The bundle this line was expanded from, if any. */
  bundle?: { name: string; count: number; sessions: number };
  /** Interpretation ids (from the standard file) this line relies on. */
  interpretations: string[];
}

export interface Bounds {
  fte: Rational;
  months: number;
  annual: AnnualHours;
  /** FTE × direct hours × months / 12 */
  floor: Rational;
  /** FTE × annual hours × months / 12 */
  ceiling: Rational;
}

export type BoundsPosition = "below" | "within" | "above";

export interface Workload {
  lines: WorkloadLine[];
  total: Rational;
  bounds: Bounds;
  position: BoundsPosition;
  interpretations: string[];
}
