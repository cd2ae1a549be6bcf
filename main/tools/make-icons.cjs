'use strict'
/**
 * Draws the app icon with nothing but Node (zlib for PNG's deflate) and writes
 * main/resources/icon.png (1024×1024: macOS and Windows, which electron-builder converts) and
 * main/resources/icons/512x512.png (Linux). A plain mark: a ring (the region) holding three dots
 * (its groups) on a rounded blue square. Run `node main/tools/make-icons.cjs` after changing it;
 * the PNGs are committed.
 */
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')

const blue = [31, 95, 191]
const white = [255, 255, 255]

/** Coverage (0..1) of the shape at a point of the unit square: the rounded background, then the mark. */
function shade(x, y) {
  const corner = 0.2
  const inset = 0.04
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - inset - corner), 0)
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - inset - corner), 0)
  if (Math.hypot(dx, dy) > corner) return null
  const r = Math.hypot(x - 0.5, y - 0.5)
  const ring = Math.abs(r - 0.29) < 0.035
  const dots = [0, 1, 2].some((i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / 3
    return Math.hypot(x - (0.5 + 0.12 * Math.cos(angle)), y - (0.5 + 0.12 * Math.sin(angle))) < 0.065
  })
  return ring || dots ? white : blue
}

/** RGBA pixels, 4×4 samples per pixel for smooth edges. */
function draw(size) {
  const samples = 4
  const pixels = Buffer.alloc(size * size * 4)
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0
      let g = 0
      let b = 0
      let covered = 0
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const color = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
          if (!color) continue
          r += color[0]
          g += color[1]
          b += color[2]
          covered++
        }
      const at = (py * size + px) * 4
      if (covered === 0) continue
      pixels[at] = Math.round(r / covered)
      pixels[at + 1] = Math.round(g / covered)
      pixels[at + 2] = Math.round(b / covered)
      pixels[at + 3] = Math.round((255 * covered) / (samples * samples))
    }
  return pixels
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buffer) {
  let c = 0xffffffff
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** An 8-bit RGBA PNG: each row prefixed with filter type 0, the whole deflated into one IDAT. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const iconFiles = { 'icon.png': 1024, [path.join('icons', '512x512.png')]: 512 }

function main() {
  const folder = path.resolve(__dirname, '..', 'resources')
  for (const [name, size] of Object.entries(iconFiles)) {
    const file = path.join(folder, name)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, encodePng(size, draw(size)))
    console.log(`[make-icons] ${path.relative(process.cwd(), file)} (${size}×${size})`)
  }
}

if (require.main === module) main()

module.exports = { encodePng, draw, crc32, iconFiles }
