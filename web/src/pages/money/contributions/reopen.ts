/** A closed year's change, member by member: what each pays now and would pay after it. */
import type { Budget } from '../../../api/moneyTypes';

export interface ReopenChange {
  memberId: number;
  name: string;
  beforeOre: number;
  afterOre: number;
  changeOre: number;
}

/** Every member of either calculation, in the order of the new one (then any that drop out), with 0 where absent. */
export function reopenChanges(before: Budget, after: Budget): ReopenChange[] {
  const old = new Map(before.contributions.map((c) => [c.memberId, c]));
  const rows: ReopenChange[] = after.contributions.map((c) => {
    const beforeOre = old.get(c.memberId)?.amountOre ?? 0;
    return { memberId: c.memberId, name: c.name, beforeOre, afterOre: c.amountOre, changeOre: c.amountOre - beforeOre };
  });
  const kept = new Set(after.contributions.map((c) => c.memberId));
  for (const c of before.contributions) {
    if (!kept.has(c.memberId)) rows.push({ memberId: c.memberId, name: c.name, beforeOre: c.amountOre, afterOre: 0, changeOre: -c.amountOre });
  }
  return rows;
}
