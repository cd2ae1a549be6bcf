import fs from 'node:fs'
import path from 'node:path'

/**
 * The desktop app's small state files in userData (window bounds, last folder). A missing or broken
 * file reads as null: losing a window position must never stop the app from starting.
 */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
  } catch {
    return null
  }
}

/** Written beside the target and renamed over it, so a crash mid-write leaves the old file whole. */
export function writeJsonFile(file: string, value: unknown): boolean {
  const partial = `${file}.partial`
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(partial, `${JSON.stringify(value, null, 2)}\n`)
    fs.renameSync(partial, file)
    return true
  } catch {
    return false
  }
}
