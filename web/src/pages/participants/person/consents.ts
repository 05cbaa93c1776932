/** Consent rules the participant page shows (the server enforces them). */
import type { Consent, Participation } from '../../../api/participantsTypes';

export function isActive(consent: Pick<Consent, 'withdrawnOn'>): boolean {
  return consent.withdrawnOn === null;
}

/** Follow-up data (at start, at end) may only be kept with a follow-up consent in force. */
export function hasFollowUpConsent(p: Pick<Participation, 'consents' | 'anonymous'>): boolean {
  return !p.anonymous && (p.consents ?? []).some((c) => c.purpose === 'follow_up' && isActive(c));
}

/** Withdrawing this consent leaves no follow-up consent: the participation becomes anonymous. */
export function withdrawalMakesAnonymous(p: Pick<Participation, 'consents' | 'anonymous'>, consent: Consent): boolean {
  if (consent.purpose !== 'follow_up' || !isActive(consent)) return false;
  return !(p.consents ?? []).some((c) => c.id !== consent.id && c.purpose === 'follow_up' && isActive(c));
}
