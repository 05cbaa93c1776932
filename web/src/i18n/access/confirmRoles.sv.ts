/** Swedish texts for confirming personal-data roles (the controller's side). */
export const confirmRolesSv = {
  title: 'Bekräfta roller',
  intro:
    'Roller som ger tillgång till uppgifter om deltagare (deltagaransvarig) eller rätt att bekräfta sådana (dataskyddsansvarig) gäller först när den part de avser har bekräftat dem. En deltagaransvarig ser deltagarna i en insats först när den part som leder insatsen (och är personuppgiftsansvarig) också har bekräftat rollen. Du bekräftar för din part, aldrig din egen roll och aldrig en roll du själv har begärt.',
  caption: 'Roller som väntar på bekräftelse',
  user: 'Användare',
  role: 'Roll',
  party: 'Väntar på part',
  validity: 'Gäller',
  requestedBy: 'Begärd av',
  system: 'Systemet',
  confirm: 'Bekräfta',
  confirmFor: (role: string, name: string): string => `Bekräfta ${role} för ${name}`,
  done: (role: string, name: string): string => `${name} har nu rollen ${role}. Den gäller från nästa inloggning.`,
  none: 'Inga roller väntar på bekräftelse.',
};
