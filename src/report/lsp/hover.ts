/**
 * What the editor shows over a service line: the hours gongshi computed for it (unit hours × count,
 * each expanded step of a bundle), the clause, its share of the workload, and where the total stands
 * between the bounds. Markdown, as LSP hovers carry it.
 */
import type { Analysis } from "../../analysis/analyse.js";
import { Rational } from "../../exact/rational.js";
import { wordsIn, type Lang } from "../../i18n/lang.js";
import type { WorkloadLine } from "../../workload/model.js";
import { formatHours, formatShare } from "../numbers.js";

const WORDS = {
  hours: { zh: "小时", en: "h" },
  share: { zh: (share: string) => `占总工作量 ${share}`, en: (share: string) => `${share} of the workload` },
  missing: { zh: "未给出工时", en: "no hours given" },
  bundle: {
    zh: (name: string, count: number, sessions: number) => `${name}：${count} 个 × 每个 ${sessions} 节`,
    en: (name: string, count: number, sessions: number) => `${name}: ${count} × ${sessions} sessions each`,
  },
  total: {
    zh: (total: string, floor: string, ceiling: string, verdict: string) => `方案合计 ${total} 小时；区间 ${floor} – ${ceiling}（${verdict}）`,
    en: (total: string, floor: string, ceiling: string, verdict: string) => `Proposal total ${total} h; bounds ${floor} – ${ceiling} (${verdict})`,
  },
  within: { zh: "在区间内", en: "within bounds" },
  below: { zh: "低于下限", en: "below the floor" },
  above: { zh: "高于上限", en: "above the ceiling" },
};

/** Markdown for the service entry at `entryIndex`, or undefined when it yields no line. */
export function serviceHover(analysis: Analysis, entryIndex: number, lang: Lang): string | undefined {
  const t = wordsIn(WORDS, lang);
  const { workload } = analysis;
  const lines = workload.lines.filter((line) => line.entryIndex === entryIndex);
  if (lines.length === 0) return undefined;
  const out: string[] = [];
  const hours = Rational.sum(lines.map((line) => line.hours));
  const bundle = lines[0]!.bundle;
  if (bundle) {
    out.push(`**${t.bundle(bundle.name, bundle.count, bundle.sessions)}** = **${formatHours(hours)} ${t.hours}**（${t.share(formatShare(hours, workload.total))}）`);
    out.push("");
    for (const line of lines) out.push(`- ${lineText(line, lang)} · ${line.clause}`);
  } else {
    out.push(`${lineText(lines[0]!, lang, true)}（${t.share(formatShare(hours, workload.total))}）`, "", lines[0]!.clause);
  }
  out.push("", "---", "");
  const { bounds, position } = workload;
  out.push(t.total(formatHours(workload.total), formatHours(bounds.floor), formatHours(bounds.ceiling), t[position]));
  return out.join("\n");
}

/** 探访：2 小时/次 × 120 = 240 小时 */
function lineText(line: WorkloadLine, lang: Lang, bold = false): string {
  const t = wordsIn(WORDS, lang);
  const details = line.details.length ? `（${line.details.join("；")}）` : "";
  const unitHours = line.hoursSource === "missing" ? t.missing : `${formatHours(line.unitHours)} ${t.hours}/${line.unit}`;
  const quantity = line.quantity.eq(Rational.of(line.count)) ? String(line.count) : `${line.count} → ${formatHours(line.quantity)}`;
  const result = `${formatHours(line.hours)} ${t.hours}`;
  const name = bold ? `**${line.name}**` : line.name;
  return `${name}${details}：${unitHours} × ${quantity} = ${bold ? `**${result}**` : result}`;
}
