// content: the union's published content (news for now), readable by anyone.
import { createHandler } from '../_shared/handler'
import { getArticle } from './actions/get-article'
import { listArticles } from './actions/list-articles'

export const main = createHandler({ listArticles, getArticle })
