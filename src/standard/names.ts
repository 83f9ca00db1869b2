import type { Bundle, Standard, StandardItem, Substep } from "./model.js";

/**
 * Finding a table item by what a person wrote: its code, its Chinese name, its full name or an alias,
 * forgiving full-width/half-width forms and spaces ("组织培育(主题工作坊)" = "组织培育（主题工作坊）").
 */
export function nameKey(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

export interface NameIndex<T> {
  find(text: string): T | undefined;
  suggest(text: string, limit?: number): string[];
}

export function indexByName<T>(entries: readonly T[], namesOf: (entry: T) => string[], displayName: (entry: T) => string): NameIndex<T> {
  const byKey = new Map<string, T>();
  const candidates: { key: string; label: string }[] = [];
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      byKey.set(nameKey(name), entry);
      candidates.push({ key: nameKey(name), label: displayName(entry) });
    }
  }
  return {
    find: (text) => byKey.get(nameKey(text)),
    suggest: (text, limit = 3) => suggestions(nameKey(text), candidates, limit),
  };
}

function suggestions(query: string, candidates: { key: string; label: string }[], limit: number): string[] {
  const scored = candidates
    .map((c) => {
      const distance = editDistance(query, c.key);
      const shared = sharedCharacters(query, c.key);
      const contains = c.key.includes(query) || query.includes(c.key);
      // Chinese names are short, so a shared character weighs more than an edit; codes are judged by distance.
      const score = contains ? -1 : distance - shared * 0.5;
      const allowed = Math.max(2, Math.floor(Math.max(query.length, c.key.length) / 3));
      const ascii = /^[\x00-\x7f]*$/.test(query);
      return { label: c.label, score, ok: contains || (ascii ? distance <= allowed : shared > 0) };
    })
    .filter((s) => s.ok)
    .sort((a, b) => a.score - b.score);
  const labels: string[] = [];
  for (const s of scored) if (!labels.includes(s.label)) labels.push(s.label);
  return labels.slice(0, limit);
}

/** How many characters two strings share, counting repeats once per occurrence. */
function sharedCharacters(a: string, b: string): number {
  const pool = [...b];
  let shared = 0;
  for (const ch of a) {
    const at = pool.indexOf(ch);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return shared;
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}

export interface StandardNames {
  items: NameIndex<StandardItem>;
  /** The items a name could mean when it could mean more than one (社区活动), else undefined. */
  ambiguous(text: string): StandardItem[] | undefined;
  bundles: NameIndex<Bundle>;
  substeps(item: StandardItem): NameIndex<Substep>;
  /** Work named inside a sub-step without hours of its own (地图绘制 in 报告撰写（含地图绘制）). */
  parts(item: StandardItem): NameIndex<{ step: Substep; part: string }>;
}

const cache = new WeakMap<Standard, StandardNames>();

export function namesOf(standard: Standard): StandardNames {
  const cached = cache.get(standard);
  if (cached) return cached;
  const names: StandardNames = {
    items: indexByName(
      standard.items,
      (item) => [item.code, item.name, item.fullName, ...item.aliases],
      (item) => `${item.name}（${item.code}）`,
    ),
    ambiguous: (text) => standard.ambiguousNames.find((a) => nameKey(a.name) === nameKey(text))?.items,
    bundles: indexByName(standard.bundles, (b) => [b.code, b.name, ...b.aliases], (b) => `${b.name}（${b.code}）`),
    substeps: (item) =>
      indexByName(item.substeps ?? [], (s) => [s.code, s.name, s.fullName, ...s.aliases], (s) => s.name),
    parts: (item) =>
      indexByName(
        (item.substeps ?? []).flatMap((step) => step.includes.map((part) => ({ step, part }))),
        (p) => [p.part],
        (p) => p.part,
      ),
  };
  cache.set(standard, names);
  return names;
}
