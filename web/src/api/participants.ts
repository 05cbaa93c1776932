/**
 * Endpoints of docs/participants-api.md, over the one API client's `request` (CSRF, problem+json).
 * A personnummer only ever travels in a request body, never in a path or query string.
 */
import { request } from '.';
import type * as P from './participantsTypes';
import type { ItemList } from './types';

function base(associationId: number): string {
  return `/associations/${encodeURIComponent(associationId)}`;
}

function n(value: number): string {
  return encodeURIComponent(value);
}

const get = <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, signal ? { signal } : {});

export const participantsApi = {
  targetGroups: (a: number, signal?: AbortSignal) => get<ItemList<P.TargetGroup>>(`${base(a)}/target-groups`, signal),
  addTargetGroup: (a: number, body: { name: string }) => request<P.TargetGroup>('POST', `${base(a)}/target-groups`, { body }),
  insatser: (a: number, signal?: AbortSignal) => get<ItemList<P.Insats>>(`${base(a)}/insatser`, signal),
  insats: (a: number, id: number, signal?: AbortSignal) => get<P.Insats>(`${base(a)}/insatser/${n(id)}`, signal),
  createInsats: (a: number, body: P.InsatsInput) => request<P.Insats>('POST', `${base(a)}/insatser`, { body }),
  updateInsats: (a: number, id: number, body: P.InsatsInput & { version: number }) =>
    request<P.Insats>('PUT', `${base(a)}/insatser/${n(id)}`, { body }),
  /** Who works in the insats (manage_users); setStaff replaces the list read at `version` (409 when it changed). */
  staff: (a: number, id: number, signal?: AbortSignal) => get<P.InsatsStaff>(`${base(a)}/insatser/${n(id)}/staff`, signal),
  setStaff: (a: number, id: number, userIds: number[], version: number) =>
    request<P.InsatsStaff>('PUT', `${base(a)}/insatser/${n(id)}/staff`, { body: { userIds, version } }),
  attendance: (a: number, id: number, signal?: AbortSignal) =>
    get<ItemList<P.Attendance>>(`${base(a)}/insatser/${n(id)}/attendance`, signal),
  addAttendance: (a: number, id: number, body: Omit<P.Attendance, 'id' | 'insatsId' | 'version'>) =>
    request<P.Attendance>('POST', `${base(a)}/insatser/${n(id)}/attendance`, { body }),
  correctAttendance: (a: number, id: number, rowId: number, body: Omit<P.Attendance, 'id' | 'insatsId'> & { reason: string }) =>
    request<P.Attendance>('PUT', `${base(a)}/insatser/${n(id)}/attendance/${n(rowId)}`, { body }),
  /** `query` from waitsQuery(). */
  waits: (a: number, id: number, query: string, signal?: AbortSignal) =>
    get<P.Waits>(`${base(a)}/insatser/${n(id)}/waits${query}`, signal),

  eligibility: (a: number, body: Partial<P.ReferralInput>) => request<P.Eligibility>('POST', `${base(a)}/eligibility`, { body }),
  refer: (a: number, body: P.ReferralInput) => request<P.Referral>('POST', `${base(a)}/referrals`, { body }),
  /** The caller's referrals; `state` asks for one state only. */
  referrals: (a: number, signal?: AbortSignal, state?: P.ReferralState) =>
    get<ItemList<P.Referral>>(`${base(a)}/referrals${state ? `?state=${encodeURIComponent(state)}` : ''}`, signal),
  /** The caller's referrals counted by insats and state: no person, so no reads are logged (start pages, overviews). */
  referralSummary: (a: number, signal?: AbortSignal) => get<ItemList<P.ReferralCount>>(`${base(a)}/referrals/summary`, signal),
  referral: (a: number, id: number, signal?: AbortSignal) => get<P.Referral>(`${base(a)}/referrals/${n(id)}`, signal),
  transition: (a: number, id: number, body: { to: string; reason?: string; explanation?: string; version: number }) =>
    request<P.Referral>('POST', `${base(a)}/referrals/${n(id)}/transitions`, { body }),
  /** `query` from queueQuery(). */
  queue: (a: number, insatsId: number, query: string, signal?: AbortSignal) =>
    get<P.QueuePage>(`${base(a)}/insatser/${n(insatsId)}/queue${query}`, signal),

  /** The caller's ongoing participations, overdue first; `query` from caseloadQuery() (each person shown is a logged read). */
  caseload: (a: number, query: string, signal?: AbortSignal) => get<ItemList<P.CaseloadEntry>>(`${base(a)}/caseload${query}`, signal),
  /** Counts per insats (ongoing, overdue, due soon): no person, so no read is logged (the start page). */
  caseloadSummary: (a: number, signal?: AbortSignal) => get<P.CaseloadSummary>(`${base(a)}/caseload/summary`, signal),

  start: (a: number, referralId: number, body: P.StartInput) =>
    request<P.Participation>('POST', `${base(a)}/referrals/${n(referralId)}/start`, { body }),
  end: (a: number, participationId: number, body: P.EndInput) =>
    request<P.Participation>('POST', `${base(a)}/participations/${n(participationId)}/end`, { body }),
  takeResponsibility: (a: number, participationId: number, body: { take: boolean; version: number }) =>
    request<P.Participation>('POST', `${base(a)}/participations/${n(participationId)}/responsibility`, { body }),
  /** A colleague who sees the insats's participants made responsible, or no one (null). */
  assignResponsibility: (a: number, participationId: number, body: { responsibleUserId: number | null; version: number }) =>
    request<P.Participation>('POST', `${base(a)}/participations/${n(participationId)}/responsibility`, { body }),
  responsibleCandidates: (a: number, insatsId: number, signal?: AbortSignal) =>
    get<{ items: P.ResponsibleCandidate[] }>(`${base(a)}/insatser/${n(insatsId)}/responsible-candidates`, signal),
  correct: (a: number, participationId: number, body: P.CorrectionInput) =>
    request<P.Participation>('POST', `${base(a)}/participations/${n(participationId)}/correction`, { body }),
  addConsent: (a: number, participationId: number, body: P.NewConsent) =>
    request<P.Consent>('POST', `${base(a)}/participations/${n(participationId)}/consents`, { body }),
  withdrawConsent: (a: number, participationId: number, consentId: number, withdrawnOn: string) =>
    request<void>('POST', `${base(a)}/participations/${n(participationId)}/consents/${n(consentId)}/withdrawal`, {
      body: { withdrawnOn },
    }),

  /** POST, so that the personnummer stays out of URLs and server logs. */
  searchPerson: (a: number, personnummer: string) =>
    request<{ personId: number }>('POST', `${base(a)}/persons/search`, { body: { personnummer } }),
  person: (a: number, id: number, signal?: AbortSignal) => get<P.Person>(`${base(a)}/persons/${n(id)}`, signal),
  identity: (a: number, id: number) => request<{ personnummer: string; name: string }>('POST', `${base(a)}/persons/${n(id)}/identity`),
  protectIdentity: (a: number, id: number) => request<void>('POST', `${base(a)}/persons/${n(id)}/protected-identity`),
  savePlan: (a: number, id: number, body: P.PlanInput) => request<P.Plan>('PUT', `${base(a)}/persons/${n(id)}/plan`, { body }),
  accessLog: (a: number, id: number, signal?: AbortSignal) =>
    get<ItemList<P.AccessEntry>>(`${base(a)}/persons/${n(id)}/access-log`, signal),
};
