export default {
  autoRetry: 'The console tries again by itself.',
  choicesNotLoaded: 'The choices for this action could not be loaded yet.',
  failed: 'Could not load {parts}: {reason}',
  notLoaded: 'Not loaded yet: the list could not be fetched. It is fetched again by itself; opening the list again tries at once.',
  parts: {
    agents: 'the agents',
    createQueues: 'the queues for new tickets',
    dynamicFields: 'the ticket fields',
    moveQueues: 'the move targets',
    permissions: 'your permissions',
    queues: 'the queues',
    services: 'the services',
    views: 'the ticket views, states and priorities',
  },
  permissionsNotLoaded: 'Your permissions could not be loaded yet, so this waits until they are there.',
  permissionsUnknown: 'Your permissions for this ticket are not known yet, so changes wait until they have loaded.',
  retrying: 'Trying again…',
}
