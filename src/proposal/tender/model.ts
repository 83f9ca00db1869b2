import type { Localized } from "../../i18n/lang.js";
import type { YamlPath } from "../../source/yaml-source.js";
import type { Comparison } from "./grammar.js";

/** What a requirement is measured on in a proposal. */
export type Measure =
  /** How many of these items (table item codes, or customKey(name) for a service outside the table). */
  | { kind: "count"; keys: string[] }
  /** The plan's total service hours. */
  | { kind: "hours" }
  /** 服务人次: participants × times, plus visits, consultations and cases (stated in the README). */
  | { kind: "beneficiaries" }
  /** A figure of each unit of some items: sessions of each group, members of each group, minutes of each lecture. */
  | { kind: "each"; keys: string[]; quantity: "sessions" | "participants" | "minutes" }
  /** Something a plan cannot show (a rate, a satisfaction score, distinct people): a person checks it at evaluation. */
  | { kind: "uncheckable"; why: "rate" | "people" };

/** One requirement of a tender sentence, read and tied to what it measures. */
export interface Indicator {
  /** The sentence as the tender has it. */
  text: string;
  /** The requirement's own words, e.g. "每个小组不少于4节". */
  clause: string;
  comparison: Comparison;
  value: number;
  /** The upper end of a range ("4000-6000小时"). */
  upper?: number;
  unit: string;
  measure: Measure;
  /** What is measured, in words, e.g. "小组准备工作（数量）", "每个（小组准备工作）的节数". */
  label: Localized;
  /** True when the evaluator said what the words count (`counts`), not gongshi's vocabulary. */
  mapped: boolean;
}

export type UnreadReason = "no-requirement" | "number" | "unknown-subject" | "not-activity" | "unit-mismatch" | "ambiguous" | "no-unit-owner" | "per-period";

/** A sentence, or a part of one, that gongshi does not understand: a person must read it. */
export interface UnreadPart {
  path: YamlPath;
  text: string;
  part: string;
  reason: UnreadReason;
  /** The unit and measure a unit mismatch is about. */
  unit?: string;
  measure?: string;
}

/** The tender's sentences as read: each requirement one indicator, at its sentence's line. */
export interface Tender {
  name?: string;
  indicators: { indicator: Indicator; path: YamlPath }[];
  unread: UnreadPart[];
}
