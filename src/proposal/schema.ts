/**
 * The proposal file as a person writes it (the input shape). Every object is strict so a misspelt
 * key is reported where it stands instead of being ignored. Which item a line names, and whether
 * its fields fit that item, is checked afterwards against the standard (resolve.ts), because that
 * depends on the table, which is data.
 */
import { z } from "../source/zod.js";
import { MAX_AMOUNT_YUAN } from "../exact/money.js";
import { decimalPlaces } from "../exact/rational.js";
import type { Localized } from "../i18n/lang.js";
import { PROJECT_KIND_ALIASES } from "../standard/project-kinds.js";
import { SERVICE_AREA_NAMES } from "../standard/service-areas.js";

const msg = (zh: string, en: string): { params: { message: Localized } } => ({ params: { message: { zh, en } } });

/** Largest count on one line: far above any real project, far below where arithmetic or Excel would suffer. */
export const MAX_COUNT = 1_000_000;
/**
 * The largest proposal accepted, besides its 5 MB (source/yaml-source.ts): 20,000 service lines, 5,000
 * budget lines, 1,000 entries in any other list. Real proposals have tens; the bounds keep every
 * command, and the workbook gongshi writes and reads back, within seconds and a few hundred MB
 * (`npm run bench` measures the largest), and they bound what a returned workbook may hold
 * (workbook-check/limits.ts).
 */
export const MAX_SERVICE_LINES = 20_000;
export const MAX_BUDGET_LINES = 5_000;
export const MAX_LIST = 1_000;
/** Hours, FTE and years are written with at most two decimals (0.25 FTE, 1.5 h). */
export const MAX_DECIMALS = 2;

const count = z
  .int()
  .min(0)
  .max(MAX_COUNT);

const positiveCount = z.int().min(1).max(MAX_COUNT);

/**
 * A decimal written with at most two places, at most `max`: checks zod states natively, so the JSON
 * Schema carries them too (multipleOf 0.01, maximum). The places are counted again on the text of the
 * number, which floating point cannot fool (1000000.0000000001 is a multiple of 0.01 to within rounding).
 */
function decimal(max: number) {
  return z
    .number()
    .max(max)
    .multipleOf(10 ** -MAX_DECIMALS, { abort: true })
    .refine((value) => decimalPlaces(value) <= MAX_DECIMALS, msg(`最多 ${MAX_DECIMALS} 位小数`, `at most ${MAX_DECIMALS} decimals`));
}

const nonEmptyText = z.string().trim().min(1).max(500);
/** A calendar date written YYYY-MM-DD (a day that exists: no 2026-02-30). */
const isoDate = z.iso.date();

/**
 * A certificate (社会工作者职业水平证书) or a social-work diploma of 大专 (专科) or above: the
 * qualifications MZ/T 071 8.1.1, DB3701/T 36 7.1.2 and DB51 8.1.1 name. A lower diploma is 无.
 */
export const QUALIFICATIONS = ["高级社会工作师", "社会工作师", "助理社会工作师", "社会工作专业大专及以上学历", "无"] as const;

const project = z
  .strictObject({
    name: nonEmptyText.meta({ title: "项目名称" }),
    organisation: nonEmptyText.optional().meta({ title: "承接机构" }),
    region: nonEmptyText.optional().meta({ title: "服务地区", description: "如 苏州市姑苏区双塔街道" }),
    kind: z
      .enum(Object.keys(PROJECT_KIND_ALIASES) as [string, ...string[]])
      .optional()
      .meta({ title: "项目类型", description: "社区 / 社会救助 / 社工站（community / social-assistance / station）" }),
    months: z.int().min(1).max(60).optional().meta({ title: "项目周期（月）", description: "与 period 二选一；默认 12" }),
    period: z
      .strictObject({ start: isoDate, end: isoDate })
      .optional()
      .meta({ title: "项目起止日期", description: "须为整月，如 2026-01-01 至 2026-12-31" }),
    standard: z.string().min(1).max(500).optional().meta({ title: "参考工时标准", description: "默认 suzhou-2016" }),
    public_holidays: z
      .int()
      .optional()
      .meta({ title: "公众假期天数", description: "11（苏州 2016 原文，默认）或 13（国务院令第 795 号，2025 年起）" }),
    follows: z
      .array(nonEmptyText)
      .min(1)
      .max(MAX_LIST)
      .optional()
      .meta({
        title: "适用的规范",
        description: "除苏州 2016 外另行适用的规范：DB51（四川社会救助）、DB3701/T 36（济南社工站）、MZ/T 071（社区社会工作）；项目类型也会自动带入",
      }),
    communities: z
      .strictObject({
        urban: count.optional().meta({ title: "城市社区数" }),
        rural: count.optional().meta({ title: "农村社区数" }),
      })
      .optional()
      .meta({ title: "服务的社区数", description: "MZ/T 071 8.1.3：每个城市社区至少配备一名社区社会工作者，农村社区宜配备一名" }),
  })
  .meta({ title: "项目" });

const member = z.strictObject({
  name: nonEmptyText.meta({ title: "姓名" }),
  role: nonEmptyText.optional().meta({ title: "岗位", description: "如 项目主管、社工、社工助理" }),
  fte: decimal(1)
    .positive()
    .optional()
    .meta({ title: "全职当量", description: "全职为 1，兼职按比例（如 0.5）；默认 1" }),
  qualification: z
    .enum(QUALIFICATIONS)
    .optional()
    .meta({ title: "资格", description: "社会工作者职业水平证书，或社会工作专业大专及以上学历；都没有写 无（不写则无法核对资格条款）" }),
  years: decimal(60).nonnegative().optional().meta({ title: "从业年限" }),
  assistance_training_hours: decimal(10_000)
    .nonnegative()
    .optional()
    .meta({ title: "社会救助社会工作专业培训学时（考核合格）", description: "DB51 8.1.1：没有证书或学历时，接受该培训 80 小时以上并考核合格亦可" }),
});

const staff = z
  .strictObject({
    fte: decimal(1000)
      .positive()
      .optional()
      .meta({ title: "要求配备的全职人员数（FTE）", description: "省略时为 members 的 fte 之和" }),
    members: z.array(member).min(1).max(MAX_LIST).optional().meta({ title: "人员名单" }),
  })
  .meta({ title: "人员" });

export const serviceEntrySchema = z
  .strictObject({
    item: nonEmptyText.optional().meta({ title: "参考工时表项目", description: "代码（如 case-intake）或中文名（如 接案）" }),
    bundle: nonEmptyText.optional().meta({ title: "整体写法", description: "个案 或 小组：一条写一组个案/小组，自动展开为各环节" }),
    custom: nonEmptyText.optional().meta({ title: "其他服务名称", description: "表外服务；须给出 hours 与 justification，或用 like 指明参照的表内项目" }),
    count: count.meta({ title: "数量", description: "次/案/节/小组/户/社区/项；整体写法时为个案数或小组数" }),
    sessions: positiveCount.optional().meta({ title: "每个个案/小组的节数" }),
    escort: z.boolean().optional().meta({ title: "是否需陪同（转介）" }),
    delivery: z.enum(["自行组织", "外聘专家"]).optional().meta({ title: "开展方式", description: "自行组织 或 外聘专家（工作坊、讲座）" }),
    participants: count.optional().meta({ title: "每次参与人数" }),
    minutes: positiveCount.optional().meta({ title: "每次时长（分钟）" }),
    samples: positiveCount.optional().meta({ title: "样本量（社区调研）" }),
    households: positiveCount.optional().meta({ title: "户数（社区资源调查）" }),
    community: z
      .union([nonEmptyText, z.array(nonEmptyText).min(1).max(MAX_LIST)])
      .optional()
      .meta({ title: "社区", description: "服务所在的社区；一条服务涉及几个社区时写列表，如 [金鸡湖社区, 湖东社区]（社区资源调查以社区为单位，列表长度须等于 count）" }),
    exclude: z.array(nonEmptyText).min(1).max(MAX_LIST).optional().meta({ title: "不计的环节", description: "如 [调研准备]" }),
    hours: decimal(10_000)
      .positive()
      .optional()
      .meta({ title: "每单位工时", description: "表中“根据实际情况计算”的项目与其他服务须给出" }),
    unit: nonEmptyText.optional().meta({ title: "单位（其他服务）" }),
    justification: nonEmptyText.optional().meta({ title: "工时测算依据" }),
    like: nonEmptyText.optional().meta({ title: "参照的表内项目" }),
    service: z
      .union([z.enum(SERVICE_AREA_NAMES), z.array(z.enum(SERVICE_AREA_NAMES)).min(1).max(MAX_LIST)])
      .optional()
      .meta({
        title: "所属服务内容",
        description:
          "可写一项或列表。社会救助五项服务：社会融入、能力提升、心理疏导、资源链接、宣传倡导；社工站（DB3701/T 36 4.1–4.11）：政策宣传咨询、社会救助、精神慰藉、能力提升、社会支持、危机干预、权益维护、社会融入、社区参与、文体健康、环境保护；社区（MZ/T 071 5.1–5.7）：统筹社区照顾、扩大社区参与、促进社区融合、推动社区发展、参与社区矫正、参与社区戒毒社区康复、提供其他服务",
      }),
    subjects: positiveCount.optional().meta({ title: "咨询主题数", description: "专业咨询涉及的“服务对象 + 主题”数；同一主题一般不超过 3 次" }),
    note: z.string().max(2000).optional().meta({ title: "备注" }),
  })
  .meta({ title: "服务项目" });

/** Money in yuan as written: at most two decimals (fen), up to ¥1,000,000,000 (resolve.ts also bounds each line and the sum). */
const yuan = decimal(MAX_AMOUNT_YUAN).nonnegative();

const supervisor = z.strictObject({
  name: nonEmptyText.meta({ title: "督导姓名" }),
  origin: z.enum(["本土", "境外", "local", "overseas"]).meta({ title: "本土或境外督导" }),
  years: decimal(60).nonnegative().meta({ title: "专业服务年限", description: "苏州 2016 第七节 5 督导费档次所用的年限" }),
  qualification: z.enum(QUALIFICATIONS).optional().meta({ title: "职业水平证书" }),
  rate: yuan.meta({ title: "督导费（元/小时）" }),
  assistance_years: decimal(60)
    .nonnegative()
    .optional()
    .meta({ title: "社会救助社会工作实务年限", description: "DB51 8.1.2 所说的年限（5 年以上且为社会工作师，或 7 年以上且为助理社会工作师）；不同于 years" }),
  continuing_education_hours: decimal(1000)
    .nonnegative()
    .optional()
    .meta({ title: "每年接受的继续教育学时", description: "DB51 8.1.2：每年不少于 90 学时" }),
});

const supervisionSession = z.strictObject({
  type: z.enum(["个别", "团体", "individual", "group"]).meta({ title: "督导方式", description: "个别督导 或 团体督导" }),
  count: positiveCount.meta({ title: "次数" }),
  hours: decimal(24)
    .positive()
    .meta({ title: "每次时长（小时）" }),
  supervisees: positiveCount.optional().meta({ title: "每次被督导人数（团体督导）" }),
  supervisor: nonEmptyText.optional().meta({ title: "督导（姓名）", description: "只有一名督导时可省略" }),
});

const supervision = z
  .strictObject({
    supervisors: z.array(supervisor).max(MAX_LIST).meta({ title: "督导者" }),
    supervisees: count
      .optional()
      .meta({
        title: "被督导人数",
        description: "接受督导的全部人数，可含实习生与志愿者（DB51 8.3.1；苏州 2016 第七节 1）；默认为人员名单人数（无名单时为 FTE 向上取整）",
      }),
    sessions: z.array(supervisionSession).max(MAX_LIST).optional().meta({ title: "督导安排" }),
    records: z.boolean().optional().meta({ title: "做好督导记录", description: "DB3701/T 36 7.1.4：定期督导并做好督导记录（个督记录、团督记录）" }),
  })
  .meta({ title: "督导" });

const percent = decimal(100).nonnegative();

const budgetLine = z.strictObject({
  category: nonEmptyText.meta({ title: "类别", description: "如 人员经费、活动经费、宣传费、交通费、办公费（可自拟）；督导费、管理费、税费由工具计算" }),
  item: nonEmptyText.meta({ title: "项目" }),
  unit_price: yuan.meta({ title: "单价（元）" }),
  unit: nonEmptyText.meta({ title: "单位", description: "如 人·月、次、份" }),
  quantity: decimal(1_000_000)
    .nonnegative()
    .meta({ title: "数量" }),
  note: z.string().max(2000).optional().meta({ title: "备注" }),
});

const budget = z
  .strictObject({
    management_fee_percent: percent.optional().meta({ title: "管理费比例（%）", description: "按直接费用（各类别合计，含督导费）计" }),
    tax_percent: percent.optional().meta({ title: "税率（%）", description: "按 直接费用 + 管理费 计" }),
    limits: z
      .strictObject({
        ceiling: yuan.optional().meta({ title: "项目总额上限（元）" }),
        max_management_fee_percent: percent.optional().meta({ title: "管理费占总额的最高比例（%）" }),
        min_personnel_percent: percent.optional().meta({ title: "人员经费占总额的最低比例（%）" }),
      })
      .optional()
      .meta({ title: "资助方要求", description: "招标文件或资助方设定的限额" }),
    lines: z.array(budgetLine).min(1).max(MAX_BUDGET_LINES).meta({ title: "预算明细" }),
    prepared_by: nonEmptyText.optional().meta({ title: "编制人", description: "写在导出的预算表末尾；不写则留空待手写" }),
    responsible: nonEmptyText.optional().meta({ title: "负责人", description: "承接机构负责人；写在导出的预算表末尾，不写则留空待手写" }),
    prepared_on: isoDate.optional().meta({ title: "编制日期", description: "YYYY-MM-DD；写在导出的预算表末尾，不写则留空待手写" }),
  })
  .meta({ title: "预算", description: "编制单位取 project.organisation" });

const indicator = z.union([
  nonEmptyText,
  z
    .strictObject({
      text: nonEmptyText.meta({ title: "招标文件的原句" }),
      counts: z
        .array(nonEmptyText)
        .min(1)
        .max(MAX_LIST)
        .optional()
        .meta({ title: "这句话计入的服务", description: "评估方写明句中的数量要求计入方案中的哪些服务（表内项目名称、个案/小组，或其他服务 custom 的名称），如 [社区大型活动, 社区中小型活动, 一般社区活动]" }),
    })
    .meta({ title: "招标指标（带计入口径）" }),
]);

const tender = z
  .strictObject({
    name: nonEmptyText.optional().meta({ title: "招标项目名称" }),
    activities: z
      .array(nonEmptyText)
      .min(1)
      .max(MAX_LIST)
      .optional()
      .meta({ title: "招标文件中“活动”所指的服务", description: "本招标文件各句中的“活动”计入哪些服务；默认 [社区大型活动, 社区中小型活动, 一般社区活动]" }),
    indicators: z
      .array(indicator)
      .min(1)
      .max(MAX_LIST)
      .meta({ title: "采购需求中的指标", description: "照抄招标文件的句子，如“个案不少于 1,000 个”“开展小组不少于3个（每个小组不少于4节，每节不少于6人）”“服务时数不超过 6000 小时”；读不懂的部分会提示由人工核对" }),
  })
  .meta({ title: "招标指标" });

const deliveryFields = {
  months_elapsed: z.int().min(1).max(60).meta({ title: "已执行月数" }),
  counts: z
    .record(z.string(), count)
    .refine((counts) => Object.keys(counts).length <= MAX_SERVICE_LINES, msg(`最多 ${MAX_SERVICE_LINES} 项`, `at most ${MAX_SERVICE_LINES} entries`))
    .meta({ title: "已完成数量", description: "按项目名称（或代码、其他服务名称）填写，如 探访: 350" }),
};

const delivery = z.strictObject(deliveryFields).meta({ title: "执行情况（中期/末期评估）" });

/** A delivery file of its own: names the proposal it reports on (a path relative to itself). */
export const deliveryFileSchema = z.strictObject({
  proposal: nonEmptyText.meta({ title: "方案文件（相对本文件的路径）" }),
  ...deliveryFields,
});

const management = z
  .strictObject({
    rooms: z
      .array(nonEmptyText)
      .min(1)
      .max(MAX_LIST)
      .optional()
      .meta({ title: "服务场所的功能室", description: "MZ/T 071 8.2.1：个案工作室、小组工作室、多功能活动室；DB3701/T 36 7.2.2：办公室、个案工作室、小组工作室" }),
    equipment: z
      .array(nonEmptyText)
      .min(1)
      .max(MAX_LIST)
      .optional()
      .meta({ title: "硬件设备", description: "MZ/T 071 8.2.2：计算机、录音、录像、音响等" }),
    records_years: decimal(100)
      .nonnegative()
      .optional()
      .meta({ title: "服务与财务资料保存年限", description: "DB3701/T 36 6.2.1：与评估相关的服务及财务资料需保存 5 年以上" }),
    self_evaluation: z.boolean().optional().meta({ title: "开展自我评估", description: "DB3701/T 36 6.2.5" }),
    third_party_evaluation: z.boolean().optional().meta({ title: "接受第三方评估", description: "DB3701/T 36 6.2.5" }),
    community_fund: z
      .strictObject({
        oversight: z.boolean().optional().meta({ title: "建立规范的使用和监管制度" }),
        disclosure: z
          .enum(["每月", "每季度", "每半年", "每年", "不公开"])
          .optional()
          .meta({ title: "使用情况向社会公开的频次" }),
      })
      .optional()
      .meta({ title: "社区公益金", description: "苏政民社〔2016〕2号 二 2：需建立规范的使用和监管制度，并将使用情况定期向社会公开" }),
  })
  .meta({ title: "服务管理与保障", description: "场所、设备、档案、评估与社区公益金：各规范中可核对的管理条款" });

const waiver = z.strictObject({
  rule: nonEmptyText.meta({ title: "规则编号" }),
  reason: nonEmptyText.meta({ title: "理由" }),
});

export const proposalSchema = z
  .strictObject({
    project,
    staff,
    services: z.array(serviceEntrySchema).min(1).max(MAX_SERVICE_LINES).meta({ title: "服务内容" }),
    supervision: supervision.optional(),
    management: management.optional(),
    budget: budget.optional(),
    tender: tender.optional(),
    delivery: delivery.optional(),
    waivers: z.array(waiver).max(MAX_LIST).optional().meta({ title: "豁免", description: "对某条规则的结果说明理由；结果仍会列出并标明已豁免" }),
  })
  .meta({ title: "gongshi 项目方案", description: "政府购买社会工作服务项目方案（服务量测算）" });

export type ProposalInput = z.output<typeof proposalSchema>;
export type ServiceEntryInput = z.output<typeof serviceEntrySchema>;
export type DeliveryInput = Pick<z.output<typeof deliveryFileSchema>, "months_elapsed" | "counts">;
