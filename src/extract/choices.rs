//! Choices offered over a practice: opt-out, opt-in, settings, time windows; and conditions.

use super::analysis::Analysis;
use super::phrases::words_at;
use super::words::*;
use super::{Choice, Condition};
use crate::taxonomy::{Hit, Kind, Target};

/// A choice the clause says its act goes on past (see
/// [`Analysis::concession`]): the choice's kind and the byte range of the
/// part of the clause that states the act.
pub(super) struct Concession {
    pub kind: String,
    pub main: (usize, usize),
}

impl Concession {
    /// Whether a term at byte `at` lies in the part that states the act.
    pub fn holds(&self, at: usize) -> bool {
        at >= self.main.0 && at < self.main.1
    }
}

impl<'a> Analysis<'a> {
    /// Durations stated in the clause: (byte offset, days).
    pub(super) fn durations(&self) -> Vec<(usize, u32)> {
        let mut out = Vec::new();
        for h in self.hits.iter().filter(|h| self.is(h, Target::TimeUnit)) {
            let wi = self.word_index(h.start);
            if wi == 0 {
                continue;
            }
            let Some(n) = number(self.word(wi - 1)) else {
                continue;
            };
            // An age, not a period: "sixteen (16) years or older", "13
            // years of age", "under 18 years old".
            let after = self.norm[h.end..].trim_start();
            if [
                "old",
                "of age",
                "or older",
                "and older",
                "or over",
                "and over",
                "or younger",
            ]
            .iter()
            .any(|a| after.starts_with(a))
            {
                continue;
            }
            let unit = &self.norm[h.start..h.end];
            // (Hours count as the days they begin: "within 48 hours" is 2.)
            if unit.starts_with("hour") {
                out.push((h.start, n.div_ceil(24)));
                continue;
            }
            let per = if unit.starts_with("day") {
                1
            } else if unit.starts_with("week") {
                7
            } else if unit.starts_with("month") {
                30
            } else {
                365
            };
            out.push((h.start, n.saturating_mul(per)));
        }
        out
    }

    /// Reads a request that a party not act as an opt-out from that act:
    /// "you can request that Allstate and its affiliate companies not share
    /// your information", "you may direct us not to sell it", "ask our
    /// partners not to use it for advertising". The request, its party and
    /// the refusal become one choice term, as the taxonomy's "ask us not to"
    /// is, so the refusal negates nothing: the practice goes on unless the
    /// user asks. Only the user's request (or an imperative one): "we ask
    /// our partners not to use it" binds the partners, a promise; and only
    /// a party's refusal: "we request that children not send us
    /// information" asks the user.
    pub(super) fn read_requested_refusals(&mut self) {
        let Some(pattern) = self.ex.matcher.choice_pattern("opt-out") else {
            return;
        };
        let mut found: Vec<(usize, usize, Option<String>)> = Vec::new();
        // The refusals: "not", and "stop" or "refrain from" before the act
        // ("request that we stop using it"), as (start, end) byte offsets.
        let refusals: Vec<(usize, usize)> = self
            .hits
            .iter()
            .filter(|h| self.is(h, Target::Negation) && &self.norm[h.start..h.end] == "not")
            .map(|h| (h.start, h.end))
            .chain(
                // (Looked for only where the word is: most clauses have none.)
                // (And "refrain from": "a signal that requests that websites
                // refrain from selling".)
                (0..if self.norm.contains("stop") || self.norm.contains("refrain") {
                    self.words.len().saturating_sub(1)
                } else {
                    0
                })
                    .filter_map(|i| match self.word(i) {
                        "stop" | "stops" if self.word(i + 1).ends_with("ing") => {
                            Some((self.words[i], self.ends[i]))
                        }
                        "refrain" | "refrains"
                            if i + 2 < self.words.len()
                                && self.word(i + 1) == "from"
                                && self.word(i + 2).ends_with("ing") =>
                        {
                            Some((self.words[i], self.ends[i + 1]))
                        }
                        _ => None,
                    }),
            )
            .collect();
        for (n_start, n_end) in refusals {
            let mut k = self.word_index(n_start);
            if k > 0 && matches!(self.word(k - 1), "do" | "does" | "to") {
                k -= 1;
            }
            let Some(r) = (k.saturating_sub(8)..k)
                .rev()
                .find(|&i| REQUESTS.contains(&self.word(i)))
            else {
                continue;
            };
            let from = r + 1 + usize::from(self.word(r + 1) == "that");
            if from >= k
                || k - from > 6
                || self.norm[self.words[r]..n_start].contains([',', ';', ':', '.', '(', ')'])
            {
                continue;
            }
            // The words between name a party and nothing else a term means
            // (or a short name the vocabulary does not know, as a company's
            // own often is: "request that Miro does not record these
            // calls").
            let (lo, hi) = (self.words[from], self.words[k]);
            let inner: Vec<&Hit> = self
                .hits
                .iter()
                .filter(|h| h.start >= lo && h.end <= hi)
                .collect();
            let unknown_name = inner.is_empty() && k - from <= 2;
            if !unknown_name && (inner.is_empty() || !inner.iter().all(|h| self.names_party(h))) {
                continue;
            }
            // Who asks: the last person or party named before the request
            // ("us" and "our" are objects: "contact us to request that …").
            let requester = self.hits.iter().rev().find(|h| {
                h.end <= self.words[r]
                    && (self.is(h, Target::UserSubject)
                        || (self.names_party(h) && !self.object_form(h)))
            });
            if requester.is_some_and(|h| !self.is(h, Target::UserSubject)) {
                continue;
            }
            // ("not to" is the refusal whole: "direct us not to sell".)
            let next = self.word_index(n_start) + 1;
            let end = if next < self.words.len() && self.word(next) == "to" && self.word(k) != "to"
            {
                self.ends[next]
            } else {
                n_end
            };
            // (The first party named is the one asked, past a possessive:
            // "our affiliates"; a pronoun, whom it stands for.)
            // (An unknown name is the company's own.)
            let party = inner
                .iter()
                .find(|h| !matches!(&self.norm[h.start..h.end], "our" | "its" | "their" | "your"));
            let refuser = if unknown_name {
                None
            } else if let Some(party) = party
                && self.is(party, Target::Pronoun)
            {
                self.referent(party.start).flatten()
            } else if let Some(party) = party {
                self.entry(party, Kind::Recipient)
                    .filter(|_| !self.is(party, Target::FirstParty))
                    .map(|i| self.ex.taxonomy.recipients[i].id.clone())
            } else {
                continue;
            };
            found.push((self.words[r], end, refuser));
        }
        for (start, end, refuser) in found {
            self.refuser.get_or_insert(refuser);
            self.replace_hits(start, end, pattern);
        }
    }

    /// Makes the words from `start` to `end` one hit of `pattern`, in place
    /// of the hits within them: a choice the grammar reads across words the
    /// vocabulary matched apart.
    fn replace_hits(&mut self, start: usize, end: usize, pattern: usize) {
        self.hits.retain(|h| h.end <= start || h.start >= end);
        let at = self.hits.partition_point(|h| h.start < start);
        self.hits.insert(
            at,
            Hit {
                start,
                end,
                pattern,
            },
        );
    }

    /// Reads a practice conditioned on the user's enabling it as an
    /// opt-in: "if you choose to enable location services, we collect your
    /// precise location", "should you elect to turn on contact syncing",
    /// "once you turn on backups" — without that step, nothing is handled.
    /// The user and the step become one choice term. Taking part in an
    /// activity is an occasion, not consent ("if you choose to submit an
    /// application, we will request …", as "when you apply" would be), and
    /// so is sharing, which a rewording moves between the two ("when you
    /// choose to share information about other people, we process it").
    pub(super) fn read_enabling_occasions(&mut self) {
        let Some(pattern) = self.ex.matcher.choice_pattern("opt-in") else {
            return;
        };
        let n = self.words.len();
        let at = |i: usize| self.word_get(i).unwrap_or("");
        let mut found: Vec<(usize, usize)> = Vec::new();
        for w in 0..n.saturating_sub(2) {
            if !matches!(
                at(w),
                "if" | "should" | "when" | "whenever" | "once" | "where" | "after"
            ) || at(w + 1) != "you"
            {
                continue;
            }
            let mut k = w + 2;
            if matches!(at(k), "have" | "later") {
                k += 1;
            }
            // "choose to enable": the choosing and the step.
            let chose = matches!(
                at(k),
                "choose" | "chose" | "chosen" | "elect" | "elected" | "decide" | "decided" | "opt"
            ) && at(k + 1) == "to";
            let step = if chose { k + 2 } else { k };
            let particle = |v: usize| matches!(at(v + 1), "on" | "in");
            let end = match at(step) {
                "enable" | "enabled" | "activate" | "activated" | "authorize" | "authorized"
                | "authorise" | "authorised" | "grant" | "granted" | "permit" | "permitted" => {
                    self.ends[step]
                }
                "allow" | "allowed" if matches!(at(step + 1), "us" | "access") => self.ends[step],
                // (Permission, not data: "if you give us your friend's
                // information" is an occasion.)
                "give" | "gave" | "given"
                    if [step + 1, step + 2]
                        .iter()
                        .any(|&j| matches!(at(j), "access" | "permission" | "consent")) =>
                {
                    self.ends[step]
                }
                "turn" | "turned" | "switch" | "switched" if particle(step) => self.ends[step + 1],
                _ => continue,
            };
            // (Not past a clause's end: "if you choose, you can enable …"
            // is read by the words it has.)
            if self.norm[self.words[w + 1]..end].contains([',', ';', ':', '.']) {
                continue;
            }
            found.push((self.words[w + 1], end));
        }
        for (start, end) in found {
            self.replace_hits(start, end, pattern);
        }
    }

    /// Reads a setting named for what it stops, which the user turns on,
    /// as an opt-out of that act: "you can turn on Do Not Send Voice
    /// Recordings", "enable Don't Save History" (the setting's name is the
    /// act denied, so turning it on is turning the act off). Not "Do Not
    /// Track", a browser signal `signals` reads.
    pub(super) fn read_stopping_settings(&mut self) {
        if !self.norm.contains(" do not ") {
            return;
        }
        let Some(pattern) = self.ex.matcher.choice_pattern("opt-out") else {
            return;
        };
        let n = self.words.len();
        let at = |i: usize| self.word_get(i).unwrap_or("");
        let mut found: Vec<(usize, usize)> = Vec::new();
        for w in 0..n.saturating_sub(3) {
            let name = match at(w) {
                "turn" | "turned" | "turning" | "switch" | "switched" | "toggle"
                    if at(w + 1) == "on" =>
                {
                    w + 2
                }
                "enable" | "enabled" | "enabling" | "activate" | "activated" | "select"
                | "selected" | "selecting" => w + 1,
                _ => continue,
            };
            if at(name) != "do" || at(name + 1) != "not" || at(name + 2) == "track" {
                continue;
            }
            found.push((self.words[w], self.ends[name + 1]));
        }
        for (start, end) in found {
            self.replace_hits(start, end, pattern);
        }
    }

    /// Reads deletion on request written around its object as the right
    /// to have data deleted: "we will remove you and your information from
    /// our records on request", "if you would like to have your personal
    /// information changed or removed, contact us". The word of deleting
    /// becomes the choice's term (where no choice term holds it already).
    pub(super) fn read_deletion_on_request(&mut self) {
        let Some(pattern) = self.ex.matcher.choice_pattern("deletion") else {
            return;
        };
        if !may_delete_on_request(self.norm) {
            return;
        }
        let n = self.words.len();
        let deleting =
            |w: &str| DELETING.contains(&w) || matches!(w, "remove" | "removes" | "removed");
        let mut found: Vec<(usize, usize)> = Vec::new();
        for d in 0..n {
            if !deleting(self.word(d))
                || self
                    .covering(self.words[d])
                    .any(|h| self.entry(h, Kind::Choice).is_some())
            {
                continue;
            }
            // "… on request", "… at your request", after it in its clause.
            let rest = &self.norm[self.ends[d]..];
            let rest = &rest[..rest.find([';', '.']).unwrap_or(rest.len())];
            let asked = [
                "on request",
                "upon request",
                "on your request",
                "upon your request",
                "at your request",
            ]
            .iter()
            .any(|r| {
                words_at(rest, r)
                    .next()
                    .is_some_and(|at| rest[..at].split_whitespace().count() <= 12)
            });
            // "have your information … removed" before it.
            let had = (d.saturating_sub(7)..d).any(|i| {
                self.word(i) == "have"
                    && matches!(self.word(i + 1), "your" | "the" | "such" | "any")
                    && !self.norm[self.words[i]..self.words[d]].contains([',', ';', '.'])
            }) && self.word(d).ends_with('d');
            // "If you ask us to, we will erase it", "you can ask the
            // laboratory to destroy your sample": the reader's asking, within
            // ten words before, in the same sentence.
            let asks_first = (d.saturating_sub(10)..d).any(|i| {
                matches!(self.word(i), "ask" | "request")
                    && i > 0
                    && (self.word(i - 1) == "you"
                        || (i > 1
                            && self.word(i - 2) == "you"
                            && matches!(self.word(i - 1), "can" | "may" | "also")))
                    && (i + 1..(i + 5).min(d)).any(|k| matches!(self.word(k), "to" | "that"))
                    && !self.norm[self.words[i]..self.words[d]].contains([';', '.', ':'])
            });
            if asked || had || asks_first || self.offered_of_pronoun(d) {
                found.push((self.words[d], self.ends[d]));
            }
        }
        for (start, end) in found {
            self.replace_hits(start, end, pattern);
        }
    }

    /// Whether the deleting verb at word `d`, whose object is a pronoun
    /// for data named before, is a means offered the user: "we strive to
    /// give you ways to update it quickly or to delete it", "you can delete
    /// them at any time", "the ability to erase it". (The pronoun's data
    /// comes from the clause before, as for any practice; not the
    /// company's own deletion, "we delete it after 30 days".)
    fn offered_of_pronoun(&self, d: usize) -> bool {
        if !self.data_pronoun_at(d + 1) {
            return false;
        }
        // The means, within eight words before, in the same clause.
        let from = d.saturating_sub(8);
        if self.norm[self.words[from]..self.words[d]].contains([',', ';', '.', ':']) {
            return false;
        }
        (from..d).any(|i| {
            let (w, next) = (self.word(i), self.word_get(i + 1).unwrap_or(""));
            match w {
                "you" => matches!(next, "can" | "may"),
                "ways" | "way" | "ability" | "option" | "options" | "tools" | "able" => {
                    next == "to"
                }
                "allow" | "allows" | "enable" | "enables" | "let" | "lets" => next == "you",
                _ => false,
            }
        })
    }

    /// Whether a choice is conceded in the five words before it: "Even if
    /// you opt out, we will still share it with …", "regardless of whether
    /// you opt out" — the practice goes on whatever the user chooses; the
    /// choice does not govern it.
    pub(super) fn conceded(&self, choice: &Hit) -> bool {
        let w = self.word_index(choice.start);
        (w.saturating_sub(5)..w.saturating_sub(1)).any(|i| {
            matches!(
                (self.word(i), self.word(i + 1)),
                ("even", "if" | "though" | "when" | "after" | "once") | ("regardless", "of")
            )
        })
    }

    /// Whether a choice is denied right before it is offered: "you may not
    /// opt out", "you cannot unsubscribe", "you will not be able to opt
    /// out" state that there is no choice. Not when the denial is itself a
    /// condition ("if you do not opt out, we …" still offers one). A
    /// concession ([`Self::conceded`]) denies the choice any hold over the
    /// clause's practice.
    pub(super) fn denied(&self, choice: &Hit) -> bool {
        let w = self.word_index(choice.start);
        let before: Vec<&str> = (w.saturating_sub(5)..w).map(|i| self.word(i)).collect();
        // "Do Not Track browser settings" name the browser's signal, which
        // the policy answers (mostly: does not honour); no choice it offers.
        let bare: Vec<&str> = before.iter().map(|x| x.trim_matches('\'')).collect();
        if bare.ends_with(&["do", "not", "track"]) {
            return true;
        }
        if self.conceded(choice) {
            return true;
        }
        // Done "without offering you the opportunity to opt out": the
        // choice is withheld.
        if let Some(without) = (w.saturating_sub(8)..w).rfind(|&i| self.word(i) == "without")
            && self.word(w - 1) == "to"
            && (without + 1..w).all(|i| {
                matches!(
                    self.word(i),
                    "offering"
                        | "giving"
                        | "providing"
                        | "granting"
                        | "you"
                        | "users"
                        | "the"
                        | "an"
                        | "any"
                        | "opportunity"
                        | "option"
                        | "ability"
                        | "choice"
                        | "chance"
                        | "right"
                        | "to"
                )
            })
            && !self.norm[self.words[without]..choice.start].contains([',', ';', ':'])
        {
            return true;
        }
        // An inability whose means is the choice: "You cannot remove Flash
        // cookies simply by changing your browser settings".
        let lo = w.saturating_sub(10);
        if let Some(by) = (lo..w).rev().find(|&i| self.word(i) == "by")
            && (lo..by).any(|i| self.word(i) == "unable" || self.can_not_at(i))
            && !self.norm[self.words[lo]..choice.start].contains([',', ';', ':'])
        {
            return true;
        }
        // A restriction whose subject is "nothing" restricts nothing:
        // "Nothing in this policy is intended to restrict our use of
        // aggregated information". (A choice it leaves whole is offered:
        // "nothing in this policy limits your right to opt out".)
        let cue = &self.norm[choice.start..choice.end];
        if (cue.starts_with("limit") || cue.starts_with("restrict"))
            && let Some(k) = (0..w).find(|&i| self.word(i) == "nothing")
            && (k == 0 || self.norm[..self.words[k]].trim_end().ends_with([';', ':']))
            && !self.norm[self.words[k]..choice.start].contains([',', ';', ':'])
            && !(k..w).any(|i| matches!(self.word(i), "unless" | "if" | "until" | "except"))
        {
            return true;
        }
        // A control of the page the company denies providing: "we are not
        // required to provide a “Limit the Use and Disclosure of My
        // Sensitive Personal Information” link", "we do not offer a “Do Not
        // Sell” link" — the choice its name describes is not offered.
        if self.norm.contains('"')
            && let Some(open) = self.quoted_control_opening(choice)
        {
            let q = self.word_index(open);
            if (q.saturating_sub(6)..q).any(|i| {
                matches!(self.word(i), "not" | "no" | "never" | "cannot")
                    && !self.norm[self.words[i]..open].contains([',', ';', ':'])
            }) {
                return true;
            }
        }
        let Some(neg) = before
            .iter()
            .rposition(|x| matches!(*x, "not" | "cannot" | "no" | "never" | "unable"))
        else {
            return false;
        };
        // Only "able to" / "be able to" / "the option to" between the
        // denial and the choice. (A choice taken away is denied as well:
        // "you can no longer turn off storage of voice recordings".)
        let gap = &before[neg + 1..];
        let gap = match gap {
            ["longer", rest @ ..] if before[neg] == "no" => rest,
            _ => gap,
        };
        let direct = matches!(
            gap,
            [] | ["able", "to"]
                | ["be", "able", "to"]
                | ["to"]
                | ["the", "option", "to"]
                | ["option", "to"]
                | ["way", "to"]
        );
        // (Or a choice not offered: "we do not offer an opt-out", "we
        // do not provide you any way to …".)
        let offered = match gap {
            [verb, rest @ ..] if OFFERING.contains(verb) => {
                let rest = rest.strip_prefix(&["you"]).unwrap_or(rest);
                // (The article makes it a thing offered: "if you do not
                // give your permission" withholds the reader's consent.)
                matches!(rest, ["a" | "an" | "any" | "the"])
            }
            _ => false,
        };
        let conditional = before[..neg]
            .iter()
            .any(|x| matches!(*x, "if" | "unless" | "should"));
        (direct || offered) && !conditional
    }

    /// Whether a choice term names data instead: one item of a list of
    /// data ("browser version, device settings, and mobile network
    /// information", "your IP address or device settings", "your email
    /// address; and payment settings"), or where data
    /// comes from ("information from device settings"). Device settings
    /// named so are data collected, not a choice offered. (Other choices
    /// join data only with a comma: "update your information or opt out",
    /// "your information or your preferences" offer choices.)
    pub(super) fn choice_names_data(&self, h: &Hit, kind: &str) -> bool {
        let data = |x: &Hit| self.entry(x, Kind::Data).is_some();
        let settings = kind == "browser-controls";
        let joins = |a: usize, b: usize| match self.norm[a..b].trim() {
            "," | ", and" | ", or" | ";" | "; and" | "; or" => true,
            "and" | "or" => settings,
            _ => false,
        };
        let w = self.word_index(h.start);
        // (A choice a preposition opens is no item of a list of data: "we
        // use your precise location, with your permission, to …".)
        if matches!(self.word(w), "with" | "without" | "upon" | "by" | "at") {
            return false;
        }
        let prev = self.hits.iter().rev().find(|p| p.end <= h.start);
        let next = self.hits.iter().find(|n| n.start >= h.end);
        (settings && w > 0 && self.word(w - 1) == "from")
            || prev.is_some_and(|p| data(p) && joins(p.end, h.start))
            || next.is_some_and(|n| data(n) && joins(h.end, n.start))
    }

    /// Whether a setting is what a verb of keeping keeps ("save and
    /// communicate users' privacy choices", "your preferences are stored"):
    /// the choice was made, the sentence offers none.
    fn setting_kept(&self, h: &Hit) -> bool {
        let retains = |u: &Hit| self.verb_of(u, "retain");
        let near = |a: usize, b: usize, words: usize| {
            !self.norm[a..b].contains([',', ';', ':', '.', '('])
                && self.norm[a..b].split_whitespace().count() <= words
        };
        // (Only a setting named as a thing: "you have the option not to
        // save it" offers a choice.)
        let named = ["choices", "preferences", "settings", "controls"]
            .iter()
            .any(|n| self.norm[h.start..h.end].ends_with(n));
        named
            && self.hits.iter().any(|u| {
                retains(u)
                    && ((u.end <= h.start && near(u.end, h.start, 3))
                        || (u.start >= h.end && near(h.end, u.start, 2)))
            })
    }

    /// Whether an action is the object of an opt-out: "opt out of our
    /// sharing of your information", "opt-out of having your data shared
    /// with partners", "object to the processing of" — a few words after
    /// the choice and its "of" / "from", with no comma or new subject
    /// between ("opt out of emails, and we will share …" states a practice).
    pub(super) fn opted_out_of(&self, verb: &Hit) -> bool {
        self.governing_opt_out(verb).is_some()
    }

    /// The opt-out whose object the action is (see [`Self::opted_out_of`]).
    pub(super) fn governing_opt_out(&self, verb: &Hit) -> Option<&Hit> {
        let c = self.hits.iter().rev().find(|c| {
            c.end <= verb.start
                && self
                    .entry(c, Kind::Choice)
                    .is_some_and(|i| self.ex.taxonomy.choices[i].id == "opt-out")
        })?;
        self.governs(c, verb).then_some(c)
    }

    fn governs(&self, c: &Hit, verb: &Hit) -> bool {
        let between = &self.norm[c.end..verb.start];
        let cue = &self.norm[c.start..c.end];
        // A cue that names the practice it limits governs the practices
        // listed with it: "limit the collection, use and sharing of".
        if cue.starts_with("limit ") || cue.starts_with("restrict ") {
            let (from, to) = (self.word_index(c.end - 1) + 1, self.word_index(verb.start));
            if (from..to).all(|j| {
                matches!(self.word(j), "and" | "or" | "the")
                    || self.covering(self.words[j]).any(|u| self.names_action(u))
            }) {
                return true;
            }
        }
        // A cue that ends in its subject's refusal governs the verb right
        // after it: "request that we not share", "ask us to stop selling".
        if between.trim().is_empty() {
            return true;
        }
        // (A wish governs its object directly: "if you do not want your
        // information shared in this way".)
        // ("An opt-out to the sale of …": a noun's object after "to the".)
        let rest = match ["of ", "from ", "to the "]
            .iter()
            .find_map(|p| between.trim_start().strip_prefix(p))
        {
            Some(rest) => rest,
            None if cue.ends_with(" to") || cue.starts_with("if you ") => between.trim_start(),
            None => return false,
        };
        rest.split_whitespace().count() <= 7
            && !rest.contains([',', ';', ':', '(', ')'])
            && !self
                .hits
                .iter()
                .any(|h| h.start >= c.end && h.end <= verb.start && self.names_subject(h))
    }

    /// Whether a "not required to provide" frees someone other than the
    /// user: "Starbucks is not required to provide this link", "we are
    /// not obligated to provide" (its subject, before "is", "are" …).
    pub(super) fn binds_another(&self, choice: &Hit) -> bool {
        let text = &self.norm[choice.start..choice.end];
        if !(text.starts_with("not required") || text.starts_with("not obligated")) {
            return false;
        }
        let Some(k) = self.subject_word(self.word_index(choice.start), &["generally"]) else {
            return false;
        };
        !(USERS.contains(&self.word(k))
            || self
                .covering(self.words[k])
                .any(|u| self.is(u, Target::UserSubject)))
    }

    /// Whether "you may choose to" (or "elect to") takes up an activity
    /// that handles no data: "You may choose to utilize our financing
    /// calculators", "programs in which you may elect to participate" —
    /// taking part in a feature, not a choice over a practice (the data
    /// it would handle being named makes it one: "you may choose to use
    /// your location to …").
    fn chooses_an_activity(&self, choice: &Hit) -> bool {
        let cue = &self.norm[choice.start..choice.end];
        if !(cue.ends_with("choose to") || cue.ends_with("elect to")) {
            return false;
        }
        let w = self.word_index(choice.end - 1) + 1;
        w < self.words.len()
            && ACTIVITIES.contains(&self.word(w))
            && !(w + 1..self.words.len())
                .take_while(|&k| {
                    !self.norm[self.ends[k - 1]..self.words[k]].contains([',', ';', '.'])
                })
                .any(|k| self.data_word(k))
    }

    /// Whether the erasure a choice names is of trackers ("delete your
    /// cookies"): the browser's control, not a right over data held.
    /// (Nor the user's deleting as an occasion: "if you delete your
    /// account, we keep your messages for 30 days" states what follows,
    /// which retention compares.)
    fn erasure_not_offered(&self, choice: &Hit) -> bool {
        let w = self.word_index(choice.start);
        if (w.saturating_sub(3)..w).any(|i| {
            matches!(
                self.word(i),
                "if" | "when" | "after" | "once" | "before" | "until" | "whenever"
            )
        }) {
            return true;
        }
        self.hits
            .iter()
            .find(|d| d.start >= choice.end)
            .is_some_and(|d| {
                self.names_trackers(d)
                    && self.word_index(d.start) <= self.word_index(choice.end - 1) + 3
            })
    }

    /// Whether a bare "object" is the noun: "a Web bug is a file object",
    /// "shared objects". The verb follows its subject, a modal or "to"
    /// ("you may object", "the right to object", "if you object to").
    fn object_as_noun(&self, choice: &Hit) -> bool {
        let w = self.word_index(choice.start);
        self.norm[choice.start..choice.end] == *"object"
            && w > 0
            && !self.norm[self.ends[w - 1]..choice.start].contains([',', ';', ':', '.'])
            && !matches!(
                self.word(w - 1),
                "to" | "you"
                    | "may"
                    | "can"
                    | "could"
                    | "might"
                    | "also"
                    | "not"
                    | "and"
                    | "or"
                    | "please"
                    | "still"
                    | "further"
                    | "users"
                    | "individuals"
            )
    }

    /// Whether the reader can hide data from a party: "you can hide your
    /// distance from other users in Settings" sets what those users see
    /// (a disclosure to them, not a use).
    pub(super) fn hidden_from_party(&self) -> bool {
        let party_at = |k: usize| {
            k < self.words.len()
                && self
                    .covering(self.words[k])
                    .any(|h| self.entry(h, Kind::Recipient).is_some())
        };
        self.norm.contains("hid")
            && (0..self.words.len())
                .filter(|&i| matches!(self.word(i), "hide" | "hiding"))
                .any(|i| {
                    (i + 1..(i + 8).min(self.words.len()))
                        .take_while(|&k| {
                            !self.norm[self.words[i]..self.words[k]].contains([',', ';', '.'])
                        })
                        .any(|k| {
                            self.word(k) == "from"
                                && (party_at(k + 1)
                                    || (k + 1 < self.words.len()
                                        && determines_party(self.word(k + 1))
                                        && party_at(k + 2)))
                        })
                })
    }

    /// Whether a choice "whether" something is shown is over its display,
    /// a setting of who sees it, not over giving it: "you can choose
    /// whether you want that story to appear on your timeline", "… whether
    /// your photos are visible in search results" ("you can choose whether
    /// to provide your phone number" withholds it).
    pub(super) fn display_chosen(&self, choice: &Hit) -> bool {
        let Some(w) = self.after_whether(choice) else {
            return false;
        };
        (w..(w + DISPLAY_WINDOW).min(self.words.len()))
            .take_while(|&i| !self.norm[choice.end..self.words[i]].contains([',', ';', ':', '.']))
            .any(|i| DISPLAYED.contains(&self.word(i)))
    }

    /// Whether a choice "whether" is over receiving something, an opt-in
    /// to being sent it, not data withheld: "you may choose whether you
    /// would like to receive additional information on our products",
    /// "… whether or not to receive newsletters".
    pub(super) fn receipt_chosen(&self, choice: &Hit) -> bool {
        let Some(w) = self.after_whether(choice) else {
            return false;
        };
        (w + 1..(w + 6).min(self.words.len()))
            .take_while(|&i| !self.norm[choice.end..self.words[i]].contains([',', ';', ':', '.']))
            .any(|i| self.word(i - 1) == "to" && matches!(self.word(i), "receive" | "get"))
    }

    /// Whether a choice "whether" the reader wants another to act is a
    /// setting over that act, not data withheld: "you can choose whether
    /// you want Google to save an audio recording to your account" (but
    /// "… whether you want to provide your phone number" withholds it).
    pub(super) fn others_act_chosen(&self, choice: &Hit) -> bool {
        let Some(w) = self.after_whether(choice) else {
            return false;
        };
        let Some(want) = (w..(w + 4).min(self.words.len()))
            .find(|&i| matches!(self.word(i), "want" | "wish" | "like" | "prefer"))
        else {
            return false;
        };
        self.word(w) == "you"
            && want + 1 < self.words.len()
            && self.word(want + 1) != "to"
            && (want + 2..(want + 5).min(self.words.len())).any(|i| {
                self.word(i) == "to"
                    && !self.norm[self.words[want + 1]..self.words[i]]
                        .contains([',', ';', ':', '.'])
            })
    }

    /// The word after a choice cue ending in "whether" ("you can choose
    /// whether"): what is chosen.
    fn after_whether(&self, choice: &Hit) -> Option<usize> {
        self.norm[choice.start..choice.end]
            .ends_with("whether")
            .then(|| self.word_index(choice.end - 1) + 1)
    }

    /// Whether a bare "decline" or "refuse" answers a request to provide
    /// named before it: "When we ask you to provide personal data, you can
    /// decline" lets the user withhold the data, not stop a use of it.
    fn declines_what_is_asked(&self, choice: &Hit) -> bool {
        let cue = &self.norm[choice.start..choice.end];
        let w = self.word_index(choice.start);
        matches!(cue, "decline" | "refuse")
            && self.norm[choice.end..]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | ',' | ';' | ')'))
            && (0..w).any(|i| {
                matches!(
                    self.word(i),
                    "provide" | "give" | "submit" | "supply" | "share" | "disclose"
                )
            })
    }

    /// Whether a choice's verb is done by the company or another party,
    /// not offered to the user: "we may decline requests that are
    /// unreasonably repetitive", "we limit the use of information by
    /// companies that serve our ads", "we may disclose your information
    /// without providing notice or choice".
    pub(super) fn party_acts(&self, choice: &Hit) -> bool {
        let text = &self.norm[choice.start..choice.end];
        if !PARTY_CAN_DO.iter().any(|p| text.starts_with(p)) {
            return false;
        }
        // (A gerund after "without" is done by the clause's subject,
        // however far back, whoever is named on the way: "you can visit
        // our site without providing personal information".)
        if text.starts_with("without ") {
            // (What only the company gives: "we may disclose it without
            // providing notice or choice".)
            let next = self.word_index(choice.end - 1) + 1;
            let gives = (next..self.words.len().min(next + 4))
                .take_while(|&i| {
                    matches!(
                        self.word(i),
                        "you" | "with" | "any" | "prior" | "advance" | "further"
                    ) || COMPANY_GIVES.contains(&self.word(i))
                })
                .any(|i| COMPANY_GIVES.contains(&self.word(i)));
            if gives {
                return true;
            }
            // (Else by whoever acts before it, however far back: "there may
            // be instances when we may disclose your information without
            // providing …".)
            return match self.sentence_subject() {
                Some(subject) => subject.is_some(),
                None => self.acting_before(choice) == Some(true),
            };
        }
        // (What the reader asks the company to do is the reader's choice:
        // "you can ask us to restrict our use of your data", "request that
        // we limit the use".)
        self.subject_named(choice) == Some(true)
            && self
                .asked_of_company(self.word_index(choice.start))
                .is_none()
    }

    /// Whether the last party before `choice` that a modal follows ("we
    /// may", "you can") is a party (`Some(true)`) or the user.
    fn acting_before(&self, choice: &Hit) -> Option<bool> {
        self.hits
            .iter()
            .rev()
            .filter(|h| h.end <= choice.start)
            .filter(|h| self.names_party(h) || self.is(h, Target::UserSubject))
            .find(|h| {
                let next = self.word_index(h.end - 1) + 1;
                next < self.words.len()
                    && self
                        .ex
                        .taxonomy
                        .grammar
                        .may
                        .iter()
                        .chain(&self.ex.taxonomy.grammar.will)
                        .any(|m| m == self.word(next))
            })
            .map(|h| !self.is(h, Target::UserSubject))
    }

    /// Whether "your choices" or "your preferences" is a topic or data,
    /// not a choice offered here: "to know your choices about not having
    /// this information used, visit …", "learn about your choices".
    pub(super) fn choice_named_not_offered(&self, h: &Hit) -> bool {
        let text = &self.norm[h.start..h.end];
        let w = self.word_index(h.start);
        // (Any choice in the contents a document lists: "This Privacy
        // Policy will explain: … The consequences, if any, resulting from
        // your refusal to provide personal information …".)
        if self.listed_contents(w) {
            return true;
        }
        match text {
            // (So are those a document describes: "this policy explains
            // our practices and your choices on how we …".)
            // However long the list before them: "this Privacy Policy
            // explains the information we collect, how it is used and
            // shared, and your choices".
            "your choices" | "your options" => {
                (w.saturating_sub(4)..w).any(|j| {
                    matches!(self.word(j), "know" | "learn" | "about")
                        || self
                            .covering(self.words[j])
                            .any(|u| self.is(u, Target::Topic) && self.word(j) != "how")
                }) || self.listed_by_document(w)
            }
            // Preferences a site records or serves are data: "cookies
            // record your preferences", "customize the site to your
            // preferences", "re-enter your preferences".
            "your preferences" => {
                w > 0
                    && (matches!(
                        self.word(w - 1),
                        "to" | "enter"
                            | "remember"
                            | "record"
                            | "records"
                            | "track"
                            | "store"
                            | "save"
                    ) || self
                        .covering(self.words[w - 1])
                        .any(|u| self.names_action(u)))
            }
            _ => false,
        }
    }

    /// Whether a consent is presumed rather than asked: "your consent to
    /// receive these messages is implied when …", "you are deemed to have
    /// given your consent", "we rely on your implied consent". Nothing is
    /// offered: the user gave no answer.
    fn consent_presumed(&self, h: &Hit) -> bool {
        if !self.norm[h.start..h.end].contains("consent") {
            return false;
        }
        let w = self.word_index(h.start);
        let presumed = |x: &str| matches!(x, "implied" | "deemed" | "presumed" | "assumed");
        if (w.saturating_sub(5)..w).any(|j| presumed(self.word(j))) {
            return true;
        }
        let rest = &self.norm[h.end..];
        let clause = &rest[..rest.find(['.', ';', ':']).unwrap_or(rest.len())];
        clause
            .split_whitespace()
            .take(12)
            .collect::<Vec<_>>()
            .windows(2)
            .any(|p| matches!(p[0], "is" | "be" | "was" | "been") && presumed(p[1]))
    }

    /// Whether the words ending at `w` close a list a document says it
    /// describes ("This policy explains …, …, and your choices"): a
    /// describing verb after a document noun opens the sentence, and no
    /// clause of the company's own or semicolon comes between.
    fn listed_by_document(&self, w: usize) -> bool {
        w > 0
            && matches!(self.word(w - 1), "and" | "or")
            && self.describing_verb(w).is_some_and(|d| {
                let between = &self.norm[self.words[d]..self.words[w]];
                !between.contains([';', ':']) && !between.contains(". ")
            })
    }

    /// Whether the act goes on whatever the user chooses: "we may continue
    /// to share your data with affiliates even after you opt out",
    /// "… regardless of whether you opt out", "opting out … does not apply
    /// to …" — no choice over it.
    fn choice_overridden(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        // (Or a choice said not to reach it: "Opting out of sales does not
        // apply to data we share with service providers".)
        let (n, last) = (self.words.len(), self.word_index(h.end - 1));
        // (Or not to stop it: "opting out does not stop us sharing your
        // data with advertising partners", "… will not prevent …".)
        // (Not what was done before the choice: "opting out does not
        // affect training that has already taken place" undoes nothing,
        // and goes on with nothing.)
        if (last + 1..n.min(last + 7)).any(|i| {
            matches!(self.word(i), "apply" | "stop" | "prevent" | "affect")
                && matches!(self.word(i - 1), "not" | "never")
                && !self.norm[h.end..self.words[i]].contains([',', ';', ':', '.'])
                && !self.done_before(i)
        }) {
            return true;
        }
        // (Or a bare fronted choice the act goes on past: "If you opt
        // out, we will still collect your usage data", "… we may continue
        // to use it". One naming its object is offered over that object:
        // "Even if you opt out of targeted ads, you will still see ads".)
        if self.norm[h.end..].trim_start().starts_with(',')
            && (last + 1..n.min(last + 7)).any(|i| {
                matches!(self.word(i), "still" | "continue" | "continues")
                    && !self.norm[self.ends[last]..self.words[i]]
                        .trim_start_matches([' ', ','])
                        .contains([',', ';', ':', '.'])
            })
        {
            return true;
        }
        (w.saturating_sub(5)..w).any(|i| {
            let overriding = match self.word(i) {
                "even" => matches!(
                    self.word(i + 1),
                    "after" | "if" | "when" | "though" | "once" | "where"
                ),
                "regardless" | "despite" | "notwithstanding" => true,
                _ => false,
            };
            // (After the act it leaves alone: a fronted "Even if you opt
            // out of targeted ads, you will still see ads" offers the
            // opt-out.)
            overriding
                && !self.norm[self.words[i]..h.start].contains([',', ';', ':', '.'])
                && self
                    .hits
                    .iter()
                    .any(|v| v.end <= self.words[i] && self.names_action(v))
        })
    }

    /// Whether what the words after word `i` name, to the clause's end,
    /// was done before the choice: "… that has already taken place", "data
    /// previously shared", "processing carried out before you withdrew".
    fn done_before(&self, i: usize) -> bool {
        (i + 1..self.words.len())
            .take_while(|&j| {
                !self.norm[self.ends[j - 1]..self.words[j]].contains([',', ';', ':', '.'])
            })
            .any(|j| {
                matches!(self.word(j), "already" | "previously" | "earlier")
                    || (matches!(self.word(j), "before" | "prior")
                        && matches!(
                            self.word_get(j + 1),
                            Some("you" | "your" | "to" | "the" | "opting" | "withdrawing")
                        ))
            })
    }

    /// Where the clause says its act goes on past a choice it names, and
    /// which part states that act: "If you opt out of interest-based
    /// advertising, some information will still be collected for
    /// research" (after the comma), "we may still collect usage data after
    /// you turn off personalization" and "some data is still collected
    /// when telemetry is off" (before the opener), "You can opt out of
    /// marketing emails, but we will still send you transactional emails"
    /// (after the "but"). The act there is done whatever the user chose,
    /// and the choice governs only what the rest of the clause names: a
    /// reading of the whole clause as one practice offered the opt-out
    /// over the very act that survives it.
    pub(super) fn concession(&self) -> Option<Concession> {
        if !(self.norm.contains("still") || self.norm.contains("continue")) {
            return None;
        }
        let n = self.words.len();
        let going_on = |i: usize| matches!(self.word(i), "still" | "continue" | "continues");
        let broken = |a: usize, b: usize| self.norm[a..b].contains([';', ':', '.']);
        let clause_end = |from: usize| {
            self.norm[from..]
                .find(';')
                .map_or(self.norm.len(), |p| from + p)
        };
        let kind_of = |h: &Hit| {
            self.entry(h, Kind::Choice)
                .map(|i| self.ex.taxonomy.choices[i].id.clone())
        };
        for h in &self.hits {
            let Some(kind) = kind_of(h) else { continue };
            let c = self.word_index(h.start);
            // Fronted: "if you opt out of …, we will still …".
            let opened = (c.saturating_sub(CONCESSION_REACH)..c).rev().find(|&i| {
                CONCESSION_OPENERS.contains(&self.word(i))
                    && !self.norm[self.words[i]..h.start].contains([',', ';', ':'])
            });
            if opened.is_some()
                && let Some(comma) = self.norm[h.end..].find(',').map(|p| h.end + p)
                && !broken(h.end, comma)
            {
                let k = self.word_index(comma) + 1;
                if (k..n.min(k + 8)).any(|i| {
                    going_on(i) && !self.norm[comma + 1..self.words[i]].contains([',', ';', ':'])
                }) {
                    return Some(Concession {
                        kind,
                        main: (comma, clause_end(comma)),
                    });
                }
            }
            // After a turn: "you can opt out of …, but we will still …",
            // "…; we still …".
            let rest = &self.norm[h.end..];
            if let Some(turn) = [", but ", "; "].iter().filter_map(|t| rest.find(t)).min() {
                let turn = h.end + turn;
                let k = self.word_index(turn) + 1;
                let end = clause_end(turn + 1);
                // (As far as a second verb joined to the first: "…, but we
                // may keep your information in our database and continue to
                // license it".)
                if (k..n.min(k + 12)).any(|i| going_on(i) && self.words[i] < end) {
                    return Some(Concession {
                        kind,
                        main: (turn, end),
                    });
                }
            }
        }
        // Trailing: "… still collected after you turn off …", "… when
        // telemetry is off".
        let s = (0..n).find(|&i| going_on(i))?;
        let o = (s + 1..n.min(s + 16))
            .take_while(|&i| !broken(self.ends[s], self.words[i]))
            .find(|&i| {
                CONCESSION_OPENERS.contains(&self.word(i))
                    || (self.word(i) == "with" && i > 0 && self.word(i - 1) == "even")
            })?;
        let chosen = self.hits.iter().find(|h| {
            let c = self.word_index(h.start);
            c > o && c <= o + 4 && kind_of(h).is_some()
        });
        let kind = match chosen.and_then(kind_of) {
            Some(kind) => kind,
            // (A setting's state: "when telemetry is off", "with these
            // settings turned off", "while it is paused".)
            None if (o + 1..n.min(o + 8))
                .take_while(|&i| !broken(self.words[o], self.words[i]))
                .any(|i| SWITCHED_OFF.contains(&self.word(i))) =>
            {
                "settings".to_string()
            }
            None => return None,
        };
        let from = self.norm[..self.words[s]].rfind(';').map_or(0, |p| p + 1);
        Some(Concession {
            kind,
            main: (from, self.words[o]),
        })
    }

    /// The kind of choice the clause says its acts go on past
    /// ([`Self::choice_overridden`]): "even if you opt out, we may still use
    /// your activity to show you ads".
    pub(super) fn choice_gone_past(&self) -> Option<String> {
        self.hits.iter().find_map(|h| {
            let i = self.entry(h, Kind::Choice)?;
            let id = &self.ex.taxonomy.choices[i].id;
            (self.conceded(h)
                || self.choice_overridden(h)
                || (id == "deletion" && self.kept_past_deletion(h)))
            .then(|| id.clone())
        })
    }

    /// Whether a consent is to a clause of its own that names no data,
    /// before the company's main clause that does: in "Teens may use our
    /// services with a parent's permission, and we use their activity to
    /// recommend content" the permission is to use the services; the
    /// recommending asks none.
    fn consent_to_a_clause_before(&self, h: &Hit) -> bool {
        let c = self.company_clause_after(h.end);
        // (Not "…, or our Customers have obtained it": an alternative of the
        // consent's own clause.)
        self.norm[c..].starts_with(", and we ")
            && !self.hits.iter().any(|d| {
                d.start < c && self.entry(d, Kind::Data).is_some() && !self.in_exception(d)
            })
            && self
                .hits
                .iter()
                .any(|a| a.start > c && self.names_action(a))
    }

    /// Whether a choice is named as what the act goes without: "in
    /// emergencies without a warrant or your consent" — a condition (as
    /// "without your consent" is, one term), no consent asked.
    fn done_without(&self, h: &Hit) -> bool {
        self.without_before(h).is_some()
    }

    /// The "without" that a choice is named after (see
    /// [`Self::done_without`]): the nearest within five words before it,
    /// with no punctuation between. Its word index.
    fn without_before(&self, h: &Hit) -> Option<usize> {
        let w = self.word_index(h.start);
        (w.saturating_sub(5)..w).rev().find(|&i| {
            self.word(i) == "without"
                && !self.norm[self.words[i]..h.start].contains([',', ';', ':', '.', '('])
        })
    }

    /// Where a consent the act goes without opens its phrase: "without
    /// your explicit consent", "without the user's written authorization"
    /// (the opt-in choice terms, past any adjective of theirs, so that a
    /// condition need not be spelled out for each). The "without" word's
    /// offset.
    fn without_consent(&self) -> Option<usize> {
        self.hits.iter().find_map(|h| {
            let i = self.entry(h, Kind::Choice)?;
            if self.ex.taxonomy.choices[i].id != "opt-in" {
                return None;
            }
            Some(self.words[self.without_before(h)?])
        })
    }

    /// Whether the clause after a deletion keeps data all the same: "You
    /// can delete your account at any time, but we may retain certain
    /// information", "…; however, we may keep some of it", "If you delete
    /// your account, we may still keep copies of your messages", "…, but
    /// copies may remain in backups". The deletion is offered; what is
    /// kept is kept past it. (A keeping in the same breath with no
    /// concession, "…, and we will keep nothing", is none.)
    fn kept_past_deletion(&self, h: &Hit) -> bool {
        let n = self.words.len();
        let last = self.word_index(h.end - 1);
        let Some(b) = (last + 1..n.min(last + 9))
            .find(|&i| self.norm[self.ends[i - 1]..self.words[i]].contains([',', ';']))
        else {
            return false;
        };
        if self.norm[self.ends[last]..self.ends[b - 1]].contains(['.', ':', ';', ',']) {
            return false;
        }
        let mut conceding = false;
        for i in b..n.min(b + 7) {
            if i > b && self.norm[self.ends[i - 1]..self.words[i]].contains(['.', ';', ':']) {
                return false;
            }
            match self.word(i) {
                "but" | "however" | "still" | "continue" | "nevertheless" => conceding = true,
                _ if conceding
                    && self
                        .covering(self.words[i])
                        .any(|v| self.verb_of(v, "retain")) =>
                {
                    return true;
                }
                _ => {}
            }
        }
        false
    }

    pub(super) fn choice(&self) -> Option<Choice> {
        let mut kinds: Vec<(usize, &str)> = Vec::new();
        for h in &self.hits {
            if let Some(i) = self.entry(h, Kind::Choice) {
                let e = &self.ex.taxonomy.choices[i];
                if self.denied(h)
                    || self.chooses_an_activity(h)
                    || self.choice_named_not_offered(h)
                    || self.consent_presumed(h)
                    || self.choice_names_data(h, &e.id)
                    || (e.id == "settings" && self.setting_kept(h))
                    || self.binds_another(h)
                    || self.party_acts(h)
                    || self.choice_overridden(h)
                    || self.object_as_noun(h)
                    || (e.id == "deletion" && self.erasure_not_offered(h))
                    || self.done_without(h)
                    || (e.id == "opt-in" && self.consent_to_a_clause_before(h))
                {
                    continue;
                }
                if e.context.is_empty() || e.context.iter().any(|c| self.has_phrase(c)) {
                    // (Only with a taxonomy that has the kind; looked up
                    // only when the reading calls for it.)
                    let kind = |id: &str| {
                        self.ex
                            .taxonomy
                            .entry(Kind::Choice, id)
                            .map(|c| c.id.as_str())
                    };
                    // (A choice to refrain is one to stay out: "you can
                    // choose to not accept cookies".)
                    let refrain = || {
                        self.norm[h.end..]
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| matches!(w, "not" | "never"))
                    };
                    let id = if e.id == "opt-in"
                        && refrain()
                        && let Some(o) = kind("opt-out")
                    {
                        o
                    } else if e.id == "opt-out"
                        && self.declines_what_is_asked(h)
                        && let Some(o) = kind("optional")
                    {
                        o
                    } else if e.id == "optional"
                        && (self.display_chosen(h) || self.others_act_chosen(h))
                        && let Some(s) = kind("settings")
                    {
                        s
                    } else if e.id == "optional"
                        && self.receipt_chosen(h)
                        && let Some(o) = kind("opt-in")
                    {
                        o
                    } else {
                        e.id.as_str()
                    };
                    kinds.push((h.start, id));
                }
            }
        }
        // (Settings named beside a specific choice are where it is made:
        // "change your browser settings to block cookies" offers the
        // browser's control.)
        let rank = |k: &str| match k {
            "opt-out" => 0,
            "opt-in" => 1,
            "settings" => 3,
            _ => 2,
        };
        // (A refusal made through the browser is the browser's control:
        // "you can choose not to accept cookies by changing your browser
        // settings" — but an opt-out named so stays one.)
        let browser = kinds.iter().any(|(_, k)| *k == "browser-controls");
        let refusal = |at: usize| {
            !self.norm[at..]
                .split_whitespace()
                .take(3)
                .any(|x| x.starts_with("opt") || x.starts_with("unsubscrib"))
        };
        let &(at, kind) = kinds.iter().min_by_key(|(at, k)| {
            if browser && *k == "opt-out" && refusal(*at) {
                3
            } else {
                rank(k)
            }
        })?;
        let cue_word = self.word_index(at);
        // (A deletion "within 30 days" is how soon the company answers, no
        // limit on when the right may be used.)
        let window_days = self
            .durations()
            .into_iter()
            .filter(|&(p, _)| self.word_index(p).abs_diff(cue_word) <= CHOICE_WINDOW)
            .filter(|&(p, _)| self.opens_window(p) && !self.response_time(p) && !self.kept_for(p))
            .map(|(_, d)| d)
            .min()
            .filter(|_| kind != "deletion");
        Some(Choice {
            kind: kind.to_string(),
            window_days,
            scope: self.terms(Kind::Purpose, false),
        })
    }

    /// Whether the period whose unit stands at byte `p` is how long data is
    /// kept: a keeping or deleting verb shortly before it, in the same
    /// clause ("if you allow us to use your chats to improve our models, we
    /// retain them for up to 5 years" keeps no choice open 5 years).
    fn kept_for(&self, p: usize) -> bool {
        let d = self.word_index(p);
        (d.saturating_sub(8)..d).any(|k| {
            let at = self.words[k];
            (DELETING.contains(&self.word(k))
                || self.covering(at).any(|h| {
                    self.entry(h, Kind::Action)
                        .is_some_and(|i| self.ex.taxonomy.actions[i].id == "retain")
                }))
                && !self.norm[at..p].contains([',', ';', ':', '.'])
        })
    }

    /// Whether the period whose unit stands at byte `p` is said as a time to
    /// act in: "within 30 days", "during the first 14 days", "in the next
    /// 30 days", "you have 30 days to object". Other periods near a choice
    /// are something else's: how far back a report reaches ("in the
    /// preceding 12 months"), how long a cookie lasts ("an expiration date
    /// of five years"), how long data is kept or mail goes on ("inactive
    /// for five years", "for up to two years after you opt out").
    fn opens_window(&self, p: usize) -> bool {
        let d = self.word_index(p);
        if d == 0 {
            return false;
        }
        let before = |k: usize| d.checked_sub(k).map(|i| self.word(i));
        matches!(before(2), Some("within" | "during" | "first" | "next"))
            || (matches!(before(3), Some("within" | "during"))
                && matches!(before(2), Some("the" | "those" | "these")))
            || (d + 1 < self.words.len()
                && self.word(d + 1) == "to"
                && matches!(before(2), Some("have" | "has")))
    }

    /// Whether the period whose unit stands at byte `p` is how soon the
    /// company acts on a choice made, not how long the choice is open: "we
    /// will honor your opt-out within 45 days", "your request will be
    /// processed within 10 days", "it may take up to 10 days for your
    /// opt-out to take effect". (Not "we will process your data unless you
    /// opt out within 30 days", where the user's act is what is timed.)
    fn response_time(&self, p: usize) -> bool {
        let d = self.word_index(p);
        let open = |a: usize, b: usize| {
            !self.norm[self.words[a]..self.words[b]].contains([',', ';', ':', '.'])
        };
        let acting = |w: &str| {
            matches!(
                w,
                "honor"
                    | "honour"
                    | "honored"
                    | "honoured"
                    | "process"
                    | "processed"
                    | "respond"
                    | "comply"
                    | "complete"
                    | "completed"
                    | "implement"
                    | "implemented"
                    | "effect"
                    | "effective"
                    | "fulfil"
                    | "fulfill"
                    | "fulfilled"
            )
        };
        // The company's act before the period, on the choice as a noun
        // ("your opt-out", "the request"), or right before it ("processed
        // within").
        let before = (d.saturating_sub(9)..d).any(|k| {
            acting(self.word(k))
                && open(k, d)
                && ((k + 4 >= d)
                    || ((k + 1..d).any(|j| matches!(self.word(j), "your" | "the" | "such"))
                        && !(k + 1..d).any(|j| self.word(j) == "you")))
        });
        // Or after it: "… for your opt-out to take effect".
        let after = (d + 1..(d + 8).min(self.words.len()))
            .any(|k| matches!(self.word(k), "effect" | "effective" | "processed") && open(d, k));
        before || after
    }

    /// Where a "when" or "if" opens the occasion a restriction names, with
    /// "only" before the verb: "we only collect your location when you use
    /// the map" collects it then and no other time, as "only when" does;
    /// so with the demand it answers ("only … in response to a court
    /// order").
    fn restricted_when(&self) -> Option<usize> {
        let only = (0..self.words.len()).find(|&i| self.word(i) == "only")?;
        (only + 2..(only + RESTRICTED_WHEN_REACH).min(self.words.len()))
            .take_while(|&j| {
                !self.norm[self.ends[j - 1]..self.words[j]].contains([',', ';', ':', '.'])
            })
            // (Or what the act answers: "we will only disclose it to law
            // enforcement in response to a valid court order", "… pursuant
            // to a subpoena", "… upon receipt of a warrant".)
            .find(|&j| {
                matches!(self.word(j), "when" | "while" | "after")
                    || (j + 2 < self.words.len()
                        && matches!(
                            (self.word(j), self.word(j + 1), self.word(j + 2)),
                            ("in", "response", "to") | ("upon" | "on", "receipt", "of")
                        ))
                    || (j + 1 < self.words.len()
                        && (self.word(j), self.word(j + 1)) == ("pursuant", "to"))
            })
            .filter(|&j| {
                // (The verb the "only" restricts stands between.)
                self.hits.iter().any(|h| {
                    h.start > self.words[only] && h.end < self.words[j] && self.names_action(h)
                })
            })
            .map(|j| self.words[j])
    }

    /// Where a relative clause opens that holds the parties a disclosure
    /// reaches to a bar: "we only share it with third parties that have
    /// agreed to protect it", "… to service providers who are bound by
    /// confidentiality" — a condition the disclosure is held to, whether
    /// or not "only" says so (a version that drops the clause drops it).
    fn restricted_party(&self) -> Option<usize> {
        self.hits.iter().find_map(|party| {
            self.entry(party, Kind::Recipient)?;
            let w = self.word_index(party.end - 1) + 1;
            // (What the parties are bound to or have agreed to: not a
            // clause on a thing named before them, "aggregated reports to
            // advertisers that don't reveal …".)
            let bound = w + 1 < self.words.len()
                && matches!(self.word(w), "that" | "who" | "which")
                && matches!(
                    self.word(w + 1),
                    "have" | "has" | "agree" | "agreed" | "agrees" | "are" | "is" | "must"
                        | "comply" | "complies" | "adhere" | "adheres" | "abide" | "abides"
                        | "commit" | "commits" | "maintain" | "maintains" | "meet" | "meets"
                        | "we"
                )
                && self.norm[party.end..self.words[w]].trim().is_empty()
                // (Not what defines them: "companies that are related by
                // common ownership", "partners that are based in the EU".)
                && !(matches!(self.word(w + 1), "are" | "is")
                    && (w + 2..self.words.len())
                        .find(|&d| !self.word(d).ends_with("ly"))
                        .is_some_and(|d| matches!(
                        self.word(d),
                        "related" | "owned" | "controlled" | "affiliated" | "under" | "part"
                            | "located" | "based" | "in" | "not" | "members" | "listed"
                    )));
            // (The parties a disclosure before them reaches, in its clause.)
            let reached = || {
                self.hits.iter().any(|h| {
                    h.end <= party.start
                        && self.names_disclosure(h)
                        && !self.norm[h.end..party.start].contains([',', ';', ':', '.'])
                })
            };
            (bound && reached()).then(|| self.words[w])
        })
    }

    /// Where the people a statement is about are named by where they are,
    /// from the people to the last place: "we do not use data from members
    /// in the EU, EEA, or Switzerland to train these models" promises it
    /// for them only, as "if you live in the EU, …" does. (Not people a
    /// disclosure reaches: "share it with users in Canada".)
    fn regional_people(&self) -> Option<(usize, usize)> {
        (0..self.words.len()).find_map(|w| {
            if !people_or_adults(self.word(w))
                || (w > 0 && matches!(self.word(w - 1), "to" | "with"))
                // (Nor a title quoted: "see our “Privacy Supplement for
                // China Users”".)
                || self.norm[..self.words[w]].matches('"').count() % 2 == 1
            {
                return None;
            }
            // The place before them: "California residents", "EU users"
            // (a state of the US, or a jurisdiction the vocabulary knows).
            if w > 0 && !(w > 1 && matches!(self.word(w - 2), "to" | "with")) {
                let state = (1..=2).filter(|&n| n <= w).find(|&n| {
                    US_STATES.contains(&self.norm[self.words[w - n]..self.ends[w - 1]].as_ref())
                });
                let place = state.map(|n| self.words[w - n]).or_else(|| {
                    self.hits
                        .iter()
                        .find(|h| h.end == self.ends[w - 1] && self.jurisdiction(h).is_some())
                        .map(|h| h.start)
                });
                if let Some(at) = place {
                    return Some((at, self.ends[w]));
                }
            }
            let mut k = w + 1;
            while k < self.words.len() && k <= w + 4 && REGION_LINKS.contains(&self.word(k)) {
                k += 1;
            }
            if k == w + 1 || k >= self.words.len() {
                return None;
            }
            // (The place may take in its article: "the EU".)
            let mut place = self.hits.iter().find(|h| {
                h.start > self.words[w]
                    && h.start <= self.words[k]
                    && (w + 1..self.word_index(h.start))
                        .any(|i| matches!(self.word(i), "in" | "from"))
                    && self.jurisdiction(h).is_some()
            })?;
            // (A list of places: "the EU, EEA, or Switzerland".)
            while let Some(next) = self.hits.iter().find(|h| {
                h.start > place.end
                    && self.jurisdiction(h).is_some()
                    && self.norm[place.end..h.start]
                        .split([' ', ','])
                        .all(|x| matches!(x, "" | "or" | "and" | "the"))
            }) {
                place = next;
            }
            Some((self.words[w], place.end))
        })
    }

    /// Where a fronted "when" or "while" names a mode of the service the
    /// reader chooses, before a promise: "When you use Temporary Chat, your
    /// conversations are not used to train our models" promises it in that
    /// mode alone (a version that says it of every chat says more). Not the
    /// service itself ("when you use our services, we do not …"), which is
    /// every occasion.
    fn promised_in_mode(&self) -> Option<usize> {
        let n = self.words.len();
        if n < 6 || !matches!(self.word(0), "when" | "while") || self.word(1) != "you" {
            return None;
        }
        let mut k = 2;
        if matches!(self.word(k), "are" | "re") {
            k += 1;
        }
        if !matches!(
            self.word(k),
            "use"
                | "using"
                | "turn"
                | "turning"
                | "enable"
                | "enabling"
                | "switch"
                | "activate"
                | "start"
                | "in"
        ) {
            return None;
        }
        k += 1;
        if matches!(self.word(k), "on") {
            k += 1;
        }
        let comma = self.norm.find(',')?;
        if self.word_index(comma) > k + 5 {
            return None;
        }
        // (Past a determiner, the service or a place of it is no mode.)
        while k < n
            && matches!(
                self.word(k),
                "our" | "the" | "any" | "this" | "these" | "a" | "of"
            )
        {
            k += 1;
        }
        let generic = k >= n
            || PLACE_NOUNS.contains(&self.word(k))
            || matches!(
                self.word(k),
                "products" | "product" | "website" | "features"
            )
            || self
                .covering(self.words[k])
                .any(|h| self.is(h, Target::FirstParty));
        let denies = self
            .hits
            .iter()
            .any(|h| h.start > comma && self.is(h, Target::Negation));
        (!generic && denies).then_some(0)
    }

    /// Where a feature's being on conditions the act, as "if it is
    /// enabled" does: "with Smart Driving enabled, we also collect …",
    /// "when the advertising ID is enabled", "while location history is
    /// turned on". Who turns it on is not said, so it is no opt-in, and
    /// the state must close the phrase ("with partners enabled by our
    /// platform" names no state): "when" reaches a few words to an "is"
    /// or "are" before the state, "with" the state at its clause's end.
    fn feature_enabled(&self) -> Option<usize> {
        let n = self.words.len();
        // The word after the state, if the state ends at `k`.
        let state_end = |k: usize| -> Option<usize> {
            match self.word(k) {
                // (Not "active": "while your account is active" is how
                // long, no feature's state.)
                "enabled" | "activated" => Some(k + 1),
                "turned" | "switched" if k + 1 < n && self.word(k + 1) == "on" => Some(k + 2),
                _ => None,
            }
        };
        let open = |from: usize, to: usize| {
            !self.norm[self.words[from]..self.words[to]].contains([',', ';', ':', '.', '('])
        };
        (0..n.saturating_sub(3)).find_map(|w| {
            let reach = (w + 7).min(n);
            let found = match self.word(w) {
                "when" | "whenever" | "while" | "once" => (w + 2..reach).any(|k| {
                    matches!(self.word(k), "is" | "are")
                        && k + 1 < n
                        && state_end(k + 1).is_some()
                        && !matches!(self.word(w + 1), "you" | "we")
                        && open(w, k + 1)
                }),
                "with" => (w + 2..reach).any(|k| {
                    state_end(k).is_some_and(|e| {
                        open(w, k)
                            && (e >= n
                                || self.norm[self.ends[e - 1]..self.words[e]]
                                    .contains([',', ';', '.']))
                    })
                }),
                _ => false,
            };
            found.then(|| self.words[w])
        })
    }

    /// Where a "when" or "where" opens a condition rather than an
    /// occasion: the law compelling ("when required by law", "where we are
    /// legally required to") or the company judging ("when we believe it
    /// is appropriate", "where we determine in good faith"). Alone it is an
    /// occasion: "when you register".
    fn compelled_when(&self) -> Option<usize> {
        (0..self.words.len().saturating_sub(1)).find_map(|w| {
            if !matches!(self.word(w), "when" | "where" | "whenever") {
                return None;
            }
            let next: Vec<&str> = (w + 1..self.words.len().min(w + 5))
                .map(|i| self.word(i))
                .collect();
            let compelled = |x: &str| {
                matches!(
                    x,
                    "required" | "compelled" | "obligated" | "obliged" | "necessary"
                )
            };
            let judging = |x: &str| {
                matches!(
                    x,
                    "believe" | "determine" | "deem" | "consider" | "think" | "decide"
                )
            };
            let condition = match next.as_slice() {
                [first, ..] if compelled(first) => true,
                ["legally" | "lawfully", second, ..] => compelled(second),
                ["the", "law", "requires" | "compels" | "permits", ..] => true,
                ["we", "are" | "may" | "might", rest @ ..] => {
                    rest.iter().take(2).any(|x| compelled(x) || *x == "legally")
                }
                ["we", "reasonably" | "in", ..] => true,
                ["we", verb, ..] => judging(verb),
                _ => false,
            };
            condition.then(|| self.words[w])
        })
    }

    /// Whether the sentence's exception belongs to a main clause of the
    /// company's own after `verb`: "such retained data is not used for any
    /// other purpose, or we may opt you out of the processing … except for
    /// those allowed under State Privacy Laws" excepts nothing from the
    /// promise.
    pub(super) fn exception_in_later_clause(&self, verb: &Hit) -> bool {
        self.hits
            .iter()
            .find(|h| self.is(h, Target::Exception) && !self.gerund_after_preposition(h))
            .is_some_and(|h| h.start > verb.end && self.company_clause_after(verb.end) < h.start)
    }

    /// Whether a condition's cue describes the noun before it rather than
    /// conditioning an act: "data that is subject to the GDPR",
    /// "information subject to special protections" (not "we may share
    /// it, subject to applicable law", "we share your data subject to your
    /// consent").
    fn describes_its_noun(&self, cue: &Hit) -> bool {
        let w = self.word_index(cue.start);
        let next = self.word_index(cue.end - 1) + 1;
        self.norm[cue.start..cue.end].starts_with("subject to")
            && w > 0
            && !self.norm[self.ends[w - 1]..cue.start].contains([',', ';', '('])
            && (matches!(
                self.word(w - 1),
                "is" | "are" | "be" | "been" | "remain" | "remains"
            ) || (self.data_word(w - 1)
                && next < self.words.len()
                && matches!(
                    self.word(next),
                    "special" | "additional" | "heightened" | "enhanced" | "stricter" | "greater"
                )))
    }

    /// Whether the "if" at word `w` opens what a verb before it finds out
    /// rather than a condition: "our pixel determines if a UUID is
    /// present", "we check if you are logged in", "we will ask you if you
    /// want …".
    pub(super) fn if_complements_verb(&self, w: usize) -> bool {
        #[rustfmt::skip]
        const ASKING: &[&str] = &[
            "determine", "determines", "determined", "determining", "check", "checks", "checked",
            "checking", "verify", "verifies", "verified", "see", "sees", "know", "knows", "decide",
            "decides", "confirm", "confirms", "detect", "detects", "assess", "assesses",
            "evaluate", "evaluates", "indicate", "indicates", "test", "tests", "ascertain",
            "establish", "ask", "asks", "asked", "wonder",
        ];
        self.word(w) == "if"
            && w > 0
            && (ASKING.contains(&self.word(w - 1))
                || (w > 1
                    && matches!(self.word(w - 1), "you" | "us" | "them")
                    && ASKING.contains(&self.word(w - 2))))
    }

    /// Whether an exception at `at` closes the last of a list of items
    /// set apart by semicolons and enumerators, an item naming no act of
    /// its own: "you may opt out of processing for purposes of (i) targeted
    /// advertising; (ii) the sale of personal information; or (iii)
    /// profiling …, unless you reside in Utah". Drafting binds it to that
    /// item (profiling), not to the act before the list: read as the
    /// clause's, it would carve Utah out of the opt-out of sales. (With no
    /// practice of that item's own to carry it, the exception is left
    /// unread rather than misplaced.)
    fn excepts_last_item(&self, at: usize) -> bool {
        let before = &self.norm[..at];
        let Some(semi) = before.rfind(';') else {
            return false;
        };
        let item = before[semi + 1..].trim_start();
        let item = ["or ", "and "]
            .iter()
            .find_map(|c| item.strip_prefix(c))
            .unwrap_or(item);
        let enumerated = |t: &str| {
            t.split(' ')
                .next()
                .is_some_and(crate::segment::is_enumerator)
        };
        enumerated(item)
            && before[..semi].split(' ').any(crate::segment::is_enumerator)
            && !self
                .hits
                .iter()
                .any(|h| h.start > semi && h.start < at && self.names_action(h))
    }

    pub(super) fn condition(&self) -> Option<Condition> {
        self.condition_read(true)
    }

    /// The clause's condition other than an exception: where the
    /// exception belongs to a later clause ("we will never hand it to law
    /// enforcement without a court order, and we will tell you about any
    /// request, unless a court forbids it"), the condition on the act
    /// before it.
    pub(super) fn condition_apart_from_exception(&self) -> Option<Condition> {
        self.condition_read(false)
    }

    fn condition_read(&self, exceptions: bool) -> Option<Condition> {
        // How far a condition's phrase runs: up to so many words (to its
        // clause's end), or to where its reading found it ends.
        enum Extent {
            Words(usize),
            Until(usize),
        }
        let h = self
            .hits
            .iter()
            .filter(|_| exceptions)
            .find(|h| self.is(h, Target::Exception) && !self.gerund_after_preposition(h))
            .map(|h| (h.start, "exception", Extent::Words(usize::MAX)))
            .or_else(|| {
                self.hits
                    .iter()
                    .find(|h| {
                        self.is(h, Target::Condition)
                            && !self.describes_its_noun(h)
                            && !self.if_complements_verb(self.word_index(h.start))
                            // ("Even if": a concession, under which the
                            // statement holds all the same.)
                            && !self.norm[..h.start].ends_with("even ")
                    })
                    .map(|h| (h.start, "condition", Extent::Words(25)))
            })
            .or_else(|| {
                self.without_consent()
                    .map(|at| (at, "condition", Extent::Words(25)))
            })
            .or_else(|| {
                self.restricted_when()
                    .map(|at| (at, "condition", Extent::Words(25)))
            })
            .or_else(|| {
                self.restricted_party()
                    .map(|at| (at, "condition", Extent::Words(25)))
            })
            .or_else(|| {
                self.compelled_when()
                    .map(|at| (at, "condition", Extent::Words(25)))
            })
            .or_else(|| {
                self.promised_in_mode()
                    .map(|at| (at, "condition", Extent::Words(25)))
            })
            .or_else(|| {
                self.feature_enabled()
                    .map(|at| (at, "condition", Extent::Words(25)))
            })
            .or_else(|| {
                self.regional_people()
                    .map(|(at, e)| (at, "condition", Extent::Until(e)))
            })?;
        let (start, kind, extent) = h;
        if kind == "exception" && self.excepts_last_item(start) {
            return None;
        }
        // An exception's extent was settled with the clause's analysis.
        let end = match (self.exceptions.iter().find(|&&(s, _)| s == start), extent) {
            (Some(&(_, e)), _) if kind == "exception" => e,
            (_, Extent::Until(e)) => e,
            (_, Extent::Words(max)) => self.phrase_end(start, max),
        };
        let text = self.norm[start..end]
            .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == ' ')
            .to_string();
        let mut terms = Vec::new();
        if kind == "exception" {
            for k in [Kind::Recipient, Kind::Data, Kind::Purpose] {
                terms.extend(self.terms(k, true));
            }
        }
        Some(Condition {
            kind: kind.to_string(),
            text,
            terms,
        })
    }
}

/// Parses "30", "thirty", "six" and the like.
pub(super) fn number(w: &str) -> Option<u32> {
    if let Ok(n) = w.parse::<u32>() {
        return Some(n);
    }
    const WORDS: &[(&str, u32)] = &[
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("twelve", 12),
        ("fourteen", 14),
        ("fifteen", 15),
        ("eighteen", 18),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("sixty", 60),
        ("ninety", 90),
        ("a", 1),
    ];
    WORDS.iter().find(|(s, _)| *s == w).map(|&(_, n)| n)
}
