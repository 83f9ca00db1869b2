import { analyse } from "../../lint/analyse.js";
import { ALL_RULES, ruleById } from "../../lint/rule-catalog.js";
import { parseProposal } from "../../proposal/load.js";
import { findingMessage, SEVERITY_LABEL } from "../../report/finding-text.js";
import { RULES } from "../../rules/registry.js";
import { RULE_SETS } from "../../standard/rule-sets.js";
import { indexByName } from "../../standard/names.js";
import { EXIT, reportError, type CommandIO } from "../io.js";

export function runExplain(id: string | undefined, io: CommandIO): number {
  const zh = io.lang === "zh";
  const p = io.out;
  if (id === undefined) {
    const lines = RULES.map((r) => `  ${r.meta.id.padEnd(28)} ${SEVERITY_LABEL[io.lang][r.meta.severity].padEnd(zh ? 4 : 8)} ${r.meta.description[io.lang]}`);
    io.stdout.write(`${p.bold(zh ? "全部规则（gongshi explain 规则编号 查看详情）" : "All rules (gongshi explain RULE for details)")}\n${lines.join("\n")}\n`);
    return EXIT.ok;
  }
  const rule = ruleById(id);
  if (!rule) {
    const suggestions = indexByName(ALL_RULES, (r) => [r.meta.id], (r) => r.meta.id).suggest(id);
    const hint = suggestions.length ? (zh ? `，是否想查：${suggestions.join("、")}？` : `; did you mean ${suggestions.join(", ")}?`) : "";
    reportError(io, `${zh ? `没有编号为 ${id} 的规则` : `no rule ${id}`}${hint}`);
    return EXIT.unusable;
  }
  const { meta } = rule;
  const set = RULE_SETS.find((s) => s.id === meta.ruleSet);
  const out: string[] = [];
  out.push(`${p.bold(meta.id)}  ${SEVERITY_LABEL[io.lang][meta.severity]}`);
  out.push(meta.description[io.lang]);
  out.push("");
  out.push(`${p.bold(zh ? "出处" : "Source")}：${meta.source.document} ${meta.source.clause}`);
  out.push(`  “${meta.source.quote}”`);
  if (set) {
    const when = set.always
      ? zh
        ? "所有方案"
        : "every proposal"
      : zh
        ? `项目类型为 ${set.impliedBy.join("、") || "—"}，或 project.follows 写明 ${set.aliases[0]}`
        : `projects of kind ${set.impliedBy.join(", ") || "—"}, or naming ${set.aliases[0]} in project.follows`;
    out.push(`${p.bold(zh ? "适用" : "Applies to")}：${when}（${set.title}）`);
  }
  for (const [label, text] of [
    [zh ? "通过的例子" : "A proposal that passes", meta.examples.pass],
    [zh ? "不通过的例子" : "A proposal that breaks it", meta.examples.fail],
  ] as const) {
    if (!text) continue;
    out.push("");
    out.push(p.bold(label));
    out.push(text.trimEnd().split("\n").map((l) => `    ${l}`).join("\n"));
  }
  if (meta.examples.fail) {
    const findings = analyse(parseProposal("example.yaml", meta.examples.fail)).findings.filter((f) => f.ruleId === meta.id);
    out.push(p.bold(zh ? "  → 检查结果" : "  → finding"));
    for (const f of findings) out.push(`    ${f.line}:${f.column}  ${SEVERITY_LABEL[io.lang][f.severity]}  ${findingMessage(f, io.lang)}`);
  }
  out.push("");
  out.push(p.dim(zh ? `可在 .gongshirc.yaml 中调整：rules: { ${meta.id}: off | info | warning | error }` : `Adjust in .gongshirc.yaml: rules: { ${meta.id}: off | info | warning | error }`));
  io.stdout.write(out.join("\n") + "\n");
  return EXIT.ok;
}
