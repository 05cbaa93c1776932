/** Types of the follow-up API (docs/follow-up-api.md, issue 5): statistics, Uppföljning Finsam and the member value report. */
import { EXIT_REASONS } from './participantsTypes';
import type { components } from './schema';

type Schemas = components['schemas'];

export const MEASURES = [
  'participations',
  'unique_persons',
  'active_persons',
  'ended',
  'in_work_or_studies',
  'left_support',
  'in_work_or_studies_share',
  'left_support_share',
  'referrals',
  'returned_referrals',
  'attendance',
  'median_wait_days',
  'p90_wait_days',
  'cost_per_participation',
  'cost_per_person',
] as const;
export type Measure = Schemas['Measure'];

export const DIMENSIONS = [
  'none',
  'insats',
  'insats_kind',
  'intensity',
  'gender',
  'kommun',
  'referrer',
  'target_group',
  'age_band',
  'reason',
  'year',
  'quarter',
  'month',
] as const;
export type Dimension = Schemas['Dimension'];

/** Keys the server sends untranslated (the UI names them); other keys carry their label. */
export const STAT_KEYS = [
  'woman',
  'man',
  'unknown',
  'none',
  'total',
  'individual',
  'structural',
  'extensive',
  'light',
  // the reasons (dimension reason): why a participation ended, then why a referral was returned
  ...EXIT_REASONS,
  'too_complex',
  'not_eligible',
] as const;

export type StatHeader = Schemas['StatHeader'];

export type StatTotal = Schemas['StatTotal'];

export type Statistics = Schemas['Statistics'];

export interface StatisticsQuery {
  measure: string;
  rows: string;
  columns: string;
  from: string;
  to: string;
  publish: boolean;
  /** filter.kommun: the kommun code, '' for all. */
  kommun: string;
}

export type FigureCell = Schemas['FigureCell'];

export type FigureRow = Schemas['FigureRow'];

export type Figure = Schemas['Figure'];

export type MemberValue = Schemas['MemberValue'];

/** The parties of Uppföljning Finsam's funds, in the report's order (`kommun`: the kommuner together). */
export const FUND_PARTIES = ['fk', 'af', 'region', 'kommun'] as const;
export type FundParty = Schemas['FundParty'];

export type FinsamFunds = Schemas['FinsamFunds'];

/** GET …/finsam?year=: the yearly figures a förbund reports to Försäkringskassan. */
export type Finsam = Schemas['Finsam'];
