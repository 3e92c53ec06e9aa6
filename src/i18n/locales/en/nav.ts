export default {
  about: 'About',
  dashboard: 'Dashboard',
  logout: 'Sign out',
  main: 'Main navigation',
  monitor: 'Queue monitor',
  preferences: 'Preferences',
  tickets: 'Tickets',
}
