// Unhandled promise rejections of the logic layer. WeChat reports them to App.onUnhandledRejection
// and its console, where they are easy to miss; here each becomes a problem of the app whose realm
// made the promise, naming the page on top and the reason, so it fails the test through
// assertNoProblems and can be checked on purpose (takeProblems) like any other problem.
// Node emits 'unhandledRejection' on the real process object only: jest's test files see a copy,
// so the real one is reached through the main context (vm.runInThisContext). While a weapp app is
// open, its realm's rejections come here; every other rejection goes on to jest's own handlers.
import vm from 'node:vm'

type Listener = (reason: unknown, promise: Promise<unknown>) => void

/** A running app that may own rejected promises. */
export interface RejectionOwner {
  /** True when `promise` was made in this app's realm. */
  owns: (promise: Promise<unknown>) => boolean
  report: (reason: unknown, promise: Promise<unknown>) => void
}

const realProcess = vm.runInThisContext('process') as NodeJS.Process
const owners = new Set<RejectionOwner>()
let others: Listener[] = []

const dispatch: Listener = (reason, promise) => {
  for (const owner of owners) {
    if (owner.owns(promise)) {
      owner.report(reason, promise)
      return
    }
  }
  for (const listener of others) listener(reason, promise)
}

/** Sends the rejections of `owner`'s realm to it until the returned function is called. */
export function watchRejections(owner: RejectionOwner): () => void {
  if (owners.size === 0) {
    others = realProcess.listeners('unhandledRejection') as Listener[]
    realProcess.removeAllListeners('unhandledRejection')
    realProcess.on('unhandledRejection', dispatch)
  }
  owners.add(owner)
  return () => {
    if (!owners.delete(owner) || owners.size > 0) return
    realProcess.removeListener('unhandledRejection', dispatch)
    for (const listener of others) realProcess.on('unhandledRejection', listener)
    others = []
  }
}
