//! PI-Extract (Bui et al., PoPETs 2021) in its published layout:
//! `DIR/{Share_true,Share_false,CollectUse_true,CollectUse_false}/*.conll03`,
//! CoNLL-2003 BIO files tagging the data objects of one class each.
//!
//! Matching rule: token level. A token counts as predicted for a class when
//! it lies inside the data object of a practice of that class in its
//! sentence: a data term the practice names, with the determiners,
//! possessives and modifiers right before it ("your", "any other",
//! "certain", "personal identification" — the noun phrase the annotators
//! mark, up to four words to its left; a determiner opens it, adjectives
//! joined by "and" or a comma share its head, an adverb grading an
//! adjective belongs to it), and the items listed beside it that no term
//! names (the extractor's object spans take them in). Classes follow the corpus's definitions
//! (as OPP-115's "Third Party Sharing/Collection"): SHARE is sharing or
//! selling, or a third party collecting, using or storing, not negated;
//! NOT_SHARE the same, negated; COLLECT is the company collecting, using or
//! storing (the corpus tags what is stored: "we will not store the
//! information in your contacts list"), not negated; NOT_COLLECT the same,
//! negated. A negated practice with an
//! exception ("we do not share X unless the law requires it") counts for
//! both its classes: it promises, and it states the practice in the
//! excepted cases (the corpus tags such objects under both). A hyphen
//! token inside a predicted phrase ("non - personal information") belongs
//! to it; a trailing "about / regarding / concerning" phrase does not (of
//! "information about you" the corpus marks "information"). A file's
//! sentences are read in order, each after the one before, so a pronoun
//! subject takes the party named just before. The tokens are joined back
//! into the sentence as printed ("companies, which", "user's") and located
//! in it. tp/fp/fn are counted over tokens, against the gold B-/I- tags of
//! the class.

use super::{Counts, EvalReport, SCHEMA};
use crate::Extractor;
use crate::extract::Practice;
use crate::taxonomy::normalize;
use anyhow::{Context, Result, bail};
use std::collections::BTreeMap;
use std::path::Path;

/// (folder, class) pairs of the layout.
const CLASSES: &[(&str, &str)] = &[
    ("Share_true", "SHARE"),
    ("Share_false", "NOT_SHARE"),
    ("CollectUse_true", "COLLECT"),
    ("CollectUse_false", "NOT_COLLECT"),
];

/// Words that open a data object's noun phrase.
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "your", "the", "this", "that", "these", "those", "such", "any", "certain", "some", "our",
    "their", "his", "her", "its", "all", "other", "additional", "a", "an", "same",
];

/// How many words to the left of a data term its noun phrase may reach.
const MODIFIERS: usize = 4;

/// Words that end a noun phrase on its left.
const BOUNDARIES: &[&str] = &[
    "to",
    "with",
    "from",
    "of",
    "for",
    "by",
    "in",
    "on",
    "at",
    "about",
    "through",
    "via",
    "into",
    "during",
    "before",
    "after",
    "within",
    "without",
    "across",
    "and",
    "or",
    "as",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "including",
    "include",
    "includes",
    "such",
    "like",
    "we",
    "you",
    "they",
    "it",
    "he",
    "she",
    "us",
    "them",
    "i",
    "may",
    "will",
    "can",
    "could",
    "would",
    "should",
    "must",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "do",
    "does",
    "did",
    "not",
    "no",
    "also",
    "if",
    "when",
    "where",
    "how",
    "what",
    "share",
    "shares",
    "shared",
    "sharing",
    "collect",
    "collects",
    "collected",
    "use",
    "uses",
    "used",
    "using",
    "disclose",
    "disclosed",
    "provide",
    "provided",
    "sell",
    "sold",
    "receive",
    "received",
    "send",
    "sent",
    "transfer",
    "transferred",
    "store",
    "stored",
    "access",
    "have",
    "has",
    "had",
    "but",
];

/// Words after which the next one is a verb, not a modifier.
#[rustfmt::skip]
const VERB_OPENERS: &[&str] = &[
    "to", "may", "might", "will", "would", "can", "could", "should", "must", "shall", "we", "you",
    "they", "i", "it", "he", "she", "not", "also", "please", "do", "does", "did", "who", "never",
    "be", "is", "are", "was", "were", "been", "being",
];

/// Whether token `i` can stand inside a noun phrase before its head: a
/// determiner, a possessive mark, or a modifier — the owner a possessive
/// mark follows ("your device 's unique identifier"), an adjective or noun
/// ("personal identification information", "home coordinates"). Without
/// part-of-speech tags, a modifier is a word that is none of: a boundary
/// (preposition, conjunction, pronoun, auxiliary, common data verb), an
/// adverb in "-ly" (unless it grades an adjective: "publicly visible"), a word the extractor read as a cue (verb, recipient,
/// purpose), or a word right after a subject, modal or "to" (a verb).
fn in_noun_phrase(tokens: &[&str], i: usize, cues: &[&str]) -> bool {
    let n = normalize(tokens[i]);
    if DETERMINERS.contains(&n.as_str()) || n == "'s" || n == "'" {
        return true;
    }
    // After a subject, a modal or "to", a word is a verb: "we may release
    // personal information", "to view information".
    let after_opener = i > 0 && VERB_OPENERS.contains(&normalize(tokens[i - 1]).as_str());
    n.chars().all(char::is_alphabetic)
        && !BOUNDARIES.contains(&n.as_str())
        && (!n.ends_with("ly") || tokens.get(i + 1).is_some_and(|t| is_adjective(t)))
        && !cues.contains(&n.as_str())
        && !after_opener
}

/// Whether a token reads as an adjective by its ending ("personal",
/// "aggregated", "anonymous", "identifiable"; see
/// `crate::extract::ends_as_adjective`): a word of letters only.
fn is_adjective(token: &str) -> bool {
    let w = token.to_ascii_lowercase();
    w.chars().all(|c| c.is_ascii_lowercase()) && crate::extract::ends_as_adjective(&w)
}

/// Whether a noun phrase can open on this token: a determiner or a word,
/// not a possessive mark.
fn opens_noun_phrase(token: &str) -> bool {
    let n = normalize(token);
    DETERMINERS.contains(&n.as_str()) || n.chars().next().is_some_and(char::is_alphabetic)
}

/// Whether a practice belongs to a class.
fn in_class(p: &Practice, class: &str) -> bool {
    let third_party = p.actor != "first-party";
    let collect_or_use = matches!(p.action.as_str(), "collect" | "use" | "retain");
    // A transfer abroad by the company and nothing else is OPP-115's
    // International category, on whose sentences the corpus is built, not
    // a disclosure to a third party (as in the OPP-115 evaluation).
    let abroad_only = !third_party
        && !p.recipients.is_empty()
        && p.recipients.iter().all(|r| r == crate::taxonomy::ABROAD);
    let share =
        (crate::extract::discloses(&p.action) && !abroad_only) || (third_party && collect_or_use);
    let collect = collect_or_use && !third_party;
    // A promise with an exception states the practice too ([`Practice::happens`]);
    // the corpus marks such objects under both labels.
    // (An opt-out's object is offered as a choice, not stated: the
    // corpus marks none of "opt out of having your data shared".)
    if p.presupposed {
        return false;
    }
    let stated = p.happens();
    match class {
        "SHARE" => share && stated,
        "NOT_SHARE" => share && p.negated,
        "COLLECT" => collect && stated,
        "NOT_COLLECT" => collect && p.negated,
        _ => false,
    }
}

/// Prepositions that open a phrase after the data noun, outside its span.
const TRAILING: [&str; 3] = ["about", "regarding", "concerning"];

/// Token indices predicted as data objects of `class` in one sentence, read alone.
pub fn predict(ex: &Extractor, tokens: &[&str], class: &str) -> Vec<bool> {
    let text = detokenize(tokens);
    mark(ex, tokens, &text, &ex.extract(&text), class)
}

/// A sentence as written from its tokens: the corpus splits punctuation
/// and clitics off their words ("companies , which", "user 's", "do n't"),
/// and the extractor reads text as policies print it ("companies, which").
pub fn detokenize(tokens: &[&str]) -> String {
    let mut out = String::with_capacity(tokens.iter().map(|t| t.len() + 1).sum());
    let mut glue_next = true;
    for t in tokens {
        let closes = matches!(*t, "," | "." | ";" | ":" | ")" | "]" | "!" | "?" | "%")
            || t.starts_with('\'')
            || *t == "n't";
        if !(glue_next || closes) {
            out.push(' ');
        }
        out.push_str(t);
        glue_next = matches!(*t, "(" | "[" | "$");
    }
    out
}

/// Token indices predicted as data objects of `class` in each sentence of
/// a file. The sentences follow each other as in their policies: each is
/// read after the one before ("They may collect …").
pub fn predict_document(ex: &Extractor, sentences: &[Vec<&str>], class: &str) -> Vec<Vec<bool>> {
    let texts: Vec<String> = sentences.iter().map(|t| detokenize(t)).collect();
    let practices = ex.extract_sentences(texts.iter().map(String::as_str));
    sentences
        .iter()
        .zip(&texts)
        .zip(&practices)
        .map(|((tokens, text), practices)| mark(ex, tokens, text, practices, class))
        .collect()
}

/// The tokens of a sentence (`text`: its tokens detokenized) inside the
/// data objects of its `practices` of `class`.
fn mark(
    ex: &Extractor,
    tokens: &[&str],
    text: &str,
    practices: &[Practice],
    class: &str,
) -> Vec<bool> {
    let mut marked = vec![false; tokens.len()];
    // Each token's byte range in the normalised sentence the practices'
    // object spans point into: each token normalised and found in turn,
    // past nothing but spaces. Where a token is not there (a contraction
    // split over two tokens, "wo n't"), nothing is marked rather than
    // something misplaced.
    let norm = normalize(text);
    let mut at = 0;
    let mut ranges: Vec<Option<(usize, usize)>> = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        // A clitic split from its word — a negation ("do n't", "do nt")
        // or a pronoun's auxiliary ("we 'll") — reads as the sentence's
        // normal form writes it out: "not", "will". (Only such a token can
        // be one: the pair is normalised for it alone.)
        let clitic = i > 0
            && (matches!(*t, "n't" | "nt" | "n\u{2019}t") || t.starts_with(['\'', '\u{2019}']));
        let written_out = clitic
            .then(|| normalize(&format!("{}{t}", tokens[i - 1])))
            .and_then(|joined| joined.rsplit_once(' ').map(|(_, last)| last.to_string()));
        let n = written_out.unwrap_or_else(|| normalize(t));
        if n.is_empty() {
            ranges.push(None);
            continue;
        }
        let start = at + (norm.len() - at - norm[at..].trim_start().len());
        if !norm[start..].starts_with(&n) {
            return marked;
        }
        ranges.push(Some((start, start + n.len())));
        at = start + n.len();
    }
    for p in practices.iter().filter(|p| in_class(p, class)) {
        // Words the extractor read as something other than data (verbs,
        // recipients, purposes) end a noun phrase.
        let cues: Vec<&str> = p
            .matched
            .iter()
            .filter(|m| m.kind != "data")
            .flat_map(|m| m.term.split(' '))
            .collect();
        // Tracking technologies are the means, not the data: the corpus
        // marks what cookies collect, not the cookies.
        for o in p
            .objects
            .iter()
            .filter(|o| ex.taxonomy.data[o.entry].id != "cookies")
        {
            let (s, e) = (o.start, o.end);
            let inside: Vec<usize> = (0..tokens.len())
                .filter(|&i| ranges[i].is_some_and(|(a, b)| a < e && s < b))
                .collect();
            let Some(&first) = inside.first() else {
                continue;
            };
            // The corpus marks a noun phrase without its trailing
            // prepositional phrase: of "information about you" only
            // "information" (PI-Extract never marks "about" inside a span).
            for i in inside
                .into_iter()
                .take_while(|&i| !TRAILING.contains(&tokens[i].to_ascii_lowercase().as_str()))
            {
                marked[i] = true;
            }
            // The rest of its noun phrase to the left: determiners,
            // possessives and modifiers ("your device's unique advertising
            // identifier"), up to a word that cannot be part of it — a
            // preposition, conjunction, pronoun, verb or punctuation.
            // A determiner opens the phrase: past it only another
            // determiner ("any other information") belongs to it, not a verb
            // ("encrypts the information", "choose whether your name").
            let mut k = first;
            let mut opened = false;
            while k > 0 && k + MODIFIERS >= first && in_noun_phrase(tokens, k - 1, &cues) {
                let determiner = DETERMINERS.contains(&normalize(tokens[k - 1]).as_str());
                if opened && !determiner {
                    break;
                }
                opened |= determiner;
                k -= 1;
            }
            // A phrase cannot open on a possessive mark.
            while k < first && !opens_noun_phrase(tokens[k]) {
                k += 1;
            }
            // Adjectives coordinated before the phrase modify its head too:
            // "aggregated, non-personal information", "your personal and
            // non-personal information" (not "your name and your email":
            // a determiner opens a phrase of its own).
            while k >= 2
                && !DETERMINERS.contains(&normalize(tokens[k]).as_str())
                && matches!(normalize(tokens[k - 1]).as_str(), "," | "and" | "or")
                && is_adjective(tokens[k - 2])
                && in_noun_phrase(tokens, k - 2, &cues)
            {
                k -= 2;
                while k > 0 && DETERMINERS.contains(&normalize(tokens[k - 1]).as_str()) {
                    k -= 1;
                }
            }
            for m in marked.iter_mut().take(first).skip(k) {
                *m = true;
            }
        }
    }
    // A hyphen token inside a marked phrase ("non - personal information")
    // normalises to nothing, so no span covers it: it belongs to the phrase.
    for i in 1..tokens.len().saturating_sub(1) {
        if ranges[i].is_none() && marked[i - 1] && marked[i + 1] {
            marked[i] = true;
        }
    }
    marked
}

/// Sentences of a CoNLL file: (tokens, gold tag per token).
fn read_conll(path: &Path) -> Result<Vec<(Vec<String>, Vec<String>)>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let mut out = Vec::new();
    let (mut toks, mut tags) = (Vec::new(), Vec::new());
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            if !toks.is_empty() {
                out.push((std::mem::take(&mut toks), std::mem::take(&mut tags)));
            }
            continue;
        }
        let mut cols = line.split_whitespace();
        let (Some(tok), Some(tag)) = (cols.next(), cols.last()) else {
            bail!("{}: line {} is not 'token … tag'", path.display(), n + 1);
        };
        toks.push(tok.to_string());
        tags.push(tag.to_string());
    }
    if !toks.is_empty() {
        out.push((toks, tags));
    }
    Ok(out)
}

/// Evaluates every class folder present in `dir` (at most `limit` sentences per class).
pub fn evaluate(ex: &Extractor, dir: &Path, limit: Option<usize>) -> Result<EvalReport> {
    let mut metrics = BTreeMap::new();
    let mut documents = 0;
    let mut sentences = 0;
    for (folder, class) in CLASSES {
        let d = dir.join(folder);
        if !d.is_dir() {
            continue;
        }
        let mut files: Vec<_> = std::fs::read_dir(&d)
            .with_context(|| format!("{}: cannot list", d.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "conll03"))
            .collect();
        files.sort();
        let mut counts = Counts::default();
        let mut seen = 0;
        for f in files {
            documents += 1;
            let mut tagged = read_conll(&f)?;
            tagged.truncate(limit.map_or(usize::MAX, |l| l.saturating_sub(seen)));
            seen += tagged.len();
            let sentences: Vec<Vec<&str>> = tagged
                .iter()
                .map(|(t, _)| t.iter().map(String::as_str).collect())
                .collect();
            let predicted = predict_document(ex, &sentences, class);
            for ((_, tags), pred) in tagged.iter().zip(&predicted) {
                for (p, tag) in pred.iter().zip(tags) {
                    let gold = tag.len() > 2 && &tag[2..] == *class;
                    counts.add(*p, gold);
                }
            }
        }
        sentences += seen;
        metrics.insert(class.to_string(), counts.score());
    }
    if metrics.is_empty() {
        bail!(
            "{}: not a PI-Extract directory (expected Share_true/, Share_false/, CollectUse_true/ or CollectUse_false/)",
            dir.display()
        );
    }
    Ok(EvalReport {
        schema: SCHEMA,
        corpus: "piextract",
        documents,
        unit: format!("{sentences} sentences; token-level match of data objects per class"),
        metrics,
    })
}

#[cfg(test)]
mod tests {
    use super::predict;
    use crate::{Extractor, taxonomy::Taxonomy};

    fn marked(sentence: &str, class: &str) -> String {
        let ex = Extractor::new(Taxonomy::builtin());
        let tokens: Vec<&str> = sentence.split(' ').collect();
        let p = predict(&ex, &tokens, class);
        tokens
            .iter()
            .zip(p)
            .filter(|(_, m)| *m)
            .map(|(t, _)| *t)
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_promise_with_an_exception_states_the_practice_too() {
        let s =
            "We will not share your email address with advertisers unless the law requires it .";
        assert_eq!(marked(s, "NOT_SHARE"), "your email address");
        assert_eq!(marked(s, "SHARE"), "your email address");
        // Without the exception it is a promise only.
        let s = "We will not share your email address with advertisers .";
        assert_eq!(marked(s, "NOT_SHARE"), "your email address");
        assert_eq!(marked(s, "SHARE"), "");
    }

    #[test]
    fn tokens_are_read_as_the_sentence_they_were_cut_from() {
        assert_eq!(
            super::detokenize(&[
                "Partners", "(", "e.g.", "ad", "networks", ")", "do", "n't", "sell", "the", "user",
                "'s", "data", ",", "which", "is", "100", "%", "safe", "."
            ]),
            "Partners (e.g. ad networks) don't sell the user's data, which is 100% safe."
        );
        // A relative clause after a comma: the companies collect.
        let s =
            "Ads are served by third - party companies , which may collect your email address .";
        assert_eq!(marked(s, "SHARE"), "your email address");
        assert_eq!(marked(s, "COLLECT"), "");
        // A pronoun's auxiliary split off it still finds its place.
        assert_eq!(
            marked("We 'll collect your email address .", "COLLECT"),
            "your email address"
        );
    }

    #[test]
    fn a_data_object_ends_before_its_prepositional_phrase() {
        let s = "These partners may collect information about you when you use the site .";
        assert_eq!(marked(s, "SHARE"), "information");
    }

    #[test]
    fn a_data_object_keeps_its_modifiers_but_not_the_verb_before_them() {
        let s = "We may release personal identification information to law enforcement .";
        assert_eq!(marked(s, "SHARE"), "personal identification information");
        let s = "Additionally , we share home coordinates with our API partners .";
        assert_eq!(marked(s, "SHARE"), "home coordinates");
        let s = "Partners may track certain information about your visits .";
        assert_eq!(marked(s, "SHARE"), "certain information");
        // An adverb grading an adjective of the phrase belongs to it; one
        // before a verb does not.
        let s = "We may share your legally protected health information with advertisers .";
        assert_eq!(
            marked(s, "SHARE"),
            "your legally protected health information"
        );
        let s = "Partners automatically collect information about your visits .";
        assert_eq!(marked(s, "SHARE"), "information");
    }

    #[test]
    fn items_listed_beside_data_are_data_objects() {
        // After the data named, and before it from where the list opens.
        let s = "We share your IP address , and the subreddits you follow with Adzerk .";
        assert_eq!(marked(s, "SHARE"), "your IP address the subreddits");
        let s = "We may collect information such as your industry , your career focus and your email address .";
        assert_eq!(
            marked(s, "COLLECT"),
            "information your industry your career focus your email address"
        );
        // Not what a list of acts, offerings or adjectives holds.
        let s = "We collect your email address and send you offers .";
        assert_eq!(marked(s, "COLLECT"), "your email address");
        let s = "We share your email address , physical and technical details with partners .";
        assert_eq!(marked(s, "SHARE"), "your email address");
        let s = "If you register and your email address is verified , we store it .";
        assert_eq!(marked(s, "COLLECT"), "your email address");
    }

    #[test]
    fn a_transfer_abroad_alone_is_no_sharing() {
        let s = "All personal information we collect is transferred to the United States .";
        assert_eq!(marked(s, "SHARE"), "");
        // Unless a party abroad receives it.
        let s = "We may transfer your email address to our partners in the United States .";
        assert_eq!(marked(s, "SHARE"), "your email address");
    }

    #[test]
    fn storing_is_collection_and_use() {
        let s = "We do not store credit card numbers on our servers .";
        assert_eq!(marked(s, "NOT_COLLECT"), "credit card numbers");
        let s = "We may store your email address .";
        assert_eq!(marked(s, "COLLECT"), "your email address");
    }

    #[test]
    fn an_opt_outs_object_is_no_shared_data() {
        let s = "You may opt - out of having your personally identifiable information shared with business partners .";
        assert_eq!(marked(s, "SHARE"), "");
    }

    #[test]
    fn a_determiner_opens_the_data_object() {
        let s = "Our partners collect and encrypt the information you input .";
        assert_eq!(marked(s, "SHARE"), "the information");
        let s = "We may share any other information with our partners .";
        assert_eq!(marked(s, "SHARE"), "any other information");
    }

    #[test]
    fn coordinated_adjectives_belong_to_the_data_object() {
        let s = "We may share aggregated , non - personal information with our partners .";
        assert_eq!(
            marked(s, "SHARE"),
            "aggregated , non - personal information"
        );
        let s = "We may share your personal and non - personal information with advertisers .";
        assert_eq!(
            marked(s, "SHARE"),
            "your personal and non - personal information"
        );
        // Two phrases, each with its determiner: the conjunction is no part of either.
        let s = "We may share your name and your email address with advertisers .";
        assert_eq!(marked(s, "SHARE"), "your name your email address");
    }

    #[test]
    fn a_negation_split_from_its_auxiliary_still_negates() {
        for s in [
            "We do n't sell your email address to advertisers .",
            "We do nt sell your email address to advertisers .",
        ] {
            assert_eq!(marked(s, "NOT_SHARE"), "your email address", "{s}");
        }
    }

    #[test]
    fn practices_a_choice_limits_are_not_stated() {
        let s = "You can limit the collection , use and sharing of your information .";
        assert_eq!(marked(s, "SHARE"), "");
    }

    #[test]
    fn a_hyphen_inside_a_data_object_is_part_of_it() {
        let s = "We may share non - personal information with our partners .";
        assert_eq!(marked(s, "SHARE"), "non - personal information");
    }
}
