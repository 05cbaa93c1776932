/** Swedish texts of the follow-up pages (issue 5): statistics and the member value report. */

export const statisticsSv = {
  title: 'Statistik',
  intro:
    'Välj mått, vad raderna och kolumnerna ska visa och vilken period du vill se. Små tal döljs när du inte får se exakta uppgifter, eller när du väljer att publicera.',
  formTitle: 'Urval',
  measure: 'Mått',
  rows: 'Rader',
  columns: 'Kolumner',
  from: 'Från och med',
  fromNoun: 'från-datum',
  to: 'Till och med',
  toNoun: 'till-datum',
  kommun: 'Kommun',
  allKommuner: 'Alla kommuner',
  publish: 'Publicera: dölj små tal även om jag får se exakta uppgifter',
  publishHint: 'Välj detta när tabellen ska visas för andra, till exempel i en rapport eller på webben.',
  apply: 'Visa',
  total: 'Totalt',
  caption: (measure: string, from: string, to: string): string => `${measure}, ${from}–${to}`,
  unitKr: 'kr',
  hidden: '..',
  hiddenExplanation: (threshold: number): string =>
    `Uppgiften visas inte: färre än ${threshold} personer eller skulle avslöja sådana`,
  legend: (threshold: number): string =>
    `.. = Uppgiften visas inte: färre än ${threshold} personer eller skulle avslöja sådana.`,
  exact: 'Siffrorna är exakta: inga uppgifter är dolda.',
  suppressed: (threshold: number): string =>
    `Små tal är dolda: uppgifter om färre än ${threshold} personer, och uppgifter som skulle avslöja dem, visas som "..".`,
  notAdditive: 'Måttet kan inte summeras: totalerna är beräknade för hela gruppen, inte som summor av cellerna.',
  empty: 'Det finns inga uppgifter för det här urvalet.',
  chartTitle: 'Totalt per rad',
  chartDescription: (measure: string, rows: string): string =>
    `Stapeldiagram: ${measure}, totalt per ${String(rows).toLowerCase()}. Samma siffror finns i tabellen under diagrammet.`,
  chartLoading: 'Diagrammet laddas …',
  chartTable: 'Diagrammets data',
  downloadCsv: 'Ladda ned som CSV (Excel)',
  downloadXlsx: 'Ladda ned som Excel-arbetsbok (XLSX, med diagram)',
  downloadHint: 'Filerna innehåller samma urval som tabellen. Nedladdningen loggas.',
  measures: {
    participations: 'Deltaganden (startade under perioden)',
    unique_persons: 'Unika personer',
    ended: 'Avslutade deltaganden',
    in_work_or_studies: 'I arbete eller studier efter avslut',
    left_support: 'Lämnat försörjningsstöd',
    referrals: 'Remisser',
    returned_referrals: 'Återvisade remisser',
    attendance: 'Närvaro (strukturinsatser)',
    median_wait_days: 'Väntetid, median (dagar)',
    p90_wait_days: 'Väntetid, 90:e percentilen (dagar)',
    cost_per_participation: 'Kostnad per deltagande (kr)',
    cost_per_person: 'Kostnad per deltagare (kr)',
  },
  dimensions: {
    none: 'Inget (bara totalt)',
    insats: 'Insats',
    insats_kind: 'Typ av insats',
    intensity: 'Omfattning',
    gender: 'Kön',
    kommun: 'Kommun',
    referrer: 'Remittent',
    target_group: 'Målgrupp',
    age_band: 'Åldersgrupp',
    year: 'År',
    quarter: 'Kvartal',
    month: 'Månad',
  },
  keys: {
    woman: 'Kvinnor',
    man: 'Män',
    unknown: 'Okänt',
    none: 'Ingen uppgift',
    total: 'Totalt',
    individual: 'Individinsats',
    structural: 'Strukturinsats',
    extensive: 'Omfattande insatser',
    light: 'Lättare insatser',
  },
  ageBand: (band: string): string => (band === '65+' ? '65 år och äldre' : `${String(band).replace('-', '–')} år`),
};

/** 400 problems and 429 of the follow-up API. */
export const followUpProblemsSv = {
  unknown_measure: 'Måttet finns inte. Välj ett mått i listan.',
  unknown_dimension: 'Indelningen finns inte. Välj rader och kolumner i listorna.',
  exports_busy: 'Två nedladdningar pågår redan. Vänta en stund och försök igen.',
};

/** 422 field errors of docs/follow-up-api.md (`field.code`). */
export const followUpErrorsSv: Record<string, string> = {
  'from.required': 'Ange från-datum.',
  'from.invalid': 'Från-datum ska skrivas ÅÅÅÅ-MM-DD.',
  'to.required': 'Ange till-datum.',
  'to.invalid': 'Till-datum ska skrivas ÅÅÅÅ-MM-DD.',
  'to.before_from': 'Till-datum kan inte vara före från-datum.',
  'columns.same_as_rows': 'Välj en annan indelning för kolumnerna än för raderna.',
  'threshold.too_low': 'Gränsen för små tal måste vara minst 2.',
  'from.before_data': 'Från-datum är före förbundets bildande. Välj ett senare datum.',
  'to.after_data': 'Till-datum kan inte vara efter årets slut.',
  'member.not_kommun': 'Välj en kommun: rapporten finns bara för kommuner.',
};
