import type { Plugin } from 'vite'
import { createSimulator, simulatorOptionsFromEnv, type SimulatorOptions } from './index.ts'

/**
 * Mounts the RS4OTRS_API simulator in the Vite dev and preview servers, so the console runs
 * on a fresh machine with no OTRS at hand. Options default from the SIM_* environment variables.
 */
export function rs4otrsSimulator(options?: SimulatorOptions): Plugin {
  const simulator = createSimulator(options ?? simulatorOptionsFromEnv(process.env))
  return {
    name: 'rs4otrs-simulator',
    configureServer(server) {
      server.middlewares.use((req, res, next) => simulator.middleware(req, res, next))
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => simulator.middleware(req, res, next))
    },
  }
}
