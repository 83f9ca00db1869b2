import { z } from "../source/zod.js";

/** The shape of a reference-hour table file in templates/standards/. Strict: a typo is an error, not a silent default. */
const text = z.string().trim().min(1);
const hours = z.number().nonnegative().finite();
const code = z.string().refine((value) => /^[a-z][a-z0-9-]*$/.test(value), {
  params: { message: { zh: "代码只能由小写字母、数字和连字符组成", en: "codes are lower-case letters, digits and hyphens" } },
});

const substep = z.strictObject({
  code,
  name: text,
  full_name: text.optional(),
  aliases: z.array(text).default([]),
  hours,
  not_counted_with: code.optional(),
  /** Work named inside the step that the table gives no hours of its own (“含地图绘制”). */
  includes: z.array(text).default([]),
});

const variantOption = z.strictObject({
  value: z.union([z.boolean(), text]),
  name: text,
  hours,
});

export const standardItemSchema = z
  .strictObject({
    no: z.int().positive(),
    code,
    name: text,
    full_name: text.optional(),
    aliases: z.array(text).default([]),
    category: text,
    hours: hours.optional(),
    hours_rule: text.optional(),
    unit: text,
    clause: text,
    variants: z
      .strictObject({
        by: z.enum(["escort", "delivery"]),
        options: z.array(variantOption).min(2),
      })
      .optional(),
    scale: z
      .strictObject({
        by: z.enum(["samples", "households"]),
        per: z.int().positive(),
        label: text,
        interpretation: text,
      })
      .optional(),
    substeps: z.array(substep).min(2).optional(),
  });

const bundle = z.strictObject({
  code,
  name: text,
  aliases: z.array(text).default([]),
  unit: text,
  per_unit: z.array(code).min(1),
  per_session: code,
  clause: text,
});

export const standardFileSchema = z.strictObject({
  id: code,
  name: text,
  short_name: text,
  document: text,
  source_file: text.optional(),
  annual_hours: z.strictObject({
    clause: text,
    quote: text,
    days_per_year: z.int().min(360).max(366),
    public_holidays: z.int().min(0).max(60),
    weekend_days: z.int().min(0).max(200),
    annual_leave_days: z.int().min(0).max(60),
    hours_per_day: z.number().positive().max(24),
    direct_service_percent: z.number().positive().max(100),
    public_holiday_options: z
      .array(z.strictObject({ days: z.int().min(0).max(60), basis: text }))
      .min(1),
  }),
  bounds: z.strictObject({ clause: text, quote: text }),
  interpretations: z.array(z.strictObject({ id: code, text })).default([]),
  items: z.array(standardItemSchema).min(1),
  other_services: z.strictObject({ clause: text, quote: text }),
  bundles: z.array(bundle).default([]),
  /** Names a person may write that could mean more than one item: an input error that lists them. */
  ambiguous_names: z.array(z.strictObject({ name: text, items: z.array(code).min(2) })).default([]),
  supervision: z
    .strictObject({
      individual: z.strictObject({ clause: text, quote: text, max_hours: hours }),
      group: z.strictObject({
        clause: text,
        quote: text,
        max_hours: hours,
        min_supervisees: z.int().positive(),
        max_supervisees: z.int().positive(),
      }),
      fees: z.strictObject({
        clause: text,
        quote: text,
        tiers: z
          .array(
            z.strictObject({
              origin: z.enum(["local", "overseas"]),
              min_years: z.number().nonnegative(),
              max_rate: z.number().positive(),
              label: text,
            }),
          )
          .min(1),
      }),
    })
    .optional(),
});

export type StandardFile = z.output<typeof standardFileSchema>;
