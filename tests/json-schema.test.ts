import fc from "fast-check";
import Ajv from "ajv";
import { parseDocument, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { spellingPattern } from "../src/json-schema/spelling.js";
import { jsonSchemaText } from "../src/json-schema/schemas.js";
import { parseProposal } from "../src/proposal/load.js";
import { wholeMonths } from "../src/proposal/resolve.js";
import { InputError } from "../src/source/problem.js";
import { loadStandard } from "../src/standard/load.js";
import { nameKey } from "../src/standard/names.js";

/**
 * The proposal schema against check itself, on generated proposals: whatever check accepts the schema
 * accepts, and whatever check rejects for a reason JSON Schema can state the schema rejects. (The
 * yaml-language-server test shows the same on the corpus, in a real editor.)
 */

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(jsonSchemaText("proposal")));
const standard = loadStandard("suzhou-2016");

/** Problems check finds that no JSON Schema can state (a count against a list's length, every step left out). */
// Two entries compared with each other: JSON Schema compares whole items only.
const BEYOND_SCHEMA = new Set(["community-count", "all-substeps-excluded", "duplicate-community", "duplicate-name"]);

/** How people really write a name: spaces, full-width letters and brackets (a Chinese input method), capitals. */
const spelt = (name: string) =>
  fc.record({ spaces: fc.boolean(), wide: fc.boolean(), upper: fc.boolean(), brackets: fc.boolean() }).map(({ spaces, wide, upper, brackets }) => {
    let text = name;
    if (upper) text = text.toUpperCase();
    if (brackets) text = text.replace(/（/g, "(").replace(/）/g, ")");
    if (wide) text = text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    if (spaces) text = [...text].join(" ");
    return text;
  });

const itemName = fc.constantFrom(...standard.items.flatMap((i) => [i.code, i.name, i.fullName, ...i.aliases]), ...standard.bundles.flatMap((b) => [b.name, ...b.aliases]), "社区活动", "探望", "home-vist");
const stepName = fc.constantFrom(...standard.items.flatMap((i) => i.substeps ?? []).flatMap((s) => [s.name, s.code, ...s.includes]), "调研设计");

/** One kind of line (rarely two, or none), with any of the fields some item takes. */
const kind = fc.oneof(
  { weight: 6, arbitrary: itemName.chain(spelt).map((item) => ({ item })) },
  { weight: 2, arbitrary: fc.constantFrom("个案", "小组", "个案管理", "家庭").map((bundle) => ({ bundle })) },
  { weight: 2, arbitrary: fc.constantFrom("长者生日会", "社区活动").map((custom) => ({ custom })) },
  { weight: 1, arbitrary: fc.constant({ item: "探访", custom: "走访" }) },
  { weight: 1, arbitrary: fc.constant({}) },
);
/** The fields some item takes; a line gets up to two of them, so that many lines are right and many are not. */
const FIELDS = {
  sessions: fc.integer({ min: 1, max: 8 }),
  escort: fc.boolean(),
  delivery: fc.constantFrom("自行组织", "外聘专家"),
  samples: fc.integer({ min: 1, max: 500 }),
  households: fc.integer({ min: 1, max: 9000 }),
  exclude: fc.array(stepName, { minLength: 1, maxLength: 2 }),
  hours: fc.constantFrom(1, 2.5, 24),
  justification: fc.constant("面谈 8 小时"),
  like: itemName,
  unit: fc.constant("次"),
  subjects: fc.integer({ min: 1, max: 9 }),
};
const fields = fc
  .tuple(fc.integer({ min: 0, max: 50 }), fc.subarray(Object.keys(FIELDS) as (keyof typeof FIELDS)[], { maxLength: 2 }))
  .chain(([count, keys]) => fc.record(Object.fromEntries(keys.map((k) => [k, FIELDS[k] as fc.Arbitrary<unknown>]))).map((extra) => ({ count, ...extra })));
const entry = fc.tuple(kind, fields).map(([k, f]) => ({ ...k, ...f }));

/** check's verdict: accepted, rejected for a reason a schema can state, or rejected only for reasons beyond one. */
function checkSays(doc: unknown): "accepts" | "rejects" | "beyond" {
  try {
    parseProposal("generated.yaml", stringify(doc));
    return "accepts";
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.problems.every((p) => BEYOND_SCHEMA.has(p.code)) ? "beyond" : "rejects";
  }
}

describe("the proposal schema agrees with check", () => {
  it("on generated service lines: every item, alias, code and bundle, spelt as people spell them, with any fields", () => {
    const seen = { accepts: 0, rejects: 0, beyond: 0 };
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 3 }), (services) => {
        const doc = { project: { name: "生成的方案", months: 12 }, staff: { fte: 1 }, services };
        const verdict = checkSays(doc);
        seen[verdict]++;
        fc.pre(verdict !== "beyond");
        const valid = validate(doc);
        expect(valid, `${verdict}: ${stringify(services)}\n${JSON.stringify(validate.errors?.slice(0, 4))}`).toBe(verdict === "accepts");
      }),
      { numRuns: 1500 },
    );
    // Both verdicts are exercised, not only the easy one.
    expect(seen.accepts).toBeGreaterThan(100);
    expect(seen.rejects).toBeGreaterThan(100);
  });

  it("on periods: the end falls the day before the start's day of the month (how many months stays with check)", () => {
    const day = fc.date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2031-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 60 }), fc.boolean(), (start, other, months, aligned) => {
        // Half the time an end that is a whole number of months after the start.
        const from = new Date(`${start}T00:00:00Z`);
        const after = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, from.getUTCDate()));
        after.setUTCDate(after.getUTCDate() - 1);
        const end = aligned ? after.toISOString().slice(0, 10) : other;
        const next = new Date(`${end}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        // A start on the 29th–31st is refused whatever the end (not every month has that day).
        const sameDay = next.getUTCDate() === from.getUTCDate() && from.getUTCDate() <= 28;
        const doc = { project: { name: "x", period: { start, end } }, staff: { fte: 1 }, services: [{ item: "探访", count: 1 }] };
        expect(validate(doc), `${start} – ${end}`).toBe(sameDay);
        if (typeof wholeMonths(start, end) === "number") expect(sameDay).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("on numbers a Chinese input method typed in full-width digits: what check reads as a number the editor does not flag", () => {
    const seen = { accepts: 0, notNumbers: 0 };
    const piece = fc.constantFrom(..."0１２9９８．.－-＋+ a".split(""));
    // Where numbers go: a count (a whole number, not negative), staff.fte (above 0, two decimals), a custom service's hours.
    const at = fc.constantFrom(
      (n: string) => `project:\n  name: x\n  months: 12\nstaff:\n  fte: 1\nservices:\n  - item: 专业咨询\n    count: ${n}\n`,
      (n: string) => `project:\n  name: x\n  months: 12\nstaff:\n  fte: ${n}\nservices:\n  - item: 专业咨询\n    count: 1\n`,
      (n: string) => `project:\n  name: x\n  months: 12\nstaff:\n  fte: 1\nservices:\n  - custom: 长者生日会\n    count: 1\n    hours: ${n}\n    justification: 筹备 2 小时\n`,
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join("").trim()), at, (written, place) => {
        const text = place(written);
        // What the editor's language server validates: the YAML as it is, full-width digits still text.
        const doc = parseDocument(text);
        fc.pre(written.length > 0 && doc.errors.length === 0);
        let verdict: "accepts" | "not-a-number" | "other";
        try {
          parseProposal("typed.yaml", text);
          verdict = "accepts";
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          verdict = error.problems.some((p) => p.code === "invalid-type") ? "not-a-number" : "other";
        }
        if (verdict === "accepts") seen.accepts++;
        if (verdict === "not-a-number") seen.notNumbers++;
        if (verdict === "other") return;
        expect(validate(doc.toJS()), `${verdict}: ${JSON.stringify(written)}`).toBe(verdict === "accepts");
      }),
      { numRuns: 3000 },
    );
    expect(seen.accepts).toBeGreaterThan(50);
    expect(seen.notNumbers).toBeGreaterThan(50);
  });

  it("on names: a spelling matches a name's pattern exactly when check reads it as that name", () => {
    const names = standard.items.flatMap((i) => [i.code, i.name, ...i.aliases]);
    const regex = new RegExp(spellingPattern(names), "u");
    const keys = new Set(names.map(nameKey));
    const pieces = fc.constantFrom(..."探访个案小组转介（）()/- 　ＡaAHomeＨｏｍｅ-visit⼊户".split(""), "探访", "home-visit", "专题培训/讲座");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }).map((p) => p.join("")), (text) => {
        expect(regex.test(text), JSON.stringify(text)).toBe(keys.has(nameKey(text)));
      }),
      { numRuns: 3000 },
    );
    for (const text of ["Home-Visit", "ＨＯＭＥ－ＶＩＳＩＴ", "探 访", "组织培育(主题工作坊)", " 探访 "]) expect(regex.test(text), text).toBe(true);
  });
});
