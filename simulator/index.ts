import type { IncomingMessage, ServerResponse } from 'node:http'

export interface SimulatorOptions { seed?: number; tickets?: number; latencyMs?: number; faultRate?: number; sessionTtlS?: number; now?: () => number }
export interface SimulatorRequest { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }
export interface SimulatorResponse { status: number; headers: Record<string, string>; body: Buffer }
export interface Simulator {
  middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void
  request(input: SimulatorRequest): Promise<SimulatorResponse>
  reset(): void
}

export function simulatorOptionsFromEnv(_env: NodeJS.ProcessEnv = process.env): SimulatorOptions {
  return {}
}

/** Placeholder while the real simulator lands: answers every API call with a server-side error. */
export function createSimulator(_options: SimulatorOptions = {}): Simulator {
  const answer = (): SimulatorResponse => ({ status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: Buffer.from('{"Response":"ERROR","Message":"Simulator not ready"}') })
  return {
    middleware(req, res, next) {
      if (!req.url || !(req.url.startsWith('/otrs/api/') || req.url.startsWith('/otrs/json.pl'))) return next()
      const a = answer()
      res.writeHead(a.status, a.headers).end(a.body)
    },
    async request() { return answer() },
    reset() {},
  }
}
