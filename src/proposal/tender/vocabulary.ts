import type { Localized } from "../../i18n/lang.js";
import type { Requirement, SentenceReading } from "./grammar.js";
import type { Indicator, Measure, UnreadPart } from "./model.js";

/**
 * What a tender's words count in a proposal. The subject decides the items and the unit must fit them:
 * 个/例 count cases, 节/次 count sessions, 场/次/期 count events, 人次 counts person-times, 小时 counts hours;
 * % and 率/满意度 are rates, which a plan cannot show. A subject the vocabulary does not know, a unit that
 * does not fit, or words that could mean two things ("小组服务≥15": sessions or people?) are not guessed:
 * they become unread parts for a person, unless the evaluator says what the sentence counts (`counts`).
 */

const UNITS = {
  cases: ["个", "例", "案", "宗", "件", "人", "名", "位", "户", ""],
  groups: ["个", "组", "期", ""],
  sessions: ["节", "次", "人次"],
  events: ["场", "次", "期", "个", "场次", "项", ""],
  visits: ["次", "人次", "户", "户次", "人", "名", "位", "个", ""],
  consultations: ["次", "人次", "人", "名", "位", "个", ""],
  files: ["个", "份", "户", "人", "名", "位", "家", "本", "册", ""],
  lectures: ["场", "次", "期", "节", "场次", "个", "课时", ""],
  hours: ["小时", "h", "分钟", ""],
};

/** Items each word counts, by table item code (the default standard's codes; any standard that keeps them). */
const CASE = ["case-intake"];
const CASE_SESSION = ["case-session"];
const GROUP = ["group-preparation"];
const GROUP_SESSION = ["group-session"];
const LECTURE = ["training-lecture"];

/** What 活动 means when a tender does not say: every community activity of the table (大型、中小型、一般). */
export const DEFAULT_ACTIVITIES = ["large-community-event", "community-activity", "general-community-activity"];

export interface VocabularyOptions {
  /** What the tender's 活动 counts (tender.activities, or DEFAULT_ACTIVITIES). */
  activities: string[];
  /** What the evaluator says this sentence counts (an indicator's `counts`). */
  counts?: string[];
  /** The name of an item key, for labels. */
  nameOf(key: string): string;
}

type Resolution = { measure: Measure; label: Localized } | { unread: Omit<UnreadPart, "path" | "text" | "part"> };

const unread = (reason: UnreadPart["reason"], extra: { unit?: string; measure?: string } = {}): Resolution => ({ unread: { reason, ...extra } });

function countOf(keys: string[], units: string[], unit: string, what: string, nameOf: (key: string) => string): Resolution {
  if (!units.includes(unit)) return unread("unit-mismatch", { unit, measure: what });
  const names = keys.map(nameOf).join("、");
  return { measure: { kind: "count", keys }, label: { zh: `${names}（数量）`, en: `count of ${names}` } };
}

const RATE: Resolution = { measure: { kind: "uncheckable", why: "rate" }, label: { zh: "比率或满意度（方案无法体现）", en: "a rate or score (a plan cannot show it)" } };
const PEOPLE: Resolution = { measure: { kind: "uncheckable", why: "people" }, label: { zh: "不重复的人数（方案无法体现）", en: "distinct people (a plan cannot show them)" } };

/** A requirement on the whole (not on each unit): its subject and unit against the vocabulary. */
function resolveTotal(r: Requirement, options: VocabularyOptions): Resolution {
  const { subject, unit } = r;
  const count = (keys: string[], units: string[], what: string) => countOf(keys, units, unit, what, options.nameOf);
  if (r.percent || /率|满意度|满意程度|知晓|认可度/.test(subject)) return RATE;
  if (/时数|工时|服务时长|服务小时|服务时间/.test(subject) || (/^(?:提供|直接)?服务$|^总$/.test(subject) && /小时|分钟|^h$/.test(unit))) {
    if (!UNITS.hours.includes(unit)) return unread("unit-mismatch", { unit, measure: "服务时数" });
    return { measure: { kind: "hours" }, label: { zh: "服务时数（全部服务工时）", en: "service hours (all services)" } };
  }
  if (/建档|档案/.test(subject)) return count(["household-needs-assessment"], UNITS.files, "建档数");
  if (/志愿者(?:培训|增能)/.test(subject)) return count(["volunteer-workshop"], UNITS.lectures, "志愿者培训场次");
  if (/讲座|培训/.test(subject)) return count(LECTURE, UNITS.lectures, "讲座/培训场次");
  if (/探访|走访|入户|家访/.test(subject)) return count(["home-visit"], UNITS.visits, "探访次数");
  if (/咨询/.test(subject)) return count(["consultation"], UNITS.consultations, "咨询次数");
  if (/个案/.test(subject)) {
    if (UNITS.sessions.includes(unit)) return count(CASE_SESSION, UNITS.sessions, "个案服务节数");
    if (unit === "" && /个案(?:服务|辅导|面谈|跟进|工作)/.test(subject)) return unread("ambiguous", { measure: "个案数或个案服务节数" });
    return count(CASE, UNITS.cases, "个案数");
  }
  if (/小组/.test(subject)) {
    if (["节", "次"].includes(unit)) return count(GROUP_SESSION, ["节", "次"], "小组活动节数");
    if (unit === "" && /小组(?:服务|活动|工作)/.test(subject)) return unread("ambiguous", { measure: "小组数或小组活动节数" });
    return count(GROUP, UNITS.groups, "小组数");
  }
  if (/大型活动/.test(subject)) return count(["large-community-event"], UNITS.events, "大型活动次数");
  if (/中小型活动/.test(subject)) return count(["community-activity"], UNITS.events, "中小型活动次数");
  if (/一般(?:社区)?活动/.test(subject)) return count(["general-community-activity"], UNITS.events, "一般社区活动次数");
  // Street outreach, publicity, free clinics… are activities of their own, not the table's community activities.
  if (/宣传|巡查|街头|外展|义诊|倡导|募捐|义卖|救助活动/.test(subject)) return unread("not-activity");
  if (/活动/.test(subject) || (/社区/.test(subject) && ["场", "场次", "期"].includes(unit))) return count(options.activities, UNITS.events, "活动次数");
  if (/服务人次|服务人数|受益|服务对象|覆盖|参与人次|服务群众|服务居民/.test(subject)) {
    if (unit === "人次" || unit === "") return { measure: { kind: "beneficiaries" }, label: { zh: "服务人次", en: "person-times served" } };
    if (["人", "名", "位", "户"].includes(unit)) return PEOPLE;
    return unread("unit-mismatch", { unit, measure: "服务人次" });
  }
  return unread("unknown-subject");
}

const GROUP_WORDS = /小组|组/;
const CASE_WORDS = /个案|案|例/;
const LECTURE_WORDS = /讲座|培训/;
const ACTIVITY_WORDS = /活动/;
const QUANTITY_WORDS = /^(?:每(?:次|场|节|期)?)?(?:参加|参与|出席|服务)?(?:人数|人员|人|时长|时间|活动时间)?$/;

/** A requirement on each unit ("每个小组不少于4节"): whose units, and which figure of each. */
function resolveEach(r: Requirement, owner: Measure | undefined, options: VocabularyOptions): Resolution {
  const each = r.each ?? "";
  // 每月、每季度、每年: a requirement per period of time, which a plan of yearly counts does not show.
  if (/^(?:个)?(?:季度|月|周|星期|年|半年|天|日)/.test(each)) return unread("per-period");
  let keys: string[] | undefined;
  if (GROUP_WORDS.test(each)) keys = GROUP;
  else if (CASE_WORDS.test(each)) keys = CASE;
  else if (LECTURE_WORDS.test(each)) keys = LECTURE;
  else if (ACTIVITY_WORDS.test(each)) keys = options.activities;
  else if (owner?.kind === "count") keys = owner.keys;
  if (!keys) return unread("no-unit-owner");
  const names = keys.map(options.nameOf).join("、");
  // Sessions belong to cases and groups; "每节" is each session, whose figure is its people, not its sessions.
  const sessionsOf = keys.length === 1 && (keys[0] === GROUP[0] || keys[0] === CASE[0]);
  const perSession = /^节/.test(each);
  const { unit } = r;
  let quantity: "sessions" | "participants" | "minutes";
  if (["节", "次"].includes(unit) && sessionsOf && !perSession) quantity = "sessions";
  else if (["人", "名", "位", "人次"].includes(unit)) quantity = "participants";
  else if (["小时", "分钟", "h"].includes(unit)) quantity = "minutes";
  else return unread("unit-mismatch", { unit, measure: `每个（${names}）` });
  const what = { sessions: { zh: "节数", en: "sessions" }, participants: { zh: "人数", en: "participants" }, minutes: { zh: "时长（分钟）", en: "minutes" } }[quantity];
  return { measure: { kind: "each", keys, quantity }, label: { zh: `每个（${names}）的${what.zh}`, en: `${what.en} of each ${names}` } };
}

/** Whether a requirement is on each unit of something rather than on a total. */
function isEach(r: Requirement): boolean {
  if (r.each !== undefined) return true;
  return r.owner !== undefined && QUANTITY_WORDS.test(r.subject);
}

/** Ties each requirement of a read sentence to what it measures; what cannot be tied is returned unread. */
export function measureSentence(text: string, reading: SentenceReading, options: VocabularyOptions): { indicators: Indicator[]; unread: Omit<UnreadPart, "path">[]; mappedTotals: number } {
  const indicators: Indicator[] = [];
  const unreadParts: Omit<UnreadPart, "path">[] = reading.unread.map((u) => ({ text, part: u.part, reason: u.reason }));
  const measures: (Measure | undefined)[] = [];
  let mappedTotals = 0;
  let lastTotal: number | undefined;
  reading.requirements.forEach((r, index) => {
    let resolution: Resolution;
    let mapped = false;
    if (isEach(r)) {
      const ownerIndex = r.owner ?? lastTotal;
      resolution = resolveEach(r, ownerIndex === undefined ? undefined : measures[ownerIndex], options);
    } else {
      lastTotal = index;
      resolution = resolveTotal(r, options);
      const countable = "measure" in resolution ? resolution.measure.kind === "count" : ["unknown-subject", "not-activity", "ambiguous"].includes(resolution.unread.reason);
      if (options.counts && countable && !r.percent) {
        mapped = true;
        mappedTotals++;
        const names = options.counts.map(options.nameOf).join("、");
        resolution = { measure: { kind: "count", keys: options.counts }, label: { zh: `${names}（数量，按 counts）`, en: `count of ${names} (as counts says)` } };
      }
    }
    if ("unread" in resolution) {
      measures.push(undefined);
      unreadParts.push({ text, part: r.whole ?? r.clause, ...resolution.unread });
      return;
    }
    measures.push(resolution.measure);
    const minutes = resolution.measure.kind === "each" && resolution.measure.quantity === "minutes" && /小时|h/.test(r.unit);
    const hours = resolution.measure.kind === "hours" && r.unit === "分钟";
    const scale = minutes ? 60 : hours ? 1 / 60 : 1;
    indicators.push({
      text,
      clause: r.clause,
      comparison: r.comparison,
      value: r.value * scale,
      upper: r.upper === undefined ? undefined : r.upper * scale,
      unit: minutes ? "分钟" : hours ? "小时" : r.unit,
      measure: resolution.measure,
      label: resolution.label,
      mapped,
    });
  });
  if (reading.requirements.length === 0 && reading.unread.length === 0) unreadParts.push({ text, part: text, reason: "no-requirement" });
  return { indicators, unread: unreadParts, mappedTotals };
}
