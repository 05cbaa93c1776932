import { useApiData } from '../../hooks/useApiData';
import { participantsApi } from '../../api/participants';
import type { ReferralCount } from '../../api/participantsTypes';

/**
 * The deltagaransvarig's referrals counted by insats and state (GET …/referrals/summary), loaded
 * once for the sections that count them (the queue column, the referrals awaiting a decision). The
 * summary holds no person, so the start page logs no reads of personal data. `enabled` false asks
 * for nothing.
 */
export function useReferralSummary(associationId: number, enabled: boolean) {
  return useApiData(
    async (signal): Promise<ReferralCount[]> => (await participantsApi.referralSummary(associationId, signal)).items,
    enabled ? associationId : null,
  );
}
