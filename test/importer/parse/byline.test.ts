import { parseByline } from '../../../importer/parse/byline'

describe('parseByline', () => {
  it.each([
    ['记者 张三', '记者 张三'],
    ['通讯员 李四 王五', '通讯员 李四 王五'],
    ['记者：张三', '记者：张三'],
    ['(记者 陈晓)', '记者 陈晓'],
    ['（通讯员 李四、王五）', '通讯员 李四、王五'],
    ['文/图 福田区总工会', '文/图 福田区总工会'],
    ['记者 张三 通讯员 李四', '记者 张三 通讯员 李四'],
  ])('reads %s', (line, byline) => expect(parseByline(line)).toBe(byline))

  it.each([['记者从区总工会获悉，今年全区新建职工书屋12家。'], ['记者张三'], ['文化活动丰富多彩'], ['通讯员队伍建设取得新成效，全年发稿200余篇。']])(
    'rejects %s',
    (line) => expect(parseByline(line)).toBeNull(),
  )
})
