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

/** The rule sets in force for a project of this kind that names these documents. */
export function activeRuleSets(kind: ProjectKind | undefined, follows: readonly string[]): Set<string> {
  const active = new Set<string>();
  for (const set of RULE_SETS) {
    if (set.always || (kind && set.impliedBy.includes(kind))) active.add(set.id);
  }
  for (const name of follows) {
    const set = findRuleSet(name);
    if (set) active.add(set.id);
  }
  return active;
}
