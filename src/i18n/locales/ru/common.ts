export default {
  appName: 'Консоль OTRS',
  cancel: 'Отмена',
  choose: 'Выберите…',
  close: 'Закрыть',
  loading: 'Загрузка…',
  refresh: 'Обновить',
  retry: 'Повторить',
  save: 'Сохранить',
}
