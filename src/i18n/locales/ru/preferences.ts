export default {
  language: 'Язык',
  theme: {
    auto: 'Как в системе',
    dark: 'Тёмная',
    label: 'Тема',
    light: 'Светлая',
  },
}
