//! Building a clause's practices from its verbs (rules 1–4 and 6).

use super::analysis::Analysis;
use super::screening::Destination;
use super::words::{
    AGGREGATE_FORMS, AUXILIARIES, BUSINESS, BUYING, CALLED_A_SALE, CHILDREN, DEIDENTIFYING,
    EXCLUSIONS, FOR_CONSIDERATION, HASHED_FORMS, ITEM_ENDS, KEEPING, NOT_A_THING_USED,
    OBJECT_OPENERS, PAID, PAID_WORDS, PAYING_US, PAYING_US_WORDS, PAYMENTS, PEOPLE, PURPOSE_VERBS,
    RELATIVES, SHARE_OF, auxiliary, determines_party, participle,
};
use super::{Choice, Condition, DataSpan, Matched, Modality, Practice};
use crate::taxonomy::{
    ABROAD, ACQUIRERS, AI_TRAINING, AUTHORITIES, DEIDENTIFIED_DATA, GENERIC_DATA, Hit, Kind, LEGAL,
    MERGER, OTHER_PURPOSES, THIRD_PARTIES, Target,
};
use std::sync::Arc;

impl<'a> Analysis<'a> {
    /// Builds the practices of the clause (rules 1–4 and 6).
    pub(super) fn practices(&self) -> Vec<Practice> {
        let tax = &self.ex.taxonomy;
        // (action index, verbs) groups.
        let mut groups: Vec<(usize, Vec<&Hit>, Option<String>)> = Vec::new();
        // The subject of the last action verb: `Some(None)` when it was the
        // user's act (skipped), `Some(Some(actor))` otherwise.
        let mut last_subject: Option<Option<Option<String>>> = None;
        // Where that verb ends.
        let mut last_end = 0;
        for (hi, h) in self.hits.iter().enumerate() {
            let Some(ai) = self.action_at(hi) else {
                continue;
            };
            if self.in_exception(h)
                || self.hypothetical(h)
                || self.goal_of_measure(h)
                || self.disclaimed(h)
                || self.negated_within_condition(h)
                || self.quoted_name(h)
                || self.named_or_addressed(h)
                || self.denied_in_relative(h)
                || self.document_or_reader_acts(h)
                || self.weak_thing_given_by(h)
                || self.engages_no_party(h)
                || self.uploaded_elsewhere(h)
                || self.reads_no_data(h)
                || self.publishes_own_work(h)
                || self.processes_a_request(h)
                || self.receives_a_thing(h)
                || self.maintains_a_site(h)
                || self.asked_in_message_not_sent(h)
            {
                continue;
            }
            // An infinitive of purpose, or a verb coordinated with the one
            // before, acts for that verb's subject when it names none of its
            // own: "advertisers use cookies to collect …", "they may collect
            // your address and sell it", "users may post comments and share
            // them".
            let w = self.word_index(h.start);
            let mut k = w;
            // (Past an adverb of manner too: "to anonymously track", "and
            // automatically collect".)
            let adverb = |i: usize| {
                let x = self.word(i);
                x.len() >= 6
                    && x.ends_with("ly")
                    && !self.covering(self.words[i]).any(|u| self.names_action(u))
            };
            while k > 0
                && (matches!(self.word(k - 1), "may" | "will" | "can" | "also" | "then")
                    || adverb(k - 1))
            {
                k -= 1;
            }
            // One item of a list of verbs is done by the party the list
            // opens on: "these companies do not retain, share, store or use
            // it" (only where that party is another's: the company's own
            // lists already fall to it).
            let listed = k > 0
                && matches!(last_subject, Some(Some(Some(_))))
                && self.norm[self.ends[k - 1]..h.start].trim() == ","
                && self
                    .covering(self.words[k - 1])
                    .any(|u| u.end == self.ends[k - 1] && self.names_action(u));
            // ("… you choose to share without disclosing your identity": a
            // gerund after "without" is done by the verb's subject too.)
            // (So is an activity a service of theirs includes: "… as part of
            // its service, which includes monitoring visitors' IP addresses",
            // "…, including tracking your browsing".)
            let included = k > 0
                && k == w
                && self.word(w).ends_with("ing")
                && (self.word(k - 1) == "including"
                    || (k > 1
                        && matches!(self.word(k - 1), "includes" | "include")
                        && (self.word(k - 2) == "which"
                            // ("Examples of when we may share your data with
                            // service providers include sharing with: …":
                            // the examples' verb's subject.)
                            || matches!(last_subject, Some(Some(None))))));
            // (Not an infinitive its own predicate leads to: in "service
            // providers, who are not allowed to use it", the providers are
            // not allowed, whoever shared it.)
            let led = self.permission_words(k).is_some();
            // (A passive infinitive after the verb is its purpose, done by
            // its subject: "they might display these actions on your
            // profile, to be seen by others in your network".)
            let passive_infinitive = k >= 2
                && self.word(k - 1) == "be"
                && self.word(k - 2) == "to"
                && last_subject.is_some()
                && !self.norm[self.words[k - 2]..h.start].contains([',', ';', ':']);
            let joined = (k > 0
                && matches!(self.word(k - 1), "to" | "and" | "or" | "without")
                && !led
                && !self.norm[self.words[k - 1]..h.start].contains([',', ';', ':']))
                || passive_infinitive
                || listed
                || included
                || self.coordinated_predicate(w);
            // An infinitive after a verb that lets a party act is that
            // party's, however far the party's description runs: "we may
            // allow third parties performing services under contract with
            // us, such as payment processors, to access …".
            // (Looked up once: only a joined verb can take it.)
            let governed = if joined { self.governed_party(h) } else { None };
            // What is tailored "based on" data is the previous verb's
            // doing when no party is named since: "advertisers use this
            // information to provide you ads based on your browsing".
            let tailored_by_last = self.tailored(h)
                && last_subject.is_some()
                && !self.clause_broken(last_end, h.start)
                && !self
                    .hits
                    .iter()
                    .any(|u| u.start >= last_end && u.end <= h.start && self.names_party(u));
            let nominal = self.nominal_agent(k, self.word_index(h.end - 1));
            let subject = match (&last_subject, governed) {
                // (What the user is able or entitled to do is the user's.)
                _ if self.user_entitled(h) => None,
                // (An act named as a noun is its agent's, whoever governs
                // it: "we allow the sale of your data by our partners".)
                _ if nominal.is_some() => nominal.clone(),
                // (An act the subject only sets off is the service's.)
                _ if self.caused_act(k, self.word_index(h.end - 1)) => Some(None),
                (Some(prev), _) if tailored_by_last => prev.clone(),
                (_, Some((g, _))) if self.word(k - 1) == "to" => g,
                // (So is each verb of a list of infinitives the party is
                // let do: "to enable you to communicate, collaborate, and
                // share information", however many parties the sentence
                // named before.)
                (_, Some((g, at)))
                    if matches!(self.word(k - 1), "and" | "or")
                        && self.infinitives_since(at, k - 1) =>
                {
                    g
                }
                // (A passive's agent is its own when it is coordinated with
                // another action: "available to and used by third parties";
                // "sites developed and maintained by others" keep nothing.)
                _ if !joined
                    // (A list item's named subject is the list's.)
                    || (!listed && self.subject_named(h).is_some())
                    // ("… collected by advertising partners and is not
                    // stored by us": its own agent, where its own auxiliary
                    // makes it a clause of its own.)
                    || (k > 0
                        && AUXILIARIES.contains(&self.word(k - 1))
                        && self.passive(h)
                        && self.passive_agent(h).is_some())
                    || (self.agent_follows(h)
                        && k >= 2
                        && self
                            .covering(self.words[k - 2])
                            .any(|u| self.names_action(u))) =>
                {
                    self.subject(h)
                }
                // (Not past a subject named since the last verb: "when you
                // register to use the apps we have to record and process
                // your data" is the company's processing.)
                (Some(prev), _) if !self.subject_word_between(last_end, h.start) => prev.clone(),
                (Some(_), _) => self.subject(h),
                // Coordinated with a verb the taxonomy does not know
                // ("users may post comments and share them"): the
                // sentence's own subject, when it opens the sentence.
                // An infinitive after a verb the taxonomy does not know
                // takes the party that verb governs ("allows you to connect
                // … in order to share", "we ask partners to send").
                // (Not past a party named since: "You know that we do not
                // provide or sell it" is the company's act.)
                (None, governed) => match governed.map(|(g, _)| g).or_else(|| {
                    self.sentence_subject()
                        .filter(|_| !self.party_named_after_opening(h))
                }) {
                    Some(s) => s,
                    None => self.subject(h),
                },
            };
            // A party a joined verb would inherit does not disclose to
            // itself: "to enable partners to register …, or to share
            // information with our partners" is the company's disclosure to
            // them (where "our partners may share it with other partners",
            // named as its subject, is theirs).
            let subject = match subject {
                Some(Some(party))
                    if joined
                        && crate::extract::discloses(&tax.actions[ai].id)
                        && self.discloses_to(h, &party) =>
                {
                    Some(None)
                }
                other => other,
            };
            last_subject = Some(subject.clone());
            last_end = h.end;
            // Not asking leave promises nothing about the data: "apps that
            // won't ask for separate permission to discover your location".
            // Asking it, "we may ask your permission to access your
            // contacts", says the access may happen: the verb after it
            // states that practice, the asking none of its own ("we will ask
            // for your consent before we share it" collects nothing), and
            // asking it for nothing named collects nothing either ("the
            // suppliers may require you to provide permission under the
            // data protection law").
            // (Leave to do something named after it, "asked to provide
            // your consent to receive marketing emails", states that act
            // there, whoever's, not by the asking.)
            if let Some(leave) = self.leave_sought(h)
                && (self.negated(h)
                    || (hi + 1..self.hits.len()).any(|k| self.action_at(k).is_some())
                    || (leave + 1 < self.words.len() && self.word(leave + 1) == "to")
                    || !self
                        .hits
                        .iter()
                        .any(|u| self.entry(u, Kind::Data).is_some()))
            {
                continue;
            }
            // What the user gives the company, the company collects: "you
            // may provide us with your email address", "information you
            // share with us". (The user's other acts are no practice, and
            // neither is what the user is asked to give or not to give: "we
            // ask that you not send us sensitive information" promises
            // nothing, "if you have questions, send us an email" invites.)
            let (ai, actor) = match subject {
                Some(actor) => (ai, actor),
                None if tax.actions[ai].id == "share"
                    && !self.negated(h)
                    && !self.bidden(h)
                    && (self.gives_company_data(h) || self.gives_unaddressed(h)) =>
                {
                    match tax.actions.iter().position(|a| a.id == "collect") {
                        Some(collect) => (collect, None),
                        None => continue,
                    }
                }
                None => continue,
            };
            match groups.last_mut() {
                // "collected by us, or collected by a hosting provider": one
                // action, two actors, two practices.
                // (Not across a change of negation in a new clause: "… will
                // have access to it, but they may not share it" is two
                // practices; "share photos without disclosing your
                // identity" is one, done a certain way, and "a password
                // that is not used elsewhere" describes the password.)
                // (Nor across the end of a relative clause on the subject:
                // in "organizations that use our products may submit data to
                // invite others to use them" each use is its own.)
                Some((last, verbs, who))
                    if *last == ai
                        && *who == actor
                        && self
                            .subject_relative_end(verbs[0])
                            .is_none_or(|m| h.start < m)
                        && verbs.last().is_none_or(|v| {
                            let own_clause =
                                || self.new_clause(v, h) || self.joined_predicate(v, h);
                            if self.negated(v) == self.negated(h) {
                                // (Nor into a clause whose subject is no
                                // one: "we do not read your emails to show
                                // you ads, and no person at our company
                                // reads your messages" promises two things.)
                                !(self.done_by_no_one(h) && own_clause())
                            } else {
                                !own_clause()
                            }
                        }) =>
                {
                    verbs.push(h)
                }
                _ => groups.push((ai, vec![h], actor)),
            }
        }
        // (What the user receives is no data: "opt out of receiving these
        // communications" governs being contacted.)
        let receives = self.norm.contains("receiv");
        let data = specific(self.terms_where(Kind::Data, |h| {
            !self.in_exception(h) && (!receives || !self.received_by_user(h))
        }));
        // The parties a choice without a practice of its own names (see
        // `choice_only`), not one that made the data: "for information
        // others share about you, they control how it is shared" gives
        // "others" nothing.
        let recipients = || {
            self.terms_where(Kind::Recipient, |h| {
                !self.in_exception(h) && !self.subject_of_relative(h)
            })
        };
        let purposes = self.terms(Kind::Purpose, false);
        let choice = self.choice();
        let despite = self.choice_gone_past();
        // (An act the clause says goes on past its choice is read apart
        // from the choice: its purposes are its own part's.)
        let concession = self.concession();
        let chosen_purposes: Vec<String> = concession.as_ref().map_or_else(Vec::new, |c| {
            let own = self.terms_where(Kind::Purpose, |h| c.holds(h.start));
            self.terms_where(Kind::Purpose, |h| !c.holds(h.start))
                .into_iter()
                .filter(|u| !own.contains(u))
                .collect()
        });
        let condition = self.condition();
        let durations = self.durations();
        // Data deleted after a period is kept until then: "your content
        // will be deleted from our servers within 48 hours".
        let kept_until_deleted = self.deleted_after(&data, &durations);
        // Data kept on the user's device is data the company does not
        // collect; the keeping verb states nothing of its own ("stored
        // only on your device" is no retention of the company's).
        let local = self.kept_on_device(&data).map(|(p, verb)| {
            groups.retain(|(_, v, _)| !v.iter().any(|h| h.start == verb));
            p
        });
        if groups.is_empty() {
            if let Some(p) = local {
                return vec![p];
            }
            // (A choice beside it governs that keeping: "you can delete
            // your account at any time, and we will delete your data within
            // 30 days" offers the erasure the period then bounds.)
            if let Some(mut p) = kept_until_deleted {
                p.choice = choice;
                return vec![p];
            }
            // (Not a choice's: "request that our affiliates not send you
            // marketing emails" asks, and promises nothing.)
            if choice.is_none()
                && !purposes.is_empty()
                && super::words::may_deny_purpose_act(self.norm)
            {
                let ps = self.purpose_acts_denied(&data, condition.as_ref(), &[]);
                if !ps.is_empty() {
                    return ps.into_iter().map(|(_, p)| p).collect();
                }
            }
            return self.choice_only(data, recipients(), purposes, choice, condition, &[]);
        }
        // (Every verb's start, for the case where none yields a practice.)
        let verb_starts: Vec<usize> = groups
            .iter()
            .flat_map(|(_, v, _)| v.iter().map(|h| h.start))
            .collect();
        let matched: Arc<[Matched]> = self.matched_terms().into();
        // Read once for every practice of the clause: the parties named as
        // where data comes from (only where "from", "by" or "us" can name
        // one), and the denied verbs that claim the purposes after them.
        let source_starts: Vec<usize> =
            if (0..self.words.len()).any(|i| matches!(self.word(i), "from" | "by" | "us")) {
                self.hits
                    .iter()
                    .filter(|h| {
                        self.entry(h, Kind::Recipient).is_some()
                            && !self.in_exception(h)
                            && self.names_source(h)
                    })
                    .map(|h| h.start)
                    .collect()
            } else {
                Vec::new()
            };
        let denied_verbs: Vec<(usize, usize)> =
            if purposes.is_empty() || !self.hits.iter().any(|h| self.is(h, Target::Negation)) {
                Vec::new()
            } else {
                self.hits
                    .iter()
                    .filter(|v| self.names_action(v) && self.negated(v))
                    .map(|v| (v.start, v.end))
                    .collect()
            };
        // (And the affirmed acts stated, where anything is denied: a denied
        // verb after them does not take their purposes — not a verb of a
        // condition: "if you opt out of receiving personalised advertising,
        // data … will not be used" — and a denied act leaves what a main
        // clause affirming another act after it states to that act.)
        let denies = self.hits.iter().any(|h| self.is(h, Target::Negation));
        let affirmed: Vec<(usize, usize)> = if denies {
            groups
                .iter()
                .flat_map(|(_, verbs, _)| verbs.iter())
                .filter(|v| !self.negated(v))
                .map(|v| (v.start, v.end))
                .collect()
        } else {
            Vec::new()
        };
        // (A part of the sentence with no other verb may still deny a
        // purpose carried out — "we do not collect personal information
        // from children, and we do not show behavioral advertising" — and
        // keeps its purposes to itself.)
        let purpose_acts = if choice.is_none()
            && !purposes.is_empty()
            && denies
            && super::words::may_deny_purpose_act(self.norm)
        {
            self.purpose_acts_denied(&data, condition.as_ref(), &verb_starts)
        } else {
            Vec::new()
        };
        let mut out: Vec<Practice> = Vec::new();
        // Where each group's object may be: from its first verb to the next
        // group's ("we use cookies to collect your browsing history": the
        // cookies are what is used, the history what is collected).
        // (A passive in a clause of its own begins where that clause does:
        // its subject is no object of the verb before — in "only people
        // who could see the story can see it, and no personal information
        // is shared with the sponsor" nothing personal is seen.)
        let first_verbs: Vec<usize> = groups.iter().map(|(_, v, _)| v[0].start).collect();
        let starts: Vec<usize> = groups
            .iter()
            .enumerate()
            .map(|(g, (_, v, _))| {
                let at = first_verbs[g];
                let Some((_, prev, _)) = g.checked_sub(1).map(|k| &groups[k]) else {
                    return at;
                };
                let from = prev[prev.len() - 1].end;
                if !self.passive(v[0]) || from >= at {
                    return at;
                }
                [", and ", ", but ", "; "]
                    .iter()
                    .filter_map(|b| self.norm[from..at].rfind(b))
                    .max()
                    .map(|i| from + i)
                    .filter(|&b| {
                        // (Not a list set off by commas before the verb: "some
                        // data, such as your name, email address, and phone
                        // number, can be used …"; nor a list's last item a
                        // relative clause describes: "…, transaction
                        // details, and all other data that is collected by
                        // Binance" is still what is shared.)
                        !self.norm[b + 1..at].contains(',')
                            && !self.norm[b..at]
                                .split_whitespace()
                                .any(|w| RELATIVES.contains(&w))
                    })
                    .unwrap_or(at)
            })
            .collect();
        // (A group whose verb is coordinated with the next group's shares
        // its object: in "we do not access or process any other personal
        // data" the data is what is accessed too.)
        let joined: Vec<bool> = groups
            .windows(2)
            .map(|w| {
                let (prev, next) = (&w[0].1, &w[1].1);
                let gap = &self.norm[prev[prev.len() - 1].end..next[0].start];
                // (Quotes too: we "sell" or "share".)
                let between = gap.trim_matches(|c: char| matches!(c, ' ' | ',' | '"'));
                // (Not a participle right after: "we collect using cookies";
                // nor passives, whose object is their subject: "your data
                // may be stored and processed by our providers".)
                // (Or across an aside set off by commas: "we do not sell
                // or, for targeted advertising, share the data of minors".)
                !self.passive(prev[prev.len() - 1])
                    && !self.passive(next[0])
                    && (matches!(between, "or" | "and" | "and or" | "nor")
                        || (between.is_empty() && gap.contains(','))
                        || self
                            .verb_before_aside(next[0])
                            .is_some_and(|v| v.start == prev[prev.len() - 1].start))
            })
            .collect();
        for (g, (ai, verbs, actor)) in groups.into_iter().enumerate() {
            let next = (g + 1..starts.len())
                .find(|&k| !joined[k - 1])
                .unwrap_or(starts.len());
            // (Up to a main clause of the company's own: in "the
            // information they may collect, and we are not responsible for
            // the content of those sites" the content is not collected, and
            // "we do not sell your data, and we share it with partners"
            // sells to no one.)
            let reach = self.company_clause_after(verbs[verbs.len() - 1].end);
            // (Nor past the next group's passive clause, whose subject is
            // its own.)
            let reach = if next < starts.len() && starts[next] < first_verbs[next] {
                reach.min(starts[next])
            } else {
                reach
            };
            // (Nor past the main predicate after a relative clause on the
            // subject: "organizations that use our products may submit
            // personal information" use no information.)
            let reach = self
                .subject_relative_end(verbs[0])
                .filter(|&m| m >= verbs[verbs.len() - 1].end)
                .map_or(reach, |m| reach.min(m));
            let end = starts.get(next).copied().unwrap_or(usize::MAX).min(reach);
            // (The object pauses where a clause of purpose begins, once
            // data is named before it: "we share your personal data with
            // the auditor so they can verify statistics about usage"
            // shares personal data, not usage data.)
            let purpose =
                self.purpose_clause(verbs[verbs.len() - 1].end, end)
                    .filter(|&(cut, _)| {
                        self.hits.iter().any(|h| {
                            h.start >= verbs[0].end
                                && h.end <= cut
                                && self.entry(h, Kind::Data).is_some()
                                && !self.in_exception(h)
                        })
                    });
            let in_object = |h: &Hit| {
                h.start >= verbs[0].end
                    && h.start < end
                    && purpose.is_none_or(|(cut, resume)| h.start < cut || h.start >= resume)
            };
            let own_data =
                specific(self.terms_where(Kind::Data, |h| in_object(h) && !self.in_exception(h)));
            let names_own_data = !own_data.is_empty();
            // With nothing after the verb ("your data may be shared"), the
            // clause's data is the object.
            // (What is tailored "based on" data uses the data after it, not
            // what it tailors: "we personalize content based on your
            // location" uses the location.)
            let tailored = verbs.iter().all(|v| self.tailored(v));
            let (data, objects) = if own_data.is_empty() || (starts.len() == 1 && !tailored) {
                // Passive or single action: the data named anywhere, but
                // preferably after the verb when it names some there.
                let after = self.data_spans(|h| !self.in_exception(h) && in_object(h));
                // A verb whose subject is what passes ("your information may
                // be shared with partners who use the information …",
                // "information about you might go to third parties, and you
                // may choose not to share the information"): its subject,
                // and the examples that spell it out ("Certain information
                // is collected by most browsers, such as your device type").
                let subject = if self.data_is_subject(verbs[0]) {
                    let verb = verbs[0];
                    self.data_spans(|h| {
                        !self.in_exception(h)
                            && if h.end <= verb.start {
                                self.same_subject(h.end, verb.start)
                            } else {
                                in_object(h) && self.exemplified(verb.end, h.start)
                            }
                    })
                } else {
                    Vec::new()
                };
                // (What passes is then all it names: in "your email address
                // may be stored by our providers to send you messages" the
                // messages are what is sent, not stored.)
                let subject_ids = specific(
                    self.terms_where(Kind::Data, |h| subject.iter().any(|d| d.start == h.start)),
                );
                let names_after = !after.is_empty();
                let spans = if !subject.is_empty() {
                    subject
                } else if after.is_empty() {
                    self.data_spans(|h| !self.in_exception(h))
                } else {
                    after
                };
                let data = if !subject_ids.is_empty() {
                    subject_ids
                } else if names_after {
                    // (A verb that names its object handles that object, not
                    // what the clause names before it: "To help facilitate
                    // bookings or other interactions between Members, we may
                    // share information" shares no interactions, "Everyday
                    // Health may share your Personal Information" no health
                    // data.)
                    // (But a label run into the sentence before its subject
                    // still names the data: a table row "User Contacts | We
                    // collect the information of the people you connect
                    // with".)
                    let run_in = |h: &Hit| {
                        h.end <= verbs[0].start && {
                            let gap = &self.norm[h.end..verbs[0].start];
                            let mut words = gap.split_whitespace();
                            !gap.contains([',', ';', ':', '.', '(', ')'])
                                && words.next().is_some_and(|w| matches!(w, "we" | "you"))
                                && words.all(|w| auxiliary(w) || w == "only")
                        }
                    };
                    specific(self.terms_where(Kind::Data, |h| {
                        !self.in_exception(h) && (in_object(h) || run_in(h))
                    }))
                } else if reach < self.norm.len() {
                    specific(
                        self.terms_where(Kind::Data, |h| h.start < reach && !self.in_exception(h)),
                    )
                } else {
                    data.clone()
                };
                let spans = spans.into_iter().filter(|d| d.start < reach).collect();
                (data, spans)
            } else {
                (
                    own_data,
                    self.data_spans(|h| !self.in_exception(h) && in_object(h)),
                )
            };
            // Information the object names as children's is theirs: "we do
            // not knowingly collect personal information online from
            // children under 13", "information that could identify
            // children" (a promise about children is no general promise).
            // (Each clause's object on its own: "We do not sell your
            // personal information to third parties, nor do we sell personal
            // information from users under 16" promises both.)
            let data = match verbs.get(1) {
                Some(second) if self.new_clause(verbs[0], second) => {
                    let mut first = self.childrens_data(&data, verbs[0].end, second.start);
                    for d in self.childrens_data(&data, second.end, end) {
                        if !first.contains(&d) {
                            first.push(d);
                        }
                    }
                    first
                }
                _ => self.childrens_data(&data, verbs[0].end, end),
            };
            let data = self.aggregated_data(data, verbs[0].start, end);
            let data = self.hashed_data(data, end);
            let (data, deidentified) = self.deidentified_data(data, &objects, verbs[0].start, end);
            let mut action = tax.actions[ai].id.clone();
            // "We use Google Analytics", "we use third-party advertising
            // companies to serve ads": the company that is used gets the
            // data the use involves.
            if action == "use"
                && actor.is_none()
                && self.recipient_object(verbs[0])
                && !self.employed_party_owns_data(verbs[0])
            {
                action = "share".to_string();
            }
            let tracker_owner = (action == "use" && actor.is_none())
                .then(|| self.tracker_owner(verbs[0]))
                .flatten();
            if tracker_owner.is_some() {
                action = "share".to_string();
            }
            // A use of a means ("we use encryption to protect your
            // information") handles no data of its own. (Denied, it still
            // promises what the means would do: "we do not use AI to make
            // decisions about you".)
            if action == "use"
                && !self.negated(verbs[0])
                && verbs.iter().all(|v| self.uses_means(v))
            {
                continue;
            }
            // "Your device may transmit your location": the user's own
            // device sends to the service, which collects.
            if action == "share" && actor.is_none() && self.device_sends(verbs[0]) {
                action = "collect".to_string();
            }
            let negated = self.negated(verbs[0]);
            // A denied act stops at a main clause of the company's own that
            // affirms another: in "we do not share your contact list with
            // anyone, and we only use it to help you find friends if you
            // turn on contact syncing" the purpose, the condition and the
            // choice are the use's, and the promise is made outright. So it
            // does at one with no verb of ours: in "we do not collect
            // personal information from children, and we do not show
            // behavioral advertising" nothing is collected for advertising.
            let cut = (negated && reach < self.norm.len())
                .then_some(reach)
                .filter(|&c| {
                    affirmed.iter().any(|&(v, _)| v >= c)
                        || !verb_starts.iter().any(|&v| v >= c)
                        || purpose_acts.iter().any(|&(from, _)| from == c)
                });
            let before_cut = |at: usize| cut.is_none_or(|c| at < c);
            // Selling the company's assets, data among them ("we may sell
            // … some or all of our assets, including your information"), is
            // a business transfer, which hands the data over: no sale of
            // data as such. (Not a denial, which would then promise more
            // than it says: "not share" for "not sell".)
            if action == "sell" && !negated && self.sells_assets(verbs[verbs.len() - 1].end, end) {
                action = "share".to_string();
            }
            // A disclosure for money is a sale, as the law defines one:
            // "we may disclose your personal information to data brokers
            // for monetary or other valuable consideration".
            if action == "share"
                && !negated
                && (self.for_consideration(verbs[verbs.len() - 1].end, end)
                    || self.paid_for(verbs[0].start, end))
            {
                action = "sell".to_string();
            }
            // So is one the policy itself calls a sale: "we share it with
            // advertising partners, which may be considered a sale under
            // California law".
            if action == "share" && !negated && self.called_a_sale(verbs[verbs.len() - 1].end) {
                action = "sell".to_string();
            }
            let shares = matches!(action.as_str(), "share" | "sell");
            // Only weak verbs ("provide", "give"): without any data named,
            // "we provide links to third-party sites" is no disclosure.
            let weak_only = verbs.iter().all(|v| {
                !self
                    .targets(v)
                    .iter()
                    .any(|t| matches!(t, Target::Entry(Kind::Action, _)))
            });
            // So with verbs that name their own audience ("publish", "made
            // public"): "MLB Advanced Media produces and publishes the
            // Official Website" discloses nothing — unless what goes public
            // is the user's, data the vocabulary lacks ("your profile is
            // publicly accessible").
            let names_audience = verbs
                .iter()
                .all(|v| self.entry(v, Kind::Recipient).is_some())
                && !(0..self.word_index(verbs[0].start)).any(|i| self.word(i) == "your");
            if (weak_only || names_audience) && data.is_empty() && !negated {
                continue;
            }
            // Nor when what a weak verb gives is named and is no data: "to
            // provide our advertisers with an efficient way to reach the
            // right audience" gives them none of the data collected.
            if weak_only
                && !names_own_data
                && !negated
                && self.hits.iter().any(|h| {
                    // (The recipient its first object, "provide R with X";
                    // not "provided to R with your consent".)
                    h.end < end
                        && self.entry(h, Kind::Recipient).is_some()
                        && self.norm[h.end..].starts_with(" with ")
                        && verbs.iter().any(|v| {
                            v.end <= h.start
                                && !self.passive(v)
                                && !self.norm[v.start..v.end].contains(' ')
                                && self.norm[v.end..h.start]
                                    .split_whitespace()
                                    .all(determines_party)
                        })
                })
            {
                continue;
            }
            // (A promise not to keep something is kept whatever it names:
            // "your text and the translation are not stored".)
            if action == "retain"
                && !negated
                && verbs
                    .iter()
                    .all(|v| self.keeps_no_data(v) || self.keeps_safe(v))
            {
                continue;
            }
            // (Nor is a party or people a relative clause names data:
            // "people that we do not employ", "the vendors that we use".)
            if !shares && verbs.iter().all(|v| self.object_is_party_before(v)) {
                continue;
            }
            // Judged on the verbs: a heading noun ("Transfer of information:")
            // names no destination of its own.
            let verbs_proper: Vec<&&Hit> = verbs
                .iter()
                .filter(|v| {
                    let noun = self
                        .targets(v)
                        .iter()
                        .any(|t| matches!(t, Target::ActionNoun(_)))
                        && self.norm[v.end..].starts_with(" of ");
                    !noun
                })
                .collect();
            // A transfer to a country or region is an international
            // transfer: a disclosure to `other-countries`, when the taxonomy
            // has that recipient (else, like one to a place, none).
            let destinations: Vec<Option<Destination>> =
                verbs_proper.iter().map(|v| self.destination(v)).collect();
            let stays = !destinations.is_empty()
                && destinations.iter().all(|d| {
                    matches!(
                        d,
                        Some(Destination::Kept | Destination::Abroad | Destination::Company)
                    )
                });
            // A party that sends the company data is where the company
            // collects it: "Microsoft may share your personal information
            // with us" (no third party receives). So is data shared with
            // the company by no one named ("any information shared with us
            // is kept confidential", "you may choose to provide us with
            // your phone number", where the choice's words hold the "you").
            // (The party that sends it is the collection's source.)
            let mut givers: Vec<String> = Vec::new();
            let (action, actor) = if action == "share"
                && !destinations.is_empty()
                && destinations
                    .iter()
                    .all(|d| d == &Some(Destination::Company))
            {
                givers.extend(actor);
                ("collect".to_string(), None)
            } else if action == "share"
                && actor.is_none()
                && verbs.iter().all(|v| self.company_has_access(v))
            {
                // What the company itself has access to, it collects: "we do
                // not have access to your payment information".
                ("collect".to_string(), None)
            } else if action == "share" && !negated && self.deemed_a_sale(verbs[0]) {
                // A disclosure the company says the law may call a sale is
                // one: "we share device identifiers with advertising
                // partners, which may be considered a sale under
                // California law".
                ("sell".to_string(), actor)
            } else {
                (action, actor)
            };
            let shares = shares && action != "collect";
            let abroad_known = self.ex.taxonomy.entry(Kind::Recipient, ABROAD).is_some();
            let abroad = action == "share"
                && stays
                && destinations.contains(&Some(Destination::Abroad))
                && abroad_known;
            if action == "share" && stays && !abroad {
                continue;
            }
            // With no recipient, a transmission in a sentence about
            // security ("transmitted using SSL") is data in transit, and a
            // disclosure of "our practices" or "changes" is no data at all.
            let no_recipient = !self.hits.iter().any(|h| {
                h.start >= verbs[0].end
                    && self.entry(h, Kind::Recipient).is_some()
                    && !self.in_exception(h)
            });
            // (Security as the purpose of the disclosure — "to address
            // fraud, security, or spam" — says nothing of transit.)
            let in_transit = self.hits.iter().any(|h| {
                self.is(h, Target::Security)
                    && !(h.start >= verbs[0].end && self.entry(h, Kind::Purpose).is_some())
            });
            // (Nor, to anyone, what the verb's own object names as no data:
            // "to make it easier to share things with people you know".)
            if shares
                && ((no_recipient && !abroad && in_transit)
                    || verbs.iter().all(|v| self.object_is_not_data(v)))
            {
                continue;
            }
            // Recipients named after the verb receive ("we share X with R");
            // before it they are mostly the subject or context.
            // "… from our partners" names where data comes from, not where it goes.
            // (Up to a main clause of the company's own: see `reach`.)
            // (Nor the examples of a passive's agent, who acts: "provided
            // by third parties, such as our advertisers".)
            let examples = actor
                .as_ref()
                .and_then(|_| self.agent_examples(verbs[verbs.len() - 1]));
            let example = |h: &Hit| examples.is_some_and(|(a, b)| h.start >= a && h.end <= b);
            // (Nor a participle's agent in the object: "we may share
            // information provided by our partners with advertisers" — the
            // partners gave it.)
            let gave_it = |h: &Hit| {
                verbs.iter().all(|v| v.end + 4 <= h.start)
                    && (self.agent_of_participle(h) || self.subject_of_relative(h))
            };
            // (Nor a party in a concession after the verb: in "your User ID
            // is no longer given to applications, even when your friends
            // use those applications" the friends receive nothing.)
            let conceded = |h: &Hit| {
                let gap = &self.norm[verbs[0].end..h.start];
                ["even when ", "even if ", "even though ", "even where "]
                    .iter()
                    .any(|c| gap.contains(c))
            };
            let after: Vec<String> = self.terms_where(Kind::Recipient, |h| {
                h.start >= verbs[0].end
                    && h.start < reach
                    && !self.in_exception(h)
                    && !self.is_source(h)
                    && !self.named_in_object(h)
                    && !example(h)
                    && !gave_it(h)
                    && !conceded(h)
            });
            // "Affiliates may have access to …": the subject is the one
            // recipient, whatever else the sentence names, and the company
            // is the one that discloses.
            let access = actor.is_some() && verbs.iter().all(|v| self.grants_access(v));
            let (actor, access) = match actor {
                Some(who) if access => (None, Some(who)),
                a => (a, None),
            };
            let granted = access.is_some();
            let mut recips = match (shares, after.is_empty()) {
                (false, _) => Vec::new(),
                // (Every party of the subject: "other users and
                // advertisers can see your profile photo".)
                _ if granted => {
                    let co = self.co_subjects(verbs[0]);
                    if access.as_ref().is_some_and(|a| co.contains(a)) {
                        co
                    } else {
                        access.into_iter().collect()
                    }
                }
                (true, false) => after,
                // (Nor from a main clause of the company's own before the
                // verb's: "Atlassian is not a data broker, and we do not
                // sell personal information" sells to no one.)
                (true, true) => self.terms_where(Kind::Recipient, |h| {
                    h.start < reach
                        && !self.in_exception(h)
                        && !self.is_source(h)
                        && !self.named_in_object(h)
                        && !example(h)
                        && (h.start < verbs[0].end || !conceded(h))
                        && (h.start >= verbs[0].start
                            || self.company_clause_after(h.end) >= verbs[0].start)
                }),
            };
            for owner in tracker_owner.iter().flatten() {
                if !recips.contains(owner) {
                    recips.push(owner.clone());
                }
            }
            // "… will be accessible to them", "we share it with them": the
            // party the pronoun stands for, in this clause or the one before.
            if shares
                && recips.is_empty()
                && let Some(them) = self.recipient_pronoun(verbs[0].start, end)
            {
                recips.push(them);
            }
            // (So does "these platforms", "those companies": the party
            // named before, not any third party. "These partners" is the
            // party before where its name ends so too: after "advertising
            // technology partners", the advertisers.)
            if shares
                && let Some(i) =
                    super::scan::demonstrative_party(self.words.len(), |i| self.word(i))
                && self.words[i] > verbs[0].start
                && self.words[i] < end
                && let Some(party) = self.referent(self.words[i]).flatten()
                && self.demonstrated(i + 1, &party, &recips)
            {
                recips = vec![party];
            }
            // (What it goes abroad to is the country: a party named later
            // is why, "for example because a service provider is located
            // there".)
            // (But a party the verb gives it to as well, named as its
            // complement, receives too: "we share information globally …
            // and externally with our partners".)
            if abroad {
                let complements = self.terms_where(Kind::Recipient, |h| {
                    h.start >= verbs[0].end
                        && h.start < reach
                        && !self.in_exception(h)
                        && !self.is_source(h)
                        && self.complement_of_giving(h)
                });
                recips = std::iter::once(ABROAD.to_string())
                    .chain(complements.into_iter().filter(|r| r != ABROAD))
                    .collect();
            } else if shares
                && !recips.is_empty()
                && !recips.iter().any(|r| r == ABROAD)
                && abroad_known
                && self.recipient_abroad(verbs[0])
            {
                // "with our affiliates in other countries": the data goes
                // abroad too.
                recips.push(ABROAD.to_string());
            }
            // What another party "provides" or "supplies", to no one named,
            // the company receives: "your email address may be provided by
            // our partners" is the company's collection; so is data a
            // participle describes so, "we may use information provided by
            // our partners". (Not trackers: "we use cookies provided by third
            // parties" are theirs.)
            // (Whoever the sentence's main verb then gives it to: in "we
            // share information provided by our partners with advertisers"
            // the partners gave it to the company.)
            let received = shares
                && weak_only
                && !abroad
                && tracker_owner.is_none()
                && actor.is_some()
                && (verbs
                    .iter()
                    .all(|v| self.passive(v) && self.data_before_participle(v))
                    || (verbs.iter().all(|v| self.passive(v) && self.be_before(v))
                        && actor
                            .as_ref()
                            .is_some_and(|a| recips.iter().all(|r| r == a))));
            let (action, actor) = if received {
                recips.clear();
                givers.extend(actor);
                ("collect".to_string(), None)
            } else {
                (action, actor)
            };
            // A party that receives the user's data from no one named, or
            // from the company, is given it: "Facebook receives your phone
            // number", "payment processors receive your payment details"
            // say what "we share … with them" says (not "advertisers may
            // receive information about your visits from cookies", their
            // own collection).
            let (action, actor) = match actor {
                Some(party)
                    if action == "collect"
                        && matches!(
                            self.word(self.word_index(verbs[0].start)),
                            "receive" | "receives" | "received"
                        )
                        // (Or from the company itself: "… receive your
                        // location from us".)
                        && !self.norm[verbs[0].end..end.min(self.norm.len())]
                            .split(' ')
                            .collect::<Vec<_>>()
                            .windows(2)
                            .any(|w| {
                                w[0] == "from"
                                    && w[1].trim_end_matches(|c: char| c.is_ascii_punctuation())
                                        != "us"
                            })
                        // (Not beside the company, "we - and other users -
                        // receive that information"; not in a relative
                        // clause, "your email address, which advertisers
                        // may also receive"; not any website the user
                        // visits, which the browser tells.)
                        && party != THIRD_PARTIES
                        && !(self.word_index(verbs[0].start).saturating_sub(6)
                            ..self.word_index(verbs[0].start))
                            .any(|k| matches!(self.word(k), "we" | "which" | "that" | "who")) =>
                {
                    recips.retain(|r| *r != party);
                    recips.insert(0, party);
                    ("share".to_string(), None)
                }
                actor => (action, actor),
            };
            // A denied disclosure to "anyone" reaches no one at all, not
            // only the public: "we will not share your phone number with
            // anyone" promises that no company gets it either.
            if negated
                && recips.iter().any(|r| r == "public")
                && self.hits.iter().any(|h| {
                    h.start >= verbs[0].end
                        && h.start < end
                        && matches!(&self.norm[h.start..h.end], "anyone" | "everyone")
                })
                && !recips.iter().any(|r| r == THIRD_PARTIES)
            {
                recips.insert(0, THIRD_PARTIES.to_string());
            }
            let actor = actor.unwrap_or_else(|| "first-party".to_string());
            recips.retain(|r| *r != actor);
            if recips.len() > 1 && self.third_party_only_qualifies() {
                recips.retain(|r| r != THIRD_PARTIES);
            }
            // A risk the company warns of is no disclosure it makes:
            // "information disclosed in emails may not be secure and thus
            // may be available to others", "any data may be viewed or
            // tampered with in transit by a third party" — anyone at all
            // reaching data, by a weak or passive verb, in a sentence that
            // says security cannot be had.
            if !negated
                && !recips.is_empty()
                && recips.iter().all(|r| r == THIRD_PARTIES || r == "public")
                && verbs.iter().any(|v| self.is_weak(v) || self.passive(v))
                && self.warns_of_risk()
            {
                continue;
            }
            // Where the company's data comes from: the party that sends it,
            // and those named after "from" ("we receive information about
            // you from data brokers"). A disclosure's sources are no
            // concern of the diff: what it watches there is who receives.
            let sources = if crate::extract::discloses(&action) || actor != "first-party" {
                Vec::new()
            } else {
                let mut from = givers;
                super::merge_ids(
                    &mut from,
                    // (Before the verb too: "From third parties: data that
                    // helps us combat fraud, which we collect …".)
                    self.terms_where(Kind::Recipient, |h| {
                        h.start < reach && source_starts.contains(&h.start)
                    }),
                );
                from.retain(|r| r != ABROAD);
                // (Data bought comes from others, named or not: "we don't
                // buy data about you" promises nothing of what the company
                // collects itself.)
                if from.is_empty()
                    && verbs
                        .iter()
                        .any(|v| BUYING.contains(&&self.norm[v.start..v.end]))
                {
                    from.push(THIRD_PARTIES.to_string());
                }
                from
            };
            // A purpose past a denied verb is that verb's: in "providers
            // have access to it, and are prohibited from using it for their
            // own purposes" the access serves no such purpose. (A denied
            // practice keeps the purposes of the infinitives after it: "we
            // do not use it to contact you or target ads".)
            // (And a denied practice leaves the purposes of the act set
            // against it to that act: "we do not sell your personal
            // information, but we may share it for cross-context behavioral
            // advertising" promises no sale for advertising only.)
            let contrasted = if negated && !denied_verbs.is_empty() {
                self.contrasted_act(verbs[verbs.len() - 1].end, &denied_verbs)
            } else {
                None
            };
            // (Nor takes the act set against a denied one the denied one's:
            // "we do not use your data for advertising, but we may share
            // it with partners".)
            let against = if negated || denied_verbs.is_empty() {
                None
            } else {
                self.contrast_before(verbs[0].start, &denied_verbs)
            };
            let own_purposes = if let Some(at) = contrasted {
                self.terms_where(Kind::Purpose, |h| !self.in_exception(h) && h.start < at)
            } else if let Some(at) = against {
                self.terms_where(Kind::Purpose, |h| !self.in_exception(h) && h.start > at)
            } else if negated {
                // (A denied act joined after an affirmed one leaves it its
                // purposes: "we use your email address to send the
                // newsletter and will not use it for advertising".)
                // (Nor takes it the purposes of a denied act in a clause
                // before its own: "we never use student data for targeted
                // advertising, and we never sell student data" promises no
                // sale for advertising only.)
                let first = verbs[0].start;
                let clause_before = |h: &Hit| {
                    h.end <= first
                        && denied_verbs.iter().any(|&(_, end)| end <= h.start)
                        && [", and ", "; "]
                            .iter()
                            .any(|b| self.norm[h.end..first].contains(b))
                };
                // (Nor the purposes of a main clause of the company's own
                // after it that has a verb of its own: "we never sell your
                // data, and we do not use it for advertising" promises no
                // sale for advertising only.)
                let clause_after = |h: &Hit| {
                    reach < h.start && verb_starts.iter().any(|&v| v >= reach && v < h.start)
                };
                self.terms_where(Kind::Purpose, |h| {
                    !self.in_exception(h)
                        && !clause_before(h)
                        && !clause_after(h)
                        && before_cut(h.start)
                        && !affirmed
                            .iter()
                            .any(|&(_, end)| end <= h.start && h.end <= first)
                })
            } else if denied_verbs.is_empty() {
                purposes.clone()
            } else {
                let last = verbs[verbs.len() - 1].end;
                self.terms_where(Kind::Purpose, |h| {
                    !self.in_exception(h)
                        && !denied_verbs
                            .iter()
                            .any(|&(start, end)| start >= last && end <= h.start)
                })
            };
            // Data handed over in a merger, a sale of assets or a
            // bankruptcy goes to whoever takes the business over, named or
            // not: "your data may be sold or transferred as part of that
            // transaction" is the same disclosure as "… transferred to the
            // acquiring company", and a diff should not read the rewording
            // as a recipient dropped.
            // (So does data handed over for the merger alone to a company
            // named no more: "if we are acquired by or merged with another
            // company, your information may be transferred to that
            // company".)
            if crate::extract::discloses(&action) && own_purposes.iter().any(|u| u == MERGER) {
                if recips.is_empty() {
                    recips.push(ACQUIRERS.to_string());
                } else if recips == [THIRD_PARTIES] && own_purposes == [MERGER] {
                    recips[0] = ACQUIRERS.to_string();
                }
            }
            // Likewise data handed to the authorities answers the law,
            // whatever the demand is called: "if we receive a court order
            // … we may disclose your phone number to the authorities" and
            // "if we receive a valid order from the judicial authorities …"
            // serve the one purpose, and a diff should not read the second
            // as the purpose dropped.
            // (Not a bare denial: "we do not give law enforcement access to
            // your recordings" promises no disclosure at all, not one "for
            // legal obligations"; one kept until a court order is about the
            // law's demands.)
            let mut own_purposes = own_purposes;
            if own_purposes.is_empty()
                && (!negated || condition.is_some())
                && crate::extract::discloses(&action)
                && !recips.is_empty()
                && recips.iter().all(|r| r == AUTHORITIES)
            {
                own_purposes.push(LEGAL.to_string());
            }
            // A model trained on data is that data's use for training,
            // whatever names the model: "our models are trained on your
            // messages". (The screen let the verb through only where it
            // trains a model.)
            if action == "use"
                && !own_purposes.iter().any(|u| u == AI_TRAINING)
                && verbs.iter().any(|v| {
                    matches!(
                        self.word(self.word_index(v.start)),
                        "train" | "trains" | "trained"
                    )
                })
            {
                own_purposes.push(AI_TRAINING.to_string());
            }
            // "Other purposes" an act serves as the policy describes them
            // elsewhere ("for other purposes as described below", "the
            // other purposes set out in this notice") point at those
            // purposes, and name none of their own.
            if !negated
                && own_purposes.iter().any(|u| u == OTHER_PURPOSES)
                && self.other_purposes_referred()
            {
                own_purposes.retain(|u| u != OTHER_PURPOSES);
            }
            // A denial for "any purpose other than …" is a purpose
            // limitation, as "for any other purpose" is: the two forms
            // compare as one promise (the exception names the purposes
            // left out).
            if negated
                && condition
                    .as_ref()
                    .is_some_and(|c| c.kind == "exception" && c.text.starts_with("other than"))
                && (self.norm.contains("purpose other than")
                    || self.norm.contains("purposes other than"))
                && !own_purposes.iter().any(|u| u == OTHER_PURPOSES)
            {
                own_purposes.push(OTHER_PURPOSES.to_string());
            }
            let relative = self.bare_relative_pronoun(verbs[0]).is_some();
            let governing: Vec<Option<&Hit>> =
                verbs.iter().map(|v| self.governing_opt_out(v)).collect();
            let presupposed = governing.iter().all(Option::is_some);
            // An act named only as what an opt-out withheld would govern is
            // not stated: "we do not offer an opt-out to the sale of
            // personal data" (the common reason: there is no sale).
            if presupposed && governing.iter().flatten().all(|c| self.denied(c)) {
                continue;
            }
            let p = Practice {
                action: action.clone(),
                negated,
                modality: self.modality(verbs[0]),
                actor,
                data: data.clone(),
                recipients: recips,
                sources,
                locations: self.locations(&verbs, reach),
                purposes: own_purposes,
                // (A verb heading a relative clause on its data takes no
                // exception of the main verb's: in "we never share
                // information we receive from you unless we have your
                // permission" the permission is over the sharing.)
                // (Nor an exception of a later clause's: in "we provide
                // advertisers with reports …, but we don't share information
                // that identifies you unless you give us permission" the
                // permission is over the identifying information.)
                choice: choice.clone().filter(|_| {
                    !(self.choice_in_exception()
                        && (relative || self.exception_in_later_clause(verbs[verbs.len() - 1])))
                        && (cut.is_none()
                            || self.hits.iter().any(|h| {
                                before_cut(h.start) && self.entry(h, Kind::Choice).is_some()
                            }))
                }),
                // (Nor a bar on the parties reached, a relative clause, to
                // the act it states: in "we share it with service providers
                // who are prohibited from using it for their own purposes"
                // the bar conditions the sharing, and is the providers'
                // promise itself.)
                condition: {
                    let later = self.exception_in_later_clause(verbs[verbs.len() - 1]);
                    let states_it = |c: &Condition| {
                        c.bars_parties()
                            && self.norm.find(c.text.as_str()).is_some_and(|at| {
                                verbs[0].start >= at && verbs[0].start < at + c.text.len()
                            })
                    };
                    let stated_before_cut =
                        |c: &Condition| self.norm.find(c.text.as_str()).is_none_or(&before_cut);
                    match condition.clone() {
                        // (The exception a later clause takes leaves the
                        // act its own condition, if it has one.)
                        Some(c) if later && c.kind == "exception" && !relative => self
                            .condition_apart_from_exception()
                            .filter(|c| !states_it(c)),
                        c => c.filter(|c| {
                            let excepted_elsewhere = later || (relative && c.kind == "exception");
                            !excepted_elsewhere && !states_it(c)
                        }),
                    }
                    .filter(stated_before_cut)
                },
                retention_days: if action == "retain" {
                    durations.iter().map(|&(_, d)| d).max()
                } else {
                    None
                },
                retention_open: if action == "retain" && durations.is_empty() {
                    self.open_retention(verbs[0].start, end, negated)
                } else {
                    None
                },
                inherited_from: None,
                matched: matched.clone(),
                objects,
                presupposed,
                restricted: self.restricted(verbs[0], end),
                pronoun_object: false,
                hedge: negated.then(|| self.hedge(verbs[0], end)).flatten(),
                deidentified,
                // (Not the act the choice is over: "opting out of sales does
                // not apply to …" goes past no sale.)
                despite: despite
                    .clone()
                    .filter(|_| !negated && !verbs.iter().all(|v| self.opted_out_of(v))),
                under_age: data
                    .iter()
                    .any(|d| d == "childrens-information")
                    .then(|| self.children_under(verbs[0].start))
                    .flatten(),
            };
            // (A keeping with a bound states it of what holds the data:
            // "we retain backups for 30 days", "records are kept for 7
            // years".)
            let named = !p.data.is_empty()
                || !p.recipients.is_empty()
                || !p.purposes.is_empty()
                || p.choice.is_some()
                || p.actor != "first-party";
            let last = self.word_index(verbs[verbs.len() - 1].end - 1) + 1;
            // (A denial states a promise with nothing named — "we will
            // never sell" — but not one of using a thing that is no data:
            // "we don't use WhatsApp to request booking confirmations"; the
            // user's thing may be data the vocabulary lacks: "we don't use
            // your recovery keys for any purpose".)
            let uses_a_thing = p.negated
                && !named
                && p.action == "use"
                && last < self.words.len()
                && !self.data_pronoun_at(last)
                && !NOT_A_THING_USED.contains(&self.word(last));
            let stated = (p.negated && !uses_a_thing)
                || named
                || (p.action == "retain" && p.retention().is_some());
            // (A bare verb whose object is a pronoun waits for the data the
            // clause before named: "We collect your contacts. We sell them.")
            let pronoun_object = !stated && self.data_pronoun_at(last);
            // (Nor one that opens a list, whose items name the data: "We
            // collect: - your precise location - your email address".)
            let opens_list = !stated && self.norm.trim_end().ends_with(':');
            let substantive = stated || pronoun_object || opens_list;
            let mut p = p;
            p.pronoun_object = pronoun_object;
            if let Some(c) = concession.as_ref().filter(|c| c.holds(verbs[0].start)) {
                p.choice = None;
                p.despite = (!p.negated).then(|| c.kind.clone());
                p.purposes.retain(|u| !chosen_purposes.contains(u));
                p.condition = p
                    .condition
                    .filter(|k| self.norm.find(k.text.as_str()).is_none_or(|at| c.holds(at)));
            }
            // "We and our partners use …": the same practice for each party
            // the subject lists (not where the subject grants access).
            let co_actors = if granted {
                Vec::new()
            } else {
                self.co_subjects(verbs[0])
            };
            // (The subject's parties act; none of them is a recipient the
            // clause names only as that subject.)
            let others: Vec<Practice> = if co_actors.contains(&p.actor) {
                p.recipients.retain(|r| !co_actors.contains(r));
                co_actors
                    .iter()
                    .filter(|a| **a != p.actor)
                    .map(|a| p.done_by(a))
                    .collect()
            } else {
                // (A subject that receives receives whole: "Advertisers
                // and their agents may receive your email address".)
                if p.recipients.iter().any(|r| co_actors.contains(r)) {
                    let rest: Vec<String> = p
                        .recipients
                        .drain(..)
                        .filter(|r| !co_actors.contains(r))
                        .collect();
                    p.recipients = co_actors.iter().cloned().chain(rest).collect();
                }
                Vec::new()
            };
            // Data kept with a party is disclosed to it: "only your email
            // address will be stored with the third-party service", "your
            // files are hosted with our cloud provider".
            let kept_with: Vec<Practice> = match self.kept_with(verbs[0]) {
                Some(holder) if p.action == "retain" && holder != p.actor => {
                    let mut q = p.clone();
                    q.action = "share".to_string();
                    q.recipients = vec![holder];
                    q.retention_days = None;
                    q.retention_open = None;
                    vec![q]
                }
                _ => Vec::new(),
            };
            // Data kept apart from other data is kept, and a promise not to
            // combine them: "we keep your health data separate from your
            // other information", "… is stored separately from your
            // account".
            let apart: Option<Practice> = (p.action == "retain"
                && !p.negated
                && self.kept_apart(verbs[verbs.len() - 1].end, end))
            .then(|| {
                let mut q = p.clone();
                q.action = "combine".to_string();
                q.negated = true;
                q.retention_days = None;
                q.retention_open = None;
                q
            });
            // A purpose listed beside the act a choice is over is a second
            // thing the choice is over, not the act's purpose: "opt out of
            // the sale of your personal information and targeted
            // advertising" offers an opt-out of the sale and one of targeted
            // advertising (dropped, the second is a choice gone).
            let listed = if p.presupposed && p.choice.is_some() {
                self.purposes_listed_beside(verbs[verbs.len() - 1].end, end)
            } else {
                Vec::new()
            };
            let beside: Option<Practice> = (!listed.is_empty()).then(|| {
                p.purposes.retain(|x| !listed.contains(x));
                if let Some(c) = p.choice.as_mut() {
                    c.scope.retain(|x| !listed.contains(x));
                }
                let mut q =
                    Practice::companys("use", false, Vec::new(), p.matched.clone(), Vec::new());
                q.modality = p.modality;
                q.purposes = listed.clone();
                // (The choice is over the purpose itself, not limited to
                // it: "opt out of targeted advertising".)
                q.choice = p.choice.clone().map(|mut c| {
                    c.scope.clear();
                    c
                });
                q.presupposed = true;
                q
            });
            // Data an act leaves out is data it is not done with: "these
            // companies may use aggregated information (not including your
            // name, address or email address)" does not use the name. So
            // are purposes: "we use it for these purposes, but not to show
            // you ads" promises it is not used for advertising.
            let excluded: Vec<Practice> = if p.negated || p.presupposed {
                Vec::new()
            } else {
                let left_out = || {
                    let mut q = p.clone();
                    q.negated = true;
                    q.choice = None;
                    q.condition = None;
                    q.retention_days = None;
                    q.retention_open = None;
                    q
                };
                let purposes = self.excluded_purposes(verbs[0].end, end);
                self.excluded_data(verbs[0].end, end)
                    .into_iter()
                    .map(|(data, objects)| {
                        let mut q = left_out();
                        q.data = data;
                        q.objects = objects;
                        q
                    })
                    .chain((!purposes.is_empty()).then(|| {
                        let mut q = left_out();
                        q.purposes = purposes;
                        q
                    }))
                    .collect()
            };
            // (What is left out names data or a purpose of its own, where
            // the act's object names none: "the segments we share do not
            // include your name" promises the name is not shared.)
            for (p, left_out) in std::iter::once(p)
                .chain(others)
                .chain(kept_with)
                .chain(apart)
                .chain(beside)
                .map(|p| (p, false))
                .chain(excluded.into_iter().map(|p| (p, true)))
            {
                if !substantive && !left_out {
                    continue;
                }
                // The same practice stated again by a later verb adds
                // what that verb names: in "advertisers may set cookies or
                // use web beacons to collect your IP address" the cookies
                // and the IP address are both collected.
                match out.iter_mut().find(|o| same_practice(o, &p)) {
                    Some(o) => {
                        o.absorb(p);
                        o.data = specific(std::mem::take(&mut o.data));
                    }
                    None => out.push(p),
                }
            }
        }
        // The choice an act goes on past is still offered over what the
        // rest of the clause names: "if you opt out of interest-based
        // advertising, …" offers that opt-out.
        if let Some(c) = &concession
            && choice.is_some()
            && !out.iter().any(|o| o.choice.is_some())
        {
            let outside = |h: &Hit| !c.holds(h.start) && !self.in_exception(h);
            let data = specific(self.terms_where(Kind::Data, outside));
            let recipients = self.terms_where(Kind::Recipient, outside);
            let choice = choice.clone().map(|mut k| {
                k.scope.retain(|u| chosen_purposes.contains(u));
                k
            });
            out.extend(self.choice_only(
                data,
                recipients,
                chosen_purposes.clone(),
                choice,
                None,
                &verb_starts,
            ));
        }
        if let Some(p) = kept_until_deleted
            && !out.iter().any(|o| o.action == "retain")
        {
            out.push(p);
        }
        if let Some(p) = local
            && !out
                .iter()
                .any(|o| o.action == "collect" && o.negated && o.data == p.data)
        {
            out.push(p);
        }
        // Every verb dropped ("you have the opportunity to opt in to our
        // newsletters and have offers sent to you"): the choice stands as
        // rule 6 reads it, over no disclosure those verbs named ("opt out
        // of marketing emails, which are transmitted to your device").
        out.extend(purpose_acts.into_iter().map(|(_, p)| p));
        if out.is_empty() {
            return self.choice_only(
                data,
                recipients(),
                purposes,
                choice,
                condition,
                &verb_starts,
            );
        }
        out
    }

    /// Denied purposes that are themselves acts on data: "we do not build
    /// profiles of students except to support the school's educational
    /// purposes" promises not to use data for profiling, "we do not show
    /// behavioral advertising to children" not to use it for advertising,
    /// "we will never send you marketing emails" not for marketing — its
    /// data, or personal information where it names none — though no verb
    /// of use stands. Only a purpose phrase opening on building or
    /// creating, or right after a verb that carries the purpose out to the
    /// reader (`PURPOSE_VERBS`), right after the denial; and only in a
    /// part of the sentence (between main clauses of the company's own)
    /// where no other verb read as an act (`verb_starts`) stands. `data`
    /// is the sentence's, taken where the part is the whole sentence. Each
    /// promise comes with where its part begins.
    fn purpose_acts_denied(
        &self,
        data: &[String],
        condition: Option<&Condition>,
        verb_starts: &[usize],
    ) -> Vec<(usize, Practice)> {
        let mut out: Vec<(usize, Practice)> = Vec::new();
        let mut parts_done: Vec<usize> = Vec::new();
        for h in &self.hits {
            let Some(purpose) = self.entry(h, Kind::Purpose) else {
                continue;
            };
            if self.in_exception(h) {
                continue;
            }
            let w = self.word_index(h.start);
            let cue = &self.norm[h.start..h.end];
            let verb = if ["build ", "create ", "building ", "creating "]
                .iter()
                .any(|v| cue.starts_with(v))
            {
                Some(w)
            } else {
                let id = self.ex.taxonomy.purposes[purpose].id.as_str();
                let carries = |v: usize| {
                    PURPOSE_VERBS
                        .iter()
                        .any(|&(verb, carried)| self.word(v) == verb && carried == id)
                };
                // (The verb may open the purpose's phrase: "show you ads".)
                let k = w
                    .checked_sub(1)
                    .filter(|&k| k > 0 && matches!(self.word(k), "you" | "users" | "them"))
                    .unwrap_or(w);
                if carries(w) {
                    Some(w)
                } else {
                    k.checked_sub(1).filter(|&v| carries(v))
                }
            };
            let Some(v) = verb else {
                continue;
            };
            let denied = (v.saturating_sub(3)..v).any(|i| {
                matches!(self.word(i), "not" | "never" | "no")
                    && (i + 1..v).all(|k| auxiliary(self.word(k)) || self.word(k).ends_with("ly"))
            });
            if !denied {
                continue;
            }
            let from = self.company_clause_before(h.start);
            let to = self.company_clause_after(h.end);
            if parts_done.contains(&from)
                || verb_starts
                    .iter()
                    .any(|&a| a >= from && a < to && a != self.words[v])
            {
                continue;
            }
            parts_done.push(from);
            let inside = |x: &Hit| x.start >= from && x.start < to && !self.in_exception(x);
            let data = if from == 0 && to == self.norm.len() {
                data.to_vec()
            } else {
                specific(self.terms_where(Kind::Data, inside))
            };
            let data = if data.is_empty() {
                vec![GENERIC_DATA.to_string()]
            } else {
                data
            };
            // ("We do not show ads to children": theirs.)
            let data = self.childrens_data(&data, from, to);
            let mut p = Practice::companys(
                "use",
                true,
                data,
                self.matched_terms().into(),
                self.data_spans(inside),
            );
            p.purposes = self.terms_where(Kind::Purpose, inside);
            p.condition = condition
                .filter(|c| {
                    self.norm
                        .find(c.text.as_str())
                        .is_none_or(|at| at >= from && at < to)
                })
                .cloned();
            out.push((from, p));
        }
        out
    }

    /// The purposes an act is set against, "but not" or "but never", between
    /// byte `from` and `to`: an exclusion naming purposes and no data or
    /// act ("…, but not to show you ads").
    fn excluded_purposes(&self, from: usize, to: usize) -> Vec<String> {
        let mut out = Vec::new();
        for (s, e) in self.exclusions(from, to, &["but not ", "but never "]) {
            let inside = |h: &Hit| h.start > s && h.start < e;
            if !self
                .hits
                .iter()
                .any(|h| inside(h) && self.entry(h, Kind::Data).is_some())
            {
                super::merge_ids(&mut out, self.terms_where(Kind::Purpose, inside));
            }
        }
        out
    }

    /// The data of each exclusion ("not including …", "excluding …") between
    /// byte `from` and `to` that names data and no act: its ids and spans.
    fn excluded_data(&self, from: usize, to: usize) -> Vec<(Vec<String>, Vec<DataSpan>)> {
        self.exclusions(from, to, EXCLUSIONS)
            .filter_map(|(s, e)| {
                let inside = |h: &Hit| h.start > s && h.start < e;
                let ids = specific(self.terms_where(Kind::Data, inside));
                (!ids.is_empty()).then(|| (ids, self.data_spans(inside)))
            })
            .collect()
    }

    /// The exceptions that start between byte `from` and `to` on one of
    /// `openers` and name no act: what an act leaves out.
    fn exclusions<'s>(
        &'s self,
        from: usize,
        to: usize,
        openers: &'s [&str],
    ) -> impl Iterator<Item = (usize, usize)> + 's {
        self.exceptions
            .iter()
            .copied()
            .filter(move |&(s, _)| {
                s >= from && s < to && openers.iter().any(|x| self.norm[s..].starts_with(x))
            })
            .filter(|&(s, e)| {
                !self
                    .hits
                    .iter()
                    .any(|h| h.start > s && h.start < e && self.names_action(h))
            })
    }

    /// Whether the object of a sale (from `from` to `to`) is the company's
    /// assets, before any data it names: "sell, transfer, or share some or
    /// all of our assets, including your information" (within a dozen
    /// words, past the verbs listed with it).
    fn sells_assets(&self, from: usize, to: usize) -> bool {
        let to = to.min(self.norm.len());
        let first_data = self
            .hits
            .iter()
            .find(|h| h.start >= from && h.start < to && self.only_data(h))
            .map_or(to, |h| h.start);
        let w = self.word_index(from);
        (w..self.words.len())
            .take_while(|&i| self.words[i] < first_data)
            .take(12)
            .any(|i| matches!(self.word(i), "assets" | "asset"))
            || self.share_of_business(w).is_some()
    }

    /// The word after the verb at word `w` naming the business sold, when
    /// only a share of it comes between: "sell a portion of or all of our
    /// business", "sell all or part of our company".
    pub(super) fn share_of_business(&self, w: usize) -> Option<usize> {
        (w + 1..self.words.len().min(w + 10))
            .find(|&i| !SHARE_OF.contains(&self.word(i)))
            .filter(|&i| BUSINESS.contains(&self.word(i)))
    }

    /// The party "them" stands for after "to" or "with" in the verb's
    /// object (from `from` to `to`), when it stands for one.
    fn recipient_pronoun(&self, from: usize, to: usize) -> Option<String> {
        let to = to.min(self.norm.len());
        let at = super::scan::RECIPIENT_PRONOUNS.iter().find_map(|p| {
            let i = from + self.norm[from..to].find(p)?;
            let them = i + p.len() - "them".len();
            // (A whole word: not "with themselves".)
            let end = them + "them".len();
            (end == self.norm.len() || !self.norm[end..].starts_with(char::is_alphanumeric))
                .then_some(them)
        })?;
        self.referent(at).flatten()
    }

    /// Generic personal information as children's when the object, from
    /// `from` to `to`, names children or minors (outside an exception).
    fn childrens_data(&self, data: &[String], from: usize, to: usize) -> Vec<String> {
        let Some(childrens) = self.ex.as_childrens(data) else {
            return data.to_vec();
        };
        let to = to.min(self.norm.len());
        let named = (self.word_index(from)..self.words.len())
            .take_while(|&i| self.words[i] < to)
            .any(|i| {
                (CHILDREN.contains(&self.word(i)) || self.minors_age_limit(i))
                    && !self
                        .exceptions
                        .iter()
                        .any(|&(s, e)| self.words[i] > s && self.words[i] < e)
            });
        if named { childrens } else { data.to_vec() }
    }

    /// The age the clause's children are under: "children under 13",
    /// "under the age of 16", "below the age of 18", "younger than 13",
    /// "under 16 years of age" — the first after the verb at byte `verb`,
    /// else the last before it ("we do not aim our services at children
    /// under 18 and do not knowingly collect data from children under 13"
    /// collects from those under 13); up to 21: an adult's age is no
    /// child's.
    fn children_under(&self, verb: usize) -> Option<u32> {
        let v = self.word_index(verb);
        (v..self.words.len()).chain((0..v).rev()).find_map(|i| {
            let mut k = match self.word(i) {
                "under" | "below" => i + 1,
                "younger" | "less" if self.word_get(i + 1) == Some("than") => i + 2,
                _ => return None,
            };
            if self.word_get(k) == Some("the")
                && self.word_get(k + 1) == Some("age")
                && self.word_get(k + 2) == Some("of")
            {
                k += 3;
            }
            let n = super::choices::number(self.word_get(k)?)?;
            (n > 0 && n <= 21).then_some(n)
        })
    }

    /// Generic personal information handled "in aggregate form", "on an
    /// aggregated basis" or "in a form that does not identify you" is
    /// aggregated or de-identified information, when the vocabulary has
    /// that type: "we share information with advertisers in an aggregated
    /// form" shares no personal information (and a later version that drops
    /// the form does). The form is looked for in the clause up to `to`,
    /// outside its exceptions ("we do not share it, except in aggregate
    /// form" still promises about personal information). So is data the
    /// company de-identifies before the act at `verb`: "we anonymize your
    /// data before sharing it with researchers", "before sharing it, we
    /// aggregate it", "we remove your name and other identifiers prior to
    /// disclosing it".
    fn aggregated_data(&self, mut data: Vec<String>, verb: usize, to: usize) -> Vec<String> {
        let Some(at) = data.iter().position(|d| d == GENERIC_DATA) else {
            return data;
        };
        if !self.may_deidentify()
            || self
                .ex
                .taxonomy
                .entry(Kind::Data, DEIDENTIFIED_DATA)
                .is_none()
        {
            return data;
        }
        if self.deidentified_form(verb, to) {
            data.remove(at);
            if !data.iter().any(|d| d == DEIDENTIFIED_DATA) {
                data.insert(at, DEIDENTIFIED_DATA.to_string());
            }
        }
        data
    }

    /// Whether the clause from byte `from` to `to` says an act is done for
    /// money or its worth (`FOR_CONSIDERATION`: "for monetary or other
    /// valuable consideration", "in exchange for payment").
    /// (Not in a definition, which says what the law calls a sale: "a
    /// sale is defined as disclosing personal information … for monetary
    /// or other valuable consideration".)
    fn for_consideration(&self, from: usize, to: usize) -> bool {
        let to = to.min(self.norm.len());
        let region = &self.norm[from.min(to)..to];
        (region.contains("consideration")
            || region.contains(" for ")
            || region.contains("exchange"))
            && FOR_CONSIDERATION.iter().any(|f| region.contains(f))
            && !self.has_word(|w| {
                matches!(
                    w,
                    "defined"
                        | "defines"
                        | "define"
                        | "definition"
                        | "means"
                        | "meaning"
                        | "refers"
                )
            })
    }

    /// Whether the clause calls the act ending at byte `from` a sale
    /// (`CALLED_A_SALE`), not denying it: "which may be considered a sale",
    /// not "which is not considered a sale".
    fn called_a_sale(&self, from: usize) -> bool {
        let after = &self.norm[from.min(self.norm.len())..];
        (after.contains("sale") || after.contains("selling"))
            && CALLED_A_SALE.iter().any(|c| {
                after.find(c).is_some_and(|at| {
                    !after[..at]
                        .split_whitespace()
                        .rev()
                        .take(4)
                        .any(|w| matches!(w, "not" | "never" | "no"))
                })
            })
    }

    /// Whether the clause says the company is paid for the disclosure at
    /// `verb` (ending by `end`): "we may receive compensation when we share
    /// your information with partners", "… with partners, who pay us for
    /// it". Paid for, a disclosure is a sale as the law defines one.
    fn paid_for(&self, verb: usize, end: usize) -> bool {
        let before = &self.norm[..verb];
        let before = &before[before.rfind([';', '.']).map_or(0, |i| i + 1)..];
        let after = &self.norm[verb..end.min(self.norm.len()).max(verb)];
        // (Not paid, it is no sale: "we do not receive payment for sharing
        // it", "partners never pay us for it".)
        let paid = |text: &str, phrases: &[&str]| {
            phrases.iter().any(|p| {
                super::phrases::words_at(text, p).any(|at| {
                    !text[..at]
                        .split_whitespace()
                        .rev()
                        .take(3)
                        .any(|w| matches!(w, "not" | "never" | "no"))
                })
            })
        };
        // (The phrases are looked for only where a word of paying stands:
        // most disclosures name none.)
        let paying = |from: usize, to: usize, words: &dyn Fn(&str) -> bool| {
            (0..self.words.len())
                .filter(|&i| self.words[i] >= from && self.ends[i] <= to)
                .any(|i| words(self.word(i)))
        };
        let paid_word = |w: &str| PAYMENTS.contains(&w) || PAID_WORDS.contains(&w);
        (paying(verb - before.len(), verb, &paid_word) && paid(before, PAID))
            || (paying(verb, verb + after.len(), &|w| PAYING_US_WORDS.contains(&w))
                && paid(after, PAYING_US))
    }

    /// Where an act the company states set against the one ending at byte
    /// `after` begins — after "but", "however" or a semicolon: "we do not
    /// sell it, but we may share it …". `None` when there is none. (The
    /// clause's `denied` verbs, as read once for all its practices, are
    /// the acts it does not state.)
    fn contrasted_act(&self, after: usize, denied: &[(usize, usize)]) -> Option<usize> {
        self.hits
            .iter()
            .filter(|v| {
                v.start >= after && self.names_action(v) && !denied.contains(&(v.start, v.end))
            })
            .find(|v| contrast_in(&self.norm[after..v.start]).is_some())
            .map(|v| v.start)
    }

    /// Where the contrast stands between the last of the clause's
    /// `denied` verbs before byte `verb` and the act starting there, which
    /// it sets against it. `None` when no denied act stands before it so.
    fn contrast_before(&self, verb: usize, denied: &[(usize, usize)]) -> Option<usize> {
        let &(_, end) = denied.iter().rfind(|&&(_, end)| end <= verb)?;
        contrast_in(&self.norm[end..verb]).map(|p| end + p)
    }

    /// Purposes listed after the data an act names, from byte `from` to
    /// `to`, as a second object beside the act: "the sale of your personal
    /// information and targeted advertising", "… or of profiling" (not
    /// "for targeted advertising", which is the act's purpose).
    fn purposes_listed_beside(&self, from: usize, to: usize) -> Vec<String> {
        self.terms_where(Kind::Purpose, |h| {
            let k = self.word_index(h.start);
            if h.start < from || h.start >= to || k < 2 {
                return false;
            }
            let j = if self.word(k - 1) == "of" {
                k - 2
            } else {
                k - 1
            };
            j >= 1
                && matches!(self.word(j), "and" | "or")
                && self.norm[self.ends[j - 1]..self.words[j]].trim().is_empty()
                && self
                    .covering(self.words[j - 1])
                    .any(|d| d.end == self.ends[j - 1] && self.entry(d, Kind::Data).is_some())
        })
    }

    /// Whether the words after a keeping verb, up to `to`, say the data is
    /// kept apart from other data: "separate from", "separately from",
    /// "segregated from" — before any clause break. (Not from a party:
    /// "separate from the merchant" keeps it from them, which is no
    /// combining; nor "apart from", which mostly means "except".)
    fn kept_apart(&self, from: usize, to: usize) -> bool {
        let (a, b) = (
            self.word_index(from),
            self.word_index(to.min(self.norm.len())),
        );
        (a..b.min(a + 12)).any(|i| {
            matches!(self.word(i), "separate" | "separately" | "segregated")
                && self.word_get(i + 1) == Some("from")
                && !self.norm[from..self.words[i]].contains([';', ':', '.'])
                && !self.hits.iter().any(|h| {
                    let k = self.word_index(h.start);
                    k > i + 1 && k <= i + 4 && self.entry(h, Kind::Recipient).is_some()
                })
        })
    }

    /// The data a practice passes (its object spans `objects`), and
    /// whether it is named de-identified: the kinds de-identified data is
    /// about ([`Self::deidentified_about`]), or the kinds as named and
    /// whether they are named so ([`Self::deidentified_kinds`], for the act
    /// at byte `verb`, up to `to`). A clause's own object and a list item's
    /// data for its lead-in's practice ("- non-personally identifying
    /// demographic information", read from byte 0) are read alike.
    pub(super) fn deidentified_data(
        &self,
        data: Vec<String>,
        objects: &[DataSpan],
        verb: usize,
        to: usize,
    ) -> (Vec<String>, bool) {
        match self.deidentified_about(&data, objects) {
            Some(kinds) => (kinds, true),
            None => {
                let deidentified = self.deidentified_kinds(&data, objects, verb, to);
                (data, deidentified)
            }
        }
    }

    /// Whether the kinds of data the practice names (not the generic group,
    /// which [`Self::aggregated_data`] turns into the de-identified kind)
    /// are named de-identified: each object's first term right after a
    /// de-identifying adjective ("aggregated location data", "anonymized
    /// usage and device data"), or the clause passing it in such a form
    /// ("we share your location in aggregated form") or de-identifying it
    /// first.
    fn deidentified_kinds(
        &self,
        data: &[String],
        objects: &[DataSpan],
        verb: usize,
        to: usize,
    ) -> bool {
        if data.is_empty()
            || data
                .iter()
                .any(|d| d == GENERIC_DATA || d == DEIDENTIFIED_DATA)
            || !self.may_deidentify()
        {
            return false;
        }
        // ("Non-identifiable", "non-personally identifying demographic
        // information": the hyphen is a space here.)
        let not_identifying = |w: usize| {
            matches!(self.word(w), "identifiable" | "identifying")
                && w > 0
                && (self.word(w - 1) == "non"
                    || (self.word(w - 1) == "personally" && w > 1 && self.word(w - 2) == "non"))
        };
        let adjective = |at: usize| {
            let w = self.word_index(at);
            w > 0 && (self.deidentifying_adjective(w - 1).is_some() || not_identifying(w - 1))
        };
        // (The terms of one list share its adjective: "anonymized usage and
        // device data".)
        let listed = |a: &DataSpan, b: &DataSpan| {
            a.end <= b.start
                && self.norm[a.end..b.start]
                    .split([' ', ','])
                    .all(|w| matches!(w, "" | "and" | "or" | "other" | "data" | "information"))
        };
        // (Nor do the examples in parentheses after it name other data:
        // "non-personally identifying demographic information (such as
        // your age range and your city)".)
        let example_of = |a: &DataSpan, b: &DataSpan| {
            a.end <= b.start && {
                let between = &self.norm[a.end..b.start];
                between.trim_start().starts_with('(') && !between.contains(')')
            }
        };
        let mut spans = objects.iter();
        let named = spans.next().is_some_and(|first| {
            adjective(first.start) && {
                let mut prev = first;
                spans.all(|o| {
                    let ok = adjective(o.start) || listed(prev, o) || example_of(first, o);
                    prev = o;
                    ok
                })
            }
        });
        named || self.deidentified_form(verb, to)
    }

    /// Whether every "third party" the clause names only says what kind
    /// of party the recipient after it is ("third-party advertisers",
    /// "third party analytics providers"): the recipient is named, not
    /// third parties besides it, which a later "analytics partners" would
    /// read as dropped.
    fn third_party_only_qualifies(&self) -> bool {
        let mut named = false;
        for (k, h) in self.hits.iter().enumerate() {
            if self
                .entry(h, Kind::Recipient)
                .is_none_or(|i| self.ex.taxonomy.recipients[i].id != THIRD_PARTIES)
            {
                continue;
            }
            // (Past one word of the party's own kind, which the
            // vocabulary need not know: "third-party model providers".)
            let qualifies = matches!(&self.norm[h.start..h.end], "third party" | "3rd party")
                && self.hits[k + 1..]
                    .iter()
                    .find(|next| next.start >= h.end && self.entry(next, Kind::Recipient).is_some())
                    .is_some_and(|next| {
                        let gap = &self.norm[h.end..next.start];
                        gap == " "
                            || (gap.starts_with(' ')
                                && gap.ends_with(' ')
                                && gap.trim().chars().all(|c| c.is_ascii_alphanumeric()))
                    });
            if !qualifies {
                return false;
            }
            named = true;
        }
        named
    }

    /// The kinds that de-identified data is said to be about, when that is
    /// all the object names: "aggregated, de-identified data about your
    /// usage" is usage data de-identified, not de-identified data beside
    /// usage data — so a later version that shares "data about your usage"
    /// drops the de-identification.
    fn deidentified_about(&self, data: &[String], objects: &[DataSpan]) -> Option<Vec<String>> {
        let tax = &self.ex.taxonomy;
        let [first, second, ..] = objects else {
            return None;
        };
        let is_deidentified = |o: &DataSpan| tax.data[o.entry].id == DEIDENTIFIED_DATA;
        let about = self.norm[first.end..second.start].split(' ').all(|w| {
            matches!(
                w,
                "" | "about"
                    | "on"
                    | "regarding"
                    | "concerning"
                    | "relating"
                    | "related"
                    | "to"
                    | "your"
                    | "the"
            )
        });
        (is_deidentified(first)
            && about
            && data.iter().filter(|d| *d == DEIDENTIFIED_DATA).count() == 1
            && objects[1..].iter().all(|o| !is_deidentified(o)))
        .then(|| {
            data.iter()
                .filter(|d| *d != DEIDENTIFIED_DATA)
                .cloned()
                .collect()
        })
    }

    /// Whether the clause has a word that opens a de-identifying form or
    /// act ("aggregated", "anonymize", "de-identified", "cannot
    /// identify"): most clauses have none, so the forms are looked for only
    /// then.
    fn may_deidentify(&self) -> bool {
        self.has_word(|w| {
            ["aggregat", "anonym", "identif", "pseudonym", "cannot"]
                .iter()
                .any(|x| w.starts_with(x))
        })
    }

    /// Whether the clause up to `to` passes data in a de-identified form
    /// ("in aggregated form", "in a way that does not identify you"),
    /// outside its exceptions, or de-identifies it before the act at `verb`.
    fn deidentified_form(&self, verb: usize, to: usize) -> bool {
        let region = &self.norm[..to.min(self.norm.len())];
        AGGREGATE_FORMS.iter().any(|f| {
            region.match_indices(f).any(|(i, _)| {
                !self.exceptions.iter().any(|&(s, e)| i > s && i < e) && region[..i].ends_with(' ')
            })
        }) || self.deidentified_before(verb)
    }

    /// Data the clause says is passed "in hashed form" ("we share your
    /// phone number in hashed form with Facebook") is its hashed kind,
    /// where the vocabulary has one: the entry within it labelled
    /// "hashed …". Looked for up to `to`.
    fn hashed_data(&self, data: Vec<String>, to: usize) -> Vec<String> {
        // (Most clauses hash nothing: asked of the words first.)
        if !self.has_word(|w| w == "hashed") {
            return data;
        }
        let region = &self.norm[..to.min(self.norm.len())];
        if !HASHED_FORMS.iter().any(|f| region.contains(f)) {
            return data;
        }
        let t = &self.ex.taxonomy;
        data.into_iter()
            .map(|d| {
                t.data
                    .iter()
                    .find(|e| e.parent.as_deref() == Some(&d) && e.label.starts_with("hashed "))
                    .map_or(d, |e| e.id.clone())
            })
            .collect()
    }

    /// Whether the clause de-identifies data before the act at byte `verb`:
    /// "before" or "prior to" just ahead of the verb ("before sharing",
    /// "before we share it") and, in the clause, the company
    /// de-identifying ("we anonymize", "we aggregate it", "remove … other
    /// identifiers"), not denied.
    fn deidentified_before(&self, verb: usize) -> bool {
        let v = self.word_index(verb);
        let before = (v.saturating_sub(3)..v).any(|i| {
            self.word(i) == "before"
                || (self.word(i) == "prior"
                    && self.words.get(i + 1).is_some()
                    && self.word(i + 1) == "to")
        });
        before
            && (0..self.words.len()).any(|i| {
                let w = self.word(i);
                let deidentifies = DEIDENTIFYING.contains(&w)
                    || (matches!(w, "identify" | "identifies")
                        && i > 0
                        && self.word(i - 1) == "de")
                    || (matches!(w, "remove" | "strip" | "removes" | "strips")
                        && (i + 1..(i + 8).min(self.words.len()))
                            .any(|k| self.word(k).starts_with("identif")));
                deidentifies
                    && !(i.saturating_sub(3)..i).any(|k| matches!(self.word(k), "not" | "never"))
            })
    }

    /// Whether every "other purposes" of the clause refers to purposes
    /// described elsewhere in the policy: "the other purposes", "other
    /// purposes as described below", "… set out in this notice".
    fn other_purposes_referred(&self) -> bool {
        const POINTERS: &[&str] = &[
            "described",
            "set",
            "listed",
            "outlined",
            "explained",
            "specified",
            "identified",
            "stated",
            "mentioned",
            "disclosed",
            "below",
            "above",
            "herein",
            "this",
            "these",
        ];
        self.hits
            .iter()
            .filter(|h| {
                self.entry(h, Kind::Purpose)
                    .is_some_and(|i| self.ex.taxonomy.purposes[i].id == OTHER_PURPOSES)
            })
            .all(|h| {
                let w = self.word_index(h.start);
                let last = self.word_index(h.end.saturating_sub(1));
                (w > 0 && matches!(self.word(w - 1), "the" | "these" | "those"))
                    || (last + 1..(last + 5).min(self.words.len()))
                        .any(|k| POINTERS.contains(&self.word(k)))
            })
    }

    /// Whether the verb is stated as a restriction: "only" before it, past
    /// auxiliaries ("we will only ever share …"), or after it before what
    /// the act is limited to ("we share it only with our providers", "…
    /// only when the law requires"), up to `end`.
    fn restricted(&self, verb: &Hit, end: usize) -> bool {
        let w = self.word_index(verb.start);
        let before = (w.saturating_sub(4)..w).any(|k| {
            self.word(k) == "only"
                && (k + 1..w).all(|j| self.word(j) == "ever" || auxiliary(self.word(j)))
        });
        let last = self.word_index(verb.end.saturating_sub(1));
        let after = (last + 1..self.words.len().saturating_sub(1))
            .take_while(|&k| self.words[k] < end)
            .any(|k| {
                self.word(k) == "only"
                    // (Or after the preposition: "share it with only those
                    // third parties".)
                    && (matches!(self.word(k - 1), "with" | "to") || matches!(
                        self.word(k + 1),
                        "with"
                            | "to"
                            | "when"
                            | "while"
                            | "during"
                            | "if"
                            | "in"
                            | "as"
                            | "for"
                            | "where"
                            | "under"
                    ))
            });
        // (Or within the verb's own words: "visible only to your friends".)
        let within = (w..=last).any(|k| self.word(k) == "only");
        before || after || within
    }

    /// Whether the party noun at word `noun`, after "these" or "those",
    /// stands for `party`, named before, given the recipients `recips` the
    /// clause reads: a word for any party ("these companies", read as third
    /// parties) stands for whichever party came before; one of a kind
    /// ("these partners", "those providers") for a party whose name ends
    /// in it or that is of that kind.
    fn demonstrated(&self, noun: usize, party: &str, recips: &[String]) -> bool {
        let tax = &self.ex.taxonomy;
        let own = self
            .covering(self.words[noun])
            .find_map(|h| self.entry(h, Kind::Recipient))
            .map(|j| tax.recipients[j].id.as_str());
        if !recips
            .iter()
            .all(|r| r == THIRD_PARTIES || Some(r.as_str()) == own)
        {
            return false;
        }
        let head = self.word(noun);
        match own {
            None | Some(THIRD_PARTIES) => true,
            Some(kind) => {
                party != kind
                    && (tax.is_within(Kind::Recipient, party, kind)
                        || tax.entry(Kind::Recipient, party).is_some_and(|e| {
                            e.terms
                                .iter()
                                .any(|t| t.strip_suffix(head).is_some_and(|r| r.ends_with(' ')))
                        }))
            }
        }
    }

    /// Whether word `i` opens an age limit below adulthood: "consumers under
    /// 16 years of age", "users under the age of 13", "anyone younger than
    /// 18", "consumers between the ages of 13 – 16" — whom the limit leaves
    /// are minors.
    fn minors_age_limit(&self, i: usize) -> bool {
        if !matches!(
            self.word(i),
            "under" | "below" | "younger" | "less" | "between"
        ) {
            return false;
        }
        let end = (i + 5).min(self.words.len());
        let Some(k) =
            (i + 1..end).find(|&k| !matches!(self.word(k), "the" | "age" | "ages" | "of" | "than"))
        else {
            return false;
        };
        // (An age, not a time or an amount: "for under 7 days" is none.)
        let aged = (i + 1..(k + 4).min(self.words.len()))
            .any(|j| matches!(self.word(j), "age" | "aged" | "old" | "olds"))
            || (i > 0 && PEOPLE.contains(&self.word(i - 1)));
        aged && self
            .word(k)
            .parse::<u32>()
            .is_ok_and(|n| (1..=18).contains(&n))
    }

    /// Whether the clause's choice cues all lie inside its exception.
    fn choice_in_exception(&self) -> bool {
        let mut cues = self
            .hits
            .iter()
            .filter(|h| self.entry(h, Kind::Choice).is_some())
            .peekable();
        cues.peek().is_some() && cues.all(|h| self.in_exception(h))
    }

    /// Whether the words from the byte `from` up to the word `to` are an
    /// infinitive and the bare verbs listed with it: "to communicate,
    /// collaborate," (one word between commas, naming nothing: "to reply
    /// to it, and store it" lists the verbs of another subject).
    fn infinitives_since(&self, from: usize, to: usize) -> bool {
        let a = self.word_index(from) + 1;
        a + 1 < to
            && self.word(a) == "to"
            && to - a <= 6
            && (a + 1..to)
                .all(|i| i + 1 == to || self.norm[self.ends[i]..self.words[i + 1]].trim() == ",")
            && !self
                .hits
                .iter()
                .any(|u| u.start > self.ends[a] && u.end <= self.words[to])
    }

    /// Where a clause of purpose opens between two byte offsets — "so
    /// (that) they can …", "in order to …", or "to" and a bare verb ("to
    /// verify", not "to our partners" nor "to third parties", which name a
    /// recipient) — and where the object takes up again after it: at a
    /// list's next item (";", ":", ", and"), or at what the purpose is
    /// "based on". (Not a participle's purpose, "your IP address used to
    /// connect to the Internet", nor one that keeps data itself: "a cookie
    /// to remember your preferences".)
    fn purpose_clause(&self, from: usize, to: usize) -> Option<(usize, usize)> {
        let to = to.min(self.norm.len());
        let first = self.word_index(from) + 1;
        let last = self
            .word_index(to.saturating_sub(1))
            .min(self.words.len().saturating_sub(1));
        let at = (first..last).find(|&i| {
            let next = self.word(i + 1);
            match self.word(i) {
                "so" => matches!(next, "that" | "they" | "we" | "you" | "it"),
                "in" => next == "order",
                "to" => {
                    // (What names a thing or a party after "to", or keeps
                    // data itself.)
                    let names_thing = next.ends_with('s')
                        || OBJECT_OPENERS.contains(&next)
                        || KEEPING.contains(&next)
                        || matches!(
                            next,
                            "other"
                                | "third"
                                | "whom"
                                | "which"
                                | "anyone"
                                | "every"
                                | "each"
                                | "include"
                        )
                        || self.covering(self.words[i + 1]).next().is_some();
                    !(names_thing || (i > 0 && participle(self.word(i - 1))))
                }
                _ => false,
            }
        })?;
        let cut = self.words[at];
        // (Past the purpose's first words: "necessary to: (i) comply …, (ii)
        // …" lists purposes.)
        let from = self.words[at + 1];
        let resume = [";", ":", ", and ", ", or ", " based on "]
            .iter()
            .filter_map(|m| self.norm[from..to].find(m).map(|k| from + k))
            .min()
            .unwrap_or(to);
        Some((cut, resume))
    }

    /// Whether the word right before a participle is data other than
    /// trackers, which the participle describes: "information provided by
    /// our partners" (not "cookies provided by third parties").
    fn data_before_participle(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        w > 0
            && self.norm[self.ends[w - 1]..verb.start] == *" "
            && self
                .covering(self.words[w - 1])
                .any(|u| self.entry(u, Kind::Data).is_some() && !self.names_trackers(u))
    }

    /// Whether a weak verb ("provide", "give") describes a thing a party
    /// gives ([`Self::thing_given_by`]), undenied: "Assistance provided by
    /// other Match Group companies may include … data hosting" gives no
    /// data. Dropped on its own, before verbs are grouped: "if your account
    /// is provided by your employer, your employer can view your activity"
    /// would otherwise join the giving to the seeing, and the employer, who
    /// gives and sees, would read as the one disclosing.
    fn weak_thing_given_by(&self, verb: &Hit) -> bool {
        !self
            .targets(verb)
            .iter()
            .any(|t| matches!(t, Target::Entry(Kind::Action, _)))
            && self.thing_given_by(verb)
            && !self.negated(verb)
    }

    /// Whether a verb is a participle with its agent after it ("… by X")
    /// describing the noun right before it, a word no term covers (so no
    /// data: "support provided by our affiliates", not "information
    /// provided by you"; nor a word that opens no noun phrase
    /// ([`ITEM_ENDS`]: a pronoun, an auxiliary, "either provided by us or
    /// by advertisers"), a conjunction or an adverb). Or the subject of
    /// its passive: "if your account is provided by your employer" gives
    /// no data, whatever the sentence names after.
    fn thing_given_by(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        // (Past an adverb, set off or not: "blocks of code, typically
        // provided by our partners".)
        let mut k = w;
        if k > 1
            && self.word(k - 1).ends_with("ly")
            && self.norm[self.ends[k - 1]..verb.start] == *" "
        {
            k -= 1;
        }
        if k > 1 && matches!(self.word(k - 1), "is" | "are" | "was" | "were") {
            k -= 1;
        }
        k > 0
            && self.norm[verb.end..].starts_with(" by ")
            && participle(self.word(w))
            && (self.norm[self.ends[k - 1]..self.words[k]] == *" "
                || (k < w && self.norm[self.ends[k - 1]..self.words[k]] == *", "))
            && {
                let x = self.word(k - 1);
                x.chars().all(|c| c.is_ascii_lowercase())
                    && !auxiliary(x)
                    && !x.ends_with("ly")
                    && !ITEM_ENDS.contains(&x)
                    && !matches!(x, "and" | "or")
                    && self.covering(self.words[k - 1]).next().is_none()
            }
    }

    /// Whether "we" or "you" stands between two byte offsets: a clause of
    /// its own begins there. ("They" mostly takes up the subject before:
    /// "companies have access to it, but they are not permitted to use it".)
    fn subject_word_between(&self, from: usize, to: usize) -> bool {
        let (a, b) = (self.word_index(from) + 1, self.word_index(to));
        (a..b).any(|i| matches!(self.word(i), "we" | "you"))
    }

    /// Whether a disclosure verb names `party` as whom it reaches, after
    /// it in its own clause ("share information with our partners").
    fn discloses_to(&self, verb: &Hit, party: &str) -> bool {
        let w = self.word_index(verb.end - 1);
        self.hits.iter().any(|r| {
            r.start > verb.end
                && !self.clause_broken(verb.end, r.start)
                && self
                    .entry(r, Kind::Recipient)
                    .is_some_and(|i| self.ex.taxonomy.recipients[i].id == party)
                && {
                    let k = self.word_index(r.start);
                    (w + 1..k).any(|j| matches!(self.word(j), "with" | "to"))
                        && k.saturating_sub(w) <= 8
                        // ("… and share it with other partners": others of
                        // the kind.)
                        && !self.word(k).starts_with("other")
                        && !(k > 0 && self.word(k - 1).starts_with("other"))
                }
        })
    }

    /// Whether the verb at word `w` opens a predicate coordinated with the
    /// one before, past auxiliaries, a negation and a verb of leave: "they
    /// have access to it, but may not use it", "service providers have
    /// access to it, and are prohibited from using it" (the providers, not
    /// the company that gave them access, are bound).
    fn coordinated_predicate(&self, w: usize) -> bool {
        let mut k = w;
        while k > 0
            && (auxiliary(self.word(k - 1))
                || matches!(
                    self.word(k - 1),
                    "prohibited"
                        | "restricted"
                        | "barred"
                        | "forbidden"
                        | "permitted"
                        | "allowed"
                        | "required"
                        | "obligated"
                        | "only"
                        | "from"
                        | "to"
                ))
        {
            k -= 1;
        }
        k < w
            && k > 0
            && matches!(self.word(k - 1), "and" | "but" | "nor")
            && !self.norm[self.words[k - 1]..self.words[w]].contains([',', ';', ':'])
    }

    /// Rule 6: a choice sentence without a verb that states a practice
    /// governs use; a specific choice ("unsubscribe", "block cookies in
    /// your browser") counts even without data named, a mere mention of
    /// settings does not. The use is the choice's object, taken for
    /// granted, not stated. (`screened`: the starts of verbs found to
    /// state no practice.)
    fn choice_only(
        &self,
        data: Vec<String>,
        recipients: Vec<String>,
        purposes: Vec<String>,
        choice: Option<Choice>,
        condition: Option<Condition>,
        screened: &[usize],
    ) -> Vec<Practice> {
        let specific = choice.as_ref().is_some_and(|c| c.kind != "settings");
        if choice.is_some()
            && (specific || !data.is_empty() || !purposes.is_empty() || !recipients.is_empty())
        {
            // Declining to give data ("you can browse without providing
            // your name", "reviews you share without disclosing your
            // identity") withholds it from collection: the disclosure verb
            // there is the reader's.
            let optional = choice.as_ref().is_some_and(|c| c.kind == "optional");
            // A choice over a disclosure it names only as a noun ("You
            // can opt out of this sharing", "opt out of the sale")
            // governs that disclosure, not a use.
            let action = self
                .hits
                .iter()
                .filter(|_| !optional)
                .filter(|h| !screened.contains(&h.start))
                // (Not a compound noun: "unsubscribe from product
                // release notes", "trade show invitations".)
                .filter(|h| !self.in_compound_noun(self.word_index(h.start)))
                // (Nor the user's own right: "the right: … (v) to transfer
                // your personal data; … to object" objects to no transfer.)
                .filter(|h| !self.user_entitled(h))
                // (Nor what the reader is told not to do: "Your choices:
                // do not share your password".)
                .filter(|h| !(self.names_action(h) && self.imperative_denial(h)))
                // (Nor a disclosure the reader asks of the company, or asks
                // about: "request that we (i) disclose what personal data
                // we collect, share and sell, (ii) delete it" governs the
                // keeping. What the reader chooses "whether" to do is the
                // choice's: "choose whether to share your contact
                // information with partners".)
                .filter(|h| {
                    let w = self.word_index(h.start);
                    let chosen = (w.saturating_sub(3)..w).any(|i| self.word(i) == "whether");
                    !(self.names_action(h)
                        && (self.requested_by_user(h) || (self.is_topic(h) && !chosen)))
                })
                .filter_map(|h| self.entry(h, Kind::Action))
                .map(|i| self.ex.taxonomy.actions[i].id.as_str())
                .find(|a| crate::extract::discloses(a))
                // (A choice term that holds the act's noun names it: "limit
                // the sharing of your information with affiliates", "to
                // limit our sharing".)
                .or_else(|| {
                    self.hits
                        .iter()
                        .filter(|h| self.entry(h, Kind::Choice).is_some())
                        .find_map(|h| {
                            let cue = &self.norm[h.start..h.end];
                            // (Not the reader's own act: "without sharing
                            // your personal information".) (Nor only its
                            // noun: "limit what we share with your health
                            // plan", "restrict how we disclose it".)
                            if (cue.starts_with("limit ") || cue.starts_with("restrict "))
                                && [" sharing", " disclosure", " we share", " we disclose"]
                                    .iter()
                                    .any(|end| cue.ends_with(end))
                            {
                                Some("share")
                            } else {
                                None
                            }
                        })
                })
                .unwrap_or(match choice.as_ref().map(|c| c.kind.as_str()) {
                    Some("optional") => "collect",
                    // (A setting of whether data is shown governs its
                    // display: "choose whether it appears on your
                    // timeline".)
                    Some("settings")
                        if self.hits.iter().any(|h| {
                            self.entry(h, Kind::Choice).is_some() && self.display_chosen(h)
                        }) || self.hidden_from_party() =>
                    {
                        "share"
                    }
                    // (Erasure on request governs how long data is kept.)
                    Some("deletion") => "retain",
                    _ => "use",
                });
            // (Whom that disclosure reaches, it names: "request that we
            // not share your information with our affiliates".)
            let recipients = if action == "use" {
                Vec::new()
            } else {
                recipients
            };
            // A use the company denies, except as the user chooses, is a
            // promise with that exception: "We will not send you direct
            // marketing via email unless you give us your consent" (as
            // "we will not use your email for marketing unless …").
            let denied = self.hits.iter().any(|n| {
                self.is(n, Target::Negation) && !self.in_exception(n) && {
                    let w = self.word_index(n.start);
                    (w.saturating_sub(3)..w).any(|i| {
                        self.word(i) == "we" && (i + 1..w).all(|k| auxiliary(self.word(k)))
                    })
                }
            }) && condition.as_ref().is_some_and(|c| c.kind == "exception");
            return vec![Practice {
                action: action.to_string(),
                negated: denied,
                modality: Modality::Unspecified,
                // (A request that a party not act governs that party's
                // practice: "ask that our partners not use it".)
                // (So does a choice over a party's act named as a noun:
                // "opt out of the use of your data by our partners". Read
                // from the words, not the action hits: a choice term may
                // hold the act's noun, "limit the use of …".)
                actor: match &self.refuser {
                    Some(Some(party)) => party.clone(),
                    _ => (0..self.words.len())
                        .filter(|&n| super::words::NOMINAL_ACTS.contains(&self.word(n)))
                        .find_map(|n| self.nominal_agent(n, n).flatten())
                        .unwrap_or_else(|| "first-party".to_string()),
                },
                data,
                recipients,
                sources: Vec::new(),
                locations: Vec::new(),
                purposes,
                choice,
                condition,
                retention_days: None,
                retention_open: None,
                inherited_from: None,
                matched: self.matched_terms().into(),
                objects: self.data_spans(|h| !self.in_exception(h) && !self.received_by_user(h)),
                presupposed: true,
                restricted: false,
                pronoun_object: false,
                hedge: None,
                deidentified: false,
                despite: None,
                under_age: None,
            }];
        }
        Vec::new()
    }
}

/// Whether two acts of a clause state one practice, whose parts merge. (Not
/// a denial for some purposes and one for none, which denies more: in "we
/// do not read your emails to show you ads, and no person at our company
/// reads your messages" the second promise is not about ads alone.)
fn same_practice(a: &Practice, b: &Practice) -> bool {
    a.action == b.action
        && a.negated == b.negated
        && a.actor == b.actor
        && (!a.negated || a.purposes.is_empty() == b.purposes.is_empty())
}

/// Data ids with "personal information" dropped beside specific types: it
/// adds nothing to them ("this information, including your phone number").
pub(super) fn specific(mut ids: Vec<String>) -> Vec<String> {
    if ids.len() > 1 {
        ids.retain(|d| d != GENERIC_DATA);
    }
    ids
}

/// Where the first contrast ("but", "however", a semicolon) stands in
/// `gap`, a stretch of normalised text between two acts.
fn contrast_in(gap: &str) -> Option<usize> {
    [" but ", "however", ";"]
        .iter()
        .filter_map(|c| gap.find(c))
        .min()
}
