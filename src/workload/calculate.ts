import { Rational } from "../exact/rational.js";
import { customKey, type BundleEntry, type CustomEntry, type Proposal, type ServiceEntry, type TableEntry } from "../proposal/model.js";
import { findItem, type Standard, type StandardItem, type VariantOption } from "../standard/model.js";
import { computeBounds, positionOf } from "./bounds.js";
import { totalsBy } from "./counts.js";
import type { HoursSource, Workload, WorkloadLine } from "./model.js";

/**
 * 四（一）4: 项目服务工作量 = Σ 参考工时 × 数量. Every line is exact; the total is their sum.
 * Supervision is not service workload and never enters here.
 */
export function calculateWorkload(proposal: Proposal): Workload {
  const { standard } = proposal;
  const communitiesWith = communitiesByItem(proposal.entries);
  const lines = proposal.entries.flatMap((entry) => linesOf(entry, standard, communitiesWith));
  const total = Rational.sum(lines.map((l) => l.hours));
  const bounds = computeBounds(standard.annualHours, proposal.staff.fte, proposal.project.months, proposal.publicHolidays);
  const interpretations = new Set<string>(["annual-hours", "bounds"]);
  for (const line of lines) line.interpretations.forEach((i) => interpretations.add(i));
  const items = totalsBy(lines, (line) => line.key);
  return { lines, items, total, bounds, position: positionOf(total, bounds), interpretations: [...interpretations] };
}

/** The communities each table item is planned for ("" = the project's own area, when no community is named). */
function communitiesByItem(entries: readonly ServiceEntry[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (code: string, community: string | undefined) => {
    if (!map.has(code)) map.set(code, new Set());
    map.get(code)!.add(community ?? "");
  };
  for (const entry of entries) {
    if (entry.count === 0) continue;
    if (entry.kind === "table") add(entry.item.code, entry.community);
    if (entry.kind === "bundle") {
      for (const code of [...entry.bundle.perUnit, entry.bundle.perSession]) add(code, entry.community);
    }
  }
  return map;
}

function linesOf(entry: ServiceEntry, standard: Standard, communitiesWith: Map<string, Set<string>>): WorkloadLine[] {
  switch (entry.kind) {
    case "table":
      return [tableLine(entry, standard, communitiesWith)];
    case "bundle":
      return bundleLines(entry, standard);
    case "custom":
      return [customLine(entry)];
  }
}

function tableLine(entry: TableEntry, standard: Standard, communitiesWith: Map<string, Set<string>>): WorkloadLine {
  const { item } = entry;
  const details: string[] = [];
  const interpretations: string[] = [];
  let unitHours: Rational;
  let hoursSource: HoursSource = "table";
  let variant: VariantOption | undefined;
  let basis: WorkloadLine["basis"];

  if (item.variants) {
    interpretations.push("two-rates");
    // resolve.ts guarantees a variant; the first option is only a type-level fallback.
    variant = entry.variant ?? item.variants.options[0]!;
    details.push(variant.name);
    unitHours = variant.hours;
  } else if (item.substeps) {
    interpretations.push("composite");
    const skipped = new Set(entry.excluded);
    for (const step of item.substeps) {
      if (skipped.has(step)) continue;
      const overlapping = step.notCountedWith && communitiesWith.get(step.notCountedWith)?.has(entry.community ?? "");
      if (overlapping) {
        skipped.add(step);
        interpretations.push("overlap");
        const partner = findItem(standard, step.notCountedWith!)?.name ?? step.notCountedWith;
        details.push(`不含${step.name}（与同一社区的${partner}结合进行，不再另计）`);
      }
    }
    if (entry.excluded.length) details.push(`不含${entry.excluded.map((s) => s.name).join("、")}`);
    unitHours = Rational.sum(item.substeps.filter((s) => !skipped.has(s)).map((s) => s.hours));
  } else if (item.hours) {
    unitHours = item.hours;
  } else {
    ({ unitHours, hoursSource, basis } = givenHours(entry, details));
    interpretations.push("hours-by-proposal");
  }

  let quantity = Rational.of(entry.count);
  let scale: WorkloadLine["scale"];
  if (item.scale) {
    interpretations.push(item.scale.interpretation);
    const amount = item.scale.by === "samples" ? entry.samples : entry.households;
    if (amount !== undefined) {
      scale = { by: item.scale.by, amount, per: item.scale.per };
      quantity = quantity.mul(Rational.of(amount, item.scale.per));
      details.push(`每次 ${amount} ${item.scale.label}，按 ${amount}/${item.scale.per} 折算`);
    } else {
      details.push(`按每次 ${item.scale.per} ${item.scale.label}（1 个单位）计`);
    }
  }
  return {
    ...tableItemFields(entry, item),
    details,
    unitHours,
    hoursSource,
    count: entry.count,
    quantity,
    hours: unitHours.mul(quantity),
    variant,
    scale,
    basis,
    interpretations,
  };
}

/** What a line of a table item takes from its entry and its item, whether written alone or expanded from a bundle. */
function tableItemFields(entry: ServiceEntry, item: StandardItem) {
  return { entryIndex: entry.index, path: entry.path, key: item.code, itemCode: item.code, itemNo: item.no, name: item.name, clause: item.clause, unit: item.unit };
}

/** Hours the proposal gives (or borrows from the item it follows) for items the table does not fix. */
function givenHours(entry: TableEntry | CustomEntry, details: string[]): { unitHours: Rational; hoursSource: HoursSource; basis: WorkloadLine["basis"] } {
  const basis = { justification: entry.justification, like: entry.like?.name };
  if (entry.hours) {
    details.push(entry.like ? `方案自定工时，参照${entry.like.name}` : "方案自定工时");
    return { unitHours: entry.hours, hoursSource: "proposal", basis };
  }
  const likeHours = entry.like && (entry.like.hours ?? entry.like.variants?.options[0]?.hours);
  if (entry.like && likeHours) {
    details.push(`参照${entry.like.name}`);
    return { unitHours: likeHours, hoursSource: "like", basis };
  }
  details.push("未给出工时");
  return { unitHours: Rational.ZERO, hoursSource: "missing", basis };
}

function customLine(entry: CustomEntry): WorkloadLine {
  const details: string[] = ["其他服务"];
  const { unitHours, hoursSource, basis } = givenHours(entry, details);
  const quantity = Rational.of(entry.count);
  return {
    entryIndex: entry.index,
    path: entry.path,
    key: customKey(entry.name),
    itemCode: null,
    name: entry.name,
    details,
    clause: "三 2",
    unit: entry.unit,
    unitHours,
    hoursSource,
    count: entry.count,
    quantity,
    hours: unitHours.mul(quantity),
    basis,
    interpretations: ["hours-by-proposal"],
  };
}

/** A group of N sessions = preparation + N × sessions + mid-term + final evaluation; a case likewise. */
function bundleLines(entry: BundleEntry, standard: Standard): WorkloadLine[] {
  const { bundle } = entry;
  const info = { name: bundle.name, count: entry.count, sessions: entry.sessions };
  const line = (item: StandardItem, count: number): WorkloadLine => {
    const unitHours = item.hours!;
    return {
      ...tableItemFields(entry, item),
      details: [`${bundle.name} ${entry.count} ${bundle.unit} × 每${bundle.unit} ${entry.sessions} 节`],
      unitHours,
      hoursSource: "table",
      count,
      quantity: Rational.of(count),
      hours: unitHours.mul(count),
      bundle: info,
      interpretations: ["bundles"],
    };
  };
  const items = (codes: string[]) => codes.map((code) => findItem(standard, code)!);
  const [first, ...rest] = items(bundle.perUnit);
  return [
    line(first!, entry.count),
    line(findItem(standard, bundle.perSession)!, entry.count * entry.sessions),
    ...rest.map((item) => line(item, entry.count)),
  ];
}
