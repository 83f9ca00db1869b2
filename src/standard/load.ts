import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { COMPILED_STANDARDS_DIR, STANDARDS_DIR } from "../files/install-paths.js";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { yuanToFen } from "../exact/money.js";
import { Rational } from "../exact/rational.js";
import { InputError, StandardFileError, type InputProblem } from "../source/problem.js";
import { YamlSource, type YamlPath } from "../source/yaml-source.js";
import { zodProblems } from "../source/zod-problems.js";
import type { Standard, StandardItem } from "./model.js";
import { standardFileSchema, type StandardFile } from "./schema.js";

export { STANDARDS_DIR };

export const DEFAULT_STANDARD_ID = "suzhou-2016";

/** The ids of the bundled tables (file names without .yaml). */
export function bundledStandardIds(): string[] {
  return readdirSync(STANDARDS_DIR)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => name.slice(0, -".yaml".length))
    .sort();
}

/** A bundled standard's id: a name, not a path. */
export function isBundledId(idOrPath: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(idOrPath);
}

/**
 * A bundled id ("suzhou-2016") or a path to a table file of the same shape, relative to `base` (the
 * working folder for --standard, the proposal's own folder for project.standard).
 */
export function resolveStandardFile(idOrPath: string, base?: string): string | undefined {
  if (isBundledId(idOrPath)) {
    const bundled = join(STANDARDS_DIR, `${idOrPath}.yaml`);
    return existsSync(bundled) ? bundled : undefined;
  }
  // Without a base the path is the user's own, relative to the working folder, and kept as typed for messages.
  const file = isAbsolute(idOrPath) || base === undefined ? idOrPath : join(base, idOrPath);
  return existsSync(file) ? file : undefined;
}

/**
 * Whether `file` — links followed — lies inside `folder`'s tree: a proposal may name only standard files
 * beside it or below, so that one written by a stranger cannot make gongshi read /etc/passwd.
 */
export function isInsideFolder(file: string, folder: string): boolean {
  let real: string;
  let top: string;
  try {
    real = realpathSync(file);
    top = realpathSync(folder);
  } catch {
    return false;
  }
  const rel = relative(top, real);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** A standard's text as a workbook identifies it: its SHA-256, in hex. */
export function fingerprint(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const cache = new Map<string, Standard>();

export interface StandardSource {
  /** The folder a relative path is resolved against (default: the working folder). */
  base?: string;
  /**
   * The file was named by another file (a proposal), not by the user: its problems never quote what it
   * holds (source/yaml-source.ts ReadOptions.echo).
   */
  named?: boolean;
}

/** Loads and validates a table; any fault is an InputError at the file, line and column concerned. */
export function loadStandard(idOrPath: string, from: StandardSource = {}): Standard {
  const file = resolveStandardFile(idOrPath, from.base);
  if (!file) {
    throw new StandardFileError([
      {
        file: idOrPath,
        line: 1,
        column: 1,
        code: "unknown-standard",
        message: {
          zh: `找不到参考工时标准 ${JSON.stringify(idOrPath)}（可用：${bundledStandardIds().join("、")}，或给出标准文件的路径）`,
          en: `no reference-hour standard ${JSON.stringify(idOrPath)} (bundled: ${bundledStandardIds().join(", ")}, or give a path to a standard file)`,
        },
      },
    ]);
  }
  const cached = cache.get(file);
  if (cached) return cached;
  try {
    const standard = fromCompiled(file) ?? fromYaml(file, from.named !== false);
    cache.set(file, standard);
    return standard;
  } catch (error) {
    if (error instanceof InputError && !(error instanceof StandardFileError)) throw new StandardFileError(error.problems);
    throw error;
  }
}

/** Parses and validates a standard file: what a compiled copy stores (the text it was made from, and the validated data). */
export function compileStandardFile(file: string): { text: string; data: StandardFile } {
  const { source, data } = YamlSource.read(file);
  const parsed = standardFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new InputError(zodProblems(source, parsed.error.issues));
  buildStandard(file, () => source, parsed.data, source.text); // the consistency checks, too
  return { text: source.text, data: parsed.data };
}

function fromYaml(file: string, echo: boolean): Standard {
  return fromSource(YamlSource.read(file, { echo }));
}

function fromSource({ source, data }: ReturnType<typeof YamlSource.read>): Standard {
  const parsed = standardFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new InputError(zodProblems(source, parsed.error.issues));
  return buildStandard(source.file, () => source, parsed.data, source.text);
}

/**
 * A table from its text, as a workbook carries it (`file` names where the text is, for messages). Any
 * fault is a StandardFileError at its line and column in that text.
 */
export function standardFromText(file: string, text: string): Standard {
  try {
    return fromSource(YamlSource.parse(file, text));
  } catch (error) {
    if (error instanceof InputError && !(error instanceof StandardFileError)) throw new StandardFileError(error.problems);
    throw error;
  }
}

/**
 * `npm run build` validates each bundled table once and keeps the result in dist/standards/ with the
 * text it came from. When the YAML is unchanged, start-up reads that instead of parsing and validating
 * 15 KB of YAML on every run (about 20 ms); any edit to the YAML makes the copy stale and unused.
 */
function fromCompiled(file: string): Standard | undefined {
  if (dirname(resolve(file)) !== resolve(STANDARDS_DIR)) return undefined;
  const compiled = join(COMPILED_STANDARDS_DIR, `${basename(file, ".yaml")}.json`);
  if (!existsSync(compiled)) return undefined;
  const stored = JSON.parse(readFileSync(compiled, "utf8")) as { text: string; data: StandardFile };
  const text = readFileSync(file, "utf8");
  if (stored.text !== (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)) return undefined;
  return buildStandard(file, () => YamlSource.read(file).source, stored.data, stored.text);
}

function buildStandard(fileName: string, source: () => YamlSource, file: StandardFile, text: string): Standard {
  const problems: InputProblem[] = [];
  const fail = (path: YamlPath, zh: string, en: string) =>
    problems.push(source().problem(path, "inconsistent-standard", { zh, en }));

  const interpretations = new Map(file.interpretations.map((i) => [i.id, i.text]));
  const names = new Map<string, string>();
  const codes = new Set<string>();
  const items: StandardItem[] = file.items.map((raw, index) => {
    const path = ["items", index];
    if (codes.has(raw.code)) fail([...path, "code"], `项目代码 ${raw.code} 重复`, `item code ${raw.code} is used twice`);
    codes.add(raw.code);
    for (const name of [raw.name, ...raw.aliases]) {
      const owner = names.get(name);
      if (owner && owner !== raw.code)
        fail([...path, "name"], `名称 ${name} 同时属于 ${owner} 与 ${raw.code}`, `name ${name} belongs to both ${owner} and ${raw.code}`);
      names.set(name, raw.code);
    }
    const hasHours = raw.hours !== undefined;
    const ways = [hasHours, raw.hours_rule !== undefined, raw.variants !== undefined].filter(Boolean).length;
    if (ways !== 1)
      fail(path, `${raw.name}：hours、hours_rule、variants 须恰好给出一项`, `${raw.name}: give exactly one of hours, hours_rule, variants`);
    const hours = hasHours ? Rational.fromDecimal(raw.hours!) : null;
    const substeps = raw.substeps?.map((step) => ({
      code: step.code,
      name: step.name,
      fullName: step.full_name ?? step.name,
      aliases: step.aliases,
      hours: Rational.fromDecimal(step.hours),
      notCountedWith: step.not_counted_with,
      includes: step.includes,
    }));
    if (substeps) {
      const sum = Rational.sum(substeps.map((s) => s.hours));
      if (!hours || !sum.eq(hours))
        fail([...path, "hours"], `${raw.name}：各环节之和 ${sum.toExactString()} 与总工时 ${raw.hours} 不符`, `${raw.name}: sub-steps add up to ${sum.toExactString()}, not ${raw.hours}`);
    }
    if (raw.scale && !interpretations.has(raw.scale.interpretation))
      fail([...path, "scale", "interpretation"], `未定义的解读 ${raw.scale.interpretation}`, `undefined interpretation ${raw.scale.interpretation}`);
    return {
      no: raw.no,
      code: raw.code,
      name: raw.name,
      fullName: raw.full_name ?? raw.name,
      aliases: raw.aliases,
      category: raw.category,
      unit: raw.unit,
      clause: raw.clause,
      hours,
      hoursRule: raw.hours_rule,
      variants: raw.variants && {
        by: raw.variants.by,
        options: raw.variants.options.map((o) => ({ value: o.value, name: o.name, hours: Rational.fromDecimal(o.hours) })),
      },
      scale: raw.scale,
      substeps,
    };
  });

  items.forEach((item, index) =>
    item.substeps?.forEach((step, stepIndex) => {
      if (step.notCountedWith && !codes.has(step.notCountedWith))
        fail(["items", index, "substeps", stepIndex, "not_counted_with"], `未知项目代码 ${step.notCountedWith}`, `unknown item code ${step.notCountedWith}`);
    }),
  );
  file.bundles.forEach((bundle, index) => {
    for (const ref of [...bundle.per_unit, bundle.per_session]) {
      const item = items.find((i) => i.code === ref);
      if (!item) fail(["bundles", index], `组合 ${bundle.name} 引用了未知项目 ${ref}`, `bundle ${bundle.name} names unknown item ${ref}`);
      else if (!item.hours || item.variants)
        fail(["bundles", index], `组合 ${bundle.name} 的项目 ${ref} 须有固定工时`, `bundle ${bundle.name}: item ${ref} must have fixed hours`);
    }
  });

  const ambiguousNames = file.ambiguous_names.map((entry, index) => {
    const meant = entry.items.map((ref) => items.find((i) => i.code === ref));
    if (meant.some((i) => !i)) fail(["ambiguous_names", index], `有歧义的名称 ${entry.name} 引用了未知项目`, `ambiguous name ${entry.name} names an unknown item`);
    if (names.has(entry.name)) fail(["ambiguous_names", index], `有歧义的名称 ${entry.name} 同时是 ${names.get(entry.name)} 的名称`, `ambiguous name ${entry.name} is also a name of ${names.get(entry.name)}`);
    return { name: entry.name, items: meant.filter((i): i is StandardItem => i !== undefined) };
  });

  const annual = file.annual_hours;
  if (!annual.public_holiday_options.some((o) => o.days === annual.public_holidays))
    fail(["annual_hours", "public_holidays"], "默认公众假期天数须列在 public_holiday_options 中", "the default holiday count must be one of public_holiday_options");

  if (problems.length > 0) throw new InputError(problems);

  return {
    id: file.id,
    name: file.name,
    shortName: file.short_name,
    document: file.document,
    file: fileName,
    text,
    annualHours: {
      clause: annual.clause,
      quote: annual.quote,
      daysPerYear: annual.days_per_year,
      publicHolidays: annual.public_holidays,
      weekendDays: annual.weekend_days,
      annualLeaveDays: annual.annual_leave_days,
      hoursPerDay: Rational.fromDecimal(annual.hours_per_day),
      directServiceShare: Rational.fromDecimal(annual.direct_service_percent).div(100),
    },
    holidayOptions: annual.public_holiday_options,
    boundsClause: file.bounds,
    interpretations,
    items,
    otherServices: file.other_services,
    ambiguousNames,
    bundles: file.bundles.map((b) => ({
      code: b.code,
      name: b.name,
      aliases: b.aliases,
      unit: b.unit,
      perUnit: b.per_unit,
      perSession: b.per_session,
      clause: b.clause,
    })),
    supervision: file.supervision && {
      individual: {
        clause: file.supervision.individual.clause,
        quote: file.supervision.individual.quote,
        maxHours: Rational.fromDecimal(file.supervision.individual.max_hours),
      },
      group: {
        clause: file.supervision.group.clause,
        quote: file.supervision.group.quote,
        maxHours: Rational.fromDecimal(file.supervision.group.max_hours),
        minSupervisees: file.supervision.group.min_supervisees,
        maxSupervisees: file.supervision.group.max_supervisees,
      },
      fees: {
        clause: file.supervision.fees.clause,
        quote: file.supervision.fees.quote,
        tiers: file.supervision.fees.tiers.map((t) => ({ origin: t.origin, minYears: t.min_years, maxRate: yuanToFen(t.max_rate), label: t.label })),
      },
    },
  };
}
