/**
 * How a proposal file was read, when that was not as written: a Notepad "ANSI" (GB18030) file decoded with a
 * guess the reader should confirm, and numbers a Chinese input method typed in full-width digits. Both
 * keep the file usable; neither changes the file on disk.
 */
import { defineRule, type RuleContext } from "../engine/rule.js";
import type { SourceNotice, YamlSource } from "../source/yaml-source.js";
import { exampleProposal } from "./examples.js";

/** The files a proposal was read from: itself, and the delivery file beside it, if any. */
function sourcesOf({ proposal }: RuleContext): YamlSource[] {
  const delivery = proposal.delivery?.source;
  return delivery && delivery !== proposal.source ? [proposal.source, delivery] : [proposal.source];
}

function noticesOf<K extends SourceNotice["kind"]>(context: RuleContext, kind: K): { source: YamlSource; notice: Extract<SourceNotice, { kind: K }> }[] {
  return sourcesOf(context).flatMap((source) =>
    source.notices.filter((n): n is Extract<SourceNotice, { kind: K }> => n.kind === kind).map((notice) => ({ source, notice })),
  );
}

export const fullWidthDigits = defineRule({
  meta: {
    id: "full-width-digits",
    ruleSet: "gongshi",
    severity: "info",
    source: { clause: "输入", quote: "数字应以半角（英文状态）输入；全角数字按其数值读取，并提示所在位置。" },
    description: {
      zh: "数字是用全角数字写的（中文输入法的全角模式），已按其数值读取",
      en: "A number written in full-width digits (a Chinese input method in full-width mode), read as the number it spells",
    },
    messages: {
      read: {
        zh: "“{written}”是全角数字，已按 {value} 读取（中文输入法处于全角模式；可改为半角数字 {value}）",
        en: "“{written}” is written in full-width digits and was read as {value} (a Chinese input method in full-width mode; type {value} in half-width digits)",
      },
    },
    examples: {
      pass: exampleProposal(),
      fail: exampleProposal({ services: "  - item: 专业咨询\n    count: １３７２" }),
      reports: [{ messageId: "read", line: 8, column: 12 }],
    },
  },
  check(context, report) {
    for (const { source, notice } of noticesOf(context, "full-width-number")) {
      report({ messageId: "read", path: notice.path, source, data: { written: notice.written, value: String(notice.value) } });
    }
  },
});

export const fileEncoding = defineRule({
  meta: {
    id: "file-encoding",
    ruleSet: "gongshi",
    severity: "warning",
    source: { clause: "输入", quote: "方案文件应为 UTF-8 编码；记事本“ANSI”或 WPS 保存的 GB18030（GBK）文件照常读取，但须提醒另存为 UTF-8。" },
    description: {
      zh: "文件不是 UTF-8，而是按 GB18030（GBK）读取的；文件本身没有改动",
      en: "The file is not UTF-8 and was read as GB18030 (GBK); the file itself is unchanged",
    },
    messages: {
      legacy: {
        zh: "文件不是 UTF-8 编码，已按 {encoding}读取（文件本身未改动）；若报告中方案的中文显示为乱码，说明编码猜错了。建议另存为 UTF-8：记事本“另存为”时“编码”选“UTF-8”，WPS 另存为纯文本时选“UTF-8”",
        en: "the file is not UTF-8 and was read as {encoding} (the file itself is unchanged); if the proposal's Chinese text looks garbled in this report, that guess was wrong. Save it as UTF-8: Notepad's Save As with Encoding “UTF-8”, or WPS's plain-text Save As with “UTF-8”",
      },
    },
    // An encoding cannot be shown in a text example: tests/windows.test.ts reads real GB18030 bytes.
    examples: { pass: "", fail: "", reports: [] },
  },
  check(context, report) {
    for (const { source, notice } of noticesOf(context, "legacy-encoding")) {
      report({ messageId: "legacy", path: notice.path, position: notice.position, source, data: { encoding: "GB18030（GBK）" } });
    }
  },
});
