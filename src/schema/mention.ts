import { z } from 'zod';

/** Where a mention sits: UTF-16 offsets into the ORIGINAL text, end exclusive. */
const span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
};

export const Bound = z.enum(['lt', 'le', 'gt', 'ge']);

/** A number or a range; `approx` and `bound` carry 約 / 超 / 不到 and the like. */
const magnitude = {
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  approx: z.boolean().optional(),
  bound: Bound.optional(),
};

export const NumberValue = z.object(magnitude);
export const OrdinalValue = z.object({ value: z.number() });
export const PercentValue = z.object({ ...magnitude, unit: z.literal('pp').optional() });
export const MoneyValue = z.object({
  amount: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  approx: z.boolean().optional(),
  bound: Bound.optional(),
  currency: z.string().describe('ISO 4217 code'),
  per: z.string().optional().describe('the unit a per-unit price is for, e.g. 顆'),
});
export const MeasureValue = z.object({ ...magnitude, unit: z.string() });

export const TimexMod = z.enum([
  'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'START', 'MID', 'END', 'APPROX',
  'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE',
]);
export const TimexValue = z.object({
  timex: z.string().describe('TIMEX3 value (TimeML), or an ISO 8601 interval a/b'),
  mod: TimexMod.optional(),
  start: z.string().optional().describe('resolved interval start, local ISO instant'),
  end: z.string().optional().describe('resolved interval end (exclusive), local ISO instant'),
});

export const EntityType = z.enum(['ORG', 'PER', 'GPE', 'LOC', 'PRODUCT', 'LAW', 'EVENT', 'WORK', 'MISC']);
export const EntityValue = z.object({
  type: EntityType,
  canonical: z.string().optional().describe('common English name, the same for every script and alias'),
  id: z.string().optional().describe('lexicon id, where the lexicon knows the entity'),
});

const mention = <K extends string, V extends z.ZodType>(kind: K, value: V) =>
  z.object({ kind: z.literal(kind), ...span, value });

export const NumberMention = mention('number', NumberValue);
export const OrdinalMention = mention('ordinal', OrdinalValue);
export const PercentMention = mention('percent', PercentValue);
export const MoneyMention = mention('money', MoneyValue);
export const DimensionMention = mention('dimension', MeasureValue);
export const CountMention = mention('count', MeasureValue);
export const DateMention = mention('date', TimexValue);
export const TimeMention = mention('time', TimexValue);
export const DateTimeMention = mention('datetime', TimexValue);
export const DurationMention = mention('duration', TimexValue);
export const SetMention = mention('set', TimexValue);
export const EntityMention = mention('entity', EntityValue);

export const Mention = z.discriminatedUnion('kind', [
  NumberMention, OrdinalMention, PercentMention, MoneyMention, DimensionMention, CountMention,
  DateMention, TimeMention, DateTimeMention, DurationMention, SetMention, EntityMention,
]);

export type Mention = z.infer<typeof Mention>;
export type MentionKind = Mention['kind'];
export type MentionOf<K extends MentionKind> = Extract<Mention, { kind: K }>;
export type MentionValue<K extends MentionKind> = MentionOf<K>['value'];
export type EntityType = z.infer<typeof EntityType>;
export type TimexValue = z.infer<typeof TimexValue>;

export const MENTION_KINDS = [
  'number', 'ordinal', 'percent', 'money', 'dimension', 'count',
  'date', 'time', 'datetime', 'duration', 'set', 'entity',
] as const satisfies readonly MentionKind[];
