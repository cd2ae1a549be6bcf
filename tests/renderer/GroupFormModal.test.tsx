import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { GroupFormModal } from '../../renderer/src/pages/GroupFormModal'
import { fakeBridge, ok, renderWithApp } from './render'

describe('GroupFormModal', () => {
  it('shows the translated message under each bad field and sends nothing', async () => {
    const { calls } = fakeBridge({})
    renderWithApp(<GroupFormModal opened onClose={() => {}} />, { language: 'nb' })
    await userEvent.type(screen.getByLabelText('Kontakt-e-post'), 'ikke-en-adresse')
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }))
    expect(await screen.findByText('Må fylles ut')).toBeInTheDocument()
    expect(screen.getByText('Ikke en gyldig e-postadresse')).toBeInTheDocument()
    expect(calls).toEqual([])
  })

  it('puts a conflict from main under the name field', async () => {
    fakeBridge({
      'group-create': () => ({
        ok: false,
        error: {
          code: 'CONFLICT',
          messageKey: 'errors.groupNameTaken',
          params: { name: 'Molde' },
          field: 'name',
          message: '',
        },
      }),
    })
    renderWithApp(<GroupFormModal opened onClose={() => {}} />)
    await userEvent.type(screen.getByLabelText(/^Name/), 'Molde')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('A group named “Molde” already exists.')).toBeInTheDocument()
  })

  it('sends blank optional fields as null and closes on success', async () => {
    let closed = false
    const { calls } = fakeBridge({ 'group-create': (input) => ok({ id: 7, ...(input as object) }) })
    renderWithApp(<GroupFormModal opened onClose={() => (closed = true)} />)
    await userEvent.type(screen.getByLabelText(/^Name/), 'Amnesty Hamar')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(closed).toBe(true))
    expect(calls[0]).toEqual({
      method: 'group-create',
      input: { name: 'Amnesty Hamar', town: '', kind: 'local', contactEmail: '', meetingPlatform: null, notes: '' },
    })
  })
})
