import type { Rational } from "../exact/rational.js";
import type { DeliveryReport } from "../delivery/model.js";
import type { Proposal } from "../proposal/model.js";
import { countOf, looseCountOf } from "../workload/counts.js";
import type { Workload } from "../workload/model.js";
import type { Indicator, TotalMeasure, UnitMeasure } from "../proposal/tender-sentences.js";

/** The table items each total measure counts. */
const ITEMS: Record<Exclude<TotalMeasure, "beneficiaries" | "hours">, string[]> = {
  cases: ["case-intake"],
  "case-sessions": ["case-session"],
  groups: ["group-preparation"],
  "group-sessions": ["group-session"],
  "community-activities": ["large-community-event", "community-activity"],
  "large-events": ["large-community-event"],
  visits: ["home-visit"],
  lectures: ["training-lecture"],
  consultations: ["consultation"],
  "households-assessed": ["household-needs-assessment"],
};

/** Counts by table item code, and the hours they make, from a plan or from what was delivered. */
export interface Counts {
  count(code: string): number;
  hours: Rational;
  /** 服务人次, when it can be told (from a plan, not from delivered counts). */
  beneficiaries: number | null;
}

export function totalMeasure(measure: TotalMeasure, counts: Counts): number | null {
  if (measure === "hours") return counts.hours.toNumber(2);
  if (measure === "beneficiaries") return counts.beneficiaries;
  return ITEMS[measure].reduce((sum, code) => sum + counts.count(code), 0);
}

/**
 * 服务人次 of a plan: participants × times for every entry that gives participants (a group: members × sessions
 * × groups), plus one per visit, consultation and case. Stated in the README; tenders rarely define it.
 */
export function plannedBeneficiaries(proposal: Proposal, workload: Workload): number {
  let total = 0;
  for (const entry of proposal.entries) {
    if (entry.participants === undefined) continue;
    total += entry.participants * entry.count * (entry.kind === "bundle" && entry.bundle.code === "group" ? entry.sessions : 1);
  }
  return total + countOf(workload, "home-visit") + countOf(workload, "consultation") + countOf(workload, "case-intake");
}

/** The plan's counts, from its workload. */
export function countsFromPlan(proposal: Proposal, workload: Workload): Counts {
  return { count: (code) => countOf(workload, code), hours: workload.total, beneficiaries: plannedBeneficiaries(proposal, workload) };
}

/** What was delivered, from the delivery report (服务人次 cannot be told from delivered counts). */
export function countsFromDelivery(report: DeliveryReport): Counts {
  const byKey = new Map(report.lines.map((l) => [l.key, l.deliveredCount]));
  return { count: (code) => byKey.get(code) ?? 0, hours: report.deliveredHours, beneficiaries: null };
}

/** Each unit's figure for a per-unit requirement (null where the proposal does not say). */
export function unitFigures(measure: UnitMeasure, proposal: Proposal, workload: Workload): (number | null)[] {
  const bundles = (code: string) => proposal.entries.filter((e) => e.kind === "bundle" && e.bundle.code === code && e.count > 0);
  const loose = (code: string) => proposal.entries.filter((e) => e.kind === "table" && e.item.code === code && e.count > 0);
  // Sessions written one by one, over the units written one by one: the plan's average per unit.
  const average = (sessions: string, units: string) => {
    const unitCount = looseCountOf(workload, units);
    return unitCount > 0 ? [looseCountOf(workload, sessions) / unitCount] : [];
  };
  switch (measure) {
    case "group-sessions-each":
      return [...bundles("group").map((e) => (e.kind === "bundle" ? e.sessions : null)), ...average("group-session", "group-preparation")];
    case "group-members-each":
      return bundles("group").map((e) => e.participants ?? null);
    case "case-sessions-each":
      return [...bundles("case").map((e) => (e.kind === "bundle" ? e.sessions : null)), ...average("case-session", "case-intake")];
    case "lecture-minutes-each":
      return loose("training-lecture").map((e) => e.minutes ?? null);
    case "lecture-participants-each":
      return loose("training-lecture").map((e) => e.participants ?? null);
    case "activity-participants-each":
      return [...loose("large-community-event"), ...loose("community-activity")].map((e) => e.participants ?? null);
  }
}

export interface IndicatorResult {
  indicator: Indicator;
  path: (string | number)[];
  /** The plan's figure: a total, or for a per-unit requirement the weakest unit (null: not stated). */
  planned: number | null;
  met: boolean;
  delivered: number | null;
  deliveredMet: boolean | null;
}

function meets(indicator: Indicator, figure: number | null): boolean {
  if (figure === null) return false;
  return indicator.bound === "min" ? figure >= indicator.value : figure <= indicator.value;
}

export function evaluateIndicator(
  indicator: Indicator,
  path: (string | number)[],
  proposal: Proposal,
  workload: Workload,
  planned: Counts,
  delivered: Counts | undefined,
): IndicatorResult {
  if (indicator.perUnit) {
    const figures = unitFigures(indicator.measure as UnitMeasure, proposal, workload);
    const known = figures.filter((f): f is number => f !== null);
    // The weakest unit decides; a unit that does not state the figure fails (an evaluator cannot assume it).
    const weakest = figures.length === 0 ? null : figures.includes(null) ? null : indicator.bound === "min" ? Math.min(...known) : Math.max(...known);
    return { indicator, path, planned: weakest, met: figures.length === 0 || meets(indicator, weakest), delivered: null, deliveredMet: null };
  }
  const figure = totalMeasure(indicator.measure as TotalMeasure, planned);
  const done = delivered ? totalMeasure(indicator.measure as TotalMeasure, delivered) : null;
  return { indicator, path, planned: figure, met: meets(indicator, figure), delivered: done, deliveredMet: done === null ? null : meets(indicator, done) };
}
