/** getArticles, getAttachment, seen flags, watching and createAttachment. */
import { articleRecord, numberedFiles } from '../../records.ts'
import { sanitizeHtml } from '../../sanitize.ts'
import type { Article } from '../../world/types.ts'
import { NO_PERMISSION, fail, intParam, ok, stringParam, truthy, type CallContext, type Handler, type RawAnswer } from '../context.ts'
import { ticketFor, touch } from './lookup.ts'

/**
 * Default order is newest first; only the exact string "DESC" keeps it, anything else means oldest
 * first. Paging is broken on the server: Page 0/1 gives the first Limit articles, Page N ≥ 2 skips N × Limit.
 */
const getArticles: Handler = (context) => {
  const { world, agent, now, params } = context
  const found = ticketFor(context, 'ro')
  if (!found.ticket) return found.error
  const ticket = found.ticket
  let articles = world.articlesOf(ticket)
  if (truthy(params.Count)) {
    // In Count mode IsVisibleForCustomer defaults to 1: internal notes are not counted.
    const visible = params.IsVisibleForCustomer === undefined ? 1 : intParam(params.IsVisibleForCustomer)
    return ok({ Count: articles.filter((article) => article.isVisibleForCustomer === visible).length })
  }
  const descending = params.Order === undefined || params.Order === 'DESC'
  articles = descending ? [...articles].reverse() : articles
  const limit = intParam(params.Limit)
  if (limit !== undefined && limit > 0) {
    const page = intParam(params.Page) ?? 0
    const skip = page >= 2 ? page * limit : 0
    articles = articles.slice(skip, skip + limit)
  }
  return ok({ Articles: articles.map((article) => articleRecord(world, ticket, article, agent, now)) })
}

const CSP = "default-src *; img-src * data:; script-src 'none'; object-src 'self'; frame-src 'none'; style-src 'unsafe-inline'; referrer no-referrer;"

function contentDisposition(kind: 'attachment' | 'inline', filename: string): string {
  return `${kind};  filename="${filename.replaceAll('"', '')}"; filename*=utf-8''${encodeURIComponent(filename)}`
}

/** Raw bytes with the file's type; the HTML body comes sanitised with a CSP header */
const getAttachment: Handler = (context) => {
  const { world, agent, params } = context
  const articleId = intParam(params.ArticleID)
  const ticketId = intParam(params.TicketID)
  let article: Article | undefined
  if (articleId !== undefined) article = world.article(articleId)
  else if (ticketId !== undefined) {
    // With only a TicketID the server takes the ticket's first article.
    const ticket = world.tickets.get(ticketId)
    article = ticket ? world.articlesOf(ticket)[0] : undefined
  }
  if (!article) return fail('No article!')
  const ticket = world.tickets.get(article.ticketId)
  const fileId = intParam(params.FileID)
  const entry = numberedFiles(article).find((candidate) => candidate.fileId === fileId)
  // Missing permission looks the same as a missing file on the real server.
  if (!ticket || !world.canRead(agent, ticket) || !entry) return fail('No attachment!')
  const { file } = entry
  const common = { 'X-UA-Compatible': 'IE=edge,chrome=1', 'X-Frame-Options': 'SAMEORIGIN' }
  let answer: RawAnswer
  if (file.isHtmlBody) {
    const body = Buffer.from(sanitizeHtml(file.content.toString('utf8')))
    answer = {
      raw: true, status: 200, body,
      headers: {
        'Content-Disposition': contentDisposition('inline', `Ticket-${ticket.number}-ArticleID-${article.id}.html`),
        ...common, 'Content-Security-Policy': CSP, 'Referrer-Policy': 'no-referrer', Vary: 'Accept-Encoding',
        'Content-Type': file.contentType,
      },
    }
  } else {
    answer = {
      raw: true, status: 200, body: file.content,
      headers: { 'Content-Disposition': contentDisposition('attachment', file.filename), ...common, 'Content-Type': file.contentType },
    }
  }
  return answer
}

const markTicketAsSeen: Handler = (context) => {
  const found = ticketFor(context, 'ro')
  if (!found.ticket) return found.error
  const seen = intParam(context.params.Seen)
  if (seen !== 0 && seen !== 1) return fail("Couldn't mark ticket as seen")
  const agentId = context.agent.id
  for (const article of context.world.articlesOf(found.ticket)) {
    if (seen) article.seenBy.add(agentId)
    else article.seenBy.delete(agentId)
  }
  if (seen) found.ticket.seenBy.add(agentId)
  else found.ticket.seenBy.delete(agentId)
  return ok()
}

/**
 * Marks one article; the ticket flag is set once all its articles are seen, but unmarking an
 * article leaves the ticket flag alone. TicketSeen reports the flag of the TicketID given.
 */
const markArticleAsSeen: Handler = (context) => {
  const found = ticketFor(context, 'ro')
  if (!found.ticket) return found.error
  const ticket = found.ticket
  const article = context.world.article(intParam(context.params.ArticleID) ?? -1)
  const seen = intParam(context.params.Seen)
  if (!article || (seen !== 0 && seen !== 1)) return fail("Couldn't mark article as seen")
  const agentId = context.agent.id
  if (seen) article.seenBy.add(agentId)
  else article.seenBy.delete(agentId)
  const belongs = article.ticketId === ticket.id
  if (belongs && seen && context.world.articlesOf(ticket).every((candidate) => candidate.seenBy.has(agentId))) ticket.seenBy.add(agentId)
  return ok({ TicketID: ticket.id, TicketSeen: belongs && ticket.seenBy.has(agentId) ? 1 : 0 })
}

const watchTicket: Handler = (context) => {
  if (context.params.TicketID === undefined || context.params.TicketID === '') return fail('No TicketID')
  const found = ticketFor(context, 'ro')
  if (!found.ticket) return found.error
  const watchers = found.ticket.watcherIds
  const agentId = context.agent.id
  if (truthy(context.params.Subscribe)) {
    if (!watchers.includes(agentId)) watchers.push(agentId)
  } else {
    const index = watchers.indexOf(agentId)
    if (index >= 0) watchers.splice(index, 1)
  }
  return ok()
}

function isFileObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Adds a file to an article (with TicketID: to the ticket's first article). FileIDs are positions in
 * name order, so the answer describes whatever file now sits last — the new one only if it sorts last.
 */
const createAttachment: Handler = (context: CallContext) => {
  const { world, agent, params } = context
  const file = params.File
  if (Array.isArray(file)) return apacheError()
  let article: Article | undefined
  const articleId = intParam(params.ArticleID)
  if (params.ArticleID !== undefined) {
    article = articleId === undefined ? undefined : world.article(articleId)
    if (!article) return fail('Article is incorrect')
  } else {
    const ticketId = intParam(params.TicketID)
    const ticket = ticketId === undefined ? undefined : world.tickets.get(ticketId)
    if (!ticket) return fail('Ticket is incorrect')
    article = world.articlesOf(ticket)[0]
    if (!article) return fail('Article is incorrect')
  }
  const ticket = world.tickets.get(article.ticketId)
  if (!ticket || !world.can(agent, ticket.queueId, 'note', 'create')) return fail(NO_PERMISSION)
  if (!isFileObject(file)) return fail('No Content, ContentType or Filename parameters')
  const content = stringParam(file.Content)
  const contentType = stringParam(file.ContentType)
  const filename = stringParam(file.Filename)
  if (!content || !contentType || !filename) return fail('No Content, ContentType or Filename parameters')
  // Perl's decode_base64 skips characters outside the alphabet: invalid input is stored as garbage.
  const bytes = Buffer.from(content.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')
  if (bytes.length === 0) return fail('Cannot add attachment')
  article.files.push({ filename, contentType, content: bytes, disposition: 'attachment', contentId: null })
  touch(context, ticket)
  const attachments = numberedFiles(article).filter((entry) => !entry.file.isHtmlBody)
  const last = attachments[attachments.length - 1]
  return ok({
    Attachment: {
      FileID: last.fileId, Filename: last.file.filename, ContentType: last.file.contentType, FilesizeRaw: last.file.content.length,
      Disposition: last.file.disposition, ContentID: null, ContentAlternative: null,
    },
  })
}

/** The Apache page the real server answers with when RS4OTRS dies on a malformed parameter */
export function apacheError(): RawAnswer {
  return { raw: true, status: 500, headers: { 'Content-Type': 'text/html; charset=iso-8859-1' }, body: Buffer.from(APACHE_500) }
}

export const APACHE_500 = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html><head>
<title>500 Internal Server Error</title>
</head><body>
<h1>Internal Server Error</h1>
<p>The server encountered an internal error or
misconfiguration and was unable to complete
your request.</p>
<p>Please contact the server administrator at 
 [no address given] to inform them of the time this error occurred,
 and the actions you performed just before this error.</p>
<p>More information about this error may be available
in the server error log.</p>
<hr>
<address>Apache/2.4.71 (Debian) Server at 127.0.0.1 Port 8080</address>
</body></html>
`

export const articleHandlers: Record<string, Handler> = {
  getArticles, getAttachment, getAttachmentIndex: getAttachment, markTicketAsSeen, markArticleAsSeen, watchTicket, createAttachment,
}
