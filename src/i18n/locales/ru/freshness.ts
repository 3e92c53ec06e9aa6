/** Marks on screens shown from the navigation cache while they are checked against the server. */
export default {
  checking: 'Сохранённая копия · проверяем изменения…',
  checkingHint: 'Показано то, что вы видели недавно; сервер проверяется на изменения.',
  checkFailed: 'Сохранённая копия · не удалось проверить изменения',
  checkFailedHint: 'Сервер недоступен; данные могут быть неактуальны. Обновите, чтобы попробовать снова.',
  updated: 'Обновлено',
  updatedHint: 'С прошлого просмотра что-то изменилось; на экране актуальные данные.',
}
