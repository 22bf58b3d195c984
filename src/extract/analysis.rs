//! One clause under analysis, and the helpers every rule uses.

use super::context::Antecedent;
use super::words::*;
use super::{DataSpan, Extractor, Matched, discloses};
use crate::taxonomy::{Hit, Kind, THIRD_PARTIES, TRACKERS, Target};

/// One clause under analysis: its normalised text, hits and word positions.
pub(super) struct Analysis<'a> {
    pub(super) ex: &'a Extractor,
    pub(super) norm: &'a str,
    pub(super) hits: Vec<Hit>,
    /// Byte offset at which each word starts.
    pub(super) words: Vec<usize>,
    /// Byte offset at which each word ends.
    pub(super) ends: Vec<usize>,
    /// Byte ranges of exception phrases.
    pub(super) exceptions: Vec<(usize, usize)>,
    /// The action each hit names here ([`Analysis::action_of`]), computed
    /// once: the rules ask for it many times per hit.
    pub(super) actions: Vec<Option<usize>>,
    /// Who a pronoun subject ("they") stands for when this clause names
    /// nobody before it: the party the previous clause named last.
    pub(super) antecedent: Antecedent,
    /// The party a user's request asks to refrain ("request that our
    /// affiliates not share"): whose practice the opt-out governs, the
    /// company's (`None`) or a recipient's.
    pub(super) refuser: Option<Option<String>>,
    /// Where each main clause of the company's own begins, in order (see
    /// [`Analysis::company_clause_after`]): found once, when first asked
    /// for, then asked for per verb and per recipient.
    company_clauses: std::cell::OnceCell<Vec<usize>>,
    /// Whether the clause names a law and a verb by which a law sets
    /// what others do (see `under_law`), computed once.
    pub(super) law_words: std::cell::OnceCell<bool>,
    /// Whether the clause holds an aside in parentheses (see
    /// `is_source`), computed once.
    parens: std::cell::OnceCell<bool>,
    /// Parties named in the possessive before data, dropped as recipients
    /// ([`Analysis::drop_possessive_parties`]) but still what a later
    /// "they" may stand for: "share other members' profiles, and they may
    /// share yours".
    pub(super) possessors: Vec<Hit>,
}

impl<'a> Analysis<'a> {
    pub(super) fn new(
        ex: &'a Extractor,
        norm: &'a str,
        spans: &[(usize, usize)],
        mut hits: Vec<Hit>,
        own_names: &[String],
        antecedent: Antecedent,
    ) -> Self {
        // The company's own name acts like "we".
        // (Its own family, by a term that also names the company, is the
        // affiliates alone.)
        for h in hits.iter_mut() {
            if ex.is_own(own_names, &norm[h.start..h.end], h) {
                h.pattern = ex.matcher.first_party_pattern();
            } else if ex.is_own_family(own_names, h)
                && let Some(p) = ex.affiliates_pattern()
            {
                h.pattern = p;
            }
        }
        // Sorted by start, as `covering` relies on (the matcher reports them so).
        hits.sort_by_key(|h| h.start);
        own_family(ex, norm, &mut hits);
        let words = spans.iter().map(|&(s, _)| s).collect();
        let ends = spans.iter().map(|&(_, e)| e).collect();
        let mut a = Analysis {
            ex,
            norm,
            hits,
            words,
            ends,
            exceptions: Vec::new(),
            actions: Vec::new(),
            antecedent,
            refuser: None,
            company_clauses: std::cell::OnceCell::new(),
            law_words: std::cell::OnceCell::new(),
            parens: std::cell::OnceCell::new(),
            possessors: Vec::new(),
        };
        a.read_party_identifiers();
        a.read_shared_heads();
        a.drop_possessive_parties();
        a.drop_possessed_parties();
        a.read_outside_parties();
        a.drop_provider_modifiers();
        a.drop_infinitive_verbs();
        a.drop_shared_modifier_heads();
        a.drop_channels();
        a.drop_further_reading();
        a.drop_named_terms();
        a.drop_disclaimed_objects();
        a.drop_gerund_modifiers();
        a.drop_adjectival_participles();
        a.drop_described_associations();
        a.drop_site_places();
        a.drop_addressees();
        a.drop_readers_alternatives();
        a.drop_verbs_read_as_data();
        a.drop_goods_bought();
        a.drop_person_tags();
        a.drop_bidden_users();
        a.drop_messaged_users();
        a.drop_technique_modifiers();
        a.drop_protection_modifiers();
        a.drop_based_modifiers();
        a.drop_places();
        a.drop_messages();
        a.drop_served_content();
        a.drop_age_limits();
        a.drop_time_anchors();
        a.drop_staff_members();
        a.drop_link_title_data();
        a.drop_public_modifiers();
        a.drop_clause_openers();
        a.drop_company_names();
        a.drop_owned_kinds();
        a.read_requested_refusals();
        a.read_enabling_occasions();
        a.read_stopping_settings();
        a.read_deletion_on_request();
        a.read_pro_verbs();
        a.read_licensing_verbs();
        a.read_enabling_data();
        a.read_party_sight();
        a.read_company_uploads();
        a.read_staff_review();
        a.read_company_withholding();
        a.read_deidentified_kinds();
        a.read_coordinated_parties();
        a.exceptions = a
            .hits
            .iter()
            .filter(|h| a.is(h, Target::Exception) && !a.gerund_after_preposition(h))
            .map(|h| {
                // A fronted exception ("Unless you object, we share …", "In
                // any case other than those above, we …") ends at the comma;
                // one after the main clause runs to its end.
                // (A clause opens the sentence or follows a run-in heading
                // or a semicolon: "With Your Consent: Other than as set out
                // above, you will receive notice when …".)
                let opens = a.norm[..h.start].rfind([':', ';']).map_or(0, |p| p + 1);
                let from = if opens == 0 {
                    0
                } else {
                    a.word_index(opens) + 1
                };
                let at = a.word_index(h.start).saturating_sub(from);
                let fronted = at <= 1
                    || (at <= 5
                        && !a.norm[opens..h.start].contains([',', ';', ':'])
                        && !a.hits.iter().any(|u| u.start >= opens && u.start < h.start));
                let end = a.phrase_end(h.start, usize::MAX);
                // One set off by commas, after which the verb's complement
                // goes on, ends at its closing comma: "may be shared, but
                // only in the aggregate, with advertisers".
                let aside = a.norm[..h.start].trim_end().ends_with(',')
                    && a.norm[h.start..end].find(',').is_some_and(|c| {
                        let rest = &a.norm[h.start + c + 1..];
                        rest.starts_with(" with ")
                            || rest.starts_with(" to ")
                            // (Or the clause a negative adverbial fronts
                            // resumes: "Under no circumstances, except when
                            // required by law, will we share your data".)
                            || [" will ", " would ", " do ", " does ", " shall ", " can ", " may "]
                                .iter()
                                .any(|aux| {
                                    rest.strip_prefix(aux)
                                        .is_some_and(|r| r.starts_with("we ") || r.starts_with("our "))
                                })
                    });
                let end = match a.norm[h.start..end].find(',') {
                    Some(c) if fronted || aside => h.start + c,
                    _ => end,
                };
                // One in brackets ends with them: "may use information (not
                // including your name or address) about your visits …".
                let before = &a.norm[..h.start];
                let bracketed = match (before.rfind('('), before.rfind(')')) {
                    (Some(open), close) => close.is_none_or(|c| c < open),
                    (None, _) => false,
                };
                let end = match a.norm[h.start..end].find(')') {
                    Some(c) if bracketed => h.start + c,
                    _ => end,
                };
                (h.start, end)
            })
            .collect();
        a.read_contrasted_data();
        a.actions = a.hits.iter().map(|h| a.action_of(h)).collect();
        a.read_denied_after_offered();
        a
    }

    /// A choice denied after one offered ("you can opt out of marketing
    /// emails, but you cannot opt out of service announcements") sets
    /// what it is denied over apart, as an exception does: the offered
    /// choice does not cover it, and the practice it governs is not about
    /// it. (It runs to the clause's end.)
    fn read_denied_after_offered(&mut self) {
        let choices: Vec<Hit> = self
            .hits
            .iter()
            .filter(|h| self.entry(h, Kind::Choice).is_some())
            .copied()
            .collect();
        // (Two choices at least, which few clauses name.)
        if choices.len() < 2 {
            return;
        }
        let Some(offered) = choices.iter().position(|h| !self.denied(h)) else {
            return;
        };
        // (Not one conceded, which the act goes on past: "…; even if you
        // opt out, we still collect your browsing data" states the act.)
        let denied: Vec<(usize, usize)> = choices[offered + 1..]
            .iter()
            .filter(|h| self.denied(h) && !self.conceded(h))
            .map(|h| {
                let end = self.norm[h.end..]
                    .find(['.', ';'])
                    .map_or(self.norm.len(), |e| h.end + e);
                (h.start, end)
            })
            .collect();
        if !denied.is_empty() {
            self.exceptions.extend(denied);
            self.exceptions.sort_unstable();
        }
    }

    /// A data term right before a provider of a service names the
    /// provider, not data handed to it: "email service providers",
    /// "operating system provider", "credit card companies". (Not before
    /// any recipient: "the information advertisers collect" is a relative
    /// clause, "share information publicly" an adverb.)
    pub(super) fn drop_provider_modifiers(&mut self) {
        let provider = |h: &Hit| {
            let head = self.norm[h.start..h.end]
                .rsplit(' ')
                .next()
                .unwrap_or_default();
            PROVIDERS.contains(&head) && self.entry(h, Kind::Recipient).is_some()
        };
        let modifies = |h: &Hit, next: &Hit| {
            self.only_data(h) && &self.norm[h.end..next.start] == " " && provider(next)
        };
        let mut dropped: Vec<usize> = self
            .hits
            .windows(2)
            .filter(|w| modifies(&w[0], &w[1]))
            .map(|w| w[0].start)
            .collect();
        // So does one right before a noun naming who makes, owns or
        // publishes it: "partners like content licensors", "app developers",
        // "account holders"; or a product: "credit card offerings"; or a
        // field of law or a role in it: "data
        // protection laws", "the data controller" (not "information
        // subject to special protections").
        dropped.extend(
            self.hits
                .iter()
                .filter(|h| {
                    let w = self.word_index(h.end - 1) + 1;
                    self.only_data(h)
                        && w < self.words.len()
                        && &self.norm[h.end..self.words[w]] == " "
                        && (AGENT_NOUNS.contains(&self.word(w))
                            || PRODUCT_NOUNS.contains(&self.word(w))
                            || (FIELD_NOUNS.contains(&self.word(w))
                                && (w + 1 == self.words.len() || self.word(w + 1) != "to")))
                })
                .map(|h| h.start),
        );
        self.drop_hits(&dropped);
    }

    /// A party named before an identifier names whose account it is, not
    /// a recipient: "social network ID", "your Facebook ID", "Twitter
    /// handle" are account data (as "username" after it already is).
    pub(super) fn read_party_identifiers(&mut self) {
        // (Party hits and the word after each: the vocabulary is looked up
        // only where one is followed by an identifier noun.)
        let mut dropped = Vec::new();
        let mut retagged = Vec::new();
        for i in 0..self.hits.len() {
            let h = self.hits[i];
            let w = self.word_index(h.end - 1) + 1;
            if w >= self.words.len()
                || !ACCOUNT_IDS.contains(&self.word(w))
                || &self.norm[h.end..self.words[w]] != " "
                || self.entry(&h, Kind::Recipient).is_none()
                || self.targets(&h).len() > 1
            {
                continue;
            }
            // "your Facebook username": the data is named after it.
            if self
                .hits
                .get(i + 1)
                .is_some_and(|n| n.start == self.words[w] && self.only_data(n))
            {
                dropped.push(h.start);
            } else {
                retagged.push((i, self.ends[w]));
            }
        }
        if let Some(account) = (!retagged.is_empty())
            .then(|| self.ex.matcher.pattern_of(PARTY_IDENTIFIER))
            .flatten()
        {
            for (i, end) in retagged {
                self.hits[i].end = end;
                self.hits[i].pattern = account;
            }
        }
        self.drop_hits(&dropped);
    }

    /// A modifier joined to a data term shares its head noun: in "device
    /// and usage information", "demographic and location information",
    /// "financial and health information" the first word names data of
    /// its own ("device information", …) that no term covers alone.
    pub(super) fn read_shared_heads(&mut self) {
        let mut added = Vec::new();
        for h in &self.hits {
            let last = self.word_index(h.end - 1);
            let first = self.word_index(h.start);
            if first < 2
                || !SHARED_HEADS.contains(&self.word(last))
                || !self.only_data(h)
                || !matches!(self.word(first - 1), "and" | "or")
                || self.norm[self.ends[first - 2]..self.words[first]].trim() != self.word(first - 1)
                || self.covering(self.words[first - 2]).next().is_some()
            {
                continue;
            }
            let term = format!("{} {}", self.word(first - 2), self.word(last));
            if let Some(p) = self.ex.matcher.pattern_of(&term).filter(|&p| {
                self.ex
                    .matcher
                    .targets(p)
                    .iter()
                    .all(|t| matches!(t, Target::Entry(Kind::Data, _)))
            }) {
                added.push(Hit {
                    start: self.words[first - 2],
                    end: self.ends[first - 2],
                    pattern: p,
                });
            }
        }
        if !added.is_empty() {
            self.hits.extend(added);
            self.hits.sort_by_key(|h| h.start);
        }
    }

    /// A party between the reader's possessive and their data or account
    /// names whose product it is, not who receives it: "your Google
    /// Account information", "your publicly visible Google Profile
    /// information", "their Facebook account". (A recipient of the data
    /// stands apart from it: "share your profile with Google".)
    pub(super) fn drop_possessed_parties(&mut self) {
        if !self.has_word(|w| matches!(w, "your" | "their")) {
            return;
        }
        // Whether the hit at `i` is a party right before the reader's data
        // or account.
        let owned_next = |i: usize| {
            let h = &self.hits[i];
            let w = self.word_index(h.end - 1) + 1;
            w < self.words.len()
                && &self.norm[h.end..self.words[w]] == " "
                && self.entry(h, Kind::Recipient).is_some()
                && self.targets(h).len() == 1
                && (self
                    .hits
                    .get(i + 1)
                    .is_some_and(|n| n.start == self.words[w] && self.only_data(n))
                    || OWNED_NOUNS.contains(&self.word(w)))
        };
        let mut dropped = Vec::new();
        for i in 0..self.hits.len() {
            let h = &self.hits[i];
            let first = self.word_index(h.start);
            // (Or before another that is, joined to it: "your Facebook or
            // Twitter account" is the reader's on both.)
            let owned = owned_next(i);
            let joined = self.hits.get(i + 1).filter(|n| {
                !owned
                    && n.start >= h.end
                    && matches!(&self.norm[h.end..n.start], " or " | " and " | " and or ")
                    && self.entry(h, Kind::Recipient).is_some()
                    && self.targets(h).len() == 1
                    && owned_next(i + 1)
            });
            // What follows is the reader's data or account, and the
            // possessive opens the phrase, a few modifiers before the party
            // ("your publicly visible Google Profile"), within one phrase.
            if (owned || joined.is_some())
                && (first.saturating_sub(POSSESSED_WINDOW)..first)
                    .rev()
                    .any(|k| {
                        matches!(self.word(k), "your" | "their")
                            && !self.norm[self.words[k]..h.start].contains([',', ';', ':', '('])
                            && (k + 1..first).all(|j| !PHRASE_BREAKS.contains(&self.word(j)))
                    })
            {
                dropped.push(h.start);
                dropped.extend(joined.map(|n| n.start));
            }
        }
        self.drop_hits(&dropped);
    }

    /// A party in the possessive right before data is whose data it is,
    /// not who receives it: "your friends' email addresses" are the
    /// friends', "our partners' contact information" is shared with
    /// whoever the sentence names ("with you"). (A party's possessive before
    /// another party keeps both: "Google's advertising partners".)
    fn drop_possessive_parties(&mut self) {
        if !self.norm.contains('\'') {
            return;
        }
        let possessors: Vec<Hit> = self
            .hits
            .windows(2)
            .filter(|pair| {
                let (h, next) = (&pair[0], &pair[1]);
                let gap = &self.norm[h.end..next.start.max(h.end)];
                matches!(gap, "' " | "'s ")
                    && self.entry(h, Kind::Recipient).is_some()
                    && self.targets(h).iter().all(|t| {
                        matches!(t, Target::Entry(Kind::Recipient, _) | Target::UserSubject)
                    })
                    && self.only_data(next)
            })
            .map(|pair| pair[0])
            .collect();
        let dropped: Vec<usize> = possessors.iter().map(|h| h.start).collect();
        self.drop_hits(&dropped);
        self.possessors = possessors;
    }

    /// A group after "outside (of)" bounds an act rather than receives
    /// it: "not shared outside of our corporate family", "anyone outside
    /// Acme and its subsidiaries" speak of the parties outside the group,
    /// third parties. (Read as a recipient, a promise to keep data within
    /// the family would read as one never to share it with the family, and
    /// a later "we share with our affiliates" as that promise broken.) The
    /// group's other members joined to it ("and its subsidiaries") go with
    /// it.
    pub(super) fn read_outside_parties(&mut self) {
        if !self.has_word(|w| w == "outside") {
            return;
        }
        let Some(outside) = self.ex.matcher.pattern_of(OUTSIDE_PARTIES) else {
            return;
        };
        let group = |a: &Self, h: &Hit| {
            a.is(h, Target::FirstParty)
                || a.entry(h, Kind::Recipient).is_some_and(|e| {
                    let id = &a.ex.taxonomy.recipients[e].id;
                    GROUPS.contains(&id.as_str()) || a.ex.named_company[e]
                })
        };
        let mut retagged = Vec::new();
        let mut dropped = Vec::new();
        // Where the group read last ends.
        let mut member_end: Option<usize> = None;
        for (i, h) in self.hits.iter().enumerate() {
            let joined = member_end.is_some_and(|end| {
                end <= h.start
                    && self.norm[end..h.start]
                        .split(' ')
                        .all(|w| w.is_empty() || GROUP_WORDS.contains(&w))
            });
            if joined && (group(self, h) || self.entry(h, Kind::Recipient).is_some()) {
                dropped.push(h.start);
                member_end = Some(h.end);
            } else if group(self, h) && self.after_outside(h.start) {
                retagged.push(i);
                member_end = Some(h.end);
                // (Whoever "outside" bounds is those outside, not the
                // public: "disclose it to anyone outside our company".)
                if let Some(prev) = i.checked_sub(1).map(|k| &self.hits[k])
                    && self.norm[prev.end..].trim_start().starts_with("outside ")
                    && self
                        .entry(prev, Kind::Recipient)
                        .is_some_and(|e| self.ex.taxonomy.recipients[e].id == "public")
                {
                    dropped.push(prev.start);
                }
            } else {
                member_end = None;
            }
        }
        for i in retagged {
            self.hits[i].pattern = outside;
        }
        self.drop_hits(&dropped);
    }

    /// Whether the words before `start` are "outside (of)" and at most two
    /// determiners ("outside of our", "outside the"), or a name no term
    /// covers joined to the group ("outside Acme and its"; the company's
    /// name read as such is a group of its own).
    fn after_outside(&self, start: usize) -> bool {
        let mut w = self.word_index(start);
        let mut name = false;
        for _ in 0..5 {
            if w == 0 {
                return false;
            }
            w -= 1;
            match self.word(w) {
                "outside" => return true,
                "of" if w > 0 && self.word(w - 1) == "outside" => return true,
                "our" | "the" | "its" | "their" | "this" | "that" => {}
                "and"
                    if !name
                        && w > 0
                        && !self
                            .hits
                            .iter()
                            .any(|h| h.start <= self.words[w - 1] && self.words[w - 1] < h.end) =>
                {
                    w -= 1;
                    name = true;
                }
                _ => return false,
            }
        }
        false
    }

    /// "Do so" after a modal, in a clause set against the one before
    /// ("but", "however"), stands for the act named there: "We don't
    /// currently sell personal information, but we may do so in the
    /// future" — a sale the company may make. (Not "if required to do so by
    /// law", the same act's condition, nor "if you do so", the user's.)
    fn read_pro_verbs(&mut self) {
        if !self.norm.contains(" do so") {
            return;
        }
        let mut found = Vec::new();
        for i in 1..self.words.len().saturating_sub(1) {
            if self.word(i) != "do"
                || self.word(i + 1) != "so"
                || !MODALS.contains(&self.word(i - 1))
            {
                continue;
            }
            let Some(act) = self
                .hits
                .iter()
                .rev()
                .find(|h| h.end <= self.words[i] && self.names_action(h))
            else {
                continue;
            };
            // (Set against it: "but", "however". A clause joined by "and"
            // mostly restates it — "you care how information about you is
            // used and shared, and we appreciate your trust that we will
            // do so carefully" — and one after "where" is its condition:
            // "where we can provide access, we will do so for free".)
            let between = &self.norm[act.end..self.words[i]];
            if !between.contains(" but ") && !between.contains("however") {
                continue;
            }
            found.push(Hit {
                start: self.words[i],
                end: self.ends[i + 1],
                pattern: act.pattern,
            });
        }
        self.insert_hits(found);
    }

    /// "License" is a verb of sale where a subject, a modal, a negation or
    /// a coordinated verb stands before it and data follows within a few
    /// modifiers: "We license aggregated location data to retailers", "we
    /// never license location data". (The vocabulary
    /// lists it only with its object, "license your", as it is mostly the
    /// noun: "license agreement", "driver's license"; a term spelling the
    /// object would swallow its words, "aggregated" among them.)
    fn read_licensing_verbs(&mut self) {
        /// Modifiers the data may take after the verb.
        const REACH: usize = 4;
        #[rustfmt::skip]
        const BEFORE: &[&str] = &[
            "we", "may", "might", "will", "would", "can", "could", "shall", "not", "never", "or",
            "and", "also", "to", "who", "which", "that", "they", "does", "do",
        ];
        if !may_license(self.norm) {
            return;
        }
        let Some(sale) = self.ex.matcher.pattern_of("license your") else {
            return;
        };
        let mut found = Vec::new();
        for i in 1..self.words.len() {
            if !matches!(
                self.word(i),
                "license" | "licence" | "licenses" | "licences"
            ) || !BEFORE.contains(&self.word(i - 1))
                || self
                    .hits
                    .iter()
                    .any(|h| h.start <= self.words[i] && h.end > self.words[i])
            {
                continue;
            }
            let end = self.ends[i];
            // (What the company licenses from others it acquires: "we
            // license content from third parties".)
            let phrase = &self.norm[end..];
            let phrase = &phrase[..phrase.find([',', ';', ':', '.']).unwrap_or(phrase.len())];
            if phrase.contains(" from ") {
                continue;
            }
            let data = self.hits.iter().find(|h| h.start > end).is_some_and(|h| {
                self.only_data(h)
                    && self.word_index(h.start) <= i + REACH
                    && !self.norm[end..h.start].contains([',', ';', ':', '.'])
            });
            if data {
                found.push(Hit {
                    start: self.words[i],
                    end,
                    pattern: sale,
                });
            }
        }
        self.insert_hits(found);
    }

    /// Data that "helps us", "allows us to" or "enables us to" do something
    /// is used for it: "Cookies help us understand how you use our site",
    /// "Your feedback helps us improve our products", "Location data
    /// allows us to show you nearby stores". The clause up to the verb
    /// names only data, its subject (a party there helps as a recipient
    /// does: "Service providers help us operate our site"); the verb reads
    /// as a use.
    fn read_enabling_data(&mut self) {
        if !enables_us(self.norm) {
            return;
        }
        let Some(use_) = self.ex.matcher.pattern_of("utilize") else {
            return;
        };
        let Some(w) = (1..self.words.len().saturating_sub(1))
            .find(|&w| ENABLING_US.contains(&self.word(w)) && self.word(w + 1) == "us")
        else {
            return;
        };
        let at = self.words[w];
        let before: Vec<&Hit> = self.hits.iter().filter(|h| h.end <= at).collect();
        // (Data opening the clause, a determiner or two before it, and no
        // comma or other term on the way to the verb but a relative clause
        // on the data whose subject is the company or the reader: "the
        // information we learn from customers helps us …", "information you
        // provide allows us to …".)
        let mut relative = false;
        let mut prev: Option<&Hit> = None;
        let subject_terms = before.iter().all(|&h| {
            let ok = if self.only_data(h)
                || [Target::May, Target::Will, Target::Topic, Target::TopicNear]
                    .iter()
                    .any(|&t| self.is(h, t))
            {
                true
            } else if (self.is(h, Target::FirstParty) || self.is(h, Target::UserSubject))
                && matches!(&self.norm[h.start..h.end], "we" | "you")
                && prev.is_some_and(|p| {
                    self.only_data(p)
                        && matches!(&self.norm[p.end..h.start], " " | " that " | " which ")
                })
            {
                relative = true;
                true
            } else {
                relative
            };
            prev = Some(h);
            ok
        });
        let subject = before.first().is_some_and(|first| {
            self.word_index(first.start) <= 2 && !self.norm[..first.start].contains([',', ';', ':'])
        }) && subject_terms
            && before.iter().any(|h| self.only_data(h))
            && !self.norm[before[0].start..at].contains([',', ';', ':', '('])
            && self.hits.iter().all(|h| h.start != at);
        if subject {
            self.insert_hits(vec![Hit {
                start: at,
                end: self.ends[w],
                pattern: use_,
            }]);
        }
    }

    /// The company uploading data to a party discloses it: "we may upload
    /// hashed email addresses of our members to advertising platforms".
    /// (Uploading is otherwise the reader's, to the company: "photos you
    /// upload"; to another site, `uploaded_elsewhere` leaves it out.) The
    /// company opens the clause before the verb, past its auxiliaries, and
    /// a recipient follows "to" within the verb's reach.
    fn read_company_uploads(&mut self) {
        let mut found = Vec::new();
        for (k, h) in self.hits.iter().enumerate() {
            if !self.norm[h.start..h.end].starts_with("upload") || !self.verb_of(h, "collect") {
                continue;
            }
            let mut j = self.word_index(h.start);
            while j > 0
                && matches!(
                    self.word(j - 1),
                    "may"
                        | "might"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "also"
                        | "sometimes"
                        | "do"
                        | "does"
                        | "not"
                        | "never"
                        | "periodically"
                        | "regularly"
                )
            {
                j -= 1;
            }
            let ours = j > 0
                && (self.word(j - 1) == "we"
                    || self
                        .covering(self.words[j - 1])
                        .any(|u| self.is(u, Target::FirstParty)));
            let last = self.word_index(h.end - 1);
            let reached = (last + 1..(last + 10).min(self.words.len()))
                .take_while(|&i| {
                    !self.norm[self.ends[i - 1]..self.words[i]].contains([';', '.', ':'])
                })
                .any(|i| {
                    self.word(i) == "to"
                        && i + 1 < self.words.len()
                        && self.hits.iter().any(|u| {
                            self.word_index(u.start) <= i + 2
                                && u.start > self.words[i]
                                && self.entry(u, Kind::Recipient).is_some()
                        })
                });
            if ours && reached {
                found.push(k);
            }
        }
        self.read_as(&found, "transmit");
    }

    /// A party that "sees" or "views" data in the present tense is shown
    /// it, as one that "can see" it is: "other users see your distance",
    /// "advertisers see which ads you click". The bare verb is read only
    /// right after a recipient the vocabulary knows ("see our cookie
    /// policy", "as you see" show nothing to anyone).
    fn read_party_sight(&mut self) {
        if !may_see(self.norm) {
            return;
        }
        let mut found = Vec::new();
        for w in 1..self.words.len().saturating_sub(1) {
            if !matches!(self.word(w), "see" | "sees" | "view" | "views")
                || self.covering(self.words[w]).next().is_some()
            {
                continue;
            }
            // (With data right after: "Instagram – see section 7" refers
            // the reader on, the dash gone from the normalised text.)
            let seen = self.hits.iter().any(|h| {
                h.start > self.words[w] && self.word_index(h.start) <= w + 3 && self.only_data(h)
            });
            if !seen {
                continue;
            }
            // (Or the object of a verb of letting, before "to": "we allow
            // other users to see your location".)
            let allowed = w >= 3 && self.word(w - 1) == "to";
            let at = if allowed { w - 2 } else { w - 1 };
            let party = self
                .covering(self.words[at])
                .find(|h| h.end == self.ends[at]);
            if party.is_some_and(|h| {
                self.entry(h, Kind::Recipient).is_some()
                    && self.entry(h, Kind::Data).is_none()
                    && (!allowed || {
                        let b = self.word_index(h.start);
                        b > 0 && ALLOWING.contains(&self.word(b - 1))
                    })
            }) {
                found.push(w);
            }
        }
        if found.is_empty() {
            return;
        }
        let Some(sees) = self.ex.matcher.pattern_of("can see") else {
            return;
        };
        self.insert_hits(
            found
                .into_iter()
                .map(|w| Hit {
                    start: self.words[w],
                    end: self.ends[w],
                    pattern: sees,
                })
                .collect(),
        );
    }

    /// Data "reviewed by", "read by", "seen by" … the company's own people
    /// is used by the company: "your chats may be reviewed by our staff to
    /// improve the model", "recordings may be heard by authorized
    /// employees". So is data they "listen to", "can see" or "have access
    /// to" as the verb's subject: "our employees may listen to a sample of
    /// your recordings", "employees do not listen to your voice
    /// recordings". The weak verb wants a recipient, and the company's
    /// people are none; read as it stands, the sentence stated nothing.
    fn read_staff_review(&mut self) {
        // (Only weak verbs are looked at, and most clauses have none.)
        let mut found = Vec::new();
        for (k, h) in self.hits.iter().enumerate() {
            if !self
                .targets(h)
                .iter()
                .any(|t| matches!(t, Target::WeakVerb(_)))
            {
                continue;
            }
            if !self.norm[h.start..h.end].ends_with(" by") {
                if self.staff_subject(h) {
                    found.push(k);
                }
                continue;
            }
            let first = self.word_index(h.end - 1) + 1;
            let mut w = first;
            while w < self.words.len() && w < first + 3 && STAFF_MODIFIERS.contains(&self.word(w)) {
                w += 1;
            }
            // (Not where parties are listed beside them: "accessible by
            // authorized employees, representatives, and agents".)
            if w < self.words.len()
                && COMPANY_PEOPLE.contains(&self.word(w))
                && !self.norm[h.end..self.words[w]].contains([',', ';', ':', '('])
                && !self.hits.iter().any(|u| {
                    u.start > self.ends[w]
                        && self.word_index(u.start) <= w + 6
                        && self.entry(u, Kind::Recipient).is_some()
                })
            {
                found.push(k);
            }
        }
        self.read_as(&found, "utilize");
    }

    /// Reads the hits at indexes `found` as the vocabulary's `term` (a
    /// verb of another action). The pattern is looked up only for a clause
    /// that has one: the lookup normalises and searches.
    fn read_as(&mut self, found: &[usize], term: &str) {
        if found.is_empty() {
            return;
        }
        let Some(pattern) = self.ex.matcher.pattern_of(term) else {
            return;
        };
        for &k in found {
            self.hits[k].pattern = pattern;
        }
    }

    /// Whether the company's people are the subject of the weak verb `h`
    /// (past its auxiliaries and negation: "our employees may listen to",
    /// "employees do not listen to"), with no recipient after it (where a
    /// party is named, "staff can see … and share it with partners", the
    /// verb is read as it stands).
    fn staff_subject(&self, h: &Hit) -> bool {
        let mut j = self.word_index(h.start);
        while j > 0
            && (NEGATION_GLUE.contains(&self.word(j - 1))
                || matches!(self.word(j - 1), "do" | "does" | "not" | "never" | "only"))
            && !self.norm[self.ends[j - 1]..self.words[j]].contains([',', ';', ':'])
        {
            j -= 1;
        }
        if j == 0 || !COMPANY_PEOPLE.contains(&self.word(j - 1)) {
            return false;
        }
        let mut m = j - 1;
        while m > 0 && STAFF_MODIFIERS.contains(&self.word(m - 1)) {
            m -= 1;
        }
        // (The people open the clause, or a causative's: "we do not have
        // employees listen to …"; not "we share it with our staff who can
        // see it", whose staff a preposition governs.)
        let opens = m == 0
            || self.norm[self.ends[m - 1]..self.words[m]].contains([',', ';', ':'])
            || matches!(self.word(m - 1), "have" | "has" | "let" | "lets");
        opens
            && !self.hits.iter().any(|u| {
                u.start >= h.end
                    && self.word_index(u.start) <= self.word_index(h.end - 1) + 6
                    && self.entry(u, Kind::Recipient).is_some()
            })
    }

    /// A modifier coordinated with a party's own shares its head noun:
    /// "analytics and marketing partners" are analytics partners as well
    /// as marketing partners, "advertising or measurement companies" both
    /// kinds. The first modifier alone reads as a purpose (analytics),
    /// and the party it names was lost; where the vocabulary knows the
    /// modifier with the head as a recipient, it is one.
    fn read_coordinated_parties(&mut self) {
        // (The joining words between two hits are the first test: no
        // search of the clause before it.)
        // (From the last: "advertising, measurement or analytics partners"
        // passes the head back along the list, each modifier read in turn
        // taking it from the one after.)
        let mut head_after: Option<String> = None;
        for k in (0..self.hits.len().saturating_sub(1)).rev() {
            let (h, next) = (&self.hits[k], &self.hits[k + 1]);
            let carried = head_after.take();
            if next.start < h.end
                || !matches!(&self.norm[h.end..next.start], " and " | " or " | ", ")
                || self.entry(h, Kind::Purpose).is_none()
                || self.entry(h, Kind::Recipient).is_some()
                || self.entry(next, Kind::Recipient).is_none()
            {
                continue;
            }
            let head = carried.or_else(|| {
                self.norm[next.start..next.end]
                    .rsplit_once(' ')
                    .map(|(_, head)| head.to_string())
            });
            let Some(head) = head else {
                continue;
            };
            let phrase = format!("{} {head}", &self.norm[h.start..h.end]);
            let Some(pattern) = self.ex.matcher.pattern_of(&phrase) else {
                continue;
            };
            if self
                .ex
                .matcher
                .targets(pattern)
                .iter()
                .any(|t| matches!(t, Target::Entry(Kind::Recipient, _)))
            {
                self.hits[k].pattern = pattern;
                head_after = Some(head);
            }
        }
    }

    /// Data of a kind the vocabulary does not name, de-identified, is
    /// de-identified data: "de-identified vehicle data", "aggregated trip
    /// information" (the matcher reads only the generic "data" there, and
    /// the act would pass for one of personal information). A kind it
    /// names keeps its own term: "aggregated usage data" is usage data,
    /// said de-identified.
    fn read_deidentified_kinds(&mut self) {
        if !["aggregat", "anonym", "identified"]
            .iter()
            .any(|w| self.norm.contains(w))
        {
            return;
        }
        let mut found = Vec::new();
        for (k, h) in self.hits.iter().enumerate() {
            let w = self.word_index(h.start);
            if w < 2
                || !matches!(&self.norm[h.start..h.end], "data" | "information")
                || self.entry(h, Kind::Data).is_none()
                || self.covering(self.words[w - 1]).next().is_some()
                // (A determiner makes the word before a verb: "we may
                // aggregate the information", "if we have aggregated the
                // information".)
                || DETERMINERS.contains(&self.word(w - 1))
                || matches!(
                    self.word(w - 1),
                    "a" | "an" | "this" | "that" | "your" | "our" | "their" | "its" | "my"
                )
            {
                continue;
            }
            let Some(adjective) = self.deidentifying_adjective(w - 2) else {
                continue;
            };
            let start = self.words[adjective];
            if !self.norm[start..h.start].contains([',', ';', ':', '(', ')'])
                && self.covering(start).next().is_none()
            {
                found.push((k, start));
            }
        }
        if found.is_empty() {
            return;
        }
        let Some(deidentified) = self.ex.matcher.pattern_of("de-identified data") else {
            return;
        };
        for (k, start) in found {
            self.hits[k].start = start;
            self.hits[k].pattern = deidentified;
        }
    }

    /// Where a de-identifying adjective that ends at word `w` starts
    /// ("aggregated", "anonymized", "de-identified"): its first word.
    pub(super) fn deidentifying_adjective(&self, w: usize) -> Option<usize> {
        if DEIDENTIFIED.contains(&self.word(w)) {
            Some(w)
        } else if self.word(w) == "identified" && w > 0 && self.word(w - 1) == "de" {
            Some(w - 1)
        } else {
            None
        }
    }

    /// What the company does "without sharing", "without disclosing" or
    /// "without revealing" data it promises not to do: "We show ads
    /// without sharing your email address with advertisers". The taxonomy
    /// reads such a phrase as the reader's choice to hold data back ("you
    /// can browse without providing your name"), whole, so its verb was no
    /// verb and a weak verb before it ("we provide the app without
    /// disclosing it to advertisers") was read as the disclosure. Where
    /// the company is the nearest subject before it, the phrase is split
    /// into its negation and its verb.
    fn read_company_withholding(&mut self) {
        if !self.norm.contains("without ") {
            return;
        }
        let mut split = Vec::new();
        for (k, h) in self.hits.iter().enumerate() {
            let Some(gerund) = self.norm[h.start..h.end].strip_prefix("without ") else {
                continue;
            };
            if self.entry(h, Kind::Choice).is_none() || !gerund.ends_with("ing") {
                continue;
            }
            let w = self.word_index(h.start);
            // (The nearest subject in the sentence: "you can browse
            // without …" and "reviews you share without …" are the
            // reader's.)
            let opens = self.norm[..h.start]
                .rfind(['.', ';', ':'])
                .map_or(0, |p| p + 1);
            let subject = (0..w)
                .rev()
                .take_while(|&i| self.words[i] >= opens)
                .find_map(|i| {
                    match self.word(i) {
                        "we" => Some(true),
                        "you" | "users" | "visitors" | "i" => Some(false),
                        // (The company's name as a subject, not its possessive:
                        // "some of our site's functionality can be used without
                        // revealing …" is the reader's to use.)
                        "our" | "us" | "ours" => None,
                        _ => self
                            .covering(self.words[i])
                            .any(|u| {
                                self.is(u, Target::FirstParty)
                                    && !self.norm[u.end..].starts_with(['\'', '’'])
                            })
                            .then_some(true),
                    }
                });
            if subject == Some(true) {
                split.push((k, self.words[w + 1]));
            }
        }
        if split.is_empty() {
            return;
        }
        let Some(negation) = self.ex.matcher.pattern_of("without") else {
            return;
        };
        let mut found = Vec::new();
        for (k, at) in split {
            let end = self.hits[k].end;
            let Some(verb) = self.ex.matcher.pattern_of(&self.norm[at..end]) else {
                continue;
            };
            if !self
                .ex
                .matcher
                .targets(verb)
                .iter()
                .any(Target::is_action_verb)
            {
                continue;
            }
            let without = self.ends[self.word_index(self.hits[k].start)];
            let h = &mut self.hits[k];
            h.end = without;
            h.pattern = negation;
            found.push(Hit {
                start: at,
                end,
                pattern: verb,
            });
        }
        self.insert_hits(found);
    }

    /// Where the purposes right after the "not" of "but not" at word `w`
    /// end ("to show you ads", "for marketing or advertising"), or where
    /// the "not" does: "to" or "for" may open them, and none may be an act
    /// ("but not share it", which the "not" denies).
    fn contrasted_purposes(&self, w: usize) -> usize {
        let not_end = self.ends[w];
        let mut k = w + 1;
        while k < self.words.len() && matches!(self.word(k), "to" | "for") {
            k += 1;
        }
        let mut end = not_end;
        for u in self.hits.iter().filter(|u| u.start > not_end) {
            let first = end == not_end && k < self.words.len() && u.start == self.words[k];
            let joins = end > not_end
                && self.norm[end..u.start]
                    .split_whitespace()
                    .all(|g| matches!(g, "," | "or" | "and" | "to" | "for"));
            let purpose_only = self
                .targets(u)
                .iter()
                .all(|t| matches!(t, Target::Entry(Kind::Purpose, _)));
            if !purpose_only || !(first || joins) {
                break;
            }
            end = u.end;
        }
        end
    }

    /// Data set against the object by "but not" (or ", not", "but never") is left out
    /// of the act, as an exclusion is: "we share your city, but not your
    /// precise location, with advertisers", "demographic information but
    /// not your name" (not "including but not limited to", which lists what
    /// is included). The "not" negates nothing else.
    fn read_contrasted_data(&mut self) {
        // (Looked for only where a "not" or "never" stands: most clauses
        // have none.) ("But never your name or email address" is the same
        // exclusion.)
        if !self.norm.contains(" not ") && !self.norm.contains(" never ") {
            return;
        }
        let mut found = Vec::new();
        for h in &self.hits {
            if !matches!(&self.norm[h.start..h.end], "not" | "never")
                || !self.is(h, Target::Negation)
            {
                continue;
            }
            let w = self.word_index(h.start);
            // (Or set off by a comma alone: "you can only opt out of the
            // sharing of your account information, not your phone number".)
            let comma = self.norm[..h.start].trim_end().ends_with(',');
            // (Or what the data an act handles does not include, the act
            // before it: "the segments we share do not include your name"
            // shares no name; "personal information does not include public
            // records" defines a term.)
            let contents = w > 0
                && w + 1 < self.words.len()
                && matches!(
                    self.word(w + 1),
                    "include" | "includes" | "contain" | "contains"
                )
                && (auxiliary(self.word(w - 1)) || self.word(w) == "never")
                && self.hits.iter().any(|u| {
                    u.end <= h.start
                        && self.names_action(u)
                        && !self.norm[u.end..h.start].contains([';', ':', '.'])
                });
            if w == 0
                || (self.word(w - 1) != "but" && !comma && !contents)
                || w + 1 >= self.words.len()
            {
                continue;
            }
            if HEDGES.contains(&self.word(w + 1)) {
                continue;
            }
            // It runs over the data listed right after it ("your name or
            // contact information"), starting within three words (of the
            // verb of containing, where one stands).
            let reach = w + 3 + usize::from(contents);
            let mut end = h.end;
            for u in self.hits.iter().filter(|u| u.start > h.end) {
                let gap = &self.norm[end..u.start];
                let joins = gap.split_whitespace().all(|g| {
                    matches!(g, "," | "or" | "and" | "any" | "other") || DETERMINERS.contains(&g)
                });
                let first = end == h.end && self.word_index(u.start) <= reach;
                if !self.only_data(u) || !(first || (joins && end > h.end)) {
                    break;
                }
                end = u.end;
            }
            // A purpose set against the act so is one it is not done for:
            // "we use information with special protections you choose to
            // provide for these purposes, but not to show you ads".
            if end == h.end && !comma && !contents {
                end = self.contrasted_purposes(w);
            }
            if end > h.end {
                found.push((
                    h.start,
                    if comma || contents {
                        h.start
                    } else {
                        self.words[w - 1]
                    },
                    end,
                ));
            }
        }
        let nots: Vec<usize> = found.iter().map(|&(not, _, _)| not).collect();
        self.drop_hits(&nots);
        self.exceptions
            .extend(found.into_iter().map(|(_, start, end)| (start, end)));
        self.exceptions.sort_unstable();
    }

    /// A purpose after a period and "of" / "after" is when the period
    /// starts, not what the act is for: "you can opt out within 30 days of
    /// creating your account", "deleted 90 days after closing your account".
    fn drop_time_anchors(&mut self) {
        if !self.has_word(|w| matches!(w, "of" | "after" | "following")) {
            return;
        }
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            w >= 2
                && a.targets(h)
                    .iter()
                    .all(|t| matches!(t, Target::Entry(Kind::Purpose, _)))
                && matches!(a.word(w - 1), "of" | "after" | "following")
                && matches!(
                    a.word(w - 2),
                    "hour"
                        | "hours"
                        | "day"
                        | "days"
                        | "week"
                        | "weeks"
                        | "month"
                        | "months"
                        | "year"
                        | "years"
                        | "date"
                )
        });
    }

    /// Whether a hit means data and nothing else (no verb, recipient or cue).
    pub(super) fn only_data(&self, h: &Hit) -> bool {
        self.targets(h)
            .iter()
            .all(|t| matches!(t, Target::Entry(Kind::Data, _)))
    }

    /// Whether a hit is a weak verb of an action ("available to", "viewed
    /// by", "have access to"): one that needs a party to name a practice.
    pub(super) fn is_weak(&self, h: &Hit) -> bool {
        self.targets(h)
            .iter()
            .any(|t| matches!(t, Target::WeakVerb(_)))
    }

    /// Whether the clause says security cannot be had: "may not be
    /// secure", "cannot be guaranteed", "at your own risk", "intercepted",
    /// "tampered with".
    pub(super) fn warns_of_risk(&self) -> bool {
        RISKS.iter().any(|r| self.norm.contains(r))
    }

    /// Whether a hit names trackers — the data entry `cookies`: cookies,
    /// web beacons, pixels, SDKs — which are the means of collecting, and
    /// another party's when it provides them.
    pub(super) fn names_trackers(&self, h: &Hit) -> bool {
        self.entry(h, Kind::Data)
            .is_some_and(|i| self.ex.taxonomy.data[i].id == TRACKERS)
    }

    /// Whether a data term covers word `j`.
    pub(super) fn data_word(&self, j: usize) -> bool {
        self.covering(self.words[j])
            .any(|h| self.entry(h, Kind::Data).is_some())
    }

    /// The quotation marks around a hit — where the quote opens and where
    /// it closes — when it stands inside one (an odd count of quotation
    /// marks before it, one after).
    pub(super) fn quoted_span(&self, h: &Hit) -> Option<(usize, usize)> {
        let before = &self.norm[..h.start];
        if before.matches('"').count().is_multiple_of(2) {
            return None;
        }
        let open = before.rfind('"')?;
        let close = h.end + self.norm[h.end..].find('"')?;
        Some((open, close))
    }

    /// Adds hits a rule reads where the vocabulary matched none, each in
    /// its place (hits stay sorted by start, as `covering` relies on).
    fn insert_hits(&mut self, found: Vec<Hit>) {
        for hit in found {
            let at = self.hits.partition_point(|h| h.start < hit.start);
            self.hits.insert(at, hit);
        }
    }

    /// Removes the hits starting at these offsets (hits start at distinct
    /// offsets: the matcher resumes after each).
    pub(super) fn drop_hits(&mut self, starts: &[usize]) {
        if !starts.is_empty() {
            self.hits.retain(|h| !starts.contains(&h.start));
        }
    }

    /// Removes the hits a rule reads as no term here.
    pub(super) fn drop_where(&mut self, drop: impl Fn(&Self, &Hit) -> bool) {
        let dropped: Vec<usize> = self
            .hits
            .iter()
            .filter(|h| drop(self, h))
            .map(|h| h.start)
            .collect();
        self.drop_hits(&dropped);
    }

    /// A one-word data term that is an infinitive's verb names no data:
    /// "share your information to address any concerns" (not a postal
    /// address), "use the service to email links".
    pub(super) fn drop_infinitive_verbs(&mut self) {
        self.drop_where(|a, h| {
            let next = a.norm[h.end..]
                .split_whitespace()
                .next()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
            let before = &a.norm[..h.start];
            // (So is one after a modal, or ending a list of verbs whose
            // object is no data of its own: "detect, prevent and address
            // fraud", "prevent, or otherwise address fraud" — not "your
            // name and address, the …".)
            // (The clause may open on it: an item "to address fraud, …".)
            let verb_slot = before.ends_with(" to ")
                || before == "to "
                || MODALS.iter().any(|m| {
                    before
                        .strip_suffix(' ')
                        .and_then(|b| b.strip_suffix(m))
                        .is_some_and(|b| b.ends_with(' '))
                });
            let listed = (before.ends_with(" and ")
                || before.ends_with(" or ")
                || before.ends_with(" otherwise "))
                && next.is_some_and(|w| {
                    matches!(
                        w,
                        "fraud"
                            | "spam"
                            | "abuse"
                            | "concerns"
                            | "issues"
                            | "questions"
                            | "complaints"
                            | "problems"
                            | "requests"
                            | "potential"
                            | "any"
                    )
                });
            // (A data word right after a verb that lets the company act is
            // its bare infinitive, whatever follows: "this information
            // helps us address customer support issues".)
            let enabled = ENABLING_US.iter().any(|v| {
                before
                    .strip_suffix(" us ")
                    .and_then(|b| b.strip_suffix(v))
                    .is_some_and(|b| b.ends_with(' '))
            });
            a.only_data(h)
                && !a.norm[h.start..h.end].contains(' ')
                && ((verb_slot && next.is_some_and(|w| OBJECT_OPENERS.contains(&w)))
                    || listed
                    || enabled)
        });
    }

    /// An act that names what a feature protects against is no act:
    /// "Apple's intelligent tracking prevention", "enhanced tracking
    /// protection", "a sharing blocker".
    pub(super) fn drop_protection_modifiers(&mut self) {
        if !["prevention", "protection", "blocker"]
            .iter()
            .any(|w| self.norm.contains(w))
        {
            return;
        }
        self.drop_where(|a, h| {
            let next = a.norm[h.end..]
                .split_whitespace()
                .next()
                .map(|w| w.trim_end_matches(|c: char| c.is_ascii_punctuation()));
            a.names_action(h)
                && a.norm[h.start..h.end].ends_with("ing")
                && matches!(
                    next,
                    Some("prevention" | "protection" | "protections" | "blocker" | "blockers")
                )
        });
    }

    /// A data term that modifies the name of a technique is no data: "data
    /// collection methods", "location tracking technologies",
    /// "location-identifying technologies" are tools.
    pub(super) fn drop_technique_modifiers(&mut self) {
        self.drop_where(|a, h| {
            let mut rest = a.norm[h.end..].split_whitespace();
            a.only_data(h)
                && matches!(
                    rest.next(),
                    Some("collection" | "tracking" | "processing" | "gathering" | "identifying")
                )
                && rest.next().is_some_and(|w| {
                    let w = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
                    TECHNIQUES.contains(&w)
                })
        });
    }

    /// A data term before "-based" names what something else is built on:
    /// "age-based ratings", "location-based services", "browser-based
    /// interactions" are no data handled (but "your location, based on
    /// your IP address" is).
    pub(super) fn drop_based_modifiers(&mut self) {
        self.drop_where(|a, h| {
            let mut rest = a.norm[h.end..].split(' ');
            rest.next() == Some("")
                && rest.next() == Some("based")
                && !matches!(rest.next(), Some("on" | "upon") | None)
                && a.only_data(h)
        });
    }

    /// "Location" naming a place is no data: "in the United States or
    /// other locations where we maintain facilities", "our store
    /// locations", "available in any particular location" (not "your
    /// location", "the locations you visit").
    pub(super) fn drop_places(&mut self) {
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            a.only_data(h)
                && matches!(&a.norm[h.start..h.end], "location" | "locations")
                && ((w > 0
                    && matches!(
                        a.word(w - 1),
                        "other"
                            | "our"
                            | "store"
                            | "office"
                            | "multiple"
                            | "various"
                            | "different"
                            | "several"
                            | "business"
                            | "retail"
                            | "many"
                            | "particular"
                            | "specific"
                            | "single"
                    ))
                    || a.norm[h.end..].starts_with(" where "))
        });
    }

    /// Content the service serves is no data of the reader's: "to provide
    /// content and ads that are more relevant to you", "delivering relevant
    /// content", "our ads and content", "advertisements and other content
    /// served by Amazon", "the content we provide", "online content". The
    /// bare word only: "your content", "content you post" and "photos,
    /// videos, or other content" (listed with the reader's data) stay.
    pub(super) fn drop_served_content(&mut self) {
        if !self.has_word(|w| w == "content") {
            return;
        }
        self.drop_where(|a, h| {
            if &a.norm[h.start..h.end] != "content" || !a.only_data(h) {
                return false;
            }
            let w = a.word_index(h.start);
            let next = a.word_get(w + 1);
            // (The reader's: "your content", "content you post", "content
            // that you share", "content of your messages".)
            // (Not what the reader sees: "the advertising and content you
            // see".)
            let theirs_after = |k: usize| {
                a.word_get(k).is_some_and(|n| CONTENT_OWNERS.contains(&n))
                    && !a.word_get(k + 1).is_some_and(|v| VIEWING.contains(&v))
            };
            let owned = (w.saturating_sub(3)..w).any(|i| CONTENT_OWNERS.contains(&a.word(i)))
                || next == Some("of")
                || theirs_after(w + 1)
                || (matches!(next, Some("that" | "which")) && theirs_after(w + 2));
            if owned {
                return false;
            }
            // The words before it in its phrase, back to a verb, a comma or
            // four words.
            let before: Vec<&str> = (w.saturating_sub(4)..w)
                .rev()
                .take_while(|&i| !a.norm[a.ends[i]..a.words[i + 1]].contains([',', ';', ':', '(']))
                .map(|i| a.word(i))
                .collect();
            // (Not content given to a party: "we provide information and
            // content to vendors and service providers".)
            let to_party = || {
                a.hits.iter().any(|r| {
                    r.start > h.end
                        && a.word_index(r.start) <= w + 8
                        && a.entry(r, Kind::Recipient).is_some()
                        && !a.clause_broken(h.end, r.start)
                })
            };
            let served_by_verb = before.iter().any(|x| SERVING.contains(x)) && !to_party();
            let companys = before
                .first()
                .is_some_and(|x| matches!(*x, "our" | "online" | "own"));
            // (Listed with what is served: "ads and content", "content,
            // advertising and functionality".)
            let along = |i: usize| a.word_get(i).is_some_and(|x| SERVED_ALONG.contains(&x));
            let listed = (w >= 2 && matches!(a.word(w - 1), "and" | "or") && along(w - 2))
                || (w >= 3
                    && a.word(w - 1) == "other"
                    && matches!(a.word(w - 2), "and" | "or")
                    && along(w - 3))
                || (matches!(next, Some("and" | "or")) && along(w + 2))
                || (a.norm[h.end..].starts_with(", ") && along(w + 1));
            let served_after =
                matches!(next, Some("served" | "offered" | "provided" | "delivered"))
                    || (next == Some("we")
                        && a.word_get(w + 2).is_some_and(|v| SERVING.contains(&v)));
            served_by_verb || companys || listed || served_after
        });
    }

    /// "An email" is a message, not an address: "we send all new members a
    /// welcoming email", "we may send recipients an email with a link", "a
    /// non-order related email", "each email" (an indefinite article or a
    /// distributive at most three words before, in the same phrase);
    /// so are emails a verb of sending sends ("we might also send out
    /// e-mails to users", "if you send us emails"), the email of a kind of
    /// message ("email updates", "every email correspondence") and email as
    /// a medium or channel ("information disclosed in emails", "contact us
    /// by email") and emails whose content is meant ("the content of your
    /// emails"). "Your email" and "email" alone stay addresses.
    pub(super) fn drop_messages(&mut self) {
        // (Most clauses name no email: the pass is skipped for them.)
        if !self.has_word(|w| matches!(w, "email" | "emails" | "mail" | "mails")) {
            return;
        }
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            let last = a.word_index(h.end - 1);
            let term = &a.norm[h.start..h.end];
            let article = || {
                (w.saturating_sub(4)..w).any(|i| {
                    matches!(a.word(i), "a" | "an" | "each" | "every" | "such")
                        && (i + 1..w).all(|k| a.word(k) != "of")
                        && !a.norm[a.words[i]..h.start].contains([',', ';', ':', '.', '('])
                })
            };
            let sent = || {
                let mut k = w;
                if k > 0 && matches!(a.word(k - 1), "out" | "us" | "you" | "them") {
                    k -= 1;
                }
                k > 0 && SENDING.contains(&a.word(k - 1))
            };
            // (The medium or channel: "information disclosed in emails",
            // "contact us by email"; or the activity a thing is used for,
            // "the phone can be used for email" — not a choice's topic,
            // "your preferences for email".)
            // (Past a determiner too: "the links in the email", "in your
            // emails".)
            let channel = || {
                let d = usize::from(
                    w > 1
                        && matches!(
                            a.word(w - 1),
                            "the" | "your" | "our" | "this" | "that" | "these"
                        ),
                );
                w > 0
                    && (matches!(a.word(w - 1 - d), "in" | "via" | "by" | "through")
                        || (w > 1
                            && a.word(w - 1) == "for"
                            && matches!(a.word(w - 2), "use" | "used" | "uses" | "using")))
            };
            // (What the messages hold: "the content of your emails in
            // Outlook.com", "the text of emails", "the content of that
            // email".)
            let held = || {
                let mut k = w;
                if k > 0
                    && matches!(
                        a.word(k - 1),
                        "your" | "the" | "their" | "any" | "these" | "that" | "this" | "each"
                    )
                {
                    k -= 1;
                }
                k >= 2
                    && a.word(k - 1) == "of"
                    && matches!(
                        a.word(k - 2),
                        "content" | "contents" | "text" | "body" | "subject"
                    )
            };
            let kind = || {
                last + 1 < a.words.len()
                    && a.norm[a.ends[last]..a.words[last + 1]].trim().is_empty()
                    && MESSAGE_KINDS.contains(&a.word(last + 1))
            };
            a.only_data(h)
                && matches!(term, "email" | "e mail" | "emails" | "e mails")
                && (article() || sent() || kind() || channel() || held())
        });
    }

    /// A data term that ends a company's name is no data: "Freedom
    /// Communications, Inc. has agreed to sell the assets of …", "Acme
    /// Information Services LLC".
    pub(super) fn drop_company_names(&mut self) {
        self.drop_where(|a, h| {
            let last = a.word_index(h.end - 1);
            a.only_data(h)
                && a.word_get(last + 1)
                    .is_some_and(|w| CORPORATE_SUFFIXES.contains(&w.trim_end_matches('.')))
        });
    }

    /// "That" opening the clause a verb of saying or knowing governs is no
    /// demonstrative: in "Be advised that Company may transfer your
    /// information" the company (a defined term) acts, not "that company",
    /// another one.
    pub(super) fn drop_clause_openers(&mut self) {
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            a.word(w) == "that"
                && w > 0
                && CLAUSE_TAKERS.contains(&a.word(w - 1))
                && a.entry(h, Kind::Recipient).is_some()
        });
    }

    /// "Public" modifying a noun of a service or a common good is no
    /// audience: "public transport companies", "the public interest",
    /// "public networks" (but "public areas", "your public profile", "made
    /// public" reach the public).
    pub(super) fn drop_public_modifiers(&mut self) {
        self.drop_where(|a, h| {
            &a.norm[h.start..h.end] == "public"
                && a.entry(h, Kind::Recipient).is_some()
                && a.norm[h.end..]
                    .split_whitespace()
                    .next()
                    .map(|w| w.trim_end_matches(|c: char| c.is_ascii_punctuation()))
                    .is_some_and(|w| PUBLIC_GOODS.contains(&w))
        });
    }

    /// A kind of party that a named company owns is that company's:
    /// "companies owned by Alphabet", "businesses controlled by Meta",
    /// "companies in the Amazon group" — its family, not third parties at
    /// large. The kind gives way to the name. So does a kind a relative
    /// clause places in the corporate family or that is called by another
    /// party's name (below).
    pub(super) fn drop_owned_kinds(&mut self) {
        let named = |a: &Analysis, u: &Hit| {
            a.entry(u, Kind::Recipient)
                .is_some_and(|i| a.ex.named_company[i])
        };
        fn id<'x>(a: &'x Analysis, u: &Hit) -> Option<&'x str> {
            a.entry(u, Kind::Recipient)
                .map(|i| a.ex.taxonomy.recipients[i].id.as_str())
        }
        // (So is a kind a relative clause places in the corporate family,
        // "businesses that are legally part of the same group of
        // companies", or that is called by another party's name, "these
        // companies are called affiliates".)
        // (Asked of every hit: the words after it first, then its entry.)
        const CALLED: [&str; 4] = ["are called ", "called ", "are known as ", "known as "];
        const RELATIVE: [&str; 3] = ["that are ", "which are ", "who are "];
        self.drop_where(|a, h| {
            let rest = a.norm[h.end..].trim_start();
            CALLED.iter().chain(&RELATIVE).any(|c| rest.starts_with(c))
                && matches!(id(a, h), Some(THIRD_PARTIES | "partners"))
                && {
                    let called = CALLED
                        .iter()
                        .filter_map(|c| rest.strip_prefix(c))
                        .any(|after| {
                            let at = a.norm.len() - after.len();
                            a.hits.iter().any(|u| {
                                u.start >= at
                                    && a.word_index(u.start) <= a.word_index(at) + 1
                                    && id(a, u).is_some_and(|x| x != THIRD_PARTIES)
                            })
                        });
                    called
                        || RELATIVE.iter().any(|r| {
                            rest.strip_prefix(r).is_some_and(|after| {
                                let words: Vec<&str> = after.split_whitespace().take(4).collect();
                                let at = a.norm.len() - after.len();
                                words
                                    .iter()
                                    .any(|w| matches!(*w, "part" | "members" | "member"))
                                    && a.hits.iter().any(|u| {
                                        u.start >= at
                                            && a.word_index(u.start) <= a.word_index(at) + 7
                                            && id(a, u) == Some("affiliates")
                                    })
                            })
                        })
                }
        });
        self.drop_where(|a, h| {
            let rest = a.norm[h.end..].trim_start();
            OWNED_BY.iter().any(|o| rest.starts_with(o)) && id(a, h) == Some(THIRD_PARTIES) && {
                OWNED_BY.iter().any(|o| {
                    rest.strip_prefix(o).is_some_and(|after| {
                        let at = a.norm.len() - after.len();
                        a.hits.iter().any(|u| {
                            u.start >= at
                                && a.word_index(u.start) <= a.word_index(at) + 1
                                && named(a, u)
                        })
                    })
                })
            }
        });
    }

    /// The data a link or button's quoted title names is no object of the
    /// sentence: "you can opt out of this by clicking “Do Not Sell or
    /// Share My Personal Information”" governs the practice it points at
    /// (the clause before), not personal information at large. A title is
    /// a quoted run of a few words holding a choice's words or a negation.
    pub(super) fn drop_link_title_data(&mut self) {
        if !self.norm.contains('"') {
            return;
        }
        self.drop_where(|a, h| {
            if !a.only_data(h) {
                return false;
            }
            let Some((open, close)) = a.quoted_span(h) else {
                return false;
            };
            a.norm[open..close].split_whitespace().count() <= 12
                && a.hits.iter().any(|u| {
                    u.start > open
                        && u.end <= close
                        && (a.is(u, Target::Negation)
                            || a.targets(u)
                                .iter()
                                .any(|t| matches!(t, Target::Entry(Kind::Choice, _))))
                })
        });
    }

    /// Members of the company's own staff are no other users: "access to
    /// designated staff members", "our team members" (but "other members",
    /// "members of the community" are).
    pub(super) fn drop_staff_members(&mut self) {
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            matches!(&a.norm[h.start..h.end], "members" | "member")
                && w > 0
                && STAFF.contains(&a.word(w - 1))
        });
    }

    /// An age limit says whom a statement is about, not what is collected:
    /// "children under age 13", "users over the age of 16", "aged 13 to
    /// 17", "less than 18 years of age", "the age of majority", "players of
    /// all ages" (but "your age", "age and gender" are data).
    pub(super) fn drop_age_limits(&mut self) {
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            let numeral =
                |i: usize| i < a.words.len() && a.word(i).starts_with(|c: char| c.is_ascii_digit());
            a.only_data(h)
                && matches!(&a.norm[h.start..h.end], "age" | "ages" | "aged")
                && (numeral(w + 1)
                    || (w + 2 < a.words.len() && a.word(w + 1) == "of" && numeral(w + 2))
                    || (w > 0
                        && matches!(
                            a.word(w - 1),
                            "under" | "over" | "above" | "below" | "minimum" | "legal"
                        ))
                    // "players of all ages", "users of any age"
                    || (w > 1
                        && matches!(a.word(w - 1), "all" | "any")
                        && a.word(w - 2) == "of")
                    || (w > 1
                        && a.word(w - 1) == "the"
                        && matches!(a.word(w - 2), "under" | "over" | "above" | "below"))
                    // An age the law sets: "or other age specified by
                    // applicable law", "the age of majority".
                    || (w + 1 < a.words.len()
                        && a.norm[a.ends[w]..a.words[w + 1]] == *" "
                        && matches!(
                            a.word(w + 1),
                            "specified" | "required" | "prescribed" | "set" | "defined"
                        ))
                    || (w + 2 < a.words.len()
                        && a.word(w + 1) == "of"
                        && matches!(a.word(w + 2), "majority" | "consent"))
                    // "less than 18 years of age", "16 years of age or older"
                    || (w > 2
                        && a.word(w - 1) == "of"
                        && matches!(a.word(w - 2), "years" | "year")
                        && numeral(w - 3)))
        });
    }

    /// A means of contact after "by" or "via" is the channel, not data
    /// handed over: "we will notify members via email", "contact you by
    /// phone" (but "identify you by your email address" names data, and
    /// takes a determiner), and so is one used as the verb of contact
    /// ("email us at …"); so is the company's own address after "contact
    /// us at" ([`Analysis::our_address`]).
    pub(super) fn drop_channels(&mut self) {
        self.drop_where(|a, h| {
            let term = &a.norm[h.start..h.end];
            a.only_data(h)
                && ((CHANNELS.contains(&term)
                    && ([" by ", " via "]
                        .iter()
                        .any(|p| a.norm[..h.start].ends_with(p))
                        // A verb of contact: "email us at …", "call us".
                        || [" us ", " us,", " us."]
                            .iter()
                            .any(|p| a.norm[h.end..].starts_with(p))
                        || &a.norm[h.end..] == " us"))
                    || a.our_address(h))
        });
    }

    /// Sites and apps after "on", "across" or "in" are where something
    /// is placed, not whom it reaches: "display personalised content on
    /// Booking.com and other websites", "ads across other sites" (but "share
    /// it with other websites", and "other websites may collect").
    pub(super) fn drop_site_places(&mut self) {
        self.drop_where(|a, h| {
            let term = &a.norm[h.start..h.end];
            if !SITE_NOUNS.iter().any(|n| term.ends_with(n)) {
                return false;
            }
            let w = a.word_index(h.start);
            let Some(i) = (w.saturating_sub(4)..w)
                .rev()
                .find(|&i| PLACE_PREPOSITIONS.contains(&a.word(i)))
            else {
                return false;
            };
            // (Past a name joined by "and", not past a verb or another
            // preposition: "collected on our site with other websites".
            // Nor where the preposition closes a verb of being shown whose
            // subject is the data: "your reviews may appear on other
            // websites" shows them there; "features that may appear on
            // other sites" shows no data.)
            !a.norm[a.words[i]..h.start].contains([',', ';', ':'])
                && !a.covering(a.words[i]).any(|u| {
                    a.names_action(u)
                        && a.subject_word(a.word_index(u.start), &["that", "which"])
                            .is_some_and(|k| a.data_word(k))
                })
                && (i + 1..w).all(|k| {
                    !matches!(a.word(k), "to" | "with")
                        && !a.covering(a.words[k]).any(|u| a.names_action(u))
                })
                && a.entry(h, Kind::Recipient).is_some()
        });
    }

    /// A gerund before the name of a setting or an arrangement modifies it,
    /// naming no act: "your data sharing preferences", "an
    /// information-sharing disclosure", "data processing agreements"; so
    /// does any form of a verb between a data term and a technique ("data
    /// transfer mechanisms").
    pub(super) fn drop_gerund_modifiers(&mut self) {
        self.drop_where(|a, h| {
            let term = &a.norm[h.start..h.end];
            let next = a.norm[h.end..]
                .strip_prefix(' ')
                .and_then(|r| r.split([' ', ',', '.', ';', ':']).next());
            // (Any form before a technique in a compound a data term opens,
            // "data transfer mechanisms"; not a verb whose object the
            // technique is, "advertisers may use technology".)
            let compound = || {
                let w = a.word_index(h.start);
                w > 0 && a.data_word(w - 1)
            };
            next.is_some_and(|n| {
                (term.ends_with("ing") && SETTING_NOUNS.contains(&n))
                    || (TECHNIQUES.contains(&n) && compound())
            }) && a.names_action(h)
        });
    }

    /// A participle after an adverb of how common a thing is describes a
    /// noun and names no act: "a structured, commonly used and
    /// machine-readable format", "widely used browsers" (not after a form
    /// of "be": "your data is commonly used to …").
    pub(super) fn drop_adjectival_participles(&mut self) {
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            w > 0
                && a.names_action(h)
                && participle(a.word(w))
                && matches!(
                    a.word(w - 1),
                    "commonly" | "widely" | "generally" | "frequently" | "broadly" | "universally"
                )
                && !(w > 1 && COPULAS.contains(&a.word(w - 2)))
        });
    }

    /// "Associated" describes a thing and names no act of linking: after
    /// its noun ("the information associated with your account") or a
    /// present or past "be" ("data that is not associated with your
    /// account"); only after a modal's "be", "been" or "have" does someone
    /// link it ("your activity may be associated with your account", "the
    /// responses will no longer be associated with you"). Nor is
    /// "associate with" a party linking anything: "we may associate or
    /// contract with third parties" is partnering.
    pub(super) fn drop_described_associations(&mut self) {
        if !self.has_word(|w| w.starts_with("associat")) {
            return;
        }
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            if !a.names_action(h) || !a.word(w).starts_with("associat") {
                return false;
            }
            if a.word(w) != "associated" {
                return matches!(a.word_get(w + 1), Some("with" | "or"));
            }
            let mut k = w;
            while k > 0
                && (a.word(k - 1).ends_with("ly")
                    || matches!(a.word(k - 1), "also" | "not" | "never" | "longer" | "no"))
            {
                k -= 1;
            }
            !(k > 0
                && matches!(
                    a.word(k - 1),
                    "be" | "been" | "being" | "have" | "has" | "had"
                ))
        });
    }

    /// What a company disclaims responsibility for is named, not handled:
    /// "is not responsible for the materials, activities or content of
    /// other sites" hands no content to other sites. Its terms go, to the
    /// end of the sentence or the semicolon, where no act is named after
    /// the cue (else the act's terms stay: "not responsible for the
    /// practices of third parties who collect your data").
    pub(super) fn drop_disclaimed_objects(&mut self) {
        if !self.has_word(|w| w.starts_with("responsib") || w.starts_with("liab")) {
            return;
        }
        let mut dropped = Vec::new();
        for h in &self.hits {
            let cue = &self.norm[h.start..h.end];
            if !(self.is(h, Target::TopicNear) && DISCLAIMERS.contains(&cue)) {
                continue;
            }
            // Disclaimed ("not responsible for", "accept no liability for",
            // "disclaim any responsibility for"), not a role the sentence
            // gives ("partners that are responsible for the campaign").
            let w = self.word_index(h.start);
            let disclaimed = cue.starts_with("not ")
                || (w.saturating_sub(3)..w).any(|i| {
                    matches!(
                        self.word(i),
                        "not" | "no" | "nor" | "never" | "disclaim" | "disclaims"
                    )
                });
            if !disclaimed {
                continue;
            }
            let end = self.norm[h.end..]
                .find(['.', ';', ':'])
                .map_or(self.norm.len(), |p| h.end + p);
            let named = self
                .hits
                .iter()
                .filter(|u| u.start >= h.end && u.start < end);
            if named.clone().any(|u| self.names_action(u)) {
                continue;
            }
            dropped.extend(named.map(|u| u.start));
        }
        self.drop_hits(&dropped);
    }

    /// A party the reader is offered as an alternative acts beside them,
    /// receiving nothing: "settings you or your administrator select",
    /// "you, your administrator or other users may connect third-party
    /// services". (Not "you and …": "shared with you and your friends".)
    pub(super) fn drop_readers_alternatives(&mut self) {
        self.drop_where(|a, h| {
            let before = a.norm[..h.start].trim_end();
            let after = &a.norm[h.end..];
            // (A comma only in a list the party goes on: "you, your
            // administrator or …", not "relevant to you, Adzerk receives".)
            let listed = after.starts_with(" or ") || after.starts_with(" and ");
            (before.ends_with(" you or")
                || before == "you or"
                || (listed && (before.ends_with(" you,") || before == "you,")))
                && a.entry(h, Kind::Recipient).is_some()
        });
    }

    /// A data noun that is also a verb, right after "who", "he" or "she"
    /// (or joined by "and" to such a verb), is the verb: "a woman who
    /// likes software", "who lives in Madrid and likes software", "someone
    /// who messages you" name no likes or messages.
    pub(super) fn drop_verbs_read_as_data(&mut self) {
        if !self.has_word(|w| matches!(w, "who" | "he" | "she")) {
            return;
        }
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            let subject = |k: usize| matches!(a.word(k), "who" | "he" | "she");
            let joined = w > 2
                && matches!(a.word(w - 1), "and" | "or")
                && (w.saturating_sub(7)..w - 2).any(|k| {
                    subject(k)
                        && a.word(k + 1).ends_with('s')
                        && !a.norm[a.words[k]..h.start].contains([',', ';', ':', '.', '('])
                });
            w > 0
                && h.end == a.ends[w]
                && (subject(w - 1) || joined)
                && a.word(w).ends_with('s')
                && a.only_data(h)
        });
    }

    /// A verb of buying collects data only when data follows it, within
    /// four words and the same phrase: "we buy information about you from
    /// data brokers", "we may also buy your email address". Goods and
    /// businesses are bought too ("we might sell or buy other businesses",
    /// "products viewed or bought", "find, buy, rent or sell your home"),
    /// and "best buys" are offers.
    pub(super) fn drop_goods_bought(&mut self) {
        if !self.has_word(|w| BUYING.contains(&w)) {
            return;
        }
        self.drop_where(|a, h| {
            if !BUYING.contains(&&a.norm[h.start..h.end]) || !a.names_action(h) {
                return false;
            }
            let w = a.word_index(h.start);
            let last = (w + 5).min(a.words.len());
            !a.hits.iter().any(|d| {
                d.start >= h.end
                    && d.start < a.words.get(last).copied().unwrap_or(a.norm.len())
                    && a.entry(d, Kind::Data).is_some()
                    && !a.norm[h.end..d.start].contains([',', ';', ':', '.', '('])
            })
        });
    }

    /// "Tags" as the verb of tagging a person names no tracking tag:
    /// "when someone tags you in a photo", "if a friend tags them" (the
    /// tracker is "tags" as a noun: "we use pixel tags and cookies").
    pub(super) fn drop_person_tags(&mut self) {
        if !self.has_word(|w| w == "tags") {
            return;
        }
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            // (The person right after it, or past one determiner: "tags
            // another user".)
            let person = |k: usize| k < a.words.len() && TAGGED.contains(&a.word(k));
            a.word(w) == "tags"
                && h.end == a.ends[w]
                && (person(w + 1)
                    || (w + 1 < a.words.len()
                        && matches!(a.word(w + 1), "a" | "another" | "other" | "your")
                        && person(w + 2)))
        });
    }

    /// The users the company bids to act are its readers, not other users
    /// receiving data: "we want our members to be careful about posting
    /// information that may be made public", "we encourage our members to
    /// use caution".
    pub(super) fn drop_bidden_users(&mut self) {
        if !self.has_word(|w| BIDDING.contains(&w)) {
            return;
        }
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            let after = a.word_index(h.end - 1) + 1;
            w >= 2
                && after + 1 < a.words.len()
                && matches!(a.word(w - 1), "our" | "the" | "all")
                && BIDDING.contains(&a.word(w - 2))
                && a.word(after) == "to"
                && !determines_party(a.word(after + 1))
                && a.names_other_users(h)
        });
    }

    /// Whether a hit names other users of the service (the `other-users`
    /// recipient): "members", "users", "recipients".
    fn names_other_users(&self, h: &Hit) -> bool {
        self.entry(h, Kind::Recipient)
            .is_some_and(|e| self.ex.taxonomy.recipients[e].id == crate::taxonomy::OTHER_USERS)
    }

    /// The users the company sends a message are its readers, not other
    /// users receiving data: "we send all new members a welcoming email to
    /// verify password and username" (the email goes to the member it is
    /// about).
    pub(super) fn drop_messaged_users(&mut self) {
        if !self.has_word(|w| SENDING.contains(&w)) {
            return;
        }
        self.drop_where(|a, h| {
            // (Only the nouns a policy calls its readers by: not users named
            // as others, "send other users a notification with your name",
            // nor other people, "sending recipients an email with a link to
            // your files".)
            if !a.names_other_users(h) || !READERS.contains(&&a.norm[h.start..h.end]) {
                return false;
            }
            let w = a.word_index(h.start);
            let sent = (w.saturating_sub(4)..w)
                .rev()
                .find(|&i| SENDING.contains(&a.word(i)))
                .is_some_and(|v| (v + 1..w).all(|k| USER_MODIFIERS.contains(&a.word(k))));
            let after = a.word_index(h.end - 1) + 1;
            sent && (after..(after + 4).min(a.words.len()))
                .take_while(|&k| !a.norm[a.ends[k - 1]..a.words[k]].contains([',', ';', ':', '.']))
                .any(|k| MESSAGES.contains(&a.word(k)))
        });
    }

    /// Whom the reader's questions go to receives no data: "direct your
    /// privacy enquiries, including requests about data shared with end
    /// users, to your organisation's administrator". A party after "to",
    /// in a sentence that asks the reader to direct, send or submit
    /// questions or requests, before it (not where the company sends them).
    pub(super) fn drop_addressees(&mut self) {
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            let Some(to) = (w.saturating_sub(3)..w)
                .rev()
                .find(|&i| a.word(i) == "to")
                .filter(|&i| (i + 1..w).all(|k| determines_party(a.word(k))))
            else {
                return false;
            };
            if a.entry(h, Kind::Recipient).is_none() {
                return false;
            }
            let lo = to.saturating_sub(ADDRESSEE_WINDOW);
            // (The reader's act, bidden or open to them: "please direct",
            // "you should send"; not the company's, "we send your requests,
            // with your data, to our providers".)
            let readers = |i: usize| {
                (i.saturating_sub(3)..i).all(|k| !matches!(a.word(k), "we" | "company"))
                    && (i == 0
                        || matches!(
                            a.word(i - 1),
                            "please"
                                | "should"
                                | "may"
                                | "can"
                                | "must"
                                | "could"
                                | "you"
                                | "kindly"
                        ))
            };
            (lo..to).any(|i| {
                ADDRESSING.contains(&a.word(i))
                    && readers(i)
                    && (i + 1..(i + 4).min(to)).any(|k| ENQUIRIES.contains(&a.word(k)))
                    && !a.norm[a.words[i]..a.words[to]].contains(['.', ';', ':'])
            })
        });
    }

    /// "More information" is further reading, not the user's data: "for
    /// more information about ad networks, see …", "the NAI offers useful
    /// information about ad networks" (but "more information about you",
    /// "additional information about your device" are data).
    pub(super) fn drop_further_reading(&mut self) {
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            if !(a.only_data(h) && w > 0 && &a.norm[h.start..h.end] == "information") {
                return false;
            }
            if !READING.contains(&a.word(w - 1)) {
                return false;
            }
            let mut next = a.norm[h.end..].split_whitespace();
            match next.next() {
                Some("about" | "on" | "regarding" | "concerning") => next
                    .next()
                    .is_some_and(|n| n != "your" && !USERS.contains(&n)),
                // ("For more information, see …", "… for more information.")
                Some(n) => n.starts_with([',', '.', ';', ':']),
                None => true,
            }
        });
    }

    /// Data named as a word, not gathered: "if you are not familiar with
    /// terms like cookies, IP addresses and pixel tags, read about them
    /// first", "words such as 'personal data'". The list after the cue, up
    /// to a clause's end or a verb.
    pub(super) fn drop_named_terms(&mut self) {
        self.drop_where(|a, h| {
            let w = a.word_index(h.start);
            if !a.only_data(h) {
                return false;
            }
            (w.saturating_sub(NAMED_TERMS_WINDOW)..w).rev().any(|j| {
                let cue = match a.word(j) {
                    "like" | "including" => j.checked_sub(1),
                    "as" if j >= 2 && a.word(j - 1) == "such" => Some(j - 2),
                    _ => None,
                };
                cue.is_some_and(|c| TERM_WORDS.contains(&a.word(c)))
                    && !a.norm[a.words[j]..h.start].contains([';', ':', '.', '('])
                    && !a
                        .hits
                        .iter()
                        .any(|v| v.start > a.words[j] && v.end <= h.start && a.names_action(v))
            })
        });
    }

    /// Whether a data term names where the reader reaches the company:
    /// "contacting us at the phone numbers or postal address below", "write
    /// to us at the address above" are the company's details, not the
    /// user's data. Up to [`ADDRESS_WINDOW`] words after the request to
    /// get in touch, within its clause.
    pub(super) fn our_address(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        let lo = w.saturating_sub(ADDRESS_WINDOW);
        (lo..w).rev().any(|i| {
            i >= 2
                && self.word(i - 1) == "us"
                && matches!(self.word(i), "at" | "by" | "via" | "through" | "using")
                && (CONTACT_VERBS.contains(&self.word(i - 2))
                    || (self.word(i - 2) == "to"
                        && i >= 3
                        && CONTACT_VERBS.contains(&self.word(i - 3))))
                && !self.norm[self.words[i]..h.start].contains([';', ':', '.'])
                && !self
                    .hits
                    .iter()
                    .any(|v| v.start > self.words[i] && v.end <= h.start && self.names_action(v))
        })
    }

    /// A bare noun joined to a modified one shares its modifier: in "its
    /// affiliated brands and companies" the companies are affiliated too,
    /// not other companies.
    pub(super) fn drop_shared_modifier_heads(&mut self) {
        let affiliated = |h: &Hit| {
            let text = &self.norm[h.start..h.end];
            ["affiliated ", "related ", "sister "]
                .iter()
                .any(|m| text.starts_with(m))
                && self
                    .entry(h, Kind::Recipient)
                    .is_some_and(|i| self.ex.taxonomy.recipients[i].id == "affiliates")
        };
        let dropped: Vec<usize> = self
            .hits
            .windows(2)
            .filter(|w| {
                affiliated(&w[0])
                    && matches!(self.norm[w[0].end..w[1].start].trim(), "and" | "or")
                    && matches!(
                        &self.norm[w[1].start..w[1].end],
                        "companies" | "entities" | "businesses" | "organizations"
                    )
            })
            .map(|w| w[1].start)
            .collect();
        self.drop_hits(&dropped);
    }

    /// The action the `i`th hit names here, if any.
    pub(super) fn action_at(&self, i: usize) -> Option<usize> {
        self.actions[i]
    }

    /// The hits that cover byte `at` (hits are sorted by start and a few
    /// words long, so only the last few starting before it can).
    pub(super) fn covering(&self, at: usize) -> impl Iterator<Item = &Hit> {
        let upto = self.hits.partition_point(|h| h.start <= at);
        self.hits[upto.saturating_sub(8)..upto]
            .iter()
            .filter(move |u| at < u.end)
    }

    pub(super) fn targets(&self, h: &Hit) -> &[Target] {
        self.ex.matcher.targets(h.pattern)
    }

    pub(super) fn is(&self, h: &Hit, t: Target) -> bool {
        self.targets(h).contains(&t)
    }

    /// The `locations` entry a hit names, when it names a country or region.
    pub(super) fn jurisdiction(&self, h: &Hit) -> Option<usize> {
        self.targets(h).iter().find_map(|t| match t {
            Target::Jurisdiction(i) => Some(*i),
            _ => None,
        })
    }

    /// Whether a hit names the user's own country ("your country", "the
    /// country where you live").
    pub(super) fn names_home(&self, h: &Hit) -> bool {
        self.jurisdiction(h)
            .is_some_and(|i| self.ex.taxonomy.locations[i].id == crate::taxonomy::HOME)
    }

    /// The last word before word `w` that is not an auxiliary (nor one of
    /// `also_skip`): the head of a verb's subject in "your order cannot be
    /// processed", "Acme is not required to".
    pub(super) fn subject_word(&self, w: usize, also_skip: &[&str]) -> Option<usize> {
        (0..w).rev().find(|&i| {
            let x = self.word(i);
            !AUXILIARIES.contains(&x) && !also_skip.contains(&x)
        })
    }

    /// The word a verb at word `w` acts on: the first after it that is not
    /// one of `before` (determiners, adjectives), at most three words on.
    pub(super) fn object_head(&self, w: usize, before: &[&str]) -> usize {
        let mut k = w + 1;
        while k < self.words.len() && k <= w + 3 && before.contains(&self.word(k)) {
            k += 1;
        }
        k
    }

    /// Whether a party is named inside what the act handles, not as whom
    /// it reaches. Whose devices the data reaches: "target ads on other
    /// devices in your household" (a device word, then "in", "within" or
    /// "across", then at most a determiner) — the household is where the
    /// ads show, and the data goes to whoever targets them (not "the
    /// screens of other users", who do see what is shown there). Or whom
    /// the data is about: "information about your friends", "details
    /// regarding other users", "other information about your household",
    /// "hashed email addresses of our members" (data, then "about",
    /// "regarding", "concerning" or "of", then at most a determiner).
    pub(super) fn named_in_object(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        let mut k = w;
        if k > 0 && (determines_party(self.word(k - 1)) || self.word(k - 1) == "your") {
            k -= 1;
        }
        if k < 2 {
            return false;
        }
        let devices = matches!(self.word(k - 1), "in" | "within" | "across")
            && DEVICE_NOUNS.contains(&self.word(k - 2));
        let about = || {
            matches!(
                self.word(k - 1),
                "about" | "regarding" | "concerning" | "of"
            ) && self.covering(self.words[k - 2]).any(|u| {
                u.end == self.ends[k - 2]
                    && self.entry(u, Kind::Data).is_some()
                    && self.entry(u, Kind::Recipient).is_none()
            })
        };
        devices || about()
    }

    /// Whether the clause calls the disclosure at `verb` a sale, after it:
    /// "…, which may be considered a sale", "… in a way that may constitute
    /// a sale under the CCPA", "… may be deemed a “sale” or “sharing”", "…
    /// may count as a sale in some places" (not denied: "which does not
    /// constitute a sale").
    pub(super) fn deemed_a_sale(&self, verb: &Hit) -> bool {
        if !self.norm.contains("sale") {
            return false;
        }
        let from = self.word_index(verb.end.saturating_sub(1)) + 1;
        (from..self.words.len())
            .take_while(|&k| !self.norm[self.ends[k - 1]..self.words[k]].contains([';', '.', ':']))
            .find(|&k| {
                match self.word(k) {
                    "considered" | "deemed" | "constitute" | "constitutes" | "qualify"
                    | "qualifies" | "treated" | "regarded" | "classified" => true,
                    // ("may count as a sale in some places")
                    "count" | "counts" => self.word_get(k + 1) == Some("as"),
                    _ => false,
                }
            })
            .is_some_and(|k| {
                let named = (k + 1..(k + 5).min(self.words.len()))
                    .any(|j| matches!(self.word(j), "sale" | "sales" | "selling"));
                // (Nor what the reader may ask about, a sale supposed:
                // "whether we disclose it for purposes that would be
                // considered a sale".)
                let denied = (k.saturating_sub(3)..k)
                    .any(|j| matches!(self.word(j), "not" | "never" | "would"));
                let asked = (from.saturating_sub(6)..from).any(|j| self.word(j) == "whether");
                named && !denied && !asked
            })
    }

    /// Whether a term is the source of data rather than its recipient:
    /// "from" among the three words before it ("received from third
    /// parties", "from our advertising partners"), or before the list it
    /// ends ("obtained from Google, Facebook or Apple").
    pub(super) fn is_source(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        // (Not past a preposition of its own: in "information we receive
        // from partners with advertisers" the advertisers receive.)
        // (Nor a party whose request a disclosure answers: "we may disclose
        // it in response to requests from law enforcement" reaches them.)
        let from_here = |i: usize| {
            self.word(i) == "from"
                && !(i + 1..w).any(|j| matches!(self.word(j), "with" | "to" | "by" | "for"))
                && !(i > 0 && self.requested_disclosure(i - 1))
        };
        if (w.saturating_sub(3)..w).any(from_here) || self.gives_us(h) {
            return true;
        }
        let party = |i: usize| {
            self.covering(self.words[i])
                .any(|r| self.entry(r, Kind::Recipient).is_some())
        };
        // (A list may run across an aside naming a party again: "from
        // Facebook, Twitter (now X) or Google".)
        let parens = || *self.parens.get_or_init(|| self.norm.contains('('));
        let aside = |i: usize| {
            if !parens() {
                return false;
            }
            // (The aside word `i` stands in, or the one right after it; a
            // short one opens at most four words back.)
            let lo = self.words[i.saturating_sub(4)];
            let before = &self.norm[lo..self.words[i]];
            let open = match before.rfind('(') {
                Some(o) if before.rfind(')') < Some(o) => lo + o,
                _ => {
                    let after = &self.norm[self.ends[i]..];
                    if !after.trim_start().starts_with('(') {
                        return false;
                    }
                    self.ends[i] + after.find('(').unwrap_or(0)
                }
            };
            self.norm[open..]
                .find(')')
                .is_some_and(|c| short_aside(&self.norm[open..open + c]))
        };
        // ("Your" before the list's first item is passed only where an
        // aside can be: "from" a few words back reaches it without one.)
        let mut k = w;
        while k > 0
            && w - k < 12
            && (matches!(self.word(k - 1), "and" | "or")
                || party(k - 1)
                || aside(k - 1)
                || (self.word(k - 1) == "your" && parens()))
        {
            k -= 1;
        }
        k < w && k > 0 && self.word(k - 1) == "from"
    }

    /// Whether word `r` names a request a disclosure earlier in its clause
    /// answers: "disclose it in response to requests from …", "share it
    /// upon a request from …".
    fn requested_disclosure(&self, r: usize) -> bool {
        matches!(
            self.word(r),
            "request"
                | "requests"
                | "demand"
                | "demands"
                | "order"
                | "orders"
                | "inquiries"
                | "subpoenas"
        ) && self.hits.iter().any(|h| {
            h.end <= self.words[r]
                && self.names_disclosure(h)
                && !self.norm[h.end..self.words[r]].contains([';', '.', ':'])
        })
    }

    /// The first word from `from` (before `to`) that is no modal, "also" or
    /// "then": the verb after a subject ("partners that may also provide",
    /// "you can then visit").
    pub(super) fn past_auxiliaries(&self, from: usize, to: usize) -> usize {
        (from..to)
            .find(|&v| !(MODALS.contains(&self.word(v)) || matches!(self.word(v), "also" | "then")))
            .unwrap_or(to)
    }

    /// Whether a party heads a relative clause in which it gives the company
    /// data: "marketing partners who provide us with information about
    /// potential customers", "partners that may share data with us" — a
    /// source, wherever the list naming it stands.
    fn gives_us(&self, h: &Hit) -> bool {
        /// How far after the giving verb "with us" or "to us" may stand.
        const GIVING_REACH: usize = 6;
        let n = self.words.len();
        let k = self.word_index(h.end - 1) + 1;
        if k + 2 >= n || !matches!(self.word(k), "who" | "that" | "which") {
            return false;
        }
        // (Not a party the verb gives to: "we share data with advertisers
        // who provide us with ads" — they receive.)
        let w = self.word_index(h.start);
        if (w.saturating_sub(3)..w).any(|i| matches!(self.word(i), "with" | "to")) {
            return false;
        }
        let v = self.past_auxiliaries(k + 1, n);
        if v + 1 >= n || !GIVING.contains(&self.word(v)) {
            return false;
        }
        self.word(v + 1) == "us"
            || (v + 2..n.min(v + GIVING_REACH)).any(|j| {
                self.word(j) == "us"
                    && matches!(self.word(j - 1), "with" | "to")
                    && !self.norm[self.words[v]..self.words[j]].contains([',', ';', ':', '.'])
            })
    }

    /// Whether the clause holds `phrase` as whole words.
    pub(super) fn has_phrase(&self, phrase: &str) -> bool {
        super::phrases::has_phrase(self.norm, phrase)
    }

    pub(super) fn entry(&self, h: &Hit, kind: Kind) -> Option<usize> {
        let i = self.targets(h).iter().find_map(|t| match t {
            Target::Entry(k, i) if *k == kind => Some(*i),
            _ => None,
        })?;
        // No party where the public named before a noun describes it
        // ("publicly available information", "public areas"), nor where a
        // disclosure protects it ("the safety of the public"), nor where
        // the company publishes its own work ("conduct and publish
        // research": no audience for the data of the clause).
        if kind == Kind::Recipient
            && (self.describes_next_noun(h)
                || self.protected(h)
                || self.members_of_group(h)
                || self.publishes_own_work(h)
                || self.listed_among_data(h))
        {
            return None;
        }
        if kind == Kind::Purpose
            && (self.understanding_not_studied(h)
                || self.measures_taken(h)
                || self.activity_as_source(h))
        {
            return None;
        }
        Some(i)
    }

    /// Whether a term that names data as well as a party ("websites you
    /// visit") is an item of a list of data: "information about your
    /// device, websites you visit, purchases you make" lists what partners
    /// tell the company, not whom they tell.
    fn listed_among_data(&self, h: &Hit) -> bool {
        let at = self.hits.partition_point(|u| u.start < h.start);
        let data_reading = self
            .targets(h)
            .iter()
            .any(|t| matches!(t, Target::Entry(Kind::Data, _)))
            || self.hits[at..]
                .iter()
                .take_while(|u| u.start == h.start)
                .any(|u| u.end == h.end && self.only_data(u));
        if !data_reading {
            return false;
        }
        let joins = |a: usize, b: usize| {
            a <= b
                && matches!(
                    self.norm[a..b].trim(),
                    "," | ", and" | ", or" | "and" | "or"
                )
        };
        let before = self.hits[..at].iter().rev().find(|u| u.end <= h.start);
        let after = self.hits[at..].iter().find(|u| u.start >= h.end);
        before.is_some_and(|u| self.only_data(u) && joins(u.end, h.start))
            || after.is_some_and(|u| self.only_data(u) && joins(h.end, u.start))
    }

    /// Whether "measures" is the noun, steps taken ("we take certain
    /// measures to prevent …", "security measures", "reasonable measures
    /// designed to …"), not the verb of measurement ("Google Analytics
    /// measures how visitors use the site", "… measures the effectiveness
    /// of our ads"): the verb has what it measures right after it.
    fn measures_taken(&self, h: &Hit) -> bool {
        /// What the verb measures, right after it.
        #[rustfmt::skip]
        const MEASURED: &[&str] = &[
            "how", "the", "your", "our", "their", "its", "whether", "what", "traffic",
            "performance", "effectiveness", "engagement", "audience", "audiences", "usage", "ad",
            "ads", "visits", "page", "pages",
        ];
        if &self.norm[h.start..h.end] != "measures" {
            return false;
        }
        let next = self
            .word_get(self.word_index(h.end - 1) + 1)
            .map(|x| x.trim_end_matches(['.', ',', ';']));
        !next.is_some_and(|x| MEASURED.contains(&x))
    }

    /// Whether an activity a purpose names (surveys, contests) is where
    /// the data comes from, not what it serves: "to improve our Services
    /// through information obtained from these surveys", "data collected
    /// via sweepstakes" ("we use your information to run contests" runs
    /// them).
    fn activity_as_source(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        SOURCE_ACTIVITIES.contains(&&self.norm[h.start..h.end])
            // (Past the activities before it: "from surveys and contests".)
            && (w.saturating_sub(6)..w)
                .rev()
                .take_while(|&i| {
                    let x = self.word(i);
                    matches!(x, "from" | "through" | "via" | "and" | "or" | "our" | "your")
                        || DETERMINERS.contains(&x)
                        || SOURCE_ACTIVITIES.contains(&x)
                })
                .any(|i| matches!(self.word(i), "from" | "through" | "via"))
    }

    /// Whether "understand" (or "learn") names no study of the service:
    /// the reader's ("make sure you understand this policy", "to help you
    /// better understand your choices", "please read our terms to
    /// understand …", "learn more"), or the company's grasp of something
    /// other than its users and their use ("to understand and respond to
    /// your request"). "To help us understand how visitors use our site",
    /// "to learn how our service is used", "to better understand our
    /// audience" are analytics. The nearest party named before it says
    /// whose.
    fn understanding_not_studied(&self, h: &Hit) -> bool {
        let term = &self.norm[h.start..h.end];
        if !matches!(term, "understand" | "better understand" | "learn") {
            return false;
        }
        let w = self.word_index(h.start);
        let after = self.word_index(h.end - 1) + 1;
        let object = |k: usize| {
            self.word_get(k)
                .map(|x| x.trim_end_matches(['.', ',', ';']))
        };
        let studied = match object(after) {
            Some("how" | "what" | "which" | "who" | "whether" | "trends" | "usage") => true,
            Some("our" | "your" | "the" | "their") => !matches!(
                object(after + 1),
                Some("request" | "requests" | "question" | "questions" | "inquiry" | "rights")
                    | Some("privacy" | "policy" | "terms" | "choices" | "options")
            ),
            Some(x) => USERS.contains(&x) || matches!(x, "audience" | "audiences"),
            None => false,
        };
        !studied
            || (w.saturating_sub(12)..w)
                .rev()
                .take_while(|&j| {
                    !self.norm[self.ends[j]..self.words[j + 1]].contains([';', ':', '.'])
                })
                .map(|j| self.word(j))
                .find(|x| USERS.contains(x) || matches!(*x, "your" | "please" | "we" | "us"))
                .is_some_and(|x| !matches!(x, "we" | "us"))
    }

    /// Whether "members" are those of a group of companies, named after
    /// them: "other members of the Meta family of companies", "members of
    /// our corporate group", "members of the advertising network" —
    /// companies, not the service's users ("members of your network" are
    /// the reader's connections).
    fn members_of_group(&self, h: &Hit) -> bool {
        if !self.norm[h.start..h.end].ends_with("members") {
            return false;
        }
        let w = self.word_index(h.end - 1);
        w + 1 < self.words.len()
            && self.word(w + 1) == "of"
            && (w + 2..(w + 8).min(self.words.len()))
                .take_while(|&k| {
                    !self.norm[self.ends[k - 1]..self.words[k]].contains([',', ';', '.'])
                })
                .any(|k| {
                    let x = self.word(k).trim_end_matches(['.', ',', ';']);
                    matches!(
                        x,
                        "family"
                            | "group"
                            | "companies"
                            | "affiliates"
                            | "subsidiaries"
                            | "entities"
                            | "alliance"
                            | "consortium"
                            | "initiative"
                    ) || (matches!(x, "network" | "networks")
                        && !matches!(
                            self.word(k - 1),
                            "your" | "their" | "social" | "professional" | "personal"
                        ))
                })
    }

    /// Whether a party is named as what a disclosure protects, not as its
    /// recipient: "to protect the rights, property or safety of our users
    /// or the public", "the safety of anyone", "to prevent risk to the
    /// public", "to promote the security and
    /// integrity of our service, our members, and others". (Looking back within the
    /// clause, no further than a verb of disclosure: "to protect our
    /// rights, we may share it with law enforcement" names a recipient.)
    fn protected(&self, h: &Hit) -> bool {
        // (Most clauses name no protection: a cheap test first, as this
        // runs for every recipient looked up.)
        let before = &self.norm[..h.start];
        if !before.contains("protect")
            && !before.contains(" of ")
            && !THREATS.iter().any(|t| before.contains(t))
        {
            return false;
        }
        let w = self.word_index(h.start);
        for j in (w.saturating_sub(12)..w).rev() {
            if self.norm[self.ends[j]..self.words[j + 1]].contains([';', ':', '.'])
                || self.covering(self.words[j]).any(|u| self.names_action(u))
            {
                return false;
            }
            let x = self.word(j).trim_end_matches(',');
            if matches!(x, "protect" | "protects" | "protecting")
                || (matches!(
                    x,
                    "safety"
                        | "rights"
                        | "property"
                        | "welfare"
                        | "security"
                        | "integrity"
                        | "health"
                        | "life"
                        | "lives"
                        | "death"
                        | "injuries"
                ) && self.word(j + 1) == "of")
                // (What a risk or harm threatens: "to prevent risk to the
                // public", "harm to others", "serious injury of anyone".)
                || (THREATS.contains(&x) && matches!(self.word(j + 1), "to" | "of"))
            {
                return true;
            }
        }
        false
    }

    /// Whether a term of reach ("publicly available", "public") stands
    /// right before a noun it describes: a kind of data or a place. Then
    /// it names no recipient (see [`Analysis::entry`]) and, as a verb,
    /// states no disclosure (see [`Analysis::action_of`]).
    fn describes_next_noun(&self, h: &Hit) -> bool {
        let term = &self.norm[h.start..h.end];
        // (So is the government before a thing of its own: "this
        // government computer system", "government websites".)
        let things = if term.starts_with("publicly ") || term == "public" {
            ATTRIBUTED_NOUNS
        } else if term == "government" {
            GOVERNMENT_THINGS
        } else {
            return false;
        };
        let w = self.word_index(h.end - 1) + 1;
        w < self.words.len()
            && self.norm[h.end..self.words[w]].trim().is_empty()
            && things.contains(&self.word(w))
    }

    /// Whether a hit is a verb of the taxonomy action `id` ("collect",
    /// "retain" …).
    pub(super) fn verb_of(&self, h: &Hit, id: &str) -> bool {
        self.entry(h, Kind::Action)
            .is_some_and(|a| self.ex.taxonomy.actions[a].id == id)
    }

    /// Whether a hit is an action's verb, weak verb or noun (before the
    /// rules decide whether it names the action here).
    pub(super) fn names_action(&self, h: &Hit) -> bool {
        self.targets(h).iter().any(Target::is_action)
    }

    /// Whether a hit names a disclosure or a sale, as a verb or a noun.
    pub(super) fn names_disclosure(&self, h: &Hit) -> bool {
        self.targets(h).iter().any(|t| match t {
            Target::Entry(Kind::Action, i) | Target::WeakVerb(i) | Target::ActionNoun(i) => {
                crate::extract::discloses(&self.ex.taxonomy.actions[*i].id)
            }
            _ => false,
        })
    }

    /// The action a hit names, if it names one here: weak verbs need a
    /// recipient later in the clause, action nouns a following "of".
    /// Whether the word at `w`, after "no", denies a linking: "there is no
    /// link between IP addresses, websites visited, and individual users"
    /// promises they are not combined (where "no links to social networks"
    /// names things).
    fn no_link_between(&self, w: usize) -> bool {
        self.word(w - 1) == "no" && self.word_get(w + 1) == Some("between")
    }

    pub(super) fn action_of(&self, h: &Hit) -> Option<usize> {
        if !self.names_action(h) || self.not_a_practice(h) || self.is_topic(h) {
            return None;
        }
        // After a determiner a verb's form is a noun ("provide this link",
        // "the App Store", "the game has no links to social networks"): an
        // action only as an action noun ("the transfer of your data"). A
        // participle stays one: "the transferred assets" are transferred.
        let w = self.word_index(h.start);
        // So is a verb that is also a common noun after a possessive or a
        // noun's modifier: "our store partners", "security measures in
        // place", "a press release" ("the release of your data" stays one).
        let noun = w > 0
            && h.end == self.ends[w]
            && !self.word(w).ends_with("ed")
            && ((matches!(
                self.word(w - 1),
                "the" | "a" | "an" | "this" | "these" | "those" | "each" | "every" | "no"
            ) && !self.no_link_between(w))
                || (NOUN_HOMOGRAPHS.contains(&self.word(w))
                && (NOUN_OPENERS.contains(&self.word(w - 1))
                    // ("That exchange is your data controller": a verb
                    // of a relative clause never takes "is" right after.)
                    || (self.word(w - 1) == "that"
                        && (w + 1 < self.words.len())
                        && matches!(self.word(w + 1), "is" | "was" | "has"))
                    // (Or an item of a list of nouns: "security standards,
                    // processes and procedures" — not of verbs, "collects,
                    // processes and stores", nor one taking an object after
                    // another's, "collect your name, store it and …".)
                    || (self.norm[self.ends[w - 1]..self.words[w]].trim() == ","
                        && !self
                            .covering(self.words[w - 1])
                            .any(|u| self.names_action(u))
                        && !self.data_word(w - 1)
                        && self.words.get(w + 1).is_some_and(|&next| {
                            matches!(self.word(w + 1), "and" | "or")
                                || self.norm[self.ends[w]..next].trim() == ","
                        }))
                    || self.in_prepositional_phrase(w)))
                // (Or after an article and a singular modifier, in its bare
                // form: "an airport transfer", "a bank transfer", "the data
                // transfer" — a verb there would need a plural subject,
                // "the companies share".)
                || (w >= 2
                    && matches!(self.word(w - 2), "a" | "an" | "the")
                    && !self.word(w - 1).ends_with('s')
                    // ("Process", "access", "pass": a bare form in "ss".)
                    && (self.word(w).ends_with("ss")
                        || !["s", "ed", "ing"].iter().any(|x| self.word(w).ends_with(x)))
                    && self.word(w - 1).chars().all(|c| c.is_ascii_alphabetic())
                    && !auxiliary(self.word(w - 1))
                    && !(w + 1 < self.words.len() && self.word(w + 1) == "of")));
        // "The Federal Trade Commission", "trade secrets", "a trade-in",
        // "Microsoft Exchange", "Exchange Online", "a stock exchange",
        // "product release notes": the
        // verb's form heads or ends a compound noun.
        if self.in_compound_noun(w) {
            return None;
        }
        // A disclosure heading a relative clause on an offering gives that
        // offering, no data: "to improve the services we provide to our
        // partners", "applications we make available on third-party sites".
        // (Such a verb has no object of its own: in "on our websites we
        // share your data" the websites open the sentence.)
        if self.names_disclosure(h)
            && self.pronoun_after_word(h).is_some_and(|p| {
                OFFERINGS.contains(&self.word(p - 1))
                    && !self.norm[self.ends[p - 1]..self.words[p]].contains([',', ';', ':', '('])
            })
            && self.no_object_at(self.word_index(h.end - 1) + 1, |x| {
                OBJECT_PREPOSITIONS.contains(&x) || PLACE_PREPOSITIONS.contains(&x)
            })
        {
            return None;
        }
        // A verb's bare form right after "of" is a noun naming a kind of
        // act, no act done: "our Terms of Use", "for ease of use", "the
        // time of transfer". (A gerund stays an act: "the option of
        // sharing it".)
        if w > 0
            && self.word(w - 1) == "of"
            && h.end == self.ends[w]
            && !["ing", "ed"].iter().any(|x| self.word(w).ends_with(x))
        {
            return None;
        }
        // (Only the verb "access" itself: "accessible to", "accessible by"
        // are weak verbs of their own.)
        if h.end == self.ends[w]
            && matches!(
                self.word(w),
                "access" | "accesses" | "accessed" | "accessing"
            )
            && !self.access_is_verb(w)
        {
            return None;
        }
        // "Publicly accessible areas", "publicly available information":
        // a predicate of reach before a noun describes the noun (a place,
        // data found in public), it states no disclosure.
        if self.word_index(h.end - 1) == w + 1 && self.describes_next_noun(h) {
            return None;
        }
        // So does a participle between a determiner and a place or a tool:
        // "a linked Web site", "your connected devices", "a shared
        // computer" name the thing, no act.
        if h.end == self.ends[w]
            && self.word(w).ends_with("ed")
            && w > 0
            && w + 1 < self.words.len()
            && matches!(
                self.word(w - 1),
                "a" | "an" | "the" | "any" | "such" | "these" | "those" | "your" | "our" | "their"
            )
            && self.norm[h.end..self.words[w + 1]] == *" "
            && PLACE_NOUNS.contains(&self.word(w + 1))
        {
            return None;
        }
        // (Or through the noun coordinated with it: "the sale or sharing
        // of your data", "the collection and use of".)
        let rest = &self.norm[h.end..];
        let of = rest.starts_with(" of ")
            || [" or ", " and ", " and or ", ", "].iter().any(|j| {
                rest.strip_prefix(j).is_some_and(|after| {
                    after
                        .find(' ')
                        .is_some_and(|sp| after[sp..].starts_with(" of "))
                })
            });
        self.targets(h).iter().find_map(|t| match *t {
            Target::Entry(Kind::Action, i) if !noun || of => Some(i),
            Target::ActionNoun(i) if of => Some(i),
            // (Or the company, as a double object or after "to" or "with":
            // "you may provide us with …", "partners may give us …".)
            // (Listening is a party's access, named as the subject:
            // "contractors may listen to recordings"; "the app keeps
            // listening to the microphone … for anyone who speaks" gives
            // no one anything.)
            Target::WeakVerb(i)
                if (self.names_its_recipient(h)
                    || self.gives_company_data(h)
                    || self.gives_unaddressed(h))
                    && !self.gives_ads(h)
                    && !self.norm[h.start..h.end].starts_with("listen") =>
            {
                Some(i)
            }
            // "Affiliates may have access to your information": whoever has
            // access is the recipient, named as the subject.
            Target::WeakVerb(i)
                if self.grants_access(h) && matches!(self.subject(h), Some(Some(_))) =>
            {
                Some(i)
            }
            // What the company itself has access to it collects (see
            // `compose`): "we do not have access to your card number".
            Target::WeakVerb(i) if self.company_has_access(h) => Some(i),
            _ => None,
        })
    }

    /// Whether the company, named right before, "has access to" something.
    pub(super) fn company_has_access(&self, h: &Hit) -> bool {
        let t = &self.norm[h.start..h.end];
        let w = self.word_index(h.start);
        ["have ", "has ", "had "].iter().any(|v| t.starts_with(v))
            && t.contains("access")
            && self.hits.iter().any(|u| {
                u.end <= h.start
                    && self.is(u, Target::FirstParty)
                    && !self.object_form(u)
                    // (Past a verb joined to it: "we do not handle or have
                    // access to your payment information".)
                    && (w - self.word_index(u.end - 1) <= 4
                        || (w - self.word_index(u.end - 1) <= 6
                            && matches!(self.word(w - 1), "or" | "and")))
                    && !self.clause_broken(u.end, h.start)
            })
    }

    /// Whether "access" at word `w` is the verb of someone reaching data
    /// ("advertisers may access your IP address", "a feature that accesses
    /// your contacts", "data accessed by our staff"). Policies use the word
    /// far more as a noun — "access to your data" (which the weak verbs
    /// "have access to", "give access to" read), "access dates and times",
    /// "account access", "WLAN access points" — and for the user's visit
    /// ("when accessing the site"); so the verb needs a modal, "to", a
    /// conjunction or a named party right before it, or a passive's agent
    /// (its third person, "accesses", only no determiner before it).
    pub(super) fn access_is_verb(&self, w: usize) -> bool {
        let prev = w.checked_sub(1).map(|k| self.word(k));
        let next = (w + 1 < self.words.len()).then(|| self.word(w + 1));
        let party_before = w > 0
            && self.covering(self.words[w - 1]).any(|u| {
                self.entry(u, Kind::Recipient).is_some() || self.is(u, Target::FirstParty)
            });
        let opened = party_before || prev.is_some_and(|x| ACCESS_OPENERS.contains(&x));
        match self.word(w) {
            "access" => next != Some("to") && opened,
            // (The plural noun is rare and wants a determiner: "the app
            // accesses your contacts" is the verb.)
            "accesses" => {
                opened
                    || prev.is_some_and(|x| {
                        !determines_party(x) && !matches!(x, "multiple" | "many" | "of")
                    })
            }
            "accessed" => next == Some("by"),
            _ => false,
        }
    }

    /// Whether word `w` ends a short prepositional phrase: a preposition a
    /// few words back with only modifiers between ("in your student
    /// record", "in that record", "of our store"), so a verb's form there
    /// is a noun. (Not past a pronoun, an auxiliary, "to" or punctuation:
    /// "in order to record", "data that we record".)
    pub(super) fn in_prepositional_phrase(&self, w: usize) -> bool {
        let mut k = w;
        while k > 0 && w - k < PHRASE_MODIFIERS {
            if self.norm[self.ends[k - 1]..self.words[k]].contains([',', ';', ':', '(', ')', '.']) {
                return false;
            }
            let x = self.word(k - 1);
            if PHRASE_PREPOSITIONS.contains(&x) {
                return true;
            }
            if auxiliary(x) || matches!(x, "to" | "we" | "you" | "they" | "i" | "not") {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// Whether the word at `w` ("trade", "exchange", "release") is part of a
    /// compound noun rather than a verb: these name things (commissions,
    /// secrets, servers, markets, release notes) far more often in a policy
    /// than they sell or share when so joined.
    pub(super) fn in_compound_noun(&self, w: usize) -> bool {
        if self.in_interface_path(w) {
            return true;
        }
        let next = (w + 1 < self.words.len()).then(|| self.word(w + 1));
        let prev = w.checked_sub(1).map(|k| self.word(k));
        match self.word(w) {
            "trade" => next.is_some_and(|x| TRADE_NOUNS.contains(&x)),
            // "an opinion sharing platform", "social sharing buttons": a
            // feature, named; what it shares, the sentence says elsewhere.
            "sharing" => next.is_some_and(|x| SHARING_NOUNS.contains(&x)),
            // "Bumble Trading LLC", "trading styles of Associated Newspapers".
            "trading" => next.is_some_and(|x| TRADING_NOUNS.contains(&x)),
            "exchange" | "exchanges" => {
                next.is_some_and(|x| EXCHANGE_NOUNS.contains(&x))
                    || prev.is_some_and(|x| EXCHANGE_KINDS.contains(&x))
            }
            "release" | "releases" => {
                next.is_some_and(|x| RELEASE_NOUNS.contains(&x))
                    || prev.is_some_and(|x| RELEASE_KINDS.contains(&x))
            }
            _ => false,
        }
    }

    /// Whether the word at `w` is part of the name of a place in an app's
    /// or a site's settings, where the user goes to make a choice:
    /// "Settings > Privacy > Data Sharing", "in Settings under Privacy and
    /// Data Sharing". The place names a menu; the sharing it may hold the
    /// sentence states, or not, elsewhere.
    fn in_interface_path(&self, w: usize) -> bool {
        let mut k = w;
        while k > 0 && w - k < INTERFACE_PATH_WORDS {
            let gap = &self.norm[self.ends[k - 1]..self.words[k]];
            if gap.contains('>') {
                return true;
            }
            if gap.contains([',', ';', ':', '.', '(', ')']) {
                return false;
            }
            k -= 1;
            // (The path ends where the sentence goes on: "Settings > Sharing
            // to turn off sharing with partners".)
            if PAST_INTERFACE_PATH.contains(&self.word(k)) {
                return false;
            }
            if self.word(k) == "under" && k > 0 && INTERFACE_PLACES.contains(&self.word(k - 1)) {
                return true;
            }
        }
        false
    }

    /// The word before `w` in a list of single words `w` continues, when
    /// there is one: across a comma ("export, share"), "and" or "or"
    /// ("share and publish", "share, or publish").
    pub(super) fn list_item_before(&self, w: usize) -> Option<usize> {
        if w == 0 {
            return None;
        }
        let joined = matches!(self.word(w - 1), "and" | "or");
        let prev = if joined { w.checked_sub(2)? } else { w - 1 };
        let gap = self.norm[self.ends[prev]..self.words[w]].trim();
        matches!(gap, "," | "and" | "or" | ", and" | ", or").then_some(prev)
    }

    pub(super) fn word_index(&self, byte: usize) -> usize {
        self.words.partition_point(|&w| w <= byte).saturating_sub(1)
    }

    /// Whether a word of the clause passes `f` (cheaper than searching the
    /// text for each of several cue words).
    pub(super) fn has_word(&self, f: impl Fn(&str) -> bool) -> bool {
        (0..self.words.len()).any(|i| f(self.word(i)))
    }

    /// Word `i`, or none past the last: for rules that look a few words
    /// ahead.
    #[inline]
    pub(super) fn word_get(&self, i: usize) -> Option<&str> {
        (i < self.words.len()).then(|| self.word(i))
    }

    /// Whether word `i` is a pronoun that stands for data named before
    /// ("it", "them"), as an object: "we sell them", "delete it" — or opens
    /// a part of it: "we may keep some of it", "copies of them".
    pub(super) fn data_pronoun_at(&self, i: usize) -> bool {
        match self.word_get(i) {
            Some("it" | "them") => true,
            Some("some" | "all" | "any" | "part" | "parts" | "portions" | "copies" | "much") => {
                self.word_get(i + 1) == Some("of")
                    && matches!(self.word_get(i + 2), Some("it" | "them"))
            }
            _ => false,
        }
    }

    #[inline]
    pub(super) fn word(&self, i: usize) -> &str {
        &self.norm[self.words[i]..self.ends[i]]
    }

    /// Where a phrase starting at `start` ends: at `;`, or (for `until_comma`
    /// limits) at the next comma, or at the end of the clause.
    pub(super) fn phrase_end(&self, start: usize, max_words: usize) -> usize {
        let rest = &self.norm[start..];
        let mut end = rest.find(';').map(|p| start + p).unwrap_or(self.norm.len());
        if max_words != usize::MAX {
            // (An aside or a list after it is not the phrase's: "if a UUID
            // is present (the pixel collects nothing more)", "if reasonably
            // necessary: (i) to comply …".)
            // (A list of its own is: "if we believe that access, use,
            // preservation or disclosure of the information is necessary".)
            let mut from = 0;
            // (Past a list's comma, an aside within its items is theirs:
            // "from your Facebook, X (f/k/a Twitter) or Google account".)
            let mut listed = false;
            while let Some(p) = rest[from..]
                .find([',', '.', ')', '(', ':'])
                .map(|p| from + p)
            {
                if listed
                    && rest.as_bytes()[p] == b'('
                    && rest[..p].ends_with(' ')
                    && let Some(c) = rest[p..].find(')').map(|c| p + c)
                    && short_aside(&rest[p..c])
                {
                    from = c + 1;
                    continue;
                }
                match (rest.as_bytes()[p] == b',')
                    .then(|| list_run(&rest[p + 1..]))
                    .flatten()
                {
                    Some(last) => {
                        from = p + 1 + last;
                        listed = true;
                    }
                    None => {
                        end = end.min(start + p);
                        break;
                    }
                }
            }
            // "If your account is managed by an administrator then your
            // administrator will have access …": the main clause's "then".
            if let Some(p) = rest.find(" then ") {
                end = end.min(start + p);
            }
            let wi = self.word_index(start);
            if let Some(&w) = self.words.get(wi + max_words) {
                end = end.min(w);
            }
        }
        end
    }

    /// A weak verb of access ("have access to", "given access to"): its
    /// subject, not its object, is who receives.
    pub(super) fn grants_access(&self, verb: &Hit) -> bool {
        // The weak verbs ("have access to", "allow access"), not "access"
        // itself: "advertisers may access your IP address" collect it.
        // Seeing is access too: "other members can see your profile",
        // "other users see your distance".
        let term = &self.norm[verb.start..verb.end];
        let seen = matches!(
            term.rsplit(' ').next(),
            Some("see" | "sees" | "view" | "views")
        );
        self.is_weak(verb)
            && (term.contains("access")
                || seen
                // (Human review: "contractors may listen to recordings".)
                || term.starts_with("listen")
                || self.passive_receiver(verb))
    }

    /// A passive of giving whose subject is who receives: "advertisers are
    /// provided with your email address", "third parties who have been
    /// sent your data" (not "your data is provided to advertisers", nor
    /// "provided by").
    pub(super) fn passive_receiver(&self, verb: &Hit) -> bool {
        let term = &self.norm[verb.start..verb.end];
        if !self.passive(verb) {
            return false;
        }
        // (Access given names its receiver in the term: "advertisers may
        // be given access to your phone number".)
        if matches!(
            term,
            "given access to" | "provided access to" | "provided with access to"
        ) {
            return true;
        }
        if !matches!(
            term,
            "provided" | "given" | "sent" | "supplied" | "furnished" | "shown"
        ) {
            return false;
        }
        let rest = &self.norm[verb.end..];
        rest.starts_with(" with ")
            || self.hits.iter().any(|d| {
                d.start > verb.end
                    && self.entry(d, Kind::Data).is_some()
                    && self.word_index(d.start) <= self.word_index(verb.start) + 3
                    && !self.norm[verb.end..d.start].contains([',', ';', ':'])
                    && !self.norm[verb.end..d.start].contains(" by ")
                    && !self.norm[verb.end..d.start].contains(" to ")
            })
    }

    /// Whether `verb` is "based on": what is tailored to data (ads,
    /// recommendations) uses it, and has no subject of its own.
    pub(super) fn tailored(&self, verb: &Hit) -> bool {
        self.word(self.word_index(verb.start)) == "based"
    }

    /// How many more words back `verb`'s subject, modal and negation may
    /// stand: [`TAILORED_REACH`] for "based on", else none.
    pub(super) fn tailored_reach(&self, verb: &Hit) -> usize {
        if self.tailored(verb) {
            TAILORED_REACH
        } else {
            0
        }
    }

    /// Whether `verb`'s subject is what passes: a passive ("is shared
    /// with"), or a predicate of reach ("is available to", "might go to").
    pub(super) fn data_is_subject(&self, verb: &Hit) -> bool {
        let term = &self.norm[verb.start..verb.end];
        self.passive(verb) || (SUBJECT_RECEIVED.contains(&term) && self.is_weak(verb))
    }

    /// Whether a subject before `to` reaches it across what lies between:
    /// a relative clause ("information that you post is visible to …")
    /// does not end it, another clause does.
    pub(super) fn same_subject(&self, from: usize, to: usize) -> bool {
        !self.broken_by(from, to, |w| !RELATIVES.contains(&w))
    }

    /// Whether a list of examples opens between two offsets ("such as",
    /// "including", "e.g."), with no other clause before it.
    pub(super) fn exemplified(&self, from: usize, to: usize) -> bool {
        let between = &self.norm[from..to];
        EXAMPLE_CUES
            .iter()
            .filter_map(|c| between.find(c))
            .min()
            .is_some_and(|at| !self.clause_broken(from, from + at))
    }

    /// Whether `verb` is in the passive voice: a form of "be" (or "get")
    /// before it, across adverbs ("may also be shared", "is not sold").
    /// A form in "-ing" after "be" is progressive, its subject the doer:
    /// "the device you are using", "we are sharing".
    pub(super) fn passive(&self, verb: &Hit) -> bool {
        let mut w = self.word_index(verb.start);
        if self.word(w).ends_with("ing") {
            return false;
        }
        // What "remains in our backups" is kept, as if "kept in" them: its
        // subject is the data, the keeper the company.
        if self.word(w).starts_with("remain") {
            return true;
        }
        // (Or a participle its agent follows, whose "be" an earlier
        // predicate took: "may be available to, collected by, and used by
        // third parties"; or that follows the data it describes: "your data
        // collected by advertisers". Not one that describes something else:
        // "websites maintained by other organizations".)
        if self.word(w).ends_with("ed") && self.agent_follows(verb) && w > 0 {
            let coordinated = self.norm[..verb.start].trim_end().ends_with(',')
                || matches!(self.word(w - 1), "and" | "or");
            let on_data = self.hits.iter().any(|d| {
                d.end < verb.start && self.word_index(d.end - 1) == w - 1 && self.only_data(d)
            });
            if coordinated || on_data {
                return true;
            }
        }
        while w > 0 {
            w -= 1;
            match self.word(w) {
                "also" | "not" | "never" | "ever" | "only" | "further" | "generally"
                | "sometimes" | "routinely" | "automatically" | "then" | "still" | "often"
                | "always" => continue,
                // (Any adverb of manner: "are manifestly made public".)
                a if a.len() > 4 && a.ends_with("ly") => continue,
                "be" | "is" | "are" | "was" | "were" | "been" | "being" | "get" | "gets" => {
                    return !self.norm[self.ends[w]..verb.start].contains([',', ';', ':']);
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether a form of "be" stands right before the verb (an adverb
    /// between): a passive clause ("is provided by"), not a participle
    /// qualifying a noun ("cookies provided by third parties").
    pub(super) fn be_before(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        (w.saturating_sub(2)..w).rev().any(|i| {
            matches!(
                self.word(i),
                "is" | "are" | "was" | "were" | "be" | "been" | "being"
            ) && (i + 1..w).all(|j| self.word(j).ends_with("ly") || self.word(j) == "also")
        })
    }

    /// Whether a party follows `verb` after "by" — "collected by third
    /// parties", "used by us" — or its "by" waits for the agent of a verb
    /// coordinated after it ("collected by, and used by").
    pub(super) fn agent_follows(&self, verb: &Hit) -> bool {
        let rest = &self.norm[verb.end..];
        if rest.starts_with(" by,") {
            return true;
        }
        rest.starts_with(" by ")
            && self.hits.iter().any(|h| {
                h.start >= verb.end + 4
                    && self.norm[verb.end + 4..h.start]
                        .split_whitespace()
                        .all(determines_party)
                    && (self.is(h, Target::FirstParty) || self.entry(h, Kind::Recipient).is_some())
            })
    }

    /// Whether a hit names a new subject: "we" or a user ("our" and "us",
    /// as in "ads on our site", name none).
    pub(super) fn names_subject(&self, h: &Hit) -> bool {
        (self.is(h, Target::FirstParty) && !self.object_form(h)) || self.is(h, Target::UserSubject)
    }

    /// "our" and "us": the company named in a form that is never a subject.
    pub(super) fn object_form(&self, h: &Hit) -> bool {
        matches!(&self.norm[h.start..h.end], "our" | "us")
    }

    /// Whether `verb` is a gerund right after `h` ("us providing", "our
    /// sharing"): then `h` is its subject, in whatever form.
    pub(super) fn gerund_after(&self, h: &Hit, verb: &Hit) -> bool {
        self.norm[h.end..verb.start].trim().is_empty()
            && self.norm[verb.start..verb.end]
                .split_whitespace()
                .next()
                .is_some_and(|w| w.ends_with("ing"))
    }

    /// Whether `verb` is an act named as a noun that `h`, "our", owns:
    /// "you consent to our use of usage data", "our collection and use
    /// of your information" — the company's act, whoever consents to it.
    pub(super) fn owned_act(&self, h: &Hit, verb: &Hit) -> bool {
        &self.norm[h.start..h.end] == "our"
            && self
                .hits
                .iter()
                .find(|u| u.start > h.end)
                .is_some_and(|first| {
                    self.norm[h.end..first.start].trim().is_empty()
                        && first.start <= verb.start
                        && self.names_action(first)
                        && self
                            .actions_named_until_of(first)
                            .is_some_and(|end| verb.end <= end)
                })
    }

    pub(super) fn in_exception(&self, h: &Hit) -> bool {
        self.exceptions
            .iter()
            .any(|&(s, e)| h.start > s && h.start < e)
    }

    /// The pronoun (its word index) of a relative clause with no relative
    /// pronoun that `verb` heads, right after the data it describes: "the
    /// information we collect", "information we receive from you" — the
    /// clause has a subject of its own, so a negation or an exception of
    /// the main verb's before or after it is not the clause's. Not a
    /// pronoun a preposition governs ("information about you might go to
    /// third parties": the user is whom the data is about).
    pub(super) fn bare_relative_pronoun(&self, verb: &Hit) -> Option<usize> {
        self.pronoun_after_word(verb).filter(|&p| {
            self.data_word(p - 1)
                && !OBJECT_PREPOSITIONS.contains(&self.word(p - 1))
                && !self.norm[self.ends[p - 1]..self.words[p]].contains([',', ';', '('])
        })
    }

    /// The subject pronoun ("we", "you", "they"; its word index) right
    /// before `verb`, past its auxiliaries and adverbs, with a word before
    /// it: where a relative clause with no relative pronoun may open on
    /// that word ("the information we may automatically collect", "other
    /// legal process we receive").
    pub(super) fn pronoun_after_word(&self, verb: &Hit) -> Option<usize> {
        let mut k = self.word_index(verb.start);
        while k > 0 && {
            let w = self.word(k - 1);
            auxiliary(w) || w.ends_with("ly")
        } {
            k -= 1;
        }
        (k >= 2 && matches!(self.word(k - 1), "we" | "you" | "they")).then_some(k - 1)
    }

    /// Whether the word at `after` (a verb's next) starts no object of
    /// the verb's own: the clause ends there, a mark of punctuation comes
    /// first, or the word `leads` (a preposition or a conjunction).
    pub(super) fn no_object_at(&self, after: usize, leads: impl Fn(&str) -> bool) -> bool {
        after >= self.words.len()
            || self.norm[self.ends[after - 1]..self.words[after]]
                .contains([',', ';', ':', '.', ')'])
            || leads(self.word(after))
    }

    /// Where the first main clause of the company's own after byte `at`
    /// begins (", and we …", words.rs `COMPANY_CLAUSES`), or the
    /// sentence's end: what a verb governs stops there.
    pub(super) fn company_clause_after(&self, at: usize) -> usize {
        let starts = self
            .company_clauses
            .get_or_init(|| company_clauses(self.norm));
        let i = starts.partition_point(|&c| c < at);
        starts.get(i).copied().unwrap_or(self.norm.len())
    }

    /// Where the last main clause of the company's own at or before byte
    /// `at` begins, or 0: with [`Analysis::company_clause_after`], the part
    /// of the sentence a phrase stands in.
    pub(super) fn company_clause_before(&self, at: usize) -> usize {
        let starts = self
            .company_clauses
            .get_or_init(|| company_clauses(self.norm));
        let i = starts.partition_point(|&c| c <= at);
        i.checked_sub(1).map_or(0, |i| starts[i])
    }

    /// Where a relative clause on the sentence's subject ends, for a verb
    /// that opens it, at the modal that opens the main predicate: in
    /// "Organizations that use our Enterprise products may submit personal
    /// information" the products are what is used, the information what
    /// is submitted. (Not a modal another relative clause opens: "sites
    /// that collect data that may include your IP address".)
    pub(super) fn subject_relative_end(&self, verb: &Hit) -> Option<usize> {
        /// How far into the sentence the relative pronoun may stand.
        const SUBJECT_WORDS: usize = 5;
        /// How far past the verb the main predicate's modal may stand.
        const RELATIVE_WORDS: usize = 15;
        let vw = self.word_index(verb.start);
        let p = vw.checked_sub(1)?;
        if p == 0 || p > SUBJECT_WORDS || !matches!(self.word(p), "that" | "which" | "who") {
            return None;
        }
        if self.norm[..self.words[p]].contains([',', ';', ':', '('])
            || self
                .hits
                .iter()
                .any(|h| h.end <= self.words[p] && self.names_action(h))
        {
            return None;
        }
        let last = self.word_index(verb.end - 1);
        (last + 1..(last + RELATIVE_WORDS).min(self.words.len()))
            .take_while(|&m| {
                !self.norm[self.ends[m - 1]..self.words[m]].contains([',', ';', ':', '.'])
            })
            .find(|&m| {
                !RELATIVES.contains(&self.word(m - 1))
                    && (MODAL_VERBS.contains(&self.word(m)) || self.main_verb_at(m))
            })
            .map(|m| self.words[m])
    }

    /// Whether word `m`, past a subject's relative clause, is the main
    /// predicate's verb in the present tense: "Websites that use our
    /// plugins collect your browsing history", "Apps that use our login
    /// button receive your email address". (Not a verb the relative clause
    /// goes on with: one joined to it, an infinitive, a verb after its own
    /// subject or object pronoun ("that we share data with", "that help us
    /// collect").)
    fn main_verb_at(&self, m: usize) -> bool {
        !matches!(
            self.word(m - 1),
            "and" | "or" | "to" | "we" | "you" | "they" | "us" | "them" | "it" | "not"
        ) && self
            .hits
            .iter()
            .any(|h| h.start == self.words[m] && self.targets(h).iter().any(Target::is_action_verb))
    }

    /// Whether anything between two byte offsets ends a negation's or subject's scope.
    pub(super) fn scope_broken(&self, from: usize, to: usize) -> bool {
        self.clause_broken(from, to)
            || self
                .hits
                .iter()
                .any(|h| h.start > from && h.start < to && self.is(h, Target::Exception))
    }

    /// Whether a weak verb ("provide", "make available") has a recipient
    /// after it, in its own clause and before another verb of disclosure,
    /// which takes its own recipients: "an email address must be provided
    /// to post a comment, but it is not shared with third parties" provides
    /// nothing to them.
    pub(super) fn names_its_recipient(&self, verb: &Hit) -> bool {
        let disclosing = |v: &Hit| {
            self.entry(v, Kind::Action)
                .is_some_and(|a| discloses(&self.ex.taxonomy.actions[a].id))
        };
        let reaches = |at: usize| {
            !self.clause_broken(self.past_determiner(verb.end).min(at), at)
                && !self
                    .hits
                    .iter()
                    .any(|v| v.start > verb.end && v.end < at && disclosing(v))
        };
        self.hits
            .iter()
            .any(|r| {
                r.start > verb.end
                    && self.entry(r, Kind::Recipient).is_some()
                    && !self.named_as_source(r)
                    && reaches(r.start)
            })
            // (Or a pronoun standing for one: "the personal information we
            // provide to them", "we give them your email address".)
            || (self.word_index(verb.end - 1) + 1..self.words.len()).any(|j| {
                self.word(j) == "them"
                    && reaches(self.words[j])
                    && matches!(self.referent(self.words[j]), Some(Some(_)))
            })
    }

    /// Whether a party is named as where data comes from, not where it
    /// goes: "information made available from our partners", "from
    /// federal, state, or local government records".
    fn named_as_source(&self, r: &Hit) -> bool {
        let mut k = self.word_index(r.start);
        let mut skipped = 0;
        while k > 0 && skipped < 6 {
            let w = self.word(k - 1);
            if w == "from" {
                return true;
            }
            if !(PARTY_DETERMINERS.contains(&w)
                || matches!(w, "federal" | "state" | "local" | "or" | "and" | "public"))
            {
                return false;
            }
            k -= 1;
            skipped += 1;
        }
        false
    }

    /// Whether a weak verb's object is advertising, not data: "display
    /// personalized ads on third-party services", "send you offers from
    /// partners" — what the user is shown, whoever else is named.
    fn gives_ads(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.end - 1) + 1;
        // (Past the verbs it is coordinated with: "deliver and display and
        // target personalized ads".)
        (w..(w + 6).min(self.words.len()))
            .find(|&j| {
                !matches!(
                    self.word(j),
                    "you"
                        | "users"
                        | "the"
                        | "our"
                        | "their"
                        | "them"
                        | "and"
                        | "or"
                        | "relevant"
                        | "target"
                        | "deliver"
                        | "serve"
                        | "show"
                        | "display"
                        // (Whoever's the ads are: "third-party advertising",
                        // "interest-based ads".)
                        | "third"
                        | "party"
                        | "interest"
                        | "based"
                ) && !self.word(j).ends_with("ed")
            })
            .is_some_and(|j| {
                matches!(
                    self.word(j),
                    "ads" | "ad" | "advertisements" | "advertisement" | "advertising" | "offers"
                )
            })
            // Or marketing under any name, whoever's it is: "send
            // third-party marketing messages to you", "send you promotional
            // emails from our partners".
            || (w..(w + 6).min(self.words.len()))
                .take_while(|&j| {
                    !matches!(self.word(j), "to" | "with" | "about")
                        && (j == w || !self.norm[self.ends[j - 1]..self.words[j]].contains([',', ';', ':']))
                })
                .any(|j| {
                    matches!(self.word(j), "marketing" | "promotional" | "advertising")
                        && j + 1 < self.words.len()
                        && matches!(
                            self.word(j + 1),
                            "messages" | "communications" | "emails" | "email" | "materials" | "offers" | "mail"
                        )
                })
    }

    /// Whether an exception cue is a gerund a preposition governs: "the
    /// option of excluding your information from the directory" names
    /// what the user may do, it excepts nothing.
    pub(super) fn gerund_after_preposition(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        self.word(w).ends_with("ing")
            && w > 0
            && matches!(self.word(w - 1), "of" | "for" | "by" | "from" | "about")
    }

    /// Where a verb's object starts past a "that" used as its determiner
    /// ("provide that information to advertisers"), which is no relative
    /// "that" opening another clause.
    pub(super) fn past_determiner(&self, verb_end: usize) -> usize {
        let w = self.word_index(verb_end) + 1;
        if w < self.words.len() && self.word(w) == "that" {
            self.ends[w]
        } else {
            verb_end
        }
    }

    /// Whether another clause opens between two offsets: a `;` or `:`, or a
    /// word such as "but", "which" or "although".
    pub(super) fn clause_broken(&self, from: usize, to: usize) -> bool {
        self.broken_by(from, to, |_| true)
    }

    /// [`Analysis::clause_broken`], counting only the breaking words `counts` keeps.
    fn broken_by(&self, from: usize, to: usize, counts: impl Fn(&str) -> bool) -> bool {
        if from >= to {
            return false;
        }
        let between = &self.norm[from..to];
        if between.contains(';') || between.contains(':') {
            return true;
        }
        let (a, b) = (self.word_index(from) + 1, self.word_index(to));
        (a..b).any(|i| {
            let w = self.word(i);
            SCOPE_BREAKERS.contains(&w) && counts(w) && !self.aside_in_clause(i)
        })
    }

    /// Whether word `i` is a "however" set off by commas inside a clause,
    /// after its subject or auxiliary: "They may, however, use …" goes on
    /// with its subject (where "we do not sell it, however, we share it"
    /// starts a clause of its own).
    fn aside_in_clause(&self, i: usize) -> bool {
        i > 0
            && i + 1 < self.words.len()
            && self.word(i) == "however"
            && self.norm[self.ends[i - 1]..self.words[i]].trim() == ","
            && self.norm[self.ends[i]..self.words[i + 1]].trim() == ","
            && (AUXILIARIES.contains(&self.word(i - 1))
                || matches!(self.word(i - 1), "they" | "we" | "it" | "these" | "those"))
    }

    /// Ids of one kind named in the clause (outside exceptions unless `inside`), in order.
    pub(super) fn terms(&self, kind: Kind, inside_exceptions: bool) -> Vec<String> {
        self.terms_where(kind, |h| self.in_exception(h) == inside_exceptions)
    }

    /// Ids of one kind among the hits that pass `keep`, in order, once each.
    pub(super) fn terms_where(&self, kind: Kind, keep: impl Fn(&Hit) -> bool) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for h in self.hits.iter().filter(|h| keep(h)) {
            if self.entry(h, kind).is_none() {
                continue;
            }
            // (A term may name two entries: "the Facebook family of
            // companies" is the affiliates, and Facebook.)
            for t in self.targets(h) {
                if let Target::Entry(k, i) = t
                    && *k == kind
                {
                    let id = &self.ex.taxonomy.entries(kind)[*i].id;
                    if !out.contains(id) {
                        out.push(id.clone());
                    }
                }
            }
        }
        out
    }

    /// The data terms among the hits that pass `keep`.
    pub(super) fn data_spans(&self, keep: impl Fn(&Hit) -> bool) -> Vec<DataSpan> {
        self.hits
            .iter()
            .filter(|h| keep(h))
            .filter_map(|h| {
                self.entry(h, Kind::Data).map(|entry| DataSpan {
                    start: h.start,
                    end: h.end,
                    entry,
                })
            })
            .collect()
    }

    pub(super) fn matched_terms(&self) -> Vec<Matched> {
        let mut out = Vec::new();
        for (hi, h) in self.hits.iter().enumerate() {
            let term = self.norm[h.start..h.end].to_string();
            for t in self.targets(h) {
                let (kind, id) = match t {
                    Target::Entry(Kind::Action, i)
                    | Target::WeakVerb(i)
                    | Target::ActionNoun(i) => {
                        if self.action_at(hi) != Some(*i) {
                            continue;
                        }
                        ("action", self.ex.taxonomy.actions[*i].id.clone())
                    }
                    Target::Entry(k, i) => (
                        match k {
                            Kind::Data => "data",
                            Kind::Recipient => "recipient",
                            Kind::Purpose => "purpose",
                            _ => "choice",
                        },
                        self.ex.taxonomy.entries(*k)[*i].id.clone(),
                    ),
                    Target::Jurisdiction(i) => {
                        ("location", self.ex.taxonomy.locations[*i].id.clone())
                    }
                    Target::Negation => ("negation", "not".to_string()),
                    Target::Exception => ("exception", term.clone()),
                    Target::Condition => ("condition", term.clone()),
                    _ => continue,
                };
                let m = Matched {
                    term: term.clone(),
                    kind,
                    id,
                };
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
        out
    }
}

/// Where each main clause of the company's own begins in `norm`, in order:
/// ", and we …" and the other `COMPANY_CLAUSES`, and "and we" without its
/// comma where an auxiliary follows ("the information they may collect and
/// we are not responsible for …").
fn company_clauses(norm: &str) -> Vec<usize> {
    let bare = norm
        .match_indices(" and we ")
        .map(|(i, _)| i)
        .filter(|&i| norm[i + 8..].split(' ').next().is_some_and(auxiliary));
    // (Each opening begins ", " or ". ": one pass over those, not one per
    // opening.)
    let mut out: Vec<usize> = norm
        .match_indices(", ")
        .chain(norm.match_indices(". "))
        .map(|(i, _)| i)
        .filter(|&i| COMPANY_CLAUSES.iter().any(|c| norm[i..].starts_with(c)))
        .chain(bare)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// What follows the company's own name to name its corporate family: "the
/// Atlassian Companies", "other Acme group companies". (Not "group" alone:
/// "Match Group" may be the company itself.)
#[rustfmt::skip]
const FAMILY_WORDS: &[&str] = &[
    "group companies", "group of companies", "family of companies", "companies", "entities",
    "group entities",
];

/// The company's own name before a word of its family ("the Atlassian
/// Companies") names its affiliates, not the company and some companies:
/// the two hits become one, meaning affiliates.
fn own_family(ex: &Extractor, norm: &str, hits: &mut Vec<Hit>) {
    let first = ex.matcher.first_party_pattern();
    let mut k = 0;
    while k < hits.len() {
        let h = hits[k];
        k += 1;
        // (Not "we", "our": "we group your data" has no family in it.)
        let pronoun = matches!(
            &norm[h.start..h.end],
            "we" | "us" | "our" | "ours" | "ourselves"
        );
        if h.pattern != first || pronoun {
            continue;
        }
        let rest = &norm[h.end..];
        let Some(len) = FAMILY_WORDS.iter().find_map(|w| {
            let after = rest.strip_prefix(' ')?.strip_prefix(w)?;
            after
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
                .then_some(1 + w.len())
        }) else {
            continue;
        };
        let Some(affiliates) = ex.affiliates_pattern() else {
            return;
        };
        let end = h.end + len;
        hits[k - 1] = Hit {
            start: h.start,
            end,
            pattern: affiliates,
        };
        // (What the family words matched alone goes: "companies".)
        hits.retain(|g| g.start < h.end || g.start >= end);
    }
}

/// Whether an aside (from its opening parenthesis) is a short one that
/// renames an item of a list, "(f/k/a Twitter)", "(now X)": four words at
/// most, no punctuation of a clause.
fn short_aside(text: &str) -> bool {
    !text.contains([',', '.', ';', ':']) && text.split_whitespace().count() <= 4
}

/// Where the last item of a list begins, in the text after a comma, when
/// the comma goes on a list of short items ("use, preservation or
/// disclosure of …", "email address, and phone number", "log in or
/// post"): items of at most three words, then the last, opened by "and"
/// or "or" or joined by one within its first words. (Not a clause the
/// comma opens: "if you ask us to, or if the law requires it", "if you
/// register, we or our partners may …".)
fn list_run(text: &str) -> Option<usize> {
    /// How many words a list item may hold.
    const ITEM_WORDS: usize = 3;
    let mut at = 0;
    for (k, whole) in text.split(',').enumerate() {
        // (A short aside within an item is no part of it: "Facebook, X
        // (f/k/a Twitter) or Google".)
        let bare;
        let chunk = match (whole.find('('), whole.find(')')) {
            (Some(o), Some(c))
                if o < c && whole[..o].ends_with(' ') && short_aside(&whole[o..c]) =>
            {
                bare = format!("{}{}", &whole[..o], &whole[c + 1..]);
                bare.as_str()
            }
            _ => whole,
        };
        let words: Vec<&str> = chunk.split_whitespace().take(ITEM_WORDS + 1).collect();
        let first = *words.first()?;
        if k == 0 && SUBJECT_PRONOUNS.contains(&first) {
            return None;
        }
        // (The last item is no clause of its own: "if you do so, Facebook
        // or its partners may …".)
        let clause = || chunk.split_whitespace().any(|w| MODAL_VERBS.contains(&w));
        if k > 0 && matches!(first, "and" | "or") {
            return (!clause()).then_some(at);
        }
        if let Some(j) = words.iter().position(|w| matches!(*w, "and" | "or")) {
            return (j > 0 && !clause()).then_some(at);
        }
        if words.len() > ITEM_WORDS || chunk.contains(['.', ';', ':', '(', ')']) {
            return None;
        }
        at += whole.len() + 1;
    }
    None
}
