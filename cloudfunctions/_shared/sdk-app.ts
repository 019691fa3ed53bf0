// The type of an initialised @cloudbase/node-sdk app, for code shared by functions and tools
// (the importer, the 公众号 sync) that receives an app rather than making one.
import type tcb from '@cloudbase/node-sdk'

export type SdkApp = ReturnType<typeof tcb.init>
