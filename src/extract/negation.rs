//! Negation, hypotheticals, disclaimers and modality.

use super::Modality;
use super::analysis::Analysis;
use super::words::*;
use crate::taxonomy::{Hit, Kind, Target};

impl<'a> Analysis<'a> {
    pub(super) fn negated(&self, verb: &Hit) -> bool {
        // A participle right after its data heads a relative clause of its
        // own: "we will not disclose your information collected from the
        // sites" promises nothing about collecting.
        let vw = self.word_index(verb.start);
        if vw > 0 && self.word(vw).ends_with("ed") && self.data_word(vw - 1) {
            return false;
        }
        // What the company "may not have" done is uncertain, no promise:
        // "depending on your level of interaction with us, we may not have
        // collected your personal information from all of the categories".
        if vw >= 3
            && self.word(vw - 1) == "have"
            && self.word(vw - 2) == "not"
            && matches!(self.word(vw - 3), "may" | "might")
        {
            return false;
        }
        // An object that denies the verb: "we collect no personal
        // information", "we share no data with advertisers" (not "no more
        // than we need", "no later than").
        let last = self.word_index(verb.end - 1);
        if last + 2 < self.words.len()
            && self.word(last + 1) == "no"
            && !matches!(
                self.word(last + 2),
                "more" | "longer" | "later" | "less" | "fewer" | "sooner" | "matter"
            )
            && (last + 2..(last + 5).min(self.words.len())).any(|j| self.data_word(j))
        {
            return true;
        }
        // An object that is nothing or denies each item: "we share nothing
        // with advertisers", "we collect neither your location nor your
        // contacts", "we sell none of it".
        if match self.word_get(last + 1) {
            // (Not "nothing but your email address", "nothing more than",
            // which collect it.)
            Some("nothing") => !matches!(self.word_get(last + 2), Some("but" | "more" | "beyond")),
            Some("neither") => (last + 2..(last + 12).min(self.words.len()))
                .take_while(|&j| !self.norm[self.ends[j - 1]..self.words[j]].contains([';', '.']))
                .any(|j| self.word(j) == "nor"),
            Some("none") => self.word_get(last + 2) == Some("of"),
            _ => false,
        } {
            return true;
        }
        // A recipient that is no one: "we share your religious beliefs with
        // no one", "we sell your data to no third parties" (within the
        // verb's clause).
        if (last + 1..(last + NO_ONE_REACH).min(self.words.len()))
            .take_while(|&j| {
                !self.norm[self.ends[j - 1]..self.words[j]].contains([',', ';', ':', '.'])
            })
            .any(|j| {
                matches!(self.word(j), "with" | "to")
                    && j + 1 < self.words.len()
                    && (matches!(self.word(j + 1), "nobody" | "none")
                        || (self.word(j + 1) == "no"
                            && j + 2 < self.words.len()
                            && matches!(self.word(j + 2), "one" | "third" | "other" | "outside")))
            })
        {
            return true;
        }
        // A purpose that is none: "processors can only use your
        // information on our instructions and for no other purpose", "used
        // for no purpose other than sending the newsletter" (a purpose
        // limitation, as "not … for any other purpose" is).
        let purpose = |j: usize| matches!(self.word_get(j), Some("purpose" | "purposes"));
        if self.norm.contains("for no ")
            && (last + 1..(last + NO_ONE_REACH + 2).min(self.words.len()))
                .take_while(|&j| {
                    !self.norm[self.ends[j - 1]..self.words[j]].contains([';', ':', '.'])
                })
                .any(|j| {
                    self.word(j) == "for"
                        && self.word_get(j + 1) == Some("no")
                        && (purpose(j + 2)
                            || (self.word_get(j + 2) == Some("other") && purpose(j + 3)))
                })
        {
            return true;
        }
        // A negation over a universal object denies only that everything
        // is done: "we do not record every call" records some calls.
        if last + 1 < self.words.len() && matches!(self.word(last + 1), "every" | "all") {
            return false;
        }
        // A verb phrase that denies itself: "advertisers have no access to
        // your contact information".
        if self.norm[verb.start..verb.end]
            .split(' ')
            .any(|w| w == "no")
        {
            return true;
        }
        // The company stopping an act denies it ("we will stop sharing
        // your location"); the user asking it to stop is a request ("ask
        // that we stop using it"), read as a choice.
        if vw >= 2
            && matches!(self.word(vw - 1), "stop" | "stops")
            && self.company_before(vw - 1)
            && !self.ceases_on_choice(vw - 1)
        {
            return true;
        }
        // An act the company keeps a party from is denied it: "we prevent
        // our partners from using your data for ads". (Not what the reader
        // or a browser prevents: "to prevent Google Analytics from
        // collecting data, visit …", "the browser can block that website
        // from collecting …" offer or describe a means.)
        if vw >= 1
            && self.word(vw - 1) == "from"
            && self
                .prevented_by(vw - 1)
                .is_some_and(|i| self.company_before(i))
        {
            return true;
        }
        // A bar whose source comes between it and its "from": "service
        // providers are restricted by contract from using it", "we are
        // prohibited by law from selling it".
        if vw >= 4
            && self.word(vw - 1) == "from"
            && (vw.saturating_sub(6)..vw - 2).any(|i| {
                matches!(
                    self.word(i),
                    "prohibited" | "restricted" | "barred" | "precluded" | "forbidden"
                ) && self.word(i + 1) == "by"
                    && !self.norm[self.ends[i]..self.words[vw - 1]].contains([',', ';', '.', ':'])
            })
        {
            return true;
        }
        // An act named as a noun that a party is barred from: "we prohibit
        // the sale of your data by our service providers".
        if vw >= 2
            && matches!(self.word(vw - 1), "the" | "any")
            && matches!(
                self.word(vw - 2),
                "prohibit" | "prohibits" | "forbid" | "forbids" | "bar" | "bars"
            )
        {
            return true;
        }
        // An act named as the purpose of another shares its negation: "we
        // do not collect your data for the purpose of selling it" sells
        // nothing, however far the negation stands.
        if let Some(served) = self.purpose_served(verb) {
            return self.negated(served);
        }
        if let Some(joined) = self.verb_before_aside(verb) {
            return self.negated(joined);
        }
        if self.denied_list_item(verb)
            || self.denied_by_subject(verb)
            || self.done_by_no_one(verb)
            || self.prohibited_activity(verb)
            || self.not_the_practice_of(verb)
            || self.allowed_by_nothing(verb)
            || self.denied_across_aside(verb)
            || self.knowledge_denied(verb)
        {
            return true;
        }
        let lo = self.negation_reach(verb);
        self.hits.iter().any(|h| {
            h.end <= verb.start
                && (self.word_index(h.start) >= lo
                    // (A negative adverbial opening the clause governs it
                    // whole: "in no event will your email address be
                    // shared".)
                    || (NEGATIVE_ADVERBIALS.contains(&&self.norm[h.start..h.end])
                        && self.word_index(h.start) + NEGATION_WINDOW * 2 >= lo))
                && self.is(h, Target::Negation)
                && !(self.cessation(h) && self.ceases_on_choice(self.word_index(h.start)))
                && !self.scope_broken(h.end, verb.start)
                // (Not across a relative clause's own subject: "we do not
                // sell the information we collect" promises nothing about
                // collecting.)
                && self
                    .bare_relative_pronoun(verb)
                    .is_none_or(|p| p <= self.word_index(h.end))
                && (self.only_glue_between(h.end, verb.start)
                    || self.tailoring_between(h.end, verb))
                && !self.in_fronted_condition(h, verb)
                // "You cannot opt out of this sharing" denies the choice,
                // it promises nothing about the sharing.
                && !self.hits.iter().any(|c| {
                    c.start >= h.end && c.end <= verb.start && self.entry(c, Kind::Choice).is_some()
                })
        })
    }

    /// Whether the verb lies in what the company denies knowing it does —
    /// the law's "actual knowledge" — as "knowingly" denies it: "We do not
    /// have actual knowledge that we sell or share the personal
    /// information of consumers under 16" (also "no actual knowledge").
    fn knowledge_denied(&self, verb: &Hit) -> bool {
        let vw = self.word_index(verb.start);
        let Some(k) = (vw.saturating_sub(10)..vw).find(|&i| self.word(i) == "knowledge") else {
            return false;
        };
        let mut j = k;
        if j > 0 && self.word(j - 1) == "actual" {
            j -= 1;
        }
        let denied = (j >= 1 && self.word(j - 1) == "no")
            || (j >= 2 && matches!(self.word(j - 1), "have" | "has") && self.word(j - 2) == "not");
        denied
            && k + 1 < vw
            && self.word(k + 1) == "that"
            && !self.norm[self.ends[k]..verb.start].contains([';', '.', ':'])
    }

    /// The verb joined to this one across an aside set off by commas:
    /// "we do not sell or, for the purpose of targeted advertising, share
    /// it" (the aside is no scope break: the two verbs share their
    /// negation, as "do not sell or share" would).
    pub(super) fn verb_before_aside(&self, verb: &Hit) -> Option<&Hit> {
        let vw = self.word_index(verb.start);
        if vw < 3 || !self.norm[self.ends[vw - 1]..self.words[vw]].contains(',') {
            return None;
        }
        let j = (vw.saturating_sub(ASIDE_WORDS + 1)..vw - 1)
            .rev()
            .find(|&j| {
                matches!(self.word(j), "or" | "and" | "nor")
                    && self.norm[self.ends[j]..self.words[j + 1]].trim() == ","
            })?;
        // (One aside: no other comma inside it.)
        if self.norm[self.words[j + 1]..self.ends[vw - 1]].contains([',', ';', '.', ':']) {
            return None;
        }
        let before = self.ends[j.checked_sub(1)?];
        self.hits
            .iter()
            .find(|h| h.end == before && self.names_action(h) && h.start < verb.start)
    }

    /// Whether the verb follows an aside set off by commas right after a
    /// negation: "we will not, under any circumstances, sell your data",
    /// "we do not, without your consent, share it" (the aside, one of its
    /// own, naming no act, breaks no scope).
    fn denied_across_aside(&self, verb: &Hit) -> bool {
        let vw = self.word_index(verb.start);
        // (A comma a few words back, or no aside: a glance for most verbs.)
        if !(vw.saturating_sub(5).max(1)..=vw)
            .any(|i| self.norm.as_bytes()[self.ends[i - 1]..self.words[i]].contains(&b','))
        {
            return false;
        }
        // Back over the auxiliaries and adverbs right before the verb.
        let mut k = vw;
        while k > 0
            && (NEGATION_GLUE.contains(&self.word(k - 1)) || self.word(k - 1).ends_with("ly"))
            && !self.norm[self.ends[k - 1]..self.words[k]].contains(',')
        {
            k -= 1;
        }
        if k < 3 || self.norm[self.ends[k - 1]..self.words[k]].trim() != "," {
            return false;
        }
        let Some(j) = (k.saturating_sub(ASIDE_WORDS + 1)..k - 1)
            .rev()
            .find(|&j| self.norm[self.ends[j]..self.words[j + 1]].trim() == ",")
        else {
            return false;
        };
        // (Or a negative adverbial fronting the clause: "Under no
        // circumstances, except when required by law, will we share it".)
        let adverbial = || {
            self.hits.iter().any(|h| {
                h.end == self.ends[j] && NEGATIVE_ADVERBIALS.contains(&&self.norm[h.start..h.end])
            })
        };
        (matches!(self.word(j), "not" | "never") || adverbial())
            && !self.norm[self.words[j + 1]..self.ends[k - 1]].contains([',', ';', '.', ':'])
            && !self.hits.iter().any(|h| {
                h.start >= self.words[j + 1] && h.end <= self.ends[k - 1] && self.names_action(h)
            })
    }

    /// Whether a negation cue says an act ends rather than that it never
    /// happens: "no longer", "stopped", "cease", "refrain from".
    fn cessation(&self, h: &Hit) -> bool {
        let cue = &self.norm[h.start..h.end];
        let w = self.word_index(h.start);
        (cue == "no" && w + 1 < self.words.len() && self.word(w + 1) == "longer")
            || ["stop", "cease", "refrain"]
                .iter()
                .any(|c| cue.starts_with(c))
    }

    /// Whether an act said to end at word `w` ends on the user's choice or
    /// on another's request, so that it goes on until then: "you may
    /// withdraw your consent at any time and we will stop processing your
    /// data" (an opt-out over the processing, no promise that it never
    /// happens), "if you opt out, we will no longer use it for ads", "a
    /// signal that requests that websites refrain from selling", "your
    /// objection will be upheld, and we will cease processing".
    fn ceases_on_choice(&self, w: usize) -> bool {
        self.hits
            .iter()
            .any(|c| self.entry(c, Kind::Choice).is_some())
            || (w.saturating_sub(8)..w).any(|i| REQUESTS.contains(&self.word(i)))
            || (0..self.words.len())
                .any(|i| matches!(self.word(i), "objection" | "objections" | "withdrawal"))
    }

    /// Whether the verb is a gerund opening its clause whose predicate
    /// prohibits or disowns it: "Selling your personal information is
    /// prohibited", "Sharing your data with advertisers is not permitted",
    /// "Selling your data is something we never do", "… is not our
    /// practice". (Not a predicate that only says it is not needed:
    /// "providing your phone number is not required" marks it optional.)
    fn prohibited_activity(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let opens = w == 0 || self.norm[self.ends[w - 1]..self.words[w]].contains([',', ';', ':']);
        if !opens || !self.word(w).ends_with("ing") {
            return false;
        }
        let end = (w + SUBJECT_SPAN).min(self.words.len());
        let Some(be) = (w + 1..end).find(|&i| BE_HEADS.contains(&self.word(i))) else {
            return false;
        };
        if self.norm[self.words[w]..self.words[be]].contains([',', ';', ':', '.']) {
            return false;
        }
        let mut k = be + 1;
        while k < self.words.len() && matches!(self.word(k), "strictly" | "expressly" | "also") {
            k += 1;
        }
        let negative = |w: Option<&str>| matches!(w, Some("not" | "never"));
        // "Something we never do", "one thing we will not do", "what we
        // do not do": a negation within the relative clause that follows.
        let disowned = |from: usize| {
            (from..(from + 5).min(self.words.len())).any(|i| negative(self.word_get(i)))
                && !self.norm[self.words[k]..self.ends[(from + 4).min(self.words.len() - 1)]]
                    .contains([',', ';', '.'])
        };
        match self.word_get(k) {
            Some("prohibited" | "forbidden") => true,
            Some("not" | "never") => {
                matches!(
                    self.word_get(k + 1),
                    Some("permitted" | "allowed" | "authorized" | "something" | "what" | "done")
                ) || matches!(
                    (self.word_get(k + 1), self.word_get(k + 2)),
                    (Some("part"), Some("of")) | (Some("our"), Some("practice" | "policy"))
                )
            }
            Some("something" | "what") => disowned(k + 1),
            Some("one" | "a") if self.word_get(k + 1) == Some("thing") => disowned(k + 2),
            _ => false,
        }
    }

    /// The word where the list of verbs `verb` closes begins: back over
    /// the verbs listed before it ("sold or shared", "sell or rent").
    fn first_listed_verb(&self, verb: &Hit) -> usize {
        let mut k = self.word_index(verb.start);
        while k >= 2
            && matches!(self.word(k - 1), "or" | "and" | "nor")
            && self
                .covering(self.words[k - 2])
                .any(|h| self.names_action(h))
        {
            k -= 2;
        }
        k
    }

    /// Whether the verb is what a policy says is not a party's practice,
    /// the party named between: "It is not the practice of example.com to
    /// share any information we gather", "it is not the policy of the
    /// company to sell or rent it" ("not our practice to" is a negation
    /// term of its own).
    fn not_the_practice_of(&self, verb: &Hit) -> bool {
        let k = self.first_listed_verb(verb);
        if k < 5 || self.word(k - 1) != "to" {
            return false;
        }
        (k.saturating_sub(9)..k - 2).any(|p| {
            p >= 2
                && matches!(self.word(p), "practice" | "policy" | "intention" | "intent" | "habit")
                && self.word(p + 1) == "of"
                && matches!(self.word(p - 1), "the" | "a")
                && matches!(self.word(p - 2), "not" | "never")
                // (A domain's dot is no stop: "civictour.com".)
                && !self.norm[self.words[p]..self.words[k]].contains([',', ';', ':', '('])
                && !self.norm[self.words[p]..self.words[k]].contains(". ")
        })
    }

    /// Whether the subject of the verb of intending at word `i` is the
    /// user.
    fn user_intends(&self, i: usize) -> bool {
        self.subject_word(i, &["not", "never", "also", "do", "does", "did"])
            .is_some_and(|s| matches!(self.word(s), "you" | "user" | "users" | "i"))
    }

    /// Whether the verb is what "nothing" says the company is not allowed:
    /// "Nothing in this policy allows us to sell your data", "nothing
    /// permits us to share it". (Not "nothing restricts our right to …",
    /// which affirms it.)
    fn allowed_by_nothing(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        if w < 4 || self.word(w - 1) != "to" || self.word(w - 2) != "us" {
            return false;
        }
        let allows = w - 3;
        if !matches!(
            self.word(allows),
            "allows" | "permits" | "authorizes" | "authorises" | "entitles"
        ) {
            return false;
        }
        // "Nothing" opens the clause and its subject runs to the verb.
        (allows.saturating_sub(SUBJECT_SPAN)..allows).any(|n| {
            self.word(n) == "nothing"
                && (n == 0 || self.norm[self.ends[n - 1]..self.words[n]].contains([',', ';', ':']))
                && !self.norm[self.words[n]..self.words[allows]].contains([',', ';', '.'])
        })
    }

    /// Whether the verb's subject is no one: "no one at our company reads
    /// your messages", "nobody can see your photos", "no employee will
    /// listen to your recordings", "none of our staff …". The negative
    /// opens the clause, and only the subject's own words (a place or a
    /// party after "at", "of", "in" or "outside", but no verb, comma or
    /// relative clause) and auxiliaries stand between it and the verb.
    pub(super) fn done_by_no_one(&self, verb: &Hit) -> bool {
        let vw = self.word_index(verb.start);
        let Some(neg) = (vw.saturating_sub(SUBJECT_SPAN)..vw).find(|&i| match self.word(i) {
            "nobody" | "noone" => true,
            "no" => self
                .word_get(i + 1)
                .is_some_and(|n| PEOPLE_DENIED.contains(&n)),
            "none" => {
                self.word_get(i + 1) == Some("of")
                    && (i + 2..(i + 5).min(vw)).any(|j| PEOPLE_DENIED.contains(&self.word(j)))
            }
            _ => false,
        }) else {
            return false;
        };
        let opens = neg == 0
            || self.norm[self.ends[neg - 1]..self.words[neg]].contains([',', ';', ':'])
            || matches!(self.word(neg - 1), "that" | "and" | "but");
        opens
            && !self.norm[self.words[neg]..verb.start].contains([',', ';', ':', '.'])
            && (neg + 1..vw).all(|i| !RELATIVES.contains(&self.word(i)))
            && !self
                .hits
                .iter()
                .any(|h| h.start > self.words[neg] && h.end <= verb.start && self.names_action(h))
    }

    /// Whether a negative subject ("none of the information collected",
    /// "neither your name nor your address", "no other data obtained from
    /// …") governs the verb its "be" leads to, however long the subject: "None of the information
    /// collected is sold or shared" sells nothing, nor does "none of the
    /// data that we collect is shared".
    fn denied_by_subject(&self, verb: &Hit) -> bool {
        let k = self.first_listed_verb(verb);
        let first = self.words[k];
        let Some(copula) = (k.saturating_sub(3)..k)
            .rev()
            .find(|&i| BE_HEADS.contains(&self.word(i)))
        else {
            return false;
        };
        if !(copula + 1..k).all(|i| self.word(i).ends_with("ly") || self.word(i) == "also") {
            return false;
        }
        // (Or "no" as the subject's determiner: "No data obtained from
        // Google, Facebook or Apple will be visible to anyone".)
        let Some(neg) = (copula.saturating_sub(SUBJECT_SPAN)..copula).find(|&i| {
            (self.word(i) == "none" && self.word(i + 1) == "of")
                || self.word(i) == "neither"
                || (self.word(i) == "no" && i + 1 < copula && self.data_word(i + 1))
                || (self.word(i) == "no"
                    && i + 2 < copula
                    && matches!(self.word(i + 1), "other" | "additional" | "further")
                    && self.data_word(i + 2))
        }) else {
            return false;
        };
        // The negative word opens the clause, and the subject runs to the
        // copula with no clause of its own on the way.
        let opens = neg == 0
            || self.norm[self.ends[neg - 1]..self.words[neg]].contains([',', ';', ':'])
            || matches!(self.word(neg - 1), "that" | "and" | "but");
        // (A relative clause of the subject's own may come first: "none of
        // the data that is collected is sold", "… that we collect is shared"
        // — the collecting stays affirmed, its "be" not being this verb's.)
        let be = |j: usize| BE_HEADS.contains(&self.word(j));
        let subject_clear = (neg + 1..copula).all(|i| !be(i) && !RELATIVES.contains(&self.word(i)))
            || (neg + 1..copula)
                .find(|&i| RELATIVES.contains(&self.word(i)))
                .is_some_and(|r| {
                    // (Its "be", if any, right after the pronoun: "that is
                    // collected"; or none: "that we collect".)
                    (neg + 1..r).all(|j| !be(j))
                        && (r + 1..copula).filter(|&j| be(j)).all(|j| j == r + 1)
                        && r + 2 < copula
                });
        // (A comma only inside a list the subject names: "from Google,
        // Facebook or Apple".)
        let span = &self.norm[self.words[neg]..first];
        let listed = span
            .rfind(',')
            .is_none_or(|c| span[c..].contains(" or ") || span[c..].contains(" and "));
        subject_clear && opens && listed && !span.contains([';', ':', '.'])
    }

    /// Whether the verb opens an item of a list of verb phrases that a
    /// negation opens, each with its own object: "reddit will not connect
    /// to the servers of those services, share information with those
    /// services, or post on your behalf" shares nothing. The list closes on
    /// "or"/"nor" (else two commas may join two sentences' worth of
    /// clauses); no item names a subject of its own, an exception, a
    /// condition or a relative clause.
    fn denied_list_item(&self, verb: &Hit) -> bool {
        let mut k = self.word_index(verb.start);
        let opens_last = k > 0 && matches!(self.word(k - 1), "or" | "nor");
        while k > 0
            && matches!(
                self.word(k - 1),
                "or" | "nor" | "and" | "also" | "otherwise"
            )
        {
            k -= 1;
        }
        // (Or "or" alone: "will not sell it to a third party or place you
        // on a mailing list".)
        if k == 0 || !(opens_last || self.norm[self.ends[k - 1]..self.words[k]].contains(',')) {
            return false;
        }
        let sentence_end = self.norm[verb.end..]
            .find([';', ':', '.'])
            .map_or(self.norm.len(), |e| verb.end + e);
        let rest = &self.norm[verb.end..sentence_end];
        if !opens_last && !rest.contains(", or ") && !rest.contains(", nor ") {
            return false;
        }
        // Back over the items, comma by comma, to the one the negation opens.
        let mut end = self.ends[k - 1];
        for _ in 0..LISTED_ITEMS {
            let start = self.norm[..end].rfind(',').map_or(0, |c| c + 1);
            let item = &self.norm[start..end];
            if item.contains([';', ':', '(']) || item.split_whitespace().count() > LISTED_ITEM_WORDS
            {
                return false;
            }
            let (a, b) = (self.word_index(start), self.word_index(end.max(1) - 1));
            let clause_word = (a..=b).any(|i| {
                (SCOPE_BREAKERS.contains(&self.word(i))
                    && !(i == a && matches!(self.word(i), "but" | "however")))
                    || matches!(self.word(i), "if" | "when" | "unless" | "because" | "so")
            });
            let inside = |h: &&Hit| h.start >= start && h.end <= end;
            if self
                .hits
                .iter()
                .filter(inside)
                .any(|h| self.is(h, Target::Exception))
            {
                return false;
            }
            // The item the negation opens: the negation, a few auxiliaries
            // or adverbs, then the first verb.
            if let Some(neg) = self.hits.iter().filter(inside).find(|h| {
                self.is(h, Target::Negation)
                    && matches!(&self.norm[h.start..h.end], "not" | "never")
            }) {
                let n = self.word_index(neg.start);
                let after_opening = (a..n).all(|i| {
                    !RELATIVES.contains(&self.word(i))
                        && !matches!(self.word(i), "if" | "when" | "unless" | "whether")
                });
                // (Nor does the item hold a clause of its own after the
                // negation: "we do not sell it to partners who may use it or
                // share it" — the sharing is theirs.)
                let own_clause = (n + 1..=b).any(|i| {
                    SCOPE_BREAKERS.contains(&self.word(i))
                        || matches!(self.word(i), "if" | "when" | "unless" | "because")
                }) || self
                    .hits
                    .iter()
                    .any(|h| h.start > neg.end && h.end <= end && self.names_subject(h));
                return after_opening
                    && !own_clause
                    && (n + 1..=b)
                        .take_while(|&i| {
                            MODALS.contains(&self.word(i)) || self.word(i).ends_with("ly")
                        })
                        .count()
                        <= 2
                    && !self.in_fronted_condition(neg, verb);
            }
            if clause_word
                || self
                    .hits
                    .iter()
                    .filter(inside)
                    .any(|h| self.names_subject(h) || self.is(h, Target::Pronoun))
                || start == 0
            {
                return false;
            }
            end = start - 1;
        }
        false
    }

    /// The act a verb names the purpose of ("for the purpose(s) of", "in
    /// order to", "so as to"), the verb standing first or later in a list of
    /// such acts ("for the purposes of evaluating, analysing or predicting"),
    /// and the act the last one before the phrase in its clause.
    fn purpose_served(&self, verb: &Hit) -> Option<&Hit> {
        let mut k = self.word_index(verb.start);
        // Back over the acts listed before this one.
        while k > 0
            && (matches!(self.word(k - 1), "and" | "or")
                || (self.word(k - 1).ends_with("ing")
                    && (matches!(self.word(k), "and" | "or")
                        || self.norm[self.ends[k - 1]..self.words[k]].contains(','))))
        {
            k -= 1;
        }
        let phrase = |from: usize, words: &[&str]| {
            from >= words.len()
                && words
                    .iter()
                    .enumerate()
                    .all(|(j, w)| self.word(from - words.len() + j) == *w)
        };
        let len = [
            &["for", "the", "purpose", "of"][..],
            &["for", "the", "purposes", "of"],
            &["for", "purposes", "of"],
            &["in", "order", "to"],
            &["so", "as", "to"],
        ]
        .iter()
        .find(|p| phrase(k, p))
        .map(|p| p.len())?;
        let at = self.words[k - len];
        self.hits
            .iter()
            .rev()
            .find(|h| h.end <= at && self.names_action(h) && !self.scope_broken(h.end, at))
    }

    /// Whether an action is named as what would follow if it were not
    /// done — "without processing your data, we can not respond", "the
    /// consequences of not processing your data" — which promises nothing
    /// (if anything, it says the action is needed).
    pub(super) fn hypothetical(&self, verb: &Hit) -> bool {
        let mut w = self.word_index(verb.start);
        // (Every gerund of a list after it: "without gathering, sharing,
        // and analyzing information".)
        while let Some(prev) = self.list_item_before(w)
            && self.word(prev).ends_with("ing")
        {
            w = prev;
        }
        let before = |k: usize| w.checked_sub(k).map(|i| self.word(i));
        if !self.word(w).ends_with("ing") {
            return false;
        }
        let unable = || {
            (0..self.words.len()).any(|i| match self.word(i) {
                "unable" | "impossible" => true,
                "can" => self.can_not_at(i),
                // ("We could not provide our services … without transferring
                // your personal information": the transfer is needed.)
                "could" => i + 1 < self.words.len() && self.word(i + 1) == "not",
                "not" => {
                    self.word_get(i + 1) == Some("able")
                        || (self.word_get(i + 1), self.word_get(i + 2))
                            == (Some("be"), Some("able"))
                }
                _ => false,
            })
        };
        (before(1) == Some("without") && unable())
            || (before(1) == Some("not") && before(2) == Some("of"))
    }

    /// The verb of keeping something from an act ("prevents …", "protect
    /// … from"; its word index) that governs the "from" at word `from`, in
    /// the same clause.
    fn prevented_by(&self, from: usize) -> Option<usize> {
        (from.saturating_sub(PREVENT_WINDOW)..from)
            .rev()
            .find(|&i| {
                PREVENTING.contains(&self.word(i))
                    && !self.norm[self.words[i]..self.words[from]].contains([';', '.', ':'])
            })
    }

    /// Whether words `i` and `i + 1` say "can not" (the normalised form of
    /// "cannot" and "can't").
    pub(super) fn can_not_at(&self, i: usize) -> bool {
        self.word(i) == "can" && i + 1 < self.words.len() && self.word(i + 1) == "not"
    }

    /// Whether a passive is the goal of a measure, not a promise: negated
    /// after "ensure" or "so that" ("we encrypt data to ensure it can't be
    /// linked to other information about you", "… so that it cannot be
    /// identified"), or what a measure keeps data "from being" ("prevents
    /// your queries from being revealed"). (An obligation on someone else
    /// stays a promise: "contracts to ensure partners do not use your
    /// data" is active.)
    pub(super) fn goal_of_measure(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        // So is what a measure keeps data from undergoing: "the encrypted
        // connection prevents your queries from being revealed to these
        // entities", "we protect your data from being accessed".
        if w >= 2
            && self.word(w - 1) == "being"
            && self.word(w - 2) == "from"
            && self.prevented_by(w - 2).is_some()
        {
            return true;
        }
        let cannot = (w.saturating_sub(4)..w).any(|i| {
            // (The text is normalised: "cannot" and "can't" read "can not".)
            self.word(i) == "cant" || self.can_not_at(i)
        });
        cannot
            && self.passive(verb)
            && (w.saturating_sub(8)..w).any(|i| {
                matches!(self.word(i), "ensure" | "ensures" | "ensuring")
                    || (self.word(i) == "so" && i + 1 < w && self.word(i + 1) == "that")
                    || (self.word(i) == "make" && i + 1 < w && self.word(i + 1) == "sure")
            })
    }

    /// Whether an action is what the company says it cannot guarantee
    /// against: "we cannot guarantee that your information will not be
    /// disclosed", "cannot ensure the security of … or guarantee that
    /// information may not be accessed". A disclaimer about breaches
    /// states no practice and makes no promise. (A guarantee given is
    /// another matter: "we ensure that it is not sold" stays a promise.)
    pub(super) fn disclaimed(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let guarantee = |i: usize| GUARANTEES.contains(&self.word(i));
        let same_clause =
            |i: usize| !self.norm[self.words[i]..verb.start].contains([';', '.', ':']);
        let refused = |i: usize| {
            (i.saturating_sub(3)..i).any(|k| matches!(self.word(k), "not" | "no" | "never"))
        };
        // What is refused is a clause ("… that it will be secure", "… it
        // will not be accessed"), not the object of "guarantee the security
        // of information disclosed to those third parties", which states
        // the disclosure.
        let clause = |i: usize| (i + 1 < w && self.word(i + 1) == "that") || self.negated(verb);
        (w.saturating_sub(25)..w).any(|i| guarantee(i) && same_clause(i) && refused(i) && clause(i))
    }

    /// Whether a verb of asking describes a message (an email, a text, a
    /// call) that a denied verb of sending would send: "we do not send
    /// emails asking you to provide your credit card number", "we never
    /// send messages that ask you to confirm your password". The warning
    /// against phishing states nothing about what is collected otherwise
    /// (neither a collection nor a promise against one). The message right
    /// before it (past "that" or "which"), the verb of sending a few words
    /// before that, and "not" or "never" right before the verb.
    pub(super) fn asked_in_message_not_sent(&self, verb: &Hit) -> bool {
        if !self.norm[verb.start..].starts_with("ask") {
            return false;
        }
        let vw = self.word_index(verb.start);
        let mut m = vw;
        if m > 0 && matches!(self.word(m - 1), "that" | "which") {
            m -= 1;
        }
        if m == 0
            || !(MESSAGES.contains(&self.word(m - 1))
                || matches!(self.word(m - 1), "calls" | "texts"))
        {
            return false;
        }
        let noun = m - 1;
        (noun.saturating_sub(4)..noun).rev().any(|s| {
            matches!(
                self.word(s),
                "send" | "sends" | "email" | "call" | "text" | "contact"
            ) && !self.norm[self.words[s]..self.words[noun]].contains([',', ';', '.'])
                && (s.saturating_sub(3)..s).any(|k| matches!(self.word(k), "not" | "never"))
        })
    }

    /// Whether a verb and the negation before it both lie in an "if" or
    /// "unless" clause: "we can not process your booking if we do not
    /// collect your name", "if we do not receive your consent, …" suppose
    /// the action away; they promise nothing. (A wish is another matter:
    /// "if you prefer that we do not share it, opt out" offers a choice.)
    pub(super) fn negated_within_condition(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        // (A predicate listed after the first shares its condition: "so
        // long as the data is not disclosed to a third party, is not used
        // for profiling, and …".)
        let listed = self.norm[..verb.start]
            .rsplit_once(',')
            .is_some_and(|(_, seg)| {
                let seg = seg.trim_start();
                let seg = ["and ", "or "]
                    .iter()
                    .find_map(|j| seg.strip_prefix(j))
                    .unwrap_or(seg);
                seg.starts_with("is not ") || seg.starts_with("are not ")
            });
        let reach = if listed {
            CONDITION_LIST_REACH
        } else {
            NEGATION_WINDOW + 4
        };
        (w.saturating_sub(reach)..w).any(|i| {
            let cue = match self.word(i) {
                "if" | "unless" | "where" => true,
                // ("So long as", "as long as", "provided that".)
                "long" => {
                    i > 0
                        && matches!(self.word(i - 1), "so" | "as")
                        && self.word_get(i + 1) == Some("as")
                }
                "provided" | "providing" => self.word_get(i + 1) == Some("that"),
                _ => false,
            };
            // (Listed, the cue's own clause denies the first predicate
            // before any comma: not "if you opt out, your data is not
            // shared …, is not sold", whose condition is fronted.)
            let first_denied = || {
                let from = self.words[i];
                let to = self.norm[from..verb.start]
                    .find(',')
                    .map_or(verb.start, |c| from + c);
                self.hits
                    .iter()
                    .any(|h| h.start > from && h.end <= to && self.is(h, Target::Negation))
            };
            cue && !self.if_complements_verb(i)
                && if listed {
                    first_denied()
                } else {
                    !self.norm[self.words[i]..verb.start].contains([',', ';', ':'])
                }
                && !self.norm[self.words[i]..verb.start].contains([';', ':', '.'])
                && !(i + 1..w).any(|k| {
                    matches!(
                        self.word(k),
                        "prefer" | "want" | "wish" | "like" | "choose" | "request" | "ask"
                    )
                })
                && self.hits.iter().any(|h| {
                    h.start > self.words[i] && h.end <= verb.start && self.is(h, Target::Negation)
                })
        }) && self.negated(verb)
    }

    /// Whether a verb is part of a name in quotation marks, after a
    /// negation in it: a link, a button or a request — “Do Not Sell My
    /// Personal Information”, “Nevada Do Not Sell Request” — which states
    /// no practice ("halt these sales by pressing the “Do not sell” link"
    /// says the opposite) — or the title of a section the reader is sent
    /// to (see the section “Personal Data third parties collect from you
    /// directly”). A verb alone in quotes is a defined term, and stays: we
    /// “share” it with advertisers.
    pub(super) fn quoted_name(&self, verb: &Hit) -> bool {
        let Some((open, _)) = self.quoted_span(verb) else {
            return false;
        };
        let titled = self.norm[..open]
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| SECTION_CUES.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())));
        titled
            || self
                .hits
                .iter()
                .any(|h| h.start > open && h.end <= verb.start && self.is(h, Target::Negation))
    }

    /// Whether a denied verb heads a relative clause that says which of
    /// something the sentence is about, promising nothing: on the data
    /// before it a quantifier picks out ("any contacts that have not been
    /// matched … will be deleted", "those records which are not used"), or
    /// on a thing the vocabulary names as neither data nor party ("apps
    /// that cannot use your precise location may still have access to
    /// your general location": those apps' inability, no promise of the
    /// company's), or saying what data does not reveal ("reports … that
    /// don't reveal information about individual people").
    pub(super) fn denied_in_relative(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let mut k = w;
        let mut denied = false;
        while k > 0 {
            let x = self.word(k - 1);
            if matches!(x, "not" | "never" | "cannot") {
                denied = true;
            } else if !(auxiliary(x) || matches!(x, "been" | "be" | "yet")) {
                break;
            }
            k -= 1;
        }
        if !denied
            || k < 2
            || !matches!(self.word(k - 1), "that" | "which" | "who")
            || self.norm[self.ends[k - 2]..self.words[k - 1]].contains([',', ';', ':'])
        {
            return false;
        }
        // (What data does not reveal describes it, whatever noun stands
        // before the pronoun: "aggregated reports to advertisers that don't
        // reveal information about individual people".)
        if self.word(k - 1) != "who"
            && matches!(
                self.word(w),
                "reveal" | "reveals" | "identify" | "identifies" | "personally"
            )
        {
            return true;
        }
        // (Only a subset a quantifier picks out of the data: "we collect
        // data that is not shared with anyone" does promise.)
        if self.word(k - 1) != "who" && self.data_word(k - 2) {
            return (k.saturating_sub(5)..k - 2)
                .any(|j| SUBSET_QUANTIFIERS.contains(&self.word(j)));
        }
        // (A thing: a plural noun no term covers, not a pronoun — "we
        // who", "those that".)
        let thing = self.word(k - 2);
        thing.len() > 3
            && thing.ends_with('s')
            && !thing.ends_with("ss")
            && thing.chars().all(|c| c.is_ascii_alphabetic())
            && !matches!(
                thing,
                "those" | "these" | "others" | "yours" | "ours" | "theirs"
            )
            && self.covering(self.words[k - 2]).next().is_none()
    }

    /// Whether a verb is what a clause opening on "do not" or "never"
    /// tells the reader not to do: "Do not share your password with
    /// anyone" — past a fronted condition ("If you are under 13, please do
    /// not send us any personal information") or a short label
    /// ("California residents: Do not sell", "Tip: never share it").
    pub(super) fn imperative_denial(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let from = if matches!(self.word(0), "if" | "when" | "unless") {
            (1..w)
                .find(|&i| self.norm[self.ends[i - 1]..self.words[i]].contains(','))
                .unwrap_or(0)
        } else {
            (1..w.min(LABEL_REACH + 1))
                .rfind(|&i| self.norm[self.ends[i - 1]..self.words[i]].contains(':'))
                .unwrap_or(0)
        };
        let opening = (from..w.min(from + 3))
            .map(|i| self.word(i))
            .collect::<Vec<_>>();
        matches!(
            opening.as_slice(),
            ["do", "not", ..] | ["never", ..] | ["please", "do", "not"] | ["please", "never", ..]
        )
    }

    /// Whether a negated verb names a right, a link or a signal, or tells
    /// the reader what not to do — none of which the company promises:
    /// "Do Not Sell." (a heading), "a Nevada do not sell request", "do
    /// not track signals", "the Do Not Sell or Share My Personal
    /// Information link" (the user speaks), "Do not share your password
    /// with anyone" (an instruction).
    pub(super) fn named_or_addressed(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let imperative = self.imperative_denial(verb);
        // Past the other verbs of a list ("sell or share my"), the word
        // the verb governs.
        let mut k = w + 1;
        while k < self.words.len()
            && (matches!(self.word(k), "or" | "and")
                || self.covering(self.words[k]).any(|h| self.names_action(h)))
        {
            k += 1;
        }
        let object = (k < self.words.len()).then(|| self.word(k));
        // A name after an article or preposition: "a Do Not Track
        // compliance protocol", "respond to Do Not Track"; or in brackets
        // with no subject, beside the choice it names: "requests for
        // opt-out (Do Not Sell)".
        let bracketed = w >= 2
            && self.word(w - 1) == "not"
            && self.word(w - 2) == "do"
            && self.norm[..self.words[w - 2]].trim_end().ends_with('(');
        let named = bracketed
            || w >= 3
                && self.word(w - 1) == "not"
                && self.word(w - 2) == "do"
                && matches!(
                    self.word(w - 3),
                    "a" | "an"
                        | "the"
                        | "any"
                        | "your"
                        | "their"
                        | "browser"
                        | "browsers"
                        | "to"
                        | "with"
                        | "of"
                        | "for"
                );
        // The reader, or people like them, told what not to do: "Children
        // under 13 should not use our services or send us personal
        // information" (the company promises nothing by it).
        let told = (w.saturating_sub(TOLD_REACH)..w).any(|i| {
            matches!(self.word(i), "should" | "must")
                && matches!(self.word_get(i + 1), Some("not" | "never"))
                && !self.norm[self.words[i]..verb.start].contains([';', ':', '.'])
                && self.hits.iter().any(|h| {
                    self.is(h, Target::UserSubject)
                        && h.end <= self.words[i]
                        && !self.norm[h.end..self.words[i]].contains([',', ';', ':', '.'])
                        && self.word_index(h.end - 1) + TOLD_SUBJECT_REACH >= i
                })
        });
        (imperative
            || told
            || named
            || matches!(
                object,
                Some(
                    "my" | "request"
                        | "requests"
                        | "link"
                        | "links"
                        | "right"
                        | "rights"
                        | "button"
                        | "page"
                        | "signal"
                        | "signals"
                        | "setting"
                        | "settings"
                        | "list"
                        | "registry"
                        | "form"
                        // "Do Not Track": the signal and its ways.
                        | "header"
                        | "headers"
                        | "preference"
                        | "preferences"
                        | "feature"
                        | "features"
                        | "mechanism"
                        | "mechanisms"
                        | "option"
                        | "options"
                        | "standard"
                        | "standards"
                        | "technology"
                        | "technologies"
                        | "dnt"
                        | "browser"
                        | "compliance"
                )
            ))
            && self.negated(verb)
    }

    /// Whether the one who acts is the policy itself or its reader, or the
    /// verb names no act on data at all: "The Privacy Policy also provides
    /// information about cookies" describes the document; "To obtain more
    /// information, please email us" is the reader's errand, as are an
    /// aside ("as you can see"), a means the reader is bidden to use and
    /// what is made easy "for you to" do; "we recognize that …" knows.
    pub(super) fn document_or_reader_acts(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let mut k = w;
        while k > 0
            && matches!(
                self.word(k - 1),
                "also" | "further" | "additionally" | "below"
            )
        {
            k -= 1;
        }
        let document = k > 0
            && matches!(
                self.word(k - 1),
                "policy" | "statement" | "notice" | "section" | "document"
            );
        // The reader's errand, and errands joined to it: "To obtain more
        // information, or to obtain a copy, please email …".
        let errand = self.word(0) == "to"
            && (w == 1
                || (w > 2 && self.word(w - 1) == "to" && matches!(self.word(w - 2), "or" | "and")))
            && (0..self.words.len()).any(|i| self.word(i) == "please");
        // What the reader can see as they read ("As you can see,
        // protecting your personal information is important to us"), an
        // aside; the means the reader is bidden to use ("please contact us
        // using our Contact Form"); what the company recognizes to be so
        // ("we recognize that …", "we recognize the importance of …").
        let aside = w >= 2 && self.word(w - 1) == "you" && self.word(w - 2) == "as";
        let bidden_means = self.word(w) == "using"
            && (0..w)
                .rev()
                .take_while(|&i| !matches!(self.word(i), "we" | "they"))
                .any(|i| self.word(i) == "please");
        let known = matches!(
            self.word(w),
            "recognize" | "recognise" | "recognizes" | "recognises"
        ) && w + 1 < self.words.len()
            && (self.word(w + 1) == "that"
                || (self.word(w + 1) == "the"
                    && w + 2 < self.words.len()
                    && matches!(self.word(w + 2), "importance" | "need" | "value")));
        // What the company makes easy "for you to" do is the reader's act:
        // "we want to make it easier for you to share your favorite content
        // elsewhere" (unless it gives the company data, "it is easy for
        // you to provide us with your email address", or names whom it
        // reaches through the service, "… for you to share your location
        // with other users").
        let readers_own = w >= 3
            && self.word(w - 1) == "to"
            && self.word(w - 2) == "you"
            && self.word(w - 3) == "for"
            && !self.gives_company_data(verb)
            && !self
                .hits
                .iter()
                .any(|u| u.start > verb.end && self.entry(u, Kind::Recipient).is_some());
        // A practice the policy says it describes, named as a noun: "This
        // Privacy Policy describes our policies and procedures on the
        // collection, use, disclosure, and sharing of your personal
        // information" (the practices are stated where it describes them).
        let described = w >= 3
            && matches!(self.word(w - 1), "the" | "and" | "or" | "on" | "about")
            && self.describing_verb(w).is_some_and(|d| {
                d < 4 && !(d + 1..w).any(|j| matches!(self.word(j), "we" | "you" | "how" | "what"))
            });
        document || errand || aside || bidden_means || known || readers_own || described
    }

    /// The first word a negation before `verb` may stand on: `NEGATION_WINDOW`
    /// words back, not counting the other actions of a list the verb ends
    /// ("we do not sell, rent, lease, trade or otherwise disclose").
    pub(super) fn negation_reach(&self, verb: &Hit) -> usize {
        let mut k = self.word_index(verb.start);
        // A permitted action is reached through its permission: "we will
        // not sell, rent or authorize any third party to use", and so is
        // every action of the list it opens ("we do not allow our service
        // providers to use or share").
        let mut first = k;
        while first > 0
            && (matches!(self.word(first - 1), "and" | "or" | "otherwise")
                || self
                    .covering(self.words[first - 1])
                    .any(|h| self.names_action(h)))
        {
            first -= 1;
        }
        // (Also a permitted act named as a gerund right after the party:
        // "we do not allow third party behavioral tracking".)
        let gerund = self.word(first).ends_with("ing");
        if first > 1
            && (self.word(first - 1) == "to" || gerund)
            && let Some(e) = (first.saturating_sub(if gerund { 5 } else { 7 })..first - 1)
                .rev()
                .find(|&i| {
                    // (A right is a permission too: "they do not have any
                    // independent right to share it".)
                    ENABLING.contains(&self.word(i))
                        || (!gerund && matches!(self.word(i), "right" | "rights" | "authority"))
                })
            && !self.clause_broken(self.words[e], self.words[first])
        {
            k = e;
            // A permission joined to a negated action shares its negation:
            // "we do not sell your data to advertisers or allow them to
            // collect it".
            if e > 0
                && matches!(self.word(e - 1), "or" | "nor")
                && let Some(v) = self.hits.iter().rev().find(|h| {
                    h.end <= self.words[e - 1]
                        && self.names_action(h)
                        && !self.clause_broken(h.end, self.words[e - 1])
                })
            {
                k = self.word_index(v.start);
            }
        }
        // (What is tailored "based on" data reaches back past its verb and
        // object: "we do not show you ads based on …".)
        let mut budget = NEGATION_WINDOW + self.tailored_reach(verb);
        // Only the run of actions right before the verb is free: in "not
        // disclose your information collected", "collected" ends no list.
        let mut in_list = true;
        while k > 0 && budget > 0 {
            k -= 1;
            in_list &= matches!(self.word(k), "and" | "or" | "otherwise")
                || self.covering(self.words[k]).any(|h| self.names_action(h));
            if !in_list {
                budget -= 1;
            }
        }
        k
    }

    /// Whether what stands between a negation and "based on" is the act of
    /// tailoring and its object, in one clause: "we do not target ads
    /// based on your health", "we will never personalize the content you
    /// see based on …" deny using that data, whatever the tailoring verb
    /// (the vocabulary need not know "target" or "personalize").
    fn tailoring_between(&self, from: usize, verb: &Hit) -> bool {
        self.tailored(verb)
            && !self.norm[from..verb.start].contains([',', ';', ':', '.', '('])
            && (self.word_index(from) + 1..self.word_index(verb.start))
                .all(|i| !TAILORING_BREAKS.contains(&self.word(i)))
    }

    /// Whether a negation belongs to a condition set before the verb's
    /// clause: "If you do not opt out, we will share …" shares.
    pub(super) fn in_fronted_condition(&self, negation: &Hit, verb: &Hit) -> bool {
        if !self.norm[negation.end..verb.start].contains(',') {
            return false;
        }
        // (The negation inside the condition: "If you have registered, we
        // will not sell, rent or swap" has its comma before the negation.)
        let w = self.word_index(negation.start);
        (w.saturating_sub(6)..w).any(|i| {
            matches!(
                self.word(i),
                "if" | "unless" | "when" | "whenever" | "once" | "should" | "where"
            ) && !self.norm[self.words[i]..negation.start].contains(',')
        })
    }

    /// Where a causative "have" or "let" stands between word `a` and the
    /// verb at word `b`, with the people made to act between it and a bare
    /// verb: "we do not have employees listen to your recordings", "we
    /// don't let our staff read your messages" — what the company does
    /// not have people do, they do not do. (Not a plan or a permission:
    /// "we do not have any plans to sell it" puts a "to" before the verb.)
    fn caused_by(&self, a: usize, b: usize) -> Option<usize> {
        let k = (a..b).find(|&k| matches!(self.word(k), "have" | "has" | "let" | "lets"))?;
        let people = k + 1..b;
        let bare = !self.word(b).ends_with("ed")
            && !self.word(b).ends_with("ing")
            && !self.word(b).ends_with('s');
        (!people.is_empty()
            && people.len() <= 3
            && bare
            && people.clone().all(|i| {
                self.word(i).chars().all(|c| c.is_ascii_alphabetic())
                    && !matches!(self.word(i), "to" | "who" | "that" | "which" | "access")
            })
            && !self.norm[self.ends[k]..self.words[b]].contains([',', ';', ':', '(']))
        .then_some(k)
    }

    /// Whether word `w` is a noun the vocabulary gives an act of
    /// disclosure ("transfer", "sharing", "disclosure", "sale"), or its
    /// plural.
    fn disclosure_noun(&self, w: usize) -> bool {
        let word = self.word(w);
        let single = word.strip_suffix('s').unwrap_or(word);
        self.ex.taxonomy.actions.iter().any(|a| {
            crate::extract::discloses(&a.id) && a.nouns.iter().any(|n| n == word || n == single)
        })
    }

    /// Whether every word between a negation and its verb is one a negation
    /// reaches across: auxiliaries, adverbs, determiners, conjunctions and
    /// taxonomy terms ("will not knowingly sell", "no personal data is
    /// shared", "not sell or rent"). Any other word is a verb or noun of its
    /// own ("do not see a sharing icon") that the negation belongs to.
    pub(super) fn only_glue_between(&self, from: usize, to: usize) -> bool {
        let (a, b) = (self.word_index(from) + 1, self.word_index(to));
        let caused = self.caused_by(a, b);
        (a..b).all(|i| {
            if caused.is_some_and(|k| i > k) {
                return true;
            }
            let w = self.word(i);
            let at = self.words[i];
            // "We do not allow advertisers to collect …": what the company
            // does not let a party do, that party does not do (as far as
            // the policy promises).
            let enabling = |w: &str| ENABLING.contains(&w);
            NEGATION_GLUE.contains(&w)
                || enabling(w)
                || (w == "to" && (a..i).any(|k| enabling(self.word(k))))
                // "We do not intend to share …", "we do not want to sell …"
                // (the company's intention, not the user's wish: "you do
                // not wish to be tracked" is what a signal says).
                || (INTENDING.contains(&w)
                    && self.word_get(i + 1) == Some("to")
                    && !self.user_intends(i))
                || (w == "to"
                    && i > a
                    && INTENDING.contains(&self.word(i - 1))
                    && !self.user_intends(i - 1))
                // (Or a permitted act named as a gerund, whatever modifies
                // it: "we do not allow third party behavioral tracking".)
                || (self.word(b).ends_with("ing")
                    && i + 3 >= b
                    && (a..i).any(|k| enabling(self.word(k))))
                || (w == "in" && i > 0 && matches!(self.word(i - 1), "engage" | "engages"))
                // An activity denied by the verb that does it, whatever
                // modifies it: "Outbrain does not conduct cross device
                // tracking", "we do not perform automated profiling".
                || (self.word(b).ends_with("ing")
                    && i + 3 >= b
                    && (a..=i).any(|k| CONDUCTING.contains(&self.word(k))))
                // "Cookies do not contain or capture …", "we do not handle
                // or have access to …": a verb the vocabulary lacks, joined
                // to the verb right after the negation (and its glue or
                // adverbs: "nor do we knowingly request or collect …"),
                // passes it on.
                || (i + 2 == b
                    && matches!(self.word(i + 1), "or" | "and" | "nor")
                    && (a..i).all(|k| {
                        NEGATION_GLUE.contains(&self.word(k)) || self.word(k).ends_with("ly")
                    }))
                // "We do not sell, license or share …": a verb the
                // vocabulary lacks, as one item of the list, passes the
                // negation on like the items it knows.
                || (i > a
                    && self.norm[self.ends[i - 1]..at].contains(',')
                    && i + 1 < self.words.len()
                    && (matches!(self.word(i + 1), "or" | "and")
                        || self.norm[self.ends[i]..self.words[i + 1]].contains(',')))
                // "There is no automated data transfer", "no further data
                // transfers will take place": "no" before an act named as a
                // noun reaches it past two modifiers.
                || (a > 0
                    && self.word(a - 1) == "no"
                    && b <= a + 2
                    && !self.norm[self.words[a]..self.words[b]].contains([',', ';', '('])
                    && !self
                        .covering(at)
                        .any(|h| !self.names_action(h) && self.entry(h, Kind::Data).is_none())
                    && self.disclosure_noun(b))
                // "This does not include selling, renting or sharing …":
                // what a denied inclusion names as a gerund is not done.
                || (matches!(
                    w,
                    "include" | "includes" | "involve" | "involves" | "entail" | "entails"
                        | "mean" | "means"
                ) && i + 1 < self.words.len()
                    && self.word(i + 1).ends_with("ing"))
                || self.hits.iter().any(|h| {
                    h.start <= at
                        && at < h.end
                        && self.targets(h).iter().any(|t| {
                            matches!(
                                t,
                                Target::Entry(..)
                                    | Target::WeakVerb(_)
                                    | Target::May
                                    | Target::Will
                                    | Target::FirstParty
                                    | Target::Negation
                            )
                        })
                })
        })
    }

    /// The hedge on a denied act, if any: "currently", "generally",
    /// "typically" … before the verb, in its clause ("we do not currently
    /// sell", "we generally do not share"), or "at this time", "at present",
    /// "for now" after it, up to `end` ("we do not sell your data at this
    /// time").
    pub(super) fn hedge(&self, verb: &Hit, end: usize) -> Option<String> {
        let vw = self.word_index(verb.start);
        let before = (vw.saturating_sub(NEGATION_WINDOW)..vw).find_map(|i| {
            if self.norm[self.words[i]..verb.start].contains([',', ';', ':', '.']) {
                return None;
            }
            let w = self.word(i);
            if PROMISE_HEDGES.contains(&w) {
                return Some(w.to_string());
            }
            // (An intention quoted with its preposition and its "no":
            // "no plans to", "intend to".)
            let to = self.word_get(i + 1);
            let intends = (INTENDING.contains(&w) && to == Some("to"))
                || (INTENTIONS.contains(&w) && matches!(to, Some("to" | "of")));
            intends.then(|| {
                let from = if i > 0 && self.word(i - 1) == "no" {
                    i - 1
                } else {
                    i
                };
                self.norm[self.words[from]..self.ends[i + 1]].to_string()
            })
        });
        before.or_else(|| {
            let after = &self.norm[verb.end..end.min(self.norm.len()).max(verb.end)];
            let after = after.split([';', '.']).next().unwrap_or_default();
            // Quoted from the first hedging phrase to its clause's end: the
            // reader sees "as that term is defined under the CCPA", not "as
            // that term is defined".
            // (Each phrase opens on one of a few words: only where one of
            // them stands is a phrase looked for.)
            // (`after` opens at the verb's end.)
            let base = verb.end;
            let at = (0..self.words.len())
                .filter(|&i| self.words[i] >= base && self.ends[i] <= base + after.len())
                .filter(|&i| HEDGE_OPENERS.contains(&self.word(i)))
                .map(|i| self.words[i] - base)
                .find(|&at| {
                    PROMISE_HEDGES_AFTER.iter().any(|l| {
                        after[at..].starts_with(l)
                            && !after[at + l.len()..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphanumeric)
                    })
                })?;
            let rest = &after[at..];
            let hedge = rest[..rest.find([',', '(', ')']).unwrap_or(rest.len())].trim_end();
            // (A term defined by the document itself narrows nothing: "as
            // defined in this policy", "as defined below".)
            if super::phrases::has_any(hedge, DEFINED_HERE) {
                return None;
            }
            Some(
                hedge
                    .split_whitespace()
                    .take(HEDGE_WORDS)
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        })
    }

    pub(super) fn modality(&self, verb: &Hit) -> Modality {
        let vw = self.word_index(verb.start);
        let lo = vw.saturating_sub(NEGATION_WINDOW + self.tailored_reach(verb));
        let mut m = Modality::Unspecified;
        for h in self.hits.iter().filter(|h| h.end <= verb.start) {
            if self.word_index(h.start) < lo || self.scope_broken(h.end, verb.start) {
                continue;
            }
            if self.is(h, Target::May) {
                m = Modality::May;
            } else if self.is(h, Target::Will) {
                m = Modality::Will;
            }
        }
        m
    }
}
