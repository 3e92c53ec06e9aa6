/** filters/getTicketViews: views, priorities, types, states and sort options for the ticket lists. */
import {
  BUILT_IN_VIEWS, DEFAULT_PRIORITY_ID, MOBILE_SCREENS, PRIORITIES, SCREEN_STATE_IDS, SORT_OPTIONS, STATES, TICKET_TYPES,
} from '../world/reference.ts'
import { intParam, ok, type Handler } from './context.ts'

const getTicketViews: Handler = ({ params, world }) => {
  const queueId = intParam(params.QueueID)
  // With a (known) QueueID the states say which ones the create/edit screens offer for that queue.
  const forQueue = queueId !== undefined && world.queueById(queueId) !== undefined
  return ok({
    Groups: [
      { Name: 'View', Exclusive: 1, Items: BUILT_IN_VIEWS.map((view, index) => (index === 0 ? { ...view, Default: 1 } : { ...view })) },
      { Name: 'Priority', Items: PRIORITIES.map((priority) => ({ ID: priority.id, Name: priority.name, Color: priority.color, Default: priority.id === DEFAULT_PRIORITY_ID ? 1 : 0 })) },
      { Name: 'Type', Items: TICKET_TYPES.map((type) => ({ ID: type.id, Name: type.name, Abbr: type.abbr, Color: type.color, BackgroundColor: type.backgroundColor })) },
      {
        Name: 'State',
        Items: [...STATES].sort((a, b) => a.name.localeCompare(b.name)).map((state) => {
          const onScreens = forQueue && SCREEN_STATE_IDS.includes(state.id)
          return {
            ID: state.id, Name: state.name, StateType: state.type, Color: state.color, BackgroundColor: state.backgroundColor,
            Default: forQueue && state.id === 1 ? 1 : 0,
            OnTicketCreateScreen: onScreens ? 1 : 0,
            Screens: onScreens ? Object.fromEntries(MOBILE_SCREENS.map((screen) => [screen, 1])) : {},
            IsVisible: state.visible,
          }
        }),
      },
      { Name: 'Sort', Exclusive: 1, Items: SORT_OPTIONS.map((option) => ({ ...option })) },
    ],
  })
}

export const filterHandlers: Record<string, Handler> = { getTicketViews }
