import { InputError, type InputProblem } from "../source/problem.js";
import type { YamlPath, YamlSource } from "../source/yaml-source.js";
import type { Standard } from "../standard/model.js";
import { indexByName, namesOf } from "../standard/names.js";
import { customKey, type Delivery, type DeliveredItem, type ServiceEntry } from "./model.js";
import type { DeliveryInput } from "./schema.js";

/**
 * Names each delivered count after a table item (by name, alias or code) or a custom service of the
 * proposal; an unknown name is an input error at its key, with the nearest names as suggestions.
 */
export function resolveDelivery(
  input: DeliveryInput,
  source: YamlSource,
  base: YamlPath,
  standard: Standard,
  entries: readonly ServiceEntry[],
  months: number,
): Delivery {
  const problems: InputProblem[] = [];
  const names = namesOf(standard);
  const customs = indexByName(
    entries.filter((e) => e.kind === "custom"),
    (e) => [e.kind === "custom" ? e.name : ""],
    (e) => (e.kind === "custom" ? e.name : ""),
  );
  const items: DeliveredItem[] = [];
  for (const [name, count] of Object.entries(input.counts)) {
    const path = [...base, "counts", name];
    const item = names.items.find(name);
    const custom = item ? undefined : customs.find(name);
    const meant = item || custom ? undefined : names.ambiguous(name);
    if (item) items.push({ key: item.code, name: item.name, count, path });
    else if (custom && custom.kind === "custom") items.push({ key: customKey(custom.name), name: custom.name, count, path });
    else if (meant) {
      problems.push(
        source.problem(path, "ambiguous-item", {
          zh: `“${name}”可能指 ${meant.map((i) => i.name).join(" 或 ")}，请分开写明各自完成的数量`,
          en: `“${name}” could mean ${meant.map((i) => `${i.name} (${i.code})`).join(" or ")}: give each one's count`,
        }, "key"),
      );
    } else {
      const suggestions = [...names.items.suggest(name), ...customs.suggest(name)];
      problems.push(
        source.problem(path, "unknown-item", {
          zh: `方案中没有“${name}”这一服务${suggestions.length ? `，是否想写：${suggestions.join("、")}？` : ""}`,
          en: `the proposal has no service “${name}”${suggestions.length ? `; did you mean ${suggestions.join(", ")}?` : ""}`,
        }, "key"),
      );
    }
  }
  const seen = new Map<string, DeliveredItem>();
  for (const item of items) {
    const earlier = seen.get(item.key);
    if (earlier)
      problems.push(
        source.problem(item.path, "duplicate-item", {
          zh: `“${item.name}”已在前面写过（同一项目只写一次）`,
          en: `“${item.name}” is already listed above (one count per item)`,
        }, "key"),
      );
    seen.set(item.key, item);
  }
  if (input.months_elapsed > months)
    problems.push(
      source.problem([...base, "months_elapsed"], "months-elapsed", {
        zh: `已执行 ${input.months_elapsed} 个月，超过项目周期 ${months} 个月`,
        en: `${input.months_elapsed} months elapsed is more than the project's ${months} months`,
      }),
    );
  if (problems.length) throw new InputError(problems);
  return { source, path: base, monthsElapsed: input.months_elapsed, items };
}
