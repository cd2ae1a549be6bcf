import { uploadChunkChars } from '../../../../shared/api/backup'
import { call } from '../../api/client'

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  return btoa(binary)
}

/**
 * Sends a chosen file to main in parts small enough for browser mode's request limit. The parts
 * are cut from the base64 text at multiples of 4 characters, so each decodes on its own. Returns
 * the name the checked file got in the backups folder.
 */
export async function uploadBackup(bytes: Uint8Array, uploadId = crypto.randomUUID()): Promise<string> {
  const base64 = bytesToBase64(bytes)
  let offset = 0
  for (let start = 0; start === 0 || start < base64.length; start += uploadChunkChars) {
    const data = base64.slice(start, start + uploadChunkChars)
    const done = start + uploadChunkChars >= base64.length
    const reply = await call('backup-upload', { uploadId, offset, data, done })
    offset = reply.received
    if (done) {
      if (!reply.name) throw new Error('upload finished without a name')
      return reply.name
    }
  }
  throw new Error('nothing to upload')
}
