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

/**
 * Past this many characters a name is no slip of the keyboard: suggestions compare only its start (and a
 * candidate's), so a 500-character name costs what a 32-character one does.
 */
const COMPARED = 32;
/** Names given suggestions per index; later unknown names get the general hint (the first ones show the pattern). */
const SUGGESTED = 100;
/** Candidates compared per name: a proposal's own list (custom services) can be long; the first ones are compared. */
const CANDIDATES = 1_000;

interface Candidate {
  key: string;
  label: string;
  /** The key's first COMPARED code points, and how often each occurs. */
  points: number[];
  counts: Map<number, number>;
}

export function indexByName<T>(entries: readonly T[], namesOf: (entry: T) => string[], displayName: (entry: T) => string): NameIndex<T> {
  const byKey = new Map<string, T>();
  const named: { key: string; label: string }[] = [];
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      byKey.set(nameKey(name), entry);
      named.push({ key: nameKey(name), label: displayName(entry) });
    }
  }
  let candidates: Candidate[] | undefined;
  const given = new Map<string, string[]>();
  return {
    find: (text) => byKey.get(nameKey(text)),
    suggest: (text, limit = 3) => {
      const query = nameKey(text);
      let labels = given.get(query);
      if (labels === undefined) {
        if (given.size >= SUGGESTED) return [];
        candidates ??= named.slice(0, CANDIDATES).map(({ key, label }) => ({ key, label, ...pointsOf(key) }));
        labels = suggestions(query, candidates);
        given.set(query, labels);
      }
      return labels.slice(0, limit);
    },
  };
}

function pointsOf(text: string): { points: number[]; counts: Map<number, number> } {
  const points: number[] = [];
  const counts = new Map<number, number>();
  for (const ch of text) {
    if (points.length === COMPARED) break;
    const point = ch.codePointAt(0)!;
    points.push(point);
    counts.set(point, (counts.get(point) ?? 0) + 1);
  }
  return { points, counts };
}

/** Every candidate's label that comes close to `query`, the closest first, each once. */
function suggestions(query: string, candidates: readonly Candidate[]): string[] {
  const q = pointsOf(query);
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(query);
  const scored: { label: string; score: number }[] = [];
  for (const c of candidates) {
    const contains = c.key.includes(query) || query.includes(c.key);
    const allowed = Math.max(2, Math.floor(Math.max(q.points.length, c.points.length) / 3));
    // A distance is at least the difference in length: a code far longer or shorter needs no table.
    if (!contains && ascii && Math.abs(q.points.length - c.points.length) > allowed) continue;
    const shared = sharedCharacters(q.counts, c.counts);
    if (!contains && !ascii && shared === 0) continue;
    const distance = editDistance(q.points, c.points);
    if (!contains && ascii && distance > allowed) continue;
    // Chinese names are short, so a shared character weighs more than an edit; codes are judged by distance.
    scored.push({ label: c.label, score: contains ? -1 : distance - shared * 0.5 });
  }
  scored.sort((a, b) => a.score - b.score);
  return [...new Set(scored.map((s) => s.label))];
}

/** How many characters two strings share, counting repeats once per occurrence. */
function sharedCharacters(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  let shared = 0;
  for (const [point, count] of a) shared += Math.min(count, b.get(point) ?? 0);
  return shared;
}

/** Levenshtein distance over code points. */
function editDistance(x: readonly number[], y: readonly number[]): number {
  let previous = Int32Array.from({ length: y.length + 1 }, (_, j) => j);
  let current = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
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
