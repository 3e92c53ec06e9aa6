export default {
  language: 'Language',
  theme: {
    auto: 'Follow system',
    dark: 'Dark',
    label: 'Theme',
    light: 'Light',
  },
}
