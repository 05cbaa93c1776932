import type { reportSv } from './report.sv';

/** English texts of the printed follow-up reports (Statistics, Member value). */
export const reportEn: typeof reportSv = {
  meta: 'About the report',
  association: 'Association',
  kommun: 'Municipality',
  period: 'Period',
  printed: 'Printed',
};
