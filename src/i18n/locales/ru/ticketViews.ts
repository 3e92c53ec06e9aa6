export default {
  all: 'Все заявки',
  assignedToMe: 'Назначенные мне',
  closed: 'Закрытые',
  myLocked: 'Заблокированные мной',
  myQueues: 'Мои очереди',
  myWatched: 'Отслеживаемые',
  newNotes: 'Новые заметки',
  open: 'Открытые',
}
