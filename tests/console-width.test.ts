/**
 * An 80-column console (Windows' default, and many an SSH window): every line gongshi prints there fits,
 * measured in display columns (a Chinese character takes two), and no amount or figure is split across
 * lines. The real CLI runs on a real terminal (a pseudo-terminal from util-linux `script`), so the width
 * comes from where it comes from for a user. Wide terminals and pipes get the output they always got.
 */
import { spawnSync } from "node:child_process";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { analyse } from "../src/analysis/analyse.js";
import { displayWidth } from "../src/i18n/width.js";
import { loadProposal } from "../src/proposal/load.js";
import { renderCheckText } from "../src/report/check/text.js";
import { PLAIN } from "../src/report/paint.js";
import { renderTableText } from "../src/report/table/text.js";
import { loadStandard } from "../src/standard/load.js";
import { BIN, gongshi, proposalText, ROOT, tempFile } from "./helpers.js";

const EXAMPLES = ["examples/community-elderly.yaml", "examples/social-assistance.yaml", "examples/station.yaml", "examples/delivery/community-elderly-midterm.yaml"];

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "");
const widest = (text: string) => Math.max(...plain(text).split("\n").map(displayWidth));

/** Amounts and grouped figures ("¥234,000.00", "4,587", "1,372.5") as whole tokens, in order of size. */
function figures(text: string): string[] {
  return [...plain(text).matchAll(/¥[\d,]+\.\d\d|(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/g)].map((m) => m[0]).sort();
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
const hasScript = spawnSync("script", ["-qec", "true", "/dev/null"]).status === 0;

/** Runs gongshi on a pseudo-terminal COLUMNS wide, as a person at a console would. */
function onTerminal(args: string[], columns: number, env: Record<string, string> = {}): string {
  const command = [process.execPath, BIN, ...args].map(quote).join(" ");
  const result = spawnSync("script", ["-qec", command, "/dev/null"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, LANG: "C.UTF-8", LC_ALL: undefined, ...env, COLUMNS: String(columns) } as NodeJS.ProcessEnv,
  });
  return result.stdout.replace(/\r\n/g, "\n");
}

const COMMANDS: string[][] = [
  ...EXAMPLES.flatMap((file) => [
    ["check", file],
    ["--lang", "en", "check", file],
  ]),
  ["table"],
  ["--lang", "en", "table"],
  ["lint", "examples"],
  ["explain"],
  ["explain", "workload-below-floor"],
  ["diff", "examples/community-elderly.yaml", "examples/station.yaml"],
  // Problems and command errors, on standard error.
  ["check", tempFile(proposalText("  - item: 入户慰问\n    count: 1\n  - item: 转介\n    count: 1\n"))],
  ["init", "no-such-template"],
  ["schema", "no-such-schema"],
  // Help of the commands whose words are longest.
  ["lsp", "--help"],
  ["--lang", "en", "lsp", "--help"],
  ["--lang", "en", "init", "--help"],
];

describe.skipIf(!hasScript)(`on a terminal${hasScript ? "" : " — skipped: util-linux script is not installed"}`, () => {
  it.each(COMMANDS.map((args) => [args.join(" "), args] as const))("at 80 columns `gongshi %s` has no line wider than 80 display columns", (_name, args) => {
    for (const colour of [{}, { NO_COLOR: "", FORCE_COLOR: "1" }]) {
      const output = onTerminal(args, 80, colour);
      expect(output.length).toBeGreaterThan(80);
      const over = plain(output)
        .split("\n")
        .filter((line) => displayWidth(line) > 80);
      expect(over).toEqual([]);
    }
  });

  it.each(EXAMPLES)("at 80 columns no amount or figure of `check %s` is split", (file) => {
    for (const lang of ["zh", "en"]) {
      const piped = gongshi(["--lang", lang, "check", file]).stdout;
      expect(figures(onTerminal(["--lang", lang, "check", file], 80))).toEqual(figures(piped));
    }
  });

  it.each([...EXAMPLES.map((file) => ["check", file]), ["table"]].map((args) => [args.join(" "), args] as const))("a wide terminal keeps today's table (`gongshi %s`)", (_name, args) => {
    // Prose longer than the terminal is broken at its width; the tables are exactly today's.
    const tables = (text: string) => text.split("\n").filter((line) => /^[┌│├└]/.test(line));
    const wide = onTerminal([...args], 250);
    expect(tables(wide).length).toBeGreaterThan(10);
    expect(tables(wide)).toEqual(tables(gongshi([...args]).stdout));
  });
});

describe("output that is not a terminal", () => {
  it("stays as it always was, whatever COLUMNS says", () => {
    for (const args of [["check", EXAMPLES[0]!], ["table"], ["lint", "examples"]]) {
      expect(gongshi(args, { env: { COLUMNS: "80" } }).stdout).toBe(gongshi(args).stdout);
    }
  });
});

describe("the narrow layouts at every width from 40 to 120", () => {
  const chalk = new Chalk({ level: 1 });
  const reports = EXAMPLES.map((file) => analyse(loadProposal(`${ROOT}/${file}`)));

  it("fit, and keep every amount whole", () => {
    for (const analysis of reports) {
      for (const lang of ["zh", "en"] as const) {
        const today = renderCheckText(analysis, { lang, paint: PLAIN });
        for (let width = 40; width <= 120; width += 4) {
          for (const paint of [PLAIN, chalk]) {
            const fitted = renderCheckText(analysis, { lang, paint, width });
            expect(widest(fitted), `${analysis.proposal.file} ${lang} at ${width}`).toBeLessThanOrEqual(width);
            expect(figures(fitted), `${analysis.proposal.file} ${lang} at ${width}`).toEqual(figures(today));
          }
        }
      }
    }
  });

  it("fit the reference table too", () => {
    const standard = loadStandard("suzhou-2016");
    for (let width = 40; width <= 140; width += 10) {
      expect(widest(renderTableText(standard, { lang: "zh", paint: PLAIN, width }))).toBeLessThanOrEqual(width);
    }
    const tables = (text: string) => text.split("\n").filter((line) => /^[┌│├└]/.test(line));
    expect(tables(renderTableText(standard, { lang: "zh", paint: PLAIN, width: 200 }))).toEqual(tables(renderTableText(standard, { lang: "zh", paint: PLAIN })));
  });
});
