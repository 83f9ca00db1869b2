import { describe, expect, it } from "vitest";
import { CASES } from "./corpus/cases.js";
import { runCase } from "./corpus/run-case.js";

describe("the bad-input corpus: an exact message at file:line:column, the right exit code, never a stack trace", () => {
  it("has at least forty cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = runCase(c);
    expect(result.status).toBe(c.exit);
    expect(result.first).toBe(c.first);
    expect(result.stderr).not.toMatch(/^\s+at .+\(?.+:\d+:\d+\)?$/m);
    expect(result.stderr).not.toContain("internal error");
  });

  it("keeps text starting with = + - @ as text in the report", () => {
    const c = CASES.find((x) => x.exit === 0)!;
    const report = JSON.parse(runCase(c).stdout);
    expect(report.lines.map((l: { name: string }) => l.name)).toEqual(["=SUM(A1:A9)", "+1"]);
  });
});
