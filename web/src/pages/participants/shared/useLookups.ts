import { api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { participantsApi } from '../../../api/participants';
import type { Insats, TargetGroup } from '../../../api/participantsTypes';
import type { Member } from '../../../api/types';

/** The förbund's members, insatser and target groups: for names in tables and options in forms. */
export interface Lookups {
  members: Member[];
  insatser: Insats[];
  targetGroups: TargetGroup[];
  memberName: (id: number | null) => string;
  insatsName: (id: number) => string;
  targetGroupName: (id: number) => string;
  /** A member kommun's name for its code, or the code itself. */
  kommunName: (code: string) => string;
  /** The member kommuner (their codes are the förbund's area). */
  kommuner: Member[];
  /** Members that have not left (a notice still running counts): what a new referral may name. */
  currentMembers: Member[];
  currentKommuner: Member[];
}

export function buildLookups(members: Member[], insatser: Insats[], targetGroups: TargetGroup[]): Lookups {
  const kommuner = members.filter((m) => m.partyKind === 'kommun' && m.code !== null);
  return {
    members,
    insatser,
    targetGroups,
    kommuner,
    currentMembers: members.filter((m) => m.status !== 'left'),
    currentKommuner: kommuner.filter((m) => m.status !== 'left'),
    memberName: (id) => members.find((m) => m.id === id)?.name ?? (id === null ? '' : `#${id}`),
    insatsName: (id) => insatser.find((i) => i.id === id)?.name ?? `#${id}`,
    targetGroupName: (id) => targetGroups.find((g) => g.id === id)?.name ?? `#${id}`,
    kommunName: (code) => kommuner.find((k) => k.code === code)?.name ?? code,
  };
}

/** Loads the lookups once per förbund (and again when `reloadKey` changes). */
export function useLookups(associationId: number | null, reloadKey: number | string = 0) {
  return useApiData(async (signal) => {
    const id = associationId ?? 0;
    const [members, insatser, groups] = await Promise.all([
      api.members(id, signal),
      participantsApi.insatser(id, signal),
      participantsApi.targetGroups(id, signal),
    ]);
    return buildLookups(members.items, insatser.items, groups.items);
  }, associationId === null ? null : `${associationId}:${reloadKey}`);
}
