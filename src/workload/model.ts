import type { Rational } from "../exact/rational.js";
import type { YamlPath } from "../source/yaml-source.js";
import type { AnnualHours, VariantOption } from "../standard/model.js";

/** Where a line's hours per unit come from: the table, the proposal itself, or a table item the proposal follows. */
export type HoursSource = "table" | "proposal" | "like" | "missing";

/** One computed line: unit hours × quantity. A bundle entry yields several lines. */
export interface WorkloadLine {
  entryIndex: number;
  path: YamlPath;
  /** The item this line counts toward: its table item code, or customKey(name) for a service outside the table. */
  key: string;
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
  /** The rate chosen, for an item with two rates (转介 with or without escort; self-run or outside expert). */
  variant?: VariantOption;
  /** For an item scaled by samples or households, when the amount is given: quantity = count × amount / per. */
  scale?: { by: "samples" | "households"; amount: number; per: number };
  /** For hours the proposal gives or borrows: its justification and the table item it follows. */
  basis?: { justification?: string; like?: string };
  /** The table item the line is like (like:), whose rules it goes through. */
  likeCode?: string;
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

/** All lines of one item (or of one item at one rate) added up: what every reader of "how many X" uses. */
export interface ItemTotal {
  key: string;
  name: string;
  count: number;
  hours: Rational;
  lines: WorkloadLine[];
}

export interface Workload {
  lines: WorkloadLine[];
  /** The lines added up per item key (bundles expanded), in the order items first appear. */
  items: ReadonlyMap<string, ItemTotal>;
  total: Rational;
  bounds: Bounds;
  position: BoundsPosition;
  interpretations: string[];
}
