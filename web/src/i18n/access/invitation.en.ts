import type { invitationSv } from './invitation.sv';

export const invitationEn: typeof invitationSv = {
  title: 'Choose a password',
  intro: (name: string, username: string, until: string): string =>
    `Welcome, ${name}. Choose a password for your account ${username}. Only you will know it. The link works until ${until} and only once.`,
  submit: 'Save the password',
  done: 'Your password has been saved.',
  toLogin: 'Log in',
};
