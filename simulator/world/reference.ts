/**
 * The fixed part of the world: what the Znuny 6.5.9 lab behind the fixtures was configured with
 * (groups, queues, states, priorities, types, agents, customers, services, SLAs, dynamic fields).
 */

export type Permission = 'ro' | 'move_into' | 'create' | 'note' | 'owner' | 'priority' | 'rw'

export interface Group { id: number; name: string }
export interface Queue { id: number; name: string; groupId: number; email: string; personalFor: number[] }
export interface State { id: number; name: string; type: 'new' | 'open' | 'closed' | 'pending reminder' | 'pending auto' | 'removed' | 'merged'; color: string; backgroundColor: string; visible: 0 | 1 }
export interface Priority { id: number; name: string; color: string }
export interface TicketType { id: number; name: string; abbr: string; color: string; backgroundColor: string }
export interface Agent {
  id: number; login: string; password: string; firstName: string; lastName: string; email: string
  /** null: no preference (the server then prints UntilTimeDate as null) */
  timeZone: string | null
  permissions: Record<number, Permission[]>
  /** "My Queues" (view -2) */
  personalQueueIds: number[]
  createTime: string; loginFailed: number; userToken?: string
}
export interface CustomerCompany { id: string; name: string; street: string; zip: string; city: string; country: string }
export interface CustomerUser {
  login: string; firstName: string | null; lastName: string | null; email: string; customerId: string
  phone: string | null; mobile: string | null; fax: string | null; title: string | null; street: string | null
  zip: string | null; city: string | null; country: string | null; comment: string | null; language: string | null
  /** Services assigned to this customer user; empty means "the default services" */
  serviceIds: number[]
}
export interface Service { id: number; name: string; parentId: number | null; comment: string }
export interface Sla { id: number; name: string; serviceIds: number[]; firstResponseMinutes: number; solutionMinutes: number }
export interface DynamicFieldDef {
  id: number; name: string; label: string; fieldType: 'Text' | 'TextArea' | 'Dropdown' | 'Multiselect' | 'Checkbox' | 'Date' | 'DateTime' | 'ProcessID' | 'ActivityID'
  objectType: 'Ticket' | 'Article'
  possibleValues?: Record<string, string>
  /** RS:API::Ticket::MobileScreen::DynamicFields###AgentMobileTicketNote */
  mobileScreen?: 'r' | 'rw'
}

export const SESSION_NAME = 'OTRSAgentInterface'
export const AVATAR_URL = 'https://www.shareicon.net/data/128x128/2015/09/18/103160_man_512x512.png'
export const CUSTOMER_AVATAR_URL = 'http://www.sg-webs.com/wp-content/uploads/2014/12/Robert-Morris-Circle.png'
export const PACKAGES = [{ Name: 'RS4OTRS_API', Version: '6.5.1' }]
/** When the lab was set up; reference records carry it as their create/change time */
export const SETUP_TIME = '2026-11-27 19:11:48'
export const INSTALL_TIME = '2026-11-27 19:09:11'

export const GROUPS: Group[] = [
  { id: 1, name: 'users' },
  { id: 2, name: 'admin' },
  { id: 3, name: 'stats' },
  { id: 5, name: 'support' },
  { id: 6, name: 'sales' },
  { id: 7, name: 'restricted' },
]

export const QUEUES: Queue[] = [
  { id: 1, name: 'Postmaster', groupId: 1, email: 'support@example.test', personalFor: [3] },
  { id: 2, name: 'Raw', groupId: 1, email: 'support@example.test', personalFor: [] },
  { id: 3, name: 'Junk', groupId: 1, email: 'support@example.test', personalFor: [] },
  { id: 4, name: 'Misc', groupId: 1, email: 'support@example.test', personalFor: [] },
  { id: 5, name: 'Support', groupId: 5, email: 'support@example.test', personalFor: [1, 2, 3, 4] },
  { id: 6, name: 'Support::Hardware', groupId: 5, email: 'support@example.test', personalFor: [2, 4] },
  { id: 7, name: 'Sales', groupId: 6, email: 'support@example.test', personalFor: [3, 4] },
  { id: 8, name: 'Restricted', groupId: 7, email: 'support@example.test', personalFor: [] },
]

export const STATES: State[] = [
  { id: 1, name: 'new', type: 'new', color: '#ffffff', backgroundColor: '#5bb8a5', visible: 1 },
  { id: 2, name: 'closed successful', type: 'closed', color: '#b3b3b3', backgroundColor: '#ffffff', visible: 0 },
  { id: 3, name: 'closed unsuccessful', type: 'closed', color: '#b3b3b3', backgroundColor: '#ffffff', visible: 0 },
  { id: 4, name: 'open', type: 'open', color: '#5bb8a5', backgroundColor: '#ffffff', visible: 1 },
  { id: 5, name: 'removed', type: 'removed', color: '#b3b3b3', backgroundColor: '#ffffff', visible: 0 },
  { id: 6, name: 'pending reminder', type: 'pending reminder', color: '#b3b3b3', backgroundColor: '#ffffff', visible: 1 },
  { id: 7, name: 'pending auto close+', type: 'pending auto', color: '#b3b3b3', backgroundColor: '#ffffff', visible: 1 },
  { id: 8, name: 'pending auto close-', type: 'pending auto', color: '#b3b3b3', backgroundColor: '#ffffff', visible: 1 },
  { id: 9, name: 'merged', type: 'merged', color: '#b3b3b3', backgroundColor: '#ffffff', visible: 0 },
]
/** States a ticket may be given on the create/edit screens (the rest are system states) */
export const SCREEN_STATE_IDS = [1, 2, 3, 4, 6, 7, 8]
export const MOBILE_SCREENS = ['AgentMobileNewTicket', 'AgentMobileEditTicket', 'AgentMobileTicketClose', 'AgentMobileTicketNote', 'AgentMobileTicketStatus']

export const PRIORITIES: Priority[] = [
  { id: 1, name: '1 very low', color: '#1e0000' },
  { id: 2, name: '2 low', color: '#b7b7b7' },
  { id: 3, name: '3 normal', color: '#5bb8a5' },
  { id: 4, name: '4 high', color: '#f9a46c' },
  { id: 5, name: '5 very high', color: '#f86868' },
]
export const DEFAULT_PRIORITY_ID = 3

export const TICKET_TYPES: TicketType[] = [
  { id: 1, name: 'Unclassified', abbr: 'UNC', color: '#b3b3b3', backgroundColor: '#b3b3b3' },
  { id: 2, name: 'Incident', abbr: 'INC', color: '#5bb8a5', backgroundColor: '#889988' },
  { id: 3, name: 'Service Request', abbr: 'SER', color: '#b3b3b3', backgroundColor: '#b3b3b3' },
  { id: 4, name: 'Problem', abbr: 'PRB', color: '#ffffff', backgroundColor: '#eeeeee' },
]

const ALL_RW: Record<number, Permission[]> = Object.fromEntries(GROUPS.map((group) => [group.id, ['rw']]))

export const AGENTS: Agent[] = [
  {
    id: 1, login: 'root@localhost', password: 'RootLab#2026', firstName: 'Admin', lastName: 'OTRS', email: 'root@localhost',
    timeZone: null, permissions: ALL_RW, personalQueueIds: [5], createTime: INSTALL_TIME, loginFailed: 1,
  },
  {
    id: 2, login: 'anna.full', password: 'AnnaFull#2026', firstName: 'Anna', lastName: 'Fuller', email: 'anna.full@example.test',
    timeZone: 'Europe/Berlin', permissions: { 1: ['rw'], 3: ['rw'], 5: ['rw'], 6: ['rw'], 7: ['rw'] }, personalQueueIds: [5, 6],
    createTime: SETUP_TIME, loginFailed: 0,
  },
  {
    id: 3, login: 'rolf.ro', password: 'RolfRo#2026', firstName: 'Rolf', lastName: 'Reader', email: 'rolf.ro@example.test',
    timeZone: 'UTC', permissions: { 1: ['ro'], 5: ['ro'], 6: ['ro'] }, personalQueueIds: [1, 5, 7],
    createTime: SETUP_TIME, loginFailed: 0, userToken: 'R5iaXKVIh0K879W',
  },
  {
    id: 4, login: 'nora.note', password: 'NoraNote#2026', firstName: 'Nora', lastName: 'Notetaker', email: 'nora.note@example.test',
    timeZone: 'UTC', permissions: { 1: ['ro', 'note'], 5: ['rw'], 6: ['ro', 'priority', 'move_into', 'note'] }, personalQueueIds: [5, 6, 7],
    createTime: SETUP_TIME, loginFailed: 0,
  },
]

export const CUSTOMER_COMPANIES: CustomerCompany[] = [
  { id: 'ACME', name: 'Acme Corporation', street: 'Main Street 1', zip: '12345', city: 'Springfield', country: 'USA' },
  { id: 'GLOBEX', name: 'Globex Inc.', street: 'Cypress Creek 5', zip: '54321', city: 'Cypress Creek', country: 'USA' },
  { id: 'INITECH', name: 'Initech GmbH', street: 'Hauptstraße 7', zip: '10115', city: 'Berlin', country: 'Germany' },
]

function customerUser(login: string, firstName: string, lastName: string, email: string, customerId: string, serviceIds: number[]): CustomerUser {
  return {
    login, firstName, lastName, email, customerId, phone: '+1 555 0100', mobile: null, fax: null, title: null, street: null,
    zip: null, city: null, country: null, comment: null, language: null, serviceIds,
  }
}

export const CUSTOMER_USERS: CustomerUser[] = [
  customerUser('jdoe', 'John', 'Doe', 'john.doe@acme.example.test', 'ACME', [3]),
  customerUser('msmith', 'Mary', 'Smith', 'mary.smith@globex.example.test', 'GLOBEX', []),
  customerUser('bwayne', 'Bruce', 'Wayne', 'bruce.wayne@acme.example.test', 'ACME', []),
  customerUser('kmüller', 'Klaus', 'Müller', 'klaus.mueller@initech.example.test', 'INITECH', []),
]

export const SERVICES: Service[] = [
  { id: 1, name: 'IT Support', parentId: null, comment: 'lab service IT Support' },
  { id: 2, name: 'IT Support::Email', parentId: 1, comment: 'lab service IT Support::Email' },
  { id: 3, name: 'Hardware', parentId: null, comment: 'lab service Hardware' },
]
/** What a customer user without own service assignments may use */
export const DEFAULT_SERVICE_IDS = [1, 2]

export const SLAS: Sla[] = [
  { id: 1, name: 'Gold', serviceIds: [1, 2], firstResponseMinutes: 60, solutionMinutes: 480 },
  { id: 2, name: 'Silver', serviceIds: [3], firstResponseMinutes: 240, solutionMinutes: 1440 },
]

export const DYNAMIC_FIELDS: DynamicFieldDef[] = [
  { id: 1, name: 'ProcessManagementProcessID', label: 'Process', fieldType: 'ProcessID', objectType: 'Ticket' },
  { id: 2, name: 'ProcessManagementActivityID', label: 'Activity', fieldType: 'ActivityID', objectType: 'Ticket' },
  { id: 3, name: 'ProcessManagementAttachment', label: 'Attachment', fieldType: 'TextArea', objectType: 'Ticket' },
  { id: 4, name: 'TicketCalendarStartTime', label: 'Ticket Calendar StartTime', fieldType: 'DateTime', objectType: 'Ticket' },
  { id: 5, name: 'TicketCalendarEndTime', label: 'Ticket Calendar EndTime', fieldType: 'DateTime', objectType: 'Ticket' },
  { id: 6, name: 'CustomerRef', label: 'Customer reference', fieldType: 'Text', objectType: 'Ticket', mobileScreen: 'r' },
  { id: 7, name: 'Category', label: 'Category', fieldType: 'Dropdown', objectType: 'Ticket', possibleValues: { hw: 'Hardware', sw: 'Software', net: 'Network' }, mobileScreen: 'rw' },
  { id: 8, name: 'Tags', label: 'Tags', fieldType: 'Multiselect', objectType: 'Ticket', possibleValues: { vip: 'VIP', urgent: 'Urgent', followup: 'Follow-up' }, mobileScreen: 'rw' },
  { id: 9, name: 'DueDate', label: 'Due date', fieldType: 'Date', objectType: 'Ticket' },
  { id: 10, name: 'Escalated', label: 'Escalated', fieldType: 'Checkbox', objectType: 'Ticket' },
  { id: 11, name: 'NoteRef', label: 'Note reference', fieldType: 'Text', objectType: 'Article' },
]

export const SORT_OPTIONS = [
  { Value: 'EscalationSolutionTime', Name: 'By time to done' },
  { Value: 'Age', Name: 'By creating date' },
  { Value: 'Priority', Name: 'By priority' },
  { Value: 'Changed', Name: 'By last update' },
]

export const BUILT_IN_VIEWS = [
  { ID: -1, Name: 'Assigned to me' },
  { ID: -2, Name: 'My Queues' },
  { ID: -3, Name: 'Open' },
  { ID: -4, Name: 'Closed' },
  { ID: -5, Name: 'New notes' },
  { ID: -6, Name: 'My locked' },
  { ID: -7, Name: 'My watched' },
]

export const LANGUAGES: [string, string][] = [
  ['ar_SA', 'العَرَبِيَّة‎ - Arabic (Saudi Arabia)'], ['bg', 'Български - Bulgarian'], ['ca', 'Català - Catalan'],
  ['cs', 'Česky - Czech'], ['da', 'Dansk - Danish'], ['de', 'Deutsch - German'], ['el', 'Ελληνικά - Greek'],
  ['en', 'English (United States)'], ['en_CA', 'English (Canada)'], ['en_GB', 'English (United Kingdom)'],
  ['es', 'Español - Spanish'], ['es_CO', 'Español (Colombia) - Spanish (Colombia)'], ['es_MX', 'Español (México) - Spanish (Mexico)'],
  ['et', 'Eesti - Estonian'], ['fa', 'فارسى - Persian'], ['fi', 'Suomi - Finnish'], ['fr', 'Français - French'],
  ['fr_CA', 'Français (Canada) - French (Canada)'], ['gl', 'Galego - Galician'], ['he', 'עברית - Hebrew'],
  ['hi', 'हिन्दी - Hindi'], ['hr', 'Hrvatski - Croatian'], ['hu', 'Magyar - Hungarian'], ['id', 'Bahasa Indonesia - Indonesian'],
  ['it', 'Italiano - Italian'], ['ja', '日本語 - Japanese'], ['ko', '한국어 - Korean'], ['lt', 'Lietuvių kalba - Lithuanian'],
  ['lv', 'Latvijas - Latvian'], ['mk', 'Македонски - Macedonian'], ['ms', 'Melayu - Malay'], ['nb_NO', 'Norsk bokmål - Norwegian'],
  ['nl', 'Nederlandse - Dutch'], ['pl', 'Polski - Polish'], ['pt', 'Português - Portuguese'], ['pt_BR', 'Português Brasileiro - Portuguese (Brasil)'],
  ['ro', 'Română - Romanian'], ['ru', 'Русский - Russian'], ['sk_SK', 'Slovenčina - Slovak'], ['sl', 'Slovenščina - Slovenian'],
  ['sr_Cyrl', 'Српски - Serbian Cyrillic'], ['sr_Latn', 'Srpski - Serbian Latin'], ['sv', 'Svenska - Swedish'],
  ['sw', 'Kiswahili - Swahili'], ['th_TH', 'ภาษาไทย - Thai'], ['tr', 'Türkçe - Turkish'], ['uk', 'Українська - Ukrainian'],
  ['vi_VN', 'Vietnam - Vietnamese'], ['zh_CN', '简体中文 - Chinese (Simplified)'], ['zh_TW', '正體中文 - Chinese (Traditional)'],
]

export const stateById = new Map(STATES.map((state) => [state.id, state]))
export const priorityById = new Map(PRIORITIES.map((priority) => [priority.id, priority]))
export const typeById = new Map(TICKET_TYPES.map((type) => [type.id, type]))
export const groupById = new Map(GROUPS.map((group) => [group.id, group]))
export const serviceById = new Map(SERVICES.map((service) => [service.id, service]))
export const slaById = new Map(SLAS.map((sla) => [sla.id, sla]))
export const dynamicFieldByName = new Map(DYNAMIC_FIELDS.map((field) => [field.name, field]))

/** State types that count as "open" for StateType=Open and the views */
export function isOpenStateType(type: State['type']): boolean {
  return type === 'new' || type === 'open' || type === 'pending reminder' || type === 'pending auto'
}
export function isPendingStateType(type: State['type']): boolean {
  return type === 'pending reminder' || type === 'pending auto'
}
