import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import { displayWidth } from "../src/i18n/width.js";
import { fitText, longestUnbreakable, wrapLine } from "../src/report/fit.js";

const chalk = new Chalk({ level: 1 });
// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, "");

describe("breaking lines the way Chinese text breaks", () => {
  it("breaks between Chinese characters, never wider than asked", () => {
    const lines = wrapLine("苏州市专业社会工作服务规范指引试行", 10);
    expect(lines).toEqual(["苏州市专业", "社会工作服", "务规范指引", "试行"]);
  });

  it("never splits an amount, a figure or an id, and breaks at spaces", () => {
    const text = "黄慧 个别督导 36 × 1 = 36 小时 × ¥250.00 = ¥9,000.00 （上限 ¥250.00/小时 → ¥9,000.00） workload-below-floor";
    for (const width of [20, 24, 31, 40]) {
      const lines = wrapLine(text, width);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      const joined = lines.join("\n");
      for (const whole of ["¥250.00", "¥9,000.00", "workload-below-floor"]) {
        expect(joined.split(whole).length - 1, `${whole} at ${width}`).toBe(text.split(whole).length - 1);
      }
    }
  });

  it("keeps closing marks off the start of a line and opening marks off its end", () => {
    for (const width of [6, 7, 8, 9, 10, 11, 12]) {
      for (const line of wrapLine("不含社区走访（与同一社区的社区调研重叠），按 200/100 折算。", width)) {
        expect(line, `width ${width}`).not.toMatch(/^[，。）、]/);
        expect(line, `width ${width}`).not.toMatch(/[（“]$/);
      }
    }
  });

  it("cuts a run only when it is wider than the whole line", () => {
    expect(wrapLine("community-resource-survey", 10)).toEqual(["community-", "resource-s", "urvey"]);
    expect(longestUnbreakable("社区资源调查 community-resource-survey")).toBe(25);
  });

  it("indents continuation lines and carries colours over the break", () => {
    const line = `  ${chalk.dim("8:5")}  ${chalk.yellow("警告")}  ${chalk.red("一般社区活动占总服务量的比例超过百分之十，指引原文为通常不超过")}`;
    const lines = wrapLine(line, 30, "        ");
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(30);
    expect(plain(lines[1]!)).toMatch(/^ {8}\S/);
    // Each continued line opens the colour again and closes it at its end.
    expect(lines[1]).toContain("\x1b[31m");
    expect(lines[0]!.endsWith("\x1b[0m")).toBe(true);
    // Nothing is lost but the spaces at the breaks.
    expect(plain(lines.join("")).replace(/\s+/g, "")).toBe(plain(line).replace(/\s+/g, ""));
  });

  it("leaves text alone without a width, and lines that fit", () => {
    const text = "合计 4,587 小时：在区间内\n" + "很长".repeat(60);
    expect(fitText(text, undefined)).toBe(text);
    expect(fitText("合计 4,587 小时", 80)).toBe("合计 4,587 小时");
    for (const line of fitText(text, 40).split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });
});
