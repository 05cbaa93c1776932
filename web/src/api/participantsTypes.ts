/** Shapes of the participants API (docs/participants-api.md): insatser, referrals, queues, participants. */

export const INSATS_KINDS = ['individual', 'structural'] as const;
export type InsatsKind = (typeof INSATS_KINDS)[number];

export const ELIGIBILITY_PROBLEMS = ['insats_closed', 'too_young', 'too_old', 'outside_area', 'wrong_target_group'] as const;
export const REFERRAL_STATES = ['received', 'queued', 'started', 'returned', 'withdrawn'] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];
export const RETURN_REASONS = ['too_complex', 'not_eligible', 'declined', 'no_contact', 'other'] as const;
export const QUEUE_SORTS = ['position', 'daysWaited', 'referredOn', 'priority'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const SUPPORT_SOURCES = [
  'forsorjningsstod',
  'sjukpenning',
  'aktivitetsersattning',
  'sjukersattning',
  'a_kassa',
  'aktivitetsstod',
  'etableringsersattning',
  'none',
] as const;
export type SupportSource = (typeof SUPPORT_SOURCES)[number];
export const EDUCATION_LEVELS = ['pre_upper_secondary', 'upper_secondary', 'post_secondary', 'unknown'] as const;
export type Education = (typeof EDUCATION_LEVELS)[number];
export const OCCUPATIONS = ['work', 'studies', 'job_seeking', 'other'] as const;
export type Occupation = (typeof OCCUPATIONS)[number];
export const EXIT_REASONS = [
  'completed',
  'work',
  'studies',
  'other_insats',
  'moved',
  'illness',
  'declined',
  'no_contact',
  'registered_by_mistake',
  'other',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];
export const CONSENT_PURPOSES = ['follow_up', 'information_exchange'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const GENDERS = ['woman', 'man'] as const;

export interface TargetGroup {
  id: number;
  name: string;
}

export interface InsatsInput {
  name: string;
  description: string;
  kind: InsatsKind;
  targetGroupIds: number[];
  minAge: number;
  maxAge: number;
  referralRequired: boolean;
  durationWeeks: number | null;
  leadMemberId: number | null;
  cooperatingMemberIds: number[];
  kommunCodes: string[];
  capacity: number | null;
  startsOn: string;
  endsOn: string | null;
  /** öre per year, keyed "2026" */
  budget: Record<string, number>;
}

export interface Insats extends InsatsInput {
  id: number;
  version: number;
  staffUserIds?: number[];
}

export interface Attendance {
  id: number;
  insatsId: number;
  on: string;
  women: number;
  men: number;
  note: string;
}

export interface Waits {
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface ReferralInput {
  insatsId: number;
  referringMemberId: number;
  referredOn: string;
  personnummer: string;
  name: string;
  kommunCode: string;
  targetGroupId: number;
  reason: string;
  priority: number;
  overrideEligibility: boolean;
  protectedIdentity: boolean;
}

export interface Eligibility {
  eligible: boolean;
  problems: string[];
  age: number;
}

export interface Referral {
  id: number;
  insatsId: number;
  personId: number | null;
  referringMemberId: number;
  referrerUserId: number;
  referredOn: string;
  targetGroupId: number;
  priority: number;
  state: ReferralState;
  returnReason: string | null;
  eligibilityProblems: string[];
  eligibilityOverridden: boolean;
  decidedOn: string | null;
  version: number;
  maskedPersonnummer?: string;
  name?: string;
  reason?: string;
}

/** GET …/referrals/summary: the caller's referrals counted by insats and state, with no person in it. */
export interface ReferralCount {
  insatsId: number;
  state: ReferralState;
  count: number;
  oldestReferredOn: string;
}

export interface QueueRow extends Referral {
  position: number;
  daysWaited: number;
  expectedStart: string | null;
}

export interface QueuePage {
  items: QueueRow[];
  total: number;
  page: number;
  pageSize: number;
  sort: QueueSort;
  order: 'asc' | 'desc';
}

export interface Snapshot {
  support: SupportSource[];
  monthsOnSupport: number;
  education: Education;
  occupation: Occupation;
  extentPercent: number;
}

export interface ConsentInput {
  formReference: string;
  givenOn: string;
}

export interface StartInput {
  startedOn: string;
  consent?: ConsentInput;
  atStart?: Snapshot;
  version: number;
}

export interface EndInput {
  endedOn: string;
  exitReason: ExitReason | '';
  atEnd?: Snapshot;
  version: number;
}

export interface Consent {
  id: number;
  participationId: number;
  purpose: ConsentPurpose;
  partyMemberId: number | null;
  givenOn: string;
  formReference: string;
  withdrawnOn: string | null;
}

export interface NewConsent {
  purpose: ConsentPurpose;
  partyMemberId?: number;
  givenOn: string;
  formReference: string;
}

export interface Participation {
  id: number;
  insatsId: number;
  personId: number | null;
  anonymous: boolean;
  referralId: number | null;
  gender: string;
  startYear: number;
  startedOn: string;
  endedOn: string | null;
  atStart: Snapshot | null;
  atEnd: Snapshot | null;
  exitReason: ExitReason | null;
  version: number;
  consents?: Consent[];
}

export interface PlanAction {
  id?: number;
  description: string;
  responsibleMemberId: number | null;
  dueOn: string | null;
  doneOn: string | null;
}

export interface PlanInput {
  needs: string;
  ownGoals: string;
  professionalGoals: string;
  overallMemberId: number | null;
  nextFollowUpOn: string | null;
  actions: PlanAction[];
  version: number;
}

export interface Plan extends PlanInput {
  id: number;
  personId: number;
}

export interface Person {
  id: number;
  maskedPersonnummer: string;
  name: string;
  gender: string;
  birthYear: number;
  kommunCode: string;
  /** Processing restricted (GDPR art. 18): nothing new can be recorded. */
  restricted: boolean;
  participations: Participation[];
  referrals: Referral[];
  plan: Plan | null;
}

export interface AccessEntry {
  at: number;
  username: string;
  action: string;
  view: string;
  clientAddress: string;
}
