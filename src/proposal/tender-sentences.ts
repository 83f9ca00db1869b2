import type { Localized } from "../i18n/lang.js";

/**
 * Tender indicators (采购需求) as tenders write them: "个案不少于 4 个", "小组不少于 3 个，每个小组不少于 4 节、不少于 5 人",
 * "探访不少于 700 人次", "服务时数不超过 6000 小时". A sentence is copied into the proposal as it stands and read here;
 * each comparison in it becomes one indicator.
 */
export type TotalMeasure =
  | "cases"
  | "case-sessions"
  | "groups"
  | "group-sessions"
  | "community-activities"
  | "large-events"
  | "visits"
  | "lectures"
  | "consultations"
  | "households-assessed"
  | "beneficiaries"
  | "hours";

export type UnitMeasure = "group-sessions-each" | "group-members-each" | "case-sessions-each" | "lecture-minutes-each" | "lecture-participants-each" | "activity-participants-each";

export interface Indicator {
  /** The sentence as the tender has it. */
  text: string;
  /** The comparison this indicator came from, e.g. "每个小组不少于 4 节". */
  clause: string;
  measure: TotalMeasure | UnitMeasure;
  perUnit: boolean;
  bound: "min" | "max";
  value: number;
  unit: string;
}

export const MEASURE_NAMES: Record<TotalMeasure | UnitMeasure, string> = {
  cases: "个案数",
  "case-sessions": "个案服务节数",
  groups: "小组数",
  "group-sessions": "小组活动节数",
  "community-activities": "社区活动次数（大型 + 中小型）",
  "large-events": "社区大型活动次数",
  visits: "探访人次",
  lectures: "专题培训/讲座场次",
  consultations: "专业咨询次数",
  "households-assessed": "需求评估建档户数",
  beneficiaries: "服务人次",
  hours: "服务时数",
  "group-sessions-each": "每个小组的节数",
  "group-members-each": "每个小组的人数",
  "case-sessions-each": "每个个案的节数",
  "lecture-minutes-each": "每场讲座的时长（分钟）",
  "lecture-participants-each": "每场讲座的人数",
  "activity-participants-each": "每次社区活动的人数",
};

const MIN_WORDS = ["不少于", "不低于", "不得少于", "不得低于", "至少", "≥", ">="];
const MAX_WORDS = ["不超过", "不多于", "不高于", "不得超过", "最多", "≤", "<="];
const COMPARISON = new RegExp(`(${[...MIN_WORDS, ...MAX_WORDS].map((w) => w.replace(/[>=<]/g, "\\$&")).join("|")})\\s*(\\d+(?:\\.\\d+)?)\\s*([^\\d\\s，,；;。、]*)`, "g");

/** The total measure a subject names, by the words tenders use (the first that matches wins). */
const TOTAL_SUBJECTS: [RegExp, (unit: string) => TotalMeasure][] = [
  [/时数|工时|服务时长|服务小时/, () => "hours"],
  [/探访|走访|入户/, () => "visits"],
  [/受益|服务人次|服务对象|覆盖/, () => "beneficiaries"],
  [/个案/, (unit) => (/节|次/.test(unit) ? "case-sessions" : "cases")],
  [/小组/, (unit) => (/节|次/.test(unit) ? "group-sessions" : "groups")],
  [/大型活动/, () => "large-events"],
  [/讲座|培训/, () => "lectures"],
  [/活动/, () => "community-activities"],
  [/咨询/, () => "consultations"],
  [/建档|需求评估/, () => "households-assessed"],
];

function unitMeasure(subject: string, unit: string): UnitMeasure | undefined {
  if (/小组|组/.test(subject)) return /节|次/.test(unit) ? "group-sessions-each" : /人|名/.test(unit) ? "group-members-each" : undefined;
  if (/个案|案/.test(subject)) return /节|次/.test(unit) ? "case-sessions-each" : undefined;
  if (/讲座|培训|场/.test(subject)) return /分钟|小时/.test(unit) ? "lecture-minutes-each" : /人|名/.test(unit) ? "lecture-participants-each" : undefined;
  if (/活动/.test(subject)) return /人|名/.test(unit) ? "activity-participants-each" : undefined;
  return undefined;
}

export class IndicatorError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

/** Reads one tender sentence into its indicators; throws IndicatorError with a bilingual reason. */
export function parseIndicator(text: string): Indicator[] {
  const indicators: Indicator[] = [];
  let lastSubject = "";
  for (const rawClause of text.split(/[，,；;。]/)) {
    const clause = rawClause.trim();
    if (!clause) continue;
    const matches = [...clause.matchAll(COMPARISON)];
    if (matches.length === 0) {
      lastSubject = clause;
      continue;
    }
    const subject = clause.slice(0, matches[0]!.index).trim() || lastSubject;
    const perUnit = /^每/.test(subject);
    for (const match of matches) {
      const [whole, word, number, unitText] = match as unknown as [string, string, string, string];
      let value = Number(number);
      let unit = unitText;
      let measure: TotalMeasure | UnitMeasure | undefined;
      if (perUnit) {
        measure = unitMeasure(subject.replace(/^每/, "") || lastSubject, unit);
        if (measure === "lecture-minutes-each" && unit.includes("小时")) {
          value *= 60;
          unit = "分钟";
        }
      } else {
        measure = TOTAL_SUBJECTS.find(([pattern]) => pattern.test(subject))?.[1](unit);
        if (!measure && /小时/.test(unit)) measure = "hours";
      }
      if (!measure) {
        throw new IndicatorError({
          zh: `看不出“${clause}”要求的是什么（可识别：个案、小组、社区活动、大型活动、探访、讲座/培训、咨询、建档、服务人次、服务时数，以及“每个小组/每个个案/每场讲座……”）`,
          en: `cannot tell what “${clause}” requires (known: cases, groups, activities, visits, lectures, consultations, households, beneficiaries, hours, and per group/case/lecture requirements)`,
        });
      }
      indicators.push({
        text,
        clause: `${perUnit ? subject : subject || lastSubject}${whole}`,
        measure,
        perUnit,
        bound: MIN_WORDS.includes(word) ? "min" : "max",
        value,
        unit,
      });
    }
    if (!perUnit) lastSubject = subject;
  }
  if (indicators.length === 0) {
    throw new IndicatorError({
      zh: `“${text}”中没有“不少于 / 不超过 + 数字”这样的要求`,
      en: `“${text}” states no requirement such as “不少于 N” or “不超过 N”`,
    });
  }
  return indicators;
}
