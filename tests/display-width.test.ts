import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../src/i18n/width.js";
import { gongshi } from "./helpers.js";

const require = createRequire(import.meta.url);
// The real string-width (cli-table3's own dependency), which terminals' idea of a column follows.
const stringWidth = require(require.resolve("string-width", { paths: [require.resolve("cli-table3")] })) as (s: string) => number;

describe("the width gongshi measures its text with", () => {
  it("counts the same columns as string-width for everything gongshi prints, with and without colour", () => {
    const outputs = [
      ...["examples/community-elderly.yaml", "examples/social-assistance.yaml", "examples/station.yaml", "examples/delivery/community-elderly-midterm.yaml"].flatMap((f) => [
        gongshi(["check", f]).stdout,
        gongshi(["check", f], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout,
        gongshi(["--lang", "en", "check", f]).stdout,
      ]),
      gongshi(["table"]).stdout,
      gongshi(["table"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout,
      gongshi(["lint", "examples"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout,
    ];
    const pieces = new Set<string>();
    for (const output of outputs) for (const line of output.split("\n")) for (const cell of [line, ...line.split("│")]) pieces.add(cell);
    expect(pieces.size).toBeGreaterThan(500);
    const differing = [...pieces].filter((p) => displayWidth(p) !== stringWidth(p));
    expect(differing).toEqual([]);
  });

  it("agrees on the characters that matter: CJK, full-width punctuation, ¥, ×, –, ●, box drawing, colour codes", () => {
    for (const sample of ["服务工作量", "（含预估、服务计划制定）", "¥360,211.32", "4 × 12", "2,058 – 2,940", "┣━━●━━┫", "\u001b[31m错误\u001b[39m", "〔2016〕", "①②", "ａｂｃ", "", "a\tb"]) {
      expect(displayWidth(sample), sample).toBe(stringWidth(sample));
    }
  });
});
