export default {
  about: 'About',
  dashboard: 'Dashboard',
  logout: 'Sign out',
  main: 'Main navigation',
  preferences: 'Preferences',
  tickets: 'Tickets',
}
