// The staff side's words (zod-free, so the staff pages can import them without the schemas): the
// decisions, the review stages and the numbers staff may reveal.
import type { ReviewStage } from './application'

/** What a reviewer decides. `accept` (受理) starts 街道初审; `pass` moves 初审 → 复审 or 复审 → 已通过. */
export const DECISIONS = { accept: '受理', pass: '通过', return: '退回补正', reject: '不通过' } as const
export type Decision = keyof typeof DECISIONS

/** The stages' names. */
export const REVIEW_STAGES: Record<ReviewStage, string> = { street: '街道初审', district: '区总复审' }

/** Fields whose full value staff may reveal, each with a recorded reason. */
export const REVEALABLE_FIELDS = { idNumber: '身份证号', mobile: '手机号', cardNumber: '银行卡号' } as const
export type RevealableField = keyof typeof REVEALABLE_FIELDS
