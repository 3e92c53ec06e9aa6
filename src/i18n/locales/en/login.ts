export default {
  password: 'Password',
  passwordRequired: 'Enter your password.',
  sessionExpired: 'Your session has expired. Sign in again to continue where you left off.',
  revealPassword: 'Show the password',
  submit: 'Sign in',
  subtitle: 'Sign in with your OTRS agent account.',
  title: 'Sign in',
  user: 'User name',
  userPlaceholder: 'e.g. anna.full',
  userRequired: 'Enter your user name.',
}
