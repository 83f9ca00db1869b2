import type { Localized } from "../../i18n/lang.js";
import type { YamlPath } from "../../source/yaml-source.js";
import type { Standard } from "../../standard/model.js";
import { indexByName, namesOf } from "../../standard/names.js";
import { customKey, type ServiceEntry } from "../model.js";
import type { ProposalInput } from "../schema.js";
import { readSentence } from "./grammar.js";
import type { Tender } from "./model.js";
import { DEFAULT_ACTIVITIES, measureSentence } from "./vocabulary.js";

/**
 * The tender section of a proposal, read: every sentence through the grammar and the vocabulary, with
 * the evaluator's own mappings (an indicator's `counts`, the tender's `activities`). A purchaser's words
 * never make the proposal unusable: what is not understood is kept as an unread part for a person. Only
 * the evaluator's own names (in counts and activities) must name services the proposal can have.
 */
export function readTender(
  input: NonNullable<ProposalInput["tender"]>,
  entries: readonly ServiceEntry[],
  standard: Standard,
  report: (path: YamlPath, code: string, message: Localized, at?: "key" | "value") => void,
): Tender {
  const names = namesOf(standard);
  const customs = indexByName(
    entries.flatMap((e) => (e.kind === "custom" ? [e] : [])),
    (e) => [e.name],
    (e) => e.name,
  );
  const keyOf = (name: string, path: YamlPath): string | undefined => {
    const bundle = names.bundles.find(name);
    if (bundle) return bundle.perUnit[0];
    const item = names.items.find(name);
    if (item) return item.code;
    const custom = customs.find(name);
    if (custom) return customKey(custom.name);
    const suggestions = [...names.items.suggest(name), ...customs.suggest(name)];
    report(path, "unknown-item", {
      zh: `方案与参考工时表中都没有“${name}”这一服务${suggestions.length ? `，是否想写：${suggestions.join("、")}？` : "（可写表内项目名称、个案、小组，或方案中其他服务 custom 的名称）"}`,
      en: `neither the proposal nor the reference table has a service “${name}”${suggestions.length ? `; did you mean ${suggestions.join(", ")}?` : " (name a table item, 个案, 小组, or one of the proposal's custom services)"}`,
    });
    return undefined;
  };
  const nameOf = (key: string) => (key.startsWith("custom:") ? key.slice("custom:".length) : (standard.items.find((i) => i.code === key)?.name ?? key));
  const keysOf = (list: readonly string[], path: YamlPath) => {
    const keys = list.map((name, i) => keyOf(name, [...path, i]));
    return keys.every((k) => k !== undefined) ? [...new Set(keys as string[])] : undefined;
  };

  const activities = (input.activities && keysOf(input.activities, ["tender", "activities"])) ?? DEFAULT_ACTIVITIES;
  const tender: Tender = { name: input.name, indicators: [], unread: [] };
  input.indicators.forEach((raw, index) => {
    const mapping = typeof raw === "string" ? undefined : raw;
    const text = typeof raw === "string" ? raw : raw.text;
    const path: YamlPath = mapping ? ["tender", "indicators", index, "text"] : ["tender", "indicators", index];
    const counts = mapping?.counts && keysOf(mapping.counts, ["tender", "indicators", index, "counts"]);
    const { indicators, unread, mappedTotals } = measureSentence(text, readSentence(text), { activities, counts, nameOf });
    if (counts && mappedTotals !== 1)
      report(["tender", "indicators", index, "counts"], "counts-target", {
        zh: mappedTotals === 0
          ? "这句话中没有可按 counts 计数的数量要求（counts 用于“×× 不少于 N 次/场/个”这样的要求）"
          : `这句话有 ${mappedTotals} 项数量要求，counts 只能说明其中一项的口径；请把各项要求分别写成一条指标`,
        en: mappedTotals === 0
          ? "this sentence has no count requirement for counts to apply to (counts is for “X 不少于 N 次/场/个”)"
          : `this sentence has ${mappedTotals} count requirements and counts can only say what one of them counts; write each requirement as its own indicator`,
      }, "key");
    for (const indicator of indicators) tender.indicators.push({ indicator, path });
    for (const part of unread) tender.unread.push({ ...part, path });
  });
  return tender;
}
