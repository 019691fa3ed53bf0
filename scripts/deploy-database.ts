// `npm run deploy:database`: creates the collections and indexes declared in database/collections.ts
// in a CloudBase environment (CLOUDBASE_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY).
// Existing indexes are left alone; demo data is never deployed.
import CloudBase from '@cloudbase/manager-node'
import { COLLECTIONS } from '../database/collections'
import { toManagerIndex } from '../database/manager-indexes'

async function main() {
  const { CLOUDBASE_ENV_ID: envId, TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey } = process.env
  if (!envId || !secretId || !secretKey) {
    console.error('请设置 CLOUDBASE_ENV_ID、TENCENTCLOUD_SECRETID、TENCENTCLOUD_SECRETKEY 后再运行')
    process.exit(2)
  }
  const { database } = new CloudBase({ envId, secretId, secretKey })
  for (const collection of COLLECTIONS) {
    await database.createCollectionIfNotExists(collection.name)
    const missing = []
    for (const index of collection.indexes) {
      if (!(await database.checkIndexExists(collection.name, index.name)).Exists) missing.push(toManagerIndex(index))
    }
    if (missing.length) await database.updateCollection(collection.name, { CreateIndexes: missing })
    console.log(`${collection.name}：新建索引 ${missing.length} 个，共声明 ${collection.indexes.length} 个`)
  }
}

main().catch((err) => {
  console.error(`部署数据库失败：${(err as Error).message}`)
  process.exit(1)
})
