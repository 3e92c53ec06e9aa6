import { getAttachment } from '@/api/tickets'
import type { Article, AttachmentMeta } from '@/api/types'
import { previewKind, previewMimeType, saveBlob } from '@/utils/files'

/** The HTML body of an article as text, fetched through getAttachment (still to be sanitised). */
export async function fetchHtmlBody(article: Pick<Article, 'ArticleID' | 'HTMLBody'>, signal?: AbortSignal): Promise<string | null> {
  if (!article.HTMLBody) return null
  const file = await getAttachment({ articleId: article.ArticleID, fileId: article.HTMLBody.FileID }, { signal })
  return file.blob.text()
}

/** Downloads an attachment under its own name. */
export async function downloadAttachment(articleId: number, attachment: AttachmentMeta): Promise<void> {
  const file = await getAttachment({ articleId, fileId: attachment.FileID })
  saveBlob(file.blob, attachment.Filename || file.filename || 'attachment')
}

/**
 * An object URL for previewing an image or PDF, with a MIME type the console chose (the sender's
 * is not trusted). The caller revokes it. Null when the file cannot be previewed.
 */
export async function attachmentPreviewUrl(articleId: number, attachment: AttachmentMeta, signal?: AbortSignal): Promise<string | null> {
  const kind = previewKind(attachment.ContentType, attachment.Filename)
  if (!kind) return null
  const file = await getAttachment({ articleId, fileId: attachment.FileID }, { signal })
  const typed = new Blob([file.blob], { type: previewMimeType(kind, attachment.ContentType) })
  return URL.createObjectURL(typed)
}
