import type { Finding } from "../../engine/finding.js";
import type { Rule } from "../../engine/rule.js";
import { SEVERITY_LABEL } from "../../engine/wording.js";
import type { RuleSet } from "../../standard/rule-sets.js";
import { fitText } from "../fit.js";
import type { View } from "../paint.js";
import { wordsIn } from "../../i18n/lang.js";

const WORDS = {
  all: { zh: "全部规则（gongshi explain 规则编号 查看详情）", en: "All rules (gongshi explain RULE for details)" },
  labelWidth: { zh: 4, en: 8 },
  source: { zh: "出处", en: "Source" },
  appliesTo: { zh: "适用", en: "Applies to" },
  always: { zh: "所有方案", en: "every proposal" },
  when: {
    zh: (set: RuleSet) => `项目类型为 ${set.impliedBy.join("、") || "—"}，或 project.follows 写明 ${set.aliases[0]}`,
    en: (set: RuleSet) => `projects of kind ${set.impliedBy.join(", ") || "—"}, or naming ${set.aliases[0]} in project.follows`,
  },
  draft: {
    zh: "征求意见稿：在 project.follows 中写明时，“应”的规则为错误；仅由项目类型带入时为警告",
    en: "a draft for comments: its 应 rules are errors when named in project.follows, warnings when only the project's kind brings it in",
  },
  lighter: { zh: "以下情形另有级别", en: "These cases weigh less" },
  pass: { zh: "通过的例子", en: "A proposal that passes" },
  fail: { zh: "不通过的例子", en: "A proposal that breaks it" },
  finding: { zh: "  → 检查结果", en: "  → finding" },
  adjust: {
    zh: (id: string) => `可在 .gongshirc.yaml 中调整：rules: { ${id}: off | info | warning | error }`,
    en: (id: string) => `Adjust in .gongshirc.yaml: rules: { ${id}: off | info | warning | error }`,
  },
};

/** `gongshi explain`: every rule on a line. */
export function renderRuleList(rules: readonly Rule[], { lang, paint, width }: View): string {
  const t = wordsIn(WORDS, lang);
  const idWidth = Math.max(...rules.map((r) => r.meta.id.length)) + 1;
  const lines = rules.map((r) => `  ${r.meta.id.padEnd(idWidth)} ${SEVERITY_LABEL[lang][r.meta.severity].padEnd(t.labelWidth)} ${r.meta.description[lang]}`);
  return fitText(`${paint.bold(t.all)}\n${lines.join("\n")}`, width, idWidth + t.labelWidth + 2) + "\n";
}

/** `gongshi explain RULE`: the rule, its quoted clause, where it applies, its examples and what the failing one gets. */
export function renderRule(rule: Rule, set: RuleSet | undefined, exampleFindings: readonly Finding[], { lang, paint, width }: View): string {
  const t = wordsIn(WORDS, lang);
  const { meta } = rule;
  const out: string[] = [];
  out.push(`${paint.bold(meta.id)}  ${SEVERITY_LABEL[lang][meta.severity]}`);
  out.push(meta.description[lang]);
  out.push("");
  out.push(`${paint.bold(t.source)}：${meta.source.document} ${meta.source.clause}`);
  out.push(`  “${meta.source.quote}”`);
  if (set) out.push(`${paint.bold(t.appliesTo)}：${set.always ? t.always : t.when(set)}（${set.title}）`);
  if (set?.draft) out.push(`  ${t.draft}`);
  const lighter = Object.values(meta.messages).filter((m) => m.severity !== undefined && m.severity !== meta.severity);
  if (lighter.length > 0) {
    out.push(`${paint.bold(t.lighter)}：`);
    for (const m of lighter) out.push(`  ${SEVERITY_LABEL[lang][m.severity!]}  ${m[lang]}`);
  }
  for (const [label, text] of [
    [t.pass, meta.examples.pass],
    [t.fail, meta.examples.fail],
  ] as const) {
    if (!text) continue;
    out.push("");
    out.push(paint.bold(label));
    out.push(text.trimEnd().split("\n").map((l) => `    ${l}`).join("\n"));
  }
  if (meta.examples.fail) {
    out.push(paint.bold(t.finding));
    for (const f of exampleFindings) out.push(`    ${f.line}:${f.column}  ${SEVERITY_LABEL[lang][f.severity]}  ${f.message[lang]}`);
  }
  out.push("");
  out.push(paint.dim(t.adjust(meta.id)));
  return fitText(out.join("\n"), width) + "\n";
}
