import fs from 'node:fs'
import path from 'node:path'
import type { Input, MethodName, Result } from '../../shared/api'
import type { Reply } from '../../shared/errors'
import { createContext } from '../../main/context'
import { openDatabase, type Db } from '../../main/db/open'
import { createDispatcher } from '../../main/dispatch'
import { handlers } from '../../main/handlers'
import { nationalDatabase, nationalToday } from './national'

export type BenchDb = {
  db: Db
  /** Through the real dispatcher (validation included), as both transports call it; throws on an error reply. */
  call: <M extends MethodName>(method: M, input: Input<M>) => Result<M>
  /** Every SQL text prepared on this connection since the last clear, in order. */
  prepared: string[]
  /** Closes the connection and deletes the copy (each is 40 MB). */
  discard: () => void
}

/** A fresh copy of the national file, so nothing a benchmark does (experiments included) touches the cache. */
export function copyNational(name: string): string {
  const target = path.join(path.dirname(nationalDatabase()), `${name}.sqlite`)
  removeCopy(target)
  fs.copyFileSync(nationalDatabase(), target)
  return target
}

export function removeCopy(file: string) {
  for (const name of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(name, { force: true })
}

export function openBenchDb(file: string): BenchDb {
  const db = openDatabase(file)
  const ctx = createContext(db, () => new Date(`${nationalToday}T12:00:00Z`))
  const dispatch = createDispatcher(ctx, handlers)
  const prepared: string[] = []
  const prepare = db.sqlite.prepare.bind(db.sqlite)
  db.sqlite.prepare = ((source: string) => {
    prepared.push(source)
    return prepare(source)
  }) as typeof db.sqlite.prepare
  const call = <M extends MethodName>(method: M, input: Input<M>): Result<M> => {
    const reply = dispatch(method, input) as Reply<Result<M>>
    if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code} ${reply.error.messageKey}`)
    return reply.value
  }
  const discard = () => {
    db.sqlite.close()
    removeCopy(file)
  }
  return { db, call, prepared, discard }
}
