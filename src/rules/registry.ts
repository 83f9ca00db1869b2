import { ENGINE_RULES } from "../engine/engine-rules.js";
import type { Rule } from "../engine/rule.js";
import activitySize from "./activity-size.js";
import budgetCeiling from "./budget-ceiling.js";
import caseProcess from "./case-process.js";
import { communityWorkersRural, communityWorkersUrban } from "./community-workers.js";
import consultationsPerSubject from "./consultations-per-subject.js";
import deliveryBehindSchedule from "./delivery-behind-schedule.js";
import fiveServices from "./five-services.js";
import generalActivityShare from "./general-activity-share.js";
import generalActivitySize from "./general-activity-size.js";
import groupProcess from "./group-process.js";
import hoursByProposal from "./hours-by-proposal.js";
import itemHoursBasis from "./item-hours-basis.js";
import { lectureDuration, lectureParticipants } from "./lecture.js";
import managementFeeCap from "./management-fee-cap.js";
import personnelShareMinimum from "./personnel-share-minimum.js";
import stationStaffing from "./station-staffing.js";
import supervisionGroupSize from "./supervision-group-size.js";
import supervisionRateCap from "./supervision-rate-cap.js";
import supervisionRatio from "./supervision-ratio.js";
import supervisionSessionHours from "./supervision-session-hours.js";
import supervisorQualification from "./supervisor-qualification.js";
import supervisorRequired from "./supervisor-required.js";
import tenderIndicator from "./tender-indicator.js";
import tenderIndicatorUnread from "./tender-indicator-unread.js";
import { workloadAboveCeiling, workloadBelowFloor } from "./workload-bounds.js";

/** Every rule gongshi knows. Adding a rule = one module + one line here; the engine knows none by name. */
export const RULES: readonly Rule[] = [
  // 苏政民社〔2016〕2号
  workloadBelowFloor,
  workloadAboveCeiling,
  itemHoursBasis,
  hoursByProposal,
  lectureDuration,
  lectureParticipants,
  activitySize,
  generalActivityShare,
  generalActivitySize,
  consultationsPerSubject,
  groupProcess,
  caseProcess,
  supervisionSessionHours,
  supervisionGroupSize,
  supervisionRateCap,
  deliveryBehindSchedule,
  // 资助方要求（budget.limits）与招标文件（tender.indicators）
  tenderIndicator,
  tenderIndicatorUnread,
  budgetCeiling,
  managementFeeCap,
  personnelShareMinimum,
  // DB51 社会救助社会工作服务指南
  supervisorRequired,
  supervisionRatio,
  supervisorQualification,
  fiveServices,
  // DB3701/T 36—2023
  stationStaffing,
  // MZ/T 071—2016
  communityWorkersUrban,
  communityWorkersRural,
];

/** Every rule a finding may name: the source documents' and the engine's own. */
export const ALL_RULES: readonly Rule[] = [...RULES, ...ENGINE_RULES];

const BY_ID = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export function isKnownRuleId(id: string): boolean {
  return BY_ID.has(id);
}
