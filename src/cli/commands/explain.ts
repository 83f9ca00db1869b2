import { analyse } from "../../analysis/analyse.js";
import { parseProposal } from "../../proposal/load.js";
import { renderRule, renderRuleList } from "../../report/explain/text.js";
import { ALL_RULES, ruleById, RULES } from "../../rules/registry.js";
import { indexByName } from "../../standard/names.js";
import { RULE_SETS } from "../../standard/rule-sets.js";
import { EXIT, outView, reportError, type CommandIO } from "../io.js";

/** `gongshi explain [RULE]`: the rule list, or one rule with its failing example run through the real pipeline. */
export function runExplain(id: string | undefined, io: CommandIO): number {
  if (id === undefined) {
    io.stdout.write(renderRuleList(RULES, outView(io)));
    return EXIT.ok;
  }
  const rule = ruleById(id);
  if (!rule) {
    const zh = io.lang === "zh";
    const suggestions = indexByName(ALL_RULES, (r) => [r.meta.id], (r) => r.meta.id).suggest(id);
    const hint = suggestions.length ? (zh ? `，是否想查：${suggestions.join("、")}？` : `; did you mean ${suggestions.join(", ")}?`) : "";
    reportError(io, `${zh ? `没有编号为 ${id} 的规则` : `no rule ${id}`}${hint}`);
    return EXIT.unusable;
  }
  const findings = rule.meta.examples.fail ? analyse(parseProposal("example.yaml", rule.meta.examples.fail)).findings.filter((f) => f.ruleId === rule.meta.id) : [];
  io.stdout.write(renderRule(rule, RULE_SETS.find((s) => s.id === rule.meta.ruleSet), findings, outView(io)));
  return EXIT.ok;
}
