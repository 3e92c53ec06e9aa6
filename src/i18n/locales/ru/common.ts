export default {
  appName: 'Консоль OTRS',
  cancel: 'Отмена',
  close: 'Закрыть',
  loading: 'Загрузка…',
  refresh: 'Обновить',
  retry: 'Повторить',
  save: 'Сохранить',
}
