/** A file as main hands it over: the bytes as base64, since replies are JSON over IPC and HTTP. */
export type FileReply = { fileName: string; base64: string }

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/**
 * Saves a file through the browser's own download: Electron shows the native save dialog for it,
 * browser mode saves it like any download. Nothing is written anywhere the user did not choose.
 */
export function downloadFile(file: FileReply, mime: string) {
  downloadBlob(file.fileName, new Blob([base64ToBytes(file.base64)], { type: mime }))
}

/** The one place that hands a Blob to the browser's download (and so to Electron's save dialog). */
export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    // Chromium reads the blob after click() returns; revoking at once can cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}
