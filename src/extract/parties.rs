//! Who acts and who receives: subjects, pronouns, recipients and trackers.

use super::analysis::Analysis;
use super::context::{Antecedent, example_head};
use super::words::*;
use crate::taxonomy::{Hit, Kind, THIRD_PARTIES, Target};

impl<'a> Analysis<'a> {
    /// Whether a verb is one of employing someone or something ("use",
    /// "employ", "utilize", "leverage", "engage"), not of processing or
    /// analysing ("analyze public blockchain data").
    pub(super) fn employs(&self, verb: &Hit) -> bool {
        let v = &self.norm[verb.start..verb.end];
        ["use", "employ", "utili", "leverag", "engag"]
            .iter()
            .any(|p| v.starts_with(p))
            || ENGAGING_WITH.contains(&v)
    }

    /// Whether a verb of engaging a party after a preposition
    /// ([`ENGAGING_WITH`]) engages none: "we rely on your consent", "we
    /// work with you to resolve complaints" state no use of data. Nor does
    /// one that sets the scene in a condition before the main clause: in
    /// "When we organise events and work with sponsors, we rely on your
    /// consent to send you material" the main clause says what is done.
    pub(super) fn engages_no_party(&self, verb: &Hit) -> bool {
        let v = &self.norm[verb.start..verb.end];
        if !ENGAGING_WITH.contains(&v) {
            return false;
        }
        // (Relying on data is using it: "we rely on your location data to
        // show local weather".)
        if v.starts_with("rel") && self.data_object_within(verb, 3) {
            return false;
        }
        let w = self.word_index(verb.start);
        let in_condition = (w.saturating_sub(6)..w).any(|i| {
            matches!(
                self.word(i),
                "if" | "when" | "whenever" | "once" | "where" | "while"
            ) && !self.norm[self.words[i]..verb.start].contains([',', ';', ':'])
        }) && self.norm[verb.end..].contains(',');
        in_condition || !self.recipient_object(verb)
    }

    /// Whether the verb's direct object is a recipient ("use Google
    /// Analytics", "use a third-party service", "employ vendors"), after
    /// at most a determiner or two.
    pub(super) fn recipient_object(&self, verb: &Hit) -> bool {
        if !self.employs(verb) {
            return false;
        }
        let Some(obj) = self.hits.iter().find(|h| h.start > verb.end) else {
            return false;
        };
        // A recipient word that qualifies data ("use partner data", "use
        // public information") is no party used.
        let next_is_data = self.hits.iter().any(|h| {
            h.start > obj.start
                && self.entry(h, Kind::Data).is_some()
                && self.norm[obj.end..h.start].split_whitespace().count() <= 1
        });
        if next_is_data {
            return false;
        }
        // (Past a kind of thing that names it: "use a tool called Google
        // Analytics", "a service named Mixpanel".)
        let gap = self.norm[verb.end..obj.start].trim_end();
        let gap = [" called", " named", " known as"]
            .iter()
            .find_map(|c| gap.strip_suffix(c))
            .and_then(|g| {
                let (rest, kind) = g.rsplit_once(' ').unwrap_or(("", g));
                NAMED_KINDS.contains(&kind).then_some(rest)
            })
            .unwrap_or(gap);
        let between = gap.split_whitespace();
        let determiners = between.clone().all(|w| {
            matches!(
                w,
                "a" | "an"
                    | "the"
                    | "certain"
                    | "some"
                    | "several"
                    | "various"
                    | "other"
                    | "trusted"
                    | "reputable"
                    | "selected"
                    | "one"
                    | "or"
                    | "more"
                    // (Words that place the party outside the company:
                    // "use outside vendors to process payments".)
                    | "outside"
                    | "external"
                    | "independent"
            )
        });
        // (Nor the sites a person visits, which the vocabulary holds as
        // data too: "we use the websites you visit to show you ads".)
        let visited = self.entry(obj, Kind::Data).is_some()
            && self.norm[obj.start..obj.end]
                .rsplit(' ')
                .next()
                .is_some_and(|v| VISITING.contains(&v));
        determiners
            && between.count() <= 3
            && self.entry(obj, Kind::Recipient).is_some()
            && !visited
            && !self.in_exception(obj)
    }

    /// Whether the party a verb employs names, later in the sentence, the
    /// data as its own: "use Facebook Connect to obtain your Facebook
    /// profile information", "use the LinkedIn API to check if your
    /// LinkedIn profile data has changed". The party is where that data
    /// comes from, not where it goes.
    pub(super) fn employed_party_owns_data(&self, verb: &Hit) -> bool {
        let Some(obj) = self.hits.iter().find(|h| h.start > verb.end) else {
            return false;
        };
        if self.entry(obj, Kind::Recipient).is_none() {
            return false;
        }
        // (Its name after "your", right before the data or opening the
        // data's term: "your LinkedIn profile data", "your Facebook
        // profile information"; not "Facebook SDK", a tool.)
        let name = &self.norm[obj.start..obj.end];
        let yours = |before: &str| before.trim_end().ends_with(" your");
        self.hits.iter().any(|h| {
            h.start > obj.end
                && self.entry(h, Kind::Data).is_some()
                && (self.norm[h.start..h.end]
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with(' ') && yours(&self.norm[..h.start]))
                    || self.norm[obj.end..h.start]
                        .trim_end()
                        .trim_end_matches("'s")
                        .trim_end_matches("’s")
                        .strip_suffix(name)
                        .is_some_and(yours))
        })
    }

    /// The party whose tracker the verb's object is: "use cookies from a
    /// vendor", "web beacons and cookies, including those from third
    /// parties", "cookies served by our advertising partners" (the
    /// recipient's id), or "use third-party cookies" (the third parties).
    /// Using another's tracker lets that party collect.
    pub(super) fn tracker_owner(&self, verb: &Hit) -> Option<Vec<String>> {
        if !self.employs(verb) {
            return None;
        }
        let obj = self.hits.iter().find(|h| h.start > verb.end)?;
        if !self.names_trackers(obj)
            || self.norm[verb.end..obj.start].split_whitespace().count() > 2
        {
            return None;
        }
        if self.norm[obj.start..obj.end].starts_with("third party") {
            return Some(vec![THIRD_PARTIES.to_string()]);
        }
        // The trackers named together, then their owner within a few words.
        let mut last = obj;
        for h in self.hits.iter().filter(|h| h.start > obj.end) {
            let gap = &self.norm[last.end..h.start];
            if gap.split_whitespace().count() > 5 || gap.contains([';', '.', ':']) {
                return None;
            }
            if self.names_trackers(h) {
                last = h;
                continue;
            }
            let owner_word = gap
                .split_whitespace()
                .any(|w| matches!(w, "from" | "by" | "of"));
            return match self.entry(h, Kind::Recipient) {
                Some(i) if owner_word && !self.in_exception(h) => {
                    let mut owners = vec![self.ex.taxonomy.recipients[i].id.clone()];
                    // (And the owners listed with it: "cookies from Google
                    // Analytics and the Meta Pixel".)
                    let mut prev = h;
                    for o in self.hits.iter().filter(|o| o.start >= h.end) {
                        let between = self.norm[prev.end..o.start].trim();
                        let joined = matches!(
                            between,
                            "and"
                                | "or"
                                | ","
                                | ", and"
                                | ", or"
                                | "and the"
                                | "or the"
                                | ", and the"
                        );
                        match self.entry(o, Kind::Recipient) {
                            Some(j) if joined => {
                                let id = &self.ex.taxonomy.recipients[j].id;
                                if !owners.contains(id) {
                                    owners.push(id.clone());
                                }
                                prev = o;
                            }
                            _ => break,
                        }
                    }
                    Some(owners)
                }
                _ => None,
            };
        }
        None
    }

    /// Whether verb `b` opens a clause of its own after verb `a`: a comma,
    /// semicolon, colon or dash between them, or a contrast ("but",
    /// "however"), not a gerund after "without".
    pub(super) fn new_clause(&self, a: &Hit, b: &Hit) -> bool {
        let w = self.word_index(b.start);
        if w > 0 && self.word(w - 1) == "without" {
            return false;
        }
        let gap = &self.norm[a.end..b.start];
        gap.contains([',', ';', ':', '\u{2014}'])
            || gap.split_whitespace().any(|x| {
                matches!(
                    x,
                    "but" | "however" | "although" | "though" | "while" | "whereas"
                )
            })
    }

    /// Whether the verb `b` heads a predicate joined to `a`'s by "and" ("we
    /// use your email address to send the newsletter and will not use it
    /// for advertising"): with a negation of its own, it states an act of
    /// its own. (Not a relative clause: "a password that is not used
    /// elsewhere" has no "and"; nor instructions to the reader, whose
    /// first verb opens its clause: "…, use a personal email address and
    /// do not use an organizational one".)
    pub(super) fn joined_predicate(&self, a: &Hit, b: &Hit) -> bool {
        let before = self.norm[..a.start].trim_end();
        let imperative = before.is_empty()
            || before.ends_with([',', ';', ':'])
            || before.ends_with(" please")
            || before == "please";
        !imperative
            && self.norm[a.end..b.start]
                .split_whitespace()
                .any(|x| x == "and")
    }

    /// Whether people are joined to a party named just before them ("these
    /// companies and individuals"): they are of that party.
    pub(super) fn joined_to_party(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        self.is(h, Target::UserSubject)
            && w >= 2
            && matches!(self.word(w - 1), "and" | "or")
            && self
                .covering(self.words[w - 2])
                .any(|r| self.entry(r, Kind::Recipient).is_some())
    }

    /// Whether a party closes an aside that joins it to the subject before
    /// the aside ("We, and our affiliates, use …", "We, as well as our
    /// partners, may use …"): the verb after it is that party's act too,
    /// as it is without the commas ("we and our affiliates use").
    pub(super) fn closes_joined_aside(&self, party: &Hit) -> bool {
        let before = &self.norm[..party.start];
        let Some(comma) = before.rfind(',') else {
            return false;
        };
        let aside = before[comma + 1..].trim_start();
        // ("We, and not our partners, …" excludes the party.)
        let joined = [
            "and ",
            "or ",
            "as well as ",
            "along with ",
            "together with ",
        ]
        .iter()
        .any(|j| {
            aside
                .strip_prefix(j)
                .is_some_and(|rest| !rest.starts_with("not "))
        });
        let no_verb = !self
            .hits
            .iter()
            .any(|h| h.start > comma && h.end <= party.start && self.names_action(h));
        // (The subject opens the sentence: in "Our partners, affiliates,
        // and service providers, use …" the list names one subject, its first.)
        let subject_before = self.hits.iter().any(|h| {
            h.end == comma && !self.norm[..h.start].contains(',') && self.subject_party(h)
        });
        joined && no_verb && subject_before
    }

    /// Whether a party set off by commas names the noun phrase that opens
    /// the sentence: "The company that delivers the site to your computer,
    /// CloudFlare, may place a cookie" (what follows the second comma is
    /// the verb, as the caller checks).
    fn names_subject_in_apposition(&self, party: &Hit) -> bool {
        let before = self.norm[..party.start].trim_end();
        let Some(opening) = before.strip_suffix(',') else {
            return false;
        };
        // The noun phrase may follow an opening clause or adverb: "If you
        // vote, our advertising partner, Adzerk, will set a cookie".
        let from = match opening.rfind(',') {
            None => 0,
            Some(comma) => {
                // ("Additionally, if you vote, …": an adverb, then a clause.)
                let adverb = |w: &str| w.ends_with("ly") || INTRODUCING.contains(&w);
                let mut lead = opening[..comma].trim();
                if let Some((first, rest)) = lead.split_once(',')
                    && !first.contains(' ')
                    && adverb(first)
                {
                    lead = rest.trim();
                }
                let opener = lead.split_whitespace().next().unwrap_or_default();
                let introduces =
                    INTRODUCING.contains(&opener) || (opener == lead && adverb(opener));
                if !introduces || lead.contains([',', ';', ':']) {
                    return false;
                }
                comma + 1
            }
        };
        let start = opening.len() - opening[from..].trim_start().len();
        if start >= opening.len()
            || opening[start..].contains(['(', ';', ':'])
            || !matches!(
                self.word(self.word_index(start)),
                "the" | "a" | "an" | "our" | "this" | "that"
            )
        {
            return false;
        }
        let inside: Vec<&Hit> = self
            .hits
            .iter()
            .filter(|h| h.start >= start && h.end <= opening.len())
            .collect();
        // A noun phrase naming no party: "The company that delivers the
        // site …, CloudFlare, …" ("The company that …" is not the company
        // whose policy this is).
        let no_party = !inside.iter().any(|h| {
            (self.names_subject(h) || self.entry(h, Kind::Recipient).is_some())
                && !RELATIVES.contains(&self.word(self.word_index(h.end - 1) + 1))
        });
        // Or one naming the kind of third party a company's name is: "our
        // third-party advertising partner, Adzerk, will …" (a name, not
        // the next item of a list: "Our partners, affiliates, …").
        let kind_of_party = self
            .entry(party, Kind::Recipient)
            .is_some_and(|i| self.ex.named_company[i])
            && inside
                .iter()
                .any(|h| self.entry(h, Kind::Recipient).is_some())
            && inside
                .iter()
                .all(|h| !self.names_subject(h) && !self.names_action(h));
        no_party || kind_of_party
    }

    /// The verb (its word index) of the predicate that "and" / "or" at
    /// word `joint` joins a verb to, across that predicate's object: no
    /// party, no subject pronoun and no clause mark between.
    fn predicate_before(&self, joint: usize) -> Option<usize> {
        let at = self.words[joint];
        let prev = self
            .hits
            .iter()
            .rev()
            .find(|u| u.end <= at && self.entry(u, Kind::Action).is_some())?;
        let w = self.word_index(prev.start);
        let clear = !self.norm[prev.end..at].contains([';', ':', '.', ','])
            && !(w + 1..joint).any(|i| {
                matches!(
                    self.word(i),
                    "we" | "you" | "they" | "it" | "that" | "which" | "who"
                )
            })
            && !self.hits.iter().any(|u| {
                u.start >= prev.end
                    && u.end <= at
                    && (self.names_party(u) || self.is(u, Target::FirstParty))
            });
        clear.then_some(w)
    }

    /// The parties of a subject that lists several right before its verb
    /// ("We and our partners use …", "We, our advertisers, and our
    /// advertising companies may use …"), as actors ("first-party" or a
    /// recipient id), when it lists two or more; the verb is each one's act.
    pub(super) fn co_subjects(&self, verb: &Hit) -> Vec<String> {
        // (A passive's subject is what passes, save a passive of giving's,
        // who receives: "advertisers and partners are given your phone
        // number".)
        let receiver = self.passive(verb) && self.passive_receiver(verb);
        if self.passive(verb) && !receiver {
            return Vec::new();
        }
        let mut w = self.word_index(verb.start);
        loop {
            while w > 0
                && (MODALS.contains(&self.word(w - 1))
                    || (receiver && COPULAS.contains(&self.word(w - 1))))
            {
                w -= 1;
            }
            // Past the verbs coordinated before it, to the subject they
            // share: "we and our partners collect and share", "… collect,
            // use, and share".
            let joint = if w > 0 && matches!(self.word(w - 1), "and" | "or") {
                w - 1
            } else if w > 0 && self.norm[self.ends[w - 1]..self.words[w]].contains(',') {
                w
            } else {
                break;
            };
            if joint > 0
                && self
                    .covering(self.words[joint - 1])
                    .any(|u| u.start == self.words[joint - 1] && self.names_action(u))
            {
                w = joint - 1;
            } else if let Some(prev) = self.predicate_before(joint) {
                // (Or past the object of a predicate joined to it: "our
                // partners and affiliates may collect your data and may
                // share it".)
                w = prev;
            } else {
                break;
            }
        }
        // (Every party a term names acts: "the Facebook family of companies
        // may use it" is the affiliates' use, and Facebook's.)
        let actors = |h: &Hit| -> Vec<String> {
            if self.is(h, Target::FirstParty) && !self.object_form(h) {
                vec!["first-party".to_string()]
            } else if self.entry(h, Kind::Recipient).is_some() {
                self.targets(h)
                    .iter()
                    .filter_map(|t| match t {
                        Target::Entry(Kind::Recipient, i) => {
                            Some(self.ex.taxonomy.recipients[*i].id.clone())
                        }
                        _ => None,
                    })
                    .collect()
            } else {
                Vec::new()
            }
        };
        let mut out: Vec<String> = Vec::new();
        // Where the listed party must end: the verb's first auxiliary, then
        // the joiner before each party found.
        let mut end = if w < self.words.len() && w > 0 {
            self.ends[w - 1]
        } else {
            return Vec::new();
        };
        while let Some(h) = self.hits.iter().rev().find(|h| h.end == end) {
            let named = actors(h);
            if named.is_empty() {
                break;
            }
            // Before the party: its determiners, then a joiner.
            // (And a modifier the vocabulary does not know, in a list:
            // "our affiliates and AI providers may use …".)
            let mut k = self.word_index(h.start);
            while k > 0
                && (PARTY_DETERMINERS.contains(&self.word(k - 1))
                    || (k > 1
                        && matches!(self.word(k - 2), "and" | "or")
                        && self.entry(h, Kind::Recipient).is_some()
                        && self.norm[self.ends[k - 1]..self.words[k]].trim().is_empty()
                        && self.word(k - 1).bytes().all(|b| b.is_ascii_alphanumeric())
                        && self.covering(self.words[k - 1]).next().is_none()))
            {
                k -= 1;
            }
            // A party a verb or preposition governs is no subject: in
            // "Atlassian is not a data broker, and we do not sell" or "we
            // share it with advertisers, and we do not sell it" only "we"
            // sells.
            let j = if k > 0 && matches!(self.word(k - 1), "a" | "an") {
                k - 1
            } else {
                k
            };
            if j > 0
                && (COPULAS.contains(&self.word(j - 1))
                    || OBJECT_PREPOSITIONS.contains(&self.word(j - 1))
                    || matches!(self.word(j - 1), "not" | "by")
                    || self
                        .covering(self.words[j - 1])
                        .any(|u| self.names_action(u)))
            {
                break;
            }
            for a in named {
                if !out.contains(&a) {
                    out.push(a);
                }
            }
            // (The last party of a list follows "and" or "or": in "… with
            // our business partners, we may collect" the comma ends a
            // clause before the subject.)
            // (Parties given as examples of the one before act with it:
            // "our partners, including Facebook and Google, may receive
            // …", "third parties (such as Facebook) may collect …".)
            let head = self.norm[..self.words[k]].trim_end();
            let joined = [" as well as", " and or", " and", " or", " nor"]
                .iter()
                .find_map(|j| head.strip_suffix(j))
                .or_else(|| {
                    let cue = head.trim_end_matches(',');
                    SUBJECT_EXAMPLES
                        .iter()
                        .find_map(|j| cue.strip_suffix(j))
                        .filter(|r| r.ends_with([' ', '(']))
                });
            if joined.is_none() && out.len() == 1 {
                break;
            }
            let rest = joined
                .unwrap_or(head)
                .trim_end()
                .trim_end_matches([',', '('])
                .trim_end();
            if rest.len() == head.len() {
                break;
            }
            end = rest.len();
        }
        if out.len() >= 2 { out } else { Vec::new() }
    }

    /// Whether the verb at word `vw` opens the sentence as an aim ("To
    /// forward an article, you must provide your friend's email address",
    /// "To share a photo, tap Share", "To stop sharing your location,
    /// disable location services") that the reader's act, after its
    /// comma, serves: the reader's own.
    fn readers_aim(&self, vw: usize) -> bool {
        // (Past "stop" or "start": "to stop sharing …".)
        let head = if vw >= 2 && matches!(self.word(vw - 1), "stop" | "start") {
            vw - 1
        } else {
            vw
        };
        if head == 0 || self.word(head - 1) != "to" {
            return false;
        }
        let opens = head == 1
            || self.norm[self.ends[head - 2]..self.words[head - 1]].contains([':', '.', ';', '(']);
        if !opens {
            return false;
        }
        let Some(comma) = self.norm[self.words[vw]..].find(',') else {
            return false;
        };
        let after = self.norm[self.words[vw] + comma + 1..].trim_start();
        let first = after.split_whitespace().next().unwrap_or("");
        first == "you" || (READER_IMPERATIVES.contains(&first))
    }

    /// Whether a party is the object of a verb whose subject is "we", a
    /// few words before it in the same clause: "we hire vendors", "we
    /// rely on our trusted partners" (not "we and our partners", nor "we
    /// know that partners").
    fn object_of_we(&self, party: &Hit) -> bool {
        /// How many words the verb and the party's modifiers may take.
        const REACH: usize = 6;
        let w = self.word_index(party.start);
        (w.saturating_sub(REACH)..w.saturating_sub(1))
            .rev()
            .find(|&j| self.word(j) == "we")
            .is_some_and(|j| {
                !self.norm[self.words[j]..party.start].contains([',', ';', ':', '(', '.'])
                    && (j + 1..w)
                        .all(|k| !matches!(self.word(k), "and" | "or" | "that" | "which" | "who"))
            })
    }

    /// The subject of a verb: `Some(None)` for the first party, `Some(Some(id))`
    /// for a recipient acting, `None` when the user does it.
    pub(super) fn subject(&self, verb: &Hit) -> Option<Option<String>> {
        let vw = self.word_index(verb.start);
        // What data "helps us" do, we do (see `read_enabling_data`): in
        // "the data we receive from partners helps us show you ads" the
        // partners are a source.
        if ENABLING_US.contains(&self.word(vw)) && self.word_get(vw + 1) == Some("us") {
            return Some(None);
        }
        // What the user consents or agrees to do is the user's act: "your
        // consent to receive commercial messages", "you agree to receive
        // emails from us".
        if vw >= 3
            && self.word(vw - 1) == "to"
            && CONSENTING.contains(&self.word(vw - 2))
            && (vw.saturating_sub(5)..vw - 2).any(|j| {
                matches!(self.word(j), "you" | "your")
                    && !self.norm[self.words[j]..verb.start].contains(',')
            })
        {
            return None;
        }
        if self.user_entitled(verb) || self.users_means(verb) || self.readers_aim(vw) {
            return None;
        }
        // What no one does ("no person at our company reads your
        // messages") the company promises not to do: its own act.
        if self.done_by_no_one(verb) {
            return Some(None);
        }
        if let Some(agent) = self.nominal_agent(vw, self.word_index(verb.end - 1)) {
            return Some(agent);
        }
        // A passive's agent named after it is who acts, whoever stands
        // before: in "information is collected by advertising partners and
        // is not stored by us" we do the storing. What goes somewhere
        // "without being saved" is not saved by where it goes either: with
        // no agent named, the company.
        let without_being =
            vw >= 2 && self.word(vw - 1) == "being" && self.word(vw - 2) == "without";
        if without_being || self.passive(verb) {
            match self.passive_agent(verb) {
                Some(agent) => return agent,
                None if without_being => return Some(None),
                None => {
                    if let Some(id) = self.party_of_clause_before(verb) {
                        return Some(Some(id));
                    }
                }
            }
        }
        // "be able to" is one auxiliary: "an advertiser may also be able
        // to collect" is as near its subject as "may also collect".
        let able = vw >= 2 && self.word(vw - 2) == "able" && self.word(vw - 1) == "to";
        // What is tailored "based on" data sits after its verb and object:
        // "advertisers may serve ads to you based on …".
        // So is "has committed to (not)": "Microsoft has committed to not
        // store or share that information".
        let commitment = self.committed_words(vw);
        let reach = if able {
            3
        } else if let Some(n) = self.permission_words(vw) {
            n
        } else if let Some(n) = commitment {
            n
        } else {
            self.tailored_reach(verb)
        };
        let lo = vw.saturating_sub(SUBJECT_WINDOW + reach);
        if let Some(id) = self.subject_across_relative(verb) {
            return Some(Some(id));
        }
        if self.third_party_trackers_act(verb) || self.other_services_act(verb) {
            return Some(Some(THIRD_PARTIES.to_string()));
        }
        let relative = self.subject_relative_before(verb);
        for h in self.hits.iter().rev().filter(|h| h.end <= verb.start) {
            // (Not a party inside the subject's relative clause: "Our
            // websites that link to partners may collect …" collect
            // themselves.)
            if relative.is_some_and(|(from, to)| h.start > from && h.start < to) {
                continue;
            }
            // A relative clause on a recipient: "served by third-party
            // companies, which may collect information". (The pronoun and
            // at most three words bound it, however far past the window:
            // "service providers, who are prohibited from using it".)
            if !self.names_action(h)
                && let Some(i) = self.entry(h, Kind::Recipient)
            {
                let between = self.norm[h.end..verb.start].trim_start_matches(',');
                if let Some(rest) = ["which ", "who ", "that "]
                    .iter()
                    .find_map(|r| between.trim_start().strip_prefix(r))
                    && rest
                        .split_whitespace()
                        // (Nor adverbs: "who are contractually
                        // prohibited from using it".)
                        .filter(|w| {
                            let adverb = w.len() > 4 && w.ends_with("ly");
                            !(adverb || matches!(*w, "not" | "never" | "also"))
                        })
                        .count()
                        <= 3
                    && !rest.contains([',', ';'])
                {
                    return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
                }
            }
            if self.word_index(h.end - 1) < lo {
                break;
            }
            // A verb that names its recipient ("publish" names the public)
            // is another action of the same subject, not the subject:
            // "we do not publish or otherwise disclose your data".
            if self.names_action(h) {
                continue;
            }
            if self.scope_broken(h.end, verb.start) {
                break;
            }
            // "The advertisers that we work with use cookies": the company
            // is the relative clause's subject, the party it describes the
            // main verb's.
            if let Some(id) = self.described_by_relative(h, verb) {
                return Some(Some(id));
            }
            if self.is(h, Target::FirstParty) {
                // "our" and "us" are never the subject ("ads on our site
                // may use …"); the search goes on for one.
                // Except right before a gerund, whose subject it is: "you
                // consent to us providing your email to our provider", "object
                // to our sharing it" — the company acts, the user permits.
                // So is it before an act named as a noun it owns: "you
                // consent to our use of usage data".
                if self.object_form(h) && !self.gerund_after(h, verb) && !self.owned_act(h, verb) {
                    continue;
                }
                return Some(None);
            }
            if self.is(h, Target::Pronoun) {
                return self.referent(h.start);
            }
            // ("Anyone can see your name": the audience that sees, named by
            // a word for the public as well as for people, receives.)
            let audience = self.entry(h, Kind::Recipient).is_some()
                && self.norm[verb.start..verb.end]
                    .split_whitespace()
                    .any(|w| matches!(w, "see" | "view"))
                && self.norm[h.end..verb.start]
                    .split_whitespace()
                    .all(|w| MODALS.contains(&w));
            if self.is(h, Target::UserSubject) && !audience {
                // "… identify you and share it": the user is the object of
                // the verb before, and this one coordinates with its subject
                // (an infinitive with the infinitive before: "we collect it
                // to contact you and to share it with our partners").
                let between = self.norm[h.end..verb.start].trim_matches([' ', ',']);
                if matches!(
                    between,
                    "and" | "or" | "and then" | "and may" | "and will" | "and to" | "or to"
                ) {
                    continue;
                }
                // "The information you provide may be shared": a passive
                // verb names its agent after "by", never before it; the
                // user before it heads a relative clause on the data.
                // So does one before "based on": "the ads you see based on
                // your activity" are tailored by whoever shows them.
                if self.passive(verb) || self.tailored(verb) {
                    continue;
                }
                // "These companies and individuals will have access": people
                // joined to a party act with it, and the party receives.
                if self.joined_to_party(h) {
                    continue;
                }
                let w = self.word_index(h.start);
                // "collected from users", "information about children": the
                // user after a preposition is where data comes from or whom
                // it is about, not who acts.
                if w > 0 && OBJECT_PREPOSITIONS.contains(&self.word(w - 1)) {
                    continue;
                }
                // Nor the subject of a question clause before the main
                // clause's means or next verb: in "Google Analytics helps
                // us understand how visitors use our site by collecting …"
                // the visitors use the site, and "by collecting" is how the
                // main clause's subject helps.
                if w > 0 && self.past_users_question(w - 1, vw) {
                    continue;
                }
                // Nor the object of an infinitive another one joins with
                // "and to": "we collect it to send you newsletters, and to
                // share it with partners" (but "to allow you to share" and
                // "to help you share" let the user act).
                if w >= 2
                    && self.word(w - 2) == "to"
                    && w + 1 < vw
                    && self.word(w + 1) != "to"
                    && self.word(vw - 1) == "to"
                    && matches!(self.word(vw - 2), "and" | "or")
                {
                    continue;
                }
                return None;
            }
            if let Some(i) = self.entry(h, Kind::Recipient) {
                // A party a passive verb's subject names as a source or a
                // means is not its agent: "information collected via
                // analytics tools is kept for a year", "data we receive from
                // partners is retained" (the agent of a passive follows
                // "by"; a recipient, "shared with partners may be used", may
                // act next). Nor is it the agent of a purpose after the
                // verb's object: "we receive fraud warnings from identity
                // verification providers for use in our fraud prevention"
                // (we use them), "we obtain data from brokers to send you
                // offers".
                let bare = self.norm[h.end..verb.start].trim();
                if (self.passive(verb) || matches!(bare, "for" | "to")) && self.source_or_means(h) {
                    continue;
                }
                // Nor is the agent of a participle in the subject ("the
                // information provided by third parties is kept for a
                // year"): a passive's own agent follows it.
                if self.passive(verb) && self.agent_of_participle(h) {
                    continue;
                }
                // (Nor is a source, a list of them too, the subject of a
                // predicate joined after it: in "we receive data from
                // Google, Facebook and Apple and share it with advertisers"
                // we share.)
                if (bare == "and" || bare.starts_with("and ")) && self.is_source(h) {
                    continue;
                }
                // (Nor the object of the company's own verb: in "we hire
                // vendors and share usage data with Nielsen" we share.)
                if (bare == "and" || bare.starts_with("and ")) && self.object_of_we(h) {
                    continue;
                }
                if self.qualifies_subject_data(h, verb) {
                    continue;
                }
                // "shared with advertisers, who may use it" is caught by the
                // breakers; a bare recipient right before the verb acts, and
                // so does one the verb's infinitive follows ("we allow
                // advertisers to collect", "we ask partners to send"),
                // or not to ("we require advertisers not to use it").
                let between = &self.norm[h.end..verb.start];
                // (An adverb of reach before the verb names its audience, not
                // its subject: "we may publicly disclose aggregated
                // information".)
                if self.norm[h.start..h.end].ends_with("ly") && between == " " {
                    continue;
                }
                if matches!(
                    between,
                    " to " | " also to " | " directly to " | " not to " | " to not "
                ) {
                    return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
                }
                if between.trim().strip_prefix(',').is_some_and(|rest| {
                    rest.split_whitespace().all(|w| {
                        MODAL_VERBS.contains(&w) || matches!(w, "also" | "do" | "does" | "did")
                    })
                }) && (self.closes_joined_aside(h) || self.names_subject_in_apposition(h))
                {
                    return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
                }
                let between = between.strip_suffix("able to ").unwrap_or(between);
                // (What is tailored "to you based on" data names you as
                // whom it reaches: "advertisers may serve ads to you based
                // on your browsing history".)
                let between = if self.tailored(verb) {
                    between.replace(" to you ", " ")
                } else {
                    between.to_string()
                };
                // (Not a party a preposition governs before a predicate
                // joined to the user's: "a certificate that you can bring to
                // your local dealer and use at your time of purchase".)
                // (The noun phrase's words back to the preposition, within
                // five: "to your local Honda motorcycle dealer".)
                let w = self.word_index(h.start);
                let governed = matches!(between.trim(), "and" | "or")
                    && (w.saturating_sub(PHRASE_REACH)..w)
                        .rev()
                        .take_while(|&j| {
                            !self.norm[self.ends[j]..self.words[j + 1]]
                                .contains([',', ';', ':', '.'])
                                && !matches!(self.word(j), "and" | "or" | "we" | "you" | "they")
                        })
                        .any(|j| matches!(self.word(j), "to" | "with" | "from"));
                // (A party that commits itself to the act: "Microsoft has
                // committed to not store or share that information".)
                let committed =
                    commitment.is_some_and(|n| self.word_index(h.end - 1) + n + 1 == vw);
                if committed
                    || (!between.contains(',')
                        && !between.contains(" with ")
                        && !between.contains(" to ")
                        && !governed)
                {
                    return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
                }
            }
        }
        // A recipient opening the sentence is its subject across a relative
        // clause ("Ad networks that serve ads on our site may use …"),
        // unless someone else is named before the verb.
        // ("Our partners …": the possessive before it names no subject.)
        if let Some(first) = self
            .hits
            .iter()
            .find(|h| &self.norm[h.start..h.end] != "our")
            && first.end <= verb.start
            && self.word_index(first.start) <= 3
            // ("For Bing Search in your browser, using …": a party after a
            // preposition, its article aside, is no subject: "Powered by
            // the Google Android operating system, Surface Duo …".)
            && !(0..self.word_index(first.start))
                .rev()
                .find(|&w| !matches!(self.word(w), "the" | "a" | "an"))
                .is_some_and(|w| {
                    matches!(
                        self.word(w),
                        "for" | "in" | "on" | "with" | "by" | "to" | "from" | "of" | "at" | "about"
                    )
                })
            && let Some(i) = self.entry(first, Kind::Recipient)
            && !self.qualifies_subject_data(first, verb)
            && !self.hits.iter().any(|h| {
                h.start > first.start
                    && h.end <= verb.start
                    && self.names_subject(h)
                    && self.described_by_relative(h, verb).is_none()
            })
            && self.only_parties_between(first.end, verb.start)
        {
            return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
        }
        // "You" opening the sentence acts for a later active verb that names
        // no subject of its own, when nobody else is named and no comma
        // opens another clause on the way: "You can choose to change your
        // city and make it not visible to other members".
        let user_opens = self
            .hits
            .first()
            .is_some_and(|h| h.start == 0 && &self.norm[h.start..h.end] == "you");
        // (Not a participle: "you may opt out of having your data shared".)
        let participle = self.word(self.word_index(verb.start)).ends_with("ed");
        // (Nor a noun: "You can opt out of the sale of your data" is the
        // company's sale.)
        let noun = !self.targets(verb).iter().any(Target::is_action_verb);
        if user_opens
            && !participle
            && !noun
            && !self.passive(verb)
            && !self.norm[..verb.start].contains([';', ':'])
            && (!self.norm[..verb.start].contains(',') || self.listed_after_users_modal(verb))
            && !self
                .hits
                .iter()
                .any(|h| h.end <= verb.start && self.subject_party(h))
        {
            return None;
        }
        if self.listed_in_users_clause(verb) || self.users_purpose(verb) {
            return None;
        }
        if !self.passive(verb)
            && let Some(prev) = self.joined_modal_predicate(vw)
        {
            return self.subject(prev);
        }
        self.passive_agent(verb).unwrap_or(Some(None))
    }

    /// Whether the verb opens an item of a list of predicates that the
    /// user's modal opens the sentence with: in "You can see who has
    /// accepted your invitations, send reminders, and delete your friends'
    /// email addresses" the user sends and deletes. The sentence opens
    /// "you" + modal (adverbs aside), and the verb stands right after a
    /// comma, or its "and" / "or".
    fn listed_after_users_modal(&self, verb: &Hit) -> bool {
        let vw = self.word_index(verb.start);
        if vw < 3 || self.word(0) != "you" || !MODAL_VERBS.contains(&self.word(1)) {
            return false;
        }
        // (The first item's verb, past adverbs, stands before this one.)
        let mut k = 2;
        while k < vw && matches!(self.word(k), "also" | "then" | "still" | "now" | "not") {
            k += 1;
        }
        let before = self.norm[..verb.start].trim_end();
        let before = before
            .strip_suffix(" and")
            .or_else(|| before.strip_suffix(" or"))
            .unwrap_or(before);
        k < vw && before.ends_with(',')
    }

    /// The verb of the modal predicate that a modal predicate at word `vw`
    /// is joined to by "and" / "or", past that predicate's object however
    /// long: in "Facebook may collect your IP address, which page you are
    /// visiting, and may set a cookie" "may set" is Facebook's too. The
    /// nearest modal before the joint opens it; no stop, colon or
    /// semicolon between.
    fn joined_modal_predicate(&self, vw: usize) -> Option<&Hit> {
        let mut j = vw.checked_sub(1)?;
        while j > 0 && matches!(self.word(j), "also" | "then") {
            j -= 1;
        }
        if j < 2
            || !MODAL_VERBS.contains(&self.word(j))
            || !matches!(self.word(j - 1), "and" | "or")
        {
            return None;
        }
        let joint = j - 1;
        let modal = (0..joint)
            .rev()
            .find(|&k| MODAL_VERBS.contains(&self.word(k)))?;
        if self.norm[self.words[modal]..self.words[joint]].contains([';', ':', '.']) {
            return None;
        }
        let mut v = modal + 1;
        while v < joint && matches!(self.word(v), "also" | "then" | "not" | "never") {
            v += 1;
        }
        self.hits
            .iter()
            .find(|h| h.start == self.words[v] && self.names_action(h))
    }

    /// Whether the verb is an infinitive of purpose, alone or in a chain
    /// ("to search for and share"), of a predicate whose subject is the
    /// user: "there are many ways you can use our services to search for
    /// and share information" — the user shares.
    fn users_purpose(&self, verb: &Hit) -> bool {
        let vw = self.word_index(verb.start);
        if self.passive(verb) {
            return false;
        }
        // Back to the "to" of the chain, over its other verbs.
        let Some(to) = (vw.saturating_sub(PURPOSE_CHAIN)..vw)
            .rev()
            .find(|&j| self.word(j) == "to")
        else {
            return false;
        };
        // (An infinitive the user chooses or agrees to is the choice of a
        // practice, the company's: "you may choose to share your contact
        // information with our partners".)
        if !matches!(self.word(vw - 1), "to" | "and" | "or")
            || self.norm[self.words[to]..verb.start].contains([',', ';', ':'])
            || to == 0
            || WILLING.contains(&self.word(to - 1))
        {
            return false;
        }
        let lo = to.saturating_sub(SUBJECT_SPAN);
        let Some(you) = (lo..to).rev().find(|&j| self.word(j) == "you") else {
            return false;
        };
        // (Not the object of a verb of leave, "we require you to submit …",
        // nor past a party it lets act, "you authorize us to share …"; nor
        // the object of an infinitive before, "we collect it to contact
        // you and to share it", "… to send you newsletters, and to share
        // it with partners".)
        let object = vw >= 2
            && self.word(vw - 1) == "to"
            && matches!(self.word(vw - 2), "and" | "or")
            && ((you >= 2 && self.word(you - 2) == "to")
                || (you + 2 < vw
                    && matches!(self.word(you + 1), "and" | "or")
                    && self.word(you + 2) == "to"));
        self.word(you + 1) != "to" && !object && self.user_still_subject(you, verb)
    }

    /// The byte span of a relative clause on the sentence's subject that
    /// ends before `verb`, its main predicate: from the relative pronoun
    /// to the predicate ("Our websites that link to partners | may
    /// collect"). See [`Analysis::subject_relative_end`].
    fn subject_relative_before(&self, verb: &Hit) -> Option<(usize, usize)> {
        // (`subject_relative_end` checks the relative pronoun before the
        // verb that opens the clause; the opener is the first verb it
        // accepts.)
        self.hits
            .iter()
            .filter(|h| h.end <= verb.start && self.names_action(h))
            .find_map(|h| {
                let end = self.subject_relative_end(h)?;
                Some((self.words[self.word_index(h.start) - 1], end))
            })
            .filter(|&(_, end)| verb.start >= end)
    }

    /// The party that acts in the clause before a passive's own, joined by
    /// "and" after a comma, when the passive names no agent: in "These
    /// third parties may collect information about your use of the
    /// Services, and this information may be combined with information
    /// collected across other websites" the third parties combine it. (Only
    /// another party: the company is the agent a passive has anyway.)
    fn party_of_clause_before(&self, verb: &Hit) -> Option<String> {
        let vw = self.word_index(verb.start);
        // The passive's clause: "and", after a comma, then its subject
        // with no act of its own up to the verb.
        let and = (vw.saturating_sub(SUBJECT_WINDOW + 4)..vw)
            .rev()
            .find(|&j| self.word(j) == "and")?;
        if and == 0
            || !self.norm[self.ends[and - 1]..self.words[and]].contains([',', ';'])
            || self
                .hits
                .iter()
                .any(|h| h.start > self.words[and] && h.end <= verb.start && self.names_action(h))
        {
            return None;
        }
        // The clause before, from the sentence's start or its last stop:
        // its first act, done actively, by a party named.
        let from = self.norm[..self.words[and]]
            .rfind([';', ':'])
            .map_or(0, |i| i + 1);
        let first = self.hits.iter().find(|h| {
            h.start >= from
                && h.end <= self.words[and]
                && self.names_action(h)
                && !self.word(self.word_index(h.start)).ends_with("ing")
        })?;
        if self.passive(first) {
            return None;
        }
        self.subject(first).flatten()
    }

    /// Whether the verb's subject is a bare plural noun for other services
    /// that a relative clause describes, opening its clause: "Websites
    /// that link to or from our services may collect personal information
    /// about you", "sites that use our plugins may read a cookie", "apps
    /// that you connect can access your contacts". They are no one the
    /// policy speaks for: the company's own are "our websites" or "sites
    /// that we operate". (A relative clause with a subject of its own ends
    /// where a modal opens the main verb, which alone the noun governs.)
    fn other_services_act(&self, verb: &Hit) -> bool {
        /// How far the noun may stand before the verb.
        const REACH: usize = 14;
        let vw = self.word_index(verb.start);
        let Some(rel) = (vw.saturating_sub(REACH).max(1)..vw)
            .rev()
            .find(|&r| matches!(self.word(r), "that" | "which"))
        else {
            return false;
        };
        let noun = rel - 1;
        if !OTHER_SERVICES.contains(&self.word(noun)) {
            return false;
        }
        let start = if noun > 0 && SERVICE_QUANTIFIERS.contains(&self.word(noun - 1)) {
            noun - 1
        } else {
            noun
        };
        let opens = start == 0
            || self.norm[self.ends[start - 1]..self.words[start]].contains([',', ';', ':']);
        if !opens || self.norm[self.words[noun]..verb.start].contains([',', ';', ':', '.', '(']) {
            return false;
        }
        match self.word_get(rel + 1) {
            // "Sites that we operate": the company's own.
            Some("we") => {
                !(rel + 2..vw).any(|i| OPERATING.contains(&self.word(i)))
                    && self.main_after_modal(rel + 2, vw)
            }
            Some("you" | "they" | "i" | "users" | "people") => self.main_after_modal(rel + 2, vw),
            _ => true,
        }
    }

    /// Whether word `vw` follows a modal after word `from`, only adverbs
    /// between: the main clause's verb after a relative clause with a
    /// subject of its own ("Websites that you visit may collect").
    fn main_after_modal(&self, from: usize, vw: usize) -> bool {
        (from..vw).rev().take_while(|&i| i + 3 >= vw).any(|i| {
            MODAL_VERBS.contains(&self.word(i))
                && (i + 1..vw).all(|k| self.word(k).ends_with("ly") || self.word(k) == "also")
        })
    }

    /// Whether third parties' trackers open the sentence as the subject of
    /// the active `verb`: "Third-party cookies on our site may track your
    /// browsing across other websites" — their owners collect.
    fn third_party_trackers_act(&self, verb: &Hit) -> bool {
        let Some(first) = self.hits.first() else {
            return false;
        };
        self.word_index(first.start) <= 1
            && first.end <= verb.start
            && self.norm[first.start..first.end].starts_with("third party")
            && self.names_trackers(first)
            && !self.passive(verb)
            && !self.norm[first.end..verb.start].contains([',', ';', ':'])
            && !self.hits.iter().any(|h| {
                h.start >= first.end
                    && h.end <= verb.start
                    && (self.names_action(h) || (self.names_party(h) && !self.object_form(h)))
            })
    }

    /// Whether `verb` is an infinitive of purpose after what the user visits,
    /// uses or reaches: "if you access social media services to share
    /// information", "you may visit third-party websites to share your
    /// content", "… through the Services to log in or to share" — the user
    /// shares; the party is a means, not the infinitive's subject (as it is
    /// after a verb of leave, "you allow advertisers to collect").
    fn users_means(&self, verb: &Hit) -> bool {
        /// How many words may stand between the user and the infinitive.
        const MEANS_REACH: usize = 12;
        /// How many words a chain of infinitives may take ("to log in or to").
        const CHAIN: usize = 5;
        let vw = self.word_index(verb.start);
        if vw < 4 || self.word(vw - 1) != "to" || self.passive(verb) {
            return false;
        }
        let Some(you) = (vw.saturating_sub(MEANS_REACH)..vw - 1)
            .rev()
            .find(|&j| self.word(j) == "you")
        else {
            return false;
        };
        let v = self.past_auxiliaries(you + 1, vw);
        if v >= vw || !USER_MEANS.contains(&self.word(v)) {
            return false;
        }
        // The first "to" after the object opens the chain.
        let Some(to) = (v + 1..vw).find(|&j| self.word(j) == "to") else {
            return false;
        };
        to > v + 1
            && vw - to <= CHAIN
            && !self.norm[self.words[you]..verb.start].contains([',', ';', ':', '(', ')'])
            && !(v + 1..to).any(|j| {
                matches!(
                    self.word(j),
                    "and" | "or" | "that" | "which" | "who" | "we" | "they" | "us" | "it"
                )
            })
    }

    /// Whether the "you" at word `you` is still the subject at `verb`: no
    /// punctuation ending a clause, subject pronoun or party stands
    /// between, the company's "our" aside ("use our services to share").
    fn user_still_subject(&self, you: usize, verb: &Hit) -> bool {
        let vw = self.word_index(verb.start);
        !self.norm[self.words[you]..verb.start].contains([';', ':', '.', '(', ')'])
            && !(you + 1..vw).any(|j| matches!(self.word(j), "we" | "they" | "it" | "he" | "she"))
            && !self.hits.iter().any(|h| {
                h.start > self.words[you]
                    && h.end <= verb.start
                    && self.names_party(h)
                    && &self.norm[h.start..h.end] != "our"
            })
    }

    /// Whether the verb closes a list of predicates whose subject is the
    /// user of a subordinate clause: "when you sign up for an account,
    /// create or share, and message or communicate with others" — the
    /// user shares, whatever the main clause's subject. (Only past commas
    /// and "and"/"or".) So does a relative clause with the user as subject.
    fn listed_in_users_clause(&self, verb: &Hit) -> bool {
        let vw = self.word_index(verb.start);
        if vw == 0 || !matches!(self.word(vw - 1), "or" | "and") || self.passive(verb) {
            return false;
        }
        let lo = vw.saturating_sub(LISTED_WINDOW);
        let Some(you) = (lo..vw).rev().find(|&j| self.word(j) == "you") else {
            return false;
        };
        // (A relative clause on the user's own acts too: "products that
        // you have purchased, financed or leased".)
        you > 0
            && (SUBORDINATORS.contains(&self.word(you - 1)) || self.word(you - 1) == "that")
            && self.norm[self.words[you]..verb.start].contains(',')
            && self.user_still_subject(you, verb)
    }

    /// How many words before the verb at `vw` commit its subject to it:
    /// "has committed to not", "agreed to", "have promised never to".
    fn committed_words(&self, vw: usize) -> Option<usize> {
        /// How far back a later infinitive looks for the commitment.
        const COMMITMENT_REACH: usize = 16;
        let mut k = vw;
        while k > 0 && matches!(self.word(k - 1), "not" | "never") {
            k -= 1;
        }
        if k < 2 || self.word(k - 1) != "to" {
            return None;
        }
        k -= 1;
        // (A later infinitive of the commitment: "has committed to not
        // associate … and to not store or share": back to the first.)
        if k > 0 && matches!(self.word(k - 1), "and" | "or") {
            let first = (k.saturating_sub(COMMITMENT_REACH)..k - 1)
                .rev()
                .find(|&i| {
                    self.word(i) == "to"
                        && i > 0
                        && (COMMITTING.contains(&self.word(i - 1))
                            || (i > 1
                                && matches!(self.word(i - 1), "not" | "never")
                                && COMMITTING.contains(&self.word(i - 2))))
                })?;
            if self.norm[self.words[first]..self.words[k]].contains([';', ':', '.']) {
                return None;
            }
            k = first;
        }
        while k > 0 && matches!(self.word(k - 1), "not" | "never") {
            k -= 1;
        }
        if k == 0 || !COMMITTING.contains(&self.word(k - 1)) {
            return None;
        }
        k -= 1;
        if k > 0 && matches!(self.word(k - 1), "has" | "have" | "had") {
            k -= 1;
        }
        Some(vw - k)
    }

    /// How many words a permission stated of the subject puts between it
    /// and the verb at word `vw` ("users are not allowed to post",
    /// "children under 13 are not permitted to provide", "service
    /// providers, who are required to …"), back to its "is" or "are": one
    /// auxiliary, as "be able to" is, so the subject is found as near; and
    /// an infinitive such a predicate leads to is not joined to the verb
    /// before it.
    pub(super) fn permission_words(&self, vw: usize) -> Option<usize> {
        #[rustfmt::skip]
        const PERMITTED: &[&str] = &[
            "allowed", "permitted", "authorized", "authorised", "required", "obligated", "obliged",
        ];
        if vw < 3 || self.word(vw - 1) != "to" || !PERMITTED.contains(&self.word(vw - 2)) {
            return None;
        }
        let mut k = vw - 3;
        while k > 0 && matches!(self.word(k), "not" | "never" | "also" | "only") {
            k -= 1;
        }
        matches!(self.word(k), "is" | "are" | "be" | "was" | "were").then_some(vw - k)
    }

    /// Whether the verb names what the user is able or entitled to do,
    /// the user's act: "your ability to access your data may vary", "we
    /// respect your right to access your data", "a parent's right to
    /// access a child's personal information".
    pub(super) fn user_entitled(&self, verb: &Hit) -> bool {
        let vw = self.word_index(verb.start);
        if self.rights_list_item(verb) || self.asked_in_imperative(vw) {
            return true;
        }
        // (Also a later verb of a list of bare infinitives: "we provide you
        // with the ability to export, share and publish your data".)
        let mut first = vw;
        while let Some(prev) = self.list_item_before(first)
            && vw - prev <= 6
        {
            first = prev;
        }
        let to = first.saturating_sub(1);
        to >= 2
            && self.word(to) == "to"
            && matches!(
                self.word(to - 1),
                "ability" | "right" | "rights" | "opportunity" | "option"
            )
            && (to.saturating_sub(5)..to - 1).any(|j| {
                let w = self.word(j);
                let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix('\''));
                // (Or one of the rights a list of rights includes: "these
                // rights include the right to transfer your data"; or given
                // to the user: "we provide you with the ability to …".)
                w == "your"
                    || owner.is_some_and(|o| USERS.contains(&o))
                    || matches!(w, "include" | "includes" | "including")
                    || (w == "you" && j + 1 < to && matches!(self.word(j + 1), "with" | "the"))
            })
    }

    /// Whether the verb at `vw` is what a clause opening on a request (or
    /// the user's right to one) asks for, as a list of the user's rights
    /// puts it: "Request the transfer of your personal information to
    /// another party", "Data portability: ask us to transfer your data" —
    /// the reader asks; no practice is stated.
    fn asked_in_imperative(&self, vw: usize) -> bool {
        let Some(r) =
            (vw.saturating_sub(3)..vw).find(|&j| matches!(self.word(j), "request" | "ask"))
        else {
            return false;
        };
        let before = self.norm[..self.words[r]].trim_end();
        // (Or the user's right to ask: "The right to request that we
        // transfer (port) your personal information to another company",
        // "you have the right to ask us to transfer …".)
        let right = r >= 2
            && self.word(r - 1) == "to"
            && matches!(self.word(r - 2), "right" | "rights")
            && (r <= 3
                || (r.saturating_sub(6)..r - 2).any(|j| matches!(self.word(j), "you" | "your")));
        let opens = r == 0
            || right
            || before.ends_with([':', ';', '–', '—'])
            || before.ends_with(" -")
            || before
                .rsplit(' ')
                .next()
                .is_some_and(crate::segment::is_enumerator);
        opens
            && (r + 1..vw).all(|j| {
                matches!(
                    self.word(j),
                    "the" | "a" | "an" | "us" | "to" | "that" | "we"
                )
            })
    }

    /// Whether the verb is an item of a list of the user's rights: "These
    /// rights include the right: (i) to obtain copies of your personal
    /// data; … (v) to transfer your personal data", "You have the
    /// following rights: to access your data, …". An item opens the list
    /// or follows a separator or an enumerator.
    fn rights_list_item(&self, verb: &Hit) -> bool {
        let vw = self.word_index(verb.start);
        if vw < 3 || self.word(vw - 1) != "to" {
            return false;
        }
        let before = self.norm[..self.words[vw - 1]].trim_end();
        // (An enumerator: "(v)", "v)", "b.".)
        let enumerated = before
            .rsplit(' ')
            .next()
            .is_some_and(crate::segment::is_enumerator);
        let opens = enumerated
            || before.ends_with([';', ':', ','])
            || before.ends_with(" and")
            || before.ends_with(" or");
        let Some(colon) = before.rfind(':') else {
            return false;
        };
        // (One list: no full stop since its colon.)
        if !opens || before[colon..].contains(". ") {
            return false;
        }
        let head = self.word_index(colon.saturating_sub(1));
        matches!(self.word(head), "right" | "rights")
            && (head.saturating_sub(5)..head).any(|j| {
                matches!(
                    self.word(j),
                    "you" | "your" | "include" | "includes" | "including"
                )
            })
    }

    /// A passive verb's agent named after "by" ("collected by advertisers"),
    /// also after the verbs coordinated with it: `None` when no party is
    /// named there, else the party as [`Analysis::subject`] gives it.
    pub(super) fn passive_agent(&self, verb: &Hit) -> Option<Option<Option<String>>> {
        // A verb of reach whose "to" waits for the noun closing a list of
        // verbs ("publicly available to, collected by, and used by third
        // parties", "available to and used by partners") has that noun as
        // its recipient, not its agent: the company makes the data
        // available.
        let after = &self.norm[verb.end..];
        if self.norm[verb.start..verb.end].ends_with(" to")
            && [",", " and ", " or "].iter().any(|j| after.starts_with(j))
        {
            return Some(Some(None));
        }
        // Passive with an agent: "collected by advertisers", also after the
        // verbs coordinated with this one ("collected and used by others").
        let mut end = verb.end;
        // (Quoted verbs too: "“shared” or “sold” by other sources".)
        for h in self.hits.iter().filter(|h| h.start > verb.end) {
            let between = self.norm[end..h.start]
                .trim_start_matches('"')
                .trim_end_matches('"');
            if self.names_action(h)
                && matches!(between, " and " | " or " | ", " | ", and " | ", or ")
            {
                end = h.end;
            } else {
                break;
            }
        }
        // (A passive may keep its object before the agent: "you will be
        // served cookies by our advertisers"; or its purpose: "collected
        // for this purpose by our partners".)
        if self.passive(verb)
            && let Some(p) = self.norm[end..].find(" by ")
            && let skipped = &self.norm[end..end + p]
            && skipped.split_whitespace().count() <= 3
            && !skipped.contains([',', ';', ':', '(', ')'])
            && (skipped.starts_with(" for ")
                // (Or an adverb: "shared manually by others".)
                || (skipped.split_whitespace().count() == 1 && skipped.trim().ends_with("ly"))
                || self.hits.iter().any(|h| {
                    h.start > end && h.end <= end + p && self.entry(h, Kind::Data).is_some()
                }))
        {
            end += p;
        }
        // An agent shared by coordinated passives comes after the last:
        // "collected by, and used by third parties".
        if self.passive(verb)
            && self.norm[end..].starts_with(" by,")
            && let Some(p) = self.norm[end + 4..].find(" by ")
            && !self.norm[end + 4..end + 4 + p].contains(['.', ';', ':'])
            && self.norm[end + 4..end + 4 + p].split_whitespace().count() <= 4
        {
            end += 4 + p;
        }
        if self.norm[end..].starts_with('"') {
            end += 1;
        }
        let after = &self.norm[end..];
        // "used by them": whom the pronoun stands for.
        // (Only a party it stands for: "they" unresolved is no user.)
        if after.starts_with(" by them")
            && !after[" by them".len()..].starts_with(char::is_alphanumeric)
            && let Some(party @ Some(_)) = self.referent(end + 4)
        {
            return Some(Some(party));
        }
        if let Some(rest) = after.strip_prefix(" by ") {
            for h in self.hits.iter().filter(|h| h.start >= end + 4) {
                if h.start > end + 4 + rest.len().min(40) {
                    break;
                }
                if let Some(i) = self.entry(h, Kind::Recipient) {
                    return Some(Some(Some(self.ex.taxonomy.recipients[i].id.clone())));
                }
                // "data manifestly made public by the data subject",
                // "information posted by you": the user's own act. (So by
                // "a business user", "another member": one modifier.)
                if self.is(h, Target::UserSubject) && {
                    let between = &self.norm[end + 4..h.start];
                    let modifiers = between
                        .split_whitespace()
                        .filter(|w| !determines_party(w) && !matches!(*w, "a" | "an" | "another"))
                        .count();
                    modifiers == 0
                        || (modifiers == 1
                            && !between.contains([',', ';', '('])
                            && !self
                                .hits
                                .iter()
                                .any(|u| u.start >= end + 4 && u.end <= h.start))
                } {
                    return Some(None);
                }
                // "collected by us, and used by our partners": the company
                // is this verb's agent; the partners are the next one's. (Not
                // when it heads a list of agents, "by us or by our
                // advertisers", "by us as well as third parties", which the
                // third party closes.)
                if self.is(h, Target::FirstParty)
                    && h.start == end + 4
                    && &self.norm[h.start..h.end] != "our"
                {
                    let rest = self.norm[h.end..].trim_start_matches(',');
                    let listed = [" or ", " and ", " as well as ", " by "]
                        .iter()
                        .any(|j| rest.starts_with(j));
                    let next = self.hits.iter().find(|u| {
                        u.start > h.end
                            && (self.names_action(u) || self.entry(u, Kind::Recipient).is_some())
                    });
                    if !listed || next.is_none_or(|u| self.names_action(u)) {
                        return Some(Some(None));
                    }
                }
            }
            // Sources no term names are still others: "information shared
            // or sold by other sources" ("third party sources" are a term's).
            let mut words = rest
                .split_whitespace()
                .map(|w| w.trim_end_matches(['.', ',', ';', ':', ')']));
            if matches!(
                (words.next(), words.next()),
                (
                    Some("other" | "outside" | "external"),
                    Some("sources" | "source")
                )
            ) {
                return Some(Some(Some(THIRD_PARTIES.to_string())));
            }
        }
        None
    }

    /// The agent of an act named as a noun, after "by" past its object:
    /// "opt out of the use of your information by third parties for
    /// advertising", "we allow the collection of your browsing data by
    /// advertising networks" (`None` for the company: "by us").
    /// (Words `vw` to `last` name the act.)
    pub(super) fn nominal_agent(&self, vw: usize, last: usize) -> Option<Option<String>> {
        // (The term may hold its determiner and its "of": "the sale of".
        // Acts named together share both: "the use and collection of
        // information by advertisers", "the collection, use and disclosure
        // of".)
        let determiner = |w: &str| matches!(w, "the" | "any" | "such");
        let act = |k: usize| self.covering(self.words[k]).any(|u| self.names_action(u));
        let mut first = vw;
        loop {
            if first >= 2 && matches!(self.word(first - 1), "and" | "or") && act(first - 2) {
                first -= 2;
            } else if first >= 1
                && self.norm[self.ends[first - 1]..self.words[first]].contains(',')
                && act(first - 1)
            {
                first -= 1;
            } else {
                break;
            }
        }
        if !determiner(self.word(first)) && (first == 0 || !determiner(self.word(first - 1))) {
            return None;
        }
        let mut of = last;
        while self.word(of) != "of"
            && of + 1 < self.words.len()
            && of < last + 6
            && (self.word_get(of + 1) == Some("of")
                || matches!(self.word(of + 1), "and" | "or")
                || act(of + 1))
        {
            of += 1;
        }
        if self.word(of) != "of" {
            return None;
        }
        let by = (of + 1..(of + 7).min(self.words.len())).find(|&k| self.word(k) == "by")?;
        if self.norm[self.ends[of]..self.words[by]].contains([',', ';', ':', '(', '.']) {
            return None;
        }
        // The party right after "by", past its determiners.
        let mut k = by + 1;
        while k < self.words.len() && determines_party(self.word(k)) {
            k += 1;
        }
        let at = *self.words.get(k)?;
        // (A party named past a determiner the vocabulary also knows — "by
        // our service providers" — is that party, not "our" company.)
        let mut named = self
            .hits
            .iter()
            .filter(|h| h.start >= self.words[by + 1] && h.start <= at);
        if let Some(i) = named.clone().find_map(|h| self.entry(h, Kind::Recipient)) {
            return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
        }
        named
            .next()
            .filter(|h| self.is(h, Target::FirstParty))
            .map(|_| None)
    }

    /// Whether the action noun at word `vw` (through word `last`) is what
    /// its clause's subject sets off, not does: "you might trigger
    /// exchanges of data between Booking.com and that social media
    /// provider", "clicking it results in the transfer of your data". The
    /// service the user acts on performs it.
    pub(super) fn caused_act(&self, vw: usize, last: usize) -> bool {
        let of = self.word(last) == "of" || self.word_get(last + 1) == Some("of");
        let mut k = vw;
        if k > 0 && matches!(self.word(k - 1), "the" | "an" | "a" | "any" | "such") {
            k -= 1;
        }
        of && k > 0
            && (CAUSING.contains(&self.word(k - 1))
                || (k >= 2
                    && matches!(self.word(k - 1), "in" | "to")
                    && CAUSING_TO.contains(&self.word(k - 2))))
    }

    /// Whether a party is a participle's agent: "provided by third
    /// parties", "collected by our partners" (past determiners).
    pub(super) fn agent_of_participle(&self, party: &Hit) -> bool {
        self.agent_of(party)
            .is_some_and(|v| participle(self.word(v)))
    }

    /// Whether a party is the subject of a relative clause on the data
    /// before it: "content others share about you", "information that
    /// advertisers provide" — the party gave or made the data, and is no
    /// more its recipient than "provided by advertisers" makes it one.
    pub(super) fn subject_of_relative(&self, party: &Hit) -> bool {
        // (Asked of every hit a filter passes: the cheap tests first.)
        if self.entry(party, Kind::Recipient).is_none() {
            return false;
        }
        let w = self.word_index(party.start);
        let next = self.word_index(party.end - 1) + 1;
        if w == 0 || next >= self.words.len() {
            return false;
        }
        let on_data = self.data_word(w - 1)
            || (w >= 2 && matches!(self.word(w - 1), "that" | "which") && self.data_word(w - 2));
        let gap = &self.norm[party.end..self.words[next]];
        on_data
            && !gap.contains([',', ';', ':', '.', '(', ')'])
            && (RELATIVE_VERBS.contains(&self.word(next))
                || self
                    .hits
                    .iter()
                    .any(|v| v.start == self.words[next] && self.names_action(v)))
    }

    /// The word a "by" before a party follows, past the party's
    /// determiners: "provided" in "provided by our partners", "us" in
    /// "provided to us by our partners".
    fn agent_of(&self, party: &Hit) -> Option<usize> {
        let mut k = self.word_index(party.start);
        while k > 0 && determines_party(self.word(k - 1)) {
            k -= 1;
        }
        (k >= 2 && self.word(k - 1) == "by").then_some(k - 2)
    }

    /// Whether a party is where the company's data comes from: named after
    /// "from" ([`Analysis::is_source`]), or listed after one so named
    /// ("from third-party providers of business information and publicly
    /// available sources"), or the agent of a participle that passes data
    /// on ("information provided by Google", "provided to us by our
    /// partners", "collected by third parties"). Not where a request comes
    /// from ("requests from public authorities"), nor the public but as
    /// "publicly available sources": "collect information from anyone
    /// under 13" is about whom, not from whom.
    pub(super) fn names_source(&self, h: &Hit) -> bool {
        if self.sent_from(h) {
            return false;
        }
        // (Nor the users themselves: "we collect information from our
        // members".)
        let term = &self.norm[h.start..h.end];
        if let Some(i) = self.entry(h, Kind::Recipient) {
            match self.ex.taxonomy.recipients[i].id.as_str() {
                "public" if !term.contains("source") => return false,
                "other-users" if matches!(term, "members" | "recipients") => return false,
                _ => {}
            }
        }
        // (Of data, before it or its passive's auxiliaries: "a subscription
        // provided by your organization" passes none.)
        let passes = |i: usize| {
            let mut j = i;
            while j > 1 && auxiliary(self.word(j - 1)) {
                j -= 1;
            }
            // (Nor trackers: "web beacons provided by ad companies" are
            // theirs, and they collect.)
            let tracker = || {
                self.covering(self.words[j - 1])
                    .any(|d| self.names_trackers(d))
            };
            PASSING_PARTICIPLES.contains(&self.word(i))
                && j > 0
                && self.data_word(j - 1)
                && !tracker()
        };
        // ("Provided by …", or "provided to us by …".)
        let agent = self.agent_of(h).is_some_and(|v| {
            passes(v)
                || (v >= 2 && self.word(v) == "us" && self.word(v - 1) == "to" && passes(v - 2))
        });
        agent || self.is_source(h) || self.listed_after_source(h)
    }

    /// Whether the "from" before a party follows what it asks or sends
    /// ("requests from", "offers from"), not data.
    /// (Or after the "from" it repeats: "offers from our partners and
    /// from other companies".)
    fn sent_from(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        let asked = |i: usize| i > 0 && ASKED_NOUNS.contains(&self.word(i - 1));
        (w.saturating_sub(4)..w).any(|i| {
            self.word(i) == "from"
                && (asked(i)
                    || (i > 0
                        && matches!(self.word(i - 1), "and" | "or")
                        && (i.saturating_sub(LISTED_SOURCE_REACH)..i - 1)
                            .rev()
                            .any(|j| {
                                self.word(j) == "from"
                                    && asked(j)
                                    && !self.norm[self.words[j]..self.words[i]]
                                        .contains(['.', ';', ':', '('])
                            })))
        })
    }

    /// Whether a party follows "and" or "or" in a list whose earlier party
    /// is named after "from", with no verb or stop between.
    fn listed_after_source(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        if w == 0 || !matches!(self.word(w - 1), "and" | "or") {
            return false;
        }
        let lo = self.words[w.saturating_sub(LISTED_SOURCE_REACH)];
        self.hits.iter().any(|r| {
            r.start >= lo
                && r.end <= self.words[w - 1]
                && self.entry(r, Kind::Recipient).is_some()
                && self.is_source(r)
                && !self.sent_from(r)
                && !self.norm[r.end..h.start].contains(['.', ';', ':', '('])
                && !self
                    .hits
                    .iter()
                    .any(|v| v.start >= r.end && v.end <= h.start && self.names_action(v))
        })
    }

    /// Whether a party qualifies the data that is the subject of the
    /// verb's passive: "the third party information is used …" names
    /// where the information comes from, not who uses it (a passive's
    /// agent follows "by").
    fn qualifies_subject_data(&self, party: &Hit, verb: &Hit) -> bool {
        self.hits.iter().any(|d| {
            let to_verb = || self.norm[d.end..verb.start].split_whitespace();
            d.start > party.end
                && d.end <= verb.start
                && self.norm[party.end..d.start].trim().is_empty()
                && self.only_data(d)
                && to_verb().all(|w| MODALS.contains(&w) || NEGATION_GLUE.contains(&w))
                && to_verb().any(|w| BE_HEADS.contains(&w))
        })
    }

    /// Where the examples of a passive's agent end, when the agent is a
    /// party that examples follow: "provided by third parties, such as our
    /// advertisers" names the advertisers as who provides, not as who
    /// receives. `None` without such a list.
    pub(super) fn agent_examples(&self, verb: &Hit) -> Option<(usize, usize)> {
        if !self.passive(verb) {
            return None;
        }
        let by = verb.end + self.norm[verb.end..].find(" by ")?;
        if self.norm[verb.end..by].contains([',', ';', ':', '.']) {
            return None;
        }
        // (The agent right after "by", past a few determiners: "by our
        // trusted partners".)
        let agent = self.hits.iter().find(|h| {
            h.start > by
                && h.start <= by + " by ".len() + 20
                && self.entry(h, Kind::Recipient).is_some()
                && self.norm[by + 4..h.start]
                    .split_whitespace()
                    .all(determines_party)
        })?;
        let rest = self.norm[agent.end..].trim_start_matches(',');
        let cue = EXAMPLE_CUES.iter().find(|c| rest.starts_with(**c))?;
        let mut end = self.norm.len() - rest.len() + cue.len();
        // Through the parties listed and the words that join them.
        let from = end;
        for h in self.hits.iter().filter(|h| h.start >= from) {
            // ("our" is a hit of its own.)
            if determines_party(&self.norm[h.start..h.end]) {
                continue;
            }
            let gap = self.norm[end..h.start].trim_matches([' ', ',']);
            let joins = gap
                .split_whitespace()
                .all(|w| matches!(w, "and" | "or" | "other") || determines_party(w));
            if !joins || self.entry(h, Kind::Recipient).is_none() {
                break;
            }
            end = h.end;
        }
        Some((agent.end, end))
    }

    /// Whether the text between the subject that opens a sentence and its
    /// verb continues that subject: no comma at all, or commas that only
    /// list more parties or set off a short aside ("Our partners,
    /// affiliates, tracking companies, and service providers, use …",
    /// "Third parties, however, may collect …"). A colon or semicolon, or a
    /// comma opening a clause with a verb of its own, ends it (a new
    /// subject, "we" or "you", is ruled out by the caller).
    pub(super) fn only_parties_between(&self, from: usize, to: usize) -> bool {
        let text = &self.norm[from..to];
        if !text.contains(',') {
            return true;
        }
        if text.contains([';', ':']) {
            return false;
        }
        let mut at = from;
        text.split(',').all(|chunk| {
            let (lo, hi) = (at, at + chunk.len());
            at = hi + 1;
            let inside = || self.hits.iter().filter(|h| h.start >= lo && h.end <= hi);
            chunk.trim().is_empty()
                || inside().any(|h| self.entry(h, Kind::Recipient).is_some())
                || (chunk.split_whitespace().count() <= 4
                    && !inside().any(|h| self.names_action(h)))
        })
    }

    /// Whom a pronoun ("they", "them") stands for: the party named last
    /// before it in this clause, else the one the previous clause named
    /// last. Same encoding as [`Analysis::subject`].
    pub(super) fn referent(&self, pronoun: usize) -> Option<Option<String>> {
        let here = self
            .hits
            .iter()
            .enumerate()
            .rev()
            // (Not a verb that names its audience: "if researchers publish
            // their work, we ask that they not disclose it" — they are the
            // researchers, not the public.)
            .filter(|(_, u)| u.end <= pronoun && !self.joined_to_party(u) && !self.names_action(u))
            .find_map(|(k, u)| {
                // (A party named in the possessive after the nearest
                // antecedent is nearer: "share other members' profiles, and
                // they may share yours".)
                if let Some(owner) = self
                    .possessors
                    .iter()
                    .rev()
                    .find(|o| o.end <= pronoun && o.start > u.start)
                {
                    return self
                        .entry(owner, Kind::Recipient)
                        .map(Antecedent::Recipient);
                }
                if self.is(u, Target::UserSubject) {
                    // ("you" is never "they" or "them": "any information
                    // you have included will be accessible to them".)
                    (!matches!(&self.norm[u.start..u.end], "you" | "your"))
                        .then_some(Antecedent::User)
                } else {
                    // (A party given as an example stands for its kind:
                    // "partners such as Google, and they …".)
                    let i = self.entry(u, Kind::Recipient)?;
                    let head = example_head(self.norm, &self.hits[..k], u.start, |h| {
                        self.names_action(h)
                    })
                    .and_then(|g| self.entry(&self.hits[g], Kind::Recipient));
                    Some(Antecedent::Recipient(head.unwrap_or(i)))
                }
            });
        match here.unwrap_or_else(|| self.antecedent.clone()) {
            Antecedent::Recipient(i) => Some(Some(self.ex.taxonomy.recipients[i].id.clone())),
            Antecedent::User | Antecedent::Unknown => None,
        }
    }

    /// For an infinitive ("to share"), the party named as the object of a
    /// verb that lets it act (`ENABLING`: "allow", "let", "enable", "permit",
    /// "authorize") or of "help" before it, in the same
    /// sentence: "Time Inc. allows you to connect with other sites in order
    /// to share content" (the user shares). Same encoding as
    /// [`Analysis::sentence_subject`], with where the party's name ends.
    pub(super) fn governed_party(&self, verb: &Hit) -> Option<(Option<Option<String>>, usize)> {
        let w = self.word_index(verb.start);
        // "… from partners where they have your permission to share it
        // with us", "companies who have obtained your consent to share":
        // the party that holds the leave acts.
        if let Some(holder) = self.leave_holder(w) {
            return Some(holder);
        }
        // "You give Google permission to share …": the party granted leave
        // stands right before the grant.
        // So does one granted a licence or right ("you grant us a
        // worldwide licence to use your content"), the company too — but
        // only after a verb of granting: "we have the right to use" is no
        // grant, and the user's own rights are [`Analysis::user_entitled`]'s.
        let leave = w >= 3 && self.word(w - 1) == "to";
        let permission = leave
            && matches!(
                self.word(w - 2),
                "permission" | "authority" | "authorization" | "authorisation"
            );
        let licence =
            leave && matches!(self.word(w - 2), "license" | "licence" | "right" | "rights");
        if (permission || licence)
            && let Some(party) = self.hits.iter().rev().find(|h| {
                let k = self.word_index(h.start);
                h.end <= self.words[w - 2]
                    && self.names_party(h)
                    && if licence {
                        // (However many words describe the licence: "us a
                        // nonexclusive, royalty-free, worldwide licence".)
                        k + 10 >= w - 2
                            && k >= 1
                            && GRANTING.contains(&self.word(k - 1))
                            && !self.norm[h.end..self.words[w - 2]].contains(['.', ';', ':'])
                    } else {
                        k + 3 >= w - 2 && !self.is(h, Target::FirstParty)
                    }
            })
        {
            return self.party_encoded(party).map(|p| (p, party.end));
        }
        let lo = w.saturating_sub(30);
        // The verbs that let a party act (`ENABLING`), "help", and those
        // by which the user bids it act ("you may instruct us to share
        // your details with our partners").
        // (Those only with their object right after them: "request and
        // obtain from us" bids nobody.)
        let bids_party = |i: usize| {
            i + 1 < w
                && self.hits.iter().any(|h| {
                    let k = self.word_index(h.start);
                    (k == i + 1 || (k == i + 2 && DETERMINERS.contains(&self.word(i + 1))))
                        && (self.names_party(h) || self.is(h, Target::UserSubject))
                })
        };
        let g = (lo..w).rev().find(|&i| {
            let x = self.word(i);
            ENABLING.contains(&x)
                || matches!(x, "help" | "helps")
                || (matches!(x, "ask" | "instruct" | "direct" | "request") && bids_party(i))
        })?;
        if self.norm[self.words[g]..verb.start].contains(['.', ';', ':']) {
            return None;
        }
        // "We work with advertisers and allow them to collect …": the
        // pronoun stands for whom it refers to.
        if g + 1 < w && self.word(g + 1) == "them" {
            return self
                .referent(self.words[g + 1])
                .map(|p| (Some(p), self.ends[g + 1]));
        }
        // (The verb's object: "request and obtain from us" names a source.)
        let party = self.hits.iter().find(|h| {
            h.start > self.words[g]
                && h.end <= verb.start
                && self.word_index(h.start) <= g + 3
                && &self.norm[h.start..h.end] != "our"
        })?;
        if (g + 1..self.word_index(party.start)).any(|i| {
            matches!(
                self.word(i),
                "from" | "to" | "with" | "and" | "or" | "that" | "for" | "of" | "by"
            )
        }) {
            return None;
        }
        // (The company only with the infinitive right after it, "you
        // authorize us to share … and to access …": "… helps us and our
        // partners decide which ads to show, to display and send content"
        // names the verbs of its own subject.)
        let after = self.word_index(party.end - 1) + 1;
        if self.is(party, Target::FirstParty) && !(after < w && self.word(after) == "to") {
            return None;
        }
        self.party_encoded(party).map(|p| (p, party.end))
    }

    /// For the verb at word `w`, the party that "has" or "has obtained"
    /// leave to do it ("they have your permission to share", "companies
    /// who have obtained your consent to share"), named or taken up by
    /// "they" or "who" right before the having.
    fn leave_holder(&self, w: usize) -> Option<(Option<Option<String>>, usize)> {
        if w < 4
            || self.word(w - 1) != "to"
            || !matches!(
                self.word(w - 2),
                "permission" | "consent" | "authorization" | "authorisation"
            )
        {
            return None;
        }
        let mut k = w - 3;
        if matches!(self.word(k), "your" | "the" | "their" | "users" | "user's") {
            k -= 1;
        }
        if matches!(self.word(k), "obtained" | "received" | "got" | "secured") && k > 0 {
            k -= 1;
        }
        if !matches!(self.word(k), "have" | "has" | "had") || k == 0 {
            return None;
        }
        let before = k - 1;
        match self.word(before) {
            "they" => self
                .referent(self.words[before])
                .map(|p| (Some(p), self.ends[before])),
            // (The company's own leave is its own act already.)
            "we" => None,
            x => {
                // ("who" or "that" takes up the party right before it.)
                let end = if matches!(x, "who" | "that" | "which") {
                    self.words[before]
                } else {
                    self.ends[before]
                };
                let party = self.hits.iter().rev().find(|h| {
                    h.end <= end && self.norm[h.end..end].trim().is_empty() && self.names_party(h)
                })?;
                self.party_encoded(party).map(|p| (p, party.end))
            }
        }
    }

    /// The user (`None`), the company (`Some(None)`) or a recipient
    /// (`Some(Some(id))`) a hit names.
    fn party_encoded(&self, party: &Hit) -> Option<Option<Option<String>>> {
        if self.is(party, Target::UserSubject) {
            Some(None)
        } else if self.is(party, Target::FirstParty) {
            Some(Some(None))
        } else {
            self.entry(party, Kind::Recipient)
                .map(|i| Some(Some(self.ex.taxonomy.recipients[i].id.clone())))
        }
    }

    /// The subject opening the clause (in its first four words), if any:
    /// `Some(None)` for the user, `Some(Some(None))` for the company,
    /// `Some(Some(Some(id)))` for a recipient.
    pub(super) fn sentence_subject(&self) -> Option<Option<Option<String>>> {
        let h = self.opening_party()?;
        Some(if self.is(h, Target::UserSubject) {
            None
        } else if self.is(h, Target::FirstParty) {
            Some(None)
        } else {
            let i = self.entry(h, Kind::Recipient)?;
            Some(Some(self.ex.taxonomy.recipients[i].id.clone()))
        })
    }

    /// The first party named in the clause's first four words: the user,
    /// the company or a recipient.
    fn opening_party(&self) -> Option<&Hit> {
        self.hits
            .iter()
            .take_while(|h| self.word_index(h.start) < 4)
            .find(|h| {
                self.is(h, Target::UserSubject)
                    || self.is(h, Target::FirstParty)
                    || self.entry(h, Kind::Recipient).is_some()
            })
    }

    /// Whether a hit names a party that can be a subject: the company (not
    /// as "our" or "us") or a recipient.
    fn subject_party(&self, h: &Hit) -> bool {
        (self.is(h, Target::FirstParty) && !self.object_form(h))
            || self.entry(h, Kind::Recipient).is_some()
    }

    /// Whether a party that can be a subject ([`Analysis::subject_party`])
    /// is named before `verb` but after the party opening the sentence
    /// ([`Analysis::sentence_subject`]'s).
    pub(super) fn party_named_after_opening(&self, verb: &Hit) -> bool {
        let Some(opener) = self.opening_party() else {
            return false;
        };
        self.hits.iter().any(|h| {
            let w = self.word_index(h.start);
            h.start >= opener.end
                && h.end <= verb.start
                && !self.is(h, Target::UserSubject)
                // ("post comments with friends and share them": a party
                // after a preposition is none.)
                && !matches!(
                    self.word(w - 1),
                    "with" | "to" | "from" | "by" | "for" | "of" | "about" | "on" | "in"
                )
                // (Nor a name that modifies an account: "if you do not
                // have a Google account, you can make a request to …".)
                && !self.words.get(self.word_index(h.end - 1) + 1).is_some_and(|_| {
                    matches!(
                        self.word(self.word_index(h.end - 1) + 1),
                        "account" | "accounts" | "id" | "login" | "profile" | "credentials"
                    )
                })
                && self.subject_party(h)
        })
    }

    /// Whether a hit names a party other than the user: the company (in
    /// any form), a pronoun standing for one, or a recipient.
    pub(super) fn names_party(&self, h: &Hit) -> bool {
        self.is(h, Target::FirstParty)
            || self.is(h, Target::Pronoun)
            || self.entry(h, Kind::Recipient).is_some()
    }

    /// Whether a party is named after "from", "via" or "through", past a
    /// list that preposition heads ("via cookies, web page counters and
    /// other analytics tools"), within the phrase before any verb. (Wider
    /// than [`Analysis::is_source`]'s three words after "from", which
    /// decides data's origin, not a subject.)
    fn source_or_means(&self, h: &Hit) -> bool {
        let k = self.word_index(h.start);
        (k.saturating_sub(8)..k)
            .rev()
            .take_while(|&j| {
                !self.covering(self.words[j]).any(|u| self.names_action(u))
                    && !self.norm[self.ends[j]..self.words[j + 1]].contains([';', ':'])
            })
            .any(|j| matches!(self.word(j), "from" | "via" | "through"))
    }

    /// The party opening the sentence that a relative clause subject `h`
    /// describes, when `verb` is the main verb after that clause: "The
    /// advertisers that we work with use cookies", "advertisers who you
    /// interact with may collect cookies" (not "partners that we then share
    /// data with", whose verb is the relative clause's own).
    fn described_by_relative(&self, h: &Hit, verb: &Hit) -> Option<String> {
        if !(self.is(h, Target::FirstParty) || self.is(h, Target::UserSubject))
            || self.object_form(h)
        {
            return None;
        }
        let k = self.word_index(h.start);
        if k == 0 {
            return None;
        }
        // (Or with the pronoun left out: "Advertisers we work with may use
        // cookies", "Companies Everyday Health works with may …".)
        let pronoun = k >= 2 && matches!(self.word(k - 1), "that" | "who" | "whom" | "which");
        let head = if pronoun { k - 1 } else { k };
        let party = self
            .hits
            .iter()
            .find(|u| u.end <= self.words[head] && self.word_index(u.start) <= 3)?;
        let i = self.entry(party, Kind::Recipient)?;
        let gap = &self.norm[party.end..h.start];
        if self.word_index(party.end - 1) + 1 != head || gap.contains([',', ';', ':', '(']) {
            return None;
        }
        let between = &self.norm[h.end..verb.start];
        let words: Vec<&str> = between.split_whitespace().collect();
        let clause_verb = words
            .iter()
            .any(|w| !MODALS.contains(w) && !matches!(*w, "then" | "only" | "directly" | "ever"));
        (clause_verb && words.len() <= 6 && !between.contains([',', ';', ':', '(', ')']))
            .then(|| self.ex.taxonomy.recipients[i].id.clone())
    }

    /// The party opening the sentence, for a verb whose subject is left out
    /// after the comma that closes a relative clause on that party: "Third
    /// parties that support our services by serving ads or providing
    /// services, such as allowing you to share content, may also use these
    /// technologies" — whatever the clause names (here the user), the
    /// party is who uses them.
    fn subject_across_relative(&self, verb: &Hit) -> Option<String> {
        let vw = self.word_index(verb.start);
        let mut k = vw;
        while k > 0 && MODALS.contains(&self.word(k - 1)) {
            k -= 1;
        }
        // (Closed by a comma, or by the modal itself: "Resellers who
        // provide user support to your organization will have access …".)
        if k == vw || k == 0 {
            return None;
        }
        // (The sentence's main clause: after "then" or the comma that close
        // a condition, "If your account is managed …, then resellers who
        // …", "if you share something, anyone who can see it can share it
        // with others".)
        let opening = (0..k)
            .rev()
            .find(|&j| {
                self.word(j) == "then"
                    || (j > 0
                        && self.norm[self.ends[j - 1]..self.words[j]].contains(',')
                        && (0..j.min(4)).any(|i| matches!(self.word(i), "if" | "when")))
            })
            .map_or(0, |j| if self.word(j) == "then" { j + 1 } else { j });
        let first = self
            .hits
            .iter()
            .find(|h| h.start >= self.words[opening] && &self.norm[h.start..h.end] != "our")?;
        let i = self.entry(first, Kind::Recipient)?;
        let mut after = self.word_index(first.end - 1) + 1;
        // (Past other parties joined to it: "your domain administrator and
        // resellers who …".)
        for h in self.hits.iter().filter(|h| h.start > first.start) {
            let w = self.word_index(h.start);
            if w != after + 1
                || !matches!(self.word(after), "and" | "or")
                || self.entry(h, Kind::Recipient).is_none()
            {
                break;
            }
            after = self.word_index(h.end - 1) + 1;
        }
        (self.word_index(first.start) <= opening + 3
            && after < k
            && matches!(self.word(after), "that" | "who" | "which")
            && !self.norm[first.start..verb.start].contains([';', ':', '.']))
        .then(|| self.ex.taxonomy.recipients[i].id.clone())
    }

    /// The party data is kept "with" after a verb of keeping ("stored with
    /// the third-party service", "hosted with our cloud provider"), within
    /// the verb's clause and a few words of it.
    pub(super) fn kept_with(&self, verb: &Hit) -> Option<String> {
        let w = self.word_index(verb.start);
        let end = (w + 8).min(self.words.len());
        let with = (w + 1..end)
            .take_while(|&j| !self.norm[self.ends[j - 1]..self.words[j]].contains([',', ';', ':']))
            .find(|&j| self.word(j) == "with")?;
        let mut k = with + 1;
        while k < self.words.len() && PARTY_DETERMINERS.contains(&self.word(k)) {
            k += 1;
        }
        // ("Stored associated with you and others", "in accordance with":
        // the "with" is another word's.)
        if matches!(
            self.word(with - 1),
            "associated"
                | "along"
                | "together"
                | "accordance"
                | "compliance"
                | "line"
                | "connection"
                | "conjunction"
                | "combined"
                | "consistent"
        ) {
            return None;
        }
        // (Past two modifiers: "with our cloud hosting provider"; not past
        // the user or the company: "with you and others".)
        let last = (k + 2).min(self.words.len() - 1);
        let (h, i) = self
            .hits
            .iter()
            .filter(|h| {
                h.start >= self.words[with] + 4
                    && h.start <= self.words[last]
                    && !self.norm[self.words[with]..h.start].contains([',', ';', ':'])
            })
            .find_map(|h| self.entry(h, Kind::Recipient).map(|i| (h, i)))?;
        if self.hits.iter().any(|u| {
            u.start > self.words[with]
                && u.end <= h.start
                && (self.is(u, Target::UserSubject)
                    || (self.is(u, Target::FirstParty) && &self.norm[u.start..u.end] != "our"))
        }) {
            return None;
        }
        Some(self.ex.taxonomy.recipients[i].id.clone())
    }

    /// Whether a party follows "with" or "to" right before it, past its
    /// determiners: whom a verb of giving gives to ("with our partners",
    /// "to our service providers"), not a party the sentence names for
    /// another reason ("countries where our service providers are").
    pub(super) fn complement_of_giving(&self, h: &Hit) -> bool {
        let mut k = self.word_index(h.start);
        while k > 0 && (determines_party(self.word(k - 1)) || self.word(k - 1) == "externally") {
            k -= 1;
        }
        k > 0 && matches!(self.word(k - 1), "with" | "to")
    }

    /// Whether a party is named as the object of a preposition ("from our
    /// partners", "with advertisers"), past its determiners.
    fn after_preposition(&self, h: &Hit) -> bool {
        let mut k = self.word_index(h.start);
        let determiner = |w: &str| determines_party(w) || matches!(w, "a" | "an");
        while k > 0 && determiner(self.word(k - 1)) {
            k -= 1;
        }
        // (And over a modifier the vocabulary lacks: "to non-agent third
        // parties".)
        let bare = |i: usize| {
            self.covering(self.words[i]).next().is_none()
                && !self.norm[self.ends[i]..self.words[i + 1]].contains([',', ';', ':'])
        };
        let mut skipped = 0;
        while k > 1
            && skipped < 2
            && bare(k - 1)
            && !OBJECT_PREPOSITIONS.contains(&self.word(k - 1))
        {
            k -= 1;
            skipped += 1;
        }
        while k > 0 && determiner(self.word(k - 1)) {
            k -= 1;
        }
        k > 0 && OBJECT_PREPOSITIONS.contains(&self.word(k - 1))
    }

    /// Whether the user is named right after a verb of giving, as its
    /// indirect object: "send you", "show you", "provide you with".
    fn given_to(&self, h: &Hit) -> bool {
        let k = self.word_index(h.start);
        self.word(k) == "you"
            && k > 0
            && self.covering(self.words[k - 1]).any(|u| {
                self.names_action(u)
                    || matches!(
                        self.word(k - 1),
                        "show" | "shows" | "offer" | "offers" | "sends" | "send" | "give" | "gives"
                    )
            })
    }

    /// The subject named within the subject window before a verb, if any:
    /// `Some(true)` for the first party or a recipient, `Some(false)` for
    /// the user; `None` when the window names none (the subject is implied).
    pub(super) fn subject_named(&self, verb: &Hit) -> Option<bool> {
        let lo = self.word_index(verb.start).saturating_sub(SUBJECT_WINDOW);
        self.hits
            .iter()
            .rev()
            .filter(|h| h.end <= verb.start && self.word_index(h.start) >= lo)
            .find_map(|h| {
                if self.names_party(h) {
                    // (The object of a preposition is no subject: "we collect
                    // data from partners and share it" — the company shares.)
                    if self.after_preposition(h) {
                        return None;
                    }
                    Some(true)
                } else if self.is(h, Target::UserSubject) {
                    // (Nor is the user a verb gives to: "we send you
                    // newsletters and share your email address".)
                    if self.given_to(h) {
                        return None;
                    }
                    Some(false)
                } else {
                    None
                }
            })
    }
}
