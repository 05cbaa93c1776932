/** English UI text. Must satisfy the Swedish dictionary's type: a missing key is a compile error. */
import { formatNumber } from '../format';
import { accountEn } from './access/account.en';
import { followUpErrorsEn, followUpProblemsEn, statisticsEn } from './followUp/statistics.en';
import { memberValueEn } from './followUp/memberValue.en';
import { finsamEn } from './followUp/finsam.en';
import { auditEn } from './access/audit.en';
import { accessErrorsEn, accessProblemsEn } from './access/errors.en';
import { rolesEn } from './access/roles.en';
import { usersEn } from './access/users.en';
import { invitationEn } from './access/invitation.en';
import { dataSubjectEn } from './privacy/dataSubject.en';
import { processingRecordEn } from './privacy/processingRecord.en';
import { membershipIssuesEn, moneyErrorsEn, moneyProblemsEn } from './money/errors.en';
import { contributionsEn } from './money/contributions.en';
import { membersEn } from './money/members.en';
import { associationsEn } from './money/associations.en';
import { planningEn } from './money/planning.en';
import { sharedEn } from './money/shared.en';
import { catalogueEn } from './participants/catalogue.en';
import { insatsFormEn } from './participants/insatsForm.en';
import { referralsEn } from './participants/referrals.en';
import { queueEn } from './participants/queue.en';
import { caseloadEn } from './participants/caseload.en';
import { importEn } from './participants/import.en';
import { personEn } from './participants/person.en';
import { participationsExportEn } from './participants/export.en';
import { participationEn } from './participants/participation.en';
import { planEn } from './participants/plan.en';
import { participantErrorsEn } from './participants/errors.en';
import { dashboardEn } from './start/dashboard.en';
import { reportEn } from './followUp/report.en';
import { agreementsEn } from './privacy/agreements.en';
import { confirmRolesEn } from './access/confirmRoles.en';
import type { Dictionary } from './sv';

export const en: Dictionary = {
  lang: 'en',
  appName: 'Samordna',
  appTagline: 'Information system for coordination associations',
  common: {
    loading: 'Loading …',
    noDate: 'No date',
    close: 'Close',
    search: 'Search',
    clear: 'Clear',
    cancel: 'Cancel',
    pagination: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page: number, pages: number): string => `Page ${page} of ${pages}`,
  },
  skipLink: 'Skip to main content',
  languageSwitch: {
    label: 'Svenska',
    targetLang: 'sv',
  },
  header: {
    mainNav: 'Main menu',
    menu: 'Menu',
    start: 'Home',
    members: 'Members',
    associations: 'Associations',
    contributions: 'Contributions',
    allocation: 'State allocation',
    equity: 'Equity',
    charter: 'Charter',
    agreements: 'Processing agreements',
    confirmRoles: 'Confirm roles',
    dataSubject: 'Register extracts',
    users: 'Users',
    statistics: 'Statistics',
    finsam: 'Finsam follow-up',
    memberValue: 'Member value',
    audit: 'Audit log',
    insatser: 'Interventions',
    refer: 'Referral',
    myReferrals: 'My referrals',
    participants: 'Participants',
    account: 'My account',
    signedInAs: 'Signed in as',
    logout: 'Sign out',
  },
  footer: {
    nav: 'About the service',
    accessibility: 'Accessibility statement',
  },
  login: {
    title: 'Sign in',
    intro: 'Sign in with your username and password.',
    username: 'Username',
    usernameNoun: 'your username',
    password: 'Password',
    passwordNoun: 'your password',
    submit: 'Sign in',
    submitting: 'Signing in …',
    errorHeading: 'You could not be signed in',
    loggedOut: 'You are now signed out.',
    loggedOutEverywhere: 'You are now signed out on every device. Sign in again to continue.',
  },
  start: {
    title: 'Home',
    chooserLabel: 'Coordination association',
    chooserDescription: 'Choose the association to show.',
    noAssociationsTitle: 'No coordination associations',
    noAssociations: 'No coordination associations have been registered yet.',
    facts: 'About the association',
    orgNumber: 'Organisation number',
    seat: 'Seat',
    formedOn: 'Formed',
    membersTitle: 'Members',
    memberName: 'Member',
    partyKind: 'Kind of party',
    joinedOn: 'Joined',
    leftOn: 'Left',
    status: 'Status',
    loadingMembers: 'Loading members …',
    noMembers: 'The association has no registered members.',
    memberCount: (n: number): string => (n === 1 ? '1 member' : `${formatNumber(n)} members`),
  },
  partyKinds: {
    fk: 'Social Insurance Agency',
    af: 'Public Employment Service',
    region: 'Region',
    kommun: 'Municipality',
  },
  memberStatus: {
    active: 'Active',
    notice_given: 'Notice given',
    left: 'Left',
  },
  noAccess: {
    title: 'No access',
    text: 'You have no role that gives access to this page. Contact the association’s administrator if you need it.',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist. Check the address or go to the home page.',
    home: 'Go to the home page',
  },
  errors: {
    ...moneyProblemsEn,
    ...accessProblemsEn,
    ...followUpProblemsEn,
    malformed_json: 'The server could not read the request. Please try again.',
    not_found: 'What you are looking for does not exist.',
    method_not_allowed: 'That action is not allowed here.',
    payload_too_large: 'What you sent is too large.',
    database_busy: 'The database is busy right now. Try again in a moment.',
    imports_busy: 'Two imports are already running. Wait a moment and try again.',
    server_stopping: 'The service is restarting. Nothing was imported; try again in a moment.',
    server_busy: 'Too many people are signing in right now. Try again in a few seconds.',
    unsupported_media_type: 'The server accepts JSON only. Reload the page and try again.',
    invalid_credentials: 'Wrong username or password.',
    unauthenticated: 'You need to sign in.',
    session_expired: 'Your session has expired. Please sign in again.',
    csrf_invalid: 'Your session could not be verified. Reload the page and try again.',
    forbidden: 'You do not have permission to do that.',
    too_many_attempts: 'Too many sign-in attempts. Wait a while and try again.',
    validation_failed: 'Some details need to be corrected.',
    internal_error: 'An error occurred in the service. Please try again later.',
    network_error: 'The service could not be reached. Check your connection and try again.',
    generic: 'Something went wrong. Please try again.',
  },
  fieldErrors: {
    required: (field: string): string => `Enter ${field}.`,
    too_long: (field: string): string => `The value for ${field} is too long.`,
    invalid: (field: string): string => `The value for ${field} is not valid.`,
    negative: (field: string): string => `The value for ${field} cannot be negative.`,
    out_of_range: (field: string): string => `The value for ${field} is out of range.`,
    unknown: (field: string): string => `The value for ${field} is unknown.`,
    duplicate: (field: string): string => `The value for ${field} already exists.`,
    too_large: (field: string): string => `The value for ${field} is too large.`,
    empty: (field: string): string => `Fill in ${field}.`,
    generic: (field: string): string => `Check ${field}.`,
  },
  a11y: {
    title: 'Accessibility statement',
    intro:
      'Samordna is an information system for Swedish coordination associations (Finsam). This statement describes how the service complies with the Swedish Act (2018:1937) on accessibility to digital public services, the shortcomings we know of, and how you can report problems to us.',
    providerTitle: 'Who provides the service?',
    provider:
      'The service is provided by the coordination association (samordningsförbund) that uses Samordna for its work. The association is a public authority and is responsible for the accessibility of the service.',
    statusTitle: 'How accessible is the service?',
    aim: 'We aim for the service to meet level AA of WCAG 2.1, as required by the Act (2018:1937) on accessibility to digital public services through the European standard EN\u00a0301\u00a0549.',
    status:
      'The service is partially compliant with the Act on accessibility to digital public services, due to the shortcomings described below.',
    gapsTitle: 'Content that is not accessible',
    gaps: [
      'The Contributions, Statistics and Finsam follow-up pages have charts. Under each chart is a table with the same data that can be read with a screen reader; the charts themselves only have a summarising text description.',
      'PDF exports have not yet been reviewed for accessibility.',
      'The service has not yet been tested together with people who use screen readers or other assistive technology.',
    ],
    methodTitle: 'How we tested the service',
    method:
      'We have carried out a self-assessment. Every page is tested automatically with the axe-core tool against WCAG 2.1 levels A and AA in the Chromium browser, in Swedish and English and at a width of 320 pixels. We have also reviewed keyboard navigation manually.',
    assessed: (date: string): string => `The assessment was made on ${date}.`,
    updated: (date: string): string => `This statement was last updated on ${date}.`,
    feedbackTitle: 'Report accessibility problems',
    feedback:
      'We always want to improve the accessibility of the service. If you find problems that are not described on this page, or if you think we do not meet the requirements of the law, please contact us so that we know the problem exists. You can also contact us if you need content in another format.',
    emailLabel: 'Email:',
    enforcementTitle: 'Enforcement',
    enforcement:
      'The Agency for Digital Government (DIGG) is responsible for enforcing the Act (2018:1937) on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact DIGG and report it.',
    enforcementLink: 'Report inaccessibility to DIGG (in Swedish)',
  },
  dashboard: dashboardEn,
  report: reportEn,
  moneyErrors: moneyErrorsEn,
  participantErrors: participantErrorsEn,
  agreements: agreementsEn,
  confirmRoles: confirmRolesEn,
  catalogue: catalogueEn,
  insatsForm: insatsFormEn,
  referrals: referralsEn,
  queue: queueEn,
  caseload: caseloadEn,
  historyImport: importEn,
  person: personEn,
  participationsExport: participationsExportEn,
  participation: participationEn,
  plan: planEn,
  accessErrors: accessErrorsEn,
  roles: rolesEn,
  users: usersEn,
  invitation: invitationEn,
  dataSubject: dataSubjectEn,
  processingRecord: processingRecordEn,
  audit: auditEn,
  statistics: statisticsEn,
  memberValue: memberValueEn,
  finsam: finsamEn,
  followUpErrors: followUpErrorsEn,
  account: accountEn,
  membershipIssues: membershipIssuesEn,
  money: sharedEn,
  members: membersEn,
  associations: associationsEn,
  contributions: contributionsEn,
  ...planningEn,
};
