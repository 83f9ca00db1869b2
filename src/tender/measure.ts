import type { Rational } from "../exact/rational.js";
import type { DeliveryReport } from "../delivery/model.js";
import { customKey, type Proposal, type ServiceEntry } from "../proposal/model.js";
import type { Indicator } from "../proposal/tender/model.js";
import { countOf, looseCountOf } from "../workload/counts.js";
import type { Workload } from "../workload/model.js";
import type { YamlPath } from "../source/yaml-source.js";

/**
 * Each read requirement against a plan, and against what was delivered: the figure, the verdict, and the
 * lines of the proposal that were counted, so an evaluator sees what "社区活动不少于12场" was measured on.
 * A rate or a count of distinct people is not checkable from a plan: it is never compared with a count.
 */

/** Counts by item key (table code or customKey), and the hours they make, from a plan or from what was delivered. */
export interface Counts {
  count(key: string): number;
  hours: Rational;
  /** 服务人次, when it can be told (from a plan, not from delivered counts). */
  beneficiaries: number | null;
}

/** A line of the proposal that a requirement counted: its YAML line, its name, and its figure. */
export interface CountedLine {
  line: number;
  name: string;
  figure: number | null;
}

export type Verdict = "met" | "unmet" | "unstated" | "uncheckable";

export interface IndicatorResult {
  indicator: Indicator;
  path: YamlPath;
  verdict: Verdict;
  /** The plan's figure: a total, or for a requirement on each unit the unit that decides (null: not stated or not checkable). */
  planned: number | null;
  met: boolean | null;
  /** The lines counted; null when every line counts (service hours). */
  counted: CountedLine[] | null;
  delivered: number | null;
  deliveredMet: boolean | null;
}

function keyOfEntry(entry: ServiceEntry): string {
  if (entry.kind === "table") return entry.item.code;
  if (entry.kind === "custom") return customKey(entry.name);
  return entry.bundle.perUnit[0] ?? entry.bundle.code;
}

function nameOfEntry(entry: ServiceEntry): string {
  return entry.kind === "table" ? entry.item.name : entry.kind === "custom" ? entry.name : entry.bundle.name;
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
  return { count: (key) => countOf(workload, key), hours: workload.total, beneficiaries: plannedBeneficiaries(proposal, workload) };
}

/** What was delivered, from the delivery report (服务人次 cannot be told from delivered counts). */
export function countsFromDelivery(report: DeliveryReport): Counts {
  const byKey = new Map(report.lines.map((l) => [l.key, l.deliveredCount]));
  return { count: (key) => byKey.get(key) ?? 0, hours: report.deliveredHours, beneficiaries: null };
}

function satisfies(indicator: Indicator, figure: number): boolean {
  const { value, upper } = indicator;
  switch (indicator.comparison) {
    case "min":
      return figure >= value;
    case "max":
      return figure <= value;
    case "eq":
      return figure === value;
    case "gt":
      return figure > value;
    case "lt":
      return figure < value;
    case "range":
      return figure >= value && figure <= (upper ?? value);
  }
}

/** The lines of the plan a count of these keys adds up: each entry once, with what it contributes. */
function countedLines(keys: readonly string[], proposal: Proposal, workload: Workload): CountedLine[] {
  const byEntry = new Map<number, CountedLine>();
  const entries = new Map(proposal.entries.map((e) => [e.index, e]));
  for (const key of keys) {
    for (const line of workload.items.get(key)?.lines ?? []) {
      const entry = entries.get(line.entryIndex);
      const counted = byEntry.get(line.entryIndex) ?? { line: proposal.source.locate(line.path, "key").line, name: entry ? nameOfEntry(entry) : line.name, figure: 0 };
      counted.figure = (counted.figure ?? 0) + line.count;
      byEntry.set(line.entryIndex, counted);
    }
  }
  return [...byEntry.values()].sort((a, b) => a.line - b.line);
}

/** Each unit's figure for a requirement on each unit (null where the proposal does not say). */
function unitFigures(indicator: Indicator, proposal: Proposal, workload: Workload): CountedLine[] {
  if (indicator.measure.kind !== "each") return [];
  const { keys, quantity } = indicator.measure;
  const entries = proposal.entries.filter((e) => e.count > 0 && keys.includes(keyOfEntry(e)));
  const line = (e: ServiceEntry, figure: number | null): CountedLine => ({ line: proposal.source.locate(e.path, "key").line, name: nameOfEntry(e), figure });
  if (quantity === "sessions") {
    const figures = entries.filter((e) => e.kind === "bundle").map((e) => line(e, e.kind === "bundle" ? e.sessions : null));
    // Sessions written one by one, over the units written one by one: the plan's average per unit.
    const [unitKey, sessionKey] = keys[0] === "case-intake" ? ["case-intake", "case-session"] : ["group-preparation", "group-session"];
    const units = looseCountOf(workload, unitKey);
    const loose = entries.filter((e) => e.kind === "table");
    if (units > 0 && loose[0]) figures.push(line(loose[0], looseCountOf(workload, sessionKey) / units));
    return figures;
  }
  return entries.map((e) => line(e, (quantity === "participants" ? e.participants : e.minutes) ?? null));
}

export function evaluateIndicator(indicator: Indicator, path: YamlPath, proposal: Proposal, workload: Workload, planned: Counts, delivered: Counts | undefined): IndicatorResult {
  const base = { indicator, path, delivered: null, deliveredMet: null };
  const { measure } = indicator;
  switch (measure.kind) {
    case "uncheckable":
      return { ...base, verdict: "uncheckable", planned: null, met: null, counted: [] };
    case "each": {
      const counted = unitFigures(indicator, proposal, workload);
      // Every unit must meet it; one that does not state the figure fails (an evaluator cannot assume it).
      if (counted.length === 0) return { ...base, verdict: "met", planned: null, met: true, counted };
      const unstated = counted.find((c) => c.figure === null);
      if (unstated) return { ...base, verdict: "unstated", planned: null, met: false, counted };
      const figures = counted.map((c) => c.figure!);
      const failing = figures.find((f) => !satisfies(indicator, f));
      const weakest = ["max", "lt"].includes(indicator.comparison) ? Math.max(...figures) : Math.min(...figures);
      const shown = failing ?? weakest;
      return { ...base, verdict: failing === undefined ? "met" : "unmet", planned: shown, met: failing === undefined, counted };
    }
    default: {
      const figureOf = (counts: Counts): number | null =>
        measure.kind === "hours" ? counts.hours.toNumber(2) : measure.kind === "beneficiaries" ? counts.beneficiaries : measure.keys.reduce((sum, key) => sum + counts.count(key), 0);
      const figure = figureOf(planned);
      const done = delivered ? figureOf(delivered) : null;
      const counted =
        measure.kind === "hours"
          ? null
          : countedLines(measure.kind === "count" ? measure.keys : ["home-visit", "consultation", "case-intake"], proposal, workload).concat(
              measure.kind === "beneficiaries"
                ? proposal.entries.filter((e) => e.participants !== undefined && e.count > 0).map((e) => ({ line: proposal.source.locate(e.path, "key").line, name: nameOfEntry(e), figure: e.participants! }))
                : [],
            );
      const met = figure !== null && satisfies(indicator, figure);
      return {
        indicator,
        path,
        verdict: figure === null ? "unstated" : met ? "met" : "unmet",
        planned: figure,
        met,
        counted,
        delivered: done,
        deliveredMet: done === null ? null : satisfies(indicator, done),
      };
    }
  }
}
