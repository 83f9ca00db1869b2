import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { calculateBudget, lineTotal } from "../src/budget/calculate.js";
import { capitalAmount, MAX_AMOUNT_FEN } from "../src/exact/money.js";
import { Rational } from "../src/exact/rational.js";
import { capitalFormula } from "../src/export/workbook.js";
import { evaluate } from "../src/workbook-check/formula.js";
import { parseProposal } from "../src/proposal/load.js";
import { isGathering } from "../src/proposal/resolve.js";
import { InputError } from "../src/source/problem.js";
import { loadStandard } from "../src/standard/load.js";
import { computeBounds } from "../src/workload/bounds.js";
import { calculateWorkload } from "../src/workload/calculate.js";
import { gongshi, ROOT, tempDir } from "./helpers.js";

const standard = loadStandard("suzhou-2016");
/** Items with one fixed rate: the ones a generated line can name without further fields. */
const FIXED = standard.items.filter((i) => i.hours && !i.variants && !i.substeps && !i.scale);

const entry = fc.record({ item: fc.constantFrom(...FIXED.map((i) => i.name)), count: fc.integer({ min: 0, max: 2000 }) });
const entries = fc.array(entry, { minLength: 1, maxLength: 25 });
const fte = fc.integer({ min: 1, max: 40 }).map((q) => q / 4); // 0.25 … 10
const months = fc.integer({ min: 1, max: 36 });

function proposal(services: { item: string; count: number }[], options: { fte?: number; months?: number } = {}) {
  const text = stringify({ project: { name: "性质测试", months: options.months ?? 12 }, staff: { fte: options.fte ?? 1 }, services });
  return parseProposal("generated.yaml", text);
}

const hoursOf = (name: string) => FIXED.find((i) => i.name === name)!.hours!;

describe("properties of the workload arithmetic", () => {
  it("a total is the sum of its lines, and each line is count × the table's hours", () => {
    fc.assert(
      fc.property(entries, (services) => {
        const workload = calculateWorkload(proposal(services));
        const expected = Rational.sum(services.map((s) => hoursOf(s.item).mul(s.count)));
        expect(workload.total.eq(expected)).toBe(true);
        expect(workload.total.eq(Rational.sum(workload.lines.map((l) => l.hours)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("reordering the lines changes nothing", () => {
    fc.assert(
      fc.property(entries.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }))), ([services, shuffled]) => {
        expect(calculateWorkload(proposal(services)).total.eq(calculateWorkload(proposal(shuffled)).total)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("scaling every count by k scales the total by k", () => {
    fc.assert(
      fc.property(entries, fc.integer({ min: 0, max: 50 }), (services, k) => {
        const base = calculateWorkload(proposal(services)).total;
        const scaled = calculateWorkload(proposal(services.map((s) => ({ ...s, count: s.count * k })))).total;
        expect(scaled.eq(base.mul(k))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("the bounds grow with FTE and with months, and the floor stays under the ceiling", () => {
    fc.assert(
      fc.property(fte, fte, months, months, fc.constantFrom(11, 13), (a, b, m, n, holidays) => {
        const [f1, f2] = [Rational.fromDecimal(Math.min(a, b)), Rational.fromDecimal(Math.max(a, b))];
        const [m1, m2] = [Math.min(m, n), Math.max(m, n)];
        const low = computeBounds(standard.annualHours, f1, m1, holidays);
        const high = computeBounds(standard.annualHours, f2, m2, holidays);
        expect(low.floor.compare(high.floor)).toBeLessThanOrEqual(0);
        expect(low.ceiling.compare(high.ceiling)).toBeLessThanOrEqual(0);
        expect(low.floor.lt(low.ceiling)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("properties of the money arithmetic", () => {
  const yuan = fc.integer({ min: 0, max: 10_000_000 }).map((fen) => fen / 100); // 0.00 … 100,000.00 with two decimals
  const quantity = fc.integer({ min: 0, max: 100_000 }).map((q) => q / 100);

  it("every line, subtotal and total is a whole number of fen, and the total is their integer sum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ category: fc.constantFrom("人员经费", "活动经费", "宣传费", "交通费"), price: yuan, quantity }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 2000 }).map((p) => p / 100),
        fc.integer({ min: 0, max: 1300 }).map((p) => p / 100),
        (lines, fee, tax) => {
          const workload = calculateWorkload(proposal([{ item: "专业咨询", count: 1372 }]));
          const input = {
            managementFeePercent: Rational.fromDecimal(fee),
            taxPercent: Rational.fromDecimal(tax),
            limits: {},
            signatures: {},
            lines: lines.map((l, index) => ({ index, path: [], category: l.category, item: `项${index}`, unitPrice: Math.round(l.price * 100), unit: "项", quantity: Rational.fromDecimal(l.quantity) })),
          };
          const budget = calculateBudget(input, undefined, workload);
          const all = budget.categories.flatMap((c) => c.lines.map((l) => l.total));
          for (const value of [...all, budget.direct, budget.managementFee, budget.tax, budget.total]) expect(Number.isSafeInteger(value)).toBe(true);
          expect(budget.direct).toBe(all.reduce((s, v) => s + v, 0));
          expect(budget.direct).toBe(budget.categories.reduce((s, c) => s + c.total, 0));
          expect(budget.total).toBe(budget.direct + budget.managementFee + budget.tax);
          // Each line is the exact product rounded to the nearest fen, never further off than half a fen.
          for (const l of input.lines) {
            const exact = Rational.of(l.unitPrice).mul(l.quantity);
            expect(Math.abs(Number(exact.sub(Rational.of(lineTotal(l.unitPrice, l.quantity))).toFixed(6)))).toBeLessThanOrEqual(0.5);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("the total in capital numerals", () => {
  // Amounts up to 4 × ¥1,000,000,000 (the largest total a proposal can reach), many with runs of zeros.
  const fen = fc.oneof(
    fc.integer({ min: 0, max: 4 * MAX_AMOUNT_FEN }),
    fc.array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 12 }).map((digits) => Number(digits.join(""))),
  );

  it("the workbook's formula, as gongshi check evaluates it, spells what capitalAmount spells", () => {
    fc.assert(
      fc.property(fen, (amount) => {
        const spelled = evaluate(capitalFormula("A1"), "S", { value: () => amount / 100 });
        expect(spelled).toBe(capitalAmount(amount));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("parsing what gongshi writes", () => {
  it("every init template, written under any file name, parses and checks", () => {
    fc.assert(
      fc.property(fc.constantFrom("community", "social-assistance", "station", "社区", "社会救助", "社工站"), fc.stringMatching(/^[a-z\u4e00-\u9fa5][a-z0-9\u4e00-\u9fa5 _-]{0,12}$/), (template, name) => {
        const dir = tempDir();
        const file = `${name.trim() || "p"}.yaml`;
        expect(gongshi(["init", template, "-o", file], { cwd: dir }).status).toBe(0);
        const text = readFileSync(join(dir, file), "utf8");
        expect(() => parseProposal(file, text)).not.toThrow();
      }),
      { numRuns: 12 },
    );
  });

  it("every generated proposal written back as YAML parses to the same total", () => {
    fc.assert(
      fc.property(entries, fte, months, (services, f, m) => {
        const p = proposal(services, { fte: f, months: m });
        const again = parseProposal("again.yaml", p.source.text);
        expect(calculateWorkload(again).total.eq(calculateWorkload(p).total)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe("fuzzing the reader with generated YAML", () => {
  // Any JSON-like value, written as YAML, with the proposal's own keys mixed in to reach deeper code.
  const key = fc.constantFrom("project", "staff", "services", "name", "fte", "item", "count", "bundle", "sessions", "hours", "months", "supervision", "budget", "lines", "tender", "indicators", "__proto__", "constructor", "x");
  const leaf = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant(null), fc.constantFrom("探访", "接案", "个案", "小组", "不少于 3 个", "=1+1"));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(key, tie("node"), { maxKeys: 5 })),
  })).node;

  it("never throws anything but an InputError, whatever the document", () => {
    fc.assert(
      fc.property(value, (doc) => {
        let text: string;
        try {
          text = stringify(doc);
        } catch {
          return; // not representable as YAML: nothing to read
        }
        try {
          parseProposal("fuzz.yaml", text);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never throws anything but an InputError on mangled text", () => {
    const base = readFileSync(join(ROOT, "examples", "community-elderly.yaml"), "utf8");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length }), fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 8 }), (at, cut, insert) => {
        const text = base.slice(0, at) + insert + base.slice(Math.min(base.length, at + cut));
        try {
          parseProposal("mangled.yaml", text);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("fuzzing the whole pipeline with generated proposals that read", () => {
  const anyItem = fc.constantFrom(...standard.items);
  const service = fc.oneof(
    fc.record({ item: anyItem, count: fc.integer({ min: 0, max: 300 }), participants: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }), samples: fc.integer({ min: 1, max: 900 }), households: fc.integer({ min: 1, max: 9000 }), escort: fc.boolean(), delivery: fc.constantFrom("自行组织", "外聘专家"), minutes: fc.integer({ min: 1, max: 240 }), hours: fc.integer({ min: 1, max: 4000 }).map((h) => h / 4) }).map((r) => {
      const out: Record<string, unknown> = { item: r.item.code, count: r.count };
      // Only a gathering of people has participants (check refuses them on a visit or a consultation).
      if (r.participants !== undefined && isGathering(r.item)) out.participants = r.participants;
      if (r.item.variants) out[r.item.variants.by] = r.item.variants.by === "escort" ? r.escort : r.delivery;
      if (r.item.scale) out[r.item.scale.by] = r.item.scale.by === "samples" ? r.samples : r.households;
      if (r.item.hours === null) Object.assign(out, { hours: r.hours, justification: "测算" });
      if (r.item.code === "training-lecture") out.minutes = r.minutes;
      return out;
    }),
    fc.record({ bundle: fc.constantFrom("个案", "小组"), count: fc.integer({ min: 0, max: 40 }), sessions: fc.integer({ min: 1, max: 12 }) }),
    fc.record({ custom: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim().length > 0), count: fc.integer({ min: 0, max: 50 }), hours: fc.integer({ min: 1, max: 100 }) }),
  );
  const doc = fc.record({
    services: fc.array(service, { minLength: 1, maxLength: 12 }),
    fte: fte,
    months: months,
    kind: fc.constantFrom("社区", "社会救助", "社工站"),
    rate: fc.integer({ min: 0, max: 40000 }).map((f) => f / 100),
    years: fc.integer({ min: 0, max: 30 }),
    fee: fc.integer({ min: 0, max: 3000 }).map((p) => p / 100),
    price: fc.integer({ min: 0, max: 1_000_000 }).map((f) => f / 100),
    indicator: fc.constantFrom("个案不少于 3 个", "每个小组不少于 6 节、不少于 5 人", "服务时数不超过 2000 小时", "服务人次不少于 500 人次", "每场讲座不少于 60 分钟"),
  });

  it("analyses, reports as text and JSON, and builds a workbook, without an exception", async () => {
    const { analyse } = await import("../src/analysis/analyse.js");
    const { renderCheckText } = await import("../src/report/check/text.js");
    const { checkReportJson } = await import("../src/report/check/json.js");
    const { PLAIN } = await import("../src/report/paint.js");
    const { buildWorkbook } = await import("../src/export/workbook.js");
    let built = 0;
    await fc.assert(
      fc.asyncProperty(doc, async (d) => {
        const text = stringify({
          project: { name: "模糊测试", months: d.months, kind: d.kind },
          staff: { fte: d.fte },
          // Custom services' names are unique, as check requires.
          services: d.services.map((s, i) => ("custom" in s ? { ...s, custom: `${s.custom}${i}` } : s)),
          supervision: { supervisors: [{ name: "督导", origin: "本土", years: d.years, rate: d.rate }], sessions: [{ type: "团体", count: 3, hours: 2, supervisees: 4 }] },
          budget: { management_fee_percent: d.fee, tax_percent: 6, limits: { ceiling: 100000 }, lines: [{ category: "人员经费", item: "工资", unit_price: d.price, unit: "月", quantity: 12 }] },
          tender: { indicators: [d.indicator] },
        });
        const analysis = analyse(parseProposal("fuzz.yaml", text));
        renderCheckText(analysis, { lang: "zh", paint: PLAIN });
        renderCheckText(analysis, { lang: "en", paint: PLAIN });
        JSON.stringify(checkReportJson(analysis, "zh"));
        if (built++ < 10) await (await buildWorkbook(analysis)).xlsx.writeBuffer();
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});
