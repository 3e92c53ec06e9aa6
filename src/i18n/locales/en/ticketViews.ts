export default {
  all: 'All tickets',
  assignedToMe: 'Assigned to me',
  closed: 'Closed',
  myLocked: 'My locked',
  myQueues: 'My queues',
  myWatched: 'My watched',
  newNotes: 'New notes',
  open: 'Open',
}
