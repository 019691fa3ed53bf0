// 圆梦计划's public entry for other features (the review side reads statuses and opens materials
// as the worker's pages do). Zod-free modules only: what is exported here lands in their packages.
export { statusLabel, statusTone, type StatusTone } from './status'
export { isImage } from './form/materials'
export { openMaterial } from './open-material'
export { MaterialRow } from './components/material-row'
export { ApplicationFacts } from './components/application-facts'
