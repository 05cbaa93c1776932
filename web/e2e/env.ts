/** Server address and demo credentials, from the environment the Makefile sets. */
export const BASE_URL = process.env.SAMORDNA_BASE_URL ?? 'http://127.0.0.1:8080';
export const ADMIN_USER = process.env.SAMORDNA_ADMIN_USER ?? 'admin';

export function adminPassword(): string {
  const password = process.env.SAMORDNA_ADMIN_PASSWORD;
  if (!password) throw new Error('Set SAMORDNA_ADMIN_PASSWORD to the demo admin password');
  return password;
}

export const DEMO_ASSOCIATION = 'Samordningsförbundet Insjöriket';

export const DEMO_MEMBERS = [
  { name: 'Försäkringskassan', kind: 'Försäkringskassan', kindEn: 'Social Insurance Agency' },
  { name: 'Arbetsförmedlingen', kind: 'Arbetsförmedlingen', kindEn: 'Public Employment Service' },
  { name: 'Västra Götalandsregionen', kind: 'Region', kindEn: 'Region' },
  { name: 'Mölndals stad', kind: 'Kommun', kindEn: 'Municipality' },
  { name: 'Partille kommun', kind: 'Kommun', kindEn: 'Municipality' },
  { name: 'Härryda kommun', kind: 'Kommun', kindEn: 'Municipality' },
  { name: 'Lerums kommun', kind: 'Kommun', kindEn: 'Municipality' },
  { name: 'Alingsås kommun', kind: 'Kommun', kindEn: 'Municipality' },
] as const;
