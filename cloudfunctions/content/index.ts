// content: the union's published content: news, and the 服务 tab's services, places and FAQs.
// Reading is open to anyone; 收藏 needs a signed-in WeChat user.
import { createHandler } from '../_shared/handler'
import { addFavourite } from './actions/add-favourite'
import { getArticle } from './actions/get-article'
import { getHome } from './actions/get-home'
import { getService } from './actions/get-service'
import { listArticles } from './actions/list-articles'
import { listChannels } from './actions/list-channels'
import { listFaqs } from './actions/list-faqs'
import { listFavourites } from './actions/list-favourites'
import { listHeadlines } from './actions/list-headlines'
import { listPlaces } from './actions/list-places'
import { listRelated } from './actions/list-related'
import { listServices } from './actions/list-services'
import { recordShare } from './actions/record-share'
import { removeFavourite } from './actions/remove-favourite'
import { searchArticles } from './actions/search-articles'

export const main = createHandler({
  listChannels,
  listArticles,
  listHeadlines,
  getHome,
  searchArticles,
  getArticle,
  listRelated,
  recordShare,
  addFavourite,
  removeFavourite,
  listFavourites,
  listServices,
  getService,
  listPlaces,
  listFaqs
})
