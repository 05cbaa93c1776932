/** Swedish UI text: the source of the Dictionary type that every language must satisfy. */
import { formatNumber } from '../format';
import { accountSv } from './access/account.sv';
import { followUpErrorsSv, followUpProblemsSv, statisticsSv } from './followUp/statistics.sv';
import { memberValueSv } from './followUp/memberValue.sv';
import { finsamSv } from './followUp/finsam.sv';
import { auditSv } from './access/audit.sv';
import { accessErrorsSv, accessProblemsSv } from './access/errors.sv';
import { rolesSv } from './access/roles.sv';
import { usersSv } from './access/users.sv';
import { invitationSv } from './access/invitation.sv';
import { dataSubjectSv } from './privacy/dataSubject.sv';
import { processingRecordSv } from './privacy/processingRecord.sv';
import { membershipIssuesSv, moneyErrorsSv, moneyProblemsSv } from './money/errors.sv';
import { contributionsSv } from './money/contributions.sv';
import { membersSv } from './money/members.sv';
import { associationsSv } from './money/associations.sv';
import { planningSv } from './money/planning.sv';
import { sharedSv } from './money/shared.sv';
import { catalogueSv } from './participants/catalogue.sv';
import { insatsFormSv } from './participants/insatsForm.sv';
import { referralsSv } from './participants/referrals.sv';
import { queueSv } from './participants/queue.sv';
import { caseloadSv } from './participants/caseload.sv';
import { importSv } from './participants/import.sv';
import { personSv } from './participants/person.sv';
import { participationsExportSv } from './participants/export.sv';
import { participationSv } from './participants/participation.sv';
import { planSv } from './participants/plan.sv';
import { participantErrorsSv } from './participants/errors.sv';
import { dashboardSv } from './start/dashboard.sv';
import { reportSv } from './followUp/report.sv';
import { agreementsSv } from './privacy/agreements.sv';
import { confirmRolesSv } from './access/confirmRoles.sv';

export const sv = {
  lang: 'sv',
  appName: 'Samordna',
  appTagline: 'Informationssystem för samordningsförbund',
  common: {
    loading: 'Laddar …',
    noDate: 'Inget datum',
    close: 'Stäng',
    search: 'Sök',
    clear: 'Rensa',
    cancel: 'Avbryt',
    pagination: 'Sidor',
    previous: 'Föregående sida',
    next: 'Nästa sida',
    pageOf: (page: number, pages: number): string => `Sida ${page} av ${pages}`,
  },
  skipLink: 'Hoppa till huvudinnehållet',
  languageSwitch: {
    /** Shown on the button, in the language it switches to. */
    label: 'English',
    targetLang: 'en',
  },
  header: {
    mainNav: 'Huvudmeny',
    menu: 'Meny',
    start: 'Start',
    members: 'Medlemmar',
    associations: 'Förbund',
    contributions: 'Medlemsavgifter',
    allocation: 'Statlig fördelning',
    equity: 'Eget kapital',
    charter: 'Förbundsordning',
    agreements: 'PUB-avtal',
    confirmRoles: 'Bekräfta roller',
    dataSubject: 'Registerutdrag',
    users: 'Användare',
    statistics: 'Statistik',
    finsam: 'Uppföljning Finsam',
    memberValue: 'Medlemsnytta',
    audit: 'Granskningslogg',
    insatser: 'Insatser',
    refer: 'Remiss',
    myReferrals: 'Mina remisser',
    participants: 'Deltagare',
    account: 'Mitt konto',
    signedInAs: 'Inloggad som',
    logout: 'Logga ut',
  },
  footer: {
    nav: 'Om tjänsten',
    accessibility: 'Tillgänglighetsredogörelse',
  },
  login: {
    title: 'Logga in',
    intro: 'Logga in med ditt användarnamn och lösenord.',
    username: 'Användarnamn',
    usernameNoun: 'användarnamn',
    password: 'Lösenord',
    passwordNoun: 'lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in …',
    errorHeading: 'Det gick inte att logga in',
    loggedOut: 'Du är nu utloggad.',
    loggedOutEverywhere: 'Du är nu utloggad på alla enheter. Logga in igen för att fortsätta.',
  },
  start: {
    title: 'Start',
    chooserLabel: 'Samordningsförbund',
    chooserDescription: 'Välj vilket förbund du vill se.',
    noAssociationsTitle: 'Inga samordningsförbund',
    noAssociations: 'Det finns inga samordningsförbund registrerade ännu.',
    facts: 'Uppgifter om förbundet',
    orgNumber: 'Organisationsnummer',
    seat: 'Säte',
    formedOn: 'Bildat',
    membersTitle: 'Förbundsmedlemmar',
    memberName: 'Medlem',
    partyKind: 'Typ av part',
    joinedOn: 'Inträde',
    leftOn: 'Utträde',
    status: 'Status',
    loadingMembers: 'Hämtar medlemmar …',
    noMembers: 'Förbundet har inga registrerade medlemmar.',
    memberCount: (n: number): string => (n === 1 ? '1 medlem' : `${formatNumber(n)} medlemmar`),
  },
  partyKinds: {
    fk: 'Försäkringskassan',
    af: 'Arbetsförmedlingen',
    region: 'Region',
    kommun: 'Kommun',
  },
  memberStatus: {
    active: 'Aktiv',
    notice_given: 'Uppsagd',
    left: 'Utträdd',
  },
  noAccess: {
    title: 'Ingen behörighet',
    text: 'Du har ingen roll som ger tillgång till den här sidan. Kontakta förbundets administratör om du behöver den.',
  },
  notFound: {
    title: 'Sidan hittades inte',
    text: 'Sidan du söker finns inte. Kontrollera adressen eller gå vidare till startsidan.',
    home: 'Till startsidan',
  },
  errors: {
    ...moneyProblemsSv,
    ...accessProblemsSv,
    ...followUpProblemsSv,
    malformed_json: 'Servern kunde inte läsa begäran. Försök igen.',
    not_found: 'Det du söker finns inte.',
    method_not_allowed: 'Åtgärden är inte tillåten här.',
    payload_too_large: 'Det du skickade är för stort.',
    database_busy: 'Databasen är upptagen just nu. Försök igen om en stund.',
    imports_busy: 'Två importer pågår redan. Vänta en stund och försök igen.',
    server_stopping: 'Tjänsten startas om. Inget importerades; försök igen om en stund.',
    server_busy: 'Många loggar in just nu. Försök igen om några sekunder.',
    unsupported_media_type: 'Servern tar bara emot JSON. Ladda om sidan och försök igen.',
    invalid_credentials: 'Fel användarnamn eller lösenord.',
    unauthenticated: 'Du behöver logga in.',
    session_expired: 'Din session har gått ut. Logga in igen.',
    csrf_invalid: 'Din session kunde inte verifieras. Ladda om sidan och försök igen.',
    forbidden: 'Du har inte behörighet till det här.',
    too_many_attempts: 'För många inloggningsförsök. Vänta en stund och försök igen.',
    validation_failed: 'Några uppgifter behöver rättas.',
    internal_error: 'Ett fel uppstod i tjänsten. Försök igen senare.',
    network_error: 'Det gick inte att nå tjänsten. Kontrollera din anslutning och försök igen.',
    generic: 'Något gick fel. Försök igen.',
  },
  fieldErrors: {
    required: (field: string): string => `Ange ${field}.`,
    too_long: (field: string): string => `Fältet ${field} är för långt.`,
    invalid: (field: string): string => `Fältet ${field} har ett ogiltigt värde.`,
    negative: (field: string): string => `Fältet ${field} kan inte vara negativt.`,
    out_of_range: (field: string): string => `Fältet ${field} är utanför det tillåtna intervallet.`,
    unknown: (field: string): string => `Fältet ${field} har ett okänt värde.`,
    duplicate: (field: string): string => `Fältet ${field} har ett värde som redan finns.`,
    too_large: (field: string): string => `Fältet ${field} är för stort.`,
    empty: (field: string): string => `Fyll i ${field}.`,
    generic: (field: string): string => `Kontrollera fältet ${field}.`,
  },
  a11y: {
    title: 'Tillgänglighetsredogörelse',
    intro:
      'Samordna är ett informationssystem för samordningsförbund (Finsam). Här beskriver vi hur tjänsten uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem till oss.',
    providerTitle: 'Vem tillhandahåller tjänsten?',
    provider:
      'Tjänsten tillhandahålls av det samordningsförbund som använder Samordna i sin verksamhet. Förbundet är en offentlig myndighet och ansvarar för att tjänsten är tillgänglig.',
    statusTitle: 'Hur tillgänglig är tjänsten?',
    aim: 'Vi strävar efter att tjänsten ska uppfylla nivå AA i WCAG 2.1, vilket lagen (2018:1937) om tillgänglighet till digital offentlig service kräver genom den europeiska standarden EN\u00a0301\u00a0549.',
    status:
      'Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
    gapsTitle: 'Innehåll som inte är tillgängligt',
    gaps: [
      'Sidorna Medlemsavgifter, Statistik och Uppföljning Finsam har diagram. Under varje diagram finns en tabell med samma uppgifter, som kan läsas med skärmläsare; diagrammen i sig har bara en sammanfattande textbeskrivning.',
      'PDF-exporter har ännu inte granskats för tillgänglighet.',
      'Tjänsten har ännu inte testats tillsammans med användare som använder skärmläsare eller andra hjälpmedel.',
    ],
    methodTitle: 'Hur vi har testat tjänsten',
    method:
      'Vi har gjort en självskattning. Varje sida testas automatiskt med verktyget axe-core mot WCAG 2.1 nivå A och AA i webbläsaren Chromium, på svenska och engelska och i 320 pixlars bredd. Vi har också granskat tangentbordsnavigering manuellt.',
    assessed: (date: string): string => `Bedömningen gjordes ${date}.`,
    updated: (date: string): string => `Redogörelsen uppdaterades senast ${date}.`,
    feedbackTitle: 'Rapportera brister i tjänstens tillgänglighet',
    feedback:
      'Vi vill hela tiden förbättra tjänstens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, kontakta oss så att vi får veta att problemet finns. Du kan också kontakta oss om du behöver innehåll i ett annat format.',
    emailLabel: 'E-post:',
    enforcementTitle: 'Tillsyn',
    enforcement:
      'Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen (2018:1937) om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det.',
    enforcementLink: 'Anmäl bristande tillgänglighet till DIGG',
  },
  dashboard: dashboardSv,
  report: reportSv,
  moneyErrors: moneyErrorsSv,
  participantErrors: participantErrorsSv,
  agreements: agreementsSv,
  confirmRoles: confirmRolesSv,
  catalogue: catalogueSv,
  insatsForm: insatsFormSv,
  referrals: referralsSv,
  queue: queueSv,
  caseload: caseloadSv,
  historyImport: importSv,
  person: personSv,
  participationsExport: participationsExportSv,
  participation: participationSv,
  plan: planSv,
  accessErrors: accessErrorsSv,
  roles: rolesSv,
  users: usersSv,
  invitation: invitationSv,
  dataSubject: dataSubjectSv,
  processingRecord: processingRecordSv,
  audit: auditSv,
  statistics: statisticsSv,
  memberValue: memberValueSv,
  finsam: finsamSv,
  followUpErrors: followUpErrorsSv,
  account: accountSv,
  membershipIssues: membershipIssuesSv,
  money: sharedSv,
  members: membersSv,
  associations: associationsSv,
  contributions: contributionsSv,
  ...planningSv,
};

export type Dictionary = typeof sv;
