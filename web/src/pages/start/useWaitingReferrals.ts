import { useApiData } from '../../hooks/useApiData';
import { participantsApi } from '../../participantsApi';
import type { Referral } from '../../participantsTypes';

export interface WaitingReferrals {
  /** Received, awaiting the deltagaransvarig's decision. */
  received: Referral[];
  /** Accepted into the queue. */
  queued: Referral[];
}

/**
 * The referrals waiting in the deltagaransvarig's insatser (received and queued), loaded once for
 * the sections that count them. Only those two states are asked for: the server logs each person
 * on a list as read, so the start page asks for no more people than it counts. `enabled` false
 * asks for nothing.
 */
export function useWaitingReferrals(associationId: number, enabled: boolean) {
  return useApiData(
    async (signal): Promise<WaitingReferrals> => {
      const [received, queued] = await Promise.all([
        participantsApi.referrals(associationId, signal, 'received'),
        participantsApi.referrals(associationId, signal, 'queued'),
      ]);
      return { received: received.items, queued: queued.items };
    },
    enabled ? associationId : null,
  );
}
