/** The joint plan (SIP) form: text state from the stored plan, checks, and the PUT body (version 0 creates). */
import type { Plan, PlanInput } from '../../../api/participantsTypes';
import type { FieldError } from '../../../api/types';
import { Checker, optionalText } from '../../../forms/validate';

export interface ActionText {
  id?: number;
  description: string;
  responsibleMemberId: string;
  dueOn: string;
  doneOn: string;
}

export interface PlanText {
  needs: string;
  ownGoals: string;
  professionalGoals: string;
  overallMemberId: string;
  nextFollowUpOn: string;
  actions: ActionText[];
}

export const EMPTY_ACTION: ActionText = { description: '', responsibleMemberId: '', dueOn: '', doneOn: '' };

export function planToText(plan: Plan | null): PlanText {
  if (!plan) return { needs: '', ownGoals: '', professionalGoals: '', overallMemberId: '', nextFollowUpOn: '', actions: [] };
  return {
    needs: plan.needs,
    ownGoals: plan.ownGoals,
    professionalGoals: plan.professionalGoals,
    overallMemberId: plan.overallMemberId === null ? '' : String(plan.overallMemberId),
    nextFollowUpOn: plan.nextFollowUpOn ?? '',
    actions: plan.actions.map((a) => ({
      ...(a.id !== undefined ? { id: a.id } : {}),
      description: a.description,
      responsibleMemberId: a.responsibleMemberId === null ? '' : String(a.responsibleMemberId),
      dueOn: a.dueOn ?? '',
      doneOn: a.doneOn ?? '',
    })),
  };
}

export function checkPlan(text: PlanText, version: number): { errors: FieldError[]; body: PlanInput } {
  const c = new Checker();
  if (text.overallMemberId === '') c.add('overallMemberId', 'required');
  c.date('nextFollowUpOn', text.nextFollowUpOn, false);
  text.actions.forEach((a, i) => {
    c.text(`actions.${i}.description`, a.description);
    c.date(`actions.${i}.dueOn`, a.dueOn, false).date(`actions.${i}.doneOn`, a.doneOn, false);
  });
  return {
    errors: c.errors,
    body: {
      needs: text.needs.trim(),
      ownGoals: text.ownGoals.trim(),
      professionalGoals: text.professionalGoals.trim(),
      overallMemberId: text.overallMemberId === '' ? null : Number(text.overallMemberId),
      nextFollowUpOn: optionalText(text.nextFollowUpOn),
      actions: text.actions.map((a) => ({
        description: a.description.trim(),
        responsibleMemberId: a.responsibleMemberId === '' ? null : Number(a.responsibleMemberId),
        dueOn: optionalText(a.dueOn),
        doneOn: optionalText(a.doneOn),
      })),
      version,
    },
  };
}
