//! One word trie over every term of the taxonomy, so a clause is scanned
//! once, word by word, whatever the size of the vocabulary. Matching whole
//! words is what the rules need (no "sage" inside "usage"), and walking
//! words instead of bytes makes that the structure rather than a check.

use super::{Kind, Taxonomy};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// What a matched term means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An entry of a taxonomy list, by index.
    Entry(Kind, usize),
    /// A weak verb of an action (needs a recipient after it).
    WeakVerb(usize),
    /// A noun naming an action (needs "of" after it).
    ActionNoun(usize),
    Negation,
    NegationBreaker,
    Exception,
    Condition,
    May,
    Will,
    UserSubject,
    FirstParty,
    TimeUnit,
    Topic,
    TopicNear,
    Place,
    /// A country or region: an entry of `locations`, by index.
    Jurisdiction(usize),
    Security,
    Pronoun,
    /// Matched only to keep its words from matching as data.
    NotData,
}

impl Target {
    /// Whether the term names an action as a verb ("share", a weak verb
    /// such as "provide").
    pub fn is_action_verb(&self) -> bool {
        matches!(self, Target::Entry(Kind::Action, _) | Target::WeakVerb(_))
    }

    /// Whether the term names an action, as a verb or a noun ("sharing",
    /// "disclosure").
    pub fn is_action(&self) -> bool {
        self.is_action_verb() || matches!(self, Target::ActionNoun(_))
    }
}

/// One occurrence of a term in normalised text.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

#[derive(Default)]
struct Node {
    /// Children by next word (Fx hashing: the keys are short words, hashed
    /// once per word of every clause, and not attacker-controlled in a way that matters here).
    next: FxHashMap<Box<str>, u32>,
    pattern: Option<u32>,
}

/// The compiled matcher.
pub struct Matcher {
    nodes: Vec<Node>,
    patterns: Vec<String>,
    targets: Vec<Vec<Target>>,
    first_party: usize,
    /// For each choice kind of the taxonomy (by id), a pattern meaning that
    /// choice and nothing else, where one of its terms does: what a choice
    /// the grammar reads across words is made of.
    choice_patterns: Vec<(String, usize)>,
}

/// Byte spans of the words of normalised text: runs of letters, digits and
/// apostrophes (so "driver's" is one word), not starting with an apostrophe
/// (an opening single quote: "‘do not track’").
pub fn word_spans(norm: &str) -> Vec<(usize, usize)> {
    let bytes = norm.as_bytes();
    let mut out = Vec::with_capacity(norm.len() / 5);
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        let w = b.is_ascii_alphanumeric() || b >= 0x80 || b == b'\'';
        match (w, start) {
            (true, None) if b != b'\'' => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, bytes.len()));
    }
    out
}

impl Matcher {
    pub fn new(tax: &Taxonomy) -> Matcher {
        let mut table: BTreeMap<String, Vec<Target>> = BTreeMap::new();
        let mut add = |term: &str, t: Target| {
            let n = normalize(term);
            if n.is_empty() {
                return;
            }
            let v = table.entry(n).or_default();
            if !v.contains(&t) {
                v.push(t);
            }
        };
        for kind in [Kind::Data, Kind::Recipient, Kind::Purpose, Kind::Choice] {
            for (i, e) in tax.entries(kind).iter().enumerate() {
                for term in &e.terms {
                    add(term, Target::Entry(kind, i));
                    if kind != Kind::Choice {
                        // (A purpose in "-y" names another thing in "-ies":
                        // "securities" are shares, not security.)
                        for p in plurals(term) {
                            if kind == Kind::Purpose && p.ends_with("ies") {
                                continue;
                            }
                            add(&p, Target::Entry(kind, i));
                        }
                    }
                }
            }
        }
        for (i, e) in tax.locations.iter().enumerate() {
            for term in &e.terms {
                add(term, Target::Jurisdiction(i));
            }
        }
        for (i, a) in tax.actions.iter().enumerate() {
            let t = Target::Entry(Kind::Action, i);
            for v in &a.verbs {
                for form in inflections(v) {
                    add(&form, t);
                }
            }
            for w in &a.irregular {
                add(w, t);
            }
            for v in &a.weak {
                for form in inflections(v) {
                    add(&form, Target::WeakVerb(i));
                }
            }
            for n in &a.nouns {
                add(n, Target::ActionNoun(i));
            }
        }
        let g = &tax.grammar;
        for (words, t) in [
            (&g.negation, Target::Negation),
            (&g.negation_breakers, Target::NegationBreaker),
            (&g.exceptions, Target::Exception),
            (&g.conditions, Target::Condition),
            (&g.may, Target::May),
            (&g.will, Target::Will),
            (&g.user_subjects, Target::UserSubject),
            (&g.first_party, Target::FirstParty),
            (&g.time_units, Target::TimeUnit),
            (&g.topics, Target::Topic),
            (&g.topics_near, Target::TopicNear),
            (&g.places, Target::Place),
            (&g.security, Target::Security),
            (&g.pronouns, Target::Pronoun),
            (&g.not_data, Target::NotData),
        ] {
            for w in words {
                add(w, t);
            }
        }
        let (patterns, targets): (Vec<String>, Vec<Vec<Target>>) = table.into_iter().unzip();
        let mut nodes = vec![Node::default()];
        for (pi, p) in patterns.iter().enumerate() {
            let mut cur = 0usize;
            for (s, e) in word_spans(p) {
                let w = &p[s..e];
                cur = match nodes[cur].next.get(w) {
                    Some(&n) => n as usize,
                    None => {
                        nodes.push(Node::default());
                        let n = nodes.len() - 1;
                        nodes[cur].next.insert(w.into(), n as u32);
                        n
                    }
                };
            }
            if cur != 0 {
                nodes[cur].pattern = Some(pi as u32);
            }
        }
        let first_party = targets
            .iter()
            .position(|t| t.as_slice() == [Target::FirstParty])
            .unwrap_or(0);
        let choice_patterns = tax
            .choices
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                targets
                    .iter()
                    .position(|t| t.as_slice() == [Target::Entry(Kind::Choice, i)])
                    .map(|p| (c.id.clone(), p))
            })
            .collect();
        Matcher {
            nodes,
            patterns,
            targets,
            first_party,
            choice_patterns,
        }
    }

    /// All matches in normalised text, left to right, longest first, given
    /// its word spans (from [`word_spans`]). A place or a party gives way to
    /// data that starts inside it and runs further: in "your device
    /// identifiers" the data is "device identifiers", not the place "your
    /// device".
    pub fn find_in(&self, norm: &str, words: &[(usize, usize)]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let Some((last, end, p)) = self.longest_at(norm, words, i) else {
                i += 1;
                continue;
            };
            let all = |f: fn(&Target) -> bool| self.targets[p].iter().all(f);
            // (So does a party: in "your bank account number" the data is
            // the account number, not the party "your bank". And a place
            // gives way to a choice: in "your browser settings" the choice
            // is the browser's settings, not the place "your browser".)
            if all(|t| matches!(t, Target::Place | Target::Entry(Kind::Recipient, _)))
                && let Some(k) = self.overrun(norm, words, i, last, |t| {
                    matches!(t, Target::Entry(Kind::Data | Kind::Choice, _))
                })
            {
                i = k;
                continue;
            }
            // So does a data term opening on "your" to one that starts on
            // its noun and runs further, which names the data more fully:
            // in "your browsing history" the data is the history, not "your
            // browsing"; in "your contacts list", the list.
            // (Not one that runs on only by a preposition: "your
            // activities on our site" are the activities.)
            // (One lookup: the term on the noun, right after "your".)
            if &norm[words[i].0..words[i].1] == "your"
                && last > i
                && all(|t| matches!(t, Target::Entry(Kind::Data, _)))
                && self
                    .longest_at(norm, words, i + 1)
                    .is_some_and(|(l, _, q)| {
                        l > last
                            && self.targets[q]
                                .iter()
                                .any(|t| matches!(t, Target::Entry(Kind::Data, _)))
                            && !matches!(
                                &norm[words[l].0..words[l].1],
                                "on" | "of" | "in" | "to" | "with"
                            )
                    })
            {
                i += 1;
                continue;
            }
            // So does a purpose to a party or data term that starts inside it
            // and runs further, and what it opens is read on its own: in
            // "we provide our service providers with …" the verb is
            // "provide" and the party "service providers", not the purpose
            // "provide our service".
            let (last, end, p) = if all(|t| matches!(t, Target::Entry(Kind::Purpose, _)))
                && let Some(k) = self.overrun(norm, words, i, last, |t| {
                    matches!(t, Target::Entry(Kind::Data | Kind::Recipient, _))
                }) {
                match self.longest_at(norm, &words[..k], i) {
                    Some(shorter) => shorter,
                    None => {
                        i = k;
                        continue;
                    }
                }
            } else {
                (last, end, p)
            };
            hits.push(Hit {
                start: words[i].0,
                end,
                pattern: p,
            });
            i = last + 1;
        }
        hits
    }

    /// The first word after `i`, up to `last` (the match at `i` ends
    /// there), where a term starts that runs further and has a target
    /// `wanted` accepts.
    fn overrun(
        &self,
        norm: &str,
        words: &[(usize, usize)],
        i: usize,
        last: usize,
        wanted: fn(&Target) -> bool,
    ) -> Option<usize> {
        (i + 1..=last).find(|&k| {
            self.longest_at(norm, words, k)
                .is_some_and(|(l, _, q)| l > last && self.targets[q].iter().any(wanted))
        })
    }

    /// The longest term starting at word `i`: its last word, end byte and pattern.
    fn longest_at(
        &self,
        norm: &str,
        words: &[(usize, usize)],
        i: usize,
    ) -> Option<(usize, usize, usize)> {
        let mut cur = 0usize;
        let mut best: Option<(usize, usize, usize)> = None;
        let mut j = i;
        while j < words.len() {
            let (s, e) = words[j];
            // A phrase does not run across punctuation other than an
            // apostrophe or space — nor quotes and brackets, which mark a
            // word inside a term without ending it: '"click stream" data',
            // 'Internet Protocol ("IP") address'.
            // (Nor the dot after an abbreviation's letter: "U.S.", "U.K.")
            if j > i {
                let (ps, pe) = words[j - 1];
                let gap = &norm.as_bytes()[pe..s];
                let abbreviation = gap == b"." && pe - ps == 1;
                if !abbreviation && gap.iter().any(|&b| !matches!(b, b' ' | b'"' | b'(' | b')')) {
                    break;
                }
            }
            let word = &norm[s..e];
            let mut end = e;
            let node = self.nodes[cur].next.get(word).or_else(|| {
                // Possessives: "facebook's", "users'" match without the suffix.
                let bare = word
                    .strip_suffix("'s")
                    .or_else(|| word.strip_suffix('\''))?;
                end = s + bare.len();
                self.nodes[cur].next.get(bare)
            });
            match node {
                Some(&n) => {
                    cur = n as usize;
                    if let Some(p) = self.nodes[cur].pattern {
                        best = Some((j, end, p as usize));
                    }
                    if end != e {
                        break; // nothing continues past a possessive
                    }
                    j += 1;
                }
                None => break,
            }
        }
        best
    }

    /// All matches in normalised text.
    pub fn find(&self, norm: &str) -> Vec<Hit> {
        self.find_in(norm, &word_spans(norm))
    }

    /// A pattern meaning the first party ("we"), for the company's own name.
    pub fn first_party_pattern(&self) -> usize {
        self.first_party
    }

    /// A pattern meaning the entry `index` of `kind` and nothing else (one
    /// of its terms), for a party the grammar finds: the company's own
    /// name before "companies" is its corporate family.
    pub fn entry_pattern(&self, kind: Kind, index: usize) -> Option<usize> {
        self.targets
            .iter()
            .position(|t| t.as_slice() == [Target::Entry(kind, index)])
    }

    /// A pattern meaning the choice `id` (a taxonomy choice kind), for a
    /// choice the grammar finds: an opt-out in "request that our partners
    /// not share …", an opt-in in "if you choose to enable location
    /// services, we …", deletion in "we will remove your information from
    /// our records on request".
    pub fn choice_pattern(&self, id: &str) -> Option<usize> {
        self.choice_patterns
            .iter()
            .find(|(c, _)| c == id)
            .map(|&(_, p)| p)
    }

    /// The pattern of a term, as the vocabulary writes it.
    pub fn pattern_of(&self, term: &str) -> Option<usize> {
        self.patterns.binary_search(&normalize(term)).ok()
    }

    pub fn targets(&self, pattern: usize) -> &[Target] {
        &self.targets[pattern]
    }

    pub fn pattern(&self, pattern: usize) -> &str {
        &self.patterns[pattern]
    }
}

/// Lower-cases, drops accents from Latin letters, unifies quotes, turns
/// hyphens, dashes and slashes into spaces, collapses white space and
/// expands negative contractions, so "Won’t" and "will not", "opt-out" and
/// "opt out", "résumé" and "resume" match the same terms.
pub fn normalize(text: &str) -> String {
    if text.is_ascii() {
        return normalize_ascii(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    let mut push = |out: &mut String, c: char| {
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            space = false;
            out.push(c);
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            let c = match c {
                '-' | '/' | '_' | '*' => ' ',
                '`' => '\'',
                c if c.is_ascii_whitespace() => ' ',
                c => c.to_ascii_lowercase(),
            };
            push(&mut out, c);
            continue;
        }
        match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => push(&mut out, '\''),
            '\u{201c}' | '\u{201d}' => push(&mut out, '"'),
            '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' => push(&mut out, ' '),
            c if c.is_whitespace() => push(&mut out, ' '),
            c => {
                for l in c.to_lowercase() {
                    push(&mut out, fold_accent(l));
                }
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    expand_contractions(out)
}

/// A lower-case Latin letter without its accent, so "résumé" matches the
/// vocabulary's "resume" and "naïve" is "naive"; other characters as they are.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}

/// The common case, byte by byte: the same mapping as [`normalize`] for ASCII.
fn normalize_ascii(text: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let mut space = true;
    for &b in text.as_bytes() {
        let c = match b {
            b'-' | b'/' | b'_' | b'*' => b' ',
            b'`' => b'\'',
            b if b.is_ascii_whitespace() => b' ',
            b => b.to_ascii_lowercase(),
        };
        if c == b' ' {
            if !space {
                out.push(b' ');
            }
            space = true;
        } else {
            space = false;
            out.push(c);
        }
    }
    if out.last() == Some(&b' ') {
        out.pop();
    }
    expand_contractions(String::from_utf8(out).expect("ASCII in, ASCII out"))
}

/// "won't" → "will not", "cannot" → "can not", "-n't" → " not", so negations
/// are one word whatever their spelling; so are the forms text loses its
/// apostrophes in ("we dont sell", "do nt share").
fn expand_contractions(out: String) -> String {
    let out = expand_pronoun_contractions(expand_bare_contractions(out));
    if !(out.contains("n't") || out.contains("cannot")) {
        return out;
    }
    out.replace("won't", "will not")
        .replace("can't", "can not")
        .replace("cannot", "can not")
        .replace("shan't", "shall not")
        .replace(" n't", " not")
        .replace("n't", " not")
}

/// A pronoun's contracted auxiliary: "we'll" → "we will", "you're" → "you
/// are", "we've" → "we have", so the subject and its modal read as written
/// out ("we'll share your phone number" is the company's act, and may).
/// Only after a pronoun: "'s" (is, has or a possessive) and names stay.
fn expand_pronoun_contractions(out: String) -> String {
    const PRONOUNS: [&str; 7] = ["we", "you", "they", "i", "he", "she", "it"];
    const AUX: [(&str, &str); 4] = [
        ("'ll", "will"),
        ("'ve", "have"),
        ("'re", "are"),
        ("'d", "would"),
    ];
    if !AUX.iter().any(|(c, _)| out.contains(c)) {
        return out;
    }
    // (pronoun, auxiliary written out, length of the contraction)
    fn expansion(w: &str) -> Option<(&str, &'static str, usize)> {
        let (pronoun, rest) = w.split_at(w.find('\'')?);
        if !PRONOUNS.contains(&pronoun) {
            return None;
        }
        AUX.iter().find_map(|&(c, e)| {
            let tail = rest.strip_prefix(c)?;
            tail.chars()
                .next()
                .is_none_or(|x| !x.is_alphanumeric())
                .then_some((pronoun, e, c.len()))
        })
    }
    let mut expanded = String::with_capacity(out.len() + 16);
    for (i, w) in out.split(' ').enumerate() {
        if i > 0 {
            expanded.push(' ');
        }
        match expansion(w) {
            Some((pronoun, aux, len)) => {
                expanded.push_str(pronoun);
                expanded.push(' ');
                expanded.push_str(aux);
                expanded.push_str(&w[pronoun.len() + len..]);
            }
            None => expanded.push_str(w),
        }
    }
    expanded
}

/// Contractions without their apostrophe: "dont" → "do not", and a split
/// "nt" after its auxiliary ("do nt" → "do not"). Only auxiliaries, so
/// "want", "content" or "consent" stay as they are.
fn expand_bare_contractions(out: String) -> String {
    const BARE: [(&str, &str); 14] = [
        ("dont", "do not"),
        ("doesnt", "does not"),
        ("didnt", "did not"),
        ("isnt", "is not"),
        ("arent", "are not"),
        ("wasnt", "was not"),
        ("werent", "were not"),
        ("cant", "can not"),
        ("couldnt", "could not"),
        ("wouldnt", "would not"),
        ("shouldnt", "should not"),
        ("havent", "have not"),
        ("hasnt", "has not"),
        ("wont", "will not"),
    ];
    const AUX: [&str; 12] = [
        "do", "does", "did", "is", "are", "was", "were", "could", "would", "should", "have", "has",
    ];
    fn word(w: &str) -> &str {
        w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
    }
    // The expansion of a word, given the word before it, if it has one.
    let expansion = |prev: Option<&str>, w: &str| -> Option<&str> {
        let core = word(w);
        if !core.ends_with("nt") {
            return None;
        }
        BARE.iter()
            .find(|(b, _)| *b == core)
            .map(|(_, e)| *e)
            .or_else(|| (core == "nt" && prev.is_some_and(|p| AUX.contains(&p))).then_some("not"))
    };
    // Most texts have none: look before allocating (this runs on every clause).
    let mut prev = None;
    let found = out.split(' ').any(|w| {
        let hit = expansion(prev, w).is_some();
        prev = Some(w);
        hit
    });
    if !found {
        return out;
    }
    let mut expanded = String::with_capacity(out.len() + 8);
    let mut prev = None;
    for w in out.split(' ') {
        if prev.is_some() {
            expanded.push(' ');
        }
        match expansion(prev, w) {
            Some(e) => {
                expanded.push_str(e);
                expanded.push_str(&w[word(w).len()..]);
            }
            None => expanded.push_str(w),
        }
        prev = Some(w);
    }
    expanded
}

/// Plural forms of a noun phrase (inflecting its last word).
fn plurals(term: &str) -> Vec<String> {
    let (head, last) = match term.rsplit_once(' ') {
        Some((h, l)) => (format!("{h} "), l),
        None => (String::new(), term),
    };
    // A word in a single "s" is plural already ("cookies", "analytics");
    // one in "ss" is not ("address", "business").
    let sibilant = ["x", "ch", "sh", "ss"]
        .iter()
        .any(|end| last.ends_with(end));
    if last.len() < 3
        || !last.chars().all(|c| c.is_ascii_alphabetic())
        || (last.ends_with('s') && !sibilant)
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    if sibilant {
        out.push(format!("{head}{last}es"));
    } else if let Some(stem) = last.strip_suffix('y').filter(|s| !s.ends_with(is_vowel)) {
        out.push(format!("{head}{stem}ies"));
    } else {
        out.push(format!("{head}{last}s"));
    }
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Regular verb forms, inflecting the first word of a phrasal verb.
fn inflections(verb: &str) -> Vec<String> {
    let (w, tail) = match verb.split_once(' ') {
        Some((w, t)) => (w, format!(" {t}")),
        None => (verb, String::new()),
    };
    let mut forms = vec![w.to_string()];
    if let Some(stem) = w.strip_suffix('e') {
        forms.extend([format!("{w}s"), format!("{w}d"), format!("{stem}ing")]);
    } else if let Some(stem) = w.strip_suffix('y').filter(|s| !s.ends_with(is_vowel)) {
        forms.extend([
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{w}ing"),
        ]);
    } else if w.ends_with(['s', 'x', 'o']) || w.ends_with("ch") || w.ends_with("sh") {
        forms.extend([format!("{w}es"), format!("{w}ed"), format!("{w}ing")]);
    } else {
        forms.extend([format!("{w}s"), format!("{w}ed"), format!("{w}ing")]);
        let b: Vec<char> = w.chars().collect();
        let n = b.len();
        if n >= 3
            && !is_vowel(b[n - 1])
            && !matches!(b[n - 1], 'w' | 'x' | 'y')
            && is_vowel(b[n - 2])
            && !is_vowel(b[n - 3])
        {
            let last = b[n - 1];
            forms.extend([format!("{w}{last}ed"), format!("{w}{last}ing")]);
        }
    }
    forms.into_iter().map(|f| format!("{f}{tail}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation() {
        assert_eq!(normalize("We  Won’t SELL—ever"), "we will not sell ever");
        // The ASCII fast path agrees with the general one.
        for t in [
            "Opt-Out of *all* `data`/cookies  ",
            "We CANNOT share_it",
            "don't\tsell\n",
        ] {
            let general: String = t.chars().chain(['€']).collect();
            assert_eq!(
                normalize(&general).trim_end_matches('€').trim_end(),
                normalize(t)
            );
        }
        assert_eq!(normalize("opt-out; don't"), "opt out; do not");
        // Accents go from Latin letters, upper case too.
        assert_eq!(
            normalize("Your Résumé, NAÏVE façade"),
            "your resume, naive facade"
        );
        // Without the apostrophe too, and not inside other words.
        assert_eq!(
            normalize("We dont sell, we do nt share."),
            "we do not sell, we do not share."
        );
        assert_eq!(normalize("We want your consent"), "we want your consent");
        assert_eq!(normalize("we do n't sell"), "we do not sell");
        assert_eq!(normalize("We cannot"), "we can not");
        // A pronoun's auxiliary, written out; a name's "'s" and words that
        // only look alike stay.
        assert_eq!(
            normalize("We’ll share it, you've agreed, they're partners."),
            "we will share it, you have agreed, they are partners."
        );
        assert_eq!(
            normalize("Google's partners, the 'll' key, well'd"),
            "google's partners, the 'll' key, well'd"
        );
    }

    #[test]
    fn inflection_and_plurals() {
        assert!(inflections("share").contains(&"sharing".to_string()));
        assert!(inflections("transfer").contains(&"transferred".to_string()));
        assert!(inflections("process").contains(&"processes".to_string()));
        assert!(inflections("make available").contains(&"makes available".to_string()));
        assert!(inflections("go to").contains(&"goes to".to_string()));
        assert_eq!(
            plurals("advertising company"),
            vec!["advertising companies"]
        );
        assert_eq!(plurals("phone number"), vec!["phone numbers"]);
        assert_eq!(plurals("postal address"), vec!["postal addresses"]);
        assert!(plurals("analytics").is_empty());
    }

    #[test]
    fn whole_words_only() {
        let tax = Taxonomy::builtin();
        let m = Matcher::new(&tax);
        let n = normalize("We share phone numbers with Facebook's advertisers; usage shares.");
        let words: Vec<&str> = m.find(&n).iter().map(|h| &n[h.start..h.end]).collect();
        assert!(words.contains(&"phone numbers"));
        assert!(words.contains(&"facebook"));
        assert!(words.contains(&"advertisers"));
        assert!(!words.contains(&"sage"));
    }

    /// The words of each match in `text`, normalised.
    fn matched_terms(m: &Matcher, text: &str) -> Vec<String> {
        let n = normalize(text);
        m.find(&n)
            .iter()
            .map(|h| n[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn a_place_gives_way_to_data_that_runs_further() {
        let m = Matcher::new(&Taxonomy::builtin());
        let terms = |text: &str| matched_terms(&m, text);
        let found = terms("We collect your device identifiers and your browser type.");
        assert!(
            found.contains(&"device identifiers".to_string()),
            "{found:?}"
        );
        assert!(found.contains(&"browser type".to_string()), "{found:?}");
        // So does it to a choice: the browser's settings.
        let found = terms("You can block them by changing your browser settings.");
        assert!(found.contains(&"browser settings".to_string()), "{found:?}");
        // A place that ends the phrase stays a place.
        let found = terms("Cookies are stored on your device.");
        assert!(found.contains(&"your device".to_string()), "{found:?}");
    }

    #[test]
    fn a_term_on_your_gives_way_to_the_fuller_data_its_noun_opens() {
        let m = Matcher::new(&Taxonomy::builtin());
        let terms = |text: &str| matched_terms(&m, text);
        let found = terms("Ad networks may use your browsing history and your contacts list.");
        assert!(found.contains(&"browsing history".to_string()), "{found:?}");
        assert!(found.contains(&"contacts list".to_string()), "{found:?}");
        // Not for a preposition alone, nor for a term not opening on
        // "your": "personal information about you" is personal information.
        let found =
            terms("We record your activities on our site and personal information about you.");
        assert!(found.contains(&"your activities".to_string()), "{found:?}");
        assert!(
            found.contains(&"personal information".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn quotes_and_brackets_inside_a_term_do_not_end_it() {
        let m = Matcher::new(&Taxonomy::builtin());
        let terms = |text: &str| matched_terms(&m, text);
        // The abbreviation in brackets: the data is the IP address, not a
        // postal "address".
        for text in [
            "We log your Internet Protocol (IP) address.",
            "We log your Internet Protocol (\"IP\") address.",
        ] {
            let found = terms(text);
            assert!(
                found
                    .iter()
                    .any(|t| t.starts_with("internet protocol") && t.ends_with("address")),
                "{text}: {found:?}"
            );
            assert!(!found.contains(&"address".to_string()), "{found:?}");
        }
        let found = terms("These technologies collect \"click stream\" data.");
        assert!(
            found.contains(&"click stream\" data".to_string()),
            "{found:?}"
        );
        // Commas still end a phrase.
        let found = terms("We collect your name, address, and phone number.");
        assert!(found.contains(&"address".to_string()), "{found:?}");
    }

    #[test]
    fn a_purpose_gives_way_to_a_party_that_runs_further() {
        let m = Matcher::new(&Taxonomy::builtin());
        let terms = |text: &str| matched_terms(&m, text);
        let found = terms("We provide our service providers with your information.");
        assert!(
            found.contains(&"provide".to_string())
                && found.contains(&"service providers".to_string()),
            "{found:?}"
        );
        // A purpose that ends the phrase stays one.
        let found = terms("We use it to provide our service.");
        assert!(
            found.contains(&"provide our service".to_string()),
            "{found:?}"
        );
    }
}
