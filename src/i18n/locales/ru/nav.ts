export default {
  dashboard: 'Обзор',
  logout: 'Выйти',
  main: 'Главное меню',
  tickets: 'Заявки',
}
