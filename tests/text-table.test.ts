/**
 * gongshi's terminal tables: the frame cli-table3 draws (cli-table3 stays a devDependency as the reference
 * for what its style looks like), drawn in one pass, and no text ever cut with "…".
 */
import { createRequire } from "node:module";
import { Chalk } from "chalk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../src/i18n/width.js";
import { PLAIN } from "../src/report/paint.js";
import { textTable, type TableCell } from "../src/report/text-table.js";
import { gongshi } from "./helpers.js";

const require = createRequire(import.meta.url);
const CliTable = require("cli-table3") as new (options: Record<string, unknown>) => unknown[] & { toString(): string };
const NO_ROW_RULES = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };
const COLOUR = new Chalk({ level: 1 });

// Text as gongshi prints it: Chinese, Latin letters, figures, full-width marks, spaces, some in colour.
const piece = fc.constantFrom("服务", "探访", "接案（含预估）", "¥1,620.00", "4,587", "12:5", "activity-size", "四（二）10；", "、", "—", " ", "a", "");
const plainText = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));
const text = fc.tuple(plainText, fc.constantFrom("plain", "dim", "red", "bold")).map(([t, colour]) => (colour === "plain" || t === "" ? t : COLOUR[colour](t)));
const cell = fc.array(text, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n"));

describe("the table frame", () => {
  it("is what cli-table3 draws for every table whose cells fit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((columns) =>
          fc.record({
            head: fc.array(plainText, { minLength: columns, maxLength: columns }),
            rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 6 }),
            align: fc.array(fc.constantFrom<"left" | "right">("left", "right"), { minLength: columns, maxLength: columns }),
            rowRules: fc.boolean(),
            // A heading across the whole table (drawn by cli-table3 only with rules between rows).
            heading: fc.option(plainText, { nil: undefined }),
          }),
        ),
        ({ head, rows, align, rowRules, heading }) => {
          const body: TableCell[][] = rows.map((row) => [...row]);
          if (heading !== undefined && rowRules && head.length > 1) body.splice(Math.floor(body.length / 2), 0, [{ content: heading, colSpan: head.length }]);
          const ours = textTable(COLOUR, head, { align, rowRules });
          ours.push(...body);
          const theirs = new CliTable({ head: head.map((h) => COLOUR.bold(h)), style: { head: [], border: [] }, colAligns: align, ...(rowRules ? {} : { chars: NO_ROW_RULES }) });
          theirs.push(...body);
          expect(ours.toString()).toBe(theirs.toString());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("breaks a cell wider than its column across lines and keeps every character (cli-table3 would end it with …)", () => {
    const long = "不含社区走访（双塔社区：与同一社区的社区调研结合进行，不再另计）";
    const table = textTable(PLAIN, ["#", "服务项目"], { widths: [null, 20] });
    table.push(["1", long], ["2", "activity-size-rule-with-a-long-id-that-has-no-break"]);
    const drawn = table.toString();
    expect(drawn).not.toContain("…");
    const inside = drawn
      .split("\n")
      .map((line) => line.split("│")[2] ?? "")
      .join("")
      .replace(/ /g, "");
    expect(inside).toContain(long);
    expect(inside).toContain("activity-size-rule-with-a-long-id-that-has-no-break");
    for (const line of drawn.split("\n")) expect(displayWidth(line)).toBe(displayWidth(drawn.split("\n")[0]!));
  });
});

describe("gongshi check's text report", () => {
  it("shows every word of the tender table and the workload table, never cut with …", () => {
    const { stdout } = gongshi(["check", "examples/community-elderly.yaml"]);
    expect(stdout).not.toContain("…");
    // Each column of each table read top to bottom: a cell broken across lines reads whole again.
    const columns = new Map<number, string>();
    for (const line of stdout.split("\n").filter((l) => l.startsWith("│"))) {
      line
        .split("│")
        .slice(1, -1)
        .forEach((cell, i) => columns.set(i, (columns.get(i) ?? "") + cell.trim()));
    }
    const read = [...columns.values()].join("\n");
    for (const words of ["每个（接案）的节数", "每个（小组准备工作）的人数", "64、69、73", "34、38、58、52、64、69、73、93", "与同一社区的社区调研结合进行，不再另计", "社区大型活动（重阳节、邻里节）"]) {
      expect(read).toContain(words);
    }
  });
});
