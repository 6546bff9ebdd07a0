import ClaimTraceCore

/// Element names the main-text pass compares by ``WordKey`` (libxml2's HTML parser lowercases them).
enum Tags {
    @inline(__always) static var a: UInt64 { WordKey.of(static: "a") }
    @inline(__always) static var p: UInt64 { WordKey.of(static: "p") }
    @inline(__always) static var br: UInt64 { WordKey.of(static: "br") }
    @inline(__always) static var div: UInt64 { WordKey.of(static: "div") }
    @inline(__always) static var span: UInt64 { WordKey.of(static: "span") }
    @inline(__always) static var font: UInt64 { WordKey.of(static: "font") }
    @inline(__always) static var section: UInt64 { WordKey.of(static: "section") }
    @inline(__always) static var article: UInt64 { WordKey.of(static: "article") }
    @inline(__always) static var main: UInt64 { WordKey.of(static: "main") }
    @inline(__always) static var body: UInt64 { WordKey.of(static: "body") }
    @inline(__always) static var html: UInt64 { WordKey.of(static: "html") }
    @inline(__always) static var header: UInt64 { WordKey.of(static: "header") }
    @inline(__always) static var pre: UInt64 { WordKey.of(static: "pre") }
    @inline(__always) static var td: UInt64 { WordKey.of(static: "td") }
    @inline(__always) static var th: UInt64 { WordKey.of(static: "th") }
    @inline(__always) static var tr: UInt64 { WordKey.of(static: "tr") }
    @inline(__always) static var table: UInt64 { WordKey.of(static: "table") }
    @inline(__always) static var tbody: UInt64 { WordKey.of(static: "tbody") }
    @inline(__always) static var thead: UInt64 { WordKey.of(static: "thead") }
    @inline(__always) static var blockquote: UInt64 { WordKey.of(static: "blockquote") }
    @inline(__always) static var address: UInt64 { WordKey.of(static: "address") }
    @inline(__always) static var ol: UInt64 { WordKey.of(static: "ol") }
    @inline(__always) static var ul: UInt64 { WordKey.of(static: "ul") }
    @inline(__always) static var li: UInt64 { WordKey.of(static: "li") }
    @inline(__always) static var dl: UInt64 { WordKey.of(static: "dl") }
    @inline(__always) static var dd: UInt64 { WordKey.of(static: "dd") }
    @inline(__always) static var dt: UInt64 { WordKey.of(static: "dt") }
    @inline(__always) static var form: UInt64 { WordKey.of(static: "form") }
    @inline(__always) static var h1: UInt64 { WordKey.of(static: "h1") }
    @inline(__always) static var h2: UInt64 { WordKey.of(static: "h2") }
    @inline(__always) static var h3: UInt64 { WordKey.of(static: "h3") }
    @inline(__always) static var h4: UInt64 { WordKey.of(static: "h4") }
    @inline(__always) static var h5: UInt64 { WordKey.of(static: "h5") }
    @inline(__always) static var h6: UInt64 { WordKey.of(static: "h6") }

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
    @inline(__always) static var class_: UInt64 { WordKey.of(static: "class") }
    @inline(__always) static var id: UInt64 { WordKey.of(static: "id") }
    @inline(__always) static var role: UInt64 { WordKey.of(static: "role") }
    @inline(__always) static var ariaHidden: UInt64 { WordKey.of(static: "aria-hidden") }
    @inline(__always) static var hidden: UInt64 { WordKey.of(static: "hidden") }
    @inline(__always) static var style: UInt64 { WordKey.of(static: "style") }
    @inline(__always) static var itemprop: UInt64 { WordKey.of(static: "itemprop") }
    @inline(__always) static var true_: UInt64 { WordKey.of(static: "true") }
    @inline(__always) static var articlebody: UInt64 { WordKey.of(static: "articlebody") }
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
