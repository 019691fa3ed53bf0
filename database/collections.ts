// The one declaration of the app's collections and indexes. The local CloudBase applies it at
// start; `npm run deploy:database` applies it to a CloudBase environment through manager-node.

/** One index: keys in order with their direction, as CloudBase (MongoDB) takes them. */
export interface IndexSpec {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
  /** The (single) key holds arrays and each element is indexed, as MongoDB does for array fields.
   * Keys of other indexes must hold scalars: the local CloudBase pushes queries on them into SQL. */
  multikey?: boolean
}

/** A collection and the indexes its queries rely on. */
export interface CollectionSpec {
  name: string
  description: string
  indexes: IndexSpec[]
}

export const COLLECTIONS: CollectionSpec[] = [
  {
    name: 'articles',
    description: '工会资讯：由导入器从工会网站页面生成',
    indexes: [
      // Re-importing a page updates it: the source page's key is the identity.
      { name: 'sourceKey_unique', keys: { sourceKey: 1 }, unique: true },
      // Feeds page by (publishedAt, _id) cursors, newest first, per channel and overall.
      { name: 'channel_publishedAt', keys: { channel: 1, publishedAt: -1, _id: -1 } },
      { name: 'publishedAt', keys: { publishedAt: -1, _id: -1 } }
    ]
  }
]
