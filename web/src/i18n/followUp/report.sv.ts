/** Swedish texts of the printed follow-up reports (Statistik, Medlemsnytta). */
export const reportSv = {
  /** The line under the heading that only the printout shows. */
  meta: 'Om rapporten',
  association: 'Förbund',
  kommun: 'Kommun',
  period: 'Period',
  printed: 'Utskriven',
};
