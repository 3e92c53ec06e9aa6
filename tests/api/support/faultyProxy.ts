import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * What happens to the next matching request on its way: `cutOff` the server answers but only
 * the first half of the answer arrives; `drop` the server does the work and the connection dies
 * before any answer; `gateway` a 502 from the gateway, the server never sees the request.
 */
export type Fault = 'cutOff' | 'drop' | 'gateway'

interface Rule {
  pathEnd: string
  fault: Fault
  times: number
}

/**
 * A local HTTP proxy in front of the simulator that breaks chosen requests the way real
 * networks do, so the API layer and the composables meet real faults (not mocks).
 */
export class FaultyProxy {
  private server: Server | null = null
  private rules: Rule[] = []
  /** Paths of the requests that passed, in order. */
  readonly seen: string[] = []

  constructor(private readonly target: string) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | null
    if (!address) throw new Error('proxy not started')
    return `http://127.0.0.1:${address.port}`
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const path = req.url ?? '/'
        this.seen.push(path)
        const fault = this.take(path)
        if (fault === 'gateway') {
          res.writeHead(502, { 'Content-Type': 'text/html; charset=iso-8859-1' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>')
          return
        }
        void this.forward(req, Buffer.concat(chunks)).then(({ status, headers, body }) => {
          if (fault === 'drop') {
            res.socket?.destroy()
            return
          }
          const sent = fault === 'cutOff' ? body.subarray(0, Math.floor(body.length / 2)) : body
          res.writeHead(status, { 'Content-Type': headers['content-type'] ?? 'application/json', 'Content-Length': String(sent.length) }).end(sent)
        })
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    return this
  }

  /** Breaks the next `times` requests whose path ends with `pathEnd`. */
  break(pathEnd: string, fault: Fault, times = 1): this {
    this.rules.push({ pathEnd, fault, times })
    return this
  }

  heal(): void {
    this.rules = []
  }

  count(pathEnd: string): number {
    return this.seen.filter((path) => path.endsWith(pathEnd)).length
  }

  async close(): Promise<void> {
    const server = this.server
    this.server = null
    server?.closeAllConnections()
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  }

  private take(path: string): Fault | null {
    const rule = this.rules.find((candidate) => candidate.times > 0 && path.endsWith(candidate.pathEnd))
    if (!rule) return null
    rule.times -= 1
    return rule.fault
  }

  private forward(req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const upstream = httpRequest(
        `${this.target}${req.url ?? '/'}`,
        { method: req.method, headers: { 'content-type': req.headers['content-type'] ?? 'application/json', 'content-length': String(body.length) } },
        (answer) => {
          const parts: Buffer[] = []
          answer.on('data', (chunk: Buffer) => parts.push(chunk))
          answer.on('end', () => resolve({ status: answer.statusCode ?? 500, headers: answer.headers, body: Buffer.concat(parts) }))
        },
      )
      upstream.on('error', reject)
      upstream.end(body)
    })
  }
}
