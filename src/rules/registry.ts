import { ENGINE_RULES } from "../engine/engine-rules.js";
import type { Rule } from "../engine/rule.js";
import activitySize from "./activity-size.js";
import assistanceWorkerQualification from "./assistance-worker-qualification.js";
import budgetCeiling from "./budget-ceiling.js";
import caseProcess from "./case-process.js";
import communityFundOversight from "./community-fund-oversight.js";
import communityServiceAreas from "./community-service-areas.js";
import communityWorkerQualification from "./community-worker-qualification.js";
import { communityWorkersRural, communityWorkersUrban } from "./community-workers.js";
import consultationsPerSubject from "./consultations-per-subject.js";
import { deliveryAboveCeiling, deliveryBehindSchedule } from "./delivery-pace.js";
import excludePartNotSplit from "./exclude-part-not-split.js";
import fiveServices from "./five-services.js";
import generalActivityShare from "./general-activity-share.js";
import generalActivitySize from "./general-activity-size.js";
import groupProcess from "./group-process.js";
import hoursByProposal from "./hours-by-proposal.js";
import indirectWork from "./indirect-work.js";
import { fileEncoding, fullWidthDigits } from "./input-notices.js";
import itemHoursBasis from "./item-hours-basis.js";
import { lectureDuration, lectureParticipants } from "./lecture.js";
import managementFeeCap from "./management-fee-cap.js";
import personnelShareMinimum from "./personnel-share-minimum.js";
import recordsRetention from "./records-retention.js";
import serviceEquipment from "./service-equipment.js";
import serviceRooms from "./service-rooms.js";
import stationEvaluation from "./station-evaluation.js";
import stationServiceAreas from "./station-service-areas.js";
import stationStaffing from "./station-staffing.js";
import stationSupervision from "./station-supervision.js";
import stationWorkerQualification from "./station-worker-qualification.js";
import supervisionCoverage from "./supervision-coverage.js";
import supervisionGroupSize from "./supervision-group-size.js";
import supervisionRateCap from "./supervision-rate-cap.js";
import supervisionRatio from "./supervision-ratio.js";
import supervisionSessionHours from "./supervision-session-hours.js";
import supervisorContinuingEducation from "./supervisor-continuing-education.js";
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
  excludePartNotSplit,
  indirectWork,
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
  communityFundOversight,
  deliveryBehindSchedule,
  deliveryAboveCeiling,
  // 资助方要求（budget.limits）与招标文件（tender.indicators）
  tenderIndicator,
  tenderIndicatorUnread,
  budgetCeiling,
  managementFeeCap,
  personnelShareMinimum,
  // gongshi：读取方案文件（编码、全角数字）
  fileEncoding,
  fullWidthDigits,
  // DB51 社会救助社会工作服务指南（征求意见稿）
  supervisorRequired,
  supervisionRatio,
  supervisorQualification,
  supervisorContinuingEducation,
  assistanceWorkerQualification,
  fiveServices,
  // DB3701/T 36—2023
  stationStaffing,
  stationWorkerQualification,
  stationSupervision,
  recordsRetention,
  stationEvaluation,
  stationServiceAreas,
  // MZ/T 071—2016
  communityWorkersUrban,
  communityWorkersRural,
  communityWorkerQualification,
  supervisionCoverage,
  serviceRooms,
  serviceEquipment,
  communityServiceAreas,
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
