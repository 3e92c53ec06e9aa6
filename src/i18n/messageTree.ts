/** Messages live in one file per area and language (`locales/<lang>/<area>.ts`, default export). */
export type MessageTree = { [key: string]: string | MessageTree }

/** One language's messages keyed by area, from the modules of `locales/<lang>/*.ts`. */
export function messagesByArea(modules: Record<string, { default: MessageTree }>): MessageTree {
  const messages: MessageTree = {}
  for (const [path, module] of Object.entries(modules)) {
    const area = /([^/]+)\.ts$/.exec(path)?.[1]
    if (area) messages[area] = module.default
  }
  return messages
}
