/**
 * The service contents each document lists, by name, so that a service entry can say which it delivers
 * (`service:`) and a rule can say which a project leaves out. Every list is open ("等", "包括但不限于"):
 * leaving one out is information for the evaluator, never a fault.
 */
/** 民发〔2015〕88号 五项服务内容; DB51 3.1 and 6.1–6.5. */
export const FIVE_SERVICES = ["社会融入", "能力提升", "心理疏导", "资源链接", "宣传倡导"] as const;

/** DB3701/T 36—2023 4.1–4.11. */
export const STATION_SERVICE_AREAS = [
  "政策宣传咨询",
  "社会救助",
  "精神慰藉",
  "能力提升",
  "社会支持",
  "危机干预",
  "权益维护",
  "社会融入",
  "社区参与",
  "文体健康",
  "环境保护",
] as const;

/** MZ/T 071—2016 5.1–5.7. */
export const COMMUNITY_SERVICE_AREAS = [
  "统筹社区照顾",
  "扩大社区参与",
  "促进社区融合",
  "推动社区发展",
  "参与社区矫正",
  "参与社区戒毒社区康复",
  "提供其他服务",
] as const;

/** Every name a service entry may carry, each once (能力提升 and 社会融入 are in two lists). */
export const SERVICE_AREA_NAMES = [...new Set<string>([...FIVE_SERVICES, ...STATION_SERVICE_AREAS, ...COMMUNITY_SERVICE_AREAS])] as [string, ...string[]];
