export default {
  agent: {
    empty: 'No agent matches. Try another name or login.',
    loadFailed: 'The agents could not be loaded. Close and open the list to try again.',
    placeholder: 'Choose an agent',
  },
  priority: {
    placeholder: 'Choose a priority',
  },
  queue: {
    empty: 'No queue you may use matches.',
    placeholder: 'Choose a queue',
  },
  state: {
    placeholder: 'Choose a state',
  },
  type: {
    placeholder: 'Choose a type',
  },
}
