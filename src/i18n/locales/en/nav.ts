export default {
  about: 'About',
  customers: 'Customers',
  dashboard: 'Dashboard',
  logout: 'Sign out',
  main: 'Main navigation',
  monitor: 'Queue monitor',
  newTicket: 'New ticket',
  preferences: 'Preferences',
  tickets: 'Tickets',
}
