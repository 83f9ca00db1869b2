/**
 * What MZ/T 071 8.2 names a service venue as having, and how a proposal's own words for its rooms and
 * equipment are matched to it ("个案辅导室" is a casework room, "笔记本电脑" a computer).
 */
import type { RuleContext, RuleReport } from "../engine/rule.js";
import { nameKey } from "../standard/names.js";

export interface Facility {
  name: string;
  /** Any of these in what the proposal wrote names this facility. */
  words: string[];
}

/** 8.2.1: 个案工作室、小组工作室、多功能活动室. */
export const ROOMS: readonly Facility[] = [
  { name: "个案工作室", words: ["个案"] },
  { name: "小组工作室", words: ["小组"] },
  { name: "多功能活动室", words: ["多功能"] },
];

/** 8.2.2: 计算机、录音、录像、音响等. */
export const EQUIPMENT: readonly Facility[] = [
  { name: "计算机", words: ["计算机", "电脑"] },
  { name: "录音", words: ["录音"] },
  { name: "录像", words: ["录像", "摄像"] },
  { name: "音响", words: ["音响", "音箱", "扩音"] },
];

/** Reports the facilities none of the listed names matches, or that the list is not given. */
export function checkFacilities(field: "rooms" | "equipment", wanted: readonly Facility[]) {
  return ({ proposal }: RuleContext, report: (finding: RuleReport) => void) => {
    const listed = proposal.management?.[field];
    if (listed === undefined) {
      report({ messageId: "unstated", path: proposal.management ? ["management"] : ["project"], at: "key", data: { wanted: wanted.map((f) => f.name).join("、") } });
      return;
    }
    const keys = listed.map(nameKey);
    const missing = wanted.filter((f) => !keys.some((key) => f.words.some((word) => key.includes(word))));
    if (missing.length > 0) report({ messageId: "missing", path: ["management", field], at: "key", data: { missing: missing.map((f) => f.name).join("、") } });
  };
}
