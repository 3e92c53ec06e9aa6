export default {
  about: 'О программе',
  dashboard: 'Обзор',
  logout: 'Выйти',
  main: 'Главное меню',
  preferences: 'Настройки',
  tickets: 'Заявки',
}
