import { describe, expect, it } from 'vitest';
import { checkPlan, planToText } from './planForm';

describe('joint plan form', () => {
  it('creates with version 0 and sends empty dates as null', () => {
    const text = { ...planToText(null), overallMemberId: '7', actions: [{ description: 'Träna', responsibleMemberId: '', dueOn: '', doneOn: '' }] };
    expect(checkPlan(text, 0)).toEqual({
      errors: [],
      body: {
        needs: '', ownGoals: '', professionalGoals: '', overallMemberId: 7, nextFollowUpOn: null,
        actions: [{ description: 'Träna', responsibleMemberId: null, dueOn: null, doneOn: null }], version: 0,
      },
    });
  });

  it('names the action fields as the server does', () => {
    const text = { ...planToText(null), nextFollowUpOn: '2027-02-30', actions: [{ description: ' ', responsibleMemberId: '1', dueOn: 'x', doneOn: '' }] };
    expect(checkPlan(text, 3).errors).toEqual([
      { field: 'overallMemberId', code: 'required' },
      { field: 'nextFollowUpOn', code: 'invalid' },
      { field: 'actions.0.description', code: 'required' },
      { field: 'actions.0.dueOn', code: 'invalid' },
    ]);
  });

  it('keeps stored action ids in the text state', () => {
    const plan = {
      id: 1, personId: 2, needs: 'n', ownGoals: 'o', professionalGoals: 'p', overallMemberId: 7, nextFollowUpOn: '2027-01-10', version: 4,
      actions: [{ id: 9, description: 'd', responsibleMemberId: 7, dueOn: '2026-12-31', doneOn: null }],
    };
    expect(planToText(plan).actions).toEqual([{ id: 9, description: 'd', responsibleMemberId: '7', dueOn: '2026-12-31', doneOn: '' }]);
  });
});
