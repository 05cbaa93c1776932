/** English texts of the participant-level export on the participants page. */
import type { participationsExportSv } from './export.sv';

export const participationsExportEn: typeof participationsExportSv = {
  title: 'Export participations',
  intro:
    'Download a CSV file for Excel with one participation per row: every participation running at some time in the period, in the interventions and referrals you have access to.',
  pseudonymised:
    'The file is pseudonymised: it holds no names and no personal identity numbers. Each person is given as a number in the association (for example P123) or as anonymous.',
  logged: 'The export is logged in the audit log with your name and the period.',
  from: 'From',
  fromNoun: 'the from date',
  to: 'To',
  toNoun: 'the to date',
  submit: 'Export participations (CSV)',
  busy: 'Fetching the export …',
  done: (file: string): string => `The file ${file} has been downloaded.`,
};
