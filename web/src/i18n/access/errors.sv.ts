/** Swedish texts for the field error codes of docs/access-api.md, keyed `<field>.<code>`. */
export const accessErrorsSv = {
  'username.required': 'Ange ett användarnamn.',
  'username.invalid': 'Användarnamnet ska ha 2–64 tecken: bokstäverna a–z, siffror, punkt, understreck eller bindestreck.',
  'username.taken': 'Det användarnamnet är redan upptaget.',
  'displayName.required': 'Ange namnet som visas.',
  'password.required': 'Ange ett lösenord.',
  'password.too_short': 'Lösenordet ska ha minst 12 tecken.',
  'password.too_long': 'Lösenordet är för långt.',
  'passwordRepeat.required': 'Upprepa det nya lösenordet.',
  'passwordRepeat.mismatch': 'Lösenorden är inte likadana.',
  'currentPassword.required': 'Ange ditt nuvarande lösenord.',
  'currentPassword.wrong': 'Det nuvarande lösenordet är fel.',
  'role.invalid': 'Välj en roll i listan.',
  'role.separation_of_duties': 'Administratör kan inte samtidigt vara deltagaransvarig i samma förbund.',
  'role.duplicate': 'Användaren har redan den rollen under samma period.',
  'validFrom.invalid': 'Startdatum ska skrivas ÅÅÅÅ-MM-DD.',
  'validTo.invalid': 'Slutdatum ska skrivas ÅÅÅÅ-MM-DD.',
  'validTo.before_from': 'Slutdatum kan inte vara före startdatum.',
  'user.self': 'Du kan inte inaktivera ditt eget konto.',
  'organisationMemberId.required': 'Välj den part rollen gäller. Partens dataskyddsansvarige bekräftar den.',
  'assignment.not_needed': 'Rollen behöver ingen bekräftelse.',
  'assignment.already_confirmed': 'Rollen är redan bekräftad.',
  'userId.self': 'Du kan inte ge dig själv en roll. Be en annan administratör.',
  'from.invalid': 'Från-datum ska skrivas ÅÅÅÅ-MM-DD.',
  'to.invalid': 'Till-datum ska skrivas ÅÅÅÅ-MM-DD.',
  'to.before_from': 'Till-datum kan inte vara före från-datum.',
  'page.invalid': 'Sidnumret är ogiltigt.',
};

/** Problems without a field from docs/access-api.md. */
export const accessProblemsSv = {
  user_in_other_association: 'Användaren har roller i ett annat förbund och kan inte ändras härifrån.',
  own_assignment: 'Du kan inte bekräfta din egen roll.',
  requested_by_you: 'Du har själv begärt rollen och kan därför inte bekräfta den.',
  not_controller_contact: 'Bara partens dataskyddsansvarige kan bekräfta rollen.',
  superuser: 'Installationens superanvändare kan inte få roller i ett förbund.',
};
