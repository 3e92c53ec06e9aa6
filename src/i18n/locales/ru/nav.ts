export default {
  about: 'О программе',
  dashboard: 'Обзор',
  logout: 'Выйти',
  main: 'Главное меню',
  monitor: 'Монитор очередей',
  preferences: 'Настройки',
  tickets: 'Заявки',
}
