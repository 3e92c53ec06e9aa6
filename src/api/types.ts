/** Types of the RS4OTRS_API answers, as recorded from Znuny 6.5.9 + RS4OTRS_API 6.5.1. */

/** `YYYY-MM-DD HH:MM:SS`, no zone suffix. */
export type ServerDateTime = string
export type Flag = 0 | 1

export interface Me {
  ID: number
  UserLogin: string
  Email: string
  FirstName: string
  LastName: string
  FullName: string
  Avatar: string | null
}

export interface LoginAnswer {
  SessionName: string
  SessionValue: string
  ChallengeToken: string
  Me: Me
  Settings: { Language: string | null }
}

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

export interface DynamicFieldValue {
  Name: string
  Type: string
  Value: unknown
  Screens?: Record<string, unknown>
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
  OwnerFirstname?: string | null
  OwnerLastname?: string | null
}

export interface TicketListAnswer {
  Tickets: Ticket[]
  Count?: number
  NeedTokenUpdate?: Flag
  TicketIDFromFullTextSearch?: number
}

export interface TicketCountAnswer {
  Count: number
  NeedTokenUpdate?: Flag
}

export interface AttachmentMeta {
  FileID: number
  Filename: string
  ContentType: string
  Filesize?: string
  FilesizeRaw: number
  Disposition: string
  ContentID?: string | null
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
  ArticleType: string
  CommunicationChannelID: number
  IsVisibleForCustomer: Flag
  Direction: 'Incoming' | 'Outgoing' | 'Internal'
  Seen: Flag
  CreateTime: ServerDateTime
  CreatedTimeUnix: number
  IncomingTime: number
  HTMLBody: AttachmentMeta | null
  Attachments: AttachmentMeta[]
  [dynamicField: `DynamicField_${string}`]: unknown
}

export interface ArticlesAnswer {
  Articles: Article[]
}

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
