import type { accountSv } from './account.sv';

export const accountEn: typeof accountSv = {
  title: 'My account',
  signedInAs: (name: string, username: string): string => `You are signed in as ${name} (${username}).`,
  passwordTitle: 'Change password',
  passwordIntro: 'After the change you are signed out on every other device.',
  currentPassword: 'Current password',
  currentPasswordNoun: 'your current password',
  newPassword: 'New password',
  newPasswordNoun: 'a new password',
  newPasswordHint: 'At least 12 characters. A sentence of several words is easy to remember and hard to guess.',
  repeatPassword: 'Repeat the new password',
  repeatPasswordNoun: 'the new password again',
  changeSubmit: 'Change password',
  changed: 'The password has been changed. You are signed out on every other device.',
  everywhereTitle: 'Sign out everywhere',
  everywhereIntro: 'Ends all your sessions, this one too, for example if you forgot to sign out on another computer.',
  everywhereSubmit: 'Sign out everywhere',
  loggedOutEverywhere: 'You are now signed out on every device.',
};
