export default {
  picker: {
    change: 'Изменить',
    create: '+ Новый пользователь клиента…',
    noMatch: 'Нет пользователей клиента по запросу «{term}».',
    placeholder: 'Имя, логин, e-mail или компания',
    results: 'Найденные пользователи клиента',
    searching: 'Поиск…',
  },
}
