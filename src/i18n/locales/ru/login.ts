export default {
  password: 'Пароль',
  passwordRequired: 'Введите пароль.',
  sessionExpired: 'Сеанс истёк. Войдите снова, чтобы продолжить с того же места.',
  revealPassword: 'Показать пароль',
  submit: 'Войти',
  subtitle: 'Войдите с учётной записью агента OTRS.',
  title: 'Вход',
  user: 'Имя пользователя',
  userPlaceholder: 'например, anna.full',
  userRequired: 'Введите имя пользователя.',
}
