// zod, configured once for the app and the functions: Chinese default messages, and no code
// generation (mini-programs forbid `new Function`). Only the zh-CN locale is imported, so the
// bundles do not carry zod's other forty languages.
import { z } from 'zod'
import zhCN from 'zod/v4/locales/zh-CN.js'

z.config(zhCN())
z.config({ jitless: true })

export { z }
