import type { Rational } from "../exact/rational.js";
import type { YamlPath, YamlSource } from "../source/yaml-source.js";
import type { Bundle, Standard, StandardItem, Substep, VariantOption } from "../standard/model.js";
import type { Fen } from "../exact/money.js";
import type { ProjectKind } from "../standard/project-kinds.js";
import type { QUALIFICATIONS } from "./schema.js";
import type { Tender } from "./tender/model.js";

export type { Tender } from "./tender/model.js";

/** A proposal after validation and resolution against its standard: every name found, every field fitting its item. */
export interface Proposal {
  file: string;
  source: YamlSource;
  standard: Standard;
  project: ProjectInfo;
  staff: Staff;
  /** Public holidays used for the annual hours: the standard's default, the proposal's choice, or --holidays. */
  publicHolidays: number;
  entries: ServiceEntry[];
  supervision?: Supervision;
  management?: Management;
  budget?: BudgetInput;
  tender?: Tender;
  delivery?: Delivery;
  waivers: Waiver[];
}

/** The budget as the proposal states it, in fen, before anything is computed. */
export interface BudgetInput {
  managementFeePercent?: Rational;
  taxPercent?: Rational;
  limits: { ceiling?: Fen; maxManagementFeePercent?: Rational; minPersonnelPercent?: Rational };
  lines: BudgetInputLine[];
  /** Who signs the budget sheet, as the proposal says (编制人、负责人、编制日期 YYYY-MM-DD); 编制单位 is the project's organisation. */
  signatures: { preparedBy?: string; responsible?: string; preparedOn?: string };
}

export interface BudgetInputLine {
  index: number;
  path: YamlPath;
  category: string;
  item: string;
  unitPrice: Fen;
  unit: string;
  quantity: Rational;
  note?: string;
}

/** Categories the tool computes itself; a proposal may not write lines in them. */
export const COMPUTED_CATEGORIES = ["督导费", "管理费", "税费"] as const;

/** What was delivered by a point in the project (mid-term or final evaluation), per item. */
export interface Delivery {
  /** The file the delivery was written in: the proposal itself, or a delivery file that names it. */
  source: YamlSource;
  /** Path of the delivery section within that file ([] for a delivery file). */
  path: YamlPath;
  monthsElapsed: number;
  items: DeliveredItem[];
}

export interface DeliveredItem {
  /** A table item code, or customKey(name) for a service outside the table. */
  key: string;
  name: string;
  count: number;
  path: YamlPath;
}

export type Qualification = (typeof QUALIFICATIONS)[number];

/** What the proposal says of its rooms, equipment, records, evaluations and community fund; a field not written is unknown. */
export interface Management {
  rooms?: string[];
  equipment?: string[];
  recordsYears?: number;
  selfEvaluation?: boolean;
  thirdPartyEvaluation?: boolean;
  communityFund?: { oversight?: boolean; disclosure?: string };
}

export interface Supervision {
  supervisors: Supervisor[];
  /** People receiving supervision: as given, else the staff list's length, else FTE rounded up. */
  supervisees: number;
  superviseesGiven: boolean;
  sessions: SupervisionSession[];
  /** Whether supervision records are kept; undefined when the proposal does not say. */
  records?: boolean;
}

export interface Supervisor {
  index: number;
  path: YamlPath;
  name: string;
  origin: "local" | "overseas";
  years: number;
  qualification?: Qualification;
  /** Hourly rate asked, in fen. */
  rate: Fen;
  /** Years of social-assistance social-work practice (DB51 8.1.2), apart from years of professional service. */
  assistanceYears?: number;
  /** Hours of continuing education a year (DB51 8.1.2). */
  continuingEducationHours?: number;
}

export interface SupervisionSession {
  index: number;
  path: YamlPath;
  type: "individual" | "group";
  count: number;
  hoursEach: Rational;
  /** Supervisees per group session. */
  supervisees?: number;
  supervisor?: Supervisor;
}

/** A finding the proposal accepts, with the reason an evaluator will read. */
export interface Waiver {
  index: number;
  path: YamlPath;
  rule: string;
  reason: string;
}

export interface ProjectInfo {
  name: string;
  organisation?: string;
  region?: string;
  kind?: ProjectKind;
  months: number;
  period?: { start: string; end: string };
  /** Rule sets named in project.follows (ids as written; matched to rule sets by the engine). */
  follows: string[];
  communities?: { urban: number; rural: number };
}

export interface Staff {
  /** Full-time equivalents the project is required to have (四（一）3). */
  fte: Rational;
  members: StaffMember[];
}

export interface StaffMember {
  index: number;
  path: YamlPath;
  name: string;
  role?: string;
  fte: Rational;
  qualification?: Qualification;
  years?: number;
  /** Hours of social-assistance social-work training passed (DB51 8.1.1). */
  assistanceTrainingHours?: number;
}

interface EntryBase {
  /** Position of the entry in `services`, and its YAML path, for findings. */
  index: number;
  path: YamlPath;
  count: number;
  participants?: number;
  minutes?: number;
  /** The communities the entry serves, as named; empty when it names none (the project's own area). */
  communities: string[];
  /** The service contents the entry delivers, by the names the documents use (standard/service-areas.ts). */
  services: string[];
  /** For consultations: distinct client-and-topic pairs. */
  subjects?: number;
  note?: string;
}

/** One line of the reference table. */
export interface TableEntry extends EntryBase {
  kind: "table";
  item: StandardItem;
  variant?: VariantOption;
  /** Sub-steps the proposal itself excludes (overlap is decided by the calculation, not here). */
  excluded: Substep[];
  /** Work inside a sub-step the proposal excludes though the table gives it no hours of its own; path is the exclude element. */
  excludedParts: { step: Substep; part: string; path: YamlPath }[];
  samples?: number;
  households?: number;
  /** Hours per unit the proposal gives, for items without fixed table hours. */
  hours?: Rational;
  justification?: string;
  like?: StandardItem;
  /** The rate of the item it is like, when that item has two. */
  likeVariant?: VariantOption;
}

/** A case or a group written as one entry; the calculation expands it into table items. */
export interface BundleEntry extends EntryBase {
  kind: "bundle";
  bundle: Bundle;
  sessions: number;
}

/** A service outside the table (三 2). */
export interface CustomEntry extends EntryBase {
  kind: "custom";
  name: string;
  unit: string;
  hours?: Rational;
  justification?: string;
  like?: StandardItem;
  /** The rate of the item it is like, when that item has two. */
  likeVariant?: VariantOption;
}

export type ServiceEntry = TableEntry | BundleEntry | CustomEntry;

/** The key a service outside the table is counted under (a table item is counted under its code). */
export function customKey(name: string): string {
  return `custom:${name}`;
}
