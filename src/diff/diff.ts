import type { Analysis } from "../analysis/analyse.js";
import type { Finding } from "../engine/finding.js";
import type { Fen } from "../exact/money.js";
import { Rational } from "../exact/rational.js";
import type { IndicatorResult, Verdict } from "../tender/measure.js";
import { rateKey, totalsBy } from "../workload/counts.js";

export type Change = "added" | "removed" | "changed" | "same";

export interface ItemDelta {
  key: string;
  name: string;
  change: Change;
  oldCount: number;
  newCount: number;
  oldHours: Rational;
  newHours: Rational;
}

export interface BudgetDelta {
  category: string;
  item: string;
  change: Change;
  oldTotal: Fen;
  newTotal: Fen;
}

/** A tender requirement whose verdict is not the same in both versions (or that only one version has). */
export interface TenderDelta {
  text: string;
  clause: string;
  old: { verdict: Verdict; planned: number | null } | null;
  new: { verdict: Verdict; planned: number | null } | null;
}

export interface ProposalDiff {
  items: ItemDelta[];
  oldHours: Rational;
  newHours: Rational;
  budget: BudgetDelta[];
  oldBudget: Fen | null;
  newBudget: Fen | null;
  appeared: Finding[];
  resolved: Finding[];
  tender: TenderDelta[];
}

/** Workload lines of one version, summed per item (and per rate, for items with two rates). */
function itemsOf(analysis: Analysis) {
  return totalsBy(analysis.workload.lines, rateKey, (line) => (line.variant ? `${line.name}（${line.variant.name}）` : line.name));
}

function budgetOf(analysis: Analysis): Map<string, { category: string; item: string; total: Fen }> {
  const lines = new Map<string, { category: string; item: string; total: Fen }>();
  for (const category of analysis.budget?.categories ?? []) {
    for (const line of category.lines) {
      const key = `${category.category}\u0000${line.item}`;
      const entry = lines.get(key) ?? { category: category.category, item: line.item, total: 0 };
      entry.total += line.total;
      lines.set(key, entry);
    }
  }
  if (analysis.budget) {
    lines.set("管理费", { category: "管理费", item: "管理费", total: analysis.budget.managementFee });
    lines.set("税费", { category: "税费", item: "税费", total: analysis.budget.tax });
  }
  return lines;
}

/** A finding is the same across versions when the same rule says the same kind of thing about the same node. */
function findingKey(f: Finding): string {
  return `${f.ruleId}\u0000${f.messageId}\u0000${f.path.join("/")}`;
}

function change(inOld: boolean, inNew: boolean, same: boolean): Change {
  return !inOld ? "added" : !inNew ? "removed" : same ? "same" : "changed";
}

/** Tender verdicts by requirement: the same sentence's same words measured the same way are one requirement. */
function tenderDeltas(older: readonly IndicatorResult[], newer: readonly IndicatorResult[]): TenderDelta[] {
  const key = (r: IndicatorResult) => `${r.indicator.text}\u0000${r.indicator.clause}\u0000${r.indicator.label.zh}`;
  const a = new Map(older.map((r) => [key(r), r]));
  const b = new Map(newer.map((r) => [key(r), r]));
  const deltas: TenderDelta[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const o = a.get(k);
    const n = b.get(k);
    if (o && n && o.verdict === n.verdict) continue;
    const r = (n ?? o)!;
    deltas.push({
      text: r.indicator.text,
      clause: r.indicator.clause,
      old: o ? { verdict: o.verdict, planned: o.planned } : null,
      new: n ? { verdict: n.verdict, planned: n.planned } : null,
    });
  }
  return deltas;
}

/** What moved between two versions of a proposal: items, hours, budget lines and money, and findings. */
export function diffProposals(older: Analysis, newer: Analysis): ProposalDiff {
  const a = itemsOf(older);
  const b = itemsOf(newer);
  const items: ItemDelta[] = [...new Set([...a.keys(), ...b.keys()])].map((key) => {
    const o = a.get(key);
    const n = b.get(key);
    const oldHours = o?.hours ?? Rational.ZERO;
    const newHours = n?.hours ?? Rational.ZERO;
    return {
      key,
      name: (n ?? o)!.name,
      change: change(!!o, !!n, o?.count === n?.count && oldHours.eq(newHours)),
      oldCount: o?.count ?? 0,
      newCount: n?.count ?? 0,
      oldHours,
      newHours,
    };
  });
  const x = budgetOf(older);
  const y = budgetOf(newer);
  const budget: BudgetDelta[] = [...new Set([...x.keys(), ...y.keys()])].map((key) => {
    const o = x.get(key);
    const n = y.get(key);
    return { category: (n ?? o)!.category, item: (n ?? o)!.item, change: change(!!o, !!n, o?.total === n?.total), oldTotal: o?.total ?? 0, newTotal: n?.total ?? 0 };
  });
  const oldFindings = new Set(older.findings.filter((f) => !f.waived).map(findingKey));
  const newFindings = new Set(newer.findings.filter((f) => !f.waived).map(findingKey));
  return {
    items,
    oldHours: older.workload.total,
    newHours: newer.workload.total,
    budget,
    oldBudget: older.budget?.total ?? null,
    newBudget: newer.budget?.total ?? null,
    appeared: newer.findings.filter((f) => !f.waived && !oldFindings.has(findingKey(f))),
    resolved: older.findings.filter((f) => !f.waived && !newFindings.has(findingKey(f))),
    tender: tenderDeltas(older.tender ?? [], newer.tender ?? []),
  };
}
