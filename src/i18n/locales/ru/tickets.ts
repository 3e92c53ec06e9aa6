export default {
  columns: {
    age: 'Возраст',
    customer: 'Клиент',
    number: 'Заявка №',
    owner: 'Владелец',
    priority: 'Приоритет',
    queue: 'Очередь',
    state: 'Состояние',
    title: 'Тема',
  },
  empty: 'Здесь нет заявок',
  emptyHint: 'В этом представлении сейчас ничего нет. Выберите другое или загляните позже.',
  title: 'Заявки',
  total: 'Заявок: {count}',
  view: 'Представление',
}
