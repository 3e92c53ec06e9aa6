/** Standalone simulator: `PORT=8400 npm run sim` (knobs: SIM_SEED, SIM_TICKETS, SIM_LATENCY_MS, SIM_FAULT_RATE, SIM_SESSION_TTL_S). */
import { simulatorOptionsFromEnv, startSimulatorServer } from './index.ts'

const port = Number(process.env.PORT ?? 8400)
const host = process.env.HOST ?? '127.0.0.1'

startSimulatorServer({ ...simulatorOptionsFromEnv(process.env), port, host })
  .then(({ url, close }) => {
    process.stdout.write(`RS4OTRS_API simulator listening on ${url}/otrs/api (reset: POST ${url}/__sim/reset)\n`)
    const stop = (): void => {
      close().finally(() => process.exit(0))
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  .catch((error: unknown) => {
    console.error('[simulator] could not start:', error)
    process.exit(1)
  })
