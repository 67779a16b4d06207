package org.sitrep.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML articles: the article body (the {@code <article>} element, else {@code <main>}, else the
 * page body) without navigation, headers, footers, asides, scripts, forms and figures; metadata
 * from Open Graph and article meta tags. Paragraphs are joined with blank lines.
 */
final class HtmlArticleParser {

    private static final String FURNITURE = "nav, header, footer, aside, script, style, noscript, form, "
            + "figure, iframe, button, svg, template, [role=navigation], [role=banner], "
            + "[role=contentinfo], [aria-hidden=true], .share, .social, .related, .comments";

    private static final String BLOCKS = "p, h2, h3, h4, blockquote, li";

    private final TextArticleParser text = new TextArticleParser();

    org.sitrep.model.Article parse(String id, String where, String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String url = meta(page, "meta[property=og:url]", "link[rel=canonical]");
        String outlet = meta(page, "meta[property=og:site_name]", null);
        String published = meta(page, "meta[property=article:published_time]", null);
        if (published == null) {
            published = meta(page, "meta[name=date]", null);
        }
        if (published == null) {
            Element time = page.selectFirst("time[datetime]");
            published = time == null ? null : time.attr("datetime");
        }
        String title = meta(page, "meta[property=og:title]", null);
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.body();
        }
        if (root == null) {
            throw new ArticleFormatException("HTML without a body");
        }
        root = root.clone();
        root.select(FURNITURE).remove();
        Element h1 = root.selectFirst("h1");
        if (title == null && h1 != null) {
            title = h1.text();
        }
        if (title == null) {
            title = page.title().isBlank() ? null : page.title();
        }
        root.select("h1").remove();
        StringBuilder body = new StringBuilder();
        Elements blocks = root.select(BLOCKS);
        for (Element block : blocks) {
            if (block.select(BLOCKS).stream().anyMatch(inner -> inner != block)) {
                continue; // a container of blocks: its children are taken one by one
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                body.append(t).append("\n\n");
            }
        }
        if (body.length() == 0) {
            String all = root.text().strip();
            if (all.isEmpty()) {
                throw new ArticleFormatException("HTML without article text");
            }
            body.append(all);
        }
        return text.build(id, where, url, outlet, title, published, body.toString());
    }

    private static String meta(org.jsoup.nodes.Document page, String metaSelector, String linkSelector) {
        Element m = page.selectFirst(metaSelector);
        if (m != null && !m.attr("content").isBlank()) {
            return m.attr("content").strip();
        }
        if (linkSelector != null) {
            Element l = page.selectFirst(linkSelector);
            if (l != null && !l.attr("href").isBlank()) {
                return l.attr("href").strip();
            }
        }
        return null;
    }
}
