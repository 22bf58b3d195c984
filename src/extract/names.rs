//! Companies a policy names in passing: "a service called AddThis", "we
//! partner with Adzerk", "Recurly, Inc.", "provided by Zipscene". No
//! vocabulary lists every vendor, so the policy's own wording teaches the
//! extractor its third parties; every other mention of the name then reads
//! as a named company ("Adzerk will set a cookie …").

use super::Extractor;
use super::scan::Scan;
use super::words::CORPORATE_SUFFIXES;
use crate::taxonomy::{Hit, normalize, word_spans};

/// Words before which a capitalised name is a company's: "a tool called X",
/// "partner with X", "provided by X", "our payment processor, X,".
const NAMING: &[&str] = &["called", "named"];
/// Nouns a "called" or "named" must follow to name a company, not a feature.
#[rustfmt::skip]
const VENDOR_NOUNS: &[&str] = &[
    "service", "services", "company", "companies", "tool", "tools", "provider", "providers",
    "vendor", "vendors", "partner", "partners", "platform", "network", "processor", "technology",
    "firm", "program", "plugin", "widget", "product",
];
/// Verbs after which "with X" names a company.
#[rustfmt::skip]
const PARTNERING: &[&str] = &[
    "partner", "partners", "partnered", "partnering", "contract", "contracts", "contracted",
];
/// Verbs of disclosure after which "with X" or "to X" names whom it
/// reaches, within [`DISCLOSURE_REACH`] words.
#[rustfmt::skip]
const DISCLOSING: &[&str] = &[
    "share", "shares", "shared", "sharing", "disclose", "discloses", "disclosed", "disclosing",
    "sell", "sells", "sold", "transfer", "transfers", "transferred", "provide", "provides",
    "provided", "send", "sends", "sent",
];
/// How many words back from "with" or "to" the verb may stand.
const DISCLOSURE_REACH: usize = 8;
/// Verbs of parting with data after which "to X" names whom it reaches.
#[rustfmt::skip]
const PARTING: &[&str] = &[
    "sell", "sells", "sold", "disclose", "discloses", "disclosed", "transfer", "transfers",
    "transferred",
];
/// Words that may follow a name where it ends: "with Zentrix for …".
#[rustfmt::skip]
const NAME_ENDS: &[&str] = &[
    "for", "to", "so", "in", "and", "or", "who", "which", "that", "when", "if", "as", "under",
    "through", "on", "at", "by", "via", "because", "where", "upon", "only", "unless", "except",
];
/// Participles after which "by X" names the company that does it.
#[rustfmt::skip]
const AGENT_OF: &[&str] = &[
    "provided", "operated", "powered", "hosted", "administered", "processed", "served",
    "delivered", "owned", "managed", "supplied", "offered", "run", "collected", "gathered",
];
/// Verbs after which a capitalised name, a corporate suffix and "to / for
/// / as" name a company used for something: "we use Zipscene LLC to help us
/// operate" (without the suffix, a product: "we use Chrome to …").
#[rustfmt::skip]
const USING: &[&str] = &[
    "use", "uses", "using", "utilize", "utilizes", "engage", "engages", "employ", "employs",
];
/// Regions a company's entity may be named for ("Yahoo EMEA Limited").
#[rustfmt::skip]
const REGIONS: &[&str] = &[
    "emea", "uk", "eu", "eea", "usa", "us", "apac", "americas", "europe", "asia", "pacific",
    "ireland", "international", "global", "worldwide", "holdings", "united", "delaware", "u.s",
    "u.s.a", "u.k",
];
/// Words any company's name may hold ("… Technology Co", "… Operations
/// Limited"): alone (or with a region), no name.
#[rustfmt::skip]
const CORPORATE_WORDS: &[&str] = &[
    "co", "company", "companies", "operations", "technology", "technologies", "solutions",
    "systems", "group", "labs", "media", "digital", "software", "networks", "network",
    "communications", "enterprises", "ventures", "consulting", "private", "public", "pty",
    "kingdom", "trading", "services", "service", "partners", "management", "payment", "payments",
];
/// Capitalised words that open no company's name (headings, sentence
/// openers, the policy's own vocabulary).
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "the", "this", "that", "these", "those", "our", "we", "you", "your", "us", "it", "its", "they",
    "their", "such", "any", "all", "other", "some", "each", "certain", "a", "an", "and", "or",
    "privacy", "policy", "terms", "site", "sites", "service", "services", "website", "websites",
    "web", "app", "apps", "application", "company", "partner", "partners", "third", "personal",
    "information", "data", "united", "european", "federal", "state", "internet", "online",
    "mobile", "social", "customer", "user", "users", "member", "members", "section", "please",
    "if", "when", "for", "in", "on", "at", "to", "by", "with", "i", "no", "not",
];
/// Words a policy's title puts between its owner's name and "Privacy
/// Policy" ("Teads User Privacy Policy", "Zillow Group Website Privacy
/// Notice") or uses alone for whom or what the policy covers ("Candidate
/// Privacy Notice", "Consumer Health Data Privacy Notice").
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "group", "general", "global", "candidate", "candidates", "employee", "employees", "applicant",
    "applicants", "careers", "career", "workplace", "former", "consumer", "consumers", "health",
    "supplemental", "supplementary", "additional", "community", "survey", "demographic", "region",
    "regional", "specific", "children", "kids", "minors", "student", "students", "recruitment",
    "job", "jobs", "platform", "email", "cookie", "cookies", "full", "updated", "new", "summary",
    "short", "international", "corporate", "product", "products", "business", "enterprise",
    "developer", "developers", "marketing", "store", "shop", "visitor", "visitors", "client",
    "clients", "patient", "patients", "partner", "vendor", "supplier", "suppliers", "main",
];
/// The sentences a policy names itself in ("This policy describes how
/// Foocorp …"): a name they mention is the company's own, or its group's.
const NAMED_FIRST: usize = 3;
/// What a sentence holds when it may name a company through a frame
/// above (a cheap test before reading its words).
#[rustfmt::skip]
const CUES: &[&str] = &[
    "called", "named", "artner", "ontract", "ed by", "Inc", "LLC", "Ltd", "Corp", "GmbH", "plc",
    "imited", "L.L.C", "vider,", "ndor,", "essor,", "ervice,", "ompany,", "atform,", "etwork,",
    "ool,", "echnology,", "irm,", "rogram,", "lugin,", "idget,", "roduct,",
];
/// A name mentioned more often than this is the company's own.
const MAX_MENTIONS: usize = 6;
/// At most this many words make a name.
const NAME_WORDS: usize = 3;

/// A word of the original text: its bare form (punctuation trimmed) and
/// whether punctuation closed it.
struct Word<'a> {
    bare: &'a str,
    closed: bool,
    /// Closed by a comma: a list may go on.
    comma: bool,
}

fn words(text: &str) -> Vec<Word<'_>> {
    text.split_whitespace()
        .map(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
            let bare = bare
                .strip_suffix("'s")
                .or_else(|| bare.strip_suffix("’s"))
                .unwrap_or(bare);
            Word {
                bare,
                closed: w.ends_with([',', '.', ';', ':', ')', '"']) || w.ends_with("'s"),
                comma: w.ends_with(','),
            }
        })
        .collect()
}

/// Whether a word can be part of a name: capitalised, two letters at
/// least, and none of the words a policy capitalises for other reasons.
fn capitalised(w: &Word) -> bool {
    w.bare.len() >= 2
        && w.bare
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase())
        && !is_in(NOT_NAMES, w.bare)
}

/// The name starting at word `i` (after an optional "the"), up to
/// [`NAME_WORDS`] capitalised words, stopping after a closed one.
fn name_at(ws: &[Word], mut i: usize) -> Option<String> {
    if ws
        .get(i)
        .is_some_and(|w| w.bare.eq_ignore_ascii_case("the") && !w.closed)
    {
        i += 1;
    }
    let mut parts = Vec::new();
    while let Some(w) = ws.get(i) {
        if parts.len() == NAME_WORDS || !capitalised(w) || is_in(CORPORATE_SUFFIXES, w.bare) {
            break;
        }
        parts.push(w.bare);
        i += 1;
        if w.closed {
            break;
        }
    }
    // ("The Council of Better Business Bureaus": a longer name than the
    // words read, left to the vocabulary.)
    let longer = ws.get(i).is_some_and(|w| w.bare == "of" && !w.closed)
        && ws.get(i + 1).is_some_and(capitalised);
    (!parts.is_empty() && !longer).then(|| parts.join(" "))
}

/// The name a disclosure reaches after "with" or "to" at word `at`, by a
/// name that ends there: "we share your listening history with
/// Spotify.", "… sell it to Zentrix for analytics" (not "with Trusted
/// Partners", whose name goes on in words no name holds, nor "Chinese
/// authorities").
fn reached_name(ws: &[Word], at: usize) -> Option<String> {
    name_at(ws, at + 1).filter(|name| {
        let last = at + name.split(' ').count();
        let parts: Vec<&Word> = ws[at + 1..=last].iter().collect();
        // (A role a policy capitalises as a defined term is no name: "with
        // Uploaders, Payment … Providers".)
        let role = parts.len() == 1
            && ["ers", "ors", "ants", "ents"]
                .iter()
                .any(|e| parts[0].bare.ends_with(e));
        !role
            && !generic_name(&ws[at + 1..=last])
            && (ws[last].closed || ws.get(last + 1).is_none_or(|n| is_in(NAME_ENDS, n.bare)))
    })
}

/// The name ending right before word `i` (a corporate suffix): its
/// capitalised words back to [`NAME_WORDS`], joined by "of", "and", "&" or
/// "for" ("Audit Bureau of Circulations", "Procter & Gamble"); a comma
/// may stand only before the suffix ("Recurly, Inc").
fn name_before(ws: &[Word], i: usize) -> Option<String> {
    const JOINERS: &[&str] = &["of", "and", "&", "for"];
    let mut j = i;
    let mut capitals = 0;
    while j > 0 && capitals < NAME_WORDS {
        let w = &ws[j - 1];
        // (Another name's suffix ends it: "Atlassian Pty Ltd and Atlassian,
        // Inc.".)
        if (j < i && w.closed) || is_in(CORPORATE_SUFFIXES, w.bare) {
            break;
        }
        if capitalised(w) {
            capitals += 1;
        } else if !(is_in(JOINERS, w.bare)
            && j < i
            && j >= 2
            && capitalised(&ws[j - 2])
            && !ws[j - 2].closed)
        {
            break;
        }
        j -= 1;
    }
    // (No name opens on a joiner.)
    while j < i && is_in(JOINERS, ws[j].bare) {
        j += 1;
    }
    // (Nor are a region and words of any company alone a name: "Yahoo!
    // EMEA Limited" split at its "!" leaves "EMEA Limited"; "Atlassian
    // (UK) Operations Limited", "Operations Limited".)
    (j < i && !generic_name(&ws[j..i])).then(|| {
        ws[j..i]
            .iter()
            .map(|w| w.bare)
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Whether a name's words are only a region and words any company's name
/// holds ("EMEA", "Operations", "UK Services"): no name of its own.
fn generic_name(ws: &[Word]) -> bool {
    ws.iter()
        .all(|w| is_in(REGIONS, w.bare) || is_in(CORPORATE_WORDS, w.bare))
}

/// Whether a word is in a list, whatever its case.
fn is_in(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// How a policy's title names an owner the vocabulary does not know:
/// as written ("Vinted") and normalised ("vinted").
pub(super) struct TitledName {
    pub(super) written: String,
    pub(super) norm: String,
}

impl TitledName {
    /// Whether a clause's text names it: as written, a word of its own
    /// ("Vinted may share", not "Vintedly").
    pub(super) fn named_in(&self, text: &str) -> bool {
        stands_alone(text, &self.written, char::is_alphanumeric)
    }

    /// Whether a clause's text has it in lower case, as a common word
    /// ("Match Privacy Policy" and "we match your profile").
    /// (Not in an address: "www.vinted.com", "privacy@vinted.com".)
    pub(super) fn lowered_in(&self, text: &str) -> bool {
        self.norm != self.written
            && stands_alone(text, &self.norm, |c| {
                c.is_alphanumeric() || matches!(c, '.' | '/' | '@' | '-')
            })
    }
}

/// Whether `name` stands in `text` with no character that `joins` on
/// either side.
fn stands_alone(text: &str, name: &str, joins: impl Fn(char) -> bool) -> bool {
    text.match_indices(name).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + name.len()..].chars().next();
        !before.is_some_and(&joins) && !after.is_some_and(&joins)
    })
}

impl Extractor {
    /// The name a policy's title gives its owner when the vocabulary does
    /// not know it: "Vinted Privacy Policy", "Bitwarden Inc. Privacy
    /// Policy", "Teads User Privacy Policy". Its corporate suffix and the
    /// words for whom the policy covers are no part of it; a title naming
    /// only those ("Candidate Privacy Notice", "Our Privacy Policy"), a
    /// possessive ("Match's Privacy Policy" cites another's) or a term the
    /// vocabulary reads ("Google Cloud", "Email Protection", "California")
    /// names no unknown owner.
    pub(super) fn titled_names(&self, title: &str) -> Vec<TitledName> {
        let at = ["Privacy Policy", "Privacy Notice", "Privacy Statement"]
            .iter()
            .filter_map(|t| title.find(t))
            .min();
        at.map(|at| self.names_ending(&title[..at]))
            .unwrap_or_default()
    }

    /// The names an opening sentence defines as the company's: a quoted
    /// name beside a quoted "we" ("Atlassian Pty Ltd and our affiliates
    /// (“Atlassian”, “we”, “us”)"), or the name after an opening "We are"
    /// ("We are Booking.com and this privacy notice is …"). Checked as a
    /// title's are ([`Extractor::titled_names`]).
    pub(super) fn defined_names(&self, text: &str) -> Vec<TitledName> {
        let mut out = Vec::new();
        let quoted = |q: &str| {
            q.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | ',' | ' '))
                .to_string()
        };
        // (“X”, “we” …): the quoted name right before the quoted "we".
        for (i, _) in text.match_indices(['“', '"']) {
            let rest = &text[i + text[i..].chars().next().map_or(1, char::len_utf8)..];
            let Some(end) = rest.find(['”', '"']) else {
                continue;
            };
            let after = rest[end..].trim_start_matches(['”', '"', ',', ' ']);
            let after = after
                .strip_prefix("or ")
                .or_else(|| after.strip_prefix("and "))
                .unwrap_or(after);
            if ["“we”", "\"we\"", "“We”", "\"We\"", "“us”", "\"us\""]
                .iter()
                .any(|w| after.starts_with(w))
            {
                out.push(quoted(&rest[..end]));
            }
        }
        if let Some(rest) = text.trim_start().strip_prefix("We are ") {
            let name: Vec<&str> = rest
                .split_whitespace()
                .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                .take(NAME_WORDS)
                .collect();
            if !name.is_empty() {
                out.push(name.join(" ").trim_end_matches([',', '.']).to_string());
            }
        }
        out.iter().flat_map(|n| self.names_ending(n)).collect()
    }

    /// The unknown company names the words of `head` end on, once the
    /// words for what a policy covers and a corporate suffix are set aside
    /// (see [`Extractor::titled_names`]): the brand, and the brand with its
    /// address where it has one.
    fn names_ending(&self, head: &str) -> Vec<TitledName> {
        let head = head.trim_end();
        if head.ends_with("'s") || head.ends_with("’s") {
            return Vec::new();
        }
        let mut ws = words(head);
        // Back over the words for whom or what the policy covers and the
        // corporate suffix ("Zillow Group Website Privacy Notice", "Bitwarden
        // Inc. Privacy Policy"), then the name is the capitalised words
        // before them ("This Twitch Privacy Notice", "Welcome to the Vimeo
        // Privacy Policy").
        while ws.last().is_some_and(|w| {
            is_in(CORPORATE_SUFFIXES, w.bare)
                || is_in(TITLE_WORDS, w.bare)
                || is_in(NOT_NAMES, w.bare)
        }) {
            ws.pop();
        }
        let run = ws.iter().rev().take_while(|w| capitalised(w)).count();
        ws.drain(..ws.len() - run);
        // (Words of their own: "Binance Services. This Privacy Notice" is a
        // sentence's end and another's start.)
        if ws.is_empty() || ws.len() > NAME_WORDS || ws.iter().any(|w| w.closed) {
            return Vec::new();
        }
        // ("Twitch.tv Privacy Notice": the brand, not its address; but
        // "Booking.com" where the brand alone is a common word.)
        let brand = |w: &Word<'_>| -> String {
            match w.bare.split_once('.') {
                Some((brand, tld))
                    if (2..=4).contains(&tld.len())
                        && tld.bytes().all(|b| b.is_ascii_lowercase()) =>
                {
                    brand.to_string()
                }
                _ => w.bare.to_string(),
            }
        };
        let short: Vec<String> = ws.iter().map(brand).collect();
        let full: Vec<&str> = ws.iter().map(|w| w.bare).collect();
        let mut names = vec![short.join(" ")];
        if full.join(" ") != names[0] {
            names.push(full.join(" "));
        }
        names
            .into_iter()
            .map(|written| {
                let norm = normalize(&written);
                TitledName { written, norm }
            })
            .filter(|n| !n.norm.is_empty() && self.matcher.find(&n.norm).is_empty())
            .collect()
    }

    /// The names one sentence gives companies through a frame, as the
    /// matcher's normal form has them (kept with the sentence's scan, so
    /// read once per text however many versions repeat it). Names the
    /// vocabulary already knows are left to it.
    pub(super) fn named_in(&self, text: &str) -> Box<[String]> {
        // (Most sentences capitalise no word past their first, or hold
        // none of the frames' words: two cheap tests first.)
        let capital = text
            .as_bytes()
            .windows(2)
            .any(|w| w[0] == b' ' && w[1].is_ascii_uppercase());
        // (A name a disclosure reaches follows "with " or "to ": "… with
        // Spotify".)
        let reached = || {
            ["with ", "to "].iter().any(|p| {
                text.match_indices(p).any(|(at, _)| {
                    text.as_bytes()
                        .get(at + p.len())
                        .is_some_and(u8::is_ascii_uppercase)
                })
            })
        };
        if !capital || !(CUES.iter().any(|c| text.contains(c)) || reached()) {
            return Box::default();
        }
        let mut out: Vec<String> = Vec::new();
        let ws = words(text);
        let mut listed: Vec<String> = Vec::new();
        for i in 0..ws.len() {
            let w = ws[i].bare;
            let prev_in = |n: usize, list: &[&str]| i >= n && is_in(list, ws[i - n].bare);
            let found = if (is_in(NAMING, w) && (1..=4).any(|n| prev_in(n, VENDOR_NOUNS)))
                || (w.eq_ignore_ascii_case("with") && prev_in(1, PARTNERING))
                || (w.eq_ignore_ascii_case("by") && prev_in(1, AGENT_OF))
            {
                name_at(&ws, i + 1)
            } else if !ws[i].closed
                && ((w.eq_ignore_ascii_case("with")
                    && (1..=DISCLOSURE_REACH).any(|n| prev_in(n, DISCLOSING)))
                    || (w.eq_ignore_ascii_case("to")
                        && (1..=DISCLOSURE_REACH).any(|n| prev_in(n, PARTING))))
            {
                // Whom a disclosure reaches (`reached_name`; "to" only after
                // a sale or transfer: "send a text to John Smith").
                // (And the names listed after it: "with Google Maps and
                // Foursquare", "with Spotify, Deezer or Tidal".)
                let mut at = i;
                while let Some(name) = reached_name(&ws, at) {
                    let last = at + name.split(' ').count();
                    let joined = ws
                        .get(last + 1)
                        .filter(|n| is_in(&["and", "or", "&"], n.bare) && !n.closed);
                    let comma = ws[last].comma;
                    listed.push(name);
                    at = match (joined, comma) {
                        (Some(_), _) => last + 1,
                        (None, true) if ws.get(last + 1).is_some() => last,
                        _ => break,
                    };
                }
                (!listed.is_empty()).then(|| listed.remove(0))
            } else if is_in(USING, w) && !ws[i].closed {
                // "We use Recurly, Inc to provide billing": the name, a
                // corporate suffix (without one, a product: "we use
                // Chrome to …"), then what it is used for.
                name_at(&ws, i + 1).filter(|name| {
                    let j = i + 1 + name.split(' ').count();
                    ws.get(j).is_some_and(|x| is_in(CORPORATE_SUFFIXES, x.bare))
                        && ws
                            .get(j + 1)
                            .is_some_and(|x| is_in(&["to", "for", "as"], x.bare))
                })
            } else if i > 0
                && is_in(CORPORATE_SUFFIXES, w)
                && w.starts_with(|c: char| c.is_ascii_uppercase())
            {
                // A name before a corporate suffix that a disclosure
                // reaches: "with the Audit Bureau of Circulations Ltd", "to
                // Acme Inc". (Elsewhere, "This policy covers Vimeo.com,
                // Inc.", the company's own entities are named so.)
                name_before(&ws, i).filter(|name| {
                    let mut k = i - name.split(' ').count();
                    if k > 0 && ws[k - 1].bare.eq_ignore_ascii_case("the") {
                        k -= 1;
                    }
                    k > 0 && is_in(&["with", "to"], ws[k - 1].bare) && !ws[k - 1].closed
                })
            } else if ws[i].closed
                && w.bytes().all(|c| c.is_ascii_lowercase())
                && is_in(VENDOR_NOUNS, w)
            {
                // An apposition: "our advertising partner, Adzerk, will …",
                // "a third-party service provider, OpenWeb Technologies Ltd,
                // to …".
                name_at(&ws, i + 1).filter(|name| {
                    let j = i + name.split(' ').count();
                    ws.get(j).is_some_and(|n| n.closed)
                        || ws
                            .get(j + 1)
                            .is_some_and(|n| n.closed && is_in(CORPORATE_SUFFIXES, n.bare))
                })
            } else {
                None
            };
            for name in found.into_iter().chain(listed.drain(..)) {
                let norm = normalize(&name);
                // Known to the vocabulary, whatever it means there (a data
                // term, a recipient, a company): not learnt.
                let known = self
                    .matcher
                    .find(&norm)
                    .iter()
                    .any(|h| h.start == 0 || h.end == norm.len());
                if !known && !norm.is_empty() && !out.contains(&norm) {
                    out.push(norm);
                }
            }
        }
        out.into()
    }

    /// The companies a document (or a policy in a run of sentences) names
    /// in passing: the names its sentences give companies, less the
    /// company's own. The company itself is named in its first sentences,
    /// and named often ("This site is operated by The Atlantic"); so is the
    /// brand of its group ("other Badoo Group platforms"). A vendor is
    /// named in passing.
    pub(super) fn learned_names<'a>(&self, scans: impl Iterator<Item = &'a Scan>) -> Vec<String> {
        let scans: Vec<&Scan> = scans.collect();
        let mut out: Vec<String> = Vec::new();
        for scan in &scans {
            for name in scan.named.iter() {
                if !out.contains(name) {
                    out.push(name.clone());
                }
            }
        }
        if !out.is_empty() {
            let opening: Vec<&str> = scans
                .iter()
                .take(NAMED_FIRST)
                .flat_map(|s| s.norm.split(|c: char| !c.is_alphanumeric() && c != '.'))
                .collect();
            out.retain(|name| {
                let brand = name.split(' ').next().unwrap_or_default();
                let mentions =
                    |n: &str| -> usize { scans.iter().map(|s| s.norm.matches(n).count()).sum() };
                // (A name opening on a brand the policy uses often is the
                // group's: "Airbnb Insurance Agency LLC".)
                !opening.contains(&brand)
                    && mentions(name) <= MAX_MENTIONS
                    && (brand == name || mentions(brand) <= MAX_MENTIONS)
            });
        }
        out.sort();
        out
    }

    /// A clause's scan with the learnt names it mentions as named
    /// companies, where no other term covers them; `None` when it mentions
    /// none.
    pub(super) fn with_learned(&self, scan: &Scan, learned: &[String]) -> Option<Scan> {
        let pattern = self.company_pattern?;
        let mut extra: Vec<Hit> = Vec::new();
        for name in learned {
            if !scan.norm.contains(name.as_str()) {
                continue;
            }
            // (As the scan splits words: "authorize.net" is two.)
            let parts: Vec<&str> = word_spans(name).iter().map(|&(s, e)| &name[s..e]).collect();
            for i in 0..scan.words.len() {
                if i + parts.len() > scan.words.len() {
                    break;
                }
                let word = |j: usize| &scan.norm[scan.words[j].0..scan.words[j].1];
                let last = i + parts.len() - 1;
                let matches = parts.iter().enumerate().all(|(n, p)| {
                    let w = word(i + n);
                    w == *p
                        || (i + n == last
                            && (w.strip_suffix("'s") == Some(p) || w.strip_suffix('\'') == Some(p)))
                });
                let start = scan.words[i].0;
                // (Word for word, as one phrase: not across punctuation.)
                if !matches || !scan.norm[start..].starts_with(name.as_str()) {
                    continue;
                }
                let end = start + name.len();
                let taken = scan
                    .hits
                    .iter()
                    .chain(&extra)
                    .any(|h| h.start < end && start < h.end);
                if !taken {
                    extra.push(Hit {
                        start,
                        end,
                        pattern,
                    });
                }
            }
        }
        if extra.is_empty() {
            return None;
        }
        let mut patched = scan.clone();
        patched.hits.extend(extra);
        patched.hits.sort_by_key(|h| h.start);
        patched.names_company = true;
        Some(patched)
    }
}
