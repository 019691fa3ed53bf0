// Loaded with `node --require` into miniprogram-ci's child process (and, through NODE_OPTIONS, into
// anything it starts): the machine is offline for it. Every DNS lookup of a non-loopback name and
// every TCP/TLS connect (net, tls, http, https, fetch all end in net.Socket#connect) to a
// non-loopback address fails at once with ENETUNREACH and is recorded; a connect that somehow
// reaches a non-loopback peer is recorded as `connected`. Records are JSON lines appended to
// $WEAPP_OFFLINE_LOG: { kind: 'dns' | 'connect' | 'connected', host, port?, pid }.
'use strict'
const dns = require('node:dns')
const fs = require('node:fs')
const net = require('node:net')

const LOG = process.env.WEAPP_OFFLINE_LOG

function record(entry) {
  if (LOG) fs.appendFileSync(LOG, JSON.stringify({ ...entry, pid: process.pid }) + '\n')
}

function isLoopback(host) {
  if (host === undefined || host === null || host === '') return true // Node's default is localhost
  const h = String(host).replace(/^\[|\]$/g, '').toLowerCase()
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\./.test(h) || /^::ffff:127\./.test(h)
}

function offline(what) {
  const error = new Error(`connect ENETUNREACH ${what} (the weapp checks run offline)`)
  error.code = 'ENETUNREACH'
  error.errno = -101
  error.syscall = 'connect'
  return error
}

// DNS: names other than loopback ones do not resolve.
const lookup = dns.lookup
dns.lookup = function (hostname, options, callback) {
  const cb = typeof options === 'function' ? options : callback
  if (isLoopback(hostname)) return lookup.apply(this, arguments)
  record({ kind: 'dns', host: String(hostname) })
  const error = offline(String(hostname))
  error.code = 'ENOTFOUND'
  error.syscall = 'getaddrinfo'
  process.nextTick(() => cb(error))
  return {}
}
const promisesLookup = dns.promises.lookup
dns.promises.lookup = function (hostname) {
  if (isLoopback(hostname)) return promisesLookup.apply(this, arguments)
  record({ kind: 'dns', host: String(hostname) })
  const error = offline(String(hostname))
  error.code = 'ENOTFOUND'
  return Promise.reject(error)
}

// Connections: a socket to a non-loopback host fails before any packet leaves.
const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0]
  const options = typeof first === 'object' && first !== null ? first : { port: first, host: typeof args[1] === 'string' ? args[1] : undefined }
  if (options.path !== undefined || isLoopback(options.host)) {
    const socket = connect.apply(this, args)
    return socket
  }
  record({ kind: 'connect', host: String(options.host), port: Number(options.port) })
  const error = offline(`${options.host}:${options.port}`)
  process.nextTick(() => this.destroy(error))
  return this
}

// Belt and braces: a peer that is not loopback, however it was reached, is written down.
const emit = net.Socket.prototype.emit
net.Socket.prototype.emit = function (event, ...rest) {
  if (event === 'connect' && this.remoteAddress && !isLoopback(this.remoteAddress)) record({ kind: 'connected', host: this.remoteAddress, port: this.remotePort })
  return emit.call(this, event, ...rest)
}
