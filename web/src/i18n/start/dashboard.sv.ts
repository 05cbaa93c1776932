import { formatNumber } from '../../format';

/** Swedish texts of the start page's sections per role. */
export const dashboardSv = {
  /** Förbundschef and styrelse: the year so far, from the statistics API. */
  year: {
    title: (year: number): string => `Hittills i år (${year})`,
    participations: 'Deltaganden som startat',
    persons: 'Unika personer',
    medianWait: 'Väntetid, median',
    days: (n: string): string => `${n} dagar`,
    more: 'Mer statistik',
  },
  budget: {
    title: (year: number): string => `Budget ${year}`,
    total: 'Budget totalt',
    state: 'Staten',
    regions: 'Regioner',
    kommuner: 'Kommuner',
    none: (year: number): string => `Det finns ingen budget för ${year} ännu.`,
    more: (year: number): string => `Medlemsavgifter ${year}`,
  },
  notices: {
    title: 'Uppsägningar',
    count: 'Medlemmar med gällande uppsägning',
    none: 'Ingen medlem har en gällande uppsägning.',
    until: (name: string, date: string): string => `${name}: medlem till och med ${date}`,
    more: 'Alla medlemmar',
  },
  /** Ekonom: this year's contributions by payment status. */
  overdue: {
    title: 'Förfallna fakturor',
    caption: 'Medlemsavgifter som inte är betalda i tid',
    none: 'Inga fakturor har förfallit.',
    year: 'År',
    dueOn: 'Förföll',
    days: 'Dagar sedan',
    outstanding: 'Kvar att betala, kr',
  },
  contributions: {
    title: (year: number): string => `Medlemsavgifter ${year}`,
    caption: (year: number): string => `Betalning av medlemsavgifterna ${year}`,
    status: 'Betalning',
    members: 'Medlemmar',
    amount: 'Belopp, kr',
    total: 'Budget totalt',
    zeroNote: 'Medlemmar utan avgift (Arbetsförmedlingen, vars del betalas av Försäkringskassan) räknas inte.',
    none: (year: number): string => `Det finns ingen budget för ${year} ännu.`,
    more: (year: number): string => `Medlemsavgifter ${year}`,
  },
  equity: {
    title: 'Eget kapital',
    closing: (year: number): string => `Utgående eget kapital ${year}`,
    share: 'Andel av årets medlemsavgifter',
    limit: 'Gräns',
    flag: 'Bedömning',
    none: 'Det finns inget avslutat år med eget kapital ännu.',
    more: 'Eget kapital alla år',
  },
  /** Revisor: the latest events of the audit log. */
  dataProtection: {
    title: 'Dataskydd för din part',
    pending: (n: number): string =>
      n === 0 ? 'Inga personuppgiftsroller väntar på bekräftelse.' : n === 1 ? '1 personuppgiftsroll väntar på din bekräftelse.' : `${formatNumber(n)} personuppgiftsroller väntar på din bekräftelse.`,
    intro: 'Du bekräftar vilka som får se partens deltagare och svarar på deltagarnas begäranden om registerutdrag, rättelse, begränsning och radering.',
    confirm: 'Bekräfta roller',
    extract: 'Registerutdrag och rättigheter',
    record: 'Register över behandlingar',
    agreements: 'PUB-avtal',
  },
  audit: {
    title: 'Senaste händelserna i granskningsloggen',
    caption: (n: number): string => `De ${formatNumber(n)} senaste händelserna`,
    none: 'Loggen är tom.',
    more: 'Hela granskningsloggen',
  },
  /** Insatsansvarig and deltagaransvarig: the insatser they work in. */
  insatser: {
    title: 'Mina insatser',
    caption: 'Insatser som du arbetar i',
    insats: 'Insats',
    capacity: 'Platser',
    active: 'Deltar i dag',
    started: (year: number): string => `Startade ${year}`,
    waiting: 'I kö',
    queueLink: (insats: string): string => `Kön till ${insats}`,
    none: 'Du är inte kopplad till någon insats.',
    more: 'Alla insatser',
  },
  awaiting: {
    title: 'Remisser som väntar på beslut',
    count: 'Väntar på beslut',
    caption: 'Remisser som väntar på beslut per insats',
    insats: 'Insats',
    waiting: 'Antal',
    oldest: 'Äldsta remiss',
    none: 'Inga remisser väntar på beslut.',
    toQueue: 'Till kön',
    toQueueOf: (insats: string): string => `Till kön för ${insats}`,
  },
  /** Remittent: the referrals they sent, by state. */
  myReferrals: {
    title: 'Mina remisser',
    total: 'Skickade totalt',
    more: 'Alla mina remisser',
    newReferral: 'Skicka en ny remiss',
  },
  loadFailed: 'Uppgifterna kunde inte hämtas.',
};
