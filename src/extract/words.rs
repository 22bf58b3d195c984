//! The word lists the rules consult besides the taxonomy.

/// How many sentences a policy's opening runs to (its title and the
/// sentences that introduce it).
pub(super) const OPENING_SENTENCES: usize = 10;
/// How many words before a verb a negation or subject may stand.
pub(super) const NEGATION_WINDOW: usize = 5;

/// How far back (in words) a condition's cue may stand from a predicate
/// listed after its first: "so long as the data is not disclosed to a
/// third party, is not used for profiling, and is not used to …".
pub(super) const CONDITION_LIST_REACH: usize = 30;
pub(super) const SUBJECT_WINDOW: usize = 4;
/// How many more words a subject may stand before "based on": the verb
/// and object of what is tailored ("may serve ads to you") come between.
pub(super) const TAILORED_REACH: usize = 6;
/// How far (in words) a topic cue may stand before the action it names.
pub(super) const TOPIC_WINDOW: usize = 8;
/// How many words a negative subject ("none of the information we collect
/// from you") may run before its verb's "be".
pub(super) const SUBJECT_SPAN: usize = 12;
/// At most this many items in a list of verb phrases a negation opens
/// ("will not connect …, share …, or post …").
pub(super) const LISTED_ITEMS: usize = 6;
/// At most this many words in one item of such a list (the first holds
/// the subject and the negation too).
pub(super) const LISTED_ITEM_WORDS: usize = 20;
/// How far (in words) "a list of" may stand before a past disclosure the
/// list holds ("a list of the categories of personal information that was
/// shared and the names … of all third parties with which we shared").
pub(super) const LISTED_WINDOW: usize = 25;
/// How far (in words) after a verb its destination may stand.
pub(super) const PLACE_WINDOW: usize = 10;
/// How far after a restricting "only" the "when" of its occasion may
/// stand ("we only collect your precise location when you use the map").
pub(super) const RESTRICTED_WHEN_REACH: usize = 14;
/// How far after a verb its "with no one" may stand ("we share your
/// religious beliefs and health data with no one").
pub(super) const NO_ONE_REACH: usize = 10;

/// What "no" or "none of" denies as a subject that is people: "no one at
/// our company", "no employee", "none of our staff" (read by
/// `done_by_no_one`).
pub(super) const PEOPLE_DENIED: &[&str] = &[
    "one",
    "person",
    "people",
    "human",
    "humans",
    "employee",
    "employees",
    "staff",
    "individual",
    "individuals",
    "engineer",
    "engineers",
    "member",
    "members",
    "personnel",
    "reviewer",
    "reviewers",
];
/// How far after a verb of giving its "to someone" may stand past a long
/// object ("provide your username, password or other information about
/// your accounts with us to an aggregation website").
pub(super) const GIVEN_TO_WORDS: usize = 20;
/// How many words back from a party its noun phrase may reach to the
/// preposition governing it ("to your local Honda motorcycle dealer").
pub(super) const PHRASE_REACH: usize = 5;

/// Jurisdictions that name a destination without a preposition
/// ("transferred abroad", "shared internationally", "transfer information
/// globally", "across borders").
#[rustfmt::skip]
pub(super) const ABROAD_ADVERBS: &[&str] = &["abroad", "overseas", "internationally", "globally", "across"];

/// Words that may follow a country named as a destination ("to the United
/// States and other countries", "to the EEA for processing"); any other
/// word after it makes the country a modifier ("United States law").
#[rustfmt::skip]
pub(super) const ABROAD_FOLLOWERS: &[&str] = &[
    "and", "or", "where", "which", "that", "who", "for", "in", "to", "from", "as", "under",
    "via", "by", "with", "on", "at", "if", "when", "whenever", "including", "such", "pursuant",
    "subject", "until", "but", "before", "after", "during", "through", "outside", "other",
    "and/or", "so", "because", "since", "while", "whose", "then", "too", "also", "only",
    "around", "between", "among", "into", "whether", "unless", "except", "without", "of",
    // ("In a country other than the one you live in", "… than your own".)
    "the", "your", "a",
];
/// Words that open a sentence after an abbreviation's dot ("… in the
/// U.S. Please note"), where a noun after it would be described by it
/// ("U.S. law").
#[rustfmt::skip]
pub(super) const SENTENCE_OPENERS: &[&str] = &[
    "please", "we", "you", "our", "your", "this", "these", "those", "that", "it", "its", "there",
    "if", "when", "where", "by", "for", "in", "as", "note", "such", "any", "all", "some", "a",
    "an", "they", "their", "see", "learn", "read", "to", "however", "additionally", "also",
];
/// How many words after a verb its object may name a browser privacy
/// signal ("recognize or respond to browser initiated DNT signals").
pub(super) const SIGNAL_OBJECT_REACH: usize = 6;
/// How far (in words) a time limit may stand from the choice it limits.
pub(super) const CHOICE_WINDOW: usize = 25;

/// Means of contact: after "by" or "via" they name a channel, not data.
#[rustfmt::skip]
pub(super) const CHANNELS: &[&str] = &[
    "email", "e mail", "mail", "phone", "telephone", "fax", "sms", "text message", "text messages",
];

/// Verbs a thing does as well as a party: "your IP address may disclose
/// your location" tells, "we may disclose your location" hands over.
#[rustfmt::skip]
pub(super) const REVEALING: &[&str] = &["disclose", "discloses", "reveal", "reveals", "expose", "exposes"];

/// Verbs of coming to believe or know, whose clause after "if" supposes:
/// "if you believe …", "if we learn that …", "if you become aware …".
#[rustfmt::skip]
pub(super) const EPISTEMIC: &[&str] = &[
    "believe", "believes", "think", "thinks", "suspect", "suspects", "learn", "learns", "discover",
    "discovers", "aware", "know", "knows", "determine", "determines", "notice", "notices",
];
/// Verbs and adjectives of saying or knowing whose "that" opens a clause
/// ("be advised that …", "please note that …", "you agree that …").
#[rustfmt::skip]
pub(super) const CLAUSE_TAKERS: &[&str] = &[
    "advised", "aware", "note", "notes", "noted", "understand", "understands", "acknowledge",
    "acknowledges", "agree", "agrees", "know", "knows", "believe", "believes", "ensure", "ensures",
    "confirm", "confirms", "warrant", "warrants", "represent", "represents", "means", "states",
];
/// How far (in words) before a verb its supposition may open.
pub(super) const SUPPOSITION_WINDOW: usize = 12;

/// The longest clause (in words) read as a heading in sentence case
/// ("Information we collect about you from other sources").
pub(super) const HEADING_WORDS: usize = 10;

/// Predicates of reach, whose subject is what passes to the party after
/// them: "your profile is visible to other users", "information about you
/// might go to third parties".
#[rustfmt::skip]
pub(super) const SUBJECT_RECEIVED: &[&str] = &[
    "available to", "accessible to", "accessible by", "visible to", "viewable by", "searchable by",
    "indexed by", "seen by", "viewed by", "go to", "went to", "made available",
];

/// Words that open a clause or phrase leading into the main clause ("If
/// you vote, our partner, X, will …", "In addition, …").
#[rustfmt::skip]
pub(super) const INTRODUCING: &[&str] = &[
    "if", "when", "whenever", "where", "once", "after", "before", "while", "although", "though",
    "because", "as", "additionally", "also", "however", "moreover", "furthermore", "similarly",
    "likewise", "for", "in",
];

/// Words naming children: information they qualify is children's
/// ("personal information from children under 13"), and so is generic
/// data in a section whose heading names them.
pub(super) const CHILDREN: &[&str] = &[
    "child",
    "children",
    "child's",
    "children's",
    "minor",
    "minors",
    "kids",
];

/// Relative pronouns: the clause they open qualifies a noun.
#[rustfmt::skip]
pub(super) const RELATIVES: &[&str] = &["which", "that", "who", "whom"];

/// Words that open a clause as its subject: "if you register, we …".
#[rustfmt::skip]
pub(super) const SUBJECT_PRONOUNS: &[&str] = &[
    "we", "you", "they", "it", "i", "he", "she", "this", "these", "those", "there", "that",
];

/// Cues opening a list of examples.
#[rustfmt::skip]
pub(super) const EXAMPLE_CUES: &[&str] = &[" such as ", " including ", " e.g", " for example ", " like "];

/// The cues of [`EXAMPLE_CUES`] as they end the text before a subject's
/// examples ("our partners, including Facebook, …", "our partners (e.g.,
/// Facebook) …"): "like" left out, a verb as often as a cue there.
#[rustfmt::skip]
pub(super) const SUBJECT_EXAMPLES: &[&str] = &["such as", "including", "e.g.", "e.g", "for example", "for instance"];

/// Words between a subject and its verb in the base form: "may not",
/// "does not", "cannot".
#[rustfmt::skip]
pub(super) const MODALS: &[&str] = &[
    "not", "never", "cannot", "can", "could", "will", "would", "may", "might", "shall", "should",
    "must", "also", "do", "does", "did", "generally", "typically", "usually",
];

/// Modal auxiliaries, which open a predicate: "Websites that you visit
/// may collect …".
#[rustfmt::skip]
pub(super) const MODAL_VERBS: &[&str] = &[
    "may", "might", "can", "could", "will", "would", "shall", "must", "cannot",
];

/// Words before a party in a list of subjects: "we and our partners".
pub(super) const PARTY_DETERMINERS: &[&str] = &[
    "our", "its", "their", "the", "certain", "some", "other", "various", "select", "trusted",
];

/// Verbs of getting in touch: "contact us at …", "write to us at …".
#[rustfmt::skip]
pub(super) const CONTACT_VERBS: &[&str] = &[
    "contact", "contacting", "email", "emailing", "mailing", "mail", "write", "writing", "call",
    "calling", "reach", "reaching", "phone", "phoning", "telephone", "telephoning", "notify",
    "notifying",
];

/// How far (in words) after "contact us at" the company's own address runs.
pub(super) const ADDRESS_WINDOW: usize = 10;

/// Words that end a negation's or a subject's reach.
pub(super) const SCOPE_BREAKERS: &[&str] = &[
    "but", "however", "although", "though", "which", "that", "who", "whom", "instead", "while",
    "whereas",
];

/// Verbs by which the company lets another party act ("allow advertisers
/// to collect"): a negation before them reaches the party's action.
pub(super) const ENABLING: &[&str] = &[
    "allow",
    "allows",
    "permit",
    "permits",
    "authorize",
    "authorizes",
    "authorise",
    "authorises",
    "let",
    "lets",
    "enable",
    "enables",
];

/// Verbs of knowing and telling, and the words that end their phrasal
/// forms ("aware of", "find out", "learn about"): a "what" they govern
/// asks a question ("understand what information we collect"), it states
/// nothing.
#[rustfmt::skip]
pub(super) const KNOWING: &[&str] = &[
    "understand", "understands", "know", "knows", "learn", "tell", "tells", "inform", "informs",
    "explain", "explains", "describe", "describes", "show", "shows", "specify", "specifies",
    "detail", "details", "outline", "outlines", "indicate", "indicates", "of", "about", "out",
];

/// Words by which the user consents or agrees ("you consent to receive",
/// "your agreement to receive").
#[rustfmt::skip]
pub(super) const CONSENTING: &[&str] = &[
    "consent", "consents", "consented", "agree", "agrees", "agreed", "agreement",
];

/// Verbs of joining a mailing list or programme: "subscribe to receive"
/// is the user receiving.
#[rustfmt::skip]
pub(super) const SIGNING_UP: &[&str] = &[
    "subscribe", "subscribed", "register", "registered", "enroll", "enrolled", "enrol", "join",
    "joined",
];

/// The forms of the verb of buying: data bought is collected from its
/// seller (compose.rs), and a "buy" with no data after it buys goods
/// (`Analysis::drop_goods_bought`).
pub(super) const BUYING: &[&str] = &["buy", "buys", "bought", "buying"];

/// Verbs by which a party makes the data a relative clause is about
/// ("content others post about you"), beside the taxonomy's actions.
#[rustfmt::skip]
pub(super) const RELATIVE_VERBS: &[&str] = &[
    "post", "posts", "posted", "upload", "uploads", "uploaded", "submit", "submits", "submitted",
    "create", "creates", "created", "write", "writes", "wrote", "give", "gives", "gave",
];

/// How a main clause of the company's own opens after another clause
/// (", and we share it"): what comes after is no longer governed by a cue
/// before it — a question, a document's description, an exception. The
/// document speaking of itself opens one too: in "… may be sold or
/// transferred as part of that transaction, and this privacy statement will
/// apply to your information" the information is no object of the sale.
/// (Each begins ", " or ". ": `company_clauses` finds them from those.)
pub(super) const COMPANY_CLAUSES: &[&str] = &[
    ", and we ",
    ", or we ",
    ", but we ",
    ", and our ",
    ", or our ",
    ". we ",
    ", and this privacy ",
    ", and this policy ",
    ", and this statement ",
    ", and this notice ",
];

/// Verbs by which a document says what it describes ("this policy explains
/// how we …").
#[rustfmt::skip]
pub(super) const DESCRIBING: &[&str] = &[
    "explains", "describes", "outlines", "sets", "tells", "details", "summarizes", "summarises",
    "covers", "informs", "addresses", "answers", "explain", "describe", "outline", "tell",
    "detail", "summarize", "summarise", "cover", "inform", "address", "answer",
];

/// Nouns by which a document names itself or its parts ("this policy
/// explains", "this section describes").
#[rustfmt::skip]
pub(super) const DOCUMENT_NOUNS: &[&str] = &[
    "policy", "notice", "statement", "document", "section", "page",
];

/// What a document's contents are called after "the following" ("…
/// covers the following areas:", "… answers the following questions:").
#[rustfmt::skip]
const CONTENTS_NOUNS: &[&str] = &["areas", "topics", "sections", "subjects", "matters", "questions"];

/// Whether a lead-in (normalised) announces the contents a document
/// lists after it: a document noun, perhaps an auxiliary, and a verb of
/// describing right before its closing colon ("This Privacy Policy will
/// explain:", "This notice covers:", "This policy … covers the following
/// areas:").
pub(super) fn lists_contents(lead: &str) -> bool {
    let Some(rest) = lead.trim_end().strip_suffix(':') else {
        return false;
    };
    // (Or "… covers the following areas:", once the lead-in has named the
    // document.)
    if let Some(head) = CONTENTS_NOUNS
        .iter()
        .find_map(|n| rest.strip_suffix(n))
        .and_then(|r| r.trim_end().strip_suffix("the following"))
    {
        return head
            .split_whitespace()
            .next_back()
            .is_some_and(|v| DESCRIBING.contains(&v))
            && head.split_whitespace().any(|w| DOCUMENT_NOUNS.contains(&w));
    }
    let mut words = rest.split_whitespace().rev();
    let verb = words.next().unwrap_or_default();
    let before = words.next().unwrap_or_default();
    let document = |w: &str| DOCUMENT_NOUNS.contains(&w);
    DESCRIBING.contains(&verb)
        && (document(before)
            || (matches!(before, "will" | "also" | "further")
                && words.next().is_some_and(document)))
}

/// Verbs by which the user asks a party to refrain ("request that we not
/// share", "direct us not to sell").
#[rustfmt::skip]
pub(super) const REQUESTS: &[&str] = &[
    "request", "requests", "requesting", "ask", "asks", "asking", "instruct", "instructs",
    "instructing", "direct", "directs", "directing", "tell", "tells", "telling",
];

/// Words a negation reaches across on its way to the verb.
pub(super) const NEGATION_GLUE: &[&str] = &[
    "be",
    "been",
    "being",
    "is",
    "are",
    "was",
    "were",
    "am",
    "will",
    "would",
    "may",
    "might",
    "can",
    "could",
    "shall",
    "should",
    "must",
    "do",
    "does",
    "did",
    "have",
    "has",
    "had",
    "ever",
    "also",
    "directly",
    "indirectly",
    "otherwise",
    "knowingly",
    "willfully",
    "wilfully",
    "deliberately",
    "purposely",
    "intentionally",
    "currently",
    "voluntarily",
    "actively",
    "automatically",
    "routinely",
    "typically",
    "normally",
    "generally",
    "usually",
    "systematically",
    "further",
    // "We no longer share your phone number".
    "longer",
    // "No other data will be shared", "we do not collect additional data".
    "other",
    "additional",
    "or",
    "and",
    "nor",
    "your",
    "any",
    "the",
    "this",
    "that",
    "these",
    "those",
    "such",
    "information",
    "data",
    "of",
    "personally",
    "it",
    "them",
    "to",
    "with",
    "a",
    "an",
    "our",
    "you",
    "us",
    "we",
    "anyone",
    "anything",
    // "They do not have any independent right to share it", "no right to
    // sell": a right denied is an act not done.
    "right",
    "rights",
    "independent",
    "authority",
    // "We are not permitted to collect", "partners are not allowed to use".
    "permitted",
    "allowed",
    "authorized",
    "authorised",
    // "We do not engage in the sale of personal information" ("in" only
    // after "engage": "not in use" negates no use).
    "engage",
    "engages",
];

/// Negative adverbials (also in the taxonomy's negations): fronted, they
/// deny the whole clause after them, inverted subject and all ("at no time
/// will your data be sold").
pub(super) const NEGATIVE_ADVERBIALS: &[&str] = &[
    "under no circumstances",
    "in no circumstances",
    "at no time",
    "in no event",
    "in no case",
    "at no point",
    "on no account",
];

/// Prepositions whose object is no subject: a party or user after them is
/// where data comes from, whom it is about or goes to ("collected from
/// users", "data from partners and share it").
pub(super) const OBJECT_PREPOSITIONS: &[&str] = &[
    "from",
    "about",
    "of",
    "to",
    "with",
    "for",
    "regarding",
    "concerning",
];

/// Verbs whose object is an activity, named as a gerund: "conduct
/// tracking", "perform profiling".
pub(super) const CONDUCTING: &[&str] = &[
    "conduct",
    "conducts",
    "perform",
    "performs",
    "undertake",
    "undertakes",
    "carry",
    "carries",
];

/// Words between a subject and its passive verb: "cannot be", "will not
/// be", "has not been".
pub(super) const AUXILIARIES: &[&str] = &[
    "not", "never", "cannot", "can", "could", "will", "would", "may", "might", "shall", "should",
    "must", "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "also",
];

/// The forms of "be" that head a predicate or a passive ("is sold", "may
/// be shared"), which the negative-subject and data-subject rules look
/// for before a verb ("been" and "being" only follow another auxiliary).
pub(super) const BE_HEADS: &[&str] = &["is", "are", "was", "were", "be"];

/// Forms of "be": what follows one is its complement ("Atlassian is not a
/// data broker"), not a subject.
pub(super) const COPULAS: &[&str] = &["be", "is", "are", "was", "were", "been", "being", "am"];

/// Operations a user asks for, which go through or not: "your order
/// cannot be processed" says nothing about data.
#[rustfmt::skip]
pub(super) const OPERATIONS: &[&str] = &[
    "transaction", "transactions", "request", "requests", "order", "orders", "payment", "payments",
    "application", "applications", "booking", "bookings", "reservation", "reservations",
    "purchase", "purchases", "refund", "refunds", "claim", "claims",
];

/// States data is kept in by a safeguard ("keep it secure"), and the
/// words that may follow one at the end of its clause, and what a
/// safeguard maintains ("the confidentiality of your data").
#[rustfmt::skip]
pub(super) const SAFE_STATES: &[&str] = &[
    "secure", "safe", "confidential", "private", "protected", "accurate", "current", "complete",
    "encrypted", "anonymous", "secret",
];
#[rustfmt::skip]
pub(super) const STATE_FOLLOWERS: &[&str] = &[
    "and", "or", "at", "by", "from", "against", "through", "while", "when", "until", "unless",
    "in", "with", "as",
];
#[rustfmt::skip]
pub(super) const SAFEGUARDS: &[&str] = &["confidentiality", "security", "integrity", "accuracy", "privacy", "secrecy"];

/// Words before "information" that make it further reading ("for more
/// information about …").
#[rustfmt::skip]
pub(super) const READING: &[&str] = &["more", "further", "useful", "helpful", "detailed"];

/// Verbs that offer a choice: "we do not offer an opt-out" withholds it.
pub(super) const OFFERING: &[&str] = &["offer", "offers", "provide", "provides", "give", "gives"];

/// Nouns for words themselves: data listed after "terms like", "words
/// such as" is named, not gathered.
#[rustfmt::skip]
pub(super) const TERM_WORDS: &[&str] = &[
    "term", "terms", "word", "words", "concepts", "expressions", "phrases", "jargon",
];

/// How far back, in words, a list of named terms may open.
pub(super) const NAMED_TERMS_WINDOW: usize = 12;

/// Who a "not required to provide" frees when it offers the user a choice.
#[rustfmt::skip]
pub(super) const USERS: &[&str] = &[
    "you", "you're", "you'll", "user", "users", "visitor", "visitors", "customer", "customers",
    "member", "members", "consumer", "consumers", "individual", "individuals", "parent", "parents",
    "guest", "guests", "participant", "participants", "applicant", "applicants", "he", "she",
    "they",
];

/// What a business sells or hands over besides data: "sell or buy other
/// businesses", "items sold on the platform", "devices sold by Google",
/// "send merchandise to members". Not assets or companies, which in a
/// business transfer carry the customer data with them.
#[rustfmt::skip]
pub(super) const GOODS: &[&str] = &[
    "businesses", "business", "products", "product", "services", "service", "goods", "items", "item",
    "tickets", "merchandise", "subscriptions", "vehicles", "vehicle", "cars", "car", "homes", "home",
    "house", "houses", "properties", "property", "devices", "device", "phones", "hardware",
    "functionality", "feature", "features",
];

/// Words naming a share of what is sold ("a portion of or all of our
/// business", "substantially all of its assets").
#[rustfmt::skip]
pub(super) const SHARE_OF: &[&str] = &[
    // (And the verbs listed with the sale: "sell or transfer all or part
    // of our business".)
    "transfer", "assign", "otherwise", "dispose",
    "a", "all", "some", "any", "part", "parts", "portion", "portions", "substantially", "whole",
    "entire", "or", "and", "of", "our", "its", "the",
];

/// The business as a whole, when a share of it is sold.
pub(super) const BUSINESS: &[&str] = &["business", "businesses", "company", "companies"];

/// Nouns naming a law, and the verbs by which a law sets what others do
/// ("California Civil Code Section 1798.83 permits …", "the law provides
/// that …").
#[rustfmt::skip]
pub(super) const LAW_NOUNS: &[&str] = &[
    "law", "laws", "law's", "code", "act", "statute", "regulation", "regulations", "directive",
    "section",
];
#[rustfmt::skip]
pub(super) const LAW_VERBS: &[&str] = &[
    "provides", "permits", "requires", "require", "allows", "entitles", "gives", "grants",
];
/// How far (in words) after such a verb the law's content may run.
pub(super) const LAW_WINDOW: usize = 100;

/// Means or chances given to someone, not data: "provide third parties a
/// means to deliver an image", "give you the opportunity to opt out".
#[rustfmt::skip]
pub(super) const MEANS: &[&str] = &[
    "means", "opportunity", "opportunities", "ability", "chance", "way", "ways", "link", "links",
    "hyperlink", "hyperlinks",
];

/// Words of goods returned in commerce, beside which an exchange is of
/// goods: "eligible for exchange", "returned or exchanged", "exchange or
/// refund".
#[rustfmt::skip]
pub(super) const RETURNS: &[&str] = &[
    "return", "returns", "returned", "refund", "refunds", "refunded", "eligible", "defective",
    "repair", "replacement", "warranty",
];

/// What a verb of getting may seek that is leave, not data ("ask for
/// separate permission"), and the words that may stand before it.
#[rustfmt::skip]
pub(super) const LEAVE: &[&str] = &[
    "permission", "permissions", "consent", "approval", "authorization", "authorisation",
];
#[rustfmt::skip]
pub(super) const LEAVE_MODIFIERS: &[&str] = &[
    "your", "our", "the", "a", "an", "separate", "prior", "express", "explicit", "additional",
    "specific", "verifiable", "parental", "affirmative", "written", "informed", "advance", "further",
];

/// Verbs of advice: what follows them is what the reader is told to do.
#[rustfmt::skip]
pub(super) const ADVICE: &[&str] = &[
    "recommend", "recommends", "encourage", "encourages", "urge", "urges", "advise", "advises",
    "suggest", "suggests",
];

/// Verbs by which the company bids someone act: "we want our members to
/// be careful", "we remind users to log out".
#[rustfmt::skip]
pub(super) const BIDDING: &[&str] = &[
    "want", "wants", "ask", "asks", "encourage", "encourages", "remind", "reminds", "urge",
    "urges", "expect", "expects", "invite", "invites", "advise", "advises",
];

/// Activities a purpose may name that are also where data comes from
/// ("information obtained from these surveys").
#[rustfmt::skip]
pub(super) const SOURCE_ACTIVITIES: &[&str] = &[
    "surveys", "survey", "contests", "contest", "sweepstakes", "promotions", "promotion", "polls",
    "poll", "competitions", "competition",
];

/// Whom "tags" as a verb tags: a person, so no tracking tag is meant.
#[rustfmt::skip]
pub(super) const TAGGED: &[&str] = &[
    "you", "them", "him", "her", "me", "us", "people", "person", "friend", "friends", "someone",
    "others", "user", "users", "member", "members",
];

/// Verbs of sending a message to someone named right after them.
#[rustfmt::skip]
pub(super) const SENDING: &[&str] = &["send", "sends", "sent", "sending", "email", "emails", "emailed"];

/// Words between a verb of sending and the users it addresses: "send all
/// new members …".
#[rustfmt::skip]
pub(super) const USER_MODIFIERS: &[&str] = &[
    "all", "new", "our", "the", "existing", "registered", "current", "some", "certain", "selected",
];

/// Kinds of message an "email" modifier names ("email updates", "email
/// correspondence", "email marketing"): the email is the message, not an
/// address.
#[rustfmt::skip]
pub(super) const MESSAGE_KINDS: &[&str] = &[
    "updates", "update", "correspondence", "newsletter", "newsletters", "communications",
    "communication", "messages", "message", "alerts", "alert", "notifications", "notification",
    "campaigns", "campaign", "announcements", "offers", "promotions", "marketing",
];

/// Head nouns a modifier joined before a data term shares ("device and
/// usage information").
pub(super) const SHARED_HEADS: &[&str] = &["information", "data", "details"];

/// Nouns a policy calls its readers by.
#[rustfmt::skip]
pub(super) const READERS: &[&str] = &[
    "members", "member", "users", "user", "customers", "customer", "subscribers", "subscriber",
    "visitors", "visitor",
];

/// Messages a company sends its users.
#[rustfmt::skip]
pub(super) const MESSAGES: &[&str] = &[
    "email", "emails", "e", "message", "messages", "newsletter", "newsletters", "notice",
    "notices", "notification", "notifications", "confirmation", "reminder", "reminders",
    "letter", "letters", "invitation", "invitations", "alert", "alerts", "update", "updates",
];

/// Verbs of wishing: what the reader wants done is their wish.
pub(super) const WISHING: &[&str] = &["want", "wants", "wish", "wishes"];
/// How far (in words) before a verb the reader's wish may stand.
pub(super) const WISH_WINDOW: usize = 6;

/// Verbs of showing: what is shown of a number only in part is masked.
#[rustfmt::skip]
pub(super) const DISPLAYING: &[&str] = &[
    "reveal", "reveals", "revealed", "display", "displays", "displayed", "show", "shows", "shown",
];
/// Words of a thing being shown, after a choice "whether": the choice
/// sets who sees it ("choose whether the story appears on your
/// timeline").
#[rustfmt::skip]
pub(super) const DISPLAYED: &[&str] = &[
    "appear", "appears", "displayed", "shown", "visible", "public", "publicly", "searchable",
    "seen",
];
/// How far after "whether" a word of [`DISPLAYED`] may stand.
pub(super) const DISPLAY_WINDOW: usize = 12;
/// How many words from such a verb its masked number ("the last four
/// digits of …") may stand.
pub(super) const MASK_WINDOW: usize = 8;

/// Verbs that are also common nouns ("our store", "security measures in
/// place", "a press release"): after a possessive or a modifier
/// ([`NOUN_OPENERS`]) they name the thing.
#[rustfmt::skip]
pub(super) const NOUN_HOMOGRAPHS: &[&str] = &[
    "store", "stores", "place", "places", "process", "processes", "release", "releases", "trade",
    "lease", "hold", "set", "track", "exchange", "record",
];

/// Nouns naming how data is gathered ("data collection methods").
#[rustfmt::skip]
pub(super) const TECHNIQUES: &[&str] = &[
    "method", "methods", "technology", "technologies", "tool", "tools", "technique",
    "techniques", "mechanism", "mechanisms", "practices", "software", "framework", "frameworks",
];

/// Words after which a homograph is a noun.
#[rustfmt::skip]
pub(super) const NOUN_OPENERS: &[&str] = &[
    "a", "an", "the", "our", "your", "their", "its", "his", "her", "my", "this", "each", "every",
    "in", "any", "online", "retail", "app", "press",
];

/// What ads and content are made to fit people by: what the use phrases
/// "show you personalized …", "serve targeted …" end on.
pub(super) const TAILORED_ADJECTIVES: &[&str] = &[
    "personalized",
    "personalised",
    "targeted",
    "tailored",
    "interest based",
];

/// Verbs that gather data only when they put a tracker on the device
/// ("set cookies"), and the words that may stand between verb and tracker.
#[rustfmt::skip]
pub(super) const TRACKER_VERBS: &[&str] = &[
    "set", "sets", "setting", "serve", "serves", "served", "serving", "drop", "drops", "dropped",
    "dropping",
];
#[rustfmt::skip]
pub(super) const TRACKER_MODIFIERS: &[&str] = &[
    "a", "an", "the", "their", "our", "its", "your", "separate", "persistent", "unique",
    "session", "certain", "and", "access", "read", "or", "you",
];

/// Words that make "trade" and "exchange" part of a compound noun: the
/// next word ("trade secrets", "Exchange Online"), or for "exchange" the
/// one before ("Microsoft Exchange", "a stock exchange").
#[rustfmt::skip]
pub(super) const TRADE_NOUNS: &[&str] = &[
    "commission", "secret", "secrets", "name", "names", "mark", "marks", "show", "shows", "union",
    "unions", "association", "associations", "in", "dress", "group", "groups", "body", "bodies",
];
/// Words after which "sharing" names a feature ("sharing buttons").
#[rustfmt::skip]
pub(super) const SHARING_NOUNS: &[&str] = &[
    "platform", "platforms", "button", "buttons", "widget", "widgets", "icon", "icons", "plugin",
    "plugins", "economy",
];
/// How far back from a word the start of a settings path ("Settings >",
/// "settings under") may stand for the word to be part of its name.
pub(super) const INTERFACE_PATH_WORDS: usize = 5;
/// Places in an app's or a site's interface that a path names the parts
/// of after "under" ("in Settings under Privacy and Data Sharing").
#[rustfmt::skip]
pub(super) const INTERFACE_PLACES: &[&str] = &[
    "settings", "setting", "preferences", "menu", "options", "tab", "dashboard", "controls",
];
/// Words that end the tailoring act a negation reaches "based on" across:
/// another clause or subject ("we do not sell it, and we show ads based
/// on …").
#[rustfmt::skip]
pub(super) const TAILORING_BREAKS: &[&str] = &[
    "and", "but", "or", "while", "whereas", "we", "they", "which", "that", "who", "however",
    "instead", "only",
];
/// Forms of "make" that make their object public when "public" closes it.
pub(super) const MAKING: &[&str] = &["make", "makes", "made", "making"];
/// How far after "make" the "public" closing its object may stand.
pub(super) const MADE_PUBLIC_WORDS: usize = 10;
/// Words that may follow the "public" closing a made-public object: where,
/// how or when it is made so ("… public on our website", "… public by
/// default").
#[rustfmt::skip]
pub(super) const PAST_MADE_PUBLIC: &[&str] = &[
    "by", "on", "through", "via", "to", "if", "when", "unless", "in", "and", "or", "as", "at",
    "for",
];
/// Words no menu's name holds: the sentence has gone on past the path.
#[rustfmt::skip]
pub(super) const PAST_INTERFACE_PATH: &[&str] = &[
    "to", "then", "you", "where", "which", "that", "turn", "tap", "click", "select", "toggle",
    "switch", "we",
];
/// Corporate suffixes: "Recurly, Inc", "Zipscene LLC".
#[rustfmt::skip]
pub(super) const CORPORATE_SUFFIXES: &[&str] = &[
    "inc", "llc", "l.l.c", "ltd", "limited", "corp", "corporation", "gmbh", "plc",
];

/// Words after which "trading" names a company or a business, not a sale
/// of data: "Bumble Trading LLC", "a trading name of", "trading styles".
#[rustfmt::skip]
pub(super) const TRADING_NOUNS: &[&str] = &[
    "limited", "ltd", "llc", "inc", "company", "co", "corporation", "gmbh", "plc", "style",
    "styles", "name", "names", "standards", "hours", "platform", "account", "accounts",
];
#[rustfmt::skip]
pub(super) const EXCHANGE_NOUNS: &[&str] = &["online", "server", "servers", "rate", "rates", "commission", "act"];
#[rustfmt::skip]
pub(super) const EXCHANGE_KINDS: &[&str] = &[
    "microsoft", "stock", "securities", "currency", "cryptocurrency", "crypto", "foreign",
    "digital", "asset", "regulated", "licensed", "registered", "local", "centralized",
    "centralised", "decentralized", "decentralised",
];

/// Words that make "release" part of a compound noun: the next word
/// ("release notes", "release date") or the one before ("product
/// release", "press release") — a software or news release, not a disclosure.
#[rustfmt::skip]
pub(super) const RELEASE_NOUNS: &[&str] = &["notes", "note", "date", "dates", "version", "versions", "cycle", "cycles", "candidate"];
#[rustfmt::skip]
pub(super) const RELEASE_KINDS: &[&str] = &["product", "press", "news", "software", "feature", "app", "beta", "firmware", "major", "minor"];

/// Verbs of taking part in a feature or activity ("choose to participate",
/// "elect to utilize our calculators", "choose to apply for credit"), or
/// of leaving it ("choose to delete your account"): a choice of what to
/// do, not over what is done with one's data.
#[rustfmt::skip]
pub(super) const ACTIVITIES: &[&str] = &[
    "participate", "utilize", "utilise", "use", "visit", "browse", "purchase", "buy", "play",
    "download", "install", "join", "become", "enter", "take", "attend", "try", "apply", "send",
    "register", "create", "delete", "close", "cancel",
];

/// Kinds of thing a name may follow ("a tool called Google Analytics",
/// "a service named Mixpanel").
#[rustfmt::skip]
pub(super) const NAMED_KINDS: &[&str] = &[
    "tool", "tools", "service", "services", "product", "products", "platform", "platforms",
    "program", "programme", "software", "technology", "application", "app", "plugin", "plug-in",
    "solution", "system", "vendor", "company", "provider",
];

/// Nouns of people an age limit may follow ("consumers under 16", "users
/// below 13").
#[rustfmt::skip]
pub(super) const PEOPLE: &[&str] = &[
    "users", "consumers", "individuals", "people", "persons", "visitors", "customers", "anyone",
    "those", "members", "students", "kids", "teens", "teenagers", "residents",
];

/// What is sold when a business changes hands: the company itself, or
/// its assets ("if the company is sold", "if we are sold").
#[rustfmt::skip]
pub(super) const BUSINESSES: &[&str] = &[
    "company", "companies", "business", "businesses", "we", "assets", "division", "divisions",
    "subsidiary", "subsidiaries", "stock", "shares", "brand", "brands", "unit", "units",
];

/// The states of the US, whose residents many policies address apart
/// ("California residents", "if you are a Virginia consumer").
#[rustfmt::skip]
pub(super) const US_STATES: &[&str] = &[
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
];

/// The words that tie people to where they are ("members in", "users
/// located in", "people who live in the").
#[rustfmt::skip]
pub(super) const REGION_LINKS: &[&str] = &[
    "in", "from", "located", "based", "residing", "living", "who", "that", "live", "lives",
    "reside", "resides", "are", "is", "the",
];

/// Whether a word is one of [`PEOPLE`], or "adult(s)": one match, as
/// the regional reading runs it over every word of every clause (a test
/// keeps it to the list).
pub(super) fn people_or_adults(w: &str) -> bool {
    matches!(
        w,
        "users"
            | "consumers"
            | "individuals"
            | "people"
            | "persons"
            | "visitors"
            | "customers"
            | "anyone"
            | "those"
            | "members"
            | "students"
            | "kids"
            | "teens"
            | "teenagers"
            | "residents"
            | "adults"
            | "adult"
    )
}

/// Nouns that make a data term before them name a field of law or a role
/// in it ("data protection laws", "the data controller", "data subjects",
/// "information privacy"), or a quality kept of data in general ("to
/// maintain data accuracy", "information security measures"), or the
/// work done on data in general ("data analysis services"), not data
/// handled.
#[rustfmt::skip]
pub(super) const FIELD_NOUNS: &[&str] = &[
    "protection", "privacy", "controller", "controllers", "processor", "processors", "subject",
    "subjects", "security", "accuracy", "integrity", "analysis", "analyses", "analytics",
];

/// Nouns naming who makes, owns or handles a thing: a data term right
/// before one names what they deal in ("content licensors", "app
/// developers", "account holders"), not data handled.
#[rustfmt::skip]
pub(super) const AGENT_NOUNS: &[&str] = &[
    "licensor", "licensors", "licensee", "licensees", "creator", "creators", "developer",
    "developers", "manufacturer", "manufacturers", "maker", "makers", "publisher", "publishers",
    "owner", "owners", "holder", "holders", "operator", "operators", "moderator", "moderators",
    "author", "authors", "seller", "sellers", "reseller", "resellers", "issuer", "issuers",
];

/// Nouns naming a product: a data term right before one names its kind
/// ("credit card offerings", "email products"), not data handled.
pub(super) const PRODUCT_NOUNS: &[&str] = &["offerings", "offering", "products", "product"];

/// Head nouns of recipients named by the service they provide ("email
/// service providers"): a data term before one modifies it.
pub(super) const PROVIDERS: &[&str] = &[
    "provider",
    "providers",
    "processor",
    "processors",
    "vendor",
    "vendors",
    "company",
    "companies",
];

/// Nouns of a user's dealings with the company, which "with us" completes
/// ("your transactions with us", "your relationship with us"): the phrase
/// names data, not where it goes.
#[rustfmt::skip]
pub(super) const DEALINGS: &[&str] = &[
    "transaction", "transactions", "interaction", "interactions", "relationship", "relationships",
    "dealings", "communications", "correspondence", "account", "accounts", "experience",
    "experiences", "business", "contract", "agreement",
];

/// Words after which "access" is a verb: a modal, "to", a negation, an
/// adverb or a conjunction joining it to another verb ("collect, access or
/// use"), or a relative pronoun.
#[rustfmt::skip]
pub(super) const ACCESS_OPENERS: &[&str] = &[
    "to", "may", "might", "can", "could", "will", "would", "should", "must", "not", "also", "only",
    "and", "or", "who", "that", "which", "it", "they", "we", "automatically",
];

/// Choice cues that are verbs a company does as often as a user: declining,
/// disabling, limiting, acting without giving something.
#[rustfmt::skip]
pub(super) const PARTY_CAN_DO: &[&str] = &[
    "decline", "disable", "disabling", "deactivate", "turn off", "turning off", "limit ", "restrict ",
    "without ", "delete ", "erase ", "remove ",
];

/// What a company gives the user and the user never gives it: "without
/// providing notice or choice" is the company acting.
pub(super) const COMPANY_GIVES: &[&str] = &["notice", "choice", "notification", "warning"];

/// Participles that pass data on: their agent is where the data came
/// from ("information provided by Google", "collected by third parties").
#[rustfmt::skip]
pub(super) const PASSING_PARTICIPLES: &[&str] = &[
    "provided", "supplied", "shared", "sent", "disclosed", "given", "transferred", "passed",
    "furnished", "collected", "gathered", "submitted",
];

/// Nouns of what a party asks or offers, which "from" names the asker or
/// the sender of: "requests from public authorities", "offers from our
/// partners" are no data about the user from them.
#[rustfmt::skip]
pub(super) const ASKED_NOUNS: &[&str] = &[
    "request", "requests", "order", "orders", "inquiries", "enquiries", "complaints", "questions",
    "demands", "subpoenas", "claims", "instructions", "notices", "notice", "guidance", "advice",
    "approval", "permission", "consent", "messages", "emails", "communications", "offers",
    "newsletters", "promotions", "advertisements", "ads", "advertising", "products", "services",
    "goods", "updates", "notifications", "alerts", "calls",
];

/// How many words back a list may reach to the source it continues.
pub(super) const LISTED_SOURCE_REACH: usize = 10;

/// Nouns of what holds data, which a verb of keeping keeps as data.
#[rustfmt::skip]
pub(super) const RECORDS: &[&str] = &[
    "record", "records", "log", "logs", "copy", "copies", "history", "backup", "backups", "archive",
    "archives", "file", "files", "database", "databases",
];

/// Verbs (and the noun) of a guarantee, which a disclaimer refuses:
/// "we cannot guarantee that …", "there is no guarantee that …".
#[rustfmt::skip]
pub(super) const GUARANTEES: &[&str] = &[
    "guarantee", "guarantees", "ensure", "ensures", "warrant", "warrants", "promise", "promises",
    "assure", "assures",
];

/// Words that open the object of a verb but never follow a bare noun
/// inside one: after "to", a data word that also spells a verb ("address",
/// "email") is that verb when one of these follows ("to address any
/// concerns", "to email links"), not the destination ("sent to email").
#[rustfmt::skip]
pub(super) const OBJECT_OPENERS: &[&str] = &[
    "a", "an", "the", "any", "all", "your", "our", "their", "his", "her", "its", "this", "these",
    "those", "such", "one", "you", "us", "them", "him", "me", "fraud", "spam", "abuse", "potential",
    "actual", "alleged", "suspected", "concerns", "issues", "questions", "complaints", "problems",
    "requests", "links",
];

/// Nouns a predicate of reach can describe ("publicly accessible areas",
/// "publicly available information"): the phrase then names a place or a
/// kind of data, not a disclosure.
#[rustfmt::skip]
pub(super) const ATTRIBUTED_NOUNS: &[&str] = &[
    "area", "areas", "forum", "forums", "portion", "portions", "part", "parts", "section",
    "sections", "space", "spaces", "page", "pages", "place", "places", "information", "data",
    "content", "source", "sources", "record", "records", "database", "databases", "profile",
    "profiles", "site", "sites", "websites", "posts", "contributions", "contribution", "comments",
    "activities", "activity", "postings", "reviews", "photos", "videos", "messages", "listings",
];

/// Devices a party can own ("the devices in your household").
#[rustfmt::skip]
pub(super) const DEVICE_NOUNS: &[&str] = &[
    "device", "devices", "phone", "phones", "computer", "computers", "tv", "tvs", "television",
    "televisions", "screen", "screens", "tablet", "tablets", "browser", "browsers",
];

/// Places and tools a participle before them describes ("a linked web
/// site", "a shared computer").
#[rustfmt::skip]
pub(super) const PLACE_NOUNS: &[&str] = &[
    "site", "sites", "website", "websites", "web", "page", "pages", "service", "services",
    "account", "accounts", "device", "devices", "app", "apps", "application", "applications",
    "platform", "platforms", "computer", "computers",
];

/// Words of a risk to data the company cannot rule out.
#[rustfmt::skip]
pub(super) const RISKS: &[&str] = &[
    "not be secure", "not secure", "cannot be guaranteed", "can not be guaranteed",
    "cannot guarantee", "can not guarantee", "at your own risk", "intercepted", "interception",
    "tampered", "100% secure", "completely secure", "perfectly secure",
];

/// Verbs that tell the reader what to do, opening a main clause ("To
/// share a photo, tap Share").
#[rustfmt::skip]
pub(super) const READER_IMPERATIVES: &[&str] = &[
    "please", "simply", "just", "click", "tap", "select", "choose", "go", "visit", "use",
    "enter", "contact", "open", "press", "follow", "log", "sign", "navigate", "enable", "disable",
    "turn", "adjust", "change", "update", "switch", "toggle",
];

/// Things a government has that are no party: "this government computer
/// system", "government websites", "government information".
#[rustfmt::skip]
pub(super) const GOVERNMENT_THINGS: &[&str] = &[
    "computer", "computers", "system", "systems", "website", "websites", "web", "site", "sites",
    "information", "publications", "resources", "data", "records", "program", "programs",
    "benefits", "services", "service", "network", "networks", "domain", "domains", "portal",
];

/// Determiners a party or an action named as a noun may carry ("any such
/// websites' use of", "these third parties' collection").
pub(super) const DETERMINERS: &[&str] = &["any", "such", "these", "those", "all", "each", "the"];

/// Words after which a participle before a noun is its adjective ("in
/// shared endorsements", "your disclosed information"), besides
/// [`DETERMINERS`].
#[rustfmt::skip]
pub(super) const ADJECTIVE_SLOTS: &[&str] = &[
    "a", "an", "this", "that", "your", "our", "their", "its", "his", "her", "in", "of", "on",
    "from", "into",
];
/// Words that continue a participle as a verb, not an adjective ("the
/// data shared with", "of that disclosed to").
#[rustfmt::skip]
pub(super) const PARTICIPLE_COMPLEMENTS: &[&str] = &[
    "with", "by", "to", "among", "between", "across", "through", "via", "and", "or", "as", "in",
    "on", "for", "under", "outside", "within", "about",
];

/// Whether a word can stand before a party's name as its determiner
/// ([`DETERMINERS`] or [`PARTY_DETERMINERS`]: "any such", "our", "these").
pub(super) fn determines_party(w: &str) -> bool {
    DETERMINERS.contains(&w) || PARTY_DETERMINERS.contains(&w)
}

/// Whether a word reads as a past participle: "-ed", or an irregular one
/// of the verbs that give or sell ("sold", "sent", "given", "shown").
pub(super) fn participle(w: &str) -> bool {
    w.ends_with("ed") || matches!(w, "sold" | "sent" | "given" | "shown" | "made" | "bought")
}

/// Whether a word is a modal, an auxiliary or a negation that may stand
/// between a subject and its verb ([`MODALS`] or [`AUXILIARIES`]: "we will
/// not", "we have also", "does not").
pub(super) fn auxiliary(w: &str) -> bool {
    MODALS.contains(&w) || AUXILIARIES.contains(&w)
}

/// The verbs of using whose object may be a means rather than data
/// ("we use encryption to protect …").
#[rustfmt::skip]
pub(super) const USING: &[&str] = &[
    "use", "uses", "using", "utilize", "utilizes", "utilizing", "utilise", "utilises", "utilising",
    "employ", "employs", "employing",
];

/// Words that hedge a denied act before its verb ("we do not currently
/// sell", "we generally do not share"); not [`HEDGES`], which soften an
/// exclusion ("but not necessarily …").
#[rustfmt::skip]
pub(super) const PROMISE_HEDGES: &[&str] = &[
    "currently", "presently", "generally", "typically", "usually", "normally", "ordinarily",
    "mostly",
];

/// Acts named as nouns, whose agent may follow past their object ("the
/// use of your data by our partners").
pub(super) const NOMINAL_ACTS: &[&str] = &[
    "use",
    "collection",
    "processing",
    "sharing",
    "disclosure",
    "sale",
    "transfer",
];

/// Verbs of intending: denied before "to", they deny the act after it ("we
/// do not intend to share your contacts"), and an intention denied is a
/// weaker promise than the act denied: they hedge it, as do the nouns
/// ("we have no plans to sell it", "no intention of sharing it").
#[rustfmt::skip]
pub(super) const INTENDING: &[&str] = &[
    "intend", "intends", "plan", "plans", "want", "wants", "wish", "wishes", "expect",
    "expects", "anticipate", "anticipates", "seek", "seeks", "aim", "aims",
];
pub(super) const INTENTIONS: &[&str] = &["intention", "intentions", "plan", "plans"];

/// Phrases that hedge a denied act after it ("we do not sell your data at
/// this time").
#[rustfmt::skip]
pub(super) const PROMISE_HEDGES_AFTER: &[&str] = &[
    "at this time", "at present", "for now", "as of now", "as of today",
    // A sale read narrowly, which leaves the rest of what the law calls
    // selling out of the promise: "we do not sell your data for money",
    // "in the traditional sense".
    "for money", "for monetary consideration", "for monetary value", "in exchange for money",
    "for cash", "in the traditional sense", "in the conventional sense", "in the usual sense",
    "in the ordinary sense", "in the common sense", "in the way that most people",
    "in the way most people", "in the way many people", "as most people",
    "as that term is commonly understood", "as the term is commonly understood",
    "as that term is traditionally understood", "as the term is traditionally understood",
    "as that term is generally understood", "as the term is generally understood",
    // A sale as one law defines it, which leaves out what another law (or
    // a later amendment) calls selling or sharing: "we do not sell your
    // personal information as that term is defined under the CCPA".
    "as that term is defined", "as the term is defined", "as such term is defined",
    "as those terms are defined", "as such terms are defined",
    "as the terms are defined", "as each term is defined", "as defined by", "as defined under",
    "as defined in",
];

/// How far before a verb the "should not" telling its subject not to do
/// it may stand ("should not use our services or send us …").
pub(super) const TOLD_REACH: usize = 8;
/// How far the subject may stand before that "should" ("children under
/// the age of 13 should not …").
pub(super) const TOLD_SUBJECT_REACH: usize = 6;
/// Words after a denied "use" that open no thing used: a purpose, a
/// condition, a list, the user's own thing ("we do not use your recovery
/// keys") or all things ("we do not use any").
#[rustfmt::skip]
pub(super) const NOT_A_THING_USED: &[&str] = &[
    "for", "to", "in", "on", "with", "by", "except", "unless", "without", "and", "or", "at", "any",
    "anything", "this", "that", "your",
];
/// How many words a label may have before the instruction it heads
/// ("California residents: Do not sell").
pub(super) const LABEL_REACH: usize = 5;

/// The words every one of [`PROMISE_HEDGES_AFTER`] opens on.
pub(super) const HEDGE_OPENERS: &[&str] = &["at", "for", "as", "in"];

/// Where a document points at its own definitions ("as defined in this
/// policy", "as defined below").
#[rustfmt::skip]
pub(super) const DEFINED_HERE: &[&str] = &[
    "this policy", "this privacy", "this notice", "this statement", "these terms", "below",
    "above", "herein", "section",
];

/// How many words of a hedge after the act a finding quotes.
pub(super) const HEDGE_WORDS: usize = 12;

/// Verbs of engaging a party that take it after a preposition ("we work
/// with advertising partners to show you ads", "we partner with Adzerk").
/// They state a use only of a party — "we rely on your consent" uses
/// nothing — but for relying on data ("we rely on your location data").
#[rustfmt::skip]
pub(super) const ENGAGING_WITH: &[&str] = &[
    "work with", "works with", "partner with", "partners with", "rely on", "relies on",
    "contract with", "contracts with",
];

/// How far a used means may run before it is not known to end.
pub(super) const MEANS_WORDS: usize = 8;

/// Words that end the object of a verb of using: a purpose, a manner, a
/// relative clause.
#[rustfmt::skip]
pub(super) const MEANS_ENDS: &[&str] = &[
    "to", "for", "in", "so", "when", "where", "that", "which", "who", "as", "because", "if", "on",
    "with", "at", "by", "across", "throughout", "whenever", "such", "including", "like", "e.g",
];

/// Words that open an object pointing at something named elsewhere —
/// pronouns, possessives, demonstratives — which may well be data.
#[rustfmt::skip]
pub(super) const POINTING: &[&str] = &[
    "it", "them", "this", "these", "those", "that", "such", "all", "any", "your", "their", "his",
    "her", "its", "you", "what", "which", "some", "each", "my", "both", "either", "whatever",
];

/// Prepositions that open a phrase a verb's form can end as a noun ("in
/// your student record").
pub(super) const PHRASE_PREPOSITIONS: &[&str] = &["in", "of", "from", "into", "within", "on"];

/// How many modifiers may stand between such a preposition and the noun.
pub(super) const PHRASE_MODIFIERS: usize = 3;

/// Words that open a subordinate clause whose subject may head a list of
/// predicates ("when you sign up, create or share").
pub(super) const SUBORDINATORS: &[&str] = &[
    "when", "whenever", "if", "as", "while", "once", "before", "after",
];

/// How far back the "to" of a chain of infinitives may stand ("to search
/// for and share").
pub(super) const PURPOSE_CHAIN: usize = 5;

/// Controls of a page that a quoted name before them names: "the “Do Not
/// Sell My Information” link".
#[rustfmt::skip]
pub(super) const CONTROLS: &[&str] = &[
    "link", "links", "button", "buttons", "page", "tab", "toggle", "setting", "settings",
    "option", "options", "menu", "icon", "banner", "checkbox", "box", "switch", "form",
];

/// Verbs by which a party gives data ("partners who provide us with …").
#[rustfmt::skip]
pub(super) const GIVING: &[&str] = &[
    "provide", "provides", "give", "gives", "send", "sends", "supply", "supplies", "share",
    "shares", "sell", "sells", "disclose", "discloses", "transfer", "transfers", "pass", "passes",
];

/// Verbs by which the user reaches a service, whose object is a means, not
/// the subject of an infinitive after it: "you access social media
/// services to share".
#[rustfmt::skip]
pub(super) const USER_MEANS: &[&str] = &[
    "access", "visit", "use", "open", "install", "download", "log", "sign", "go", "navigate",
];

/// Verbs of the user's will before an infinitive ("you may choose to
/// share"): what follows is a practice the user opts into.
#[rustfmt::skip]
pub(super) const WILLING: &[&str] = &[
    "choose", "chooses", "elect", "elects", "decide", "decides", "opt", "opts", "wish", "want",
    "wants", "like", "agree", "agrees", "consent", "consents", "prefer", "prefers", "allow",
    "permit", "authorize", "authorise", "ask", "request", "instruct", "direct",
];

/// Nouns "public" modifies without naming an audience ("public transport",
/// "the public interest", "public networks").
#[rustfmt::skip]
pub(super) const PUBLIC_GOODS: &[&str] = &[
    "transport", "transportation", "transit", "interest", "interests", "health", "safety",
    "sector", "holiday", "holidays", "relations", "policy", "order", "funding", "utilities",
    "utility", "network", "networks", "wifi", "wi-fi", "key", "keys", "ip", "service", "services",
    "broadcasting", "broadcaster", "broadcasters", "company", "companies", "institution",
    "institutions", "security", "emergency", "emergencies", "tender", "tenders", "procurement",
    "offering", "offerings", "listing",
];

/// Quantifiers that pick out a subset of data a relative clause then
/// describes ("any contacts that have not been matched").
pub(super) const SUBSET_QUANTIFIERS: &[&str] = &["any", "those", "such", "some", "all"];

/// What a disclosure may prevent from reaching a party ("to prevent risk
/// to the public", "harm to others"): that party is protected, no
/// recipient.
#[rustfmt::skip]
pub(super) const THREATS: &[&str] = &[
    "risk", "risks", "harm", "danger", "dangers", "threat", "threats", "injury", "damage",
];

/// Whether `text` may hold one of [`DELETING`]: a cheap test of their
/// stems before the word-by-word one.
pub(super) fn may_delete(text: &str) -> bool {
    ["delet", "eras", "purg", "destroy", "anonymi", "discard"]
        .iter()
        .any(|stem| text.contains(stem))
}

/// Verbs by which a company ends its keeping of data: a period after them
/// is how long the data is kept ("deleted within 48 hours").
#[rustfmt::skip]
pub(super) const DELETING: &[&str] = &[
    "delete", "deletes", "deleted", "erase", "erases", "erased", "purge", "purges", "purged",
    "destroy", "destroys", "destroyed", "anonymize", "anonymizes", "anonymized", "anonymise",
    "anonymises", "anonymised", "discard", "discards", "discarded",
];

/// Nouns of an account's identifier: after a party's name they make it
/// the account's owner, not a recipient ("social network ID", "Twitter
/// handle").
pub(super) const ACCOUNT_IDS: &[&str] =
    &["id", "ids", "handle", "handles", "username", "usernames"];

/// Nouns naming what a user holds with a party: "your Google Account",
/// "their Facebook page".
#[rustfmt::skip]
pub(super) const OWNED_NOUNS: &[&str] = &[
    "account", "accounts", "profile", "profiles", "page", "pages", "settings",
];
/// How many words (modifiers) may stand between the reader's possessive
/// and a party naming whose account or data it is.
pub(super) const POSSESSED_WINDOW: usize = 3;

/// Words that end a noun phrase before a party: "your data with Google",
/// "your friends and Facebook".
#[rustfmt::skip]
pub(super) const PHRASE_BREAKS: &[&str] = &[
    "to", "with", "and", "or", "by", "from", "for", "of", "via", "through", "on", "in",
];

/// The vocabulary's term for such an identifier: its data kind.
pub(super) const PARTY_IDENTIFIER: &str = "user id";

/// Bodies of the company's own people: their "members" work for it.
pub(super) const STAFF: &[&str] = &["staff", "team", "board", "faculty", "crew", "workforce"];

/// The company's own people, as a passive's agent (see
/// `read_staff_review`): "reviewed by our staff", "read by employees".
/// (Not "researchers" or "contractors": the vocabulary names them as
/// parties of their own.)
#[rustfmt::skip]
pub(super) const COMPANY_PEOPLE: &[&str] = &[
    "staff", "employees", "employee", "personnel", "reviewers", "reviewer", "trainers",
    "moderators", "engineers", "team", "specialists", "analysts",
];

/// Words before [`COMPANY_PEOPLE`] that keep them the company's: "our
/// trained reviewers", "authorized personnel", "a small team".
#[rustfmt::skip]
pub(super) const STAFF_MODIFIERS: &[&str] = &[
    "our", "authorized", "authorised", "trained", "designated", "internal", "qualified",
    "select", "selected", "a", "small", "limited", "specially", "dedicated", "support",
];

/// Exceptions that leave data out of an act rather than name a case where
/// it is done: "(not including your name)", "excluding your email address",
/// and a contrast set off by a comma alone ("other users see your
/// distance, never your exact location"), whose exception starts at its
/// "not" or "never".
pub(super) const EXCLUSIONS: &[&str] = &[
    "not including",
    "excluding",
    "but not",
    "but never",
    "not ",
    "never ",
];

/// Words after "but not" that hedge a list rather than leave data out of
/// it: "including but not limited to".
pub(super) const HEDGES: &[&str] = &[
    "limited",
    "necessarily",
    "always",
    "only",
    "just",
    "exclusively",
    "solely",
    "all",
];

/// The vocabulary's term for the parties outside a group: what "outside
/// our family of companies" reaches.
pub(super) const OUTSIDE_PARTIES: &str = "outside parties";

/// Words that may stand between "outside (of)" and the group it names, or
/// join the group's members: "outside of our corporate family", "outside
/// Acme and its controlled subsidiaries".
#[rustfmt::skip]
pub(super) const GROUP_WORDS: &[&str] = &[
    "our", "the", "its", "their", "this", "that", "and", "or", ",", "controlled", "other",
    "affiliated", "related", "wholly", "owned",
];

/// Recipients that name a group a disclosure may stay within (besides
/// any named company).
pub(super) const GROUPS: &[&str] = &["affiliates"];

/// Cues by which a company disclaims what follows: it names what it does
/// not answer for, not what it handles.
#[rustfmt::skip]
pub(super) const DISCLAIMERS: &[&str] = &[
    "responsible for", "not responsible for", "responsibility for", "liability for", "liable for",
];

/// Verbs by which the reader is asked to send questions somewhere: the
/// party they go to is an addressee ("direct your enquiries to …").
#[rustfmt::skip]
pub(super) const ADDRESSING: &[&str] = &[
    "direct", "address", "submit", "send", "forward", "refer", "raise", "route",
];

/// What the reader sends an addressee.
#[rustfmt::skip]
pub(super) const ENQUIRIES: &[&str] = &[
    "enquiries", "inquiries", "enquiry", "inquiry", "questions", "question", "requests",
    "request", "complaints", "complaint", "concerns", "queries", "query",
];

/// How many words a request to direct questions may stand before the "to"
/// that names their addressee.
pub(super) const ADDRESSEE_WINDOW: usize = 30;

/// What joins the items of a list (longest first, so ", and " is read
/// before ", ").
#[rustfmt::skip]
pub(super) const LIST_SEPARATORS: &[&str] = &[
    ", as well as ", " as well as ", ", and or ", " and or ", ", and ", ", or ", " and ", " or ",
    ", ",
];

/// At most this many words in an item of a list that no term names.
pub(super) const MAX_ITEM_WORDS: usize = 5;

/// Words that end an item of a list or cannot open one: prepositions,
/// pronouns, auxiliaries, relative words and adverbs ("and to provide",
/// "and we", "and then", "the areas you visit").
#[rustfmt::skip]
pub(super) const ITEM_ENDS: &[&str] = &[
    "to", "for", "with", "from", "in", "on", "by", "at", "about", "regarding", "concerning",
    "into", "through", "via", "over", "under", "after", "before", "during", "within", "without",
    "between", "across", "against", "upon", "when", "whenever", "if", "unless", "that", "which",
    "who", "whom", "whose", "where", "while", "as", "such", "including", "like", "used",
    "we", "you", "they", "it", "he", "she", "i", "us", "them", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "do", "does", "did", "may", "might", "will", "would",
    "can", "could", "should", "shall", "must", "not", "no", "also", "then", "so", "but", "etc",
    "e", "g", "eg", "ie", "other", "otherwise", "how", "what", "why", "more", "all", "both",
    "either", "neither", "each", "every", "only", "even", "just", "still", "thereof",
    "purposes", "reasons", "ways", "means", "however", "therefore", "thus", "though",
    "although", "along", "up", "this", "these", "those", "there", "here",
];

/// What a company offers rather than holds: listed beside data, these are
/// no data ("personalize content, products and services").
#[rustfmt::skip]
pub(super) const OFFERINGS: &[&str] = &[
    "products", "services", "features", "offers", "offerings", "materials", "functionality",
    "games", "experiences", "promotions", "programs", "applications", "apps", "tools",
    "websites", "sites", "pages", "newsletters", "contests", "sweepstakes", "mail",
    "telemarketing",
];

/// Whether a word can stand before a data term as its determiner or
/// possessive ("your", "the", "any other").
pub(super) fn determines_data(w: &str) -> bool {
    determines_party(w)
        || matches!(
            w,
            "your"
                | "a"
                | "an"
                | "this"
                | "that"
                | "its"
                | "their"
                | "his"
                | "her"
                | "certain"
                | "some"
                | "other"
        )
}

/// Verbs by which a company strips data of what identifies the user
/// ("we anonymize it before sharing it"; "de-identify" is two words once
/// normalised, and is looked for so).
#[rustfmt::skip]
pub(super) const DEIDENTIFYING: &[&str] = &[
    "anonymize", "anonymise", "anonymizes", "anonymises", "aggregate", "aggregates",
    "pseudonymize", "pseudonymise", "pseudonymizes", "pseudonymises", "deidentify",
    "deidentifies",
];

/// The forms that leave data hashed: still singling a person out, no
/// longer readable ("we share your phone number in hashed form").
#[rustfmt::skip]
pub(super) const HASHED_FORMS: &[&str] = &[
    "in hashed form", "in a hashed form", "in hashed format", "in a hashed format",
    "in hashed and", "in a hashed and", "in hashed or", "in a hashed or",
];

/// The forms that leave data identifying nobody: information handled so is
/// aggregated or de-identified ("shared with advertisers in aggregate
/// form", "on an anonymous basis").
#[rustfmt::skip]
pub(super) const AGGREGATE_FORMS: &[&str] = &[
    "in aggregate", "in aggregated", "in an aggregate", "in an aggregated", "in the aggregate",
    "on an aggregate", "on an aggregated", "on aggregate", "on a aggregate", "in anonymized",
    "in anonymised", "in an anonymized", "in an anonymised", "in anonymous", "in an anonymous",
    "on an anonymous", "on an anonymized", "on an anonymised", "in de identified", "in a de identified",
    "in deidentified", "in a deidentified", "in pseudonymized", "in a pseudonymized",
    "in pseudonymised", "in a pseudonymised", "in non identifiable", "in a non identifiable",
    "in a form that does not identify", "in a way that does not identify",
    "in a manner that does not identify", "in a form that cannot", "in a way that cannot",
    "in a manner that cannot", "in a form that does not personally identify",
    "in a way that does not personally identify", "in a manner that does not personally identify",
];

/// At most this many words in an aside set off by commas between two
/// joined verbs ("sell or, for the purpose of targeted advertising, share").
pub(super) const ASIDE_WORDS: usize = 10;

/// Names of settings and arrangements a gerund may modify ("data sharing
/// preferences", "data processing agreements"): the gerund names no act.
#[rustfmt::skip]
pub(super) const SETTING_NOUNS: &[&str] = &[
    "preferences", "preference", "settings", "setting", "options", "choices", "controls",
    "agreements", "agreement", "disclosure", "disclosures", "arrangements", "arrangement",
    "addendum", "terms", "consent", "consents", "toggle", "switch",
];

/// Words that send the reader to a section by its quoted title ("see the
/// section entitled “…”").
pub(super) const SECTION_CUES: &[&str] = &[
    "section", "sections", "entitled", "titled", "called", "heading", "headed", "see",
];

/// How a site or app recipient ends ("other websites", "apps you
/// connect"): after a place preposition it is where something appears.
pub(super) const SITE_NOUNS: &[&str] = &[
    "websites",
    "web sites",
    "website",
    "sites",
    "site",
    "apps",
    "applications",
    "visit",
    "connect",
];

/// Prepositions of place before a site: "on other websites", "across
/// sites you visit".
pub(super) const PLACE_PREPOSITIONS: &[&str] = &["on", "across", "in", "at", "through", "via"];

/// Whether a word ends as English adjectives do and common nouns seldom do
/// ("personal", "aggregated", "anonymous", "identifiable"): without
/// part-of-speech tags, how a noun phrase's edge is told from its head.
/// The extractor's listed items and the PI-Extract evaluation's noun
/// phrases read it alike.
pub(crate) fn ends_as_adjective(w: &str) -> bool {
    w.len() > 4
        && ["al", "ed", "ous", "ive", "able", "ible"]
            .iter()
            .any(|s| w.ends_with(s))
}

/// Words before "we" / "you" / "they" that open a clause of their own
/// ("how we collect", "when you receive", "that we obtain") or name the
/// way or time of the act ("the ways we collect"), not the noun a relative
/// clause with no pronoun describes.
#[rustfmt::skip]
pub(super) const RELATIVE_OPENERS: &[&str] = &[
    "how", "that", "which", "what", "whatever", "when", "whenever", "where", "wherever", "why",
    "if", "once", "and", "or", "but", "after", "before", "although", "though", "because", "unless",
    "until", "while", "whether", "than", "so", "as", "since", "time", "times", "way", "ways",
    "manner", "extent", "means", "reason", "reasons", "everything", "anything", "something", "all",
    "those", "these", "the", "a", "an", "any", "some", "each", "every", "only", "also", "then",
    "now", "first", "except",
];

/// Verbs of a measure that keeps data from something ("prevents your
/// queries from being revealed"), and how many words before the act they
/// may stand.
#[rustfmt::skip]
pub(super) const PREVENTING: &[&str] = &[
    "prevent", "prevents", "prevented", "preventing", "protect", "protects", "protected",
    "protecting", "keep", "keeps", "kept", "keeping", "shield", "shields", "stop", "stops",
    "block", "blocks", "safeguard", "safeguards", "prohibit", "prohibits", "forbid", "forbids",
    "bar", "bars", "preclude", "precludes", "restrict", "restricts",
];
pub(super) const PREVENT_WINDOW: usize = 12;

/// Verbs of keeping data that the vocabulary does not list as acts: a
/// purpose of theirs still names data ("a cookie to remember your
/// preferences").
#[rustfmt::skip]
pub(super) const KEEPING: &[&str] = &["remember", "recall", "identify", "log", "associate"];

/// Verbs by which a party commits itself to an act ("has agreed not to
/// share", "commits to delete").
#[rustfmt::skip]
pub(super) const COMMITTING: &[&str] = &[
    "committed", "commits", "agreed", "agrees", "promised", "promises", "undertaken",
    "undertakes", "pledged", "pledges", "contracted",
];

/// What ties a kind of party to the company that owns it ("companies owned
/// by Alphabet", "businesses in the Meta family").
pub(super) const OWNED_BY: &[&str] = &[
    "owned by ",
    "controlled by ",
    "owned or controlled by ",
    "owned and operated by ",
    "operated by ",
    "in the ",
    "within the ",
    "of the ",
    "that are part of ",
    "which are part of ",
    "part of ",
];

/// Whether normalised text may ask for deletion around its object ("…
/// removed from our records on request", "have your information
/// deleted", "ways to delete it"): a cheap test before reading it (`read_deletion_on_request`).
pub(super) fn may_delete_on_request(norm: &str) -> bool {
    // (A deleting verb before a pronoun ends in "e": "delete it", "erase
    // them", "remove it".)
    (norm.contains("request")
        || norm.contains("ask ")
        || ["have your", "have the", "have such", "have any"]
            .iter()
            .any(|h| norm.contains(h))
        || norm.contains("e it")
        || norm.contains("e them"))
        && (may_delete(norm) || norm.contains("remov"))
}

/// Verbs that let a party do what follows "to", read before a party's
/// seeing: "allow other users to see your location". (The twin of
/// [`ENABLING`], which a negation reaches across, with the past forms and
/// without "let" and "authorize": see the session note.)
#[rustfmt::skip]
pub(super) const ALLOWING: &[&str] = &[
    "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "enable", "enables",
    "enabled",
];

/// Whether normalised text may have a party see data in the present
/// tense ("other users see your distance"): a cheap test before reading
/// it (`read_party_sight`).
pub(super) fn may_see(norm: &str) -> bool {
    norm.contains(" see") || norm.contains(" view")
}

/// Whether normalised text may deny a purpose carried out ("we do not
/// build profiles of students", "we do not show targeted ads"): a cheap
/// test before reading it (`purpose_acts_denied`).
pub(super) fn may_deny_purpose_act(norm: &str) -> bool {
    (norm.contains("profile") && (norm.contains("build") || norm.contains("creat")))
        || ((norm.contains("ads") || norm.contains("advertis") || norm.contains("marketing"))
            && PURPOSE_VERBS.iter().any(|(v, _)| {
                norm.match_indices(v).any(|(i, _)| {
                    let whole = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
                    whole(norm[..i].chars().next_back())
                        && whole(norm[i + v.len()..].chars().next())
                })
            }))
}

/// Verbs that carry a purpose out to the reader, and the purpose each
/// carries: denied, they promise the data is not used for it ("we do not
/// show behavioral advertising", "we will never send you marketing
/// emails"). Read by `purpose_acts_denied`.
pub(super) const PURPOSE_VERBS: &[(&str, &str)] = &[
    ("show", "advertising"),
    ("serve", "advertising"),
    ("display", "advertising"),
    ("deliver", "advertising"),
    ("present", "advertising"),
    ("send", "marketing"),
];

/// Verbs by which the user grants a party a licence or right to act ("you
/// grant us a licence to use", "you give Acme the right to share"), read
/// by [`super::Analysis::governed_party`].
pub(super) const GRANTING: &[&str] = &[
    "grant", "grants", "granted", "granting", "give", "gives", "given", "giving",
];

/// Adjectives that name data de-identified ("aggregated location data",
/// "anonymous usage statistics"), read by `Analysis::deidentified_kinds`.
/// (Not "pseudonymized": such data still singles a person out, and
/// advertising runs on pseudonymous identifiers.)
pub(super) const DEIDENTIFIED: &[&str] = &[
    "aggregated",
    "aggregate",
    "anonymized",
    "anonymised",
    "anonymous",
    "deidentified",
];

/// The company being paid, said before the disclosure it is paid for
/// ("we may receive compensation when we share …").
#[rustfmt::skip]
pub(super) const PAID: &[&str] = &[
    "receive compensation", "receives compensation", "receive payment", "receive payments",
    "receives payment", "receive money", "receive a fee", "receive fees", "receive remuneration",
    "receive a commission", "receive commissions", "get paid", "gets paid", "are paid", "is paid",
    "be paid", "are compensated", "is compensated", "be compensated", "earn money", "earn revenue",
    "earn a commission",
];
/// The words one of [`PAID`] holds past its verb beside [`PAYMENTS`]:
/// where none of either stands, no phrase of it is looked for.
pub(super) const PAID_WORDS: &[&str] = &["fee", "paid", "compensated"];
/// The words one of [`PAYING_US`] opens on or holds.
pub(super) const PAYING_US_WORDS: &[&str] =
    &["pay", "pays", "compensate", "compensates", "payment"];
/// A party paying the company, said after the disclosure to it ("… with
/// partners, who pay us for it").
#[rustfmt::skip]
pub(super) const PAYING_US: &[&str] = &[
    "pay us", "pays us", "compensate us", "compensates us", "in return for payment",
];
/// Things received that are no data: payment for what the company does
/// ("we may receive compensation when we share …").
#[rustfmt::skip]
pub(super) const PAYMENTS: &[&str] = &[
    "compensation", "payment", "payments", "money", "remuneration", "revenue", "fees",
    "commission", "commissions",
];

/// A disclosure the policy itself calls a sale, as the law may: "which
/// may be considered a sale under California law", "this may constitute
/// a \"sale\"".
#[rustfmt::skip]
pub(super) const CALLED_A_SALE: &[&str] = &[
    "considered a sale", "considered a \"sale", "deemed a sale", "deemed a \"sale",
    "constitute a sale", "constitute a \"sale", "constitutes a sale", "constitutes a \"sale",
    "considered to be a sale", "considered to be a \"sale", "qualify as a sale",
    "qualify as a \"sale", "qualifies as a sale", "qualifies as a \"sale", "considered selling",
    "considered \"selling", "treated as a sale", "treated as a \"sale",
];

/// Phrases that make a disclosure a sale: done for money or its worth, as
/// the CCPA defines selling ("for monetary or other valuable
/// consideration"). (Not "for payment" or "for a fee": "for payment
/// processing", "a copy of your data for a fee".)
#[rustfmt::skip]
pub(super) const FOR_CONSIDERATION: &[&str] = &[
    "valuable consideration", "monetary consideration", "for monetary or other",
    "in exchange for money", "in exchange for payment", "in exchange for compensation",
    "in exchange for a fee", "for money", "for cash",
];

/// Verbs by which a clause's subject sets an act off without doing it
/// ("you might trigger exchanges of data with …"), and those that do so
/// through "in" or "to" ("results in the transfer of …", "leads to the
/// disclosure of …").
#[rustfmt::skip]
pub(super) const CAUSING: &[&str] = &[
    "trigger", "triggers", "triggered", "triggering", "cause", "causes", "caused", "causing",
    "initiate", "initiates", "initiated", "initiating", "prompt", "prompts",
];
#[rustfmt::skip]
pub(super) const CAUSING_TO: &[&str] = &[
    "result", "results", "resulted", "resulting", "lead", "leads", "led", "leading",
];

/// Bare plural nouns for other services, which a relative clause names
/// the subject of a clause: "Websites that link to our services may
/// collect …", "Apps that you connect can read …". (The company's own are
/// "our websites", or "sites that we operate": see `OPERATING`.)
#[rustfmt::skip]
pub(super) const OTHER_SERVICES: &[&str] = &[
    "websites", "sites", "apps", "applications", "platforms", "services", "plugins", "plug-ins",
    "extensions", "networks", "businesses", "companies", "organizations", "organisations",
    "merchants", "retailers", "publishers",
];

/// Quantifiers that may open a subject of other services: "many websites
/// that …", "some apps that …".
pub(super) const SERVICE_QUANTIFIERS: &[&str] = &["many", "some", "most", "certain", "other"];

/// Verbs by which the company makes a service its own: "sites that we
/// operate", "apps we own".
#[rustfmt::skip]
pub(super) const OPERATING: &[&str] = &[
    "operate", "own", "control", "run", "maintain", "manage", "host", "offer", "provide", "publish",
    "develop", "build",
];

/// Verbs of bringing content to the reader: content they provide, serve
/// or tailor is the service's, not the reader's ("to provide content and
/// ads", "delivering relevant content", "customize the advertising and
/// content you see").
#[rustfmt::skip]
pub(super) const SERVING: &[&str] = &[
    "provide", "provides", "providing", "deliver", "delivers", "delivering", "serve", "serves",
    "serving", "served", "show", "shows", "showing", "display", "displays", "displaying", "offer",
    "offers", "offering", "offered", "present", "presenting", "recommend", "recommending",
    "personalize", "personalise", "personalizing", "personalising", "customize", "customise",
    "customizing", "customising", "tailor", "tailoring", "improve", "improving",
];

/// Verbs of the reader taking in what is served: "the content you see".
#[rustfmt::skip]
pub(super) const VIEWING: &[&str] = &[
    "see", "view", "viewed", "watch", "watched", "read", "access", "accessed", "receive", "find",
];

/// What a service serves beside its content: "our ads and content",
/// "advertisements and other content", "content, advertising, and
/// functionality".
#[rustfmt::skip]
pub(super) const SERVED_ALONG: &[&str] = &[
    "ads", "ad", "advertising", "advertisements", "adverts", "functionality", "features",
    "offerings", "offers", "products", "services", "games", "promotions",
];

/// Words that make content the reader's own: "your content", "content you
/// post", "user content".
#[rustfmt::skip]
pub(super) const CONTENT_OWNERS: &[&str] = &[
    "your", "you", "user", "users", "their", "member", "members", "customer", "customers",
    "personal", "private",
];

/// Words that go on a clause after a name used alone as an object: "who
/// do not use Facebook to join", "use Acme and share …".
#[rustfmt::skip]
pub(super) const NAME_FOLLOWERS: &[&str] = &[
    "to", "and", "or", "for", "in", "on", "at", "when", "if", "so", "because", "as", "while",
    "from", "with",
];

/// What a reader uses that is the service itself: "by using the site",
/// "when you use our apps".
#[rustfmt::skip]
pub(super) const USED_SERVICES: &[&str] = &[
    "site", "sites", "website", "websites", "web", "service", "services", "app", "apps",
    "application", "applications", "platform", "marketplace", "products", "product", "software",
    "features", "game", "games",
];

/// Verbs of a person's going to or running a site or app: "the websites
/// you visit", "the apps you use" name a record of the person's doings.
#[rustfmt::skip]
pub(super) const VISITING: &[&str] = &[
    "visit", "visited", "use", "used", "browse", "browsed", "install", "installed", "download",
    "downloaded", "open", "opened",
];

/// Whether a clause may use "license" as a verb (see
/// `read_licensing_verbs`): the cheap test, asked before a clause is
/// analysed and again by the reader.
pub(super) fn may_license(norm: &str) -> bool {
    norm.contains(" licen")
}

/// Verbs by which a subject lets the company act ("Cookies help us
/// understand …", "Location data allows us to …"): with data as the
/// subject, a use of it (see `read_enabling_data`).
#[rustfmt::skip]
pub(super) const ENABLING_US: &[&str] = &[
    "help", "helps", "allow", "allows", "enable", "enables", "let", "lets",
];

/// Whether a clause may say that data helps or allows the company to act
/// ("… helps us …"): the cheap test before [`ENABLING_US`] is looked for
/// word by word.
pub(super) fn enables_us(norm: &str) -> bool {
    // (`contains` first: its search is the fast one, and most clauses
    // have no " us ".)
    norm.contains(" us ")
        && norm.match_indices(" us ").any(|(at, _)| {
            let before = &norm[..at];
            let verb = before.rsplit(' ').next().unwrap_or(before);
            ENABLING_US.contains(&verb)
        })
}

/// Words that open the circumstance a choice is made in, where an act is
/// said to go on past it: "if you opt out", "after you turn off", "even
/// when it is paused".
pub(super) const CONCESSION_OPENERS: &[&str] =
    &["if", "when", "after", "once", "while", "whenever"];

/// How many words before a choice its opener may stand: "if you later
/// decide to opt out".
pub(super) const CONCESSION_REACH: usize = 6;

/// Words that say a setting is switched off: "when telemetry is off",
/// "with these settings turned off", "while it is paused".
pub(super) const SWITCHED_OFF: &[&str] = &["off", "disabled", "paused", "deactivated"];
