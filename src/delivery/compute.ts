import { Rational } from "../exact/rational.js";
import type { Proposal } from "../proposal/model.js";
import { findItem } from "../standard/model.js";
import type { Counts } from "../tender/measure.js";
import type { Workload } from "../workload/model.js";
import type { Delivery, DeliveryLine, DeliveryReport } from "./model.js";

/** The key a workload line is counted under: its table item, or its custom name. */
export function lineKey(line: { itemCode: string | null; name: string }): string {
  return line.itemCode ?? `custom:${line.name}`;
}

/**
 * Planned against delivered, item by item. Delivered hours use the plan's own hours per unit of that
 * item (planned hours ÷ planned count), so a delivered referral counts as the plan's mix of escorted
 * and unescorted ones; an item delivered but not planned takes the table's hours.
 */
export function compareDelivery(proposal: Proposal, workload: Workload, delivery: Delivery): DeliveryReport {
  const planned = new Map<string, { name: string; count: number; hours: Rational }>();
  for (const line of workload.lines) {
    const key = lineKey(line);
    const entry = planned.get(key) ?? { name: line.name, count: 0, hours: Rational.ZERO };
    entry.count += line.count;
    entry.hours = entry.hours.add(line.hours);
    planned.set(key, entry);
  }
  const delivered = new Map(delivery.items.map((i) => [i.key, i]));
  const keys = [...planned.keys(), ...delivery.items.map((i) => i.key).filter((k) => !planned.has(k))];
  const lines: DeliveryLine[] = keys.map((key) => {
    const plan = planned.get(key);
    const done = delivered.get(key);
    const deliveredCount = done?.count ?? 0;
    let perUnit = Rational.ZERO;
    if (plan && plan.count > 0) perUnit = plan.hours.div(plan.count);
    else {
      const item = findItem(proposal.standard, key);
      perUnit = item?.hours ?? Rational.ZERO;
    }
    return {
      key,
      name: plan?.name ?? done?.name ?? key,
      plannedCount: plan?.count ?? 0,
      plannedHours: plan?.hours ?? Rational.ZERO,
      deliveredCount,
      deliveredHours: perUnit.mul(deliveredCount),
      completion: plan && plan.count > 0 ? Rational.of(deliveredCount, plan.count) : null,
    };
  });
  const share = Rational.of(delivery.monthsElapsed, workload.bounds.months);
  return {
    monthsElapsed: delivery.monthsElapsed,
    months: workload.bounds.months,
    lines,
    plannedHours: workload.total,
    deliveredHours: Rational.sum(lines.map((l) => l.deliveredHours)),
    floor: workload.bounds.floor.mul(share),
    ceiling: workload.bounds.ceiling.mul(share),
  };
}

/** Delivered counts in the shape the tender indicators read. */
export function deliveredCounts(report: DeliveryReport): Counts {
  const byKey = new Map(report.lines.map((l) => [l.key, l.deliveredCount]));
  return { count: (code) => byKey.get(code) ?? 0, hours: report.deliveredHours, beneficiaries: null };
}
