export default {
  answer: {
    instructionsSent: 'If this account exists, password reset instructions are on their way. Check your e-mail.',
    newPasswordSent: 'A new password was sent to {user}. Check your e-mail.',
  },
  explanation: 'Enter your user name. If the account exists and password reset is turned on, OTRS sends you an e-mail with instructions.',
  haveToken: 'I have a reset token from the e-mail',
  open: 'Forgot your password?',
  submit: 'Send instructions',
  submitWithToken: 'Send me a new password',
  title: 'Reset your password',
  token: 'Reset token',
  tokenHint: 'The token is the long code at the end of the link in the reset e-mail.',
  user: 'Your user name',
  userRequired: 'Enter your user name.',
}
