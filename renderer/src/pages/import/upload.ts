import type { ImportStatus } from '../../../../shared/api/import'
import { call } from '../../api/client'

/** Base64 of bytes, in slices: `String.fromCharCode(...bytes)` overflows the stack on big arrays. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let offset = 0; offset < bytes.length; offset += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000))
  return btoa(binary)
}

/** FileReader rather than `file.arrayBuffer()`: the same in every engine the app meets, jsdom included. */
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsArrayBuffer(file)
  })
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Sends a file's bytes to main in chunks small enough for browser mode's request limit, then
 * waits while main reads it (an XLSX is read after the last chunk). Ends with the file read, or
 * refused with its reason; a failed request throws the RequestError.
 */
export async function sendFile(file: File, onProgress: (fraction: number) => void): Promise<ImportStatus> {
  const bytes = await readBytes(file)
  const { uploadId, chunkBytes } = await call('import-begin', { fileName: file.name, size: bytes.length })
  let status: ImportStatus = { uploadId, state: 'receiving', received: 0, size: bytes.length }
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    status = await call('import-chunk', {
      uploadId,
      offset,
      base64: bytesToBase64(bytes.subarray(offset, offset + chunkBytes)),
    })
    onProgress(Math.min(1, (offset + chunkBytes) / bytes.length))
  }
  while (status.state === 'parsing') {
    await pause(150)
    status = await call('import-status', { uploadId })
  }
  return status
}
