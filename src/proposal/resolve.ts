/**
 * Checks what the schema cannot: that every name is in the standard, that each field fits the item
 * it is on (an escort on an intake is a mistake worth saying), and that period, staff and holidays
 * make sense. Collects every problem before failing, so one run shows them all.
 */
import { Rational } from "../exact/rational.js";
import type { Localized } from "../i18n/lang.js";
import { InputError, type InputProblem } from "../source/problem.js";
import type { YamlPath, YamlSource } from "../source/yaml-source.js";
import type { Standard, StandardItem, Substep, VariantOption } from "../standard/model.js";
import { namesOf } from "../standard/names.js";
import { findRuleSet, RULE_SETS } from "../standard/rule-sets.js";
import { COMPUTED_CATEGORIES } from "./model.js";
import { formatYuan, MAX_AMOUNT_FEN, yuanToFen } from "../exact/money.js";
import type { BudgetInput, Management, ProjectInfo, Proposal, ServiceEntry, Staff, Supervision, Supervisor, Waiver } from "./model.js";
import { readTender } from "./tender/read.js";
import { PROJECT_KIND_ALIASES } from "../standard/project-kinds.js";
import type { ProposalInput, ServiceEntryInput } from "./schema.js";

/** What resolving makes of the schema-valid input: the proposal but for its file, standard and delivery. */
export type Resolved = Omit<Proposal, "file" | "source" | "standard" | "delivery">;

export interface ResolveOptions {
  /** --holidays from the command line; wins over the proposal. */
  publicHolidays?: number;
}

export function resolveProposal(source: YamlSource, input: ProposalInput, standard: Standard, options: ResolveOptions = {}): Resolved {
  const problems: InputProblem[] = [];
  const report = (path: YamlPath, code: string, message: Localized, at: "key" | "value" = "value") =>
    problems.push(source.problem(path, code, message, at));

  const project = resolveProject(input, report);
  const staff = resolveStaff(input, report);

  const publicHolidays = options.publicHolidays ?? input.project.public_holidays ?? standard.annualHours.publicHolidays;
  if (!standard.holidayOptions.some((o) => o.days === publicHolidays)) {
    const allowed = standard.holidayOptions.map((o) => `${o.days}（${o.basis}）`);
    const message = {
      zh: `公众假期天数 ${publicHolidays} 不在标准 ${standard.shortName} 允许的取值中：${allowed.join("；")}`,
      en: `${publicHolidays} public holidays is not an option of ${standard.shortName}: ${standard.holidayOptions.map((o) => o.days).join(" or ")}`,
    };
    if (options.publicHolidays !== undefined) problems.push({ file: source.file, line: 1, column: 1, code: "bad-holidays", message });
    else report(["project", "public_holidays"], "bad-holidays", message);
  }

  const entries: ServiceEntry[] = [];
  input.services.forEach((raw, index) => {
    const entry = resolveEntry(raw, ["services", index], index, standard, report);
    if (entry) entries.push(entry);
  });

  reportDuplicates(
    entries.flatMap((e) => (e.kind === "custom" ? [{ name: e.name, path: [...e.path, "custom"] }] : [])),
    report,
    { zh: "其他服务", en: "custom service" },
  );
  const supervision = input.supervision && resolveSupervision(input.supervision, staff, report);
  const waivers: Waiver[] = (input.waivers ?? []).map((w, index) => ({ index, path: ["waivers", index], rule: w.rule, reason: w.reason }));

  const management = input.management && resolveManagement(input.management);
  const budget = input.budget && resolveBudget(input.budget, report);
  if (budget || supervision) checkAmounts(budget, supervision, report);
  const tender = input.tender && readTender(input.tender, entries, standard, report);

  if (problems.length > 0) throw new InputError(problems);
  return { project, staff, publicHolidays, entries, supervision, management, budget, tender, waivers };
}

function resolveManagement(input: NonNullable<ProposalInput["management"]>): Management {
  return {
    rooms: input.rooms,
    equipment: input.equipment,
    recordsYears: input.records_years,
    selfEvaluation: input.self_evaluation,
    thirdPartyEvaluation: input.third_party_evaluation,
    communityFund: input.community_fund && { oversight: input.community_fund.oversight, disclosure: input.community_fund.disclosure },
  };
}

function resolveBudget(input: NonNullable<ProposalInput["budget"]>, report: Report): BudgetInput {
  const percent = (value: number | undefined) => (value === undefined ? undefined : Rational.fromDecimal(value));
  const lines = input.lines.map((line, index) => {
    const path = ["budget", "lines", index];
    if ((COMPUTED_CATEGORIES as readonly string[]).includes(line.category))
      report([...path, "category"], "computed-category", {
        zh: `${line.category}由工具计算（督导费来自 supervision，管理费、税费来自 management_fee_percent、tax_percent），不要手写为预算行`,
        en: `${line.category} is computed by gongshi (supervision from the supervision section, management fee and tax from their percentages): do not write it as a line`,
      });
    return {
      index,
      path,
      category: line.category,
      item: line.item,
      unitPrice: yuanToFen(line.unit_price),
      unit: line.unit,
      quantity: Rational.fromDecimal(line.quantity),
      note: line.note,
    };
  });
  const limits = input.limits ?? {};
  return {
    managementFeePercent: percent(input.management_fee_percent),
    taxPercent: percent(input.tax_percent),
    limits: {
      ceiling: limits.ceiling === undefined ? undefined : yuanToFen(limits.ceiling),
      maxManagementFeePercent: percent(limits.max_management_fee_percent),
      minPersonnelPercent: percent(limits.min_personnel_percent),
    },
    lines,
    signatures: { preparedBy: input.prepared_by, responsible: input.responsible, preparedOn: input.prepared_on },
  };
}

/**
 * Each line and the direct costs (lines and supervision) stay within MAX_AMOUNT_FEN, so every total
 * is exact in fen and in a spreadsheet (see exact/money.ts). Products are taken exactly before comparing.
 */
function checkAmounts(budget: BudgetInput | undefined, supervision: Supervision | undefined, report: Report): void {
  const max = Rational.of(MAX_AMOUNT_FEN);
  const limit = formatYuan(MAX_AMOUNT_FEN, { group: true });
  let direct = Rational.ZERO;
  for (const line of budget?.lines ?? []) {
    const total = Rational.of(line.unitPrice).mul(line.quantity);
    direct = direct.add(total);
    if (total.gt(max))
      report(line.path, "amount-too-large", {
        zh: `这一行的总额（单价 × 数量）超过 ¥${limit}`,
        en: `this line's total (unit price × quantity) is more than ¥${limit}`,
      }, "key");
  }
  let supervisionCost = Rational.ZERO;
  for (const session of supervision?.sessions ?? []) {
    if (session.supervisor) supervisionCost = supervisionCost.add(Rational.of(session.supervisor.rate).mul(session.hoursEach).mul(session.count));
  }
  direct = direct.add(supervisionCost);
  // Without a budget, supervision is still priced (and shown, and exported): it too stays exact.
  if (!budget && supervisionCost.gt(max))
    report(["supervision", "sessions"], "amount-too-large", {
      zh: `督导费（督导时数 × 督导费）超过 ¥${limit}`,
      en: `the supervision cost (hours × rate) is more than ¥${limit}`,
    }, "key");
  if (budget && direct.gt(max))
    report(["budget", "lines"], "amount-too-large", {
      zh: `直接费用（各行与督导费之和）超过 ¥${limit}`,
      en: `the direct costs (lines and supervision together) are more than ¥${limit}`,
    }, "key");
}

/** Supervisors a message names before it says how many there are. */
const LISTED = 10;

function resolveSupervision(input: NonNullable<ProposalInput["supervision"]>, staff: Staff, report: Report): Supervision {
  const supervisors: Supervisor[] = input.supervisors.map((s, index) => ({
    index,
    path: ["supervision", "supervisors", index],
    name: s.name,
    origin: s.origin === "境外" || s.origin === "overseas" ? "overseas" : "local",
    years: s.years,
    qualification: s.qualification,
    rate: yuanToFen(s.rate),
    assistanceYears: s.assistance_years,
    continuingEducationHours: s.continuing_education_hours,
  }));
  reportDuplicates(supervisors.map((s) => ({ name: s.name, path: [...s.path, "name"] })), report, { zh: "督导者", en: "supervisor" });
  // Each session finds its supervisor by name at once (the first of a name), and a message names at most a few.
  const byName = new Map<string, Supervisor>();
  for (const s of supervisors) if (!byName.has(s.name)) byName.set(s.name, s);
  const listed = (separator: string, none: string, more: (n: number) => string) =>
    supervisors.length === 0 ? none : supervisors.slice(0, LISTED).map((s) => s.name).join(separator) + (supervisors.length > LISTED ? more(supervisors.length) : "");
  const sessions = (input.sessions ?? []).map((raw, index) => {
    const path = ["supervision", "sessions", index];
    const type = raw.type === "个别" || raw.type === "individual" ? ("individual" as const) : ("group" as const);
    let supervisor: Supervisor | undefined;
    if (raw.supervisor !== undefined) {
      supervisor = byName.get(raw.supervisor);
      if (!supervisor)
        report([...path, "supervisor"], "unknown-supervisor", {
          zh: `督导者名单中没有 ${JSON.stringify(raw.supervisor)}（名单：${listed("、", "空", (n) => ` 等 ${n} 名`)}）`,
          en: `no supervisor called ${JSON.stringify(raw.supervisor)} (listed: ${listed(", ", "none", (n) => ` and others, ${n} in all`)})`,
        });
    } else if (supervisors.length === 1) supervisor = supervisors[0];
    else if (supervisors.length === 0)
      report(path, "session-supervisor", {
        zh: "督导安排须有督导者：supervisors 为空，这项督导无从计价（请在 supervisors 中写明督导者）",
        en: "a supervision session needs a supervisor: supervisors is empty, so it cannot be priced (list the supervisor under supervisors)",
      }, "key");
    else if (supervisors.length > 1)
      report(path, "session-supervisor", {
        zh: "有多名督导者时，每项督导安排须写明 supervisor（督导姓名）",
        en: "with more than one supervisor, each session needs supervisor (a name)",
      }, "key");
    if (type === "individual" && raw.supervisees !== undefined)
      report([...path, "supervisees"], "field-not-applicable", {
        zh: "个别督导是一对一的，不写 supervisees",
        en: "individual supervision is one-to-one: supervisees does not apply",
      }, "key");
    return { index, path, type, count: raw.count, hoursEach: Rational.fromDecimal(raw.hours), supervisees: raw.supervisees, supervisor };
  });
  const derived = staff.members.length > 0 ? staff.members.length : Math.ceil(Number(staff.fte.toFixed(2)));
  return {
    supervisors,
    supervisees: input.supervisees ?? derived,
    superviseesGiven: input.supervisees !== undefined,
    sessions,
    records: input.records,
  };
}

type Report = (path: YamlPath, code: string, message: Localized, at?: "key" | "value") => void;

/**
 * Two of a kind under one name: a delivered count, a tender's `counts:` or a session's `supervisor:` names
 * one of them, and which one could not be told. Each later one is reported where it stands.
 */
function reportDuplicates(named: readonly { name: string; path: YamlPath }[], report: Report, kind: Localized): void {
  const seen = new Set<string>();
  for (const { name, path } of named) {
    if (seen.has(name))
      report(path, "duplicate-name", {
        zh: `已有名为“${name}”的${kind.zh}：名称须各不相同`,
        en: `there is already a ${kind.en} called “${name}”: names must differ`,
      });
    seen.add(name);
  }
}

function resolveProject(input: ProposalInput, report: Report): ProjectInfo {
  const p = input.project;
  (p.follows ?? []).forEach((name, i) => {
    if (!findRuleSet(name))
      report(["project", "follows", i], "unknown-rule-set", {
        zh: `不认识的规范 ${JSON.stringify(name)}（可写：${RULE_SETS.map((r) => r.aliases[0]).join("、")}）`,
        en: `unknown rule set ${JSON.stringify(name)} (known: ${RULE_SETS.map((r) => r.id).join(", ")})`,
      });
  });
  let months = p.months ?? 12;
  if (p.months !== undefined && p.period !== undefined) {
    report(["project", "period"], "months-and-period", {
      zh: "months 与 period 只能写一个",
      en: "give either months or period, not both",
    }, "key");
  } else if (p.period) {
    const counted = wholeMonths(p.period.start, p.period.end);
    if (typeof counted === "number") months = counted;
    else report(["project", "period"], `period-${counted}`, periodProblem(counted, p.period.start, p.period.end), "key");
  }
  return {
    name: p.name,
    organisation: p.organisation,
    region: p.region,
    kind: p.kind === undefined ? undefined : PROJECT_KIND_ALIASES[p.kind],
    months,
    period: p.period,
    follows: p.follows ?? [],
    communities: p.communities && { urban: p.communities.urban ?? 0, rural: p.communities.rural ?? 0 },
  };
}

/** The longest project gongshi reads (project.months and delivery's months_elapsed have the same bound). */
export const MAX_MONTHS = 60;

type PeriodProblem = "reversed" | "too-long" | "month-end" | "not-whole-months";

/**
 * Months from start to end inclusive, when the day after `end` is the same day of the month as `start`
 * (2026-01-15 to 2026-07-14 is six months). A start on the 29th–31st has no such day in every month:
 * whether 2026-01-31 to 2026-02-28 is one month, or 2026-01-31 to 2026-03-30 two, depends on a convention
 * the source does not give, so any such period is refused (months says it without doubt), never guessed.
 */
export function wholeMonths(start: string, end: string): number | PeriodProblem {
  const from = new Date(`${start}T00:00:00Z`);
  const last = new Date(`${end}T00:00:00Z`);
  if (last < from) return "reversed";
  if (from.getUTCDate() > 28) return "month-end";
  const after = new Date(last);
  after.setUTCDate(after.getUTCDate() + 1);
  if (after.getUTCDate() !== from.getUTCDate()) return "not-whole-months";
  const months = (after.getUTCFullYear() - from.getUTCFullYear()) * 12 + (after.getUTCMonth() - from.getUTCMonth());
  return months > MAX_MONTHS ? "too-long" : months;
}

function periodProblem(problem: PeriodProblem, start: string, end: string): Localized {
  const period = { zh: `项目期 ${start} 至 ${end}`, en: `the period ${start} to ${end}` };
  switch (problem) {
    case "reversed":
      return { zh: `${period.zh}：结束日期早于开始日期`, en: `${period.en} ends before it starts` };
    case "too-long":
      return { zh: `${period.zh}：长于 ${MAX_MONTHS} 个月（gongshi 读取的项目期最长 ${MAX_MONTHS} 个月）`, en: `${period.en} is longer than ${MAX_MONTHS} months (the longest gongshi reads)` };
    case "month-end":
      return {
        zh: `${period.zh}：开始日为 ${Number(start.slice(8))} 日，并非每个月都有这一天，整月的结束日期无法确定；请直接写 months，或从 28 日以前开始`,
        en: `${period.en}: not every month has a day ${Number(start.slice(8))}, so where whole months end cannot be told; give months instead, or start on the 28th or before`,
      };
    case "not-whole-months":
      return {
        zh: `${period.zh} 不是整月（应如 2026-01-01 至 2026-12-31）；请改写或直接写 months`,
        en: `${period.en} is not a whole number of months (e.g. 2026-01-01 to 2026-12-31); fix it or give months`,
      };
  }
}

function resolveStaff(input: ProposalInput, report: Report): Staff {
  const members = (input.staff.members ?? []).map((m, index) => ({
    index,
    path: ["staff", "members", index],
    name: m.name,
    role: m.role,
    fte: Rational.fromDecimal(m.fte ?? 1),
    qualification: m.qualification,
    years: m.years,
    assistanceTrainingHours: m.assistance_training_hours,
  }));
  let fte: Rational;
  if (input.staff.fte !== undefined) fte = Rational.fromDecimal(input.staff.fte);
  else if (members.length > 0) fte = Rational.sum(members.map((m) => m.fte));
  else {
    report(["staff"], "no-fte", {
      zh: "staff 须写明 fte（要求配备的全职人员数）或 members（人员名单）",
      en: "staff needs fte (required full-time staff) or members (the list of people)",
    }, "key");
    fte = Rational.ONE;
  }
  return { fte, members };
}

/** Fields that belong to only some entries; anything else on an entry is a mistake. */
export const FIELD_OWNERS: Record<string, Localized> = {
  escort: { zh: "只适用于有“是否陪同”两档工时的项目（转介）", en: "applies only to items with an escort rate (转介 referral)" },
  delivery: {
    zh: "只适用于分“自行组织/外聘专家”两档工时的项目（主题工作坊、专题培训/讲座）",
    en: "applies only to items with self-run / outside-expert rates (workshops, lectures)",
  },
  samples: { zh: "只适用于按样本量计算的项目（社区调研）", en: "applies only to items scaled by samples (社区调研 community survey)" },
  households: { zh: "只适用于按户数计算的项目（社区资源调查）", en: "applies only to items scaled by households (社区资源调查 resource survey)" },
  exclude: { zh: "只适用于由若干环节组成的项目（社区调研、社区资源调查）", en: "applies only to items made of sub-steps (community and resource surveys)" },
  sessions: { zh: "只适用于整体写法的个案或小组（bundle）", en: "applies only to a case or group written as a bundle" },
  hours: {
    zh: "只用于表中没有固定工时的项目（人员招募甄选、募款等其它活动）和其他服务（custom）；表内项目的工时以参考工时表为准",
    en: "is only for items without fixed table hours (recruitment, fundraising) and custom services; table items take the table's hours",
  },
  justification: { zh: "只用于自行给出工时的项目", en: "is only for items whose hours the proposal gives" },
  like: { zh: "只用于表中没有固定工时的项目和其他服务", en: "is only for items without fixed table hours and custom services" },
  unit: { zh: "只用于其他服务（custom）", en: "is only for custom services" },
  subjects: { zh: "只用于专业咨询", en: "is only for consultations (专业咨询)" },
  participants: {
    zh: "只用于有人参加的活动（社区活动、小组、工作坊、讲座、募款等活动）和其他服务；探访、咨询、个案等按次数计",
    en: "is only for gatherings (community activities, groups, workshops, lectures, fundraising events) and custom services; visits, consultations and cases are counted by times",
  },
  minutes: {
    zh: "只用于有人参加的活动（社区活动、小组、工作坊、讲座、募款等活动）和其他服务",
    en: "is only for gatherings (community activities, groups, workshops, lectures, fundraising events) and custom services",
  },
};

/**
 * Table items that are not gatherings of people: work with one person, visits, surveys, paperwork. A
 * line of one of them has no `participants` or `minutes` (they would count in a tender's 服务人次 twice).
 */
const NOT_GATHERINGS: ReadonlySet<string> = new Set([
  "consultation",
  "case-intake",
  "case-session",
  "case-closing",
  "referral",
  "group-preparation",
  "group-midterm-evaluation",
  "group-final-evaluation",
  "home-visit",
  "household-needs-assessment",
  "community-survey",
  "community-resource-survey",
  "organisation-consultation",
  "recruitment",
  "document-drafting",
]);
export const LIKE_AND_HOURS: Localized = {
  zh: "like 与 hours 只能写一个：参照表内项目的工时写 like，自定工时写 hours 与 justification",
  en: "give like or hours, not both: like takes a table item's hours, hours (with justification) gives your own",
};

export const GATHERING_FIELDS = ["participants", "minutes"];

/** Whether a table item is a gathering of people, whose lines may say participants and minutes. */
export function isGathering(item: StandardItem): boolean {
  return !NOT_GATHERINGS.has(item.code);
}

function rejectFields(raw: ServiceEntryInput, path: YamlPath, allowed: ReadonlySet<string>, report: Report): void {
  for (const field of Object.keys(FIELD_OWNERS)) {
    if (raw[field as keyof ServiceEntryInput] !== undefined && !allowed.has(field)) {
      const owner = FIELD_OWNERS[field]!;
      report([...path, field], "field-not-applicable", { zh: `${field} ${owner.zh}`, en: `${field} ${owner.en}` }, "key");
    }
  }
}

function resolveEntry(raw: ServiceEntryInput, path: YamlPath, index: number, standard: Standard, report: Report): ServiceEntry | undefined {
  const ways = (["item", "bundle", "custom"] as const).filter((key) => raw[key] !== undefined);
  if (ways.length !== 1) {
    report(path, "entry-kind", {
      zh: ways.length === 0
        ? "每条服务须写 item（表内项目）、bundle（整体写法的个案/小组）或 custom（其他服务）之一"
        : `item、bundle、custom 只能写一个（此处写了 ${ways.join("、")}）`,
      en: ways.length === 0
        ? "each service needs one of item (a table item), bundle (a whole case or group) or custom (another service)"
        : `give only one of item, bundle, custom (found ${ways.join(", ")})`,
    });
    return undefined;
  }
  const base = {
    index,
    path,
    count: raw.count,
    participants: raw.participants,
    minutes: raw.minutes,
    communities: resolveCommunities(raw, path, report),
    services: raw.service === undefined ? [] : Array.isArray(raw.service) ? raw.service : [raw.service],
    subjects: raw.subjects,
    note: raw.note,
  };
  const names = namesOf(standard);

  /** A table item by name; a name that could mean two items, or none, is reported at `at`. */
  const findItemAt = (name: string, at: YamlPath): StandardItem | undefined => {
    const meant = names.ambiguous(name);
    if (meant) {
      report(at, "ambiguous-item", {
        zh: `“${name}”可能指 ${meant.map((i) => `${i.name}（${i.hours?.toExactString()} 小时/${i.unit}）`).join(" 或 ")}，请写明是哪一个`,
        en: `“${name}” could mean ${meant.map((i) => `${i.name} (${i.code}, ${i.hours?.toExactString()} h)`).join(" or ")}: say which`,
      });
      return undefined;
    }
    const found = names.items.find(name);
    if (!found) report(at, "unknown-item", unknownItem(name, names.items.suggest(name), standard));
    return found;
  };

  /** The item a line is like, with its rate when it has two: required unless the line gives its own hours. */
  const resolveLike = (): { like?: StandardItem; likeVariant?: VariantOption } => {
    if (raw.like === undefined) return {};
    if (raw.hours !== undefined) {
      report([...path, "like"], "like-and-hours", LIKE_AND_HOURS, "key");
      return {};
    }
    const like = findItemAt(raw.like, [...path, "like"]);
    if (!like?.variants) return { like };
    const likeVariant = like.variants.options.find((o) => o.value === raw[like.variants!.by]);
    if (!likeVariant && raw.hours === undefined) report(path, "variant-required", variantRequired(like, `like: ${like.name}`), "key");
    return { like, likeVariant };
  };

  const bundleName = raw.bundle ?? (raw.item !== undefined && raw.sessions !== undefined && !names.items.find(raw.item) && names.bundles.find(raw.item) ? raw.item : undefined);
  if (bundleName !== undefined) {
    const bundle = names.bundles.find(bundleName);
    if (!bundle) {
      const choices = standard.bundles.map((b) => b.name).join("、");
      report([...path, "bundle"], "unknown-bundle", {
        zh: `没有名为 ${JSON.stringify(bundleName)} 的整体写法（可用：${choices}）`,
        en: `no bundle called ${JSON.stringify(bundleName)} (available: ${standard.bundles.map((b) => b.code).join(", ")})`,
      });
      return undefined;
    }
    rejectFields(raw, path, new Set(["sessions", ...(bundle.code === "case" ? [] : GATHERING_FIELDS)]), report);
    if (raw.sessions === undefined) {
      report(path, "bundle-sessions", {
        zh: `整体写法的${bundle.name}须写明每个${bundle.name}的节数 sessions`,
        en: `a ${bundle.code} bundle needs sessions (sessions per ${bundle.code})`,
      }, "key");
      return undefined;
    }
    return { ...base, kind: "bundle", bundle, sessions: raw.sessions };
  }

  if (raw.custom !== undefined) {
    const { like, likeVariant } = resolveLike();
    rejectFields(raw, path, new Set(["hours", "justification", "like", "unit", ...GATHERING_FIELDS, ...(like?.variants ? [like.variants.by] : [])]), report);
    return {
      ...base,
      kind: "custom",
      name: raw.custom,
      unit: raw.unit ?? like?.unit ?? "次",
      hours: raw.hours === undefined ? undefined : Rational.fromDecimal(raw.hours),
      justification: raw.justification,
      like,
      likeVariant,
    };
  }

  const known = names.items.find(raw.item!);
  const bundle = known ? undefined : names.bundles.find(raw.item!);
  if (bundle) {
    // With sessions it would have been read as the bundle (above): what is missing is the sessions.
    report(path, "bundle-sessions", {
      zh: `“${raw.item}”是整体写法（${bundle.name}），须写明每${bundle.unit}的节数 sessions（也可写作 bundle: ${raw.item}）`,
      en: `“${raw.item}” is a whole ${bundle.code} (a bundle): give sessions per ${bundle.code} (or write it as bundle: ${raw.item})`,
    }, "key");
    return undefined;
  }
  const item = known ?? findItemAt(raw.item!, [...path, "item"]);
  if (!item) return undefined;
  const { like, likeVariant } = item.hours === null ? resolveLike() : {};
  const allowed = new Set<string>();
  if (item.variants) allowed.add(item.variants.by);
  if (item.scale) allowed.add(item.scale.by);
  if (item.substeps) allowed.add("exclude");
  if (item.hours === null) ["hours", "justification", "like"].forEach((f) => allowed.add(f));
  if (like?.variants) allowed.add(like.variants.by);
  if (item.code === "consultation") allowed.add("subjects");
  if (isGathering(item)) GATHERING_FIELDS.forEach((f) => allowed.add(f));
  rejectFields(raw, path, allowed, report);

  let variant;
  if (item.variants) {
    variant = item.variants.options.find((o) => o.value === raw[item.variants!.by]);
    if (!variant) report(path, "variant-required", variantRequired(item), "key");
  }

  if (item.unit === "社区" && base.communities.length > 0 && base.communities.length !== raw.count)
    report([...path, "community"], "community-count", {
      zh: `${item.name}以社区为单位：count 为 ${raw.count}，却列了 ${base.communities.length} 个社区`,
      en: `${item.name} counts communities: count is ${raw.count} but ${base.communities.length} communities are listed`,
    }, "key");

  const excluded: Substep[] = [];
  const excludedParts: { step: Substep; part: string; path: YamlPath }[] = [];
  if (raw.exclude && item.substeps) {
    const steps = names.substeps(item);
    const parts = names.parts(item);
    raw.exclude.forEach((name, i) => {
      const step = steps.find(name);
      const part = step ? undefined : parts.find(name);
      if (step) {
        if (!excluded.includes(step)) excluded.push(step);
      } else if (part) excludedParts.push({ ...part, path: [...path, "exclude", i] });
      else {
        const within = item.substeps!.flatMap((s) => s.includes);
        report([...path, "exclude", i], "unknown-substep", {
          zh: `${item.name} 没有 ${JSON.stringify(name)} 这个环节（环节：${item.substeps!.map((s) => s.name).join("、")}${within.length ? `；含在环节中的：${within.join("、")}` : ""}）`,
          en: `${item.name} has no sub-step ${JSON.stringify(name)} (sub-steps: ${item.substeps!.map((s) => s.code).join(", ")}${within.length ? `; included in one: ${within.join(", ")}` : ""})`,
        });
      }
    });
    if (excluded.length === item.substeps.length) {
      report([...path, "exclude"], "all-substeps-excluded", {
        zh: `${item.name} 的环节不能全部排除`,
        en: `cannot exclude every sub-step of ${item.name}`,
      }, "key");
    }
  }

  return {
    ...base,
    kind: "table",
    item,
    variant,
    excluded,
    // Work inside a step that is excluded whole needs no word of its own.
    excludedParts: excludedParts.filter((p) => !excluded.includes(p.step)),
    samples: raw.samples,
    households: raw.households,
    hours: raw.hours === undefined ? undefined : Rational.fromDecimal(raw.hours),
    justification: raw.justification,
    like,
    likeVariant,
  };
}

/** The communities a line names: one, or a list without repeats. */
function resolveCommunities(raw: ServiceEntryInput, path: YamlPath, report: Report): string[] {
  if (raw.community === undefined) return [];
  const listed = Array.isArray(raw.community) ? raw.community : [raw.community];
  const seen = new Set<string>();
  listed.forEach((name, i) => {
    if (seen.has(name))
      report([...path, "community", i], "duplicate-community", { zh: `社区 ${name} 在列表中写了两次`, en: `community ${name} is listed twice` });
    seen.add(name);
  });
  return [...seen];
}

/** An item with two rates needs the one meant: "转介 有两档工时，须写明 escort: false（无需陪同，8 小时/案）或 …". */
export function variantRequired(item: StandardItem, context?: string): Localized {
  const { by, options } = item.variants!;
  const choices = options.map((o) => `${by}: ${String(o.value)}（${o.name}，${o.hours.toExactString()} 小时/${item.unit}）`);
  const prefix = context ? { zh: `${context}：`, en: `${context}: ` } : { zh: "", en: "" };
  return {
    zh: `${prefix.zh}${item.name} 有两档工时，须写明 ${choices.join(" 或 ")}`,
    en: `${prefix.en}${item.name} has two rates: give ${options.map((o) => `${by}: ${String(o.value)} (${o.hours.toExactString()} h)`).join(" or ")}`,
  };
}

function unknownItem(name: string, suggestions: string[], standard: Standard): Localized {
  const hint = suggestions.length
    ? { zh: `，是否想写：${suggestions.join("、")}？`, en: `; did you mean ${suggestions.join(", ")}?` }
    : { zh: "（用 gongshi table 查看全部项目；表外服务请用 custom）", en: " (see gongshi table for every item; use custom for other services)" };
  return {
    zh: `参考工时表（${standard.shortName}）中没有 ${JSON.stringify(name)}${hint.zh}`,
    en: `the reference table (${standard.id}) has no item ${JSON.stringify(name)}${hint.en}`,
  };
}
