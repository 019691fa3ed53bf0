// The one declaration of the app's collections and indexes. The local CloudBase applies it at
// start; `npm run deploy:database` applies it to a CloudBase environment through manager-node.

/** One index: keys in order with their direction, as CloudBase (MongoDB) takes them. */
export interface IndexSpec {
  name: string
  /** 1 / -1 ascending / descending; '2dsphere' a geo index for `_.geoNear` (GeoJSON points). */
  keys: Record<string, 1 | -1 | '2dsphere'>
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
      { name: 'publishedAt', keys: { publishedAt: -1, _id: -1 } },
      // Search: \`searchTerms: _.all([...])\`, one entry per bigram or word of each article.
      { name: 'searchTerms', keys: { searchTerms: 1 }, multikey: true },
      // Headlines: \`pinnedRank >= 0\`; unpinned articles have no pinnedRank, so the range holds only the pinned.
      { name: 'pinnedRank', keys: { pinnedRank: 1, publishedAt: -1 } },
      // Pin expiry (contentTimer): only articles pinned with an expiry have the field.
      { name: 'pinExpiresAt', keys: { pinExpiresAt: 1 } }
    ]
  },
  {
    name: 'channels',
    description: '资讯栏目：_id 为栏目名，含排序与文章数，由导入器维护',
    // A handful of rows, read whole and sorted in memory.
    indexes: []
  },
  {
    name: 'favourites',
    description: '职工的收藏：每人每篇一条（_id 由 openid 与文章编号生成）',
    indexes: [
      // 我的收藏 pages by (createdAt, _id) cursors, newest first, for one openid.
      { name: 'openid_createdAt', keys: { openid: 1, createdAt: -1, _id: -1 } },
      // One favourite per worker and article, whatever id a writer chose.
      { name: 'openid_articleId_unique', keys: { openid: 1, articleId: 1 }, unique: true }
    ]
  },
  {
    name: 'services',
    description: '工会服务：服务页的内容（_id 为服务编号），示例内容标 sample',
    // Nine rows, read whole and sorted by `order`.
    indexes: []
  },
  {
    name: 'places',
    description: '服务阵地：暖蜂驿站、职工书屋、爱心妈妈小屋、工会大食堂、职工服务中心，含位置（GeoJSON 点）',
    indexes: [
      // 附近: `location: _.geoNear(...)` returns rows nearest first; CloudBase requires this index.
      { name: 'location_geo', keys: { location: '2dsphere' } },
      // No location shared: by street (its STREETS index), then _id, paged by (streetOrder, _id) cursors;
      // a street filter is `streetOrder: n` on the same index.
      { name: 'street_order', keys: { streetOrder: 1, _id: 1 } },
      { name: 'type_street', keys: { type: 1, streetOrder: 1, _id: 1 } }
    ]
  },
  {
    name: 'faqs',
    description: '常见问题：按分组与序号排列，示例内容标 sample',
    // A small set read whole (at most 100 rows) in group, then question order.
    indexes: [{ name: 'group_order', keys: { groupOrder: 1, order: 1 } }]
  },
  // 圆梦计划 (dreamPlan function; document shapes in contracts/dream-plan/documents.ts).
  {
    name: 'dreamPlanPolicies',
    description: '圆梦计划政策：每年一条（_id 为年份），金额、申请时间、条件、材料、流程与隐私告知',
    // A handful of rows, read whole.
    indexes: []
  },
  {
    name: 'dreamPlanDrafts',
    description: '圆梦计划草稿：每位职工每年一份（_id 由 openid 与年份生成），含个人号码的分节加密保存',
    // Read and written by their derived _id only.
    indexes: []
  },
  {
    name: 'dreamPlanApplications',
    description: '圆梦计划申请：身份证号、手机号、银行卡号仅以密文、掩码与keyed hash保存；状态与历史',
    indexes: [
      // Once per person (or per person and year): the insert itself refuses a second application.
      { name: 'personKey_unique', keys: { personKey: 1 }, unique: true },
      // One application per WeChat user and year.
      { name: 'openKey_unique', keys: { openKey: 1 }, unique: true },
      { name: 'applicationNo_unique', keys: { applicationNo: 1 }, unique: true },
      // 我的申请, newest first.
      { name: 'openid_submittedAt', keys: { openid: 1, submittedAt: -1, _id: -1 } },
      // The same person across years (a change of the once-per-person rule), and staff look-ups.
      { name: 'idNumberHash', keys: { idNumberHash: 1 } },
      // The review queue, oldest first: unfiltered or by date, by street (a street reviewer's queue),
      // by status and stage, by level, by year. Every field a filter names needs a column, so the
      // whole query runs in SQL locally (and on an index in CloudBase).
      { name: 'submittedAt', keys: { submittedAt: 1, _id: 1 } },
      { name: 'street_submittedAt', keys: { 'work.street': 1, submittedAt: 1, _id: 1 } },
      { name: 'street_status_submittedAt', keys: { 'work.street': 1, status: 1, submittedAt: 1, _id: 1 } },
      { name: 'street_status_stage_submittedAt', keys: { 'work.street': 1, status: 1, stage: 1, submittedAt: 1, _id: 1 } },
      { name: 'status_submittedAt', keys: { status: 1, submittedAt: 1, _id: 1 } },
      { name: 'status_stage_submittedAt', keys: { status: 1, stage: 1, submittedAt: 1, _id: 1 } },
      { name: 'level_submittedAt', keys: { 'education.level': 1, submittedAt: 1, _id: 1 } },
      { name: 'year_submittedAt', keys: { year: 1, submittedAt: 1, _id: 1 } },
      // Staff search by the applicant's full name.
      { name: 'personal_name', keys: { 'personal.name': 1 } },
      // The notify function's work: applications with notices not yet finished.
      { name: 'noticesPending', keys: { noticesPending: 1 } }
    ]
  },
  {
    name: 'dreamPlanCounters',
    description: '圆梦计划序号计数器：申报序号每年一个（_id 如 applicationNo-2026）',
    indexes: []
  },
  {
    name: 'dreamPlanSubscriptions',
    description: '圆梦计划订阅消息授权：每位职工一条，按模板计数（一次性授权可发一条）',
    indexes: []
  },
  {
    name: 'dreamPlanPayBatches',
    description: '圆梦计划发放批次：_id 为批次号，含申请编号、发放日期、金额与经办人；同一批次重复提交不重复发放',
    indexes: []
  },
  {
    name: 'dreamPlanExports',
    description: '圆梦计划导出文件：含个人信息，下载链接过期后由 housekeeping 定时删除',
    indexes: [{ name: 'deleteAfter', keys: { deleteAfter: 1 } }]
  },
  // Staff side (staff and dreamPlanReview functions; shapes in contracts/staff/roles.ts).
  {
    name: 'staff',
    description: '工作人员：_id 为 openid，角色（街道初审、区总复审、财务、管理员）与负责街道',
    indexes: [{ name: 'roles', keys: { roles: 1 }, multikey: true }]
  },
  {
    name: 'auditLog',
    description: '审计记录：查看完整号码、导出、授权与撤销，只增不改',
    indexes: [
      { name: 'actor_at', keys: { 'actor.openid': 1, at: -1 } },
      { name: 'target_at', keys: { target: 1, at: -1 } },
      // Content management's operation log (contentAdmin auditQuery): by action, kind, person and date.
      { name: 'action_at', keys: { action: 1, at: -1, _id: -1 } },
      { name: 'action_kind_at', keys: { action: 1, 'detail.kind': 1, at: -1, _id: -1 } },
      { name: 'action_actor_at', keys: { action: 1, 'actor.openid': 1, at: -1, _id: -1 } }
    ]
  },
  // 公众号 sync (wechatSync function; issue 17).
  {
    name: 'wechatSync',
    description: '公众号同步状态：access_token 缓存（_id token）与上次运行（_id state）',
    indexes: []
  },
  {
    name: 'wechatSyncArticles',
    description: '公众号同步的文章：_id 为 article_id，含 update_time、状态（已同步/失败/已撤回）、失败原因与次数',
    indexes: [{ name: 'status', keys: { status: 1 } }]
  },
  // Content management (contentAdmin, contentTimer; shapes in contracts/content-admin/words.ts).
  {
    name: 'contentItems',
    description: '内容管理：每条内容（文章、服务、常见问题、阵地、圆梦计划政策）的工作稿、状态、版本号与线上版本',
    indexes: [
      // Staff lists: a kind, by state or all, most recently changed first, by (updatedAt, _id) cursors.
      { name: 'kind_state_updatedAt', keys: { kind: 1, state: 1, updatedAt: -1, _id: -1 } },
      { name: 'kind_updatedAt', keys: { kind: 1, updatedAt: -1, _id: -1 } },
      // The timer: scheduled items whose time has come, and claims a crashed call left behind.
      { name: 'state_publishAt', keys: { state: 1, publishAt: 1 } },
      { name: 'op_at', keys: { 'op.at': 1 } },
      // The sync and the importer find the item of a source page (an item withdrawn at its source).
      { name: 'origin_sourceKey', keys: { 'origin.sourceKey': 1 } }
    ]
  },
  {
    name: 'contentRevisions',
    description: '内容管理：提交、排期或发布时冻结的每个版本（_id 为 内容编号:版本号），含编辑人与时间',
    indexes: [{ name: 'itemId_n', keys: { itemId: 1, n: -1 } }]
  },
  {
    name: 'contentFiles',
    description: '内容管理：按文件内容检查通过的上传文件（图片、附件），保存时据此核对',
    indexes: []
  }
]
