// Saved HTML pages for the tests, built from the real text of corpus pages in the markup their kind
// of site uses (a Guangdong government CMS page with its metadata, a news page without metadata,
// a 公众号 article). The text is the page's; the markup around it is the tests'.
import { readFileSync } from 'node:fs'
import path from 'node:path'

const corpusText = (name: string) => readFileSync(path.resolve(__dirname, '../../fixtures/pages', `${name}.txt`), 'utf8')

/** The four opening paragraphs of the real szft 工会动态 page, as its CMS would mark them up. */
export function governmentPage(assets: { base: string; img1: string; img2: string; pdf: string; doc: string }): string {
  const lines = corpusText('szft-ghdt-post_10359855').split('\n').map((l) => l.trim()).filter(Boolean)
  const p1 = lines.find((l) => l.startsWith('12月21日,福田区工会第六次代表大会在深圳五洲宾馆胜利召开,来自'))!
  const p2 = lines.find((l) => l.startsWith('深圳市总工会党组成员、副主席冯艳玲到会指导'))!
  const p3 = lines.find((l) => l.startsWith('福田区委副书记、区长周江涛对大会召开'))!
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>对标先行示范 争创一流工会 福田区工会第六次代表大会胜利召开-工会动态-福田政府在线</title>
<meta name="ArticleTitle" content="对标先行示范 争创一流工会 福田区工会第六次代表大会胜利召开">
<meta name="PubDate" content="2022-12-28 18:00">
<meta name="ContentSource" content="福田区总工会">
<meta name="ColumnName" content="工会动态">
<script>var _hmt = _hmt || []; document.write('<img src=x onerror=alert(1)>')</script>
<style>.TRS_Editor p { text-indent: 2em }</style>
</head><body>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/ghdt/">工会动态</a></li></ul></div>
<div class="crumb">你的当前位置: <a href="/">首页</a> &gt; <a href="/qzgh/">区总工会</a> &gt; 工会动态</div>
<h1>对标先行示范 争创一流工会 福田区工会第六次代表大会胜利召开</h1>
<div class="info">日期:2022-12-28 18:00 字号:[<a>大</a><a>中</a><a>小</a>] 视力保护色:12345</div>
<div class="TRS_Editor">
<p>${p1}</p>
<p style="text-align: center;"><img src="${assets.img1}" alt="图片" onerror="alert(1)"></p>
<p style="text-align: center;">▲12月21日,福田区工会第六次代表大会在深圳五洲宾馆胜利召开。</p>
<p><strong>打造先行示范工会,全市率先推出会员代表常任制</strong></p>
<p>${p2}</p>
<script>steal(document.cookie)</script>
<p style="text-align:center"><img src="${assets.img2}" alt="深圳市总工会党组成员、副主席冯艳玲出席会议并讲话"></p>
<p>${p3}</p>
<iframe src="https://evil.example/"></iframe>
</div>
<div class="fj">相关附件: <a href="${assets.pdf}">福田区工会第六次代表大会工作报告.pdf</a><br><a href="${assets.doc}">会员代表名单.docx</a></div>
<div class="share">分享到: 【收藏此页】 【打印本页】 【关闭窗口】</div>
<div class="footer">主办:深圳市福田区人民政府办公室 联系电话:0755-83936670</div>
</body></html>`
}

/** The real 荆州 union page's text as a news-type page: no metadata, no known container. */
export function newsPage(img: string): string {
  const lines = corpusText('jzzgh-jcdt-21429').split('\n').map((l) => l.trim()).filter(Boolean)
  const paragraphs = lines.filter((l) => l.length > 40 && l.endsWith('。'))
  return `<html><head><title>荆州市总工会</title></head><body>
<div>荆州市总工会欢迎您! | 今天是:</div>
<div>您的位置:首页 &gt; 新闻中心 &gt; 县市区/产业</div>
<div class="title">市总工会就“共同缔造”区域商圈共享职工之家建设到沙市区调研</div>
<div class="meta">信息来源:沙市区总工会 | 发布时间 2023-05-29</div>
<div class="box"><figure><img src="${img}"><figcaption>调研组在梅台巷社区</figcaption></figure>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div>地址:荆州市园林路25号 热线电话:0716-8212336</div></body></html>`
}

/** A 公众号 article body as WeChat serves it (sections, spans, bold, images by data-src, a quote). */
export function wechatArticleHtml(img: string, title = '工会姐 上新了'): string {
  const lines = corpusText('wxredian-6a10de4a').split('\n').map((l) => l.trim()).filter(Boolean)
  return `<html><head><meta property="og:title" content="${title}"></head><body>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section><span style="font-size:15px">${lines[0]}</span></section>
<section style="text-align:center"><img data-src="${img}" data-type="png" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="></section>
<section style="text-align:center"><span style="color:#888">“工会姐”拍摄现场</span></section>
<section><strong>一支由工会干部组成的宣传小分队</strong></section>
<section><span>${lines[1]}</span></section>
<blockquote><p>${lines[2]}</p></blockquote>
</div></body></html>`
}
