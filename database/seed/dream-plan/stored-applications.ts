import type { ApplicationStatus, ReviewStage } from '../../../contracts/dream-plan/application'
import type { ApplicationDoc, HistoryEntry } from '../../../contracts/dream-plan/documents'
import { maskCardNumber, maskIdNumber, maskMobile } from '../../../contracts/dream-plan/identity-numbers'
import { STREETS } from '../../../contracts/services/catalog'
import { fieldCrypto } from '../../../cloudfunctions/_shared/field-crypto'
import { makeBank, makeEducation, makePersonal, makeWork } from './sample-forms'

// Bulk applications for the bench and the large-export test: stored as `submit` (and the decisions
// after it) would store them, numbers sealed with the data key the local CloudBase uses.
const YEAR_OF_BULK = 2026
const DAY_MS = 86_400_000
/** 100 applications a day from this Shanghai midnight, so a date range selects an exact count. */
export const FIRST_DAY = Date.parse('2026-03-01T00:00:00+08:00')
const PER_DAY = 100

/** Status mix (per 20): most still under review, some decided, a few paid or withdrawn. */
const MIX: [ApplicationStatus, ReviewStage | undefined][] = [
  ...Array(5).fill(['submitted', undefined]),
  ...Array(4).fill(['in_review', 'street']),
  ...Array(3).fill(['in_review', 'district']),
  ...Array(2).fill(['approved', undefined]),
  ['paid', undefined],
  ['returned', 'street'],
  ['returned', 'district'],
  ['rejected', 'street'],
  ['rejected', 'district'],
  ['withdrawn', undefined]
]

/** What `submit` (and the decisions after it) would have stored for application `i`. */
const usedIdNumbers = new Set<string>()
export function storedApplication(i: number, key: Buffer): ApplicationDoc {
  const crypto = fieldCrypto(key)
  let personal = makePersonal()
  // Random ID numbers can repeat among 10,000; personKey is unique, as for real people.
  while (usedIdNumbers.has(personal.idNumber)) personal = makePersonal()
  usedIdNumbers.add(personal.idNumber)
  const bank = makeBank(personal.name)
  const [status, stage] = MIX[i % MIX.length]
  const id = `bench-review-${String(i).padStart(6, '0')}`
  const submittedAt = new Date(FIRST_DAY + Math.floor(i / PER_DAY) * DAY_MS + (i % PER_DAY) * 10 * 60_000).toISOString()
  const staff = { role: 'street_reviewer', staffId: 'bench-street' }
  const history: HistoryEntry[] = [{ at: submittedAt, from: null, to: 'submitted', by: 'applicant' }]
  if (status !== 'submitted') history.push({ at: submittedAt, from: 'submitted', to: status, by: status === 'withdrawn' ? 'applicant' : staff, ...(stage ? { stage } : {}) })
  const fileID = (kind: string) => `cloud://futian-local.local-bucket/dream-plan/bench/${id}/${kind}.png`
  return {
    _id: id,
    applicationNo: `${YEAR_OF_BULK}-${String(i + 1).padStart(6, '0')}`,
    year: YEAR_OF_BULK,
    openid: `bench-worker-${i}`,
    status,
    ...(stage ? { stage } : {}),
    version: history.length,
    amount: 2500,
    personal: {
      name: personal.name,
      unionOrganisation: personal.unionOrganisation,
      idNumberSealed: crypto.seal(personal.idNumber, 'idNumber'),
      idNumberMasked: maskIdNumber(personal.idNumber),
      mobileSealed: crypto.seal(personal.mobile, 'mobile'),
      mobileMasked: maskMobile(personal.mobile)
    },
    work: makeWork({ street: STREETS[i % STREETS.length] }),
    education: makeEducation(),
    bank: { bankName: bank.bankName, accountHolder: bank.accountHolder, cardNumberSealed: crypto.seal(bank.cardNumber, 'cardNumber'), cardNumberMasked: maskCardNumber(bank.cardNumber) },
    materials: {
      enrolmentProof: { fileID: fileID('enrolmentProof'), name: '录取通知书.png', size: 1024, contentType: 'image/png' },
      tuitionReceipt: { fileID: fileID('tuitionReceipt'), name: '学费发票.png', size: 1024, contentType: 'image/png' }
    },
    idNumberHash: crypto.keyedHash(personal.idNumber, 'idNumber'),
    cardNumberHash: crypto.keyedHash(bank.cardNumber, 'cardNumber'),
    personKey: status === 'withdrawn' ? `released:${id}` : `once:${crypto.keyedHash(personal.idNumber, 'idNumber')}`,
    openKey: status === 'withdrawn' ? `released:${id}` : `bench-worker-${i}:${YEAR_OF_BULK}`,
    submitKey: `bench-key-${i}`,
    resubmitKeys: [],
    history,
    ...(status === 'paid' ? { publicity: { startsAt: submittedAt, endsAt: submittedAt, articleId: 'bench-article' }, payment: { batchNo: 'BENCH-1', paidAt: '2026-06-30' } } : {}),
    notices: history.map((h, k) => ({ id: `${id}:${k}`, at: h.at, status: h.to, state: 'sent' as const, attempts: 1 })),
    noticesPending: 0,
    submittedAt,
    updatedAt: submittedAt
  }
}


