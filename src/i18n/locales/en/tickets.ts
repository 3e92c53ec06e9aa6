export default {
  columns: {
    age: 'Age',
    customer: 'Customer',
    number: 'Ticket#',
    owner: 'Owner',
    priority: 'Priority',
    queue: 'Queue',
    state: 'State',
    title: 'Title',
  },
  empty: 'No tickets here',
  emptyHint: 'Nothing matches this view right now. Pick another view or come back later.',
  title: 'Tickets',
  total: '{count} tickets',
  view: 'Ticket view',
}
