/**
 * Terminal tables in gongshi's style (bold headers, an uncoloured frame, no rules between rows unless
 * asked): the frame cli-table3 draws (tests/text-table.test.ts holds the two side by side), drawn here in
 * one pass over the cells, so a table of 60,000 lines costs 10 times one of 6,000 (cli-table3 lays a table
 * out in time that grows with the square of its rows) and a small one costs well under a millisecond.
 *
 * Text is never cut: a cell wider than its column breaks across lines the way Chinese text breaks
 * (fit.ts), where cli-table3 would end it with "…". Output that is not a terminal, and a terminal wide
 * enough, get the table at its usual widths. A narrower terminal gets a narrow layout: columns named in
 * `foldUnder` move under another column, text columns break across lines (the widest first), figures never
 * break; if even that cannot fit, each row becomes a small block of "header：value" lines.
 */
import type { ChalkInstance } from "chalk";
import { displayWidth } from "../i18n/width.js";
import { longestUnbreakable, wrapLine } from "./fit.js";

export interface TableLayout {
  align?: ("left" | "right")[];
  /** Column widths, one space of padding each side included (as cli-table3 counts them); null sizes the column to its content. */
  widths?: (number | null)[];
  /** Rules between body rows (off by default: a line's details sit under it, dimmed). */
  rowRules?: boolean;
  /** The terminal's width; without one (output that is not a terminal) the table is drawn at its usual widths. */
  width?: number;
  /** Columns of text, which may break across lines in a narrow layout; the others (figures) never do. */
  text?: number[];
  /** In a narrow layout, columns moved under another one, dimmed: `{ 2: 1 }` puts column 2 under column 1. */
  foldUnder?: Record<number, number>;
}

/** A cell: text, or text spanning several columns (a category heading across the whole table). */
export type TableCell = string | { content: string; colSpan: number };

/** A cell laid out: its lines, and how many columns it spans. */
interface Laid {
  lines: string[];
  span: number;
}

export class TextTable {
  private readonly rows: TableCell[][] = [];

  constructor(
    private readonly paint: ChalkInstance,
    private readonly head: readonly string[],
    private readonly layout: TableLayout,
  ) {}

  push(...rows: TableCell[][]): void {
    for (const row of rows) this.rows.push(row);
  }

  toString(): string {
    const { width } = this.layout;
    const widths = this.usualWidths();
    if (width === undefined || tableWidth(widths) <= width) return this.drawAt(this.head, this.rows, widths, this.layout.align ?? []);
    return this.drawNarrow(width);
  }

  /**
   * Content widths as given, or as wide as the column's widest line; a spanning cell wider than the columns
   * it spans widens those sized to their content, sharing out the difference as cli-table3 does.
   */
  private usualWidths(): number[] {
    const given = this.layout.widths ?? [];
    const fixed = (i: number) => typeof given[i] === "number";
    const widths = this.head.map((h, i) => {
      if (fixed(i)) return Math.max(0, given[i]! - 2);
      let widest = widestLine(h);
      for (const row of this.rows) if (row.length === this.head.length) widest = Math.max(widest, widestLine(cellText(row[i]!)));
      return widest;
    });
    for (let r = this.rows.length - 1; r >= 0; r--) {
      let column = 0;
      for (const cell of this.rows[r]!) {
        if (typeof cell === "string") {
          column++;
          continue;
        }
        const spanned = Array.from({ length: cell.colSpan }, (_, k) => column + k);
        let room = spanned.reduce((sum, i) => sum + widths[i]! + 3, -3);
        const wanted = widestLine(cell.content);
        let editable = spanned.filter((i) => !fixed(i)).length;
        for (const i of spanned) {
          if (editable === 0 || wanted <= room) break;
          if (fixed(i)) continue;
          const more = Math.round((wanted - room) / editable--);
          widths[i]! += more;
          room += more;
        }
        column += cell.colSpan;
      }
    }
    return widths;
  }

  /** Every cell broken to its column's width (a cell that fits is left as it is), then framed. */
  private drawAt(head: readonly string[], rows: readonly TableCell[][], widths: readonly number[], align: readonly ("left" | "right")[]): string {
    const lay = (row: readonly TableCell[]): Laid[] => {
      let column = 0;
      return row.map((cell) => {
        const span = typeof cell === "string" ? 1 : cell.colSpan;
        let room = 3 * (span - 1);
        for (let i = column; i < column + span; i++) room += widths[i]!;
        column += span;
        return { lines: wrapCell(cellText(cell), room), span };
      });
    };
    const bold = head.map((h) => this.paint.bold(h));
    return frame([lay(bold), ...rows.map(lay)], widths, align, this.layout.rowRules === true);
  }

  private drawNarrow(width: number): string {
    const { head, rows, align, text } = this.folded();
    const widths = columnWidths(head, rows, text, width - (head.length + 1) - 2 * head.length);
    if (!widths) return this.drawStacked(head, rows, width);
    return this.drawAt(head, rows, widths, align);
  }

  /**
   * The last resort for a very narrow terminal: each row as a title (its first cell, and the second too
   * when the first is only a number), the title's details under it, then "header：value" lines.
   */
  private drawStacked(head: readonly string[], rows: readonly TableCell[][], width: number): string {
    const out: string[] = [];
    const push = (line: string, indent: string) => {
      for (const piece of wrapLine(indent + line, width, `${indent}  `)) out.push(piece);
    };
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

const BOX = { top: "─", vertical: "│", topLeft: "┌", topMid: "┬", topRight: "┐", leftMid: "├", midMid: "┼", rightMid: "┤", bottomLeft: "└", bottomMid: "┴", bottomRight: "┘" };

/** Columns (1 … n-1) whose left border a row's spanning cells cover. */
function covered(row: readonly Laid[]): Set<number> {
  const inside = new Set<number>();
  let column = 0;
  for (const cell of row) {
    for (let i = 1; i < cell.span; i++) inside.add(column + i);
    column += cell.span;
  }
  return inside;
}

/** A horizontal line of the frame; `above` and `below` are the columns spans cover on either side. */
function rule(widths: readonly number[], ends: [string, string], above: Set<number>, below: Set<number>): string {
  let line = ends[0];
  widths.forEach((w, i) => {
    if (i > 0) line += below.has(i) ? (above.has(i) ? BOX.top : BOX.bottomMid) : above.has(i) ? BOX.topMid : BOX.midMid;
    line += BOX.top.repeat(w + 2);
  });
  return line + ends[1];
}

/** The rows (the head first) inside the frame, each cell padded to its width and aligned. */
function frame(rows: readonly Laid[][], widths: readonly number[], align: readonly ("left" | "right")[], rowRules: boolean): string {
  const none = new Set<number>();
  const out: string[] = [];
  let above: Set<number> | undefined;
  for (const row of rows) {
    const below = covered(row);
    if (above === undefined) out.push(rule(widths, [BOX.topLeft, BOX.topRight], below, below).replaceAll(BOX.midMid, BOX.topMid));
    else if (rowRules) out.push(rule(widths, [BOX.leftMid, BOX.rightMid], above, below));
    const height = Math.max(1, ...row.map((cell) => cell.lines.length));
    for (let n = 0; n < height; n++) {
      let line = "";
      let column = 0;
      for (const cell of row) {
        let room = 3 * (cell.span - 1);
        for (let i = column; i < column + cell.span; i++) room += widths[i]!;
        const text = cell.lines[n] ?? "";
        const pad = " ".repeat(Math.max(0, room - displayWidth(text)));
        line += `${BOX.vertical} ${align[column] === "right" ? pad + text : text + pad} `;
        column += cell.span;
      }
      out.push(line + BOX.vertical);
    }
    above = below;
  }
  const last = above ?? none;
  out.push(rule(widths, [BOX.bottomLeft, BOX.bottomRight], last, last).replaceAll(BOX.midMid, BOX.bottomMid));
  return out.join("\n");
}

/** The width of the whole table: content, a space of padding each side, the borders. */
function tableWidth(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + w + 3, 1);
}

function cellText(cell: TableCell): string {
  return typeof cell === "string" ? cell : cell.content;
}

function widestLine(text: string): number {
  let widest = 0;
  for (const line of text.split("\n")) widest = Math.max(widest, displayWidth(line));
  return widest;
}

function wrapCell(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const line of text.split("\n")) for (const piece of wrapLine(line, width)) lines.push(piece);
  return lines;
}

/**
 * Content widths for a narrow layout within `available` columns, or undefined when even the narrowest
 * does not fit. Figures keep their full width; text columns share what is left, the widest giving way
 * first, none narrower than its longest unbreakable piece. Headers of figures break only if they must.
 */
function columnWidths(head: readonly string[], rows: readonly TableCell[][], text: ReadonlySet<number>, available: number): number[] | undefined {
  const natural = head.map(widestLine);
  const body = head.map(() => 0);
  const least = head.map(longestUnbreakable);
  for (const row of rows) {
    if (row.length !== head.length) continue;
    row.forEach((cell, i) => {
      const content = cellText(cell);
      const widest = widestLine(content);
      natural[i] = Math.max(natural[i]!, widest);
      body[i] = Math.max(body[i]!, widest);
      least[i] = Math.max(least[i]!, longestUnbreakable(content));
    });
  }
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
  let high = textColumns.reduce((most, i) => Math.max(most, natural[i]!), 0);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (total(middle) <= forText) low = middle;
    else high = middle - 1;
  }
  for (const i of textColumns) widths[i] = Math.min(natural[i]!, Math.max(least[i]!, low));
  return widths;
}
