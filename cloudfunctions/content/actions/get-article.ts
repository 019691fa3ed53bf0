// getArticle: one article with its body, for the article page and shared links.
import { getArticleInput } from '../../../contracts/content/actions'
import type { ArticleDoc } from '../../../contracts/content/article'
import { appError } from '../../../contracts/errors'
import { defineAction, ok } from '../../_shared/handler'
import { articles, toDetail } from '../articles-collection'

export const getArticle = defineAction({
  input: getArticleInput,
  access: 'public',
  run: async ({ id }) => {
    const res = await articles().doc(id).get()
    const doc = (res.data as ArticleDoc[])[0]
    return doc ? ok(toDetail(doc)) : appError('ARTICLE_NOT_FOUND')
  }
})
