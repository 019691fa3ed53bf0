// The 圆梦计划 demo applications of a local CloudBase's first `npm start` (not the tests' servers):
// the demo applicants (demo-applicants.ts) fill the five sections, upload two tiny files and submit,
// and the demo staff (contracts/staff/demo-personas.ts) move them through review and 公示 — all with
// the real functions through the local gateway, exactly as the app would: no database writes and no
// keys here, so what the staff personas see is what the functions made.
//
// The spread (24): 10 已提交 (the 8 in streets the demo street reviewer does not hold wait there,
// as nobody in the demo may 受理 them), 2 审核中·街道初审, 3 审核中·区总复审, 2 退回补正 and 2 未通过
// (one at each level, with reasons), 5 已通过 of which 3 are in a 公示 published in 通知公告 and left in
// its period. No 已发放: `pay` refuses while the 公示 lasts, and only the passage of time ends it.
//
// Runs only on an empty database (the local CloudBase seeds only then), and again changes nothing:
// when the first demo applicant already has an application it stops. A failed call throws with the
// function, the action and the error code (never a value of the form).
import { Buffer } from 'node:buffer'
import { deflateSync } from 'node:zlib'
import type { ApplicationDetail, ApplicationStatus, ApplicationSummary } from '../../../contracts/dream-plan/application'
import type { PrepareUploadResult } from '../../../contracts/dream-plan/actions'
import type { MaterialKind, PolicyView } from '../../../contracts/dream-plan/policy'
import type { Decision, PublishResult, ReviewDetail } from '../../../contracts/dream-plan/review'
import type { MaterialContentType } from '../../../contracts/dream-plan/uploads'
import type { Envelope } from '../../../contracts/envelope'
import { DEMO_PERSONAS } from '../../../contracts/staff/demo-personas'
import type { StaffRole } from '../../../contracts/staff/roles'
import { DEMO_REASONS, demoApplicants, demoReviewerStreets, type DemoApplicant, type DemoTarget } from './demo-applicants'

export interface DemoApplicationsResult {
  /** Applications submitted (0 when skipped). */
  applications: number
  byStatus: Partial<Record<ApplicationStatus, number>>
  /** Applications in the 公示 and its article in 通知公告. */
  published: number
  publicityArticleId?: string
  /** Why nothing was done, when nothing was. */
  skipped?: 'already-seeded' | 'policy-closed'
  ms: number
}

/** A seed call that did not answer ok: names the call and the code, never the data it carried. */
export class DemoSeedError extends Error {
  constructor(
    readonly call: string,
    readonly code: string,
    readonly status: number
  ) {
    super(`演示申请写入失败：${call} 返回 ${status} ${code}`)
    this.name = 'DemoSeedError'
  }
}

export async function seedDemoApplications(url: string, opts: { log?: (line: string) => void } = {}): Promise<DemoApplicationsResult> {
  const started = Date.now()
  const log = opts.log ?? (() => {})
  const staff = {
    street: personaWith('street_reviewer'),
    district: personaWith('district_reviewer')
  }
  const applicants = demoApplicants()
  const reviewerStreets = demoReviewerStreets()
  for (const a of applicants) {
    if (a.target !== 'submitted' && !reviewerStreets.includes(a.work.street)) throw new Error(`demo-applicants.ts: ${a.openid} is to be reviewed but its street is not the demo street reviewer's`)
  }
  const gateway = new Gateway(url)
  const done = (r: Omit<DemoApplicationsResult, 'ms'>): DemoApplicationsResult => ({ ...r, ms: Date.now() - started })

  const policy = await gateway.call<PolicyView>('dreamPlan', 'getPolicy', {})
  if (!policy.isOpen) {
    log(`演示申请：${policy.year} 年度申请窗口未开放（${policy.closedReason ?? ''}），未写入演示申请`)
    return done({ applications: 0, byStatus: {}, published: 0, skipped: 'policy-closed' })
  }
  const mine = await gateway.call<{ items: ApplicationSummary[] }>('dreamPlan', 'listMine', {}, applicants[0].openid)
  if (mine.items.length) return done({ applications: 0, byStatus: {}, published: 0, skipped: 'already-seeded' })

  // Submitted one after another, so the 申报序号 follow the list's order.
  const submitted: { applicant: DemoApplicant; id: string; version: number }[] = []
  for (const applicant of applicants) {
    const app = await submitApplication(gateway, applicant)
    submitted.push({ applicant, id: app.id, version: app.version })
  }

  const final = new Map<string, ApplicationStatus>(submitted.map((s) => [s.id, 'submitted']))
  for (const s of submitted) {
    let version = s.version
    for (const [who, decision, reason] of stepsTo(s.applicant.target, staff)) {
      const detail = await gateway.call<ReviewDetail>('dreamPlanReview', 'decide', { id: s.id, version, decision, ...(reason ? { reason } : {}) }, who)
      version = detail.version
      final.set(s.id, detail.status)
    }
  }

  const toPublish = submitted.filter((s) => s.applicant.target === 'published').map((s) => s.id)
  let publication: PublishResult | undefined
  if (toPublish.length) publication = await gateway.call<PublishResult>('dreamPlanReview', 'publish', { ids: toPublish }, staff.district)

  const byStatus: Partial<Record<ApplicationStatus, number>> = {}
  for (const status of final.values()) byStatus[status] = (byStatus[status] ?? 0) + 1
  const result = done({ applications: submitted.length, byStatus, published: publication?.count ?? 0, ...(publication ? { publicityArticleId: publication.articleId } : {}) })
  log(`演示申请：${result.applications} 份，其中 ${result.published} 份在公示中（用时 ${(result.ms / 1000).toFixed(1)} 秒）`)
  return result
}

/** The decisions (who, what, why) that take a submitted application to `target`. */
function stepsTo(target: DemoTarget, staff: { street: string; district: string }): [string, Decision, string?][] {
  const accept: [string, Decision] = [staff.street, 'accept']
  const toDistrict: [string, Decision][] = [accept, [staff.street, 'pass']]
  switch (target) {
    case 'submitted':
      return []
    case 'in_review:street':
      return [accept]
    case 'returned:street':
      return [accept, [staff.street, 'return', DEMO_REASONS[target]]]
    case 'rejected:street':
      return [accept, [staff.street, 'reject', DEMO_REASONS[target]]]
    case 'in_review:district':
      return toDistrict
    case 'returned:district':
      return [...toDistrict, [staff.district, 'return', DEMO_REASONS[target]]]
    case 'rejected:district':
      return [...toDistrict, [staff.district, 'reject', DEMO_REASONS[target]]]
    case 'approved':
    case 'published':
      return [...toDistrict, [staff.district, 'pass']]
  }
}

/** Fills the five sections (uploading the two materials where prepareUpload says) and submits. */
async function submitApplication(gateway: Gateway, a: DemoApplicant): Promise<ApplicationDetail> {
  const save = (section: string, data: unknown) => gateway.call('dreamPlan', 'saveDraft', { section, data }, a.openid)
  await save('personal', a.personal)
  await save('work', a.work)
  await save('education', a.education)
  await save('bank', a.bank)
  const materials: Record<MaterialKind, unknown> = {
    enrolmentProof: await upload(gateway, a.openid, 'enrolmentProof', 'image/png', DEMO_PNG, '录取通知书（示例）.png'),
    tuitionReceipt: await upload(gateway, a.openid, 'tuitionReceipt', 'application/pdf', DEMO_PDF, '学费缴费凭证（示例）.pdf')
  }
  await save('materials', materials)
  // One key per applicant: a retried submit would be the same submit.
  return gateway.call<ApplicationDetail>('dreamPlan', 'submit', { idempotencyKey: `demo-seed-${a.openid}` }, a.openid)
}

async function upload(gateway: Gateway, openid: string, kind: MaterialKind, contentType: MaterialContentType, bytes: Buffer, name: string) {
  const { cloudPath } = await gateway.call<PrepareUploadResult>('dreamPlan', 'prepareUpload', { kind, contentType, size: bytes.length }, openid)
  const fileID = await gateway.upload(cloudPath, contentType, bytes, openid)
  return { fileID, name, size: bytes.length, contentType }
}

function personaWith(role: StaffRole): string {
  const persona = DEMO_PERSONAS.find((p) => p.roles.includes(role))
  if (!persona) throw new Error(`contracts/staff/demo-personas.ts has no ${role}`)
  return persona.openid
}

/** The local gateway, as the H5 app calls it. */
class Gateway {
  constructor(private readonly url: string) {}

  async call<T = unknown>(fn: string, action: string, input: object, openid?: string): Promise<T> {
    const where = `${fn}.${action}${openid ? `（${openid}）` : ''}`
    const res = await this.fetch(where, `${this.url}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
      body: JSON.stringify({ action, ...input })
    })
    return this.data<T>(where, res)
  }

  /** PUT /__storage/client/<cloudPath>, where the H5 app uploads (src/lib/upload.ts); the fileID. */
  async upload(cloudPath: string, contentType: string, bytes: Buffer, openid: string): Promise<string> {
    const where = `upload（${openid}）`
    const res = await this.fetch(where, `${this.url}/__storage/client/${cloudPath.split('/').map(encodeURIComponent).join('/')}`, {
      method: 'PUT',
      headers: { 'content-type': contentType, 'x-wx-openid': openid },
      body: new Uint8Array(bytes)
    })
    return (await this.data<{ fileID: string }>(where, res)).fileID
  }

  private async fetch(where: string, url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, init)
    } catch (err) {
      throw new DemoSeedError(where, `NETWORK ${(err as Error).message}`, 0)
    }
  }

  private async data<T>(where: string, res: Response): Promise<T> {
    let body: Envelope<T> | undefined
    try {
      body = (await res.json()) as Envelope<T>
    } catch {
      throw new DemoSeedError(where, 'NOT_JSON', res.status)
    }
    if (!body?.ok) {
      const fields = body && !body.ok && body.error?.fields ? ` [${Object.keys(body.error.fields).join(', ')}]` : ''
      throw new DemoSeedError(where, `${body && !body.ok ? body.error?.code : 'NO_ENVELOPE'}${fields}`, res.status)
    }
    return body.data
  }
}

// ---- The two materials: a tiny PNG and a tiny PDF, both valid files that say they are demo. ----

/** A 96×64 PNG: a red band (the union's colour) over grey lines standing for text on paper. */
function demoPng(): Buffer {
  const width = 96
  const height = 64
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width; x++) {
      const band = y < 12
      const line = y >= 20 && (y - 20) % 8 < 3 && x >= 8 && x < width - 8 - ((y * 7) % 24)
      const [r, g, b] = band ? [0xc8, 0x16, 0x1e] : line ? [0xb0, 0xb4, 0xba] : [0xfa, 0xfa, 0xf7]
      row.writeUInt8(r, 1 + x * 3)
      row.writeUInt8(g, 2 + x * 3)
      row.writeUInt8(b, 3 + x * 3)
    }
    rows.push(row)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const text = Buffer.from('Comment\0Demo material (sample data), not a real document', 'latin1')
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('tEXt', text),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0))
  ])
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A one-page PDF 1.4 with a correct cross-reference table. */
function demoPdf(): Buffer {
  const content = 'BT /F1 16 Tf 36 150 Td (DEMO - sample tuition receipt) Tj 0 -28 Td /F1 11 Tf (Sample data for the local demo, not a real document.) Tj ET'
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 220] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

export const DEMO_PNG = demoPng()
export const DEMO_PDF = demoPdf()
