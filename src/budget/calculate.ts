import type { Fen } from "../exact/money.js";
import { Rational } from "../exact/rational.js";
import type { BudgetInput, Supervision } from "../proposal/model.js";
import { feeTierFor, type SupervisionLimits } from "../standard/model.js";
import type { Workload } from "../workload/model.js";
import { checkLimits } from "./limits.js";
import {
  CATEGORY_ORDER,
  PERSONNEL_CATEGORY,
  type Budget,
  type BudgetLine,
  type CategoryTotal,
  type SupervisionCost,
} from "./model.js";

/** A money amount that is not a whole number of fen, rounded half away from zero (as Excel's ROUND). */
export function roundToFen(amount: Rational): Fen {
  return Number(amount.toFixed(0));
}

/** unit price (fen) × quantity, to the fen. */
export function lineTotal(unitPrice: Fen, quantity: Rational): Fen {
  return roundToFen(Rational.of(unitPrice).mul(quantity));
}

/** base × percent / 100, to the fen. */
export function percentOf(base: Fen, percent: Rational): Fen {
  return roundToFen(Rational.of(base).mul(percent).div(100));
}

const TYPE_NAMES = { individual: "个别督导", group: "团体督导" } as const;

/** 第七节: hours (sessions × hours each) × the rate asked; beside it, the same hours at the tier's cap. */
export function priceSupervision(supervision: Supervision, limits: SupervisionLimits | undefined): SupervisionCost {
  const lines = supervision.sessions
    .filter((s) => s.supervisor)
    .map((session) => {
      const supervisor = session.supervisor!;
      const hours = session.hoursEach.mul(session.count);
      const tier = limits && feeTierFor(limits, supervisor.origin, supervisor.years);
      return {
        path: session.path,
        supervisor: supervisor.name,
        type: session.type,
        count: session.count,
        hoursEach: session.hoursEach,
        hours,
        rate: supervisor.rate,
        cap: tier?.maxRate ?? null,
        capLabel: tier?.label ?? null,
        cost: lineTotal(supervisor.rate, hours),
        capCost: tier ? lineTotal(tier.maxRate, hours) : null,
      };
    });
  return { lines, hours: Rational.sum(lines.map((l) => l.hours)), cost: lines.reduce((sum, l) => sum + l.cost, 0) };
}

/**
 * Prices the budget: each line to the fen, category subtotals, the supervision cost as a line of its
 * own, the management fee on the direct costs, the tax on direct + management fee, the total, and the
 * cost per service hour. Supervision hours never touch the workload.
 */
export function calculateBudget(input: BudgetInput, supervision: SupervisionCost | undefined, workload: Workload): Budget {
  const lines: BudgetLine[] = input.lines.map((l) => ({
    path: l.path,
    category: l.category,
    item: l.item,
    unitPrice: l.unitPrice,
    unit: l.unit,
    quantity: l.quantity,
    total: lineTotal(l.unitPrice, l.quantity),
    note: l.note,
    source: "proposal",
  }));
  for (const s of supervision?.lines ?? []) {
    lines.push({
      path: s.path,
      category: "督导费",
      item: `${TYPE_NAMES[s.type]}（${s.supervisor}）`,
      unitPrice: s.rate,
      unit: "小时",
      quantity: s.hours,
      total: s.cost,
      note: `${s.count} 次 × ${s.hoursEach.toExactString()} 小时`,
      source: "supervision",
    });
  }
  const categories = groupByCategory(lines);
  const direct = categories.reduce((sum, c) => sum + c.total, 0);
  const managementFeePercent = input.managementFeePercent ?? Rational.ZERO;
  const taxPercent = input.taxPercent ?? Rational.ZERO;
  const managementFee = percentOf(direct, managementFeePercent);
  const tax = percentOf(direct + managementFee, taxPercent);
  const total = direct + managementFee + tax;
  const personnel = categories.find((c) => c.category === PERSONNEL_CATEGORY)?.total ?? 0;
  return {
    categories,
    direct,
    managementFee,
    managementFeePercent,
    tax,
    taxPercent,
    total,
    costPerServiceHour: workload.total.isZero() ? null : roundToFen(Rational.of(total).div(workload.total)),
    personnel,
    limits: input.limits,
    limitChecks: checkLimits(input.limits, { total, managementFee, personnel }),
  };
}

function groupByCategory(lines: readonly BudgetLine[]): CategoryTotal[] {
  const byName = new Map<string, BudgetLine[]>();
  for (const line of lines) {
    if (!byName.has(line.category)) byName.set(line.category, []);
    byName.get(line.category)!.push(line);
  }
  const rank = (name: string) => {
    const at = CATEGORY_ORDER.indexOf(name);
    return at < 0 ? CATEGORY_ORDER.length : at;
  };
  // A Map keeps the order categories were first seen in, and the sort is stable.
  return [...byName.keys()]
    .sort((a, b) => rank(a) - rank(b))
    .map((category) => {
      const categoryLines = byName.get(category)!;
      return { category, lines: categoryLines, total: categoryLines.reduce((sum, l) => sum + l.total, 0) };
    });
}
