import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startSimulatorServer } from '../../../../simulator'

export interface RecordedRequest {
  path: string
  body: Record<string, unknown>
  /** The client gave up before the answer was sent (an aborted fetch). */
  aborted: boolean
  answered: boolean
}

interface Gate {
  matches: (request: RecordedRequest) => boolean
  opened: Promise<void>
  open: () => void
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/**
 * The simulator behind a proxy that records every API request and can hold chosen answers back
 * until the test releases them: a late answer for a superseded search, on cue and not on a timer.
 */
export async function startRecordingProxy() {
  const backend = await startSimulatorServer({ latencyMs: 0 })
  const requests: RecordedRequest[] = []
  const gates: Gate[] = []

  const server = createServer((request, response) => {
    void (async () => {
      const raw = await readBody(request)
      let body: Record<string, unknown> = {}
      try {
        body = JSON.parse(raw) as Record<string, unknown>
      } catch {
        body = {}
      }
      const recorded: RecordedRequest = { path: request.url ?? '', body, aborted: false, answered: false }
      requests.push(recorded)
      response.on('close', () => {
        if (!recorded.answered) recorded.aborted = true
      })
      const gate = gates.find((candidate) => candidate.matches(recorded))
      if (gate) await gate.opened
      if (recorded.aborted) return
      const answer = await backend.simulator.request({
        method: request.method ?? 'POST',
        path: request.url ?? '/',
        headers: { 'Content-Type': String(request.headers['content-type'] ?? '') },
        body: raw,
      })
      recorded.answered = true
      response.writeHead(answer.status, answer.headers)
      response.end(answer.body)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo

  return {
    apiBase: `http://127.0.0.1:${port}/otrs/api`,
    requests,
    /** Requests to one API method, e.g. `customers/getCustomerUserList`. */
    callsTo: (method: string) => requests.filter((request) => request.path.endsWith(`/${method}`)),
    /** Holds answers to matching requests until the returned function is called. */
    hold(matches: (request: RecordedRequest) => boolean): () => void {
      let open = () => undefined as void
      const opened = new Promise<void>((resolve) => {
        open = resolve
      })
      gates.push({ matches, opened, open })
      return open
    },
    reset(): void {
      requests.length = 0
      for (const gate of gates.splice(0)) gate.open()
      backend.simulator.reset()
    },
    async close(): Promise<void> {
      for (const gate of gates.splice(0)) gate.open()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await backend.close()
    },
  }
}
