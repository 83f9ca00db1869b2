import { describe, expect, it } from "vitest";
import { analyse } from "../src/analysis/analyse.js";
import type { Finding } from "../src/engine/finding.js";
import type { Rule, Severity } from "../src/engine/rule.js";
import { atMost } from "../src/engine/severity.js";
import { parseProposal } from "../src/proposal/load.js";
import { ALL_RULES } from "../src/rules/registry.js";

/**
 * Rule tests in the style of ESLint's RuleTester: for each rule, proposals it must accept and proposals
 * it must report, each with the findings it expects (message id and position). The rule's own examples
 * (the ones `gongshi explain` shows) are always among the cases. Every case runs through the real
 * pipeline (parse → resolve → compute → engine), and only the rule under test's findings are compared.
 *
 * A position is given as line and column, or found in the text with `at`: a needle whose "|" marks the
 * exact spot ("rural: |1" is the value 1 of the key rural), found independently of gongshi.
 */
export interface ExpectedFinding {
  messageId: string;
  line?: number;
  column?: number;
  at?: string;
  /** The n-th occurrence of `at` (1 by default). */
  occurrence?: number;
  /** Defaults to the rule's own severity, or its message's when that is lower (a check that cannot be made is info). */
  severity?: Severity;
  /** Some of the finding's data, when the case is about a value (a share, a missing service). */
  data?: Record<string, unknown>;
}

export interface ValidCase {
  name: string;
  code: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleCases {
  valid?: ValidCase[];
  invalid?: InvalidCase[];
}

/** Line and column (1-based) of the n-th occurrence of a marked needle in `text`. */
export function positionOf(text: string, marked: string, occurrence = 1): { line: number; column: number } {
  const [prefix, rest] = marked.includes("|") ? marked.split("|") : ["", marked];
  const needle = prefix! + rest!;
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, at + prefix!.length).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function findingsOf(rule: Rule, code: string): Finding[] {
  return analyse(parseProposal("test.yaml", code))
    .findings.filter((f) => f.ruleId === rule.meta.id)
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

function expectFindings(rule: Rule, code: string, expected: readonly ExpectedFinding[]): Finding[] {
  const found = findingsOf(rule, code);
  const shape = (f: Finding) => ({ messageId: f.messageId, line: f.line, column: f.column, severity: f.severity });
  const want = expected.map((e) => {
    const place = e.at !== undefined ? positionOf(code, e.at, e.occurrence) : { line: e.line, column: e.column };
    return { messageId: e.messageId, ...place, severity: e.severity ?? atMost(rule.meta.severity, rule.meta.messages[e.messageId]?.severity) };
  });
  expect(found.map(shape)).toEqual(want);
  expected.forEach((e, i) => {
    if (e.data) expect(found[i]!.data).toMatchObject(e.data);
  });
  for (const f of found) {
    // A placeholder the data did not fill would reach the reader as "{name}".
    expect(f.message.zh, `${rule.meta.id}/${f.messageId} (zh)`).not.toMatch(/\{\w+\}/);
    expect(f.message.en, `${rule.meta.id}/${f.messageId} (en)`).not.toMatch(/\{\w+\}/);
  }
  return found;
}

/** Runs one rule's cases, its own examples first, and checks what must hold for every rule. */
export function testRule(rule: Rule, cases: RuleCases): void {
  const { meta } = rule;
  const invalid: InvalidCase[] = [
    ...(meta.examples.fail ? [{ name: "its own failing example (gongshi explain)", code: meta.examples.fail, errors: meta.examples.reports }] : []),
    ...(cases.invalid ?? []),
  ];
  const valid: ValidCase[] = [...(meta.examples.pass ? [{ name: "its own passing example (gongshi explain)", code: meta.examples.pass }] : []), ...(cases.valid ?? [])];

  describe(meta.id, () => {
    it.each(valid.map((c) => [c.name, c] as const))("accepts %s", (_name, c) => {
      expectFindings(rule, c.code, []);
    });

    it.each(invalid.map((c) => [c.name, c] as const))("reports %s", (_name, c) => {
      expectFindings(rule, c.code, c.errors);
    });

    it("has a failing case for every message it can say", () => {
      const used = new Set(invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      expect([...Object.keys(meta.messages)].filter((id) => !used.has(id))).toEqual([]);
    });

    it("has a stable id, a quoted clause, and its description and messages in both languages", () => {
      expect(meta.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(meta.source.document.length).toBeGreaterThan(1);
      expect(meta.source.quote.length).toBeGreaterThan(5);
      expect(meta.description.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(meta.description.en).toMatch(/[a-z]/);
      for (const message of Object.values(meta.messages)) {
        expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(message.en).toMatch(/[a-z]/);
        // Both languages fill in the same data.
        const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders(message.en)).toEqual(placeholders(message.zh));
      }
    });
  });
}

/**
 * All the rules of one rule set, one entry each: a rule of the set without cases, or cases for a rule
 * of another set, fail the file. `exempt` names rules tested elsewhere (the engine's input-error is lint's).
 */
export function testRuleSet(ruleSet: string, cases: Record<string, RuleCases>, options: { exempt?: string[] } = {}): void {
  const rules = ALL_RULES.filter((r) => r.meta.ruleSet === ruleSet && !(options.exempt ?? []).includes(r.meta.id));
  describe(`rule set ${ruleSet}`, () => {
    it("has cases for exactly its rules", () => {
      expect(Object.keys(cases).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    });
    for (const rule of rules) testRule(rule, cases[rule.meta.id] ?? {});
  });
}
