export default {
  dashboard: 'Dashboard',
  logout: 'Sign out',
  main: 'Main navigation',
  tickets: 'Tickets',
}
