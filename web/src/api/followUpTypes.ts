/** Types of the follow-up API (docs/follow-up-api.md, issue 5): statistics, Uppföljning Finsam and the member value report. */
import type { EquityYear, WhatIf } from './moneyTypes';
import { EXIT_REASONS } from './participantsTypes';

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
export type Measure = (typeof MEASURES)[number];

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
export type Dimension = (typeof DIMENSIONS)[number];

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

export interface StatHeader {
  key: string;
  label: string;
}

export interface StatTotal {
  value: number | null;
  hidden: boolean;
}

export interface Statistics {
  measure: string;
  measureLabel: string;
  rowsDimension: string;
  columnsDimension: string;
  from: string;
  to: string;
  rows: StatHeader[];
  columns: StatHeader[];
  values: (number | null)[][];
  hidden: boolean[][];
  rowTotals: StatTotal[];
  columnTotals: StatTotal[];
  total: StatTotal;
  suppressed: boolean;
  threshold: number;
  money: boolean;
  /** Whole per cent (the share measures): shown with a per-cent sign. */
  percent: boolean;
  additive: boolean;
  empty: boolean;
}

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

export interface FigureCell {
  value: number | null;
  hidden: boolean;
}

export interface FigureRow {
  key: string;
  label: string;
  values: FigureCell[];
  total: number | null;
  totalHidden: boolean;
}

export interface Figure {
  measure: string;
  measureLabel: string;
  rowsDimension: string;
  columnsDimension: string;
  columns: StatHeader[];
  /** One per column (for Uppföljning Finsam's participants: each person once). */
  columnTotals: FigureCell[];
  rows: FigureRow[];
  total: number | null;
  totalHidden: boolean;
}

export interface MemberValue {
  memberId: number;
  name: string;
  from: string;
  to: string;
  threshold: number;
  contributionsOre: number;
  allContributionsOre: number;
  persons: number | null;
  allPersons: number | null;
  costPerPersonOre: number | null;
  allCostPerPersonOre: number | null;
  figures: Figure[];
  withdrawal: WhatIf | null;
}

/** The parties of Uppföljning Finsam's funds, in the report's order (`kommun`: the kommuner together). */
export const FUND_PARTIES = ['fk', 'af', 'region', 'kommun'] as const;
export type FundParty = (typeof FUND_PARTIES)[number];

export interface FinsamFunds {
  party: string;
  budgetedOre: number;
  receivedOre: number;
}

/** GET …/finsam?year=: the yearly figures a förbund reports to Försäkringskassan. */
export interface Finsam {
  year: number;
  threshold: number;
  suppressed: boolean;
  /** Participants (active_persons) by insats × gender, individual insatser; the total counts each person once. */
  individual: Figure;
  /** Attendance by insats × gender in the structural insatser. */
  structural: Figure;
  /** Empty without a budget for the year. */
  funds: FinsamFunds[];
  budgetedOre: number;
  receivedOre: number;
  equity: EquityYear | null;
}
