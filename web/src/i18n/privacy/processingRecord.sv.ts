import { formatNumber } from '../../format';

/** Swedish texts of "Register över behandlingar" (GDPR art. 30). */
export const processingRecordSv = {
  title: 'Register över behandlingar',
  intro:
    'Registret (artikel 30) för varje part som leder insatser och är personuppgiftsansvarig för deltagarnas uppgifter. Det skapas ur systemets inställningar: insatser, PUB-avtal, gallringstid och skyddsnivå.',
  controller: 'Personuppgiftsansvarig part',
  recordFor: (name: string): string => `Behandling av deltagaruppgifter – ${name}`,
  processor: (name: string, org: string): string => `Personuppgiftsbiträde: ${name} (${org}), enligt PUB-avtal.`,
  purposes: 'Ändamål',
  subjects: 'Kategorier av registrerade',
  data: 'Kategorier av personuppgifter',
  recipients: 'Mottagare',
  transfers: 'Överföring till tredje land',
  retention: 'Gallring',
  security: 'Säkerhetsåtgärder',
  insatser: (n: number): string => `Partens insatser (${formatNumber(n)})`,
  insats: 'Insats',
  startsOn: 'Startar',
  endsOn: 'Slutar',
  untilFurther: 'tills vidare',
  agreements: (n: number): string => `PUB-avtal (${formatNumber(n)})`,
  documentReference: 'Diarienummer',
  signedOn: 'Undertecknat',
  validity: 'Gäller',
};
