import type { Fen } from "../exact/money.js";
import { Rational } from "../exact/rational.js";
import type { BudgetInput } from "../proposal/model.js";
import type { LimitChecks } from "./model.js";

/**
 * A funder's limits against the computed budget, decided once: the rules report these verdicts and the
 * workbook shows them beside its live formulas. A share of a zero total is no share at all, so a
 * limit on it holds.
 */
export function checkLimits(limits: BudgetInput["limits"], totals: { total: Fen; managementFee: Fen; personnel: Fen }): LimitChecks {
  const share = (part: Fen) => (totals.total === 0 ? null : Rational.of(part * 100, totals.total));
  const checks: LimitChecks = {};
  if (limits.ceiling !== undefined) {
    checks.ceiling = { limit: limits.ceiling, excess: totals.total - limits.ceiling, ok: totals.total <= limits.ceiling };
  }
  if (limits.maxManagementFeePercent !== undefined) {
    const fee = share(totals.managementFee);
    checks.managementFee = { max: limits.maxManagementFeePercent, share: fee, ok: fee === null || !fee.gt(limits.maxManagementFeePercent) };
  }
  if (limits.minPersonnelPercent !== undefined) {
    const personnel = share(totals.personnel);
    checks.personnel = { min: limits.minPersonnelPercent, share: personnel, ok: personnel === null || !personnel.lt(limits.minPersonnelPercent) };
  }
  return checks;
}
