import { Rational } from "../exact/rational.js";
import type { ItemTotal, Workload, WorkloadLine } from "./model.js";

/**
 * "How many of item X does this plan have": the one place lines are added up. calculateWorkload
 * keeps the totals per item key; readers that group otherwise (the diff, by item and rate) pass their key.
 */
export function totalsBy(lines: readonly WorkloadLine[], keyOf: (line: WorkloadLine) => string, nameOf: (line: WorkloadLine) => string = (l) => l.name): Map<string, ItemTotal> {
  const totals = new Map<string, ItemTotal>();
  for (const line of lines) {
    const key = keyOf(line);
    let total = totals.get(key);
    if (!total) {
      total = { key, name: nameOf(line), count: 0, hours: Rational.ZERO, lines: [] };
      totals.set(key, total);
    }
    total.count += line.count;
    total.hours = total.hours.add(line.hours);
    total.lines.push(line);
  }
  return totals;
}

/** Lines of one item, bundles expanded. */
export function linesOf(workload: Workload, key: string): readonly WorkloadLine[] {
  return workload.items.get(key)?.lines ?? [];
}

/** Total count of one item across the proposal, bundles expanded. */
export function countOf(workload: Workload, key: string): number {
  return workload.items.get(key)?.count ?? 0;
}

/** Total count of one item on lines written one by one (not expanded from a bundle). */
export function looseCountOf(workload: Workload, key: string): number {
  return linesOf(workload, key).reduce((sum, line) => (line.bundle ? sum : sum + line.count), 0);
}

/** The key a line is grouped under when an item's two rates are told apart (转介 with and without escort). */
export function rateKey(line: WorkloadLine): string {
  return line.variant ? `${line.key}|${line.variant.name}` : line.key;
}

/** Lines of one item and lines like it (`like:`), which go through the item's rules. */
export function linesAs(workload: Workload, code: string): WorkloadLine[] {
  return workload.lines.filter((line) => line.key === code || line.likeCode === code);
}

/** Total count of one item and of what is like it. */
export function countAs(workload: Workload, code: string): number {
  return linesAs(workload, code).reduce((sum, line) => sum + line.count, 0);
}
