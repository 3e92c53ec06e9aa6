import { beforeEach, describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { getUserPermissions } from '@/api/users'
import { useReferenceStore } from '@/stores/reference'
import { resetAllStores, resettableStoresPlugin } from '@/stores/resetStores'
import { signInAs, useSimulator } from '../api/support/useSimulator'

useSimulator()

beforeEach(() => {
  // As in main.ts: Pinia applies plugins once it is installed in an app.
  const pinia = createPinia()
  pinia.use(resettableStoresPlugin)
  createApp({}).use(pinia)
  setActivePinia(pinia)
})

/** Whether any of the loaded permission groups grants `rw` (anna.full: yes, rolf.ro: no). */
function grantsRw(groups: ReadonlyArray<{ Permissions: readonly string[] }>): boolean {
  return groups.some((group) => group.Permissions.includes('rw'))
}

describe('reference store after a reset (logout)', () => {
  it('drops what a load running at logout answers later, and loads afresh for the next agent', async () => {
    await signInAs('anna')
    const reference = useReferenceStore()
    const annasLoad = reference.ensureLoaded()
    expect(reference.state).toBe('loading')

    // Anna signs out while her reference data is still on its way; Rolf signs in.
    resetAllStores()
    await signInAs('rolf')
    await annasLoad
    expect(reference.state).toBe('idle')
    expect(reference.queues).toEqual([])
    expect(reference.permissionGroups).toEqual([])
    expect(reference.packages).toEqual([])

    await reference.ensureLoaded()
    expect(reference.state).toBe('done')
    expect(reference.permissionGroups).toEqual((await getUserPermissions()).Groups)
    expect(grantsRw(reference.permissionGroups)).toBe(false)
    expect(reference.queues.length).toBeGreaterThan(0)
  })

  it('keeps no SLAs a request running at logout answers later', async () => {
    await signInAs('anna')
    const reference = useReferenceStore()
    const annasSlas = reference.loadSlas(1).catch((error: unknown) => error)
    resetAllStores()
    await signInAs('rolf')
    await annasSlas
    expect(reference.slasByService).toEqual({})

    const rolfsSlas = await reference.loadSlas(1)
    expect(reference.slasByService).toEqual({ 1: rolfsSlas })
  })
})
