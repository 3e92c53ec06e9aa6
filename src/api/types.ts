/**
 * Types of the RS4OTRS_API answers, as recorded from Znuny 6.5.9 + RS4OTRS_API 6.5.1
 * (`../shared/api-fixtures`). Only ID-like and counter fields are numbers; empty values are null.
 * Third-party avatar URLs and password hashes are removed at the boundary and never appear here.
 */

/** `YYYY-MM-DD HH:MM:SS`, no zone suffix. */
export type ServerDateTime = string
export type Flag = 0 | 1

/** Permission kinds per group; `rw` implies all others. */
export type Permission = 'ro' | 'move_into' | 'create' | 'note' | 'owner' | 'priority' | 'rw'

// ---------------------------------------------------------------------------------------------
// auth

export interface Me {
  ID: number
  UserLogin: string
  Email: string
  FirstName: string
  LastName: string
  FullName: string
  /** Always null: the server's value is a fixed third-party URL; render initials instead. */
  Avatar: string | null
}

export interface LoginAnswer {
  SessionName: string
  SessionValue: string
  ChallengeToken: string
  Me: Me
  Settings: { Language: string | null }
}

export interface LostPasswordAnswer {
  /** The server's confirmation, e.g. `Sent password reset instructions. Please check your email.` */
  Message: string
}

// ---------------------------------------------------------------------------------------------
// filters

export interface TicketViewItem {
  ID: number
  Name: string
  Default?: Flag
}

export interface PriorityItem {
  ID: number
  Name: string
  Color: string
  Default: Flag
}

export interface TypeItem {
  ID: number
  Name: string
  Abbr: string | null
  Color: string | null
  BackgroundColor: string | null
}

export interface StateItem {
  ID: number
  Name: string
  Color: string | null
  BackgroundColor: string | null
  Default: Flag
  OnTicketCreateScreen: Flag
  Screens: Record<string, unknown>
  /** new, open, closed, pending reminder, pending auto, merged, removed (newer servers). */
  StateType?: string
  IsVisible?: Flag
}

export interface SortItem {
  Value: string
  Name: string
}

export type TicketViewsGroup =
  | { Name: 'View'; Exclusive?: Flag; Items: TicketViewItem[] }
  | { Name: 'Priority'; Exclusive?: Flag; Items: PriorityItem[] }
  | { Name: 'Type'; Exclusive?: Flag; Items: TypeItem[] }
  | { Name: 'State'; Exclusive?: Flag; Items: StateItem[] }
  | { Name: 'Sort'; Exclusive?: Flag; Items: SortItem[] }

export interface TicketViewsAnswer {
  Groups: TicketViewsGroup[]
}

// ---------------------------------------------------------------------------------------------
// tickets

export interface DynamicFieldValue {
  Name: string
  Type: string
  /** Dropdown: the display label; Multiselect: an array; Date: `YYYY-MM-DD HH:MM:SS`; Checkbox 0/1. */
  Value: unknown
  Screens?: Record<string, unknown>
}

export interface AttachmentMeta {
  /** A position, not a stable ID: an upload renumbers the others. */
  FileID: number
  Filename: string
  ContentType: string
  Filesize?: string
  FilesizeRaw: number
  Disposition: string
  ContentID?: string | null
  ContentAlternative?: string | null
  /** Only in a ticket's `AttachmentAll`. */
  ArticleID?: number
}

export interface TicketLink {
  TicketID: number
  TicketNumber: string
  Title: string
  TypeID: number
  PriorityID: number
  LinkType: string
  LinkTypeTitle: string
  LinkDest: string
}

export interface TicketWatcher {
  UserID: number
  Login: string
  FirstName: string
  LastName: string
}

export interface Ticket {
  TicketID: number
  TicketNumber: string
  Title: string
  Queue: string
  QueueID: number
  State: string
  StateID: number
  StateType: string
  Priority: string
  PriorityID: number
  Type: string | null
  TypeID: number | null
  Lock: 'lock' | 'unlock' | 'tmp_lock'
  LockID: number
  Owner: string
  OwnerID: number
  Responsible: string
  ResponsibleID: number
  CustomerID: string | null
  /** null means no customer (the server may also say `""`; the boundary turns that into null). */
  CustomerUserID: string | null
  CustomerUserFirstname: string | null
  CustomerUserLastname: string | null
  Service?: string | null
  ServiceID: number | null
  SLA?: string | null
  SLAID: number | null
  GroupID: number
  ArchiveFlag: 'y' | 'n'
  Seen: Flag
  HasWatch: Flag
  WatcherCount: number
  LinkCount: number
  Age: number
  Created: ServerDateTime
  Changed: ServerDateTime
  CreatedServer: ServerDateTime
  ChangedServer: ServerDateTime
  CreateTimeUnix: number
  EscalationTime: number
  EscalationResponseTime: number
  EscalationUpdateTime: number
  EscalationSolutionTime: number
  /** Seconds from now to the pending time; negative when overdue. */
  UntilTime: number
  UntilTimeDate: ServerDateTime | null
  UntilTimeDateUnix: number
  UnlockTimeout: number
  RealTillTimeNotUsed: number
  CreateBy: number
  ChangeBy: number
  DynamicFields: Record<string, DynamicFieldValue>
  /** Only with a TicketID query. */
  ArticleCount?: number
  ConsumedTime?: number
  OwnerFirstname?: string | null
  OwnerLastname?: string | null
  Links?: TicketLink[]
  Watchers?: TicketWatcher[]
  /** The first article's HTML body and attachments (TicketID query only). */
  HTMLBody?: AttachmentMeta | null
  Attachments?: AttachmentMeta[]
  AttachmentAll?: AttachmentMeta[]
}

export interface TicketListAnswer {
  Tickets: Ticket[]
  Count?: number
  NeedTokenUpdate?: Flag
  /**
   * The ticket a digits-only FullTextSearch names. Only the ID is kept: the server fills the
   * whole ticket even when the agent may not read it; load it through getTicketList TicketID.
   */
  TicketIDFromFullTextSearch?: number
}

export interface TicketCountAnswer {
  Count: number
  NeedTokenUpdate?: Flag
}

export interface Article {
  ArticleID: number
  ArticleNumber: number
  TicketID: number
  Subject: string | null
  Body: string | null
  From: string | null
  FromRealname: string | null
  To: string | null
  ToRealname?: string | null
  Cc: string | null
  Bcc: string | null
  ReplyTo: string | null
  InReplyTo: string | null
  References: string | null
  MessageID: string | null
  ContentType: string
  MimeType: string
  Charset: string
  SenderType: 'agent' | 'customer' | 'system' | string
  SenderTypeID: number
  /** The channel: `note-internal`, `email-external`, `phone`, … */
  ArticleType: string
  CommunicationChannelID: number
  IsVisibleForCustomer: Flag
  Direction: 'Incoming' | 'Outgoing' | 'Internal'
  Seen: Flag
  CreateTime: ServerDateTime
  CreatedTimeUnix: number
  IncomingTime: number
  /** Present when the article has an HTML body; fetch it with getAttachment. */
  HTMLBody: AttachmentMeta | null
  Attachments: AttachmentMeta[]
  /** Ticket fields are merged into each article. */
  QueueID?: number
  StateID?: number
  [dynamicField: `DynamicField_${string}`]: unknown
}

export interface ArticlesAnswer {
  Articles: Article[]
}

export interface ArticleCountAnswer {
  Count: number
}

/** What createAttachment answers. */
export interface CreatedAttachment {
  FileID: number
  Filename: string
  ContentType: string
  FilesizeRaw: number
  Disposition: string
  ContentID: string | null
  ContentAlternative: string | null
}

export interface ArticleSeenAnswer {
  TicketID: number
  /** 1 when marking this article made the whole ticket seen. */
  TicketSeen: Flag
}

// ---------------------------------------------------------------------------------------------
// queues, services, SLAs

export interface QueueItem {
  ID: number
  Name: string
  FullName: string
  Accessible: Flag
}

export interface QueueTreeNode extends QueueItem {
  Childs?: QueueTreeNode[]
}

export interface QueueListAnswer {
  Queues: QueueItem[]
  QueueTree: QueueTreeNode[]
}

/** getServiceList without a customer user. */
export interface ServiceItem {
  ID: number
  Title: string
}

/** getServiceList with a customer user: the services that customer may use. */
export interface CustomerServiceItem {
  ID: number
  Name: string
  FullName: string
  Accessible: Flag
}

export interface ServiceTreeNode extends CustomerServiceItem {
  Childs?: ServiceTreeNode[]
}

export interface ServiceListAnswer {
  Services: ServiceItem[]
}

export interface CustomerServiceListAnswer {
  Services: CustomerServiceItem[]
  ServiceTree: ServiceTreeNode[]
}

export interface SlaItem {
  ID: number
  Title: string
}

export interface SlaListAnswer {
  SLAList: SlaItem[]
}

// ---------------------------------------------------------------------------------------------
// users

/** An agent from getUserList: only these fields are kept (never `UserPw` nor other secrets). */
export interface Agent {
  UserID: number
  UserLogin: string
  UserFirstname: string
  UserLastname: string
  UserFullname: string
  UserEmail: string
  UserTitle: string | null
  UserLanguage: string | null
  UserTimeZone: string | null
  ValidID: number
}

export interface UserListAnswer {
  Users: Agent[]
  Count: number
}

export interface PermissionGroup {
  ID: number
  Name: string
  Permissions: Permission[]
  Queues: Array<{ ID: number; Name: string }>
}

export interface UserPermissionsAnswer {
  Groups: PermissionGroup[]
}

// ---------------------------------------------------------------------------------------------
// customers

export interface CustomerCompany {
  CustomerID: string
  /** `"<CustomerID> <Company>"` as the server builds it. */
  Name: string
}

export interface CustomerListAnswer {
  CustomerCompanies: CustomerCompany[]
}

export interface CustomerUserListItem {
  Login: string
  /** The server says `Not defined` for a missing name; the boundary turns that into null. */
  Firstname: string | null
  Lastname: string | null
  Email: string | null
  CustomerID: string | null
}

export interface CustomerUserListAnswer {
  CustomerUsers: CustomerUserListItem[]
}

export interface CustomerUserRecord {
  UserLogin: string
  UserEmail: string | null
  UserFirstname: string | null
  UserLastname: string | null
  UserCustomerID: string | null
  UserTitle: string | null
  UserPhone: string | null
  UserMobile: string | null
  UserFax: string | null
  UserStreet: string | null
  UserZip: string | null
  UserCity: string | null
  UserCountry: string | null
  UserComment: string | null
  ValidID: number
  /** Mapped extra fields, e.g. `DynamicField_X`. */
  [extra: string]: unknown
}

// ---------------------------------------------------------------------------------------------
// settings, system

export interface Language {
  /** e.g. `en`, `en_GB`, `sr_Cyrl`. */
  ID: string
  Name: string
}

export interface LanguageListAnswer {
  Languages: Language[]
}

export interface PackageItem {
  Name: string
  Version: string
}

export interface PackageListAnswer {
  Packages: PackageItem[]
}

export type DynamicFieldType =
  | 'Text'
  | 'TextArea'
  | 'Dropdown'
  | 'Multiselect'
  | 'Checkbox'
  | 'Date'
  | 'DateTime'
  | (string & {})

export interface DynamicFieldDefinition {
  ID: number
  Name: string
  Label: string
  FieldType: DynamicFieldType
  ObjectType: 'Ticket' | 'Article' | (string & {})
  Config: { PossibleValues?: Record<string, string>; [key: string]: unknown }
  /** Mobile-screen modes, e.g. `{ AgentMobileTicketNote: 'rw' }`. */
  Screens: Record<string, unknown>
}

export interface DynamicFieldListAnswer {
  DynamicFields: { Ticket: DynamicFieldDefinition[]; Article: DynamicFieldDefinition[] }
}
