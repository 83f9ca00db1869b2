import type { Localized } from "../i18n/lang.js";
import { nameKey } from "./names.js";
import type { ProjectKind } from "./project-kinds.js";

/**
 * The source documents whose checkable clauses are rules. A proposal follows Suzhou 2016 always;
 * the others switch on when its project.follows names them or its kind implies them.
 */
export interface RuleSet {
  id: string;
  title: string;
  /** How a rule of this set cites its source, unless the rule names another document. */
  document: string;
  /** What a person may write in project.follows. */
  aliases: string[];
  impliedBy: ProjectKind[];
  always?: boolean;
  /**
   * Set for a document published only as a draft for comments (征求意见稿): what each of its findings
   * says about that. Its 应 rules bind only a proposal that names it in project.follows; switched on by
   * the project's kind alone they are warnings.
   */
  draft?: Localized;
}

/** Why a rule set is in force for a proposal: always, because the proposal names it, or by the project's kind alone. */
export type ActivationReason = "always" | "follows" | "kind";

/** A rule set in force, with what that means for its findings. */
export interface RuleSetActivation {
  by: ActivationReason;
  /** The most a finding of this set may weigh: a draft the proposal does not name binds no one. */
  maxSeverity?: "warning";
  /** Said with every finding of this set (a draft's status). */
  note?: Localized;
}

export const RULE_SETS: readonly RuleSet[] = [
  {
    id: "suzhou-2016",
    title: "苏州市专业社会工作服务规范指引（试行）",
    document: "苏政民社〔2016〕2号",
    aliases: ["苏州2016", "苏州", "苏政民社〔2016〕2号"],
    impliedBy: [],
    always: true,
  },
  {
    id: "gongshi",
    title: "gongshi 读取方案文件的约定（编码、全角数字、豁免）",
    document: "gongshi",
    aliases: ["gongshi"],
    impliedBy: [],
    always: true,
  },
  {
    id: "funder",
    title: "资助方要求（招标文件或资助方设定的预算限额，写在 budget.limits 中）",
    document: "budget.limits",
    aliases: ["资助方", "招标文件"],
    impliedBy: [],
    always: true,
  },
  {
    id: "db51",
    title: "四川省地方标准 社会救助社会工作服务指南（征求意见稿）",
    document: "DB51 社会救助社会工作服务指南（征求意见稿）",
    aliases: ["DB51", "四川", "社会救助社会工作服务指南"],
    impliedBy: ["social-assistance"],
    draft: {
      zh: "依据 DB51 为 2020 年的征求意见稿，尚未正式发布",
      en: "the source is DB51's draft for comments (2020), not a published standard",
    },
  },
  {
    id: "db3701-t36",
    title: "济南市地方标准 街道（镇）社工站服务指南",
    document: "DB3701/T 36—2023 街道（镇）社工站服务指南",
    aliases: ["DB3701/T 36", "DB3701/T36", "DB3701", "济南", "街道（镇）社工站服务指南"],
    impliedBy: ["station"],
  },
  {
    id: "mzt-071",
    title: "民政行业标准 社区社会工作服务指南",
    document: "MZ/T 071—2016 社区社会工作服务指南",
    aliases: ["MZ/T 071", "MZ/T071", "MZT071", "社区社会工作服务指南"],
    impliedBy: ["community", "station"],
  },
];

export function findRuleSet(text: string): RuleSet | undefined {
  const key = nameKey(text);
  return RULE_SETS.find((set) => [set.id, ...set.aliases].some((name) => nameKey(name) === key));
}

/**
 * The rule sets in force for a project of this kind that names these documents, each with why: a set
 * named in project.follows is in force completely, whatever the kind; a draft switched on by the kind
 * alone weighs at most a warning.
 */
export function activeRuleSets(kind: ProjectKind | undefined, follows: readonly string[]): Map<string, RuleSetActivation> {
  const named = new Set(follows.map((name) => findRuleSet(name)?.id));
  const active = new Map<string, RuleSetActivation>();
  for (const set of RULE_SETS) {
    const by: ActivationReason | undefined = set.always ? "always" : named.has(set.id) ? "follows" : kind && set.impliedBy.includes(kind) ? "kind" : undefined;
    if (!by) continue;
    active.set(set.id, {
      by,
      ...(set.draft && by === "kind" ? { maxSeverity: "warning" as const } : {}),
      ...(set.draft ? { note: set.draft } : {}),
    });
  }
  return active;
}
