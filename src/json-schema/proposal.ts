/**
 * The proposal's JSON Schema (draft-07, the input shape) for editors with the YAML language server.
 * One source: the zod schema gives the shape, types, bounds, precision and enums (z.toJSONSchema); the
 * rules `check` applies after the zod schema (resolve.ts) that JSON Schema can also state are added here
 * from the same data and the same words — the standard's names (as enums for completion, and as
 * patterns that accept every spelling check accepts), which fields each item takes, the rates an item
 * must choose, whole-month periods, the computed budget categories. What JSON Schema cannot state (a
 * count against the length of a list, a name that must be one of the proposal's own) stays with check.
 */
import { z } from "../source/zod.js";
import { COMPUTED_CATEGORIES } from "../proposal/model.js";
import { FIELD_OWNERS, GATHERING_FIELDS, isGathering, LIKE_AND_HOURS, variantRequired } from "../proposal/resolve.js";
import { proposalSchema } from "../proposal/schema.js";
import { bundledStandardIds, DEFAULT_STANDARD_ID, loadStandard } from "../standard/load.js";
import type { Bundle, Standard, StandardItem } from "../standard/model.js";
import { nameKey } from "../standard/names.js";
import { fullWidthNumberPattern } from "../source/input-method.js";
import { RULE_SETS } from "../standard/rule-sets.js";
import { describeFields, type JsonSchema } from "./describe.js";
import { PROPOSAL_EXAMPLES } from "./examples.js";
import { spellingPattern } from "./spelling.js";

/**
 * zod → draft-07, as a person writes the file (input). A date keeps zod's pattern (which knows the days
 * of each month) with check's words, and drops `format`, which would say the same thing a second time.
 * In a file read as written (a proposal, a delivery file: proposal/load.ts), a number may also be a
 * string of full-width digits, which check reads as its number with an info (a Chinese input method in
 * full-width mode): `pattern` applies to strings only, the bounds to numbers only. Settings are not read so.
 */
export function toJsonSchema(schema: z.ZodType, { asWritten = false } = {}): JsonSchema {
  return z.toJSONSchema(schema, {
    target: "draft-7",
    io: "input",
    unrepresentable: "any",
    override: ({ jsonSchema }) => {
      if (asWritten && (jsonSchema.type === "number" || jsonSchema.type === "integer")) Object.assign(jsonSchema, fullWidthNumber(jsonSchema as JsonSchema));
      if (jsonSchema.format !== "date") return;
      delete jsonSchema.format;
      Object.assign(jsonSchema, { patternErrorMessage: "日期应写成 YYYY-MM-DD（须是实有的日期）", errorMessage: "日期应写成 YYYY-MM-DD（须是实有的日期）" });
    },
  }) as JsonSchema;
}

/** A number field that also takes the full-width spellings check reads as numbers (none negative where the field is not, no fraction in a whole number). */
function fullWidthNumber(schema: JsonSchema): JsonSchema {
  const atLeast = (key: string) => typeof schema[key] === "number" && (schema[key] as number) >= 0;
  const pattern = fullWidthNumberPattern({ negative: !atLeast("minimum") && !atLeast("exclusiveMinimum"), whole: schema.type === "integer" });
  // The language server words a value of another type, and a string that spells no number, with these.
  const message = `${schema.type === "integer" ? "应为整数" : "应为数字"}（全角数字也按数值读取，如 １２０）`;
  return { type: [schema.type, "string"], pattern, patternErrorMessage: message, errorMessage: message };
}

/**
 * A field the editor marks with this message whatever it holds. (A type no YAML value written there has:
 * the language server words a type mismatch with errorMessage; an empty enum is not valid draft-07.)
 */
export const forbid = (message: string): JsonSchema => ({ type: "null", errorMessage: message });

/**
 * The name patterns, each kept once under `definitions` and referred to wherever it is needed: an
 * item's names appear in a dozen conditions, and inlined they would make the schema a megabyte.
 */
class Names {
  readonly definitions: Record<string, JsonSchema> = {};

  /** Any spelling check accepts of one of these names, kept as `definitions/names:<id>`. */
  ref(id: string, names: readonly string[]): JsonSchema {
    const key = `names:${id}`;
    const schema = { type: "string", pattern: spellingPattern(names) };
    const kept = this.definitions[key];
    if (kept && kept.pattern !== schema.pattern) throw new Error(`gongshi: two name lists under definitions/${key}`);
    this.definitions[key] = schema;
    return { $ref: `#/definitions/${key}` };
  }

  /** An entry whose `key` is one of these names. */
  has(key: string, id: string, names: readonly string[]): JsonSchema {
    return { required: [key], properties: { [key]: this.ref(id, names) } };
  }
}

const itemNames = (item: StandardItem) => [item.code, item.name, item.fullName, ...item.aliases];
const bundleNames = (bundle: Bundle) => [bundle.code, bundle.name, ...bundle.aliases];

/** Any spelling of these names, worded with `message` where a value is none of them. */
const checked = (names: readonly string[], message: string): JsonSchema => ({ type: "string", pattern: spellingPattern(names), patternErrorMessage: message, errorMessage: message });

/** Completion for a name: the Chinese names with their hours and clause; any spelling of any name is accepted by `anyOf`. */
function namesWithCompletion(labels: { name: string; doc: string }[], accepted: readonly string[], message: string): JsonSchema {
  return {
    anyOf: [
      { enum: labels.map((l) => l.name), markdownEnumDescriptions: labels.map((l) => l.doc), enumDescriptions: labels.map((l) => l.doc), errorMessage: message },
      checked(accepted, message),
    ],
  };
}

function itemDoc(item: StandardItem): string {
  const hours = item.variants
    ? item.variants.options.map((o) => `${o.name} ${o.hours.toExactString()} 小时/${item.unit}`).join("，")
    : item.hours === null
      ? "根据实际情况计算（方案给出 hours 与 justification）"
      : `${item.hours.toExactString()} 小时/${item.unit}`;
  return `${item.fullName}：${hours}（${item.clause}；代码 ${item.code}${item.aliases.length ? `；也可写 ${item.aliases.join("、")}` : ""}）`;
}

/** What a service entry may and must hold under one standard: the checks of resolveEntry that JSON Schema can state. */
function entryRules(standard: Standard, names: Names): JsonSchema[] {
  const items = standard.items;
  const allItems = items.flatMap(itemNames);
  const allBundles = standard.bundles.flatMap(bundleNames);
  const itemKeys = new Set(allItems.map(nameKey));
  // A bundle's name used as `item` (个案管理): read as the bundle, unless it is also an item's name.
  const bundleOnly = standard.bundles.map((b) => ({ bundle: b, names: bundleNames(b).filter((n) => !itemKeys.has(nameKey(n))) }));
  const variantItems = (by: string) => items.filter((i) => i.variants?.by === by);
  const hoursNull = items.filter((i) => i.hours === null);

  const rules: JsonSchema[] = [];
  // An entry is an item, a bundle or a custom service: exactly one of them.
  rules.push({ anyOf: [{ required: ["item"] }, { required: ["bundle"] }, { required: ["custom"] }], errorMessage: "每条服务须写 item（表内项目）、bundle（整体写法的个案/小组）或 custom（其他服务）之一" });
  const oneKind = "item、bundle、custom 只能写一个";
  rules.push({ if: { required: ["item"] }, then: { properties: { bundle: forbid(oneKind), custom: forbid(oneKind) } } });
  rules.push({ if: { required: ["bundle"] }, then: { properties: { custom: forbid(oneKind) } } });
  rules.push({ if: { required: ["like", "hours"] }, then: { properties: { like: forbid(LIKE_AND_HOURS.zh) } } });

  // A name that could mean two items is named as such.
  standard.ambiguousNames.forEach((a, i) => {
    const meant = `“${a.name}”可能指 ${a.items.map((x) => `${x.name}（${x.hours?.toExactString()} 小时/${x.unit}）`).join(" 或 ")}，请写明是哪一个`;
    for (const key of ["item", "like"]) rules.push({ if: names.has(key, `ambiguous-${i}`, [a.name]), then: { properties: { [key]: forbid(meant) } } });
  });

  // The entries on which check looks no further (an unknown name, more or fewer than one kind): no word on their fields.
  names.definitions["entry-unread"] = {
    anyOf: [
      { required: ["item"], properties: { item: { not: names.ref("items-and-bundles", [...allItems, ...allBundles]) } } },
      { required: ["bundle"], properties: { bundle: { not: names.ref("bundles", allBundles) } } },
      { not: { oneOf: [{ required: ["item"] }, { required: ["bundle"] }, { required: ["custom"] }] } },
    ],
  };
  const unread = { $ref: "#/definitions/entry-unread" };
  const ownsHours: JsonSchema = { anyOf: [{ required: ["custom"] }, names.has("item", "hours-by-proposal", hoursNull.flatMap(itemNames))] };
  for (const [field, owner] of Object.entries(FIELD_OWNERS)) {
    const allowed: JsonSchema[] = [unread];
    const owners = items.filter(
      (i) =>
        i.variants?.by === field ||
        i.scale?.by === field ||
        (field === "exclude" && i.substeps) ||
        (i.hours === null && ["hours", "justification", "like"].includes(field)) ||
        (field === "subjects" && i.code === "consultation") ||
        (GATHERING_FIELDS.includes(field) && isGathering(i)),
    );
    if (owners.length) allowed.push(names.has("item", `takes-${field}`, owners.flatMap(itemNames)));
    if (field === "sessions") allowed.push({ required: ["bundle"] }, names.has("item", "bundle-only", bundleOnly.flatMap((b) => b.names)));
    if (["hours", "justification", "like", "unit", ...GATHERING_FIELDS].includes(field)) allowed.push({ required: ["custom"] });
    // Groups gather people; a case is one person's.
    if (GATHERING_FIELDS.includes(field)) allowed.push(names.has("bundle", `gathering-${field}`, standard.bundles.filter((b) => b.code !== "case").flatMap(bundleNames)));
    // A rate field is also fine where the line follows (like) an item with two rates.
    if (variantItems(field).length) allowed.push({ allOf: [ownsHours, names.has("like", `takes-${field}`, variantItems(field).flatMap(itemNames))] });
    rules.push({ if: { anyOf: allowed }, else: { properties: { [field]: forbid(`${field} ${owner.zh}`) } } });
  }

  // An item with two rates needs the one meant; so does a line that follows one and gives no hours of its own.
  for (const item of items.filter((i) => i.variants)) {
    const by = item.variants!.by;
    const named = (key: string) => names.has(key, `item-${item.code}`, itemNames(item));
    rules.push({ if: named("item"), then: { required: [by], errorMessage: variantRequired(item).zh } });
    rules.push({ if: { allOf: [ownsHours, named("like"), { not: { required: ["hours"] } }] }, then: { required: [by], errorMessage: variantRequired(item, `like: ${item.name}`).zh } });
  }

  // A bundle needs its sessions, written as bundle or as an item named like one.
  for (const { bundle, names: asItem } of bundleOnly) {
    rules.push({ if: names.has("bundle", `bundle-${bundle.code}`, bundleNames(bundle)), then: { required: ["sessions"], errorMessage: `整体写法的${bundle.name}须写明每个${bundle.name}的节数 sessions` } });
    if (asItem.length)
      rules.push({
        if: names.has("item", `bundle-only-${bundle.code}`, asItem),
        then: { required: ["sessions"], errorMessage: `这是整体写法（${bundle.name}），须写明每${bundle.unit}的节数 sessions（也可写作 bundle: ${bundle.name}）` },
      });
  }

  // The steps an item made of steps may leave out (or the work named inside a step).
  for (const item of items.filter((i) => i.substeps)) {
    const steps = item.substeps!;
    const within = steps.flatMap((s) => s.includes);
    const message = `${item.name} 没有这个环节（环节：${steps.map((s) => s.name).join("、")}${within.length ? `；含在环节中的：${within.join("、")}` : ""}）`;
    const labels = steps.map((s) => ({ name: s.name, doc: `${s.fullName}：${s.hours.toExactString()} 小时` }));
    const accepted = steps.flatMap((s) => [s.code, s.name, s.fullName, ...s.aliases, ...s.includes]);
    rules.push({ if: names.has("item", `item-${item.code}`, itemNames(item)), then: { properties: { exclude: { items: namesWithCompletion(labels, accepted, message) } } } });
  }
  return rules;
}

/** A whole number's digits, each half- or full-width, at least one full-width (a pattern fragment). */
function fullWidthSpelling(n: number): string {
  const digits = [...String(n)].map((d) => `[${d}\\u${(0xff10 + Number(d)).toString(16)}]`).join("");
  return `(?=.*[\\uff10-\\uff19])${digits}`;
}

/** Delivered counts keyed by item name: the table's names offered for completion, any other name (a custom service) left to check. */
export function deliveredCounts(counts: JsonSchema, standard: Standard): void {
  const count = counts.additionalProperties as JsonSchema;
  // JavaScript would not keep a key named __proto__ as data: check refuses it, so does the editor.
  counts.propertyNames = { not: { const: "__proto__" }, errorMessage: "“__proto__”不能用作键或名称" };
  counts.properties = Object.fromEntries(standard.items.map((i) => [i.name, { ...count, markdownDescription: itemDoc(i) }]));
}

/** Everything that holds only when a proposal is read against this standard: names, fields, holidays. */
function standardRules(standard: Standard, names: Names): JsonSchema {
  const unknownItem = `参考工时表（${standard.shortName}）中没有这一项：可写中文名、别名或代码（gongshi table 列出全部）；表外服务请用 custom`;
  const itemLabels = standard.items.map((i) => ({ name: i.name, doc: itemDoc(i) }));
  const bundleLabels = standard.bundles.map((b) => ({ name: b.name, doc: `整体写法：${b.name}（${b.clause}；每${b.unit}展开为 ${[...b.perUnit, `每节 ${b.perSession}`].join("、")}）` }));
  const allItems = standard.items.flatMap(itemNames);
  const allBundles = standard.bundles.flatMap(bundleNames);
  const ambiguous = standard.ambiguousNames.map((a) => a.name);
  const holidays = standard.holidayOptions.map((o) => o.days);
  const holidaysMessage = `公众假期天数只能是 ${holidays.join(" 或 ")}（${standard.shortName}）`;
  return {
    properties: {
      project: {
        properties: {
          public_holidays: {
            anyOf: [
              { enum: holidays, markdownEnumDescriptions: standard.holidayOptions.map((o) => `${o.days} 天：${o.basis}`), errorMessage: holidaysMessage },
              // The same days in full-width digits, as check reads them.
              { type: "string", pattern: `^(?:${holidays.map(fullWidthSpelling).join("|")})$`, patternErrorMessage: holidaysMessage, errorMessage: holidaysMessage },
            ],
          },
        },
      },
      services: {
        items: {
          properties: {
            item: namesWithCompletion(itemLabels, [...allItems, ...allBundles, ...ambiguous], unknownItem),
            like: namesWithCompletion(itemLabels, [...allItems, ...ambiguous], unknownItem),
            bundle: namesWithCompletion(bundleLabels, allBundles, `没有这种整体写法（可用：${standard.bundles.map((b) => b.name).join("、")}）`),
          },
          allOf: entryRules(standard, names),
        },
      },
    },
    // A delivered count under a name that could mean two items (unless the proposal has a custom service of that name).
    allOf: standard.ambiguousNames.map((a, i) => ({
      if: { properties: { services: { not: { contains: names.has("custom", `ambiguous-${i}`, [a.name]) } } } },
      then: {
        properties: {
          delivery: {
            properties: {
              counts: { propertyNames: { if: names.ref(`ambiguous-${i}`, [a.name]), then: forbid(`“${a.name}”可能指 ${a.items.map((x) => x.name).join(" 或 ")}，请分开写明各自完成的数量`) } },
            },
          },
        },
      },
    })),
  };
}

/** The proposal is read against this standard: it names it, or names none and it is the default. */
function readsAgainst(id: string): JsonSchema {
  const named = { required: ["standard"], properties: { standard: { const: id } } };
  return { properties: { project: id === DEFAULT_STANDARD_ID ? { anyOf: [{ not: { required: ["standard"] } }, named] } : named } };
}

/** The last day of a month: the end of a period that starts on the 1st. */
const LEAP_YEAR = "(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
/** The end of a whole-month period that starts on day 1–28 (a start on the 29th–31st is refused outright, as check refuses it). */
function wholeMonthEnd(startDay: number): string {
  const dd = (n: number) => String(n).padStart(2, "0");
  if (startDay === 1) return `^(?:\\d{4}-(?:(?:0[13578]|1[02])-31|(?:0[469]|11)-30)|${LEAP_YEAR}-02-29|(?!${LEAP_YEAR}-)\\d{4}-02-28)$`;
  return `^\\d{4}-\\d{2}-${dd(startDay - 1)}$`;
}

function projectRules(): JsonSchema[] {
  const monthEnd = "开始日为 29–31 日的项目期：并非每个月都有这一天，整月的结束日期无法确定；请直接写 months，或从 28 日以前开始";
  const notWhole = "项目期不是整月：结束日的次日应与开始日同为某月的同一天（如 2026-01-01 至 2026-12-31，2026-03-15 至 2027-03-14）；请改写或直接写 months";
  return [
    { if: { required: ["months"] }, then: { properties: { period: forbid("months 与 period 只能写一个") } } },
    {
      properties: {
        period: {
          allOf: Array.from({ length: 31 }, (_, i) => i + 1).map((day) => ({
            if: { required: ["start"], properties: { start: { type: "string", pattern: `^\\d{4}-\\d{2}-${String(day).padStart(2, "0")}$` } } },
            then:
              day > 28
                ? { properties: { start: forbid(monthEnd) } }
                : { properties: { end: { type: "string", pattern: wholeMonthEnd(day), patternErrorMessage: notWhole, errorMessage: notWhole } } },
          })),
        },
        follows: {
          items: namesWithCompletion(
            RULE_SETS.filter((r) => !r.always).map((r) => ({ name: r.aliases[0]!, doc: r.title })),
            RULE_SETS.flatMap((r) => [r.id, ...r.aliases]),
            `不认识的规范（可写：${RULE_SETS.filter((r) => !r.always).map((r) => r.aliases[0]).join("、")}）`,
          ),
        },
      },
    },
  ];
}

export function proposalJsonSchema(): JsonSchema {
  const schema = toJsonSchema(proposalSchema, { asWritten: true });
  describeFields(schema, PROPOSAL_EXAMPLES);
  const at = (...path: string[]): JsonSchema => path.reduce((s, key) => (key === "[]" ? (s.items as JsonSchema) : (s.properties as Record<string, JsonSchema>)[key]!), schema);

  at("project").allOf = projectRules();
  at("staff").allOf = [{ anyOf: [{ required: ["fte"] }, { required: ["members"] }], errorMessage: "staff 须写明 fte（要求配备的全职人员数）或 members（人员名单）" }];

  // Budget lines in a category gongshi computes.
  const computed = `督导费、管理费、税费由工具计算（督导费来自 supervision，管理费、税费来自 management_fee_percent、tax_percent），不要手写为预算行`;
  at("budget", "lines", "[]").allOf = [{ if: { required: ["category"], properties: { category: { enum: [...COMPUTED_CATEGORIES] } } }, then: { properties: { category: forbid(computed) } } }];

  // Supervision: one-to-one sessions have no supervisees; with several supervisors each session names one.
  at("supervision", "sessions", "[]").allOf = [
    { if: { required: ["type"], properties: { type: { enum: ["个别", "individual"] } } }, then: { properties: { supervisees: forbid("个别督导是一对一的，不写 supervisees") } } },
  ];
  at("supervision").allOf = [
    {
      // Sessions need someone to price them by.
      if: { properties: { supervisors: { maxItems: 0 }, sessions: { minItems: 1 } }, required: ["supervisors", "sessions"] },
      then: { properties: { sessions: { items: forbid("督导安排须有督导者：supervisors 为空，这项督导无从计价（请在 supervisors 中写明督导者）") } } },
    },
    {
      if: { required: ["supervisors"], properties: { supervisors: { minItems: 2 } } },
      then: { properties: { sessions: { items: { required: ["supervisor"], errorMessage: "有多名督导者时，每项督导安排须写明 supervisor（督导姓名）" } } } },
    },
  ];

  // A community written twice in one list.
  const community = at("services", "[]", "community").anyOf as JsonSchema[];
  for (const branch of community) if (branch.type === "array") branch.uniqueItems = true;

  deliveredCounts(at("delivery", "counts"), loadStandard(DEFAULT_STANDARD_ID));
  // Names, fields and holidays as each bundled standard reads them (name patterns kept once, under definitions).
  const names = new Names();
  schema.allOf = bundledStandardIds().map((id) => ({ if: readsAgainst(id), then: standardRules(loadStandard(id), names) }));
  schema.definitions = { ...(schema.definitions as JsonSchema | undefined), ...names.definitions };
  return { $schema: "http://json-schema.org/draft-07/schema#", ...schema };
}
