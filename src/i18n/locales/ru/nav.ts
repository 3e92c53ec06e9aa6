export default {
  about: 'О программе',
  customers: 'Клиенты',
  dashboard: 'Обзор',
  logout: 'Выйти',
  main: 'Главное меню',
  monitor: 'Монитор очередей',
  newTicket: 'Новая заявка',
  preferences: 'Настройки',
  tickets: 'Заявки',
}
