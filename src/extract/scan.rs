//! A clause's words and terms, found once and reused.

use super::Extractor;
use super::words::{MADE_PUBLIC_WORDS, MAKING, PAST_MADE_PUBLIC};
use crate::taxonomy::{Hit, Kind, Target, normalize, word_spans};
use std::sync::{Arc, OnceLock};

/// A clause's normalised text, its words and the terms found in it.
#[derive(Clone)]
pub(super) struct Scan {
    pub(super) norm: Arc<str>,
    pub(super) key: u64,
    pub(super) word_set: Arc<OnceLock<Box<[u64]>>>,
    /// Byte spans of its words (shared with what it says: [`super::said`]).
    pub(super) words: Arc<[(usize, usize)]>,
    pub(super) hits: Vec<Hit>,
    /// Reads as a title ("Other Circumstances When Your Data May Be
    /// Shared"): it names a topic, it states no practice.
    pub(super) title: bool,
    /// Asks a question (with its mark, or printed without one:
    /// [`is_bare_question`]): it names a topic, it states no practice.
    pub(super) question: bool,
    /// Has a pronoun subject ("they", "these companies"): its practices
    /// depend on the sentence before. Kept with the scan, like the next
    /// flag, because every version asks it of every clause.
    pub(super) pronoun: bool,
    /// Names a company (a candidate for the document's own name).
    pub(super) names_company: bool,
    /// Names it gives companies in passing ("a service called X").
    pub(super) named: Box<[String]>,
    /// What it says beside its practices, read when first asked and
    /// shared by every version that repeats the sentence.
    pub(super) said: Arc<std::sync::OnceLock<super::said::Statements>>,
}

/// Whether a text reads as a heading: short, no closing full stop, and its
/// longer words capitalised. Pages flatten headings into the text they
/// head, so a heading can reach extraction as a clause of its own.
pub(super) fn is_title(text: &str) -> bool {
    let text = text.trim();
    if text.ends_with(['!', '?', ',']) || text.contains(". ") {
        return false;
    }
    // A full stop (or a semicolon) may close a heading a page ran into its
    // text ("Other Information Collected And Shared Within Our Services.");
    // then every longer word must be capitalised.
    let closed = text.ends_with(['.', ';']);
    let text = text.trim_end_matches(['.', ';']);
    // A table of contents flattened into one line: headings in title case
    // separated by commas ("When Your Data May Be Shared, Managing Your
    // Information, Other Information."). (Not a sentence in capitals:
    // "WE MAY SHARE IT WITH PARTNERS, INCLUDING ADVERTISERS" shouts.)
    // (Only adds titles: "Sharing, Disclosure and Transfer" is one heading
    // whatever its first word makes alone.)
    // (A comma with nothing before it is a separator the page left over:
    // ", How We Use and Share Your Information, Other Circumstances".)
    if text.contains(',')
        && text.chars().any(char::is_lowercase)
        && text
            .trim_start_matches([',', ' '])
            .split(',')
            .all(|h| is_title(h.trim()))
    {
        return true;
    }
    // A short heading in sentence case opening on a gerund: "Sharing your
    // information", "Using cookies" (a statement has a subject first).
    if !closed
        && text.split_whitespace().next().is_some_and(|w| {
            w.len() > 4 && w.ends_with("ing") && w.starts_with(|c: char| c.is_uppercase())
        })
        && (2..=6).contains(&text.split_whitespace().take(7).count())
    {
        return true;
    }
    // The longer words (more than three letters), how many of them open on
    // a capital: one pass that stops as soon as the answer is no (most
    // clauses are sentences, and say so within their first few words).
    const MAX_WORDS: usize = 12;
    // (Longer, a table of contents run together without commas: "Types of
    // Information We Collect How We Collect Your Information Sharing Your
    // Information with Other Companies Your Controls and Choices".)
    const MAX_CONTENTS_WORDS: usize = 80;
    let (mut long, mut lower) = (0usize, 0usize);
    for w in text.split_whitespace() {
        if w.chars().filter(|c| c.is_alphabetic()).nth(3).is_none() {
            continue;
        }
        long += 1;
        if !w
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
        {
            lower += 1;
        }
        // Too long for a heading; or (closed) a word in lower case; or
        // (open) more lower-case words than a heading of MAX_WORDS (or a
        // table of contents of as many words as come) allows: four in five
        // must be capitalised.
        if long > MAX_CONTENTS_WORDS || (closed && lower > 0) || lower * 5 > long.max(MAX_WORDS) {
            return false;
        }
    }
    let capital = long - lower;
    if long > MAX_WORDS {
        // (Not a statement in capitals, which shouts.)
        return !closed && text.chars().any(char::is_lowercase) && capital * 5 >= long * 4;
    }
    if closed {
        // (Not a sentence in capitals: "IF YOU DO NOT AGREE, DO NOT USE
        // THE SITE." shouts a statement.)
        let shouted = !text.chars().any(char::is_lowercase);
        return !shouted && !text.contains(',') && (3..=MAX_WORDS).contains(&long);
    }
    (2..=MAX_WORDS).contains(&long) && capital * 5 >= long * 4
}

/// Whether a clause is a question its page printed without a question
/// mark, a heading or an entry of a table of contents: an interrogative
/// (at most two words of its phrase after it) then an auxiliary and its
/// subject ("How do I opt out from receiving emails", "What information
/// do we collect"), or an auxiliary and its subject first ("Is my
/// information protected"). A stop ends a statement: "Do not share your
/// password." bids. A question closed by a dash, as some pages (and
/// OPP-115's sanitised texts) print its mark, may be of any length: "How
/// can you deactivate your account or correct information that we have
/// about you-".
/// (`dash_closed`: the clause's text, before normalising drops dashes,
/// ends on one.)
pub(super) fn is_bare_question(norm: &str, dash_closed: bool) -> bool {
    // (Short: a heading's text run on after it, "What we collect We
    // collect your name and email address", states.)
    if norm.ends_with(['.', '!', ';', ':'])
        || (!dash_closed && norm.split_whitespace().nth(14).is_some())
    {
        return false;
    }
    let words: Vec<&str> = norm.split_whitespace().take(6).collect();
    let opens = usize::from(matches!(words.first(), Some(&"with" | &"to" | &"from")));
    let inverted_at = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| QUESTION_AUXILIARIES.contains(w))
            && words
                .get(k + 1)
                .is_some_and(|w| QUESTION_SUBJECTS.contains(w))
    };
    inverted_at(0)
        || (words.get(opens).is_some_and(|w| INTERROGATIVES.contains(w))
            && (opens + 1..=opens + 3).any(inverted_at))
}

/// Auxiliaries that open a question before their subject ("do we", "is
/// my"): not "not", "also" or "never", which open statements and biddings.
#[rustfmt::skip]
const QUESTION_AUXILIARIES: &[&str] = &[
    "do", "does", "did", "can", "could", "will", "would", "should", "is", "are", "may",
];
/// The subjects (or their first words) an inverted auxiliary asks about.
#[rustfmt::skip]
const QUESTION_SUBJECTS: &[&str] = &[
    "i", "we", "you", "they", "it", "my", "your", "our", "their", "this", "the",
];
/// Words that open a question.
#[rustfmt::skip]
const INTERROGATIVES: &[&str] = &["how", "what", "when", "where", "why", "who", "whom", "which"];

/// Nouns for the companies of a group: "other Airbnb entities".
const GROUP_NOUNS: &[&str] = &[
    "companies",
    "entities",
    "businesses",
    "brands",
    "affiliates",
    "subsidiaries",
];
/// Capitalised words before them that name no company: peoples, and the
/// capitals of a title ("other Third Party companies").
#[rustfmt::skip]
const NOT_GROUP_NAMES: &[&str] = &[
    "third", "3rd", "non", "us", "u.s", "u.s.", "eu", "uk", "american", "european", "canadian",
    "british", "chinese", "japanese", "german", "french", "indian", "australian", "irish",
    "korean", "foreign", "international", "global", "affiliated", "unaffiliated", "partner",
    "trusted", "selected", "select",
];

/// A recipient named by pronoun: "accessible to them", "share it with them".
pub(super) const RECIPIENT_PRONOUNS: &[&str] = &[" to them", " with them"];

/// A recipient named by a demonstrative and a word for any party, which
/// stands for the party named before as a pronoun does: "disclose it to
/// these platforms" (the advertising platforms of the sentence before),
/// "share it with those companies"; or by a word for a kind of party that
/// the party before may be named by ("these partners" after "advertising
/// technology partners", which compose checks). (Not "these third
/// parties", a kind of its own that covers every party a list before it
/// named, where the antecedent is one of them: "third-party ad networks,
/// advertisers, and advertising analytics providers … We may share with
/// these third parties".)
///
/// `word(i)` gives the clause's `i`-th of `n` words; the answer is the
/// demonstrative's word index. (Word by word: most clauses hold no
/// demonstrative, and a comparison of short words costs less than a search
/// of the clause per phrase.)
pub(super) fn demonstrative_party<'w>(n: usize, word: impl Fn(usize) -> &'w str) -> Option<usize> {
    #[rustfmt::skip]
    const ANY_PARTY: &[&str] = &[
        "companies", "platforms", "parties", "entities", "organizations", "organisations",
        "businesses", "recipients", "services", "partners", "providers", "vendors",
    ];
    (1..n.saturating_sub(1)).find(|&i| {
        matches!(word(i), "these" | "those")
            && matches!(word(i - 1), "to" | "with")
            && ANY_PARTY.contains(&word(i + 1))
    })
}

impl Extractor {
    /// "Make" with its object between it and "public" makes that object
    /// public: "we may make your profile information public", "we make
    /// certain information about you public, such as your username". The
    /// vocabulary knows the phrase only whole ("make public"); the verb
    /// takes its pattern, and the "public" after the object stays the
    /// audience it reaches.
    fn read_made_public(&self, norm: &str, words: &[(usize, usize)], hits: &mut Vec<Hit>) {
        let word = |i: usize| &norm[words[i].0..words[i].1];
        // (Word comparisons first: most clauses hold neither word.)
        if !(0..words.len()).any(|i| MAKING.contains(&word(i)))
            || !(0..words.len()).any(|i| matches!(word(i), "public" | "publicly"))
        {
            return;
        }
        // ("Public", or "publicly" and the adjective it qualifies: "make
        // your reviews publicly available".)
        let closing = |k: usize| match word(k) {
            "public" => Some(k),
            "publicly"
                if words.get(k + 1).is_some_and(|&(s, e)| {
                    matches!(&norm[s..e], "available" | "accessible" | "visible")
                }) =>
            {
                Some(k + 1)
            }
            _ => None,
        };
        let Some(pattern) = self.matcher.pattern_of("make public") else {
            return;
        };
        let mut added = Vec::new();
        for m in (0..words.len()).filter(|&m| MAKING.contains(&word(m))) {
            // The object runs up to "public" in the same clause, and ends
            // it: not "make public", nor "make it easier for the public".
            let Some((at, k)) = (m + 2..(m + MADE_PUBLIC_WORDS).min(words.len()))
                .take_while(|&k| !norm[words[k - 1].1..words[k].0].contains([';', ':', '.', '(']))
                .find_map(|k| closing(k).map(|end| (k, end)))
            else {
                continue;
            };
            let closes = words.get(k + 1).is_none_or(|&(next, _)| {
                norm[words[k].1..next].contains([',', ';', '.'])
                    || PAST_MADE_PUBLIC.contains(&word(k + 1))
            });
            let data = |h: &Hit| {
                let ts = self.matcher.targets(h.pattern);
                !ts.is_empty() && ts.iter().all(|t| matches!(t, Target::Entry(Kind::Data, _)))
            };
            let object = hits
                .iter()
                .any(|h| h.start > words[m].1 && h.end <= words[at].0 && data(h));
            let free = !hits
                .iter()
                .any(|h| h.start <= words[m].0 && h.end > words[m].0);
            // (Not "make sure that the information is not publicly
            // available": a clause of its own between, no object.)
            let clause_between = (m + 1..at).any(|i| {
                matches!(
                    word(i),
                    "sure" | "is" | "are" | "was" | "were" | "be" | "not"
                )
            });
            if closes && object && free && !clause_between {
                added.push(word_hit(words, m, pattern));
            }
        }
        add_hits(hits, added);
    }

    /// "Your domain administrator will have access to your Google
    /// Account", "partners who gain access to your account": access to the
    /// user's account reaches what it holds, its account information (the
    /// vocabulary leaves "your account" alone, as "log in to your account"
    /// and "delete your account" name no data). Not a place in it: "access
    /// to your account settings".
    fn read_account_access(&self, norm: &str, words: &[(usize, usize)], hits: &mut Vec<Hit>) {
        let word = |i: usize| &norm[words[i].0..words[i].1];
        // (A text search first: most clauses hold no such phrase.)
        if !norm.contains("access to your") {
            return;
        }
        let Some(pattern) = self.matcher.pattern_of("account information") else {
            return;
        };
        let mut added = Vec::new();
        for a in (2..words.len()).filter(|&a| word(a) == "your" && word(a - 1) == "to") {
            if word(a - 2) != "access" {
                continue;
            }
            // "your account", "your Google Account": at most a name between.
            let Some(k) = (a + 1..(a + 3).min(words.len()))
                .find(|&k| matches!(word(k), "account" | "accounts"))
            else {
                continue;
            };
            let place = words.get(k + 1).is_some_and(|&(s, e)| {
                norm[words[k].1..s].trim().is_empty()
                    && matches!(
                        &norm[s..e],
                        "settings" | "page" | "pages" | "preferences" | "dashboard" | "profile"
                    )
            });
            let taken = hits
                .iter()
                .any(|h| h.start < words[k].1 && words[k].0 < h.end);
            if !place && !taken {
                added.push(word_hit(words, k, pattern));
            }
        }
        add_hits(hits, added);
    }

    /// Drops a verb that is a word of a name the policy capitalises
    /// mid-sentence, after another word of it: "shopping features, such as
    /// Paid Transfers", "the TGI Fridays Give Me More Stripes Guest
    /// Recognition Program", "opt out (or Do Not Sell)" transfer, give and
    /// promise nothing. The name's capitalised words must follow a word in
    /// lower case in the same sentence: a run of capitals that opens the
    /// clause is a heading run into its text ("How We Share Your
    /// Information We …") or a sentence in title case, whose verbs stand.
    /// (Nor a heading, nor a sentence in capitals.)
    fn drop_named_verbs(&self, text: &str, words: &[(usize, usize)], hits: &mut Vec<Hit>) {
        let upper = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        // (Most clauses capitalise no word past their first: read no
        // further.)
        if !text.bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
            return;
        }
        let raw = word_spans(text);
        if raw.len() != words.len() {
            return;
        }
        let word = |k: usize| &text[raw[k].0..raw[k].1];
        let named = |k: usize| {
            // Title case: a capital, then a lower-case letter.
            let mut cs = word(k).chars();
            if k < 2
                || !cs.next().is_some_and(char::is_uppercase)
                || !cs.next().is_some_and(char::is_lowercase)
                || !upper(word(k - 1))
            {
                return false;
            }
            let first = (0..k).rev().find(|&j| !upper(word(j))).map_or(0, |j| j + 1);
            first > 0
                && word(first - 1).starts_with(|c: char| c.is_lowercase())
                && !text[raw[first - 1].1..raw[first].0].contains(['.', ':', ';', '!', '?'])
        };
        hits.retain(|h| {
            let Ok(k) = words.binary_search_by_key(&h.start, |w| w.0) else {
                return true;
            };
            !self
                .matcher
                .targets(h.pattern)
                .iter()
                .all(Target::is_action)
                || !named(k)
        });
    }

    /// "Other Airbnb entities", "other BHI brands", "other Atlassian
    /// companies": the companies of the group a name leads are its
    /// affiliates, not third parties ("entities", "companies" alone are).
    /// The name is what the policy capitalises between "other" and a noun
    /// for companies; not a place or a people ("other US companies",
    /// "other European businesses"), nor a heading's capitals ("Other
    /// Companies" has no name).
    fn read_own_group(
        &self,
        text: &str,
        norm: &str,
        words: &[(usize, usize)],
        hits: &mut Vec<Hit>,
    ) {
        // (Most clauses have no "other" followed by a capital: read no
        // further. The words are at hand; the text is searched only then.)
        if !words.iter().any(|&(s, e)| &norm[s..e] == "other")
            || !text
                .match_indices("other ")
                .any(|(i, _)| text[i + 6..].starts_with(|c: char| c.is_uppercase()))
        {
            return;
        }
        let Some(pattern) = self.matcher.pattern_of("group companies") else {
            return;
        };
        let tokens: Vec<&str> = text.split_whitespace().collect();
        let mut added = Vec::new();
        for t in tokens.windows(3) {
            let noun = t[2].trim_end_matches(|c: char| !c.is_alphanumeric());
            if t[0] != "other"
                || !GROUP_NOUNS.contains(&noun)
                || !t[1].starts_with(|c: char| c.is_uppercase())
                || t[1].ends_with(|c: char| !c.is_alphanumeric())
            {
                continue;
            }
            let name = normalize(t[1]);
            if NOT_GROUP_NAMES.contains(&name.as_str())
                || self
                    .matcher
                    .find_in(&name, &word_spans(&name))
                    .iter()
                    .any(|h| {
                        self.matcher
                            .targets(h.pattern)
                            .iter()
                            .any(|t| matches!(t, Target::Jurisdiction(_)))
                    })
            {
                continue;
            }
            let phrase = format!("other {name} {}", normalize(noun));
            let mut from = 0;
            while let Some(at) = norm[from..].find(&phrase).map(|i| i + from) {
                from = at + phrase.len();
                let bounded = (at == 0 || norm.as_bytes()[at - 1] == b' ')
                    && norm[from..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                if bounded {
                    added.push(Hit {
                        start: at + "other ".len(),
                        end: from,
                        pattern,
                    });
                }
            }
        }
        if !added.is_empty() {
            hits.retain(|h| !added.iter().any(|a| h.start < a.end && a.start < h.end));
            hits.extend(added);
            hits.sort_by_key(|h| h.start);
            hits.dedup_by_key(|h| (h.start, h.end));
        }
    }

    pub(super) fn scan(&self, text: &str) -> Scan {
        let norm = normalize(text);
        let words = word_spans(&norm);
        let mut hits = self.matcher.find_in(&norm, &words);
        self.read_made_public(&norm, &words, &mut hits);
        self.read_account_access(&norm, &words, &mut hits);
        self.read_own_group(text, &norm, &words, &mut hits);
        let title = is_title(text);
        if !title {
            self.drop_named_verbs(text, &words, &mut hits);
        }
        self.drop_web_address_words(text, &norm, &mut hits);
        let question = norm.ends_with('?')
            || is_bare_question(
                &norm,
                text.trim_end().ends_with(['-', '\u{2013}', '\u{2014}']),
            );
        Scan {
            question,
            // (A recipient named by pronoun, "share it with them", stands
            // for a party too.)
            pronoun: hits
                .iter()
                .any(|h| self.matcher.targets(h.pattern).contains(&Target::Pronoun))
                || RECIPIENT_PRONOUNS.iter().any(|p| norm.contains(p))
                || demonstrative_party(words.len(), |i| &norm[words[i].0..words[i].1]).is_some(),
            names_company: hits.iter().any(|h| self.names_company(h)),
            key: crate::align::cosmetic_key(&norm),
            said: Arc::default(),
            word_set: Arc::default(),
            norm: norm.into(),
            words: words.into(),
            hits,
            title,
            named: self.named_in(text),
        }
    }

    /// Drops the terms spelled in a web address's path: its words name a
    /// page, not what the sentence says ("deactivate your account at
    /// https://example.com/settings?tab=security" states no purpose of
    /// security). Its host may name a party ("we share it with
    /// www.facebook.com"), and a choice's words stay: a link to "…/opt_out"
    /// is how a page offers one.
    fn drop_web_address_words(&self, text: &str, norm: &str, hits: &mut Vec<Hit>) {
        if !(text.contains("://") || text.contains("www.")) {
            return;
        }
        let spans = web_address_spans(text, norm);
        if spans.is_empty() {
            return;
        }
        hits.retain(|h| {
            !spans.iter().any(|&(a, b)| h.start >= a && h.end <= b)
                || self
                    .matcher
                    .targets(h.pattern)
                    .iter()
                    .any(|t| matches!(t, Target::Entry(Kind::Choice, _)))
        });
    }
}

/// Where the paths of the web addresses of `text` ("https://host/…",
/// "www.host/…", to the next space, less trailing punctuation) lie in its
/// normalised form `norm`.
fn web_address_spans(text: &str, norm: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = ["http://", "https://", "www."]
        .iter()
        .filter_map(|m| text[from..].find(m).map(|k| from + k))
        .min()
    {
        let rest = &text[k..];
        let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let url = rest[..len].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '/');
        from = k + len.max(1);
        let host = url.find("//").map_or(0, |i| i + 2);
        let Some(slash) = url[host..].find('/').map(|i| host + i) else {
            continue;
        };
        let u = normalize(&url[slash..]);
        if u.is_empty() {
            continue;
        }
        // (Its place in `norm`: the normalised text before it is as long,
        // give or take the space normalising collapses.)
        let approx = normalize(&text[..k + slash]).len().saturating_sub(2);
        let at = norm
            .get(approx..)
            .and_then(|r| r.find(&u))
            .map(|i| approx + i);
        if let Some(a) = at {
            out.push((a, a + u.len()));
        }
    }
    out
}

/// A hit of `pattern` on word `k`, which a reading adds to the matcher's.
fn word_hit(words: &[(usize, usize)], k: usize, pattern: usize) -> Hit {
    Hit {
        start: words[k].0,
        end: words[k].1,
        pattern,
    }
}

/// Adds the hits a reading found, keeping the hits sorted by start.
fn add_hits(hits: &mut Vec<Hit>, added: Vec<Hit>) {
    if !added.is_empty() {
        hits.extend(added);
        hits.sort_by_key(|h| h.start);
    }
}
