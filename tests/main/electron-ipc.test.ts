import { describe, expect, it, vi } from 'vitest'
import { createContext } from '../../main/context'
import { openDatabase } from '../../main/db/open'
import { createDispatcher } from '../../main/dispatch'
import { broadcastTo, createInvokeHandler, registerInvokeHandler } from '../../main/electron/ipc'
import { handlers } from '../../main/handlers'
import { createTranslator } from '../../shared/i18n'

const appOrigin = 'app://region-desk'
const from = (url: string) =>
  ({ senderFrame: { url } }) as unknown as Parameters<ReturnType<typeof createInvokeHandler>>[0]

function setup(language = 'en') {
  const windows = [fakeWindow(), fakeWindow()]
  const dispatch = createDispatcher(createContext(openDatabase(':memory:')), handlers, {
    emit: broadcastTo(() => windows as never),
  })
  const spy = vi.fn(dispatch)
  return { invoke: createInvokeHandler({ dispatch: spy, appOrigin, language: () => language }), dispatch: spy, windows }
}

function fakeWindow(destroyed = false) {
  return { isDestroyed: () => destroyed, webContents: { send: vi.fn() } }
}

describe('region-desk:invoke', () => {
  it.each([
    'https://evil.com/',
    'app://region-desk.evil.com/index.html',
    'https://evil.com/app://region-desk/',
    'file:///etc/passwd',
    'about:blank',
  ])('refuses a frame showing %s without calling the dispatcher', (url) => {
    const { invoke, dispatch } = setup()
    expect(invoke(from(url), 'group-list', {})).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHORIZED',
        messageKey: 'errors.unauthorized',
        message: createTranslator('en')('errors.unauthorized'),
      },
    })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('refuses a missing or disposed sender frame', () => {
    const { invoke, dispatch } = setup()
    const disposed = {
      get senderFrame() {
        return {
          get url(): string {
            throw new Error('Render frame was disposed')
          },
        }
      },
    }
    expect(invoke({ senderFrame: null }, 'group-list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    })
    expect(invoke(disposed as never, 'group-list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('words the refusal in the user language', () => {
    const { invoke } = setup('nb')
    const reply = invoke(from('https://evil.com/'), 'group-list', {})
    expect(reply).toMatchObject({ ok: false, error: { message: createTranslator('nb')('errors.unauthorized') } })
  })

  it('passes a call from the app frame to the dispatcher and returns its reply', () => {
    const { invoke, dispatch } = setup()
    const created = invoke(from('app://region-desk/index.html#/groups'), 'group-create', { name: 'Amnesty Tromsø' })
    expect(created).toMatchObject({ ok: true, value: { name: 'Amnesty Tromsø' } })
    expect(dispatch).toHaveBeenCalledWith('group-create', { name: 'Amnesty Tromsø' })
    const listed = invoke(from('app://region-desk/'), 'group-list', {})
    expect(listed).toEqual(dispatch.mock.results.at(-1)?.value)
    expect(listed).toMatchObject({ ok: true, value: { total: 1 } })
  })

  it('lets the dispatcher answer a non-string method as unknown', () => {
    const { invoke } = setup()
    expect(invoke(from('app://region-desk/'), { toString: () => 'group-list' }, {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'errors.unknownMethod' },
    })
  })

  it('is registered on the invoke channel', () => {
    const ipcMain = { handle: vi.fn() }
    registerInvokeHandler(ipcMain, { dispatch: vi.fn(), appOrigin, language: () => 'en' })
    expect(ipcMain.handle).toHaveBeenCalledWith('region-desk:invoke', expect.any(Function))
  })
})

describe('region-desk:event', () => {
  it('tells every open window what a write changed', () => {
    const { invoke, windows } = setup()
    invoke(from('app://region-desk/'), 'group-create', { name: 'Bergen' })
    for (const window of windows)
      expect(window.webContents.send).toHaveBeenCalledWith('region-desk:event', { name: 'changed', topics: ['groups'] })
  })

  it('skips windows that are already destroyed', () => {
    const gone = fakeWindow(true)
    const open = fakeWindow()
    broadcastTo(() => [gone, open] as never)({ name: 'changed', topics: ['people'] })
    expect(gone.webContents.send).not.toHaveBeenCalled()
    expect(open.webContents.send).toHaveBeenCalledOnce()
  })
})
