/**
 * Terminal tables in gongshi's style (bold headers, an uncoloured frame, no rules between rows unless
 * asked), drawn by cli-table3. Output that is not a terminal, and a terminal wide enough, get the table as
 * it has always been. A narrower terminal gets a narrow layout: columns named in `foldUnder` move under
 * another column, text columns break across lines (the widest first), figures never break; if even that
 * cannot fit, each row becomes a small block of "header：value" lines.
 */
import type { ChalkInstance } from "chalk";
import Table from "cli-table3";
import { displayWidth } from "../i18n/width.js";
import { longestUnbreakable, wrapLine } from "./fit.js";

const NO_ROW_RULES = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };

export interface TableLayout {
  align?: ("left" | "right")[];
  /** Column widths; null lets cli-table3 size the column to its content. */
  widths?: (number | null)[];
  /** Rules between body rows (off by default: a line's details sit under it, dimmed). */
  rowRules?: boolean;
  /** Wrap long cells within their width instead of widening the column. */
  wrap?: boolean;
  /** The terminal's width; without one (output that is not a terminal) the table is drawn as it always was. */
  width?: number;
  /** Columns of text, which may break across lines in a narrow layout; the others (figures) never do. */
  text?: number[];
  /** In a narrow layout, columns moved under another one, dimmed: `{ 2: 1 }` puts column 2 under column 1. */
  foldUnder?: Record<number, number>;
}

/** A cell: text, or text spanning several columns (a category heading across the whole table). */
export type TableCell = string | { content: string; colSpan: number };

export class TextTable {
  private readonly rows: TableCell[][] = [];

  constructor(
    private readonly paint: ChalkInstance,
    private readonly head: readonly string[],
    private readonly layout: TableLayout,
  ) {}

  push(...rows: TableCell[][]): void {
    this.rows.push(...rows);
  }

  toString(): string {
    const wide = this.drawAsAlways();
    const { width } = this.layout;
    if (width === undefined || widest(wide) <= width) return wide;
    return this.drawNarrow(width);
  }

  private drawAsAlways(): string {
    const { layout } = this;
    const table = new Table({
      head: this.head.map((h) => this.paint.bold(h)),
      style: { head: [], border: [] },
      ...(layout.rowRules ? {} : { chars: NO_ROW_RULES }),
      ...(layout.align ? { colAligns: layout.align } : {}),
      ...(layout.widths ? { colWidths: layout.widths } : {}),
      ...(layout.wrap ? { wordWrap: true } : {}),
    });
    table.push(...(this.rows as Table.HorizontalTableRow[]));
    return table.toString();
  }

  private drawNarrow(width: number): string {
    const { head, rows, align, text } = this.folded();
    const widths = columnWidths(head, rows, text, width - (head.length + 1) - 2 * head.length);
    if (!widths) return this.drawStacked(head, rows, width);
    const table = new Table({
      head: head.map((h, i) => wrapCell(this.paint.bold(h), widths[i]!)),
      style: { head: [], border: [] },
      ...(this.layout.rowRules ? {} : { chars: NO_ROW_RULES }),
      colAligns: align,
      colWidths: widths.map((w) => w + 2),
    });
    for (const row of rows) {
      let column = 0;
      table.push(
        row.map((cell) => {
          const span = typeof cell === "string" ? 1 : cell.colSpan;
          const cellWidth = widths.slice(column, column + span).reduce((a, b) => a + b, 0) + 3 * (span - 1);
          column += span;
          return typeof cell === "string" ? wrapCell(cell, cellWidth) : { content: wrapCell(cell.content, cellWidth), colSpan: span };
        }) as Table.HorizontalTableRow,
      );
    }
    return table.toString();
  }

  /**
   * The last resort for a very narrow terminal: each row as a title (its first cell, and the second too
   * when the first is only a number), the title's details under it, then "header：value" lines.
   */
  private drawStacked(head: readonly string[], rows: readonly TableCell[][], width: number): string {
    const out: string[] = [];
    const push = (line: string, indent: string) => out.push(...wrapLine(indent + line, width, `${indent}  `));
    for (const row of rows) {
      const cells = row.map(cellText);
      if (cells.length === 1) {
        cells[0]!.split("\n").forEach((line) => push(line, ""));
        continue;
      }
      const titled = displayWidth(cells[0]!) <= 4 ? 2 : 1;
      const [first = "", ...details] = cells.slice(0, titled).join(" ").trim().split("\n");
      if (first) push(first, "");
      details.forEach((line) => push(line, "  "));
      cells.slice(titled).forEach((value, i) => {
        if (!value.trim()) return;
        const label = this.paint.dim(`${head[i + titled]}：`);
        value.split("\n").forEach((line, j) => push(j === 0 ? label + line : line, "    "));
      });
    }
    return out.join("\n");
  }

  /** Head, rows, alignment and text columns after the narrow layout's folds. */
  private folded(): { head: string[]; rows: TableCell[][]; align: ("left" | "right")[]; text: Set<number> } {
    const head = [...this.head];
    const rows = this.rows.map((row) => [...row]);
    const align = head.map((_, i) => this.layout.align?.[i] ?? "left");
    // Folded in the order given (so several under one column keep that order), then the moved columns go.
    const folds = Object.entries(this.layout.foldUnder ?? {}).map(([from, to]) => [Number(from), to] as const);
    const gone = folds.map(([from]) => from).sort((a, b) => b - a);
    for (const row of rows) {
      if (row.length < head.length) {
        // A row spanning columns loses the moved columns from its span.
        const last = row[row.length - 1]!;
        if (typeof last !== "string") row[row.length - 1] = { ...last, colSpan: last.colSpan - gone.length };
        continue;
      }
      for (const [from, to] of folds) {
        const moved = cellText(row[from]!);
        if (moved.trim()) row[to] = `${cellText(row[to]!)}\n${moved.split("\n").map((line) => this.paint.dim(line)).join("\n")}`;
      }
      for (const from of gone) row.splice(from, 1);
    }
    for (const from of gone) {
      head.splice(from, 1);
      align.splice(from, 1);
    }
    const kept = this.head.map((_, i) => i).filter((i) => !gone.includes(i));
    const text = new Set(kept.flatMap((original, now) => (this.layout.text?.includes(original) ? [now] : [])));
    return { head, rows, align, text };
  }
}

/** A terminal table in gongshi's style; `layout.width` lets it narrow to fit a terminal. */
export function textTable(paint: ChalkInstance, head: readonly string[], layout: TableLayout = {}): TextTable {
  return new TextTable(paint, head, layout);
}

function cellText(cell: TableCell): string {
  return typeof cell === "string" ? cell : cell.content;
}

function widest(text: string): number {
  return Math.max(0, ...text.split("\n").map(displayWidth));
}

function wrapCell(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => wrapLine(line, width))
    .join("\n");
}

/**
 * Content widths for a narrow layout within `available` columns, or undefined when even the narrowest
 * does not fit. Figures keep their full width; text columns share what is left, the widest giving way
 * first, none narrower than its longest unbreakable piece. Headers of figures break only if they must.
 */
function columnWidths(head: readonly string[], rows: readonly TableCell[][], text: ReadonlySet<number>, available: number): number[] | undefined {
  const cells = (i: number) => rows.filter((row) => row.length === head.length).map((row) => cellText(row[i]!));
  const natural = head.map((h, i) => Math.max(widest(h), ...cells(i).map(widest)));
  const body = head.map((_, i) => Math.max(0, ...cells(i).map(widest)));
  const least = head.map((h, i) => Math.max(longestUnbreakable(h), ...cells(i).map(longestUnbreakable)));
  const textColumns = head.map((_, i) => i).filter((i) => text.has(i));
  const textLeast = textColumns.reduce((sum, i) => sum + least[i]!, 0);
  const figures = head.map((_, i) => i).filter((i) => !text.has(i));
  // Whole headers over figures if they fit, else headers that break too.
  let widths = head.map((_, i) => (text.has(i) ? least[i]! : natural[i]!));
  if (figures.reduce((sum, i) => sum + widths[i]!, 0) + textLeast > available) {
    widths = head.map((_, i) => (text.has(i) ? least[i]! : Math.max(body[i]!, least[i]!)));
    if (figures.reduce((sum, i) => sum + widths[i]!, 0) + textLeast > available) return undefined;
  }
  const forText = available - figures.reduce((sum, i) => sum + widths[i]!, 0);
  // The largest cap such that every text column at min(natural, max(least, cap)) fits.
  const total = (cap: number) => textColumns.reduce((sum, i) => sum + Math.min(natural[i]!, Math.max(least[i]!, cap)), 0);
  let low = 0;
  let high = Math.max(0, ...textColumns.map((i) => natural[i]!));
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (total(middle) <= forText) low = middle;
    else high = middle - 1;
  }
  for (const i of textColumns) widths[i] = Math.min(natural[i]!, Math.max(least[i]!, low));
  return widths;
}
