import type { Fen } from "../exact/money.js";
import type { Rational } from "../exact/rational.js";
import type { YamlPath } from "../source/yaml-source.js";
import type { BudgetInput, BudgetInputLine } from "../proposal/model.js";

/** One priced line: unit price × quantity, rounded to the fen. */
export interface BudgetLine extends Omit<BudgetInputLine, "index"> {
  total: Fen;
  /** Lines written by the proposal, or the supervision section priced by gongshi. */
  source: "proposal" | "supervision";
}

export interface CategoryTotal {
  category: string;
  lines: BudgetLine[];
  total: Fen;
}

export interface Budget {
  categories: CategoryTotal[];
  /** Sum of every category: the base of the management fee. */
  direct: Fen;
  managementFee: Fen;
  managementFeePercent: Rational;
  /** Tax on direct + management fee. */
  tax: Fen;
  taxPercent: Rational;
  total: Fen;
  /** Total ÷ workload hours, in fen per hour; null with no workload. */
  costPerServiceHour: Fen | null;
  personnel: Fen;
  limits: BudgetInput["limits"];
  /** Each of the funder's limits against these totals (limits.ts). */
  limitChecks: LimitChecks;
}

/** A verdict per limit the proposal states; shares are percentages of the total, null when the total is 0. */
export interface LimitChecks {
  ceiling?: { limit: Fen; excess: Fen; ok: boolean };
  managementFee?: { max: Rational; share: Rational | null; ok: boolean };
  personnel?: { min: Rational; share: Rational | null; ok: boolean };
}

/** Supervision priced: hours × the rate asked, beside hours × the cap of the supervisor's tier. */
export interface SupervisionCostLine {
  path: YamlPath;
  supervisor: string;
  type: "individual" | "group";
  count: number;
  hoursEach: Rational;
  hours: Rational;
  rate: Fen;
  cap: Fen | null;
  capLabel: string | null;
  cost: Fen;
  capCost: Fen | null;
}

export interface SupervisionCost {
  lines: SupervisionCostLine[];
  hours: Rational;
  cost: Fen;
}

export const PERSONNEL_CATEGORY = "人员经费";
/** The order Jiangsu budgets list categories in; others follow in the order the proposal writes them. */
export const CATEGORY_ORDER = ["人员经费", "督导费", "活动经费", "宣传费", "交通费", "办公费", "培训费", "其他"];
