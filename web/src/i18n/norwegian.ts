/**
 * Norwegian default texts of Designsystemet and common Norwegian UI words that must never reach a
 * page. Used by the unit test on the dictionaries and source, and by the e2e test on every page.
 */
export const NORWEGIAN_STRINGS: readonly string[] = [
  'Lukk',
  'Laster',
  'Søk',
  'Tøm',
  'Fjern alt',
  'Slett',
  'Legg til',
  'Forrige',
  'Neste',
  'Tilbake til',
  'tegn igjen',
  'tegn for mye',
  'Feilmelding',
  'Hopp til',
  'Gå til',
  'Velg',
  'Vis mer',
  'Vis mindre',
  'Skjul',
  'Innhold',
  'Logg inn',
  'Logg ut',
  'Brukernavn',
  'Passord',
  'Ingen treff',
  'bokmål',
  'dialogvindu',
];

/** The Norwegian strings found in `text`, matched case-sensitively on word boundaries. */
export function findNorwegian(text: string): string[] {
  return NORWEGIAN_STRINGS.filter((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text);
  });
}
