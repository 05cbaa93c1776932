/** Shapes of the participants API (docs/participants-api.md): insatser, referrals, queues, participants. */
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export const INSATS_KINDS = ['individual', 'structural'] as const;
export type InsatsKind = Schemas['InsatsKind'];

export const ELIGIBILITY_PROBLEMS = ['insats_closed', 'too_young', 'too_old', 'outside_area', 'wrong_target_group'] as const;
export const REFERRAL_STATES = ['received', 'queued', 'started', 'returned', 'withdrawn'] as const;
/** The states of a referral in a queue (the queue's filter offers no others: decided referrals have left it). */
export const WAITING_STATES = ['received', 'queued'] as const;
export type ReferralState = Schemas['ReferralState'];
export const RETURN_REASONS = ['too_complex', 'not_eligible', 'declined', 'no_contact', 'other'] as const;
export const QUEUE_SORTS = ['position', 'daysWaited', 'referredOn', 'priority'] as const;
export type QueueSort = Schemas['QueueSort'];
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
export type SupportSource = Schemas['SupportSource'];
export const EDUCATION_LEVELS = ['pre_upper_secondary', 'upper_secondary', 'post_secondary', 'unknown'] as const;
export type Education = Schemas['Education'];
export const OCCUPATIONS = ['work', 'studies', 'job_seeking', 'other'] as const;
export type Occupation = Schemas['Occupation'];
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
export type ExitReason = Schemas['ExitReason'];
export const CONSENT_PURPOSES = ['follow_up', 'information_exchange'] as const;
export type ConsentPurpose = Schemas['ConsentPurpose'];
export const GENDERS = ['woman', 'man'] as const;

export type TargetGroup = Schemas['TargetGroup'];

export type InsatsInput = Schemas['InsatsInput'];

export type Insats = Schemas['Insats'];

export type Attendance = Schemas['Attendance'];

export type Waits = Schemas['Waits'];

export type ReferralInput = Schemas['ReferralInput'];

export type Eligibility = Schemas['Eligibility'];

export type Referral = Schemas['Referral'];

/** GET …/referrals/summary: the caller's referrals counted by insats and state, with no person in it. */
export type ReferralCount = Schemas['ReferralCount'];

export type QueueRow = Schemas['QueueRow'];

export type QueuePage = Schemas['QueuePage'];

/** GET …/caseload: an ongoing participation with what is next in the person's joint plan. */
export type CaseloadEntry = Schemas['CaseloadEntry'];
/** One of an insats's staff who may be made responsible for its participants (they see them). */
export type ResponsibleCandidate = paths['/api/v1/associations/{id}/insatser/{insatsId}/responsible-candidates']['get']['responses']['200']['content']['application/json']['items'][number];

/** GET …/caseload/summary. */
/** Who works in an insats, with the list's version (sent back with a replacement). */
export type InsatsStaff = paths['/api/v1/associations/{id}/insatser/{insatsId}/staff']['get']['responses'][200]['content']['application/json'];
export type CaseloadSummary = paths['/api/v1/associations/{id}/caseload/summary']['get']['responses'][200]['content']['application/json'];

export interface Snapshot {
  support: SupportSource[];
  monthsOnSupport: number;
  education: Education;
  occupation: Occupation;
  extentPercent: number;
}

export type ConsentInput = Schemas['ConsentInput'];

export type StartInput = Schemas['StartInput'];

export type EndInput = Schemas['EndInput'];

export type CorrectionInput = Schemas['CorrectionInput'];

export type Consent = Schemas['Consent'];

export type NewConsent = Schemas['NewConsent'];

export type Participation = Schemas['Participation'];

export type PlanAction = Schemas['PlanAction'];

export type PlanInput = Schemas['PlanInput'];

export type Plan = Schemas['Plan'];

export type Person = Schemas['Person'];

export type AccessEntry = Schemas['AccessEntry'];
