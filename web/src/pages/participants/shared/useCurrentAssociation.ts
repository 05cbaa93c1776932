import { api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { pickAssociationId } from '../../../session/permissions';
import { useSession } from '../../../session/SessionProvider';
import type { Association } from '../../../api/types';

export interface CurrentAssociation {
  association: Association | null;
  /** The error code when the list of förbund could not be loaded. */
  failure: string | null;
}

/** The förbund the app shows (as AssociationPage picks it), for pages that build their own heading. */
export function useCurrentAssociation(): CurrentAssociation {
  const loaded = useApiData((signal) => api.associations(signal), 'all');
  const { state } = useSession();
  const session = state.status === 'authenticated' ? state.session : null;
  const items = loaded.status === 'ok' ? loaded.data.items : [];
  const chosen = pickAssociationId(session, items.map((a) => a.id));
  return {
    association: items.find((a) => a.id === chosen) ?? null,
    failure: loaded.status === 'error' ? loaded.code : null,
  };
}
