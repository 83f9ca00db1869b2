import { Rational } from "../exact/rational.js";

/** The reference-hour table as the calculation uses it: validated, with exact hours. */
export interface Standard {
  id: string;
  name: string;
  shortName: string;
  document: string;
  file: string;
  /** The text of the file it was read from: a workbook carries it, so the workbook can be checked without the file. */
  text: string;
  annualHours: AnnualHoursParameters;
  holidayOptions: { days: number; basis: string }[];
  boundsClause: { clause: string; quote: string };
  interpretations: Map<string, string>;
  items: StandardItem[];
  otherServices: { clause: string; quote: string };
  bundles: Bundle[];
  /** Names that could mean more than one item (社区活动: 大型 or 中小型), with the items they could mean. */
  ambiguousNames: { name: string; items: StandardItem[] }[];
  /** Supervision limits and fee caps, when the standard sets them. */
  supervision?: SupervisionLimits;
}

export interface SupervisionLimits {
  individual: { clause: string; quote: string; maxHours: Rational };
  group: { clause: string; quote: string; maxHours: Rational; minSupervisees: number; maxSupervisees: number };
  fees: { clause: string; quote: string; tiers: FeeTier[] };
}

export interface FeeTier {
  origin: "local" | "overseas";
  minYears: number;
  /** Cap in fen per hour. */
  maxRate: number;
  label: string;
}

/** The fee tier a supervisor falls in: the highest threshold their years reach, for their origin. */
export function feeTierFor(limits: SupervisionLimits, origin: "local" | "overseas", years: number): FeeTier | undefined {
  return limits.fees.tiers
    .filter((tier) => tier.origin === origin && years >= tier.minYears)
    .sort((a, b) => b.minYears - a.minYears)[0];
}

export interface AnnualHoursParameters {
  clause: string;
  quote: string;
  daysPerYear: number;
  publicHolidays: number;
  weekendDays: number;
  annualLeaveDays: number;
  hoursPerDay: Rational;
  directServiceShare: Rational;
}

export interface StandardItem {
  no: number;
  code: string;
  name: string;
  fullName: string;
  aliases: string[];
  category: string;
  unit: string;
  clause: string;
  /** Fixed hours per unit; null for items the table says are "根据实际情况计算". */
  hours: Rational | null;
  hoursRule?: string;
  variants?: { by: "escort" | "delivery"; options: VariantOption[] };
  scale?: { by: "samples" | "households"; per: number; label: string; interpretation: string };
  substeps?: Substep[];
}

export interface VariantOption {
  value: boolean | string;
  name: string;
  hours: Rational;
}

export interface Substep {
  code: string;
  name: string;
  fullName: string;
  aliases: string[];
  hours: Rational;
  /** Not counted again when the same project has this item for the same community. */
  notCountedWith?: string;
  /** Work named inside the step without hours of its own: excluding it leaves the step's hours as they are. */
  includes: string[];
}

export interface Bundle {
  code: string;
  name: string;
  aliases: string[];
  unit: string;
  perUnit: string[];
  perSession: string;
  clause: string;
}

/** Annual hours and direct-service hours per full-time worker, derived from the parameters (四（一）1、2). */
export interface AnnualHours {
  publicHolidays: number;
  workingDays: number;
  annual: Rational;
  direct: Rational;
}

export function annualHoursFor(params: AnnualHoursParameters, publicHolidays = params.publicHolidays): AnnualHours {
  const workingDays = params.daysPerYear - publicHolidays - params.weekendDays - params.annualLeaveDays;
  const annual = Rational.of(workingDays).mul(params.hoursPerDay);
  return { publicHolidays, workingDays, annual, direct: annual.mul(params.directServiceShare) };
}

export function findItem(standard: Standard, code: string): StandardItem | undefined {
  return standard.items.find((item) => item.code === code);
}
