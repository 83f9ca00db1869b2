import { Rational } from "../exact/rational.js";
import type { Delivery, Proposal } from "../proposal/model.js";
import { findItem } from "../standard/model.js";
import { positionOf } from "../workload/bounds.js";
import type { Workload } from "../workload/model.js";
import type { DeliveryLine, DeliveryReport } from "./model.js";

/**
 * Planned against delivered, item by item. Delivered hours use the plan's own hours per unit of that
 * item (planned hours ÷ planned count), so a delivered referral counts as the plan's mix of escorted
 * and unescorted ones; an item delivered but not planned takes the table's hours.
 */
export function compareDelivery(proposal: Proposal, workload: Workload, delivery: Delivery): DeliveryReport {
  const planned = workload.items;
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
  const prorated = { ...workload.bounds, floor: workload.bounds.floor.mul(share), ceiling: workload.bounds.ceiling.mul(share) };
  const deliveredHours = Rational.sum(lines.map((l) => l.deliveredHours));
  return {
    monthsElapsed: delivery.monthsElapsed,
    months: workload.bounds.months,
    lines,
    plannedHours: workload.total,
    deliveredHours,
    floor: prorated.floor,
    ceiling: prorated.ceiling,
    position: positionOf(deliveredHours, prorated),
  };
}
