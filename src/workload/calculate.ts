import { Rational } from "../exact/rational.js";
import { customKey, type BundleEntry, type CustomEntry, type Proposal, type ServiceEntry, type TableEntry } from "../proposal/model.js";
import { findItem, type Standard, type StandardItem, type Substep, type VariantOption } from "../standard/model.js";
import { computeBounds, positionOf } from "./bounds.js";
import { totalsBy } from "./counts.js";
import type { HoursSource, Workload, WorkloadLine } from "./model.js";

/**
 * 四（一）4: 项目服务工作量 = Σ 参考工时 × 数量. Every line is exact; the total is their sum.
 * Supervision is not service workload and never enters here.
 */
export function calculateWorkload(proposal: Proposal): Workload {
  const { standard } = proposal;
  const overlap: Overlap = { communitiesWith: communitiesByItem(proposal.entries), credited: new Map() };
  const lines = proposal.entries.flatMap((entry) => linesOf(entry, standard, overlap));
  const total = Rational.sum(lines.map((l) => l.hours));
  const bounds = computeBounds(standard.annualHours, proposal.staff.fte, proposal.project.months, proposal.publicHolidays);
  const interpretations = new Set<string>(["annual-hours", "bounds"]);
  for (const line of lines) line.interpretations.forEach((i) => interpretations.add(i));
  const items = totalsBy(lines, (line) => line.key);
  return { lines, items, total, bounds, position: positionOf(total, bounds), interpretations: [...interpretations] };
}

/**
 * What the 社区走访 overlap needs: the communities each item is planned for ("" = the project's own
 * area, for entries that name none), and the communities whose sub-step has already been left out, so
 * that it is left out once per community however many lines name it.
 */
interface Overlap {
  communitiesWith: Map<string, Set<string>>;
  credited: Map<Substep, Set<string>>;
}

function communitiesByItem(entries: readonly ServiceEntry[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (code: string, communities: readonly string[]) => {
    if (!map.has(code)) map.set(code, new Set());
    for (const community of communities.length ? communities : [""]) map.get(code)!.add(community);
  };
  for (const entry of entries) {
    if (entry.count === 0) continue;
    if (entry.kind === "table") add(entry.item.code, entry.communities);
    if (entry.kind === "bundle") {
      for (const code of [...entry.bundle.perUnit, entry.bundle.perSession]) add(code, entry.communities);
    }
  }
  return map;
}

function linesOf(entry: ServiceEntry, standard: Standard, overlap: Overlap): WorkloadLine[] {
  switch (entry.kind) {
    case "table":
      return tableLines(entry, standard, overlap);
    case "bundle":
      return bundleLines(entry, standard);
    case "custom":
      return [customLine(entry)];
  }
}

/**
 * One line per table entry, or two when some of the communities it covers share a sub-step with
 * another item (社区走访 with a 社区调研 of the same community): those communities without the step,
 * the others with it, so that each line stays unit hours × quantity.
 */
function tableLines(entry: TableEntry, standard: Standard, overlap: Overlap): WorkloadLine[] {
  const { item } = entry;
  const details: string[] = [];
  const interpretations: string[] = [];
  let unitHours: Rational;
  let hoursSource: HoursSource = "table";
  let variant: VariantOption | undefined;
  let basis: WorkloadLine["basis"];
  let shared: { steps: Substep[]; communities: string[]; count: number } | undefined;

  if (item.variants) {
    interpretations.push("two-rates");
    // resolve.ts guarantees a variant; the first option is only a type-level fallback.
    variant = entry.variant ?? item.variants.options[0]!;
    details.push(variant.name);
    unitHours = variant.hours;
  } else if (item.substeps) {
    interpretations.push("composite");
    const kept = item.substeps.filter((s) => !entry.excluded.includes(s));
    if (entry.excluded.length) details.push(`不含${entry.excluded.map((s) => s.name).join("、")}`);
    for (const { step, part } of entry.excludedParts) {
      interpretations.push("parts-not-split");
      details.push(`不含${part}：表中未单列其工时，${step.name}仍按 ${step.hours.toExactString()} 小时计`);
    }
    shared = sharedSteps(entry, kept, overlap);
    unitHours = Rational.sum(kept.map((s) => s.hours));
  } else if (item.hours) {
    unitHours = item.hours;
  } else {
    ({ unitHours, hoursSource, basis } = givenHours(entry, details));
    interpretations.push("hours-by-proposal");
  }

  const line = (count: number, hours: Rational, extra: string[], more: string[]): WorkloadLine => {
    let quantity = Rational.of(count);
    let scale: WorkloadLine["scale"];
    const lineDetails = [...details, ...extra];
    const lineInterpretations = [...interpretations, ...more];
    if (item.scale) {
      lineInterpretations.push(item.scale.interpretation);
      const amount = item.scale.by === "samples" ? entry.samples : entry.households;
      if (amount !== undefined) {
        scale = { by: item.scale.by, amount, per: item.scale.per };
        quantity = quantity.mul(Rational.of(amount, item.scale.per));
        lineDetails.push(`每次 ${amount} ${item.scale.label}，按 ${amount}/${item.scale.per} 折算`);
      } else {
        lineDetails.push(`按每次 ${item.scale.per} ${item.scale.label}（1 个单位）计`);
      }
    }
    return {
      ...tableItemFields(entry, item),
      details: lineDetails,
      unitHours: hours,
      hoursSource,
      count,
      quantity,
      hours: hours.mul(quantity),
      variant,
      scale,
      basis,
      likeCode: entry.like?.code,
      interpretations: lineInterpretations,
    };
  };

  if (!shared) return [line(entry.count, unitHours, [], [])];
  const partners = shared.steps.map((step) => findItem(standard, step.notCountedWith!)?.name ?? step.notCountedWith);
  const where = shared.communities.filter(Boolean).join("、");
  const without = line(
    shared.count,
    unitHours.sub(Rational.sum(shared.steps.map((s) => s.hours))),
    [`不含${shared.steps.map((s) => s.name).join("、")}（${where ? `${where}：` : ""}与同一社区的${partners.join("、")}结合进行，不再另计）`],
    ["overlap"],
  );
  const rest = entry.count - shared.count;
  return rest > 0 ? [without, line(rest, unitHours, [], [])] : [without];
}

/**
 * The kept sub-steps not counted again for some of the entry's communities (社区走访 where the same
 * community has a 社区调研), each community once in the whole project. An entry that names no
 * community covers the project's own area, which is one community.
 */
function sharedSteps(entry: TableEntry, kept: readonly Substep[], overlap: Overlap) {
  const steps = kept.filter((s) => s.notCountedWith);
  if (steps.length === 0 || entry.count === 0) return undefined;
  const candidates = entry.communities.length ? entry.communities : [""];
  const communities = candidates.filter((community) =>
    steps.every((step) => overlap.communitiesWith.get(step.notCountedWith!)?.has(community) && !overlap.credited.get(step)?.has(community)),
  );
  const count = Math.min(communities.length, entry.count);
  if (count === 0) return undefined;
  for (const step of steps) {
    if (!overlap.credited.has(step)) overlap.credited.set(step, new Set());
    communities.slice(0, count).forEach((c) => overlap.credited.get(step)!.add(c));
  }
  return { steps, communities: communities.slice(0, count), count };
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
  // resolve.ts requires the rate of an item with two, when the hours come from it.
  const likeHours = entry.like && (entry.like.hours ?? entry.likeVariant?.hours);
  if (entry.like && likeHours) {
    details.push(entry.likeVariant ? `参照${entry.like.name}（${entry.likeVariant.name}）` : `参照${entry.like.name}`);
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
    likeCode: entry.like?.code,
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
