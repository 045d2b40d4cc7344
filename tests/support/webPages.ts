// Made-up articles as the web serves them — with navigation, share buttons, comments, captions, scripts and
// metadata in JSON-LD and meta tags — for testing the HTML, feed and spreadsheet readers. All text is
// written for these tests; outlets and people are invented.

export interface SampleArticle { lang: string; dir?: "rtl"; title: string; author: string; site: string; published: string; url: string; paragraphs: string[] }

export const ENGLISH: SampleArticle = {
  lang: "en", title: "River Towns Count the Cost of the Spring Floods", author: "Mara Ellison", site: "The Valley Ledger (sample)",
  published: "2024-04-03T08:15:00+02:00", url: "https://ledger.example.org/news/2024/04/river-towns-count-cost",
  paragraphs: [
    "Three river towns began clearing mud from their streets on Tuesday after the worst spring floods in forty years, the regional authority said.",
    "“The water came through the door in minutes and we lost everything on the ground floor,” said a baker who has run her shop on the quay for twenty years.",
    "Engineers had warned in a report last year that the old embankment could not hold a flood of this size, according to documents seen by reporters.",
    "The regional government said emergency payments would reach every affected household within two weeks and that the embankment would be rebuilt.",
  ],
};

export const ARABIC: SampleArticle = {
  lang: "ar", dir: "rtl", title: "سكان القرى يطالبون بإصلاح شبكة المياه قبل الصيف", author: "ليلى حداد", site: "صحيفة الوادي (نموذج)",
  published: "2024-05-10T09:00:00+03:00", url: "https://wadi.example.org/ar/2024/05/water-network",
  paragraphs: [
    "قال سكان ثلاث قرى في الجنوب إن المياه لم تصل إلى منازلهم منذ أكثر من شهر، وإنهم يشترون الماء من الشاحنات بأسعار مرتفعة.",
    "وقالت امرأة من إحدى القرى: «نحمل الماء على رؤوسنا كل صباح، ولم يأت أحد من المسؤولين ليسألنا عن حالنا».",
    "وأعلنت وزارة المياه في بيان رسمي أن أعمال الإصلاح ستبدأ الأسبوع المقبل، وأن الشبكة ستعمل بالكامل قبل بداية الصيف.",
  ],
};

export const GERMAN: SampleArticle = {
  lang: "de", title: "Stadtrat beschließt neue Regeln für Mieterhöhungen", author: "Jürgen Weiß", site: "Rheinbote (Beispiel)",
  published: "2024-02-14", url: "https://rheinbote.example.de/stadt/2024/mieten",
  paragraphs: [
    "Der Stadtrat hat am Mittwoch mit großer Mehrheit neue Regeln beschlossen, die Mieterhöhungen in den nächsten drei Jahren begrenzen sollen.",
    "„Wir zahlen schon jetzt die Hälfte unseres Einkommens für die Wohnung“, sagte eine Mieterin, die seit zwölf Jahren in der Südstadt lebt.",
    "Die Verwaltung erklärte, die Maßnahmen seien rechtlich geprüft und würden vom Ministerium ausdrücklich unterstützt.",
  ],
};

export const FRENCH: SampleArticle = {
  lang: "fr", title: "Les éleveurs s’inquiètent de la sécheresse dans le Sud", author: "Hélène Dufaÿ", site: "Le Courrier du Midi (exemple)",
  published: "2024-07-22T06:30:00+02:00", url: "https://courrier.example.fr/regions/2024/07/secheresse",
  paragraphs: [
    "Les éleveurs de la vallée affirment que les pâturages n’ont jamais été aussi secs à cette période de l’année, selon la chambre d’agriculture.",
    "« Nous avons déjà vendu un tiers du troupeau parce que nous ne pouvons plus acheter de fourrage », a déclaré un éleveur âgé de cinquante-deux ans.",
    "La préfecture a annoncé des restrictions d’eau renforcées et promis une aide exceptionnelle aux exploitations les plus touchées.",
  ],
};

export const CHINESE: SampleArticle = {
  lang: "zh-CN", title: "山区学校迎来新的图书馆", author: "李明", site: "山城日报（示例）",
  published: "2024-09-01T10:00:00+08:00", url: "https://shancheng.example.cn/news/2024/09/library",
  paragraphs: [
    "本市山区的一所小学本周开放了新的图书馆，学校表示这是该校建校以来第一次拥有独立的阅览室，全校三百多名学生都可以借阅图书。",
    "一名五年级学生说：“以前我们只能在教室里看几本旧书，现在每个星期都可以借新书回家，我最喜欢看科学方面的书。”",
    "县教育局在声明中表示，明年还将为另外十二所乡村学校建设图书馆，并为每所学校配备专职管理员和新的电脑设备。",
  ],
};

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A full page around the article: head metadata, a menu, share bar, figure, comments, footer, scripts. */
export function articlePage(a: SampleArticle, options: { charset?: string; canonical?: string | null; jsonLd?: boolean } = {}): string {
  const canonical = options.canonical === undefined ? a.url : options.canonical;
  const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline: a.title, author: { "@type": "Person", name: a.author }, publisher: { "@type": "Organization", name: a.site }, datePublished: a.published, inLanguage: a.lang };
  return `<!DOCTYPE html>
<html lang="${a.lang}"${a.dir ? ` dir="${a.dir}"` : ""}>
<head>
<meta charset="${options.charset ?? "utf-8"}">
<title>${esc(a.title)} | ${esc(a.site)}</title>
${canonical ? `<link rel="canonical" href="${canonical}">` : ""}
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="${esc(a.site)}">
<meta property="article:published_time" content="${a.published}">
<meta name="author" content="${esc(a.author)}">
${options.jsonLd === false ? "" : `<script type="application/ld+json">${JSON.stringify(ld)}</script>`}
<script>window.dataLayer = window.dataLayer || []; function track(e) { dataLayer.push(e); }</script>
<style>.share { display: flex; }</style>
</head>
<body>
<header><a href="/">${esc(a.site)}</a>
<nav><ul><li><a href="/politics">Politics menu</a></li><li><a href="/economy">Economy menu</a></li><li><a href="/sport">Sport menu</a></li></ul></nav>
</header>
<main>
<article>
<h1>${esc(a.title)}</h1>
<p class="byline">By ${esc(a.author)}</p>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <button>Copy link</button></div>
<figure><img src="/photo.jpg" alt="A photo"><figcaption>A caption under the photo (Photo: Staff Photographer/Agency)</figcaption></figure>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n")}
<div class="ad-slot">Advertisement <script>googletag.cmd.push(function() { googletag.display("ad-1"); });</script></div>
</article>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>First comment from a reader who disagrees strongly with the article and says so at length here.</p></div></section>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about something else entirely</a></li></ul></aside>
</main>
<footer><p>© 2024 ${esc(a.site)}. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
<script>track({ page: "article" });</script>
</body>
</html>`;
}

/** The same article as the project's plain-text format: headline, blank line, paragraphs. */
export function articleText(a: SampleArticle): string {
  return [a.title, "", ...a.paragraphs.flatMap((p) => [p, ""])].join("\n");
}

/** An RSS 2.0 feed whose items carry the articles' full text (or only a teaser and a link). */
export function rssFeed(items: { article: SampleArticle; link: string; full: boolean }[], title = "Sample Feed"): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>${esc(title)}</title><link>https://feed.example.org/</link><language>en</language>
${items.map(({ article, link, full }) => `<item>
<title>${esc(article.title)}</title><link>${link}</link><dc:creator>${esc(article.author)}</dc:creator>
<pubDate>${new Date(article.published).toUTCString()}</pubDate>
<description>${esc(article.paragraphs[0].split(" ").slice(0, 12).join(" "))}…</description>
${full ? `<content:encoded><![CDATA[${article.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("")}<p><a href="${link}">Read the full story</a></p>]]></content:encoded>` : ""}
</item>`).join("\n")}
</channel></rss>`;
}
