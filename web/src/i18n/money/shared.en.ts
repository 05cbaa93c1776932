/** English texts shared by the members-and-money pages. */
import type { sharedSv } from './shared.sv';

export const sharedEn: typeof sharedSv = {
  loading: 'Loading data …',
  errorHeading: 'Please correct the following',
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving …',
  saved: 'The change has been saved.',
  total: 'Total',
  none: 'No value',
  yes: 'Yes',
  no: 'No',
  dateHint: 'YYYY-MM-DD',
  kronorHint: 'In kronor, for example 14 976 000 or 14976000.50.',
  unitTkr: 'SEK thousand',
  unitKr: 'SEK',
  year: 'Year',
  member: 'Member',
  print: 'Print',
  readOnly: 'You can view the data, but your role does not allow you to change it.',
  estimated: 'estimated',
};
