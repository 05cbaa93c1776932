/** Swedish texts of the participant-level export on the participants page (docs/follow-up-api.md). */
export const participationsExportSv = {
  title: 'Exportera deltaganden',
  intro:
    'Hämta en CSV-fil för Excel med ett deltagande per rad: alla deltaganden som pågått någon gång under perioden, i de insatser och remisser du har behörighet till.',
  pseudonymised:
    'Filen är pseudonymiserad: den innehåller inga namn och inga personnummer. Varje person anges med ett nummer i förbundet (till exempel P123) eller som anonym.',
  logged: 'Exporten loggas i granskningsloggen med ditt namn och perioden.',
  from: 'Från och med',
  fromNoun: 'från-datum',
  to: 'Till och med',
  toNoun: 'till-datum',
  submit: 'Exportera deltaganden (CSV)',
  busy: 'Exporten hämtas …',
  done: (file: string): string => `Filen ${file} är hämtad.`,
};
