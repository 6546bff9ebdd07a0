import ClaimTraceCore
import TokenRules

/// Words the attribution stage knows. Keys are lowercase.
enum AttributionLexicon {
    /// Reporting verbs: a person or body says something.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "add", "noted", "notes",
        "note", "warned", "warns", "warn", "adding", "noting", "warning", "arguing", "insisting", "stressing", "explaining",
        "claimed", "claims", "claim", "claiming", "announced", "announces", "announce", "announcing", "estimated", "estimating",
        "estimates", "estimate", "stated", "states", "stating", "insisted", "insists", "insist", "argued", "argues",
        "argue", "explained", "explains", "explain", "wrote", "writes", "write", "writing", "predicted", "predicts",
        "predict", "predicting", "acknowledged", "acknowledges", "acknowledge", "acknowledging", "admitted", "admits",
        "admit", "confirmed", "confirms", "confirm", "confirming", "declared", "declares", "declare", "declaring",
        "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasizing", "disclosed", "testified",
        "asserted", "asserts", "contended", "maintained", "maintains", "cautioned", "conceded", "alleged", "alleges",
        "alleging", "reported", "reports", "reporting", "forecast", "forecasts", "projected", "projects", "tweeted",
        "tweets", "tweeting", "observed", "pointed", "recalled", "recalls", "recalling", "complained", "boasted",
        "countered", "replied", "responded", "suggested", "suggests", "suggest", "suggesting",
        // Calls, requests and promises report words too ("called the budget a disgrace", "urged voters to …").
        "called", "calls", "call", "calling", "urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking",
        "promised", "promises", "promise", "promising", "pledged", "pledges", "pledge", "pledging", "vowed", "vows",
        "vowing", "described", "describes", "describe", "describing", "expected", "expects", "expect",
        // Both: "he concluded" closes a quote as "the study concluded" reports a finding.
        "concluded", "concludes", "revealed", "reveals", "indicated", "indicates",
    ]
    /// Evidence verbs: a document shows something.
    static let evidenceVerbs: Set<String> = [
        "showed", "shows", "show", "shown", "showing", "found", "finds", "find", "finding", "suggests", "suggest",
        "suggested", "revealed", "reveals", "reveal", "revealing", "indicated", "indicates", "indicate", "estimated",
        "estimates", "put", "puts", "concluded", "concludes", "conclude", "reported", "reports", "projected", "projects",
        "predicted", "predicts", "confirmed", "confirms", "highlighted", "highlights",
    ]
    /// Nouns for sources that are documents.
    static let documents: Set<String> = [
        "survey", "surveys", "poll", "polls", "report", "reports", "study", "studies", "census", "data", "figures",
        "analysis", "research", "statistics", "index", "review", "estimates", "forecast", "audit", "assessment",
        "paper", "filing", "statement", "release", "tally", "count", "database", "model", "projections", "document",
        "documents", "memo", "memos", "letter", "records", "emails", "transcript", "transcripts", "filings", "ruling",
        "lawsuit", "complaint", "indictment", "results", "article", "book", "minutes", "polls", "surveys", "findings",
        "polling", "disclosures", "footage", "video", "testimony", "initiative", "bill", "proposal", "platform", "resolution",
        "legislation",
        // What a writer or a count leaves behind: "The remarks suggest", "Some analyses suggest", "The election returns
        // suggest", "A Sept. 15, 2011 email shows", "The post showed".
        "analyses", "email", "e-mail", "emails", "e-mails", "messages", "post", "posts", "tweet", "tweets", "returns",
        "remarks", "comments", "photos", "images", "numbers", "ratings", "trends", "history", "experience",
        "projection", "estimate", "ledger", "ledgers", "receipts", "invoices", "logs", "charts", "maps", "tests", "trials",
        // "The outcome showed", "An autopsy found". (Not "chart" or "search", more often modifiers: "the chart show",
        // "search engines".)
        "outcome", "outcomes", "autopsy", "autopsies",
        // What an inquiry leaves: "a Reuters investigation found", "an inquiry found", "the experiment showed".
        // (Not "test", "trial", "probe": more often a modifier or a verb, "a missile test moratorium", "held without trial".)
        "investigation", "investigations", "inquiry", "inquiries", "examination", "experiment", "experiments",
        // What is shown or reckoned: "the new evidence from trade suggests", "simple math shows" (not "film": "films
        // showing there" screen).
        "evidence", "missive", "math", "arithmetic", "calculations",
    ]
    /// Heads of anonymous or generic sources.
    static let anonymous: Set<String> = [
        "officials", "official", "analysts", "analyst", "sources", "source", "experts", "economists", "economist",
        "diplomats", "traders", "dealers", "investigators", "police", "authorities", "spokesman", "spokeswoman",
        "spokesperson", "person", "people", "executives", "executive", "aides", "insiders", "observers", "critics",
        "researchers", "scientists", "lawmakers", "witnesses", "residents", "organizers", "organisers",
        "trader", "dealer", "banker", "bankers", "diplomat", "negotiator", "negotiators", "insider", "media",
        "prosecutors", "prosecutor", "lawyers", "attorneys", "doctors", "doctor", "forecasters", "meteorologists",
        "seismologists", "engineers", "regulators", "auditors", "inspectors", "officers", "firefighters", "rescuers",
        "medics", "activists", "campaigners", "protesters", "academics", "historians", "scholars", "consultants",
        "strategists", "brokers", "underwriters", "spokespeople", "commentators", "pollsters", "lawyer", "attorney",
        "adviser", "advisor", "aide", "friend", "relative", "witness", "agent", "leaders", "members", "managers",
        "advisers", "advisors", "supporters", "opponents", "delegates", "senators", "representatives", "officers",
        "staffers", "allies", "republicans", "democrats", "conservatives", "liberals", "speakers", "organizer",
        "organiser", "reporter", "reporters", "journalists", "editors", "spokespersons", "representative", "source",
        "member", "supporter", "opponent", "delegate", "staffer", "voter", "man", "woman", "official",
        "spokesmen", "spokeswomen", "activist", "confidant", "confidante", "operative", "operatives", "expert",
        "strategist", "speechwriter", "pollster", "consultant", "columnist", "commentator", "insiders", "ally",
        "candidates", "democrat", "republican", "attendee", "attendees", "advocates", "advocate", "authors", "outlets", "critics", "front-runner", "frontrunner", "veteran", "veterans", "scientist", "specialist", "specialists",
        "socialist", "billionaire", "businesswoman", "rival", "challenger", "incumbent", "contender", "mogul", "tycoon", "retiree",
        "retirees", "employee", "moderator", "moderators", "judge", "judges", "proponents", "families",
        // People named by whom they stand with: "Romney's associates said".
        "associates", "associate", "colleagues", "colleague", "friends", "backers", "loyalists", "donors", "confidants", "defenders",
        "detractors", "skeptics", "sceptics", "admirers",
    ]
    /// Organisational heads ("the ministry said").
    static let organizations: Set<String> = [
        "ministry", "government", "company", "firm", "bank", "agency", "department", "office", "commission",
        "council", "committee", "bureau", "union", "party", "group", "court", "army", "military", "board",
        "exchange", "central bank", "regulator", "institute", "university", "organization", "organisation", "fund",
        "administration", "cabinet", "parliament", "white house", "kremlin", "spokesperson", "club", "team",
        "ministries", "agencies", "governments", "departments", "banks", "exchanges", "airline", "automaker",
        "carrier", "utility", "insurer", "lender", "retailer", "manufacturer", "producer", "partnership",
        "newspaper", "newspapers", "magazine", "magazines", "broadcaster", "broadcasters", "website", "network", "networks", "channel", "campaign", "campaigns",
        "company", "companies", "firms", "corporation", "foundation", "association", "authority", "police", "service",
        "probe", "investigation", "inquiry", "panel", "court", "courts", "lawsuit", "indictment", "complaint",
        "organizations", "organisations", "group", "groups", "coalition", "alliance", "senate", "house", "congress", "legislature",
        "state", "city", "county", "district", "embassy", "consulate", "mission", "watchdog", "regime", "junta",
        "opposition", "camp", "operator", "developer", "maker", "group", "concern", "conglomerate",
    ]
    /// The people a statistic is about, never its source.
    static let respondents: Set<String> = [
        "respondents", "consumers", "voters", "adults", "participants", "people", "americans", "japanese",
        "chinese", "britons", "residents", "workers", "employees", "users", "customers", "parents", "students",
        "those", "households", "citizens", "patients", "teenagers", "women", "men", "investors", "companies",
        "firms", "businesses", "ceos", "europeans", "germans", "canadians",
    ]
    /// Words that turn a noun phrase into a share of a population ("25 percent of", "a majority of").
    static let shareWords: Set<String> = [
        "majority", "minority", "most", "half", "third", "quarter", "many", "few", "share", "percent", "%",
        "proportion", "fraction", "number", "two-thirds", "all", "some", "none", "pct", "cent", "plurality",
    ]
    /// Titles that stand before a person's name.
    static let titles: Set<String> = [
        "president", "prime", "minister", "secretary", "chairman", "chairwoman", "chair", "ceo", "chief",
        "executive", "spokesman", "spokeswoman", "spokesperson", "director", "governor", "senator", "sen", "rep",
        "representative", "mayor", "chancellor", "king", "queen", "prince", "general", "gen", "professor", "prof",
        "dr", "mr", "mrs", "ms", "analyst", "economist", "ambassador", "commissioner", "former", "deputy", "vice",
        "leader", "founder", "head", "premier", "judge", "lawyer", "attorney", "researcher", "foreign", "finance",
        "defense", "defence", "interior", "trade", "health", "economy", "justice", "state", "speaker", "envoy",
        "lt", "col", "colonel", "gov", "supt", "cmdr", "insp", "det", "msgr", "amb", "atty", "sens", "reps", "admiral", "adm", "captain", "capt", "sgt", "pope", "cardinal", "bishop", "rev",
        "councillor", "councilman", "councilwoman", "congressman", "congresswoman", "lawmaker", "legislator",
        "officer", "manager", "partner", "strategist", "coach", "commander", "inspector", "detective", "sheriff",
        "treasurer", "auditor", "governor-general", "emeritus", "acting", "interim", "then", "opposition",
        "co-founder", "chairperson", "president-elect", "elect", "presidential", "candidate", "nominee", "sir", "dame",
        "lord", "lady", "sheikh", "emir", "crown", "superintendent", "administrator", "undersecretary", "assistant",
        "republican", "democrat", "democratic", "gop", "ranking", "pollster", "activist", "columnist", "commentator",
        "consultant", "operative", "speechwriter", "historian", "professor", "author", "editor", "correspondent",
        // Members of a parliament as British, European, Scottish and Indian copy abbreviates them ("Labour MP Diane Abbott").
        "mp", "mep", "msp", "mla", "cfo", "coo", "cto",
    ]
    /// Titles written as capitals that name a person, not an organisation ("the MP said"). (Not "CEO", which
    /// the company names before or after it: "the CEO of SpaceX", "Common Sense’s CEO, James Steyer".)
    static let personAcronyms = ["mp", "mep", "msp", "mla"]
    /// Words inside an organisation's name.
    static let organizationWords: Set<String> = [
        "institute", "ministry", "bank", "party", "inc", "corp", "corporation", "group", "association", "university",
        "agency", "office", "department", "council", "committee", "commission", "bureau", "fund", "reuters",
        "company", "co", "ltd", "authority", "organization", "organisation", "union", "federation", "foundation",
        "center", "centre", "court", "police", "army", "government", "board", "service", "news", "times", "post",
        "journal", "exchange", "network", "club", "society", "league", "congress", "parliament", "senate", "house",
        "school", "college", "reserve", "securities", "capital", "partners", "holdings", "plc", "llc", "ag", "sa", "analytics",
        "research", "international", "national", "forum", "trust", "system", "systems", "motors", "airlines",
        "energy", "oil", "media", "press", "statistics", "affairs", "administration", "alliance", "coalition", "watch",
        "cabinet", "nations", "kremlin", "pentagon", "ipsos", "gallup", "yougov", "nielsen", "pew", "daily",
        "telegraph", "guardian", "tribune", "herald", "bloomberg", "associated", "economist", "gazette", "unit",
        "monitor", "observatory", "hospital", "clinic", "laboratory", "lab", "labs", "technologies", "pharma",
        // Company names on the wire ("Philadelphia Electric", "General Electric").
        "electric", "power", "steel", "chemical", "chemicals", "petroleum", "mining", "industries", "airways",
        "bancorp", "financial", "insurance", "pictures", "communications", "telecom", "pharmaceuticals", "resources",
        "brothers", "stores", "foods", "entertainment", "studios", "railway", "railways", "airline", "electronics",
        "semiconductor", "software", "ventures", "investments", "enterprises", "unions",
        // Company forms of other countries ("Outokumpu Oy", "Volvo AB", "Norsk Hydro ASA", "Fiat SpA").
        "oy", "oyj", "ab", "asa", "spa", "nv", "bv", "gmbh", "kk", "bhd", "pty", "limited", "sarl", "srl",
    ]
    /// Capitalised words that open a sentence or clause but never a name.
    static let notNameWords: Set<String> = [
        "The", "A", "An", "When", "While", "Where", "After", "Before", "If", "Although", "Though", "Because", "As",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "By", "For", "From", "To", "With", "Without", "Since", "Of",
        "Until", "However", "Meanwhile", "Still", "Also", "Then", "Now", "This", "That", "These", "Those", "It",
        "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "What", "Why",
        "How", "Who", "Which", "Separately", "Earlier", "Later", "Last", "Next", "Finally", "Instead",
        "Once", "Asked", "Speaking", "Despite", "Under", "Over", "Among", "During", "Such", "Many", "Most", "Some",
        "Several", "Both", "Each", "Every", "Other", "Another", "Only", "Just", "Even", "Not", "No", "Until",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "According", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        // Adjectives that open a sentence before a document ("Official figures show …").
        // Words that open a sentence run on from a headline without its full stop ("… according to analysts Gartner More
        // than 167 million handsets were sold").
        "More", "Fewer", "Less", "Nearly", "Almost", "About", "Around", "Roughly", "Approximately", "Up", "Half",
        "Official", "Unofficial", "Preliminary", "Provisional", "Latest", "Recent", "Separate", "Initial", "Further",
        "Previous", "Fresh", "Conflicting", "Unconfirmed",
        // Labels of wire copy and web pages ("NOTE: …", "Reporting by …").
        "Note", "Update", "Correction", "Background", "Related", "Photo", "Photos", "Video", "Videos",
        "Advertisement", "Editing", "Reporting", "Writing", "Caption", "Gallery", "Graphic", "Chart", "Question", "Answer",
        "Similarly", "Likewise", "Additionally", "Notably", "Importantly", "Ultimately", "Nonetheless", "Nevertheless",
        "Moreover", "Furthermore", "Indeed", "Previously", "Currently", "Recently", "Eventually", "Initially", "Originally",
        "Interestingly", "Specifically", "Overall", "Back", "Years", "Months", "Weeks", "Days", "Hours", "Decades", "Shortly",
        "Soon", "Elsewhere", "Again", "Therefore", "Thus", "Hence", "Hastily", "Clearly", "Obviously", "Apparently",
        "Presumably", "Surprisingly", "Unsurprisingly", "Fortunately", "Unfortunately", "Sadly", "Frankly", "Certainly",
        "Perhaps", "Maybe", "Actually", "Essentially", "Generally", "Typically", "Usually", "Historically", "Suddenly",
        "Having", "Being", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Twenty", "Thirty", "Fifty", "Hundreds", "Thousands", "Millions", "Dozens",
        "Source", "Sources", "Read", "See", "Click", "Subscribe", "Follow", "Share", "Contact", "Remember", "Name",
        "Age", "Paid", "Notice", "Deaths", "Alongside", "Amid", "Amidst", "Minutes", "Hours", "Moments", "Shortly", "Soon",
        "Throughout", "Within", "Following", "Beyond", "Inside", "Outside", "Across", "Along", "Toward", "Towards", "Upon",
        "Besides", "Unlike", "Like", "Regardless", "Nevertheless", "Nonetheless", "Furthermore", "Moreover",
        "Additionally", "Indeed", "Overall",
    ]
    /// Words that may stand between a subject and its verb ("has said", "also warned").
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "previously", "later", "recently", "earlier", "then", "repeatedly", "publicly",
        "reportedly", "is", "was", "were", "are", "will", "would", "once", "already", "further", "separately",
        "again", "initially", "originally", "first", "last", "has", "had", "then", "privately", "flatly",
        "explicitly", "frequently", "often", "even", "still", "now", "both", "all", "has", "did", "does", "do",
        "have", "been", "may", "might", "could", "should", "can", "had", "just", "today", "yesterday", "tonight", "here",
        "formally", "jointly", "officially", "since", "long", "consistently", "routinely", "reportedly", "openly",
        "subsequently", "ultimately", "finally", "recently", "quickly", "immediately", "simply", "actually", "indeed",
    ]
    static let pronouns: Set<String> = ["he", "she"]

    enum CueRole { case speech, evidence, both, according }

    /// Every cue word with its role, so the scan over a sentence costs one lookup per word.
    static let cueRoles: WordTable<CueRole> = {
        var roles: [String: CueRole] = ["according": .according]
        for verb in speechVerbs { roles[verb] = .speech }
        for verb in evidenceVerbs { roles[verb] = roles[verb] == .speech ? .both : .evidence }
        return WordTable(roles.map { ($0.key, $0.value) })
    }()
}

/// The classes of the attribution rules: each word of ``AttributionLexicon`` carries the classes of the
/// lists it is in, so a rule's pattern asks one bit per token (Docs/rules.md shows them by name).
enum AC {
    @inline(__always) static var speech: TokenClass { .lexicon(0) }
    @inline(__always) static var evidence: TokenClass { .lexicon(1) }
    @inline(__always) static var according: TokenClass { .lexicon(2) }
    /// Told, tells: the words that follow name who heard it, never the source.
    @inline(__always) static var listener: TokenClass { .lexicon(3) }
    /// Reporting participles in -ing ("saying", "adding"): they report the main clause's subject's words.
    @inline(__always) static var participle: TokenClass { .lexicon(4) }
    @inline(__always) static var title: TokenClass { .lexicon(5) }
    @inline(__always) static var organizationWord: TokenClass { .lexicon(6) }
    @inline(__always) static var notName: TokenClass { .lexicon(7) }
    /// Words that may stand between a subject and its verb ("has", "also", "repeatedly").
    @inline(__always) static var auxiliary: TokenClass { .lexicon(8) }
    @inline(__always) static var beForm: TokenClass { .lexicon(9) }
    @inline(__always) static var negation: TokenClass { .lexicon(10) }
    @inline(__always) static var comma: TokenClass { .lexicon(11) }
    /// A quote mark that may close a quotation (”, ’, ", ').
    @inline(__always) static var closingQuote: TokenClass { .lexicon(12) }
    @inline(__always) static var dash: TokenClass { .lexicon(13) }
    @inline(__always) static var colon: TokenClass { .lexicon(14) }
    @inline(__always) static var document: TokenClass { .lexicon(15) }
    @inline(__always) static var anonymous: TokenClass { .lexicon(16) }
    @inline(__always) static var organization: TokenClass { .lexicon(17) }
    @inline(__always) static var respondent: TokenClass { .lexicon(18) }
    @inline(__always) static var article: TokenClass { .lexicon(19) }
    /// Words after which a cue word is an adjective or a noun: "over alleged profits", "the reported deal".
    @inline(__always) static var beforeNonVerb: TokenClass { .lexicon(20) }
    /// Cue words that are also plural nouns ("claims", "reports").
    @inline(__always) static var nounCue: TokenClass { .lexicon(21) }
    /// Words a plural-noun cue is followed by when it is a noun ("claims of", "reports on").
    @inline(__always) static var afterNoun: TokenClass { .lexicon(22) }
    @inline(__always) static var relative: TokenClass { .lexicon(23) }
    @inline(__always) static var subjectPronoun: TokenClass { .lexicon(24) }
    /// Cues that take any plain noun phrase as their subject ("prosecutors said").
    @inline(__always) static var plainSubjectCue: TokenClass { .lexicon(25) }
    @inline(__always) static var modal: TokenClass { .lexicon(26) }
    @inline(__always) static var haveForm: TokenClass { .lexicon(27) }
    @inline(__always) static var clauseJoint: TokenClass { .lexicon(28) }
    @inline(__always) static var openingQuote: TokenClass { .lexicon(29) }
    @inline(__always) static var period: TokenClass { .lexicon(30) }
    /// Words of five letters or more in -ly that are not nouns ("tentatively"), set per token by the attributor.
    @inline(__always) static var lyAdverb: TokenClass { .lexicon(31) }
    @inline(__always) static var cue: TokenClass { speech.union(evidence).union(according) }

    static let rows: [(classes: TokenClass, words: [String])] = {
        typealias L = AttributionLexicon
        return [
            (speech, Array(L.speechVerbs)), (evidence, Array(L.evidenceVerbs)), (according, ["according"]),
            (listener, ["told", "tells", "tell", "telling"]),
            (participle, Array(L.speechVerbs.union(L.evidenceVerbs).filter { $0.hasSuffix("ing") })),
            (title, Array(L.titles)), (organizationWord, Array(L.organizationWords)),
            (notName, L.notNameWords.map { $0.lowercased() }), (auxiliary, Array(L.auxiliaries)),
            (beForm, ["is", "are", "was", "were", "be", "been", "being", "am"]), (negation, ["not", "never", "n't"]),
            (comma, [","]), (closingQuote, ["\"", "”", "’", "'", "»"]), (dash, ["—", "–", "―"]), (colon, [":"]),
            (document, Array(L.documents)), (anonymous, Array(L.anonymous)), (organization, Array(L.organizations)),
            (respondent, Array(L.respondents)), (article, ["a", "an", "the"]),
            (beforeNonVerb, [
                "a", "an", "the", "of", "over", "for", "in", "on", "at", "by", "with", "from", "about", "after", "against", "its",
                "than", "their", "his", "her", "this", "these", "those", "so",
                // ("an investigation into alleged fraud", "at the new find", "our reported figures")
                "into", "onto", "upon", "among", "amid", "between", "without", "within", "toward", "towards", "new", "our", "your", "my",
            ]),
            (nounCue, ["claims", "reports", "estimates", "forecasts", "notes", "states", "points", "projects", "finds",
                       "promises", "pledges", "vows", "estimate", "promise", "pledge", "claim", "report", "note", "finding"]),
            (afterNoun, ["of", "for", "against", "to", "on", "in", "from", "by", "were", "are", "will", "have", "has", "is", "was",
                         "and", "rose", "fell", "jumped", "slipped", "climbed", "dropped", "gained", "eased", "yielded", "traded", "due"]),
            (relative, ["who", "which"]), (subjectPronoun, ["he", "she", "it", "they", "i", "we", "you"]),
            (plainSubjectCue, ["said", "says", "say", "told", "tells", "wrote", "writes", "adds"]),
            (modal, ["could", "would", "will", "can", "may", "might", "must", "should", "shall"]),
            (haveForm, ["has", "have", "had", "did", "does"]),
            (clauseJoint, ["and", "but", "while", "although", "though", "because", "as", "so"]),
            (openingQuote, ["\"", "“", "‘", "«", "„"]), (period, ["."]),
        ]
    }()
}

/// The lexicon as ``WordKey`` tables and single keys, built once. The finder holds
/// one reference, so its hot loops compare integers and never touch a global.
final class AttributionKeys: Sendable {
    typealias L = AttributionLexicon
    static let shared = AttributionKeys()

    let cueRoles = L.cueRoles
    /// Every word's rule classes (``AC``), one lookup per token.
    let classes = ClassLexicon(AC.rows)

    let speechVerbs = WordTable(L.speechVerbs)
    let evidenceVerbs = WordTable(L.evidenceVerbs)
    let documents = WordTable(L.documents)
    let anonymous = WordTable(L.anonymous)
    let organizations = WordTable(L.organizations)
    let respondents = WordTable(L.respondents)
    let shareWords = WordTable(L.shareWords)
    /// Quantifiers that make respondents a poll's share: "Most voters said", "Half of Americans say".
    let pollShares = WordTable(["most", "majority", "half", "few", "fewer", "more", "all"])
    let titles = WordTable(L.titles)
    let personAcronyms = WordTable(L.personAcronyms)
    let organizationWords = WordTable(L.organizationWords)
    let notNameWords = WordTable(L.notNameWords)
    /// Words of a page's labels that are surnames too: after a first name they are the name ("Pfizer's Ian Read said",
    /// "Al From said" after a quotation's close is read by its own rule).
    let labelSurnames = WordTable(["read", "see", "note", "follow", "share", "name", "notice"])
    /// Parties and their short names, which describe a person as a nationality does ("the Republican front-runner").
    let partyWords = WordTable(["republican", "democratic", "democrat", "labour", "conservative", "liberal", "tory", "gop", "green"])
    let auxiliaries = WordTable(L.auxiliaries)
    /// The auxiliary verbs alone (the list above also holds adverbs and "both", "all", "today" that stand before a cue).
    let verbAuxiliaries = WordTable([
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "did", "does", "do", "been", "may", "might", "could",
        "should", "can",
    ])
    let pronouns = WordTable(L.pronouns)

    // Small word lists of the finder's rules, named by where they are used.
    let articles = WordTable(["a", "an", "the"])
    let shareDeterminers = WordTable(["the", "a", "an", "those", "all"])
    let phraseDeterminers = WordTable(["a", "an", "the", "its", "their", "his", "her", "this", "that", "another"])
    let phraseBreaks = WordTable([
        "that", "and", "but", "said", "while", "as", "to", "in", "on", "at", "for", "with", "from", "by", "after", "before",
        "since", "until", "than", "about", "over", "into", "against", "despite", "during", "amid", "following",
        "although", "though", "because", "if", "when", "where", "whether", "so", "or", "ago", "what", "which", "whatever",
    ])
    /// Words after which a cue word is an adjective or a noun: "over alleged profits", "the reported deal".
    let beforeNonVerbs = WordTable([
        "a", "an", "the", "of", "over", "for", "in", "on", "at", "by", "with", "from", "about", "after", "against", "its", "than",
        "their", "his", "her", "this", "these", "those",
    ])
    let nameJoints = WordTable(["of", "for", "and", "&"])
    let ownerPrepositions = WordTable(["from", "by", "of"])
    let subjectPrepositions = WordTable(["in", "at", "from", "for", "with", "on"])
    let clauseOpeners = WordTable(["on", "in", "at", "after", "before", "earlier", "later", "last", "meanwhile", "separately", "early"])
    /// The words "called" takes as a speaker's verb ("called for", "called on").
    let callParticles = WordTable(["for", "on", "off", "upon"])
    let participles = WordTable(["saying", "adding", "noting", "warning", "arguing", "citing"])
    let releaseVerbs = WordTable(["released", "published", "compiled", "issued", "commissioned", "sponsored", "funded", "conducted"])
    let documentVerbs = WordTable([
        "released", "published", "compiled", "issued", "provided", "collected", "conducted", "commissioned", "sponsored",
        "funded", "carried", "gathered", "prepared", "produced", "obtained",
    ])
    /// Words before a name that make it the subject of a relative clause about what it said ("what Trump said").
    let objectRelatives = WordTable(["what", "whatever", "everything", "anything", "something", "nothing"])
    let objectPronouns = WordTable(["him", "her", "them", "us", "me", "it", "you"])
    let documentOfStops = WordTable(
        ["published", "released", "conducted", "on", "in", "at", "for", "with", "and", "that", "last", "this"])
    let untitledHeads = WordTable(["former", "then", "acting", "interim", "head", "state", "trade"])
    let goesOn = WordTable(["went", "goes", "go"])
    let listenerVerbs = WordTable(["told", "tells", "tell"])
    let otherPronouns = WordTable(["it", "they", "we", "i", "you"])
    let closingQuotes = WordTable(["\"", "”", "’", "'"])
    /// What a spaced straight quote follows when it closes an open quotation ("… doing this, " Trump said).
    let spacedCloseAfter = WordTable([",", ".", "?", "!", "'", "’"])
    let dashes = WordTable(["—", "–"])
    /// Marks an appositive does not run across (a period inside a sentence is an abbreviation's: "U.S.").
    let clauseMarks = WordTable([",", ";", ":", "—", "–", "\"", "“", "”", "«", "»", "?", "!"])

    let comma = WordKey.of(",")
    let period = WordKey.of(".")
    let colon = WordKey.of(":")
    let hyphen = WordKey.of("-")
    let apostrophe = WordKey.of("’")
    /// Possessive determiners, and what after one measures by something rather than names a source ("graded
    /// according to their value", "priced according to its size"; not "according to his biography").
    let possessiveDeterminers = WordTable(["their", "its", "his", "her", "our", "my", "your"])
    let measuredBy = WordTable([
        "value", "values", "size", "sizes", "weight", "age", "ages", "height", "rank", "price", "prices", "cost", "costs",
        "income", "incomes", "needs", "ability", "abilities", "merits", "level", "levels", "performance", "wishes",
        "instructions", "taste", "tastes", "preference", "preferences", "nature", "type", "category", "status", "location",
        "position", "schedule", "plan", "plans", "importance", "severity", "length", "speed", "risk", "means",
    ])
    let straightApostrophe = WordKey.of("'")
    let openParen = WordKey.of("(")
    let closeParen = WordKey.of(")")
    let ampersand = WordKey.of("&")
    let economist = WordKey.of("economist")
    let straightQuote = WordKey.of("\"")
    let leftQuote = WordKey.of("“")
    let rightQuote = WordKey.of("”")
    let leftGuillemet = WordKey.of("«")
    let rightGuillemet = WordKey.of("»")
    let lowQuote = WordKey.of("„")
    let percent = WordKey.of("%")
    let dollar = WordKey.of("$")
    let to = WordKey.of("to")
    let inWord = WordKey.of("in")
    let out = WordKey.of("out")
    /// Numbers as words, for shares written "one in five", "two out of three".
    let smallNumbers = WordTable(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred"])
    let and = WordKey.of("and")
    let or = WordKey.of("or")
    let forWord = WordKey.of("for")
    let that = WordKey.of("that")
    let it = WordKey.of("it")
    let they = WordKey.of("they")
    /// Words in -ly that are nouns or adjectives, not adverbs: "the provincial daily said", "the family said".
    /// Endings of nouns for people, singular or plural: "businessman", "neurosurgeon", "parents", "critics".
    let agentEndings = ["er", "or", "ist", "ian", "ent", "ant", "man", "men", "eon", "ive", "ic", "nd"]
    /// Adverbs that make the cue after them a participle ("the story is well told", "seldom told").
    let adverbsBeforeParticiples = WordTable(["well", "seldom", "never", "rarely", "often", "long", "widely", "oft", "ill"])
    let lyNouns = WordTable([
        "daily", "weekly", "monthly", "quarterly", "yearly", "family", "supply", "rally", "assembly", "ally", "monopoly",
        "anomaly", "fly", "reply", "deputy", "early", "only", "elderly", "friendly", "likely", "holy",
    ])
    let closeAngle = WordKey.of(">")
    let openAngle = WordKey.of("<")
    let modals = WordTable(["could", "would", "will", "can", "may", "might", "must", "should", "shall"])
    /// Irregular past forms that open a predicate after a described subject ("The billionaire began …").
    let irregularPasts = WordTable([
        "began", "took", "made", "gave", "went", "came", "held", "kept", "left", "ran", "sent", "stood", "spoke", "drew",
        "brought", "sought", "fought", "struck", "threw", "wrote", "broke", "chose", "hit", "led", "met", "paid", "rose",
        "set", "shook", "stuck", "swore", "took", "tore", "won", "withdrew", "beat", "bit", "lost", "spent", "cut",
    ])
    let both = WordKey.of("both")
    /// Sentence adverbs, which never open a source phrase though one may follow them ("Instead people said").
    /// Words that open the question after "asked by X": "whether", "if", "about".
    let questionOpeners = WordTable(["whether", "if", "why", "how", "what", "when", "where", "who", "about"])
    let phraseOpeners = WordTable([
        "instead", "however", "meanwhile", "still", "also", "then", "now", "separately",
        "indeed", "perhaps", "thus", "hence", "moreover", "furthermore", "nonetheless", "nevertheless", "yet", "so",
    ])
    /// Words that make the noun before them a time ("minutes later", "days ago").
    let timeAfterNouns = WordTable(["later", "ago", "earlier"])
    let ahead = WordKey.of("ahead")
    let percentSign = WordKey.of("%")
    let dollarSign = WordKey.of("$")
    let him = WordKey.of("him")
    let her = WordKey.of("her")
    let she = WordKey.of("she")
    let them = WordKey.of("them")
    let clauseJoints = WordTable(["and", "but", "while", "although", "though", "because", "as", "so"])
    let subordinators = WordTable(["after", "before", "when", "since", "until", "once", "if", "that"])
    /// Prepositions beyond `isPreposition`'s that open a phrase set off before the main clause: "Despite polls showing
    /// her behind, …", "ill-timed given data showing …".
    let adverbialPrepositions = WordTable(["despite", "amid", "amidst", "following", "given"])
    let reportingParticiples = WordTable(["adding", "noting", "warning", "arguing", "insisting", "stressing", "explaining"])
    let subjectPronouns = WordTable(["it", "they", "he", "she", "we", "this", "there", "i"])
    let have = WordKey.of("have")
    let be = WordKey.of("be")
    let t = WordKey.of("t")
    let negations = WordTable(["not", "never"])
    let relatives = WordTable(["who", "which", "whom", "whose", "what", "there", "here", "one"])
    let beForms = WordTable(["is", "are", "was", "were", "be", "been", "being"])
    let haveForms = WordTable(["has", "have", "had", "did", "does"])
    /// Lowercase particles inside a name: "Pierre de Vos", "Ursula von der Leyen".
    let nameParticles = WordTable(["de", "van", "von", "der", "da", "del", "della", "di", "du", "dos", "das", "bin", "ibn", "al", "la", "le"])
    /// Document words that may close a name ("Morning Consult Poll"), unlike "Bureau of Labor Statistics".
    let namedDocuments = WordTable(["poll", "polls", "survey", "surveys", "study", "report", "analysis"])
    /// Cue words that are never part of a name, so a title-case headline's verb ("Trump Says …") stays a cue.
    let headlineVerbs = WordTable(["says", "said", "tells", "told", "warns", "urges", "vows", "admits", "predicts", "insists",
                                   "argues", "announces", "suggests", "reveals", "pledges", "promises", "slams"])
    /// Words that label a line before a colon without naming a speaker.
    let colonLabels = WordTable(["breaking", "revealed", "wow", "look", "boom", "busted", "exclusive", "plus", "contributing",
                                 "byline", "email", "hey", "update", "updated", "watch", "video", "photos", "photo", "opinion",
                                 "analysis", "editorial", "correction", "related", "read", "see", "listen", "credit", "graphic",
                                 "warning", "bonus", "also", "more", "background", "context", "timeline", "recap", "explainer",
                                 "live", "developing", "alert", "bombshell", "superdelegates", "note", "source", "sources"])
    let sourceQualifiers = WordTable(["close", "familiar", "knowledgeable", "briefed", "privy", "involved", "speaking", "requesting"])
    let nounCues = WordTable(["claims", "reports", "estimates", "forecasts", "notes", "states", "points", "projects", "finds"])
    /// Prepositions after a participle that qualifies a noun before it ("a statement posted on its website", "figures
    /// reported on Sunday", "a poll issued by"), not a verb's ("The bill called for").
    let qualifyingPrepositions = WordTable(["by", "on", "in", "at", "to", "online", "earlier", "last", "this"])
    let afterNouns = WordTable(
        ["of", "for", "against", "to", "on", "in", "from", "by", "were", "are", "will", "have", "has", "is", "was", "and"])
    /// Cues that take any plain noun phrase as their subject ("prosecutors said"), besides verbs in -ed:
    /// none of them is also a common noun, as "reports" and "claims" are.
    let plainSubjectCues = WordTable(["said", "says", "say", "told", "tells", "wrote", "writes", "adds"])
    let on = WordKey.of("on")
    let of = WordKey.of("of")
    let by = WordKey.of("by")
    let from = WordKey.of("from")
    let a = WordKey.of("a")
    let who = WordKey.of("who")
    let whose = WordKey.of("whose")
    let which = WordKey.of("which")
    let asWord = WordKey.of("as")
    let told = WordKey.of("told")
    let quoted = WordKey.of("quoted")
    let saying = WordKey.of("saying")
    let adding = WordKey.of("adding")
    let familiar = WordKey.of("familiar")
    let statement = WordKey.of("statement")
    let semicolon = WordKey.of(";")
    let another = WordKey.of("another")
    let one = WordKey.of("one")
    let executive = WordKey.of("executive")
    /// The "s" of a possessive ("Moody's", "Trump's"), a token of its own after the apostrophe.
    let s = WordKey.of("s")
    let i = WordKey.of("i")
    let we = WordKey.of("we")
    let you = WordKey.of("you")
    let said = WordKey.of("said")
    let called = WordKey.of("called")
    let so = WordKey.of("so")
    /// Words of a company's name: a name with one of them is a company, which "the company" can stand for.
    let corporateWords = WordTable([
        "inc", "corp", "corporation", "co", "company", "ltd", "plc", "llc", "ag", "sa", "nv", "gmbh", "holdings", "group",
        "bancorp", "industries", "motors", "airlines", "airways", "technologies", "pharmaceuticals", "electronics",
        "enterprises", "oy", "ab", "spa", "bhd", "limited", "partners", "ventures", "foods", "stores",
    ])
    /// Generic heads that stand for the last company named ("the company said", "the firm said").
    let companyHeads = WordTable([
        "company", "firm", "group", "concern", "maker", "carrier", "airline", "automaker", "retailer", "lender", "insurer",
        "manufacturer", "producer", "conglomerate", "operator", "developer", "utility",
    ])
    /// One person the article describes but does not name ("a Federal Reserve spokesman", "one banking analyst"):
    /// who the next "he" or "she" is.
    /// Title words that qualify a title and head no description alone: "Saudi Arabia's economy" is no person.
    let modifierTitles = WordTable(["foreign", "finance", "defense", "defence", "interior", "trade", "health", "economy",
                                    "state", "former", "deputy", "vice", "acting", "interim", "then", "opposition", "elect",
                                    "presidential", "republican", "democrat", "democratic", "gop", "ranking", "prime", "crown",
                                    "emeritus"])
    let describedSpeakers = WordTable([
        "spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "banker", "analyst", "trader", "dealer",
        "economist", "executive", "diplomat", "arbitrageur", "seismologist", "strategist", "manager", "lawyer", "attorney",
        "specialist", "delegate", "expert", "representative", "counselor", "counsellor", "buyer", "officer", "adviser",
        "advisor", "consultant", "negotiator", "planner", "prosecutor", "broker", "insider", "leader", "member", "man",
        "woman", "witness", "doctor", "engineer", "researcher", "scientist", "staffer", "operative", "organizer",
        "organiser", "activist", "employee", "resident", "veteran", "director", "chairman", "chairwoman", "head",
    ])
    /// Prepositions before a name that make it an object, not a subject ("spoke with The Huffington Post said").
    /// Prepositions that hedge a figure after them ("over 2,200", "about 40 percent").
    let figureHedges = WordTable(["over", "about", "under", "around", "between"])
    let objectPrepositions = WordTable([
        "with", "for", "by", "to", "from", "into", "about", "against", "over", "under", "between", "among", "than", "like",
        "toward", "towards", "via", "through", "at", "on",
    ])
}
