import { interpolate, type Lang, type Localized } from "../i18n/lang.js";
import type { WaiverPolicy } from "./finding.js";
import type { Rule, Severity } from "./rule.js";

/** The words for a severity, in each language. */
export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** A rule's message template filled in with a report's data, in both languages. */
export function wordReport(rule: Rule, messageId: string, data: Readonly<Record<string, string | number>>): Localized {
  const template = rule.meta.messages[messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message ${messageId}`);
  return { zh: interpolate(template.zh, data), en: interpolate(template.en, data) };
}

/** "苏政民社〔2016〕2号 四（一）3" */
export function clauseOf(rule: Rule): string {
  return `${rule.meta.source.document} ${rule.meta.source.clause}`;
}

/** Why a proposal's waiver of a finding is not honoured, said in the finding itself. */
export function waiverNotHonouredNote(reason: string, policy: WaiverPolicy): Localized {
  const why: Record<string, Localized> = {
    flag: { zh: "本次以 --no-waivers 运行，不采纳任何豁免", en: "this run has --no-waivers, which honours no waiver" },
    none: { zh: "仓库配置 waivers: none，不采纳任何豁免", en: "the repository's config says waivers: none" },
    warnings: {
      zh: "仓库只允许豁免警告和提示，豁免错误须在仓库配置中写 waivers: all",
      en: "the repository lets proposals waive only warnings and infos, and waiving an error needs waivers: all in its config",
    },
  };
  const because = why[policy.by === "flag" ? "flag" : policy.allow]!;
  return { zh: `豁免未采纳：${because.zh}；方案的理由“${reason}”`, en: `waiver not honoured: ${because.en}; the proposal's reason: ${reason}` };
}
