import ClaimTraceCore

/// Element names the main-text pass compares by ``WordKey`` (libxml2's HTML parser lowercases them).
enum Tags {
    static let a = WordKey.of("a")
    static let p = WordKey.of("p")
    static let br = WordKey.of("br")
    static let div = WordKey.of("div")
    static let span = WordKey.of("span")
    static let font = WordKey.of("font")
    static let section = WordKey.of("section")
    static let article = WordKey.of("article")
    static let main = WordKey.of("main")
    static let body = WordKey.of("body")
    static let html = WordKey.of("html")
    static let header = WordKey.of("header")
    static let pre = WordKey.of("pre")
    static let td = WordKey.of("td")
    static let th = WordKey.of("th")
    static let tr = WordKey.of("tr")
    static let table = WordKey.of("table")
    static let tbody = WordKey.of("tbody")
    static let thead = WordKey.of("thead")
    static let blockquote = WordKey.of("blockquote")
    static let address = WordKey.of("address")
    static let ol = WordKey.of("ol")
    static let ul = WordKey.of("ul")
    static let li = WordKey.of("li")
    static let dl = WordKey.of("dl")
    static let dd = WordKey.of("dd")
    static let dt = WordKey.of("dt")
    static let form = WordKey.of("form")
    static let h1 = WordKey.of("h1")
    static let h2 = WordKey.of("h2")
    static let h3 = WordKey.of("h3")
    static let h4 = WordKey.of("h4")
    static let h5 = WordKey.of("h5")
    static let h6 = WordKey.of("h6")

    /// Elements that never hold article text.
    static let dropped = WordTable([
        "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select", "template",
        "menu", "object", "embed", "canvas", "video", "audio", "head", "input", "textarea", "label", "dialog", "link",
        "meta",
    ])
    /// Elements that start a new block of text.
    static let blocks = WordTable([
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr", "section", "article", "ul", "ol",
        "table", "pre", "dd", "dt", "figure", "hr", "main", "header", "dl", "td", "th", "figcaption", "address", "details",
        "summary", "center",
    ])
}

/// Attribute names the main-text pass reads.
enum Attributes {
    static let class_ = WordKey.of("class")
    static let id = WordKey.of("id")
    static let role = WordKey.of("role")
    static let ariaHidden = WordKey.of("aria-hidden")
    static let hidden = WordKey.of("hidden")
    static let style = WordKey.of("style")
    static let itemprop = WordKey.of("itemprop")
    static let true_ = WordKey.of("true")
    static let articlebody = WordKey.of("articlebody")
}

/// Words of class and id names, roles and styles.
enum Names {
    /// Class and id words of containers that are not the story (matched as whole words and hyphenated parts).
    static let unlikely = WordTable([
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "comment", "comments", "share", "sharing", "social",
        "related", "promo", "advert", "advertisement", "ad", "ads", "dfp", "newsletter", "subscribe", "subscription",
        "cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "popup", "modal", "dialog", "masthead",
        "toolbar", "recommended", "recommendations", "trending", "popular", "outbrain", "taboola", "sponsored", "sponsor",
        "paywall", "signup", "widget", "rail", "banner", "disqus", "pagination", "pager", "skip", "skyscraper", "tags",
        "tagline", "byline", "bio", "readmore", "also", "newsletters", "toast", "alert", "overlay", "lightbox",
        "gallery", "carousel", "slideshow", "print", "hidden", "offscreen", "login", "register", "follow", "tools",
        "utility", "utilities", "header", "topbar", "contact", "feedback",
    ])
    /// Class and id words of the story's own container; they outweigh an unlikely word in the same name.
    static let likely = WordTable([
        "article", "body", "content", "entry", "hentry", "main", "post", "text", "blog", "story", "prose", "articlebody",
        "page",
    ])
    /// Marks of boilerplate wherever they stand in a class or id ("commentlist", "sharebar").
    static let strong: [[UInt8]] = [
        "comment", "disqus", "outbrain", "taboola", "newsletter", "cookie", "consent", "popup", "modal", "breadcrumb",
        "pagination", "sharebar", "share-bar", "social-share", "sponsor", "advert", "promo", "related-", "recirc",
    ].map { Array($0.utf8) }
    /// Roles of landmarks that are not the story.
    static let roles = WordTable(["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "search"])
    static let displayNone = Array("display:none".utf8)
    static let visibilityHidden = Array("visibility:hidden".utf8)
}
