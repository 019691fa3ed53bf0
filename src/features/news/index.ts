// News' public entry for other features: content management's 预览 renders an article body exactly
// as readers see it.
export { ArticleBody } from './components/article-body'
