// The 公众号 stand-in's articles on a fresh data folder, so `npm start` has something to sync
// (POST /__local/timers/wechatSync). Made up for the demo and labelled 示例 in their titles, like the
// demo notices (database/seed/samples); tests replace them with their own.
import type { MpArticle } from './mp-articles'

const section = (text: string) => `<section><span style="font-size:16px">${text}</span></section>`
const picture = (name: string, caption: string) =>
  `<section style="text-align:center"><img data-src="{{MMBIZ}}/${name}?wx_fmt=png" data-type="png"></section><section style="text-align:center"><span style="color:#888">${caption}</span></section>`

export const SAMPLE_MP_ARTICLES: MpArticle[] = [
  {
    article_id: 'SAMPLE_1',
    update_time: 1_772_668_800,
    news_item: [
      {
        title: '暖蜂驿站夏季服务时间调整（示例）',
        author: '福田区总工会',
        digest: '这是本地公众号接口替身中的示例文章，用于演示公众号同步。',
        content: [
          section('这是本地公众号接口替身中的示例文章，用于演示公众号同步：正式环境中，这里是工会公众号已发布的文章。'),
          picture('sample-1.png', '示例图片：驿站外景'),
          '<section><strong>服务时间</strong></section>',
          section('夏季期间，各暖蜂驿站开放时间调整为每天7:00至22:00，为户外劳动者提供饮水、充电、休息等服务。'),
          '<p>编辑：示例</p>',
        ].join(''),
        content_source_url: '',
        thumb_media_id: 'sample-thumb-1',
        thumb_url: '{{MMBIZ}}/sample-thumb-1.png',
        url: 'https://mp.weixin.qq.com/s/sample-1',
      },
    ],
  },
  {
    article_id: 'SAMPLE_2',
    update_time: 1_772_755_200,
    news_item: [
      {
        title: '职工书屋新书上架（示例）',
        author: '福田区总工会',
        digest: '示例文章：职工书屋本月新上架图书。',
        content: [section('示例文章：职工书屋本月新上架图书200余册，欢迎职工朋友借阅。'), '<blockquote><p>借阅时间：周一至周五 9:00—18:00。</p></blockquote>'].join(''),
        content_source_url: '',
        thumb_media_id: 'sample-thumb-2',
        thumb_url: '{{MMBIZ}}/sample-thumb-2.png',
        url: 'https://mp.weixin.qq.com/s/sample-2',
      },
    ],
  },
]
