import type { memberValueSv } from './memberValue.sv';

/** English texts of the member value report (issue 5). */
export const memberValueEn: typeof memberValueSv = {
  title: 'Member value',
  intro:
    'What a member municipality gets for its contributions: contributions, participants from the municipality and contribution per participant compared with all member municipalities together (state and regional funds are not included). Small numbers are always hidden and other figures protected (they may be off by up to 2).',
  member: 'Municipality',
  from: 'From',
  fromNoun: 'from date',
  to: 'To',
  toNoun: 'to date',
  apply: 'Show',
  noKommuner: 'The association has no member municipalities.',
  heading: (name: string): string => `Member value for ${name}`,
  summary: 'Contributions and cost per participant',
  figure: 'Figure',
  kommunen: 'The municipality',
  förbundet: 'All member municipalities',
  contributions: 'Member contributions (SEK)',
  persons: 'Participants (unique persons)',
  costPerPerson: 'Contribution per participant (SEK, rounded)',
  contributionsShare: (share: string): string => `The municipality’s contributions are ${share} of all municipalities’ contributions.`,
  figures: 'Participants and results',
  whatIf: 'If the municipality were to leave the association',
  noWhatIf: 'A withdrawal cannot be calculated for the municipality right now.',
  pdf: 'Download the report as PDF',
  pdfHint: 'The PDF holds the same figures and a chart. The download is logged.',
};
