/** Swedish texts of "Välj lösenord" (the invitation link). */
export const invitationSv = {
  title: 'Välj lösenord',
  intro: (name: string, username: string, until: string): string =>
    `Välkommen, ${name}. Välj ett lösenord för ditt konto ${username}. Bara du kommer att känna till det. Länken gäller till ${until} och kan användas en gång.`,
  submit: 'Spara lösenordet',
  done: 'Ditt lösenord är sparat.',
  toLogin: 'Logga in',
};
