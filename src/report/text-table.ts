import type { ChalkInstance } from "chalk";
import Table from "cli-table3";

const NO_ROW_RULES = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };

export interface TableLayout {
  align?: ("left" | "right")[];
  /** Column widths; null lets cli-table3 size the column to its content. */
  widths?: (number | null)[];
  /** Rules between body rows (off by default: a line's details sit under it, dimmed). */
  rowRules?: boolean;
  /** Wrap long cells within their width instead of widening the column. */
  wrap?: boolean;
}

/** A terminal table in gongshi's style: bold headers, an uncoloured frame, and no rules between rows unless asked. */
export function textTable(paint: ChalkInstance, head: readonly string[], layout: TableLayout = {}): Table.Table {
  return new Table({
    head: head.map((h) => paint.bold(h)),
    style: { head: [], border: [] },
    ...(layout.rowRules ? {} : { chars: NO_ROW_RULES }),
    ...(layout.align ? { colAligns: layout.align } : {}),
    ...(layout.widths ? { colWidths: layout.widths } : {}),
    ...(layout.wrap ? { wordWrap: true } : {}),
  });
}
