//! Which action verbs state no practice: topics, questions, advice, places.

use super::analysis::Analysis;
use super::words::*;
use crate::taxonomy::{AI_TRAINING, Hit, Kind, PROFILING, Target};

impl<'a> Analysis<'a> {
    /// Whether a verb seeks leave rather than data: "ask for separate
    /// permission", "solicit your permission to collect …".
    /// The leave a verb seeks rather than data (its word index): "ask for
    /// separate permission", "solicit your permission to collect …".
    pub(super) fn leave_sought(&self, h: &Hit) -> Option<usize> {
        // (Only a verb of getting: "we will not share your consent or usage
        // data" shares a record.)
        if !self.verb_of(h, "collect") {
            return None;
        }
        let k = self.object_head(self.word_index(h.end - 1), LEAVE_MODIFIERS);
        (k < self.words.len() && LEAVE.contains(&self.word(k))).then_some(k)
    }

    /// Whether the words from `k` place what comes before in the document
    /// itself: "in this Privacy Policy", "within our privacy notice",
    /// "in the section below".
    pub(super) fn placed_in_document(&self, k: usize) -> bool {
        let n = self.words.len();
        if k + 1 >= n || !matches!(self.word(k), "in" | "within" | "throughout" | "under") {
            return false;
        }
        if !matches!(self.word(k + 1), "this" | "our" | "the" | "these") {
            return false;
        }
        (k + 2..n.min(k + 5)).any(|j| {
            matches!(
                self.word(j),
                "policy" | "notice" | "statement" | "section" | "sections" | "document"
            )
        })
    }

    /// Whether `h` stands inside quotation marks that name a control of the
    /// page: "the “Limit the Use and Disclosure of My Sensitive Personal
    /// Information” link", "the "Share with friends" button".
    fn in_quoted_control(&self, h: &Hit) -> bool {
        self.quoted_control_opening(h).is_some()
    }

    /// Where the quotation marks open that name the control of the page
    /// `h` stands in (see [`Self::in_quoted_control`]).
    pub(super) fn quoted_control_opening(&self, h: &Hit) -> Option<usize> {
        let open = self.norm[..h.start].rfind('"')?;
        // (An opening mark: an even number of marks before it.)
        if self.norm[..open].matches('"').count() % 2 == 1 {
            return None;
        }
        let close = self.norm[h.end..].find('"').map(|c| h.end + c + 1)?;
        self.norm[close..]
            .split_whitespace()
            .next()
            .is_some_and(|w| CONTROLS.contains(&w.trim_end_matches(['.', ',', ';', ':', ')'])))
            .then_some(open)
    }

    /// Whether the word at `w` is placed somewhere or ends its sentence, as
    /// a noun is and a verb with an object is not: "the … link in the
    /// footer", "the link below" ("we link your information with …" has
    /// its object next). Not after a subject, modal or "to", which make it
    /// a verb: "we cannot link, for example, a user's devices".
    fn placed(&self, w: usize) -> bool {
        if w > 0
            && (MODALS.contains(&self.word(w - 1))
                || matches!(
                    self.word(w - 1),
                    "to" | "we" | "they" | "you" | "and" | "or"
                ))
        {
            return false;
        }
        let closes = self.norm[self.ends[w]..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ';' | ')'));
        closes
            || (w + 1 < self.words.len()
                && matches!(
                    self.word(w + 1),
                    "in" | "on" | "at" | "below" | "above" | "located" | "found"
                ))
    }

    /// Whether the action at word `w` is what a request for information
    /// asks about: a request word ("request", "asking", "inquire"), not the
    /// company's own, then what is asked for ("information regarding", "a
    /// list of", "practices related to"), then the action, within one
    /// clause of fifty words.
    pub(super) fn asked_about(&self, w: usize) -> bool {
        let lo = w.saturating_sub(50);
        let Some(r) = (lo..w).rev().find(|&j| {
            matches!(
                self.word(j),
                "request" | "requests" | "asking" | "inquire" | "inquiries"
            )
        }) else {
            return false;
        };
        // The company's own request is its collection: "we may request
        // information about you from partners and combine it".
        if self
            .subject_word(r, &[])
            .is_some_and(|k| matches!(self.word(k), "we" | "us" | "company"))
        {
            return false;
        }
        if self.norm[self.words[r]..self.words[w]].contains(['.', ';', ':']) {
            return false;
        }
        // (Not past a new main clause: "if you request information about
        // our products, we will share your email address with …".)
        let main_clause = |j: usize| {
            let between = &self.norm[self.words[j]..self.words[w]];
            [", we ", ", you ", ", they ", ", it "]
                .iter()
                .any(|c| between.contains(c))
        };
        (r + 1..w).any(|j| {
            let next = |k: usize| (j + k < w).then(|| self.word(j + k));
            !main_clause(j)
                && match self.word(j) {
                    "information" | "details" => matches!(
                        next(1),
                        Some("regarding" | "about" | "concerning" | "on" | "as")
                    ),
                    "list" | "categories" | "names" => next(1) == Some("of"),
                    "practices" => matches!(next(1), Some("related" | "regarding" | "concerning")),
                    _ => false,
                }
        })
    }

    /// Whether `h` shows or serves what is tailored to people ("show you
    /// personalized", "serve targeted"): a use of their data, whatever
    /// it shows — ads are what it is for.
    fn shows_tailored(&self, h: &Hit) -> bool {
        let term = &self.norm[h.start..h.end];
        term.contains(' ') && TAILORED_ADJECTIVES.iter().any(|a| term.ends_with(a))
    }

    /// Whether the verb "train" at word `w` trains a model, named in the
    /// few words after it ("we do not train our foundation models on
    /// customer content", "train AI models using your posts"): a use of
    /// the data it is trained on (the verb's own term may name it: "train
    /// our models"). Training staff uses none.
    fn trains_a_model(&self, w: usize) -> bool {
        let reach = self.ends[(w + 6).min(self.words.len() - 1)];
        // (Or, passive, the model is its subject: "our machine learning
        // models are trained on customer data".)
        let mut b = w;
        while b > 0 && matches!(self.word(b - 1), "not" | "never" | "also" | "only") {
            b -= 1;
        }
        let passive = b > 0
            && matches!(
                self.word(b - 1),
                "is" | "are" | "was" | "were" | "be" | "been" | "being"
            )
            && matches!(self.word_get(w + 1), Some("on" | "using" | "with" | "from"));
        if passive && (b.saturating_sub(4)..b).any(|i| matches!(self.word(i), "models" | "model")) {
            return true;
        }
        let from = if passive {
            self.words[b.saturating_sub(6)]
        } else {
            self.words[w]
        };
        self.hits.iter().any(|m| {
            m.start >= from
                && m.start < reach
                && self
                    .entry(m, Kind::Purpose)
                    .is_some_and(|i| self.ex.taxonomy.purposes[i].id == AI_TRAINING)
        })
    }

    /// Verbs and nouns that name an action without stating a practice:
    /// what security guards against ("unauthorized access or disclosure"),
    /// and past disclosures a user may ask about ("request a list of the
    /// third parties to whom we have disclosed …").
    pub(super) fn not_a_practice(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        // ("Training" names the activity, a noun as often as not: "for
        // development, training, or fine-tuning of models"; and training
        // after another act is what that act is for: "we process your data
        // to train models" — its purpose, no second use.)
        let term = &self.norm[h.start..h.end];
        if term.starts_with("train")
            && (term == "training"
                || !self.trains_a_model(w)
                || (w > 0
                    && matches!(self.word(w - 1), "to" | "help")
                    && self
                        .hits
                        .iter()
                        .any(|u| u.start < h.start && self.names_action(u))))
        {
            return true;
        }
        // (Showing ads tailored to people uses their data, "we show
        // targeted ads": neither the tracker-verb nor the ads screen below
        // applies.)
        let shows_tailored = self.shows_tailored(h);
        let before = |n: usize| (w.saturating_sub(n)..w).map(|i| self.word(i));
        // (In the act's own clause: "we protect it from unauthorized
        // access, and we share your email address with partners" shares.)
        if (w.saturating_sub(6)..w).any(|i| {
            matches!(
                self.word(i),
                "unauthorized"
                    | "unauthorised"
                    | "unlawful"
                    | "accidental"
                    | "improper"
                    | "illegal"
            ) && !self.clause_broken(self.words[i], h.start)
                && self.company_clause_after(self.words[i]) >= h.start
        }) {
            return true;
        }
        // What a law provides, permits or requires, unless of the company
        // itself, is the law's content: "California Civil Code Section
        // 1798.83 permits our customers … to request certain information
        // regarding our disclosure of personal information", "the law
        // provides that, if an individual has provided personal
        // information to a business, …" (not "the law requires us to
        // disclose …", "… requires that we obtain consent").
        if self.under_law(w) {
            return true;
        }
        // What a verb does to a browser privacy signal is no practice:
        // "we do not recognize or respond to DNT signals" denies no
        // collection (`signals` reads what it says of the signal).
        if self.object_is_signal(w) {
            return true;
        }
        // Data the reader is asked to give another party is that party's
        // to collect: "you may be asked to provide your email address to
        // the merchant" (asked to give it to no one named, or to "us", the
        // company collects it).
        if self.asked_to_give_another(h) {
            return true;
        }
        // A wish of the reader's a signal reports is no practice: "a header
        // indicating that you do not want your activity to be tracked",
        // "tell websites that you do not wish to be tracked". (Not a
        // condition, which presupposes the act: "if you do not want us to
        // share your information, opt out".)
        if (w.saturating_sub(WISH_WINDOW)..w).any(|i| {
            WISHING.contains(&self.word(i))
                && (i.saturating_sub(4)..i)
                    .any(|k| k >= 1 && self.word(k) == "you" && self.word(k - 1) == "that")
                && !self.norm[self.words[i]..h.start].contains([',', ';', ':', '.'])
        }) {
            return true;
        }
        // A number shown only in part ("we reveal only the last four digits
        // of your credit card number when confirming an order", "only the
        // last four digits … will be revealed on the screen") is kept from
        // view: a safeguard, not a disclosure, unless a party it reaches is
        // named ("we display the last four digits to our partners").
        if DISPLAYING.contains(&self.word(w))
            && (w.saturating_sub(MASK_WINDOW)..(w + MASK_WINDOW).min(self.words.len())).any(|i| {
                self.word(i) == "digits" && (i.saturating_sub(3)..i).any(|k| self.word(k) == "last")
            })
            && !self
                .hits
                .iter()
                .any(|u| u.start > h.end && self.entry(u, Kind::Recipient).is_some())
        {
            return true;
        }
        // "We use information as disclosed and described here": "as
        // disclosed" says what the document states, not a disclosure.
        // Advice to the reader is the reader's act, to the end of the
        // sentence or of a clause with a subject of its own: "we recommend
        // using a unique password that is not utilized for other accounts",
        // "we urge you to keep your password safe and not to divulge it".
        // (An infinitive advises no one: "we collect it to recommend jobs
        // and to share it with employers" is the company's purpose.)
        if let Some(i) = (0..w).rev().find(|&i| ADVICE.contains(&self.word(i)))
            && (i == 0 || self.word(i - 1) != "to")
        {
            let gap = &self.norm[self.words[i]..h.start];
            if !gap.contains([';', ':', '.', '!', '?'])
                && ![", we ", ", but ", ", and we ", ", they "]
                    .iter()
                    .any(|c| gap.contains(c))
            {
                return true;
            }
        }
        // A participle qualifying the data after it names the data: under
        // a denied verb it states no act of its own — in "we do not sell
        // the collected information" (or "… use this collected data to
        // provide ads") the promise is about the sale, and the collection
        // is neither promised away nor done for ads. (Under an affirmed
        // one, "we may transfer the collected data", it was collected.)
        // So in a list of the data: "we do not disclose your personal
        // information, combined personal and demographic information, or …"
        // (the participle after an item's comma, its own data after it or
        // after a coordinated modifier).
        let list_item = w > 0
            && self.data_word(w - 1)
            && self.norm[self.ends[w - 1]..self.words[w]].trim() == ",";
        if w > 0
            && w + 1 < self.words.len()
            && self.word(w).ends_with("ed")
            && (self.data_word(w + 1)
                || (list_item
                    && w + 3 < self.words.len()
                    && matches!(self.word(w + 2), "and" | "or")
                    && self.data_word(w + 3)))
            && (DETERMINERS.contains(&self.word(w - 1))
                || matches!(self.word(w - 1), "this" | "that" | "your" | "our" | "their")
                || list_item
                || self
                    .covering(self.words[w - 1])
                    .any(|u| self.names_action(u)))
            && self
                .hits
                .iter()
                .rev()
                .find(|u| u.end <= h.start && self.names_action(u))
                .is_some_and(|main| self.negated(main))
        {
            return true;
        }
        // A participle of disclosure standing as an adjective names what
        // was disclosed, by whomever, and states no act of its own: "appear
        // in shared endorsements", "their use of the shared information"
        // (the reader shared it, not the party using it).
        if w > 0
            && w + 1 < self.words.len()
            && matches!(self.word(w), "shared" | "disclosed")
            && (DETERMINERS.contains(&self.word(w - 1))
                || ADJECTIVE_SLOTS.contains(&self.word(w - 1)))
            && self.word(w + 1).chars().all(char::is_alphabetic)
            && !PARTICIPLE_COMPLEMENTS.contains(&self.word(w + 1))
        {
            return true;
        }
        // What information "can be used to identify" someone defines it:
        // "information that could reasonably be used to identify children"
        // is no use of it.
        if self.word(w) == "used"
            && w >= 1
            && self.word(w - 1) == "be"
            && (w.saturating_sub(4)..w).any(|i| matches!(self.word(i), "can" | "could"))
            && w + 2 < self.words.len()
            && self.word(w + 1) == "to"
            && matches!(
                self.word(w + 2),
                "identify" | "personally" | "contact" | "locate" | "distinguish" | "trace"
            )
        {
            return true;
        }
        // A business sold is no data sold: "if the company is sold, your
        // information may be transferred to the buyer", "if we are sold or
        // acquired" (the transfer after it is the disclosure).
        if matches!(self.word(w), "sold" | "acquired")
            && self.passive(h)
            && self
                .subject_word(w, &[])
                .is_some_and(|i| BUSINESSES.contains(&self.word(i)))
        {
            return true;
        }
        // "Take place" happens, it places nothing: "training that has
        // already taken place", "if this sale takes place".
        if self.word(w).starts_with("place")
            && w > 0
            && matches!(
                self.word(w - 1),
                "take" | "takes" | "took" | "taken" | "taking"
            )
        {
            return true;
        }
        // "Pass" hands over only toward someone: "we pass your phone number
        // to Facebook", "data is passed to our provider" — not a pass one
        // holds ("Xbox Game Pass and other apps", "a boarding pass").
        if matches!(
            &self.norm[h.start..h.end],
            "pass" | "passes" | "passed" | "passing"
        ) && !(w + 1..(w + 9).min(self.words.len()))
            .any(|i| self.word(i) == "to" && !self.clause_broken(h.end, self.words[i]))
        {
            return true;
        }
        if self.heading_noun_phrase(h)
            || self.heading_of_acts()
            || self.supposed(h)
            || self.user_receives(w)
        {
            return true;
        }
        if self.gathers_its_antecedent(h) || self.participle_on_thing(h) {
            return true;
        }
        // Keeping data from an act is no retention: "we keep your data from
        // being sold to advertisers".
        if matches!(self.word(w), "keep" | "keeps" | "kept" | "keeping")
            && (w + 1..(w + 7).min(self.words.len().saturating_sub(1))).any(|j| {
                self.word(j) == "from"
                    && (self.word(j + 1) == "being" || self.word(j + 1).ends_with("ing"))
                    && !self.clause_broken(h.end, self.words[j])
            })
        {
            return true;
        }
        // A disclosure something is conditioned on is the user's: "we do
        // not condition a child's participation in an activity on the
        // disclosure of more information than is reasonably necessary".
        if w >= 2
            && matches!(self.word(w - 1), "the" | "his" | "her" | "their" | "your")
            && matches!(self.word(w - 2), "on" | "upon")
            && (w.saturating_sub(20)..w - 2).any(|i| {
                matches!(
                    self.word(i),
                    "condition" | "conditions" | "conditioned" | "conditioning"
                )
            })
        {
            return true;
        }
        // Data that "discloses" or "reveals" something tells of it, it
        // hands nothing to anyone: "your IP address, which may disclose
        // your general location", "cookies do not reveal your name".
        if REVEALING.contains(&self.word(w)) {
            let mut k = w;
            while k > 0 && MODALS.contains(&self.word(k - 1)) {
                k -= 1;
            }
            if k > 0 && matches!(self.word(k - 1), "which" | "that") {
                k -= 1;
            }
            if k > 0
                && self
                    .hits
                    .iter()
                    .any(|d| self.word_index(d.end - 1) == k - 1 && self.only_data(d))
            {
                return true;
            }
        }
        // "Information that is public" describes the data a verb takes;
        // "your comments are public" states their disclosure.
        if w > 0
            && matches!(self.word(w - 1), "that" | "which")
            && matches!(self.word(w), "is" | "are")
        {
            return true;
        }
        // So does a participle placed in the document: "purposes other than
        // those disclosed in this Privacy Policy".
        if matches!(self.word(w), "disclosed" | "published" | "provided")
            && ((w > 0 && self.word(w - 1) == "as") || self.placed_in_document(w + 1))
        {
            return true;
        }
        // "California residents may request certain information regarding
        // our disclosure of personal information to third parties", "request
        // a list of the third parties to whom we have disclosed …", "requests
        // asking about the business's practices related to disclosing …":
        // the disclosures a user may ask about, not a practice stated.
        if self.asked_about(w) {
            return true;
        }
        // "Set", "serve" and "drop" gather data only when what they put on
        // the device is a tracking technology ("advertisers may set
        // cookies", "served cookies by our partners"); "set your
        // preferences", "serve ads", "serve you better" gather nothing.
        if TRACKER_VERBS.contains(&self.word(w)) && !shows_tailored {
            let k = self.object_head(w, TRACKER_MODIFIERS);
            let tracker = k < self.words.len()
                && self.covering(self.words[k]).any(|u| self.names_trackers(u));
            if !tracker {
                return true;
            }
        }
        // "Ads based on your browsing history", "recommendations based on
        // your purchases": what is tailored to data uses it. Only then —
        // "based on our instructions", "fees based on the number of
        // users" use nothing.
        if self.tailored(h) {
            let tailored = self.hits.iter().any(|u| {
                u.end <= h.start
                    && self.word_index(u.start) + TAILORED_REACH >= w
                    && self.entry(u, Kind::Purpose).is_some()
                    && !self.norm[u.end..h.start].contains([',', ';', ':', '.'])
            });
            if !tailored {
                return true;
            }
        }
        // "We are not required to maintain or disclose a list": what no one
        // has to do says nothing of whether it is done ("we have no
        // responsibility to publish … your comments", "we undertake no
        // obligation or duty to release such information" neither).
        let duty = |x: &str| {
            matches!(
                x,
                "obligation" | "obligations" | "responsibility" | "duty" | "duties"
            )
        };
        let no_duty = |to: usize| {
            (to.saturating_sub(4)..to)
                .rev()
                .take_while(|&j| duty(self.word(j)) || matches!(self.word(j), "or" | "and" | "no"))
                .any(|j| self.word(j) == "no")
                && duty(self.word(to - 1))
        };
        if let Some(to) = (w.saturating_sub(4)..w)
            .rev()
            .find(|&j| self.word(j) == "to")
            && to >= 2
            && (matches!(
                (self.word(to - 2), self.word(to - 1)),
                ("not", "required" | "obligated")
            ) || no_duty(to))
            && (to + 1..w).all(|j| {
                matches!(self.word(j), "or" | "and")
                    || self.covering(self.words[j]).any(|u| self.names_action(u))
            })
        {
            return true;
        }
        // "Share buttons", "the share feature": a tool named after the
        // action, not the action done.
        if w + 1 < self.words.len()
            && matches!(
                self.word(w + 1),
                "button"
                    | "buttons"
                    | "feature"
                    | "features"
                    | "icon"
                    | "icons"
                    | "widget"
                    | "widgets"
                    | "tool"
                    | "tools"
                    | "function"
                    | "functionality"
            )
            && self.norm[self.ends[w]..self.words[w + 1]].trim().is_empty()
        {
            return true;
        }
        // "Publish ads about our partners' products": what is published is
        // advertising, not anyone's data (unless a data term names it:
        // "share advertising identifiers").
        if !shows_tailored {
            let k = self.object_head(
                w,
                &[
                    "the", "our", "its", "their", "such", "these", "relevant", "targeted",
                ],
            );
            // ("Advertising" as the head, not as a modifier: "advertising
            // companies" are parties.)
            let heads = |k: usize| {
                k + 1 == self.words.len()
                    || !self.norm[self.ends[k]..self.words[k + 1]].trim().is_empty()
                    || matches!(
                        self.word(k + 1),
                        "only" | "to" | "on" | "in" | "for" | "that"
                    )
            };
            let ads = |k: usize| {
                k < self.words.len()
                    && (matches!(
                        self.word(k),
                        "ad" | "ads" | "advert" | "adverts" | "advertisement" | "advertisements"
                    ) || (self.word(k) == "advertising" && heads(k)))
                    && !self.data_word(k)
            };
            // (Or, in the passive, its subject: "Sponsor XYZ's ads are
            // displayed only to female members" — not the last word of
            // examples set off by commas before the verb: "information
            // about your visits, such as the number of times you have
            // viewed an ad, is shared with …", nor the object of a
            // preposition in the subject: "your interactions with our ads
            // may be shared with partners".)
            let object_of_preposition = |k: usize| {
                (k.saturating_sub(3)..k)
                    .rev()
                    .find(|&i| {
                        !matches!(
                            self.word(i),
                            "the"
                                | "our"
                                | "its"
                                | "their"
                                | "such"
                                | "these"
                                | "those"
                                | "any"
                                | "relevant"
                                | "targeted"
                                | "sponsored"
                        )
                    })
                    .is_some_and(|i| {
                        matches!(
                            self.word(i),
                            "with" | "on" | "of" | "about" | "in" | "to" | "from" | "regarding"
                        )
                    })
            };
            // (Not ads tailored "based on" data, which use it: "these ads
            // are based on what you watch".)
            let subject_ads = |k: usize| {
                ads(k)
                    && !self.norm[self.ends[k]..self.words[w]].contains([',', ';', ')'])
                    && !object_of_preposition(k)
            };
            if ads(k)
                || (self.passive(h)
                    && !self.tailored(h)
                    && self.subject_word(w, &[]).is_some_and(subject_ads))
            {
                return true;
            }
        }
        // "Defective items are eligible for exchange", "items should be
        // returned or exchanged at the store": goods swapped in commerce,
        // not data.
        if matches!(
            self.word(w),
            "exchange" | "exchanges" | "exchanged" | "exchanging"
        ) && (w.saturating_sub(4)..(w + 5).min(self.words.len()))
            .any(|i| RETURNS.contains(&self.word(i)))
        {
            return true;
        }
        // "To send Badoo merchandise to members", "provide products to our
        // customers": giving goods, not data (unless a data term comes
        // first: "send your email address and products to our partners").
        if self
            .targets(h)
            .iter()
            .any(|t| matches!(t, Target::WeakVerb(i) if self.ex.taxonomy.actions[*i].id == "share"))
        {
            // (Up to the first data term or party: "provide business
            // partners with your data" gives data.) A means given to
            // parties is no data given them either: "web beacons, which
            // provide website operators and third parties a means to deliver
            // a graphic image" (past the parties, before any data).
            if self.given_before_data(w, 4, false, GOODS)
                || self.given_before_data(w, 8, true, MEANS)
            {
                return true;
            }
        }
        // "Your transaction cannot be processed": an operation that will
        // not go through, no promise about data.
        if self.word(w) == "processed"
            && self.passive(h)
            && self
                .subject_word(w, &[])
                .is_some_and(|k| OPERATIONS.contains(&self.word(k)))
            && self.negated(h)
        {
            return true;
        }
        // "By using the site", "when you use our services": using the
        // service is what the user does. (Only a verb of using is looked
        // at: the object is read for no other.)
        if matches!(self.word(w), "use" | "using" | "uses" | "used") {
            let mut k = self.object_head(
                w,
                &["the", "our", "this", "these", "any", "of", "its", "their"],
            );
            // (Past the company's name: "use the Twitch Services".)
            let name_from = k;
            while k < self.words.len()
                && k <= w + 4
                && self
                    .covering(self.words[k])
                    .any(|h| self.is(h, Target::FirstParty) && !self.object_form(h))
            {
                k += 1;
            }
            // (Or the company's name alone, its clause going on with no
            // noun of its own: "invite friends who do not use Facebook to
            // join", "if you use Acme, …".)
            let name_alone = k > name_from
                && (k == self.words.len()
                    || self.norm[self.ends[k - 1]..self.words[k]]
                        .contains([',', ';', ':', '.', '('])
                    || NAME_FOLLOWERS.contains(&self.word(k)));
            // (Not the sites a person visits: "we do not use the websites
            // you visit to show you ads" uses a record of them.)
            let visited = |k: usize| {
                let k = k + usize::from(self.word_get(k + 1) == Some("that"));
                self.word_get(k + 1) == Some("you")
                    && self.word_get(k + 2).is_some_and(|v| VISITING.contains(&v))
            };
            if name_alone
                || (k > w + 1
                    && k < self.words.len()
                    && USED_SERVICES.contains(&self.word(k))
                    && !visited(k))
            {
                return true;
            }
        }
        // "We might sell or buy other businesses", "items sold on the
        // platform", "the products we sell": selling goods, not data.
        if self.targets(h).iter().any(|t| {
            matches!(t, Target::Entry(Kind::Action, i) | Target::ActionNoun(i) | Target::WeakVerb(i)
                if self.ex.taxonomy.actions[*i].id == "sell")
        }) {
            // A good named within four words after, before any data term
            // or destination ("sell to businesses" names a buyer).
            // (Past an infinitive of the same verb listed with it: "sell or
            // negotiate to sell our business".)
            let sells_again = |i: usize| {
                self.word(i) == "to" && i + 1 < self.words.len() && self.word(i + 1) == self.word(w)
            };
            let reach = if (w + 1..self.words.len().min(w + 5)).any(sells_again) {
                w + 7
            } else {
                w + 5
            };
            let after = (w + 1..self.words.len().min(reach))
                .take_while(|&i| {
                    (!matches!(self.word(i), "to" | "with") || sells_again(i))
                        && !self.hits.iter().any(|u| {
                            u.start == self.words[i] && self.entry(u, Kind::Data).is_some()
                        })
                })
                // (Not a good naming whose data: "sell vehicle data",
                // "device data".)
                .filter(|&i| !self.modifies_data(i))
                .map(|i| self.word(i))
                .find(|x| GOODS.contains(x))
                // Or after a share of it: "sell a portion of or all of our
                // business" (with no data sold along: "all or part of our
                // business, including your information" is a business
                // transfer, [`Analysis::sells_assets`]).
                .or_else(|| {
                    let good = self.share_of_business(w)?;
                    let data_along = self
                        .hits
                        .iter()
                        .any(|u| u.start > self.words[good] && self.entry(u, Kind::Data).is_some());
                    (!data_along).then_some("business")
                });
            let skip_before = |x: &str| {
                matches!(
                    x,
                    "are"
                        | "is"
                        | "be"
                        | "been"
                        | "being"
                        | "was"
                        | "were"
                        | "we"
                        | "you"
                        | "they"
                        | "also"
                        | "may"
                        | "can"
                        | "will"
                        | "not"
                        | "that"
                        | "which"
                )
            };
            let before_goods = (w.saturating_sub(4)..w)
                .rev()
                .map(|i| self.word(i))
                .find(|x| !skip_before(x));
            // (Or the user as the buyer: "to sell you anything", "sell
            // you products".)
            let to_user = w + 1 < self.words.len() && self.word(w + 1) == "you";
            if after.is_some() || to_user || before_goods.is_some_and(|x| GOODS.contains(&x)) {
                return true;
            }
        }
        // "limit certain types of sharing.": a gerund closing its phrase
        // names the action; with no object it states no practice.
        if w > 0
            && self.word(w - 1) == "of"
            && self.norm[h.start..h.end].ends_with("ing")
            && self.norm[h.end..]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '!' | '?'))
        {
            return true;
        }
        // "Links to another page", "an advertiser linking you to its
        // website": a hyperlink, no data linked. (Not "linked to": "data
        // linked to your identity" is data combined.)
        if matches!(self.word(w), "link" | "links" | "linking")
            && (w == 0 || !matches!(self.word(w - 1), "any" | "no"))
            && (self.word_get(w + 1) == Some("to")
                || (matches!(self.word_get(w + 1), Some("you" | "users" | "visitors"))
                    && self.word_get(w + 2) == Some("to")))
        {
            return true;
        }
        // "Clicking the link", "a record": a verb after an article, or
        // "link" after a quoted name, is a noun, and no action unless the
        // taxonomy names it as an action noun ("the sale of").
        if w > 0
            && (matches!(self.word(w - 1), "the" | "a" | "an")
                // the “Do Not Sell My Info” link
                || (self.norm[..h.start].trim_end().ends_with('"')
                    && matches!(self.word(w), "link" | "links"))
                // the Do Not Sell or Share My Personal Information link in
                // the footer: a link placed somewhere, not data linked
                || (matches!(self.word(w), "link" | "links") && self.placed(w)))
            && !self.word(w).ends_with("ed") // "the transferred assets" still transfer
            && !self.targets(h).iter().any(|t| matches!(t, Target::ActionNoun(_)))
        {
            return true;
        }
        // The quoted name of a link or button: "we are not required to
        // provide a “Limit the Use and Disclosure of My Sensitive Personal
        // Information” link" discloses nothing.
        if self.in_quoted_control(h) {
            return true;
        }
        // "when the app is not in use": a state, not a use of data.
        if matches!(self.word(w), "use") && w > 0 && self.word(w - 1) == "in" {
            return true;
        }
        // "Please forward this email to …", "simply send us …": the reader
        // is told to act.
        if before(2).any(|x| matches!(x, "please" | "simply")) {
            return true;
        }
        // What the reader may request: "request a list of the parties we
        // have disclosed to", "request information about the personal
        // information (if any) we disclosed to third parties" (a past
        // disclosure the request is about, not a practice stated).
        // The same for what such a list holds: "a list of the categories of
        // personal information that was shared and … of all third parties
        // with which we shared information".
        let past = self.word(w).ends_with("ed")
            && w > 0
            && matches!(self.word(w - 1), "we" | "was" | "were");
        let done_before = before(2).any(|x| matches!(x, "have" | "has" | "had")) || past;
        // (In the verb's own clause: "You can request a copy, and we
        // shared it with advertisers" states the sharing. Not
        // `clause_broken`: the request reaches into relative clauses, "a
        // list of … that was shared", which that check ends at.)
        let same_clause = |i: usize| {
            let between = &self.norm[self.words[i]..h.start];
            ![". ", "; ", ": ", ", and ", ", but "]
                .iter()
                .any(|b| between.contains(b))
        };
        let requested = (0..w).any(|i| {
            matches!(self.word(i), "request" | "requests" | "obtain" | "ask")
                && same_clause(i)
                && i > 0
                && (i.saturating_sub(4)..i).any(|j| {
                    self.hits
                        .iter()
                        .any(|u| self.word_index(u.start) == j && self.is(u, Target::UserSubject))
                        || matches!(self.word(j), "to" | "may" | "can")
                })
        });
        let listed = (w.saturating_sub(LISTED_WINDOW)..w)
            .any(|i| self.word(i) == "list" && self.word(i + 1) == "of" && same_clause(i));
        done_before && (requested || listed)
    }

    /// Whether the action at word `w` lies in what a document says it
    /// describes: "This privacy policy explains how Atlassian Pty Ltd,
    /// Atlassian US, Inc. and our corporate affiliates ("Atlassian", "we")
    /// collect, use and share your information" — its "how" governs the
    /// actions after it however long the subject named on the way (names,
    /// abbreviations, a parenthesis of defined terms), up to a semicolon or
    /// a main clause of the company's own (", and we never sell it"). "This
    /// section explains that we share …" states what it explains.
    fn document_describes(&self, w: usize) -> bool {
        if self.document_scopes(w) {
            return true;
        }
        let Some(d) = self.describing_verb(w) else {
            return false;
        };
        // (What it lists after a colon are its topics, up to a stop.)
        if self.opens_contents(d) {
            return self.contents_after(d, w);
        }
        // Its question opens the object, or a later item of the list it
        // explains: "This Privacy Policy explains the information we
        // collect when you use our services, how it is used, with whom it
        // may be shared, and your choices".
        let item = |i: usize| {
            let mut k = i;
            if OBJECT_PREPOSITIONS.contains(&self.word(k - 1)) {
                k -= 1;
            }
            if matches!(self.word(k - 1), "and" | "or") {
                k -= 1;
            }
            self.norm[self.ends[k - 1]..self.words[k]].contains(',')
        };
        // ("… covers the way the Foundation collects, uses and discloses
        // Personal Information" asks how.)
        let Some(q) = (d + 1..w).find(|&i| {
            (matches!(
                self.word(i),
                "how" | "what" | "which" | "whether" | "why" | "whom"
            ) || (matches!(self.word(i), "way" | "ways") && self.word(i - 1) == "the"))
                && (i < d + 6 || item(i))
        }) else {
            return false;
        };
        let between = &self.norm[self.words[q]..self.words[w]];
        !between.contains(';') && !COMPANY_CLAUSES.iter().any(|c| between.contains(c))
    }

    /// Whether word `w` stands in the contents a document lists after a
    /// colon: "This Privacy Policy will explain: Who this policy applies to
    /// What personal information may be collected … The consequences of
    /// your refusal to provide personal information …" — its topics,
    /// actions and choices alike, up to a semicolon or a full stop.
    pub(super) fn listed_contents(&self, w: usize) -> bool {
        self.describing_verb(w)
            .is_some_and(|d| self.contents_after(d, w))
    }

    /// Whether word `w` stands in the list a colon right after the
    /// describing verb at word `d` opens ([`Analysis::listed_contents`]).
    fn contents_after(&self, d: usize, w: usize) -> bool {
        self.opens_contents(d) && !self.norm[self.words[d]..self.words[w]].contains([';', '.'])
    }

    /// Whether a colon follows the describing verb at word `d`.
    fn opens_contents(&self, d: usize) -> bool {
        self.norm[self.ends[d]..self.words[d + 1]].contains(':')
    }

    /// Whether the verb at word `w` is the main clause's, past a question,
    /// at word `q`, on what users do: a means after "by" ("we see how
    /// visitors use our site by collecting usage data" — the visitors do
    /// not collect), or a verb joined by "and" whose form cannot agree
    /// with the question's subject ("Google Analytics measures how
    /// visitors use the site and collects your IP address"). ("How we
    /// protect it by encrypting it" stays one question.)
    pub(super) fn past_users_question(&self, q: usize, w: usize) -> bool {
        // (Asked of every word before an action by `is_topic`: the
        // question word first.)
        if q + 1 >= w || !matches!(self.word(q), "how" | "what" | "when" | "where" | "why") {
            return false;
        }
        let verb = self.word(w);
        let means = self.word(w - 1) == "by" && verb.ends_with("ing");
        let singular = self.word(w - 1) == "and" && verb.ends_with('s') && !verb.ends_with("ss");
        (means || singular)
            && (self.word(q + 1) == "you"
                || PEOPLE.contains(&self.word(q + 1))
                || self
                    .covering(self.words[q + 1])
                    .any(|u| self.is(u, Target::UserSubject)))
    }

    /// Whether the action at word `w` is asked by a question a verb of
    /// knowing governs, however long its subject ("to help you understand
    /// what information Verizon Media, its affiliates and its house of
    /// global brands (…) collect, why and how we use it"), up to a clause
    /// break or a main clause of the company's own (", we share it").
    /// ("information about what you view" asks nothing: only the verbs
    /// and "learn about", "find out", "aware of" govern from afar.)
    fn question_known(&self, w: usize) -> bool {
        let governs = |i: usize| {
            let before = self.word(i - 1);
            (KNOWING.contains(&before) && !matches!(before, "of" | "about" | "out"))
                || (i >= 2
                    && matches!(
                        (self.word(i - 2), before),
                        ("learn", "about") | ("find", "out") | ("aware", "of")
                    ))
        };
        // (So are "the categories of …" the law lets a person ask for:
        // "the right to know the categories of personal information we
        // have sold", "request the specific pieces of …".)
        let asked_for = |i: usize| {
            self.word(i) == "the"
                && i + 2 < self.words.len()
                && matches!(
                    self.word(i + 1),
                    "categories" | "category" | "specific" | "types" | "kinds" | "sources"
                )
                && (governs(i) || matches!(self.word(i - 1), "request" | "access" | "obtain"))
        };
        let Some(q) = (w.saturating_sub(60).max(1)..w).rev().find(|&i| {
            (matches!(self.word(i), "what" | "which" | "how" | "whether" | "whom") && governs(i))
                || asked_for(i)
        }) else {
            return false;
        };
        let between = &self.norm[self.words[q]..self.words[w]];
        !self.past_users_question(q, w)
            && !between.contains([';', ':', '?', '!'])
            && !between.contains(". ")
            && !COMPANY_CLAUSES
                .iter()
                .chain([&", we "])
                .any(|c| between.contains(c))
    }

    /// Whether the action at word `w` is in what the document says it
    /// applies to, or does not: "This policy does not apply to … and
    /// applies only to information collected by MediaNews on its Web sites
    /// and not to information disclosed, obtained or used by MediaNews
    /// through other means" — its scope, no practice. Up to a clause break
    /// or a main clause of the company's own ("…, and we share it").
    fn document_scopes(&self, w: usize) -> bool {
        let document =
            |i: usize| matches!(self.word(i), "policy" | "notice" | "statement" | "document");
        let Some(d) = (1..w.min(8)).find(|&i| {
            matches!(
                self.word(i),
                "applies" | "apply" | "applicable" | "governs" | "govern"
            ) && (i.saturating_sub(4)..i).any(document)
                && (i.saturating_sub(4)..i)
                    .skip_while(|&k| !document(k))
                    .skip(1)
                    .all(|k| {
                        matches!(
                            self.word(k),
                            "only" | "also" | "does" | "do" | "not" | "is" | "shall" | "will"
                        )
                    })
        }) else {
            return false;
        };
        let between = &self.norm[self.words[d]..self.words[w]];
        // (Nor past the company opening a clause of its own: "… does not
        // apply to websites of other companies and the Company cannot
        // guarantee the security of any personal information disclosed to
        // those third parties".)
        let company_clause = (d + 1..w).any(|k| {
            matches!(self.word(k - 1), "and" | "but" | "the")
                && self
                    .covering(self.words[k])
                    .any(|u| self.is(u, Target::FirstParty))
        });
        !company_clause
            && !between.contains([';', '.'])
            && !COMPANY_CLAUSES.iter().any(|c| between.contains(c))
    }

    /// Where a document says what it describes, among the first words
    /// before `w`: "This privacy policy explains …" (the verb's index).
    pub(super) fn describing_verb(&self, w: usize) -> Option<usize> {
        let document = |i: usize| DOCUMENT_NOUNS.contains(&self.word(i));
        // (Or with an auxiliary between: "This Privacy Policy will explain".)
        (1..w.min(12)).find(|&i| {
            (document(i - 1)
                || (i >= 2
                    && matches!(
                        self.word(i - 1),
                        "will" | "shall" | "also" | "further" | "only"
                    )
                    && document(i - 2)))
                && DESCRIBING.contains(&self.word(i))
        })
    }

    /// Whether one of `things` is what the weak verb at word `w` gives,
    /// within `reach` words after it: before "to" or "with", before any
    /// data term, and (unless `past_parties`) before any party.
    fn given_before_data(
        &self,
        w: usize,
        reach: usize,
        past_parties: bool,
        things: &[&str],
    ) -> bool {
        (w + 1..self.words.len().min(w + 1 + reach))
            .take_while(|&i| {
                !matches!(self.word(i), "to" | "with")
                    && !self.covering(self.words[i]).any(|u| {
                        self.entry(u, Kind::Data).is_some()
                            || (!past_parties && self.names_party(u))
                    })
            })
            .any(|i| things.contains(&self.word(i)) && !self.modifies_data(i))
    }

    /// Whether word `i` modifies a data term right after it: "vehicle" in
    /// "vehicle data", "device" in "device data" name whose data it is,
    /// not goods. (Its callers look only at words before any data term,
    /// so a term covering the next word starts there.)
    fn modifies_data(&self, i: usize) -> bool {
        i + 1 < self.words.len() && self.data_word(i + 1)
    }

    /// Whether word `w` stands in what a law (its subject) provides,
    /// permits or requires of others, within the sentence.
    fn under_law(&self, w: usize) -> bool {
        // (Most clauses name neither: one look at their words, for all of
        // their verbs.)
        if !*self.law_words.get_or_init(|| {
            self.has_word(|x| LAW_VERBS.contains(&x)) && self.has_word(|x| LAW_NOUNS.contains(&x))
        }) {
            return false;
        }
        // (The law's own verb too: "the law provides that …" provides no
        // data.)
        let company =
            |k: usize| k < self.words.len() && matches!(self.word(k), "us" | "we" | "our");
        (w.saturating_sub(LAW_WINDOW)..=w).rev().any(|j| {
            LAW_VERBS.contains(&self.word(j))
                && j + 1 < self.words.len()
                && (j.saturating_sub(8)..j).any(|k| LAW_NOUNS.contains(&self.word(k)))
                && !company(j + 1)
                && !(self.word(j + 1) == "that" && company(j + 2))
                // (Its content, not the company's own clause after it: "if
                // the law requires it, we may disclose …".)
                && !matches!(self.word(j + 1), "it" | "this" | "so")
                && {
                    let gap = &self.norm[self.words[j]..self.words[w]];
                    !gap.contains(['.', ';'])
                        && ![", we ", " and we ", ", our ", ", then we "]
                            .iter()
                            .any(|c| gap.contains(c))
                }
        })
    }

    /// Whether the "how" or "what" at word `j` opens a clause that only
    /// says what the data before it is about, and that data is the passive
    /// subject of the verb at `w`: "Information about how you use the app
    /// is shared with Google Analytics" shares it, where "this policy
    /// explains how your data is shared" names a topic. The clause has a
    /// subject and verb of its own ("you use"); the verb at `w` follows a
    /// passive auxiliary.
    fn describes_subject_data(&self, j: usize, w: usize) -> bool {
        j >= 2
            && j + 3 < w
            && matches!(self.word(j), "how" | "what")
            && matches!(
                self.word(j - 1),
                "about" | "of" | "on" | "regarding" | "concerning"
            )
            && (self.data_word(j - 2) || self.data_word(j))
            && matches!(self.word(j + 1), "you" | "we" | "they" | "users" | "people")
            && matches!(
                self.word(w - 1),
                "is" | "are" | "was" | "were" | "be" | "been"
            )
    }

    /// Whether an action is named as a topic rather than stated: a topic cue
    /// (taxonomy `grammar.topics`: "how", "whether", "describes", "consent
    /// to", "questions about" …) before it with only its subject,
    /// auxiliaries, articles, taxonomy terms or other actions between —
    /// "this policy explains how we collect, use and share your data",
    /// "you consent to our collection and disclosure of information". A
    /// user as subject on the way ends the search: "learn about you and
    /// share it" is the company's act.
    pub(super) fn is_topic(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        if self.document_describes(w) || self.question_known(w) {
            return true;
        }
        // A verb listed right after another is asked as that one is: "what
        // personal data we collect, use, disclose, share and sell" (the
        // question's reach counts from its first verb).
        if w > 0 {
            let before = if matches!(self.word(w - 1), "and" | "or") {
                w - 1
            } else {
                w
            };
            if before > 0
                && matches!(
                    self.norm[self.ends[before - 1]..self.words[before]].trim(),
                    "" | ","
                )
                && let Some(prev) = self
                    .hits
                    .iter()
                    .rev()
                    .find(|u| u.end == self.ends[before - 1] && self.names_action(u))
                && self.is_topic(prev)
            {
                return true;
            }
        }
        // Past the verb's own subject, another action is another clause's
        // ("How we share your information: we do not sell it").
        let mut past_subject = false;
        let mut unknown = 0;
        for j in (w.saturating_sub(TOPIC_WINDOW)..w).rev() {
            let gap = &self.norm[self.words[j]..self.words[j + 1]];
            if gap.contains(['.', ';', ':', '(', ')', '?', '!']) {
                return false;
            }
            let at = self.words[j];
            let covering = || self.covering(at);
            // A question joined to an action before it is asked as that one
            // is: "this explains how we collect your information, and with
            // whom we share it" (but "the data we collect and which we
            // share with partners" states both).
            if matches!(self.word(j), "whom" | "what" | "which") {
                let c = j - usize::from(j > 0 && OBJECT_PREPOSITIONS.contains(&self.word(j - 1)));
                if c > 0
                    && matches!(self.word(c - 1), "and" | "or")
                    && let Some(prev) = self
                        .hits
                        .iter()
                        .rev()
                        .find(|u| u.end <= self.words[c - 1] && self.names_action(u))
                {
                    return self.is_topic(prev);
                }
            }
            // (The cue word itself too: "understand how" is matched as a
            // purpose, and its "how" still asks a question.)
            // A clause opening with "what" or "which" asks or names a topic
            // ("What information third parties collect through the site")
            // unless a colon lets its answer follow ("What we share: …").
            // So does one a verb of knowing governs: "to help you
            // understand what information we collect", "the right to know
            // what personal data we hold" (a question, where "we share what
            // you post" states a practice).
            // (So does a disclosure the user asks for: "you may request that
            // we disclose which information we have sold".)
            // (So does one opening on "with whom" or "to whom": "To whom
            // we may disclose your data." heads what follows.)
            let opens = j == 0 || (j == 1 && matches!(self.word(0), "with" | "to"));
            let asks = (matches!(self.word(j), "what" | "which")
                || (j == 1 && self.word(j) == "whom"))
                && ((opens && !self.norm[h.end..].contains(':'))
                    || (j > 0
                        && (KNOWING.contains(&self.word(j - 1))
                            || self.covering(self.words[j - 1]).any(|u| {
                                u.end == self.ends[j - 1]
                                    && self.names_action(u)
                                    && self.requested_by_user(u)
                            }))));
            if self.past_users_question(j, w) || self.describes_subject_data(j, w) {
                return false;
            }
            if covering().any(|u| self.is(u, Target::Topic))
                || matches!(self.word(j), "how" | "whether")
                // "who we share it with" asks (a relative "who" is followed
                // by its verb: "partners who share it").
                || (self.word(j) == "who" && matches!(self.word(j + 1), "we" | "you"))
                || asks
            {
                // Consent is given to what takes place: "you consent to us
                // providing your email to our email provider" states the
                // disclosure once it says whom it reaches; "you consent to
                // our collection and use of information" names its topic.
                let consent = covering().any(|u| {
                    self.is(u, Target::Topic)
                        && ["consent", "agree"]
                            .iter()
                            .any(|c| self.norm[u.start..u.end].starts_with(c))
                });
                // So does consent to an act for a purpose it names: "you
                // consent to our use of usage data for machine learning"
                // is what the company does with it.
                return !(consent
                    && ((self.names_disclosure(h)
                        && matches!(
                            self.destination(h),
                            Some(Destination::Recipient | Destination::Abroad)
                        ))
                        || self.purpose_follows(h)));
            }
            // "about our use of", "regarding the disclosure of": a near cue
            // at most two words before an action named as a noun, or before
            // a list of them ("choices regarding the collection, use and
            // sharing of your information").
            // (A party's act counts its name as one word: "control over
            // these third parties' use of".)
            if covering().any(|u| self.is(u, Target::TopicNear))
                && self.actions_named_then_of(h)
                && (j + 1..w)
                    .filter(|&k| {
                        // (Determiners neither, nor the joiners of a list
                        // of actions: "responsible for any such websites'
                        // collection and use of".)
                        !matches!(self.word(k), "and" | "or")
                            && !determines_party(self.word(k))
                            && !self.covering(self.words[k]).any(|u| {
                                self.names_action(u)
                                    || (self.entry(u, Kind::Recipient).is_some()
                                        && self.words[k] != u.start)
                            })
                    })
                    .count()
                    <= 2
            {
                return true;
            }
            if covering().any(|u| self.is(u, Target::UserSubject)) {
                return false;
            }
            // "This section explains that we share …": a "that" right after
            // the cue opens what it states.
            if self.word(j) == "that"
                && j > 0
                && self
                    .covering(self.words[j - 1])
                    .any(|u| self.is(u, Target::Topic))
            {
                return false;
            }
            if past_subject && covering().any(|u| self.names_action(u)) {
                return false;
            }
            // The company opening a main clause after a comma: what came
            // before is a clause of its own ("Because of how browsers work,
            // we receive some information"), unless it is an aside set off
            // by commas ("under what circumstances, if any, we disclose
            // it", "how, and why, we collect").
            if j > 0
                && covering().any(|u| self.is(u, Target::FirstParty))
                && self.norm[self.ends[j - 1]..at].contains(',')
            {
                let before = &self.norm[..self.ends[j - 1]];
                let aside = before
                    .rfind(',')
                    .is_some_and(|c| before[c + 1..].split_whitespace().count() <= 3);
                if !aside {
                    return false;
                }
            }
            past_subject |= covering().any(|u| {
                self.is(u, Target::FirstParty) || self.entry(u, Kind::Recipient).is_some()
            });
            let glue = NEGATION_GLUE.contains(&self.word(j))
                || matches!(
                    self.word(j),
                    "they" | "it's" | "its" | "their" | "is" | "are"
                )
                || DETERMINERS.contains(&self.word(j))
                || covering().any(|u| {
                    self.targets(u).iter().any(|t| {
                        matches!(
                            t,
                            Target::Entry(..)
                                | Target::WeakVerb(_)
                                | Target::ActionNoun(_)
                                | Target::FirstParty
                                | Target::May
                                | Target::Will
                        )
                    })
                });
            // One element of a list of verbs the cue governs as a whole:
            // "how and why we collect, use, protect, and share".
            let listed = j > 0
                && self.norm[self.words[j - 1]..self.words[j]].contains(',')
                && (self.norm[self.ends[j]..self.words[j + 1]].contains(',')
                    || matches!(self.word(j + 1), "and" | "or"));
            // A short subject the vocabulary does not know: "describes how
            // Sites may collect", "how the app uses" (two words at most).
            if !glue && !listed {
                // (A possessive too: "any such sites' use of".)
                let bare = self.word(j).trim_end_matches("'s").trim_end_matches('\'');
                if unknown < 2 && bare.chars().all(char::is_alphabetic) {
                    unknown += 1;
                    past_subject = true;
                    continue;
                }
                return false;
            }
        }
        false
    }

    /// Whether an action named as a noun is followed by "of", directly or
    /// after further actions in a list: "the collection, use and sharing
    /// of your information".
    pub(super) fn actions_named_then_of(&self, h: &Hit) -> bool {
        self.actions_named_until_of(h).is_some()
    }

    /// Where the list of actions named as nouns from `h` ends before its
    /// "of", if it has one.
    pub(super) fn actions_named_until_of(&self, h: &Hit) -> Option<usize> {
        let mut end = h.end;
        loop {
            if self.norm[end..].starts_with(" of ") {
                return Some(end);
            }
            let next = self.hits.iter().find(|u| u.start > end);
            match next {
                Some(u)
                    if self.names_action(u)
                        && matches!(
                            self.norm[end..u.start].trim_matches([' ', ',']),
                            "" | "and" | "or"
                        ) =>
                {
                    end = u.end
                }
                _ => return None,
            }
        }
    }

    /// Whether a purpose is named after an act in its own sentence, and
    /// not in an exception to it.
    fn purpose_follows(&self, verb: &Hit) -> bool {
        let stop = self.norm[verb.end..]
            .find(['.', ';', ':'])
            .map_or(self.norm.len(), |i| verb.end + i);
        self.hits.iter().any(|u| {
            u.start >= verb.end
                && u.end <= stop
                && self.entry(u, Kind::Purpose).is_some()
                && !self.in_exception(u)
        })
    }

    /// Where the data of a disclosure verb goes first, if the words after
    /// it say: a place, the user's device, the user or the company itself
    /// ("cookies transferred to your computer", "stored on our servers",
    /// "shared with you", "shared with us": no third party receives), a
    /// country or region ("transferred to the United States", "to servers
    /// located outside the EEA", "transferred abroad": an international
    /// transfer), or a recipient.
    pub(super) fn destination(&self, verb: &Hit) -> Option<Destination> {
        let lo = verb.end;
        let hi = self
            .words
            .get(self.word_index(verb.start) + PLACE_WINDOW)
            .copied()
            .unwrap_or(self.norm.len());
        self.hits
            .iter()
            .filter(|u| u.start >= lo && u.start < hi && !self.in_exception(u))
            .find_map(|u| {
                let w = self.word_index(u.start);
                // "share the information you provide to us with
                // advertisers": a destination after "you" is the user's
                // clause's, not the verb's. (Not after "you" as the object
                // of a preposition: "share information about you with us".)
                let vw = self.word_index(verb.start);
                if (vw + 1..w).any(|i| {
                    self.word(i) == "you" && !OBJECT_PREPOSITIONS.contains(&self.word(i - 1))
                }) {
                    return None;
                }
                // The same after a participle of its own: "the names and
                // addresses provided to us".
                if w >= 2
                    && w - 2 > vw
                    && matches!(self.word(w - 1), "to" | "with")
                    && self.word(w - 2).ends_with("ed")
                {
                    return None;
                }
                // (Three words back: "to and from any state". "Through":
                // "transferred from a Web server through your browser".)
                let led = (w.saturating_sub(3)..w).any(|i| {
                    matches!(
                        self.word(i),
                        "to" | "in"
                            | "on"
                            | "into"
                            | "onto"
                            | "outside"
                            | "within"
                            | "at"
                            | "across"
                            | "through"
                    )
                });
                // "… with us", "shared with you": the company or the user
                // receives, no third party.
                // (Not after a noun it belongs to: "information about your
                // transactions with us" names the data. "Share your
                // experience with us" is still addressed to the company.)
                let belongs = w >= 4
                    && DEALINGS.contains(&self.word(w - 2))
                    && (w - 4..w - 2).any(|i| {
                        matches!(
                            self.word(i),
                            "about" | "regarding" | "concerning" | "of" | "on" | "from" | "during"
                        )
                    });
                // ("provide us your email address", "send you offers": the
                // receiver right after the verb, a double object.)
                let addressed = (w == vw + 1
                    || (w > 0 && matches!(self.word(w - 1), "with" | "to")))
                    && !belongs;
                if self.jurisdiction(u).is_some() && self.abroad(u, led) {
                    Some(Destination::Abroad)
                } else if self.is(u, Target::Place) && led {
                    // "a server of Google": Google receives; "stored on
                    // servers located in the United States": the servers
                    // are abroad.
                    Some(if self.owned_place(u) {
                        Destination::Recipient
                    } else if self.placed_abroad(u, 5) {
                        Destination::Abroad
                    } else if self.sent_to_own_place(verb, u) {
                        Destination::Company
                    } else {
                        Destination::Kept
                    })
                } else if addressed
                    && ((self.is(u, Target::FirstParty)
                        && !matches!(self.word(w), "our" | "we")
                        // ("access to Yahoo's cookies", "have access to
                        // Outbrain user profiles": what is the company's is
                        // what passes, not where it goes.)
                        && !self.norm[u.end..].starts_with("'s ")
                        && !self.norm[verb.start..verb.end].ends_with("access to")
                        && !self.names_recipient_next(u))
                        || self.word(w) == "you")
                {
                    // "with us and our partners": the partners receive too.
                    Some(if self.recipient_joined(u) {
                        Destination::Recipient
                    } else if self.word(w) == "you" {
                        Destination::Kept
                    } else {
                        Destination::Company
                    })
                } else if self.entry(u, Kind::Recipient).is_some() && !self.is_source(u) {
                    Some(Destination::Recipient)
                } else {
                    None
                }
            })
            .or_else(|| {
                (self.requested_by_user(verb) || self.to_own_account(verb, hi))
                    .then_some(Destination::Kept)
            })
    }

    /// Whether a verb of sending sends data to a place of the company's
    /// own: "your messages are never sent to our servers", "your
    /// recordings are transmitted to our servers" — the company receives
    /// what leaves the user's device (where "stored on our servers" keeps
    /// what it has).
    fn sent_to_own_place(&self, verb: &Hit, place: &Hit) -> bool {
        let v = &self.norm[verb.start..verb.end];
        let w = self.word_index(place.start);
        ["send", "sent", "transmit", "upload"]
            .iter()
            .any(|s| v.starts_with(s))
            && (self.word(w) == "our" || (w > 0 && self.word(w - 1) == "our"))
    }

    /// Whether a disclosure verb's data goes to the user's own account
    /// ("no automated data transfer to your profile"), before `hi`: no
    /// third party receives it.
    fn to_own_account(&self, verb: &Hit, hi: usize) -> bool {
        let w = self.word_index(verb.end - 1);
        (w + 1..self.words.len().saturating_sub(2)).any(|i| {
            self.words[i] < hi
                && matches!(self.word(i), "to" | "into")
                && self.word(i + 1) == "your"
                && matches!(self.word(i + 2), "profile" | "account")
        })
    }

    /// Whether a disclosure naming no recipient is one the user asks of the
    /// company: "you have the right to request that we disclose what
    /// personal information we collect about you" — the user's right to
    /// know, answered to the user, no third party's. (A party's request is
    /// a disclosure to that party: "government bodies may request that we
    /// disclose personal data".)
    pub(super) fn requested_by_user(&self, verb: &Hit) -> bool {
        self.asked_of_company(self.word_index(verb.start))
            .is_some_and(|r| {
                (r.saturating_sub(8)..r).any(|i| {
                    let x = self.word(i);
                    USERS.contains(&x) || matches!(x, "your" | "residents" | "resident")
                })
            })
    }

    /// Where the word at `w` is what someone asks the company to do: "…
    /// request that we disclose", "ask that we [will] provide", "ask us to
    /// transfer" — the index of the asking word.
    pub(super) fn asked_of_company(&self, w: usize) -> Option<usize> {
        let r = (w.saturating_sub(4)..w)
            .rev()
            .find(|&i| matches!(self.word(i), "request" | "requests" | "ask" | "asks"))?;
        // (An enumerator of the requests listed is none of the gap: "that
        // we (i) disclose …, (ii) delete …".)
        let gap: Vec<&str> = (r + 1..w)
            .filter(|&i| !self.norm[..self.words[i]].ends_with('('))
            .map(|i| self.word(i))
            .collect();
        let that_we = (matches!(gap.first(), Some(&"that")) && gap.contains(&"we"))
            || matches!(gap.first(), Some(&"we"));
        let asked = gap == ["us", "to"]
            || (that_we
                && gap
                    .iter()
                    .all(|x| matches!(*x, "that" | "we" | "will" | "should")));
        asked.then_some(r)
    }

    /// Whether a verb gives the company data: the company receives ("to
    /// us", "with us", "us" right after the verb) and data is what passes,
    /// named before the company ("partners share your email address with
    /// us") or within three words after it ("you may provide us with your
    /// email address"). "Vendors that provide us with technology" and "send
    /// us an email" give none; nor does a relative clause, which describes
    /// the data another verb acts on ("we share the information you provide
    /// to us with advertisers").
    pub(super) fn gives_company_data(&self, verb: &Hit) -> bool {
        if self.destination(verb) != Some(Destination::Company) {
            return false;
        }
        let Some(company) = self
            .hits
            .iter()
            .find(|u| u.start >= verb.end && self.is(u, Target::FirstParty))
        else {
            return false;
        };
        let (lo, hi) = (
            self.word_index(verb.end - 1) + 1,
            self.word_index(company.start),
        );
        let mut k = self.word_index(company.end - 1) + 1;
        if k < self.words.len() && self.word(k) == "with" {
            k += 1;
        }
        // (Or a passive's subject: "your messages are sent to our servers";
        // so the subject of a passive the participle is joined to: "your
        // recordings are processed on your device and never sent to our
        // servers".)
        let passive = if self.passive(verb) {
            Some(verb)
        } else {
            self.joined_passive(verb)
        };
        let subject = |u: &Hit| {
            passive.is_some_and(|v| {
                u.end <= v.start
                    && self.same_subject(u.end, v.start)
                    && self.word_index(v.start) <= self.word_index(u.end) + 6
            })
        };
        self.hits.iter().any(|u| {
            let w = self.word_index(u.start);
            ((w >= lo && w < hi) || (w >= k && w < k + 3) || subject(u))
                && self.entry(u, Kind::Data).is_some()
        })
    }

    /// The passive verb a participle at `verb` is joined to by "and" or
    /// "or" ("may be reviewed by human reviewers and kept", "are processed
    /// on your device and never sent"), in the same clause: the participle
    /// is passive too, with that verb's subject.
    pub(super) fn joined_passive(&self, verb: &Hit) -> Option<&Hit> {
        let w = self.word_index(verb.start);
        let mut k = w;
        while k > 0 && matches!(self.word(k - 1), "never" | "not" | "also" | "then") {
            k -= 1;
        }
        if k == 0 || !matches!(self.word(k - 1), "and" | "or") {
            return None;
        }
        self.hits.iter().rev().find(|v| {
            v.end <= self.words[k - 1]
                && self.names_action(v)
                && self.passive(v)
                && !self.norm[v.end..self.words[w]].contains([';', '.', ':'])
        })
    }

    /// Whether the user gives data to no one named, the data its object:
    /// a policy's "you provide your name and email address when you
    /// register", "you must provide your phone number" give it to the
    /// company whose policy it is. (Not the data a relative clause
    /// describes, "the information you provide", which the main verb acts
    /// on; nor a passive.)
    pub(super) fn gives_unaddressed(&self, verb: &Hit) -> bool {
        if !matches!(
            &self.norm[verb.start..verb.end],
            "provide" | "provides" | "give" | "gives" | "supply" | "supplies" | "furnish"
        ) || self.passive(verb)
            || self.destination(verb).is_some()
        {
            return false;
        }
        let w = self.word_index(verb.start);
        // (Nor one given to someone named further on, past the words a
        // place is looked for in: "if you provide your username, password
        // or other information about your accounts with us to an
        // aggregation website".)
        let given_to = (w + 1..(w + GIVEN_TO_WORDS).min(self.words.len()))
            .take_while(|&j| !self.norm[self.ends[j - 1]..self.words[j]].contains([';', '.', ':']))
            .any(|j| {
                self.word(j) == "to"
                    && j + 1 < self.words.len()
                    && !self.norm[self.ends[j]..self.words[j + 1]].contains([',', ';', '.'])
                    && (determines_party(self.word(j + 1))
                        || matches!(self.word(j + 1), "a" | "an" | "the" | "them" | "someone"))
            });
        // (The user's own act: "you", "you must", "to provide" after a
        // verb the user is asked or invited by.)
        let users = w > 0
            && (self
                .covering(self.words[w - 1])
                .any(|u| self.is(u, Target::UserSubject))
                || matches!(self.word(w - 1), "must" | "may" | "can" | "to"));
        // (Its object: no preposition before the data, "you provide for
        // your user profile", "addresses you provide in the Email feature".)
        users && !given_to && self.subject(verb).is_none() && self.data_object_within(verb, 3)
    }

    /// Whether data stands as a verb's direct object within `words` words
    /// after it: no punctuation and no preposition between ("provide your
    /// email address", "read your messages"; not "provide for your user
    /// profile", "reading for more information").
    pub(super) fn data_object_within(&self, verb: &Hit, words: usize) -> bool {
        let w = self.word_index(verb.start);
        self.hits.iter().any(|u| {
            u.start > verb.end
                && self.word_index(u.start) <= w + words
                && !self.norm[verb.end..u.start].contains([',', ';', ':', '.', '(', '"'])
                && !self.norm[verb.end..u.start]
                    .split_whitespace()
                    .any(|x| PARTICIPLE_COMPLEMENTS.contains(&x))
                && self.entry(u, Kind::Data).is_some()
        })
    }

    /// Whether a verb opens its clause with no subject: an imperative,
    /// which asks the reader to act ("please send us your comments", "if
    /// you have questions, send us an email").
    pub(super) fn bidden(&self, verb: &Hit) -> bool {
        let head = self.norm[..verb.start].trim_end();
        let head = head.strip_suffix("please").unwrap_or(head).trim_end();
        head.is_empty() || head.ends_with([',', ';', ':', '.'])
    }

    /// Whether the company's name only modifies the recipient noun right
    /// after it: "with Microsoft affiliates and vendors", "with Google
    /// subsidiaries" — the affiliates receive, not the company.
    fn names_recipient_next(&self, u: &Hit) -> bool {
        self.recipient_follows(u, |between| between.trim().is_empty())
    }

    /// Whether a participle right after a noun that is no data, no party
    /// and no record describes that noun, with no object of its own:
    /// "we do not honor DNT signals or similar mechanisms transmitted by
    /// web browsers" transmits the signals, not the data named before.
    fn participle_on_thing(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        if w == 0 || h.end != self.ends[w] || !participle(self.word(w)) {
            return false;
        }
        // (Back over the participles listed before it: "the solutions
        // offered, marketed, or sold by Cloudflare".)
        let mut first = w;
        for _ in 0..6 {
            let j = first - 1;
            let listed = j > 0
                && (matches!(self.word(j), "or" | "and")
                    || (participle(self.word(j))
                        && self.norm[self.ends[j]..self.words[j + 1]].trim() == ","))
                && !self
                    .covering(self.words[j])
                    .any(|u| self.entry(u, Kind::Data).is_some());
            if !listed {
                break;
            }
            first = j;
        }
        let noun = self.word(first - 1);
        let after = w + 1;
        noun.len() > 3
            && noun.ends_with('s')
            && noun.chars().all(|c| c.is_ascii_alphabetic())
            && !noun.ends_with("ss")
            && !RELATIVE_OPENERS.contains(&noun)
            && !RECORDS.contains(&noun)
            && !auxiliary(noun)
            && !self.norm[self.ends[first - 1]..self.words[first]]
                .contains([',', ';', '(', ')', ':'])
            && !self.covering(self.words[first - 1]).any(|u| {
                self.entry(u, Kind::Data).is_some()
                    || self.names_party(u)
                    || self.names_action(u)
                    || self.is(u, Target::FirstParty)
            })
            && self.no_object_at(after, |x| {
                matches!(x, "by" | "from" | "through" | "via" | "or" | "and")
            })
    }

    /// Whether a verb of collection heads a relative clause with no
    /// relative pronoun on a noun that is no data, and has no object of
    /// its own: that noun is what it gathers ("in response to any
    /// subpoenas, court orders, or other legal process we receive" receives
    /// the process, not the information disclosed in response).
    fn gathers_its_antecedent(&self, h: &Hit) -> bool {
        if !self.verb_of(h, "collect") {
            return false;
        }
        let Some(p) = self.pronoun_after_word(h) else {
            return false;
        };
        let noun = self.word(p - 1);
        // (A noun: not a list marker, "b) we collect".)
        noun.len() > 2
            && noun.chars().all(|c| c.is_ascii_alphabetic())
            && !RELATIVE_OPENERS.contains(&noun)
            && !auxiliary(noun)
            && !self.data_word(p - 1)
            && !self.norm[self.ends[p - 1]..self.words[p]].contains([',', ';', '(', ')', ':'])
            // (No object of its own: a preposition, a conjunction, a
            // punctuation mark or the end follows.)
            && self.no_object_at(self.word_index(h.end - 1) + 1, |x| {
                OBJECT_PREPOSITIONS.contains(&x) || matches!(x, "or" | "and")
            })
    }

    /// Whether `h` is a request that the reader give data ("asked to
    /// provide", "require you to submit": collection verbs of the
    /// taxonomy) with another party named after "to" in the same clause.
    fn asked_to_give_another(&self, h: &Hit) -> bool {
        let term = &self.norm[h.start..h.end];
        // (Only the taxonomy's request forms, collection verbs: "disclose"
        // alone is a disclosure.)
        if !["provide", "submit", "enter", "supply", "disclose"]
            .iter()
            .any(|g| term.ends_with(g))
            || !self.verb_of(h, "collect")
        {
            return false;
        }
        self.hits.iter().any(|v| {
            v.start > h.end
                && !self.norm[h.end..v.start].contains([',', ';', ':', '.'])
                && self.entry(v, Kind::Recipient).is_some()
                && !self.is(v, Target::FirstParty)
                && !self.is(v, Target::UserSubject)
                // (Within the request: "… so that we can direct payments
                // to you" is another clause.)
                && !self.hits.iter().any(|u| {
                    u.start > h.end && u.end <= v.start && self.names_action(u)
                })
                && {
                    let k = self.word_index(v.start);
                    let last = self.word_index(h.end - 1);
                    (k.saturating_sub(2).max(last + 1)..k).any(|j| self.word(j) == "to")
                }
        })
    }

    /// Whether a recipient is joined to this receiver by "and" or "or":
    /// "with us and our service providers", "with Google and its vendors".
    fn recipient_joined(&self, u: &Hit) -> bool {
        self.recipient_follows(u, |between| {
            let mut words = between.trim_start_matches([' ', ',']).split_whitespace();
            matches!(words.next(), Some("and" | "or" | "and/or"))
                && words.all(|x| matches!(x, "our" | "its" | "their" | "the" | "other"))
        })
    }

    /// Whether the next term after `u` (past a possessive, itself a hit:
    /// "our" names the company) is a recipient other than the company,
    /// with words between that `joins` accepts.
    fn recipient_follows(&self, u: &Hit, joins: impl Fn(&str) -> bool) -> bool {
        let possessive = |v: &&Hit| matches!(&self.norm[v.start..v.end], "our" | "its" | "their");
        self.hits
            .iter()
            .filter(|v| v.start > u.end && !possessive(v))
            .take(1)
            .any(|v| {
                joins(&self.norm[u.end..v.start])
                    && self.entry(v, Kind::Recipient).is_some()
                    && !self.is(v, Target::FirstParty)
            })
    }

    /// Whether a recipient after a disclosure verb is placed in another
    /// country or region: "with our affiliates in other countries", "to
    /// service providers located outside the EEA", "vendors around the
    /// world" is not (no jurisdiction).
    pub(super) fn recipient_abroad(&self, verb: &Hit) -> bool {
        self.hits.iter().any(|r| {
            r.start >= verb.end
                && self.entry(r, Kind::Recipient).is_some()
                && !self.in_exception(r)
                && !self.is_source(r)
                && self.placed_abroad(r, 3)
        })
    }

    /// Whether a country or region placing what `h` names follows it
    /// within `within` words, with no punctuation between: "servers
    /// located in the United States", "affiliates outside the EEA".
    fn placed_abroad(&self, h: &Hit, within: usize) -> bool {
        let last = self.word_index(h.end.saturating_sub(1));
        self.hits.iter().any(|j| {
            let k = self.word_index(j.start);
            j.start > h.end
                && k <= last + within
                && self.jurisdiction(j).is_some()
                && !self.norm[h.end..j.start].contains([',', ';', ':', '.'])
                && self.abroad(
                    j,
                    (k.saturating_sub(2)..k).any(|i| matches!(self.word(i), "in" | "outside")),
                )
        })
    }

    /// Whether a place belongs to a recipient named right after it: "a
    /// server of Google", "the servers of our service providers".
    fn owned_place(&self, place: &Hit) -> bool {
        let next = self.word_index(place.end.saturating_sub(1)) + 1;
        next < self.words.len()
            && self.word(next) == "of"
            && self.hits.iter().any(|r| {
                let k = self.word_index(r.start);
                k > next && k <= next + 2 && self.entry(r, Kind::Recipient).is_some()
            })
    }

    /// Whether the words after verb `w`, up to six and within its clause,
    /// name a browser privacy signal ("recognize or respond to
    /// browser-initiated DNT signals", "process opt-out preference
    /// signals").
    fn object_is_signal(&self, w: usize) -> bool {
        let last = (w + SIGNAL_OBJECT_REACH).min(self.words.len() - 1);
        // (Most verbs have no signal near: asked of the words first.)
        if !(w..=last).any(|i| super::signals::cue(self.word(i))) {
            return false;
        }
        let span = &self.norm[self.words[w]..self.words[last] + self.word(last).len()];
        let span = span.split([',', ';', ':', '.']).next().unwrap_or("");
        super::signals::names_signal(span)
    }

    /// Whether a country or region is where data goes, given whether a
    /// preposition of place leads it: "to the United States", "outside
    /// the EEA"; an adverb needs none ("transferred abroad",
    /// "internationally"); the user's own country only as what data
    /// leaves ("outside your country", "out of your country"; "to
    /// authorities in your country" stays home).
    pub(super) fn abroad(&self, j: &Hit, led: bool) -> bool {
        let k = self.word_index(j.start);
        let text = &self.norm[j.start..j.end];
        let before = |n: usize| if k >= n { self.word(k - n) } else { "" };
        // A country before a noun describes it: "China listings", "United
        // States law", "EEA residents".
        let next = self.word_index(j.end.saturating_sub(1)) + 1;
        // (After an abbreviation's dot — "the EU-U.S. DPF", "U.S. data
        // laws" — unless the dot ends the sentence: "processed in the
        // U.S. Please note …".)
        let abbreviated = text.len() >= 2
            && text.as_bytes()[text.len() - 2] == b'.'
            && self.norm[j.end..].starts_with('.');
        let gap = &self.norm[j.end + usize::from(abbreviated)..];
        let modifies = next < self.words.len()
            && gap[..self.words[next] - j.end - usize::from(abbreviated)]
                .trim()
                .is_empty()
            && !ABROAD_FOLLOWERS.contains(&self.word(next))
            && !(abbreviated && SENTENCE_OPENERS.contains(&self.word(next)));
        if modifies {
            false
        } else if self.names_home(j) {
            matches!(before(1), "outside" | "beyond" | "than")
                || (before(1) == "of" && matches!(before(2), "out" | "outside"))
        } else {
            led || ABROAD_ADVERBS.iter().any(|a| text.starts_with(a))
        }
    }

    /// Whether a disclosure verb's subject is the user's device or browser
    /// ("if the device transmits it", "your device and/or browser may
    /// collect and/or transmit your location"), and no party is named after
    /// it to receive: what a device sends, the service receives.
    pub(super) fn device_sends(&self, verb: &Hit) -> bool {
        let subject = self
            .hits
            .iter()
            .rev()
            .filter(|h| h.end <= verb.start)
            .find(|h| {
                !self.names_action(h) && !self.is(h, Target::May) && !self.is(h, Target::Will)
            });
        let device = subject.is_some_and(|h| {
            self.is(h, Target::Place)
                && ["device", "browser", "computer"]
                    .iter()
                    .any(|d| self.norm[h.start..h.end].contains(d))
                && !self.norm[h.end..verb.start].contains([',', ';', ':'])
                && self.word_index(verb.start) - self.word_index(h.start) <= 10
        });
        device
            && !self
                .hits
                .iter()
                .any(|h| h.start >= verb.end && self.entry(h, Kind::Recipient).is_some())
    }

    /// Whether a verb of reading or scanning has no data for its object:
    /// "continue reading for more information", "read the Forums
    /// section", "our website is scanned for security holes" — a reader's
    /// or a site's, not data's. ("We never read your messages", "we may
    /// scan your messages for spam", "we cannot read them" and "your
    /// messages are scanned" read data.)
    pub(super) fn reads_no_data(&self, verb: &Hit) -> bool {
        let term = &self.norm[verb.start..verb.end];
        if !(term.starts_with("read") || term.starts_with("scan")) {
            return false;
        }
        let w = self.word_index(verb.start);
        // (A pronoun stands for the data before: "we cannot read them".)
        if self.data_pronoun_at(w + 1) {
            return false;
        }
        let object = self.data_object_within(verb, 4);
        let subject = self.passive(verb)
            && self.hits.iter().any(|u| {
                u.end <= verb.start
                    && self.word_index(u.start) + 5 >= w
                    && !self.norm[u.end..verb.start].contains([',', ';', ':', '.', '('])
                    && self.entry(u, Kind::Data).is_some()
            });
        !object && !subject
    }

    /// Whether "process" has the reader's request (or order) for its
    /// object: "we cannot process your request if you do not provide
    /// enough detail", "we will process such requests within 30 days",
    /// "we can't process your reservation if we don't collect your name" —
    /// handling a request, no processing of data (nor a promise against
    /// it).
    pub(super) fn processes_a_request(&self, verb: &Hit) -> bool {
        #[rustfmt::skip]
        const REQUESTS: &[&str] = &[
            "request", "requests", "inquiry", "inquiries", "complaint", "complaints", "order",
            "orders", "reservation", "reservations", "booking", "bookings",
        ];
        // (The verb, not the noun of a service: "payment processing, order
        // fulfillment".)
        if &self.norm[verb.start..verb.end] != "process" {
            return false;
        }
        let determiner = |x: &str| {
            matches!(
                x,
                "your" | "the" | "such" | "any" | "these" | "this" | "all" | "their"
            )
        };
        let request = |k: usize| {
            REQUESTS.contains(&self.word(k).trim_end_matches(['.', ',', ';']))
                && !self
                    .covering(self.words[k])
                    .any(|u| self.entry(u, Kind::Data).is_some())
                && !self.word_get(k + 1).is_some_and(|x| {
                    matches!(x, "data" | "information" | "details" | "records" | "logs")
                })
        };
        // (Or a compound's head: "your trip reservation".)
        self.head_nouns_after(verb, determiner)
            .any(|k| request(k) || (k + 1 < self.words.len() && request(k + 1)))
    }

    /// Whether "maintain" has a site or page for its object, active or
    /// passive: "webpages which are maintained by third parties", "we
    /// operate and maintain websites" — running a site, no keeping of data
    /// (where "we maintain your records" keeps them).
    pub(super) fn maintains_a_site(&self, verb: &Hit) -> bool {
        #[rustfmt::skip]
        const PLACES: &[&str] = &[
            "website", "websites", "site", "sites", "webpage", "webpages", "page", "pages",
            "section", "sections", "app", "apps", "blog", "blogs", "forum", "forums",
        ];
        if !self.norm[verb.start..verb.end].starts_with("maintain") {
            return false;
        }
        let place = |k: usize| {
            let x = self.word(k);
            // (A domain name, whole or split at its dot: "Acme.com".)
            PLACES.contains(&x)
                || matches!(x, "com" | "org" | "net")
                || [".com", ".org", ".net"].iter().any(|d| x.ends_with(d))
        };
        let determiner = |x: &str| {
            matches!(
                x,
                "our" | "the" | "its" | "their" | "a" | "an" | "this" | "these" | "other" | "own"
            )
        };
        if self.head_nouns_after(verb, determiner).any(place) {
            return true;
        }
        // The passive's subject, back past its auxiliary, a relative
        // pronoun and verbs joined to it ("sites operated and maintained
        // by …").
        #[rustfmt::skip]
        const PASSIVE_GLUE: &[&str] = &[
            "are", "is", "be", "been", "which", "that", "and", "or", "operated", "owned", "hosted",
            "controlled", "directly",
        ];
        let w = self.word_index(verb.start);
        let mut k = w;
        while k > 0 && PASSIVE_GLUE.contains(&self.word(k - 1)) {
            k -= 1;
        }
        k < w
            && k > 0
            && self.passive(verb)
            && !self.norm[self.words[k - 1]..verb.start].contains([';', ':', '.'])
            && place(k - 1)
    }

    /// Whether a verb of publishing has the company's own work for its
    /// object: "conduct and publish research", "we publish our findings" —
    /// no disclosure of the user's data (the photos served in the same
    /// list are not what is published).
    pub(super) fn publishes_own_work(&self, verb: &Hit) -> bool {
        const WORK: &[&str] = &[
            "research", "results", "studies", "study", "findings", "papers", "articles", "reports",
            "report", "books", "news",
        ];
        if !self.norm[verb.start..verb.end].starts_with("publish") {
            return false;
        }
        let determiner = |x: &str| {
            matches!(
                x,
                "our" | "the" | "its" | "their" | "academic" | "scientific"
            )
        };
        self.head_nouns_after(verb, determiner)
            .any(|k| WORK.contains(&self.word(k)))
    }

    /// The words right after a verb that may head its object: the next
    /// word, and the two after it while the words before them are
    /// `determiner`s ("publish our academic research").
    fn head_nouns_after(
        &self,
        verb: &Hit,
        determiner: impl Fn(&str) -> bool,
    ) -> impl Iterator<Item = usize> {
        let w = self.word_index(verb.end.saturating_sub(1));
        (w + 1..(w + 4).min(self.words.len()))
            .take_while(move |&k| k == w + 1 || determiner(self.word(k - 1)))
    }

    /// Whether a verb of receiving has a thing for its object that is no
    /// data: "we disclose your information when we receive a subpoena",
    /// "after we receive your request" — the occasion of another practice,
    /// not a collection of the data the clause names. (Only where the
    /// object is spelt out after it: "information we receive" and "we
    /// receive it" take the data before. And a thing that reports what the
    /// user does is data: "we receive a confirmation when you open our
    /// e-mail".)
    pub(super) fn receives_a_thing(&self, verb: &Hit) -> bool {
        let term = &self.norm[verb.start..verb.end];
        if !(term.starts_with("receiv") || term.starts_with("obtain")) {
            return false;
        }
        let w = self.word_index(verb.start);
        let n = self.words.len();
        let reports_users_act = (w + 2..n.min(w + 7)).any(|i| {
            matches!(self.word(i), "when" | "whenever" | "if" | "time")
                && i + 1 < n
                && self.word(i + 1) == "you"
        });
        // (Payment is no data: "we may receive compensation when we share
        // it".)
        // (Not "payment information", data named by its use.)
        if w + 1 < n
            && PAYMENTS.contains(&self.word(w + 1))
            && !self
                .covering(self.words[w + 1])
                .any(|h| self.entry(h, Kind::Data).is_some())
        {
            return true;
        }
        w + 2 < n
            && matches!(self.word(w + 1), "a" | "an" | "your" | "any" | "such")
            && !self.norm[verb.end..self.words[w + 1]].contains([',', ';', ':', '.', '('])
            && !self.data_object_within(verb, 5)
            && !reports_users_act
    }

    /// Whether a verb of uploading sends data to another party or site
    /// ("your content is uploaded to that social network", "if it was
    /// uploaded there"): the company collects only what is uploaded to it
    /// or to no one named.
    pub(super) fn uploaded_elsewhere(&self, verb: &Hit) -> bool {
        // (The company's upload to a party is its disclosure:
        // `read_company_uploads`.)
        self.norm[verb.start..verb.end].starts_with("upload")
            && self.verb_of(verb, "collect")
            && (self.destination(verb) == Some(Destination::Recipient)
                || self.norm[verb.end..].starts_with(" there"))
    }

    /// Whether a verb of using uses a means rather than data: its object,
    /// up to the purpose or a relative clause, names no data, party or
    /// pronoun — "we use encryption to protect your personal information",
    /// "we utilize standard contract clauses … to legitimize data
    /// transfers", "we use a variety of tools to collect information". The
    /// data named after it is what the purpose handles (and a verb of the
    /// vocabulary there states that practice). ("We use it to …", "we use
    /// your responses to …", "we use Google Analytics" still use data or
    /// a party.)
    pub(super) fn uses_means(&self, verb: &Hit) -> bool {
        if !USING.contains(&&self.norm[verb.start..verb.end]) || self.passive(verb) {
            return false;
        }
        let w = self.word_index(verb.start);
        let object: Vec<usize> = (w + 1..(w + 1 + MEANS_WORDS).min(self.words.len()))
            .take_while(|&j| {
                !self.norm[self.ends[j - 1]..self.words[j]].contains([',', ';', ':', '(', ')', '.'])
                    && !MEANS_ENDS.contains(&self.word(j))
            })
            .collect();
        let Some(&first) = object.first() else {
            return false;
        };
        // (Examples spell the object out: "use technology such as cookies
        // and web beacons" uses trackers.)
        let after = w + 1 + object.len();
        // (Up to the purpose or the aside's end: in "use encryption such as
        // SSL to protect your data" the data is the purpose's.)
        let examples = after < self.words.len()
            && matches!(self.word(after), "such" | "including" | "like" | "e.g")
            && (after + 1..(after + MEANS_WORDS).min(self.words.len()))
                .take_while(|&j| {
                    !matches!(
                        self.word(j),
                        "to" | "for" | "when" | "where" | "that" | "which"
                    ) && !self.norm[self.ends[j - 1]..self.words[j]].contains([')', ';', ':', '.'])
                })
                .any(|j| self.data_word(j));
        if examples {
            return false;
        }
        // (An object running past the window is not known to end there.)
        let ended = object.len() < MEANS_WORDS;
        ended
            && !POINTING.contains(&self.word(first))
            && object.iter().all(|&j| {
                !self.covering(self.words[j]).any(|h| {
                    self.entry(h, Kind::Data).is_some()
                        || self.entry(h, Kind::Recipient).is_some()
                        || self.names_party(h)
                        // (A means that is itself a purpose the vocabulary
                        // tracks is used for it: "we use automated
                        // decision-making to assess your creditworthiness".)
                        || self.entry(h, Kind::Purpose).is_some_and(|i| {
                            self.ex.taxonomy.purposes[i].id == PROFILING
                        })
                })
            })
    }

    /// Whether a verb of keeping keeps something other than data: no data
    /// term or pronoun in the few words after it (or, for a participle,
    /// before it) — "countries in which service providers maintain
    /// facilities", "links to websites maintained by other organizations",
    /// "keep our services safe". ("We keep it for 30 days", "information is
    /// retained" still keep data.)
    pub(super) fn keeps_no_data(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        // "Keep" before a gerund goes on doing: "we will keep sharing your
        // data" keeps nothing. (Not a gerund that opens data: "keep
        // browsing history".)
        if matches!(self.word(w), "keep" | "keeps" | "kept" | "keeping")
            && self
                .word_get(w + 1)
                .is_some_and(|x| x.ends_with("ing") && x.len() > 4)
            && !self
                .covering(self.words[w + 1])
                .any(|h| self.entry(h, Kind::Data).is_some())
        {
            return true;
        }
        // (What holds data counts as data: "a complete log of all
        // messages", "copies of your records".)
        let held = |j: usize| self.data_word(j) || RECORDS.contains(&self.word(j));
        // (A participle's agent phrase ends its reach: "lists maintained by
        // public authorities, and other data" keeps lists.)
        let agent = w + 1 < self.words.len() && self.word(w + 1) == "by";
        let after = (w + 1..(w + 7).min(self.words.len()))
            .take_while(|&j| {
                !agent || !self.norm[self.ends[j - 1]..self.words[j]].contains([',', ';'])
            })
            .any(|j| {
                held(j)
                    || (j == w + 1
                        && (self.data_pronoun_at(j)
                            || matches!(
                                self.word(j),
                                "this" | "these" | "those" | "that" | "such" | "all" | "any"
                            )))
            });
        let participle =
            matches!(self.word(w), x if x.ends_with("ed") || x == "kept" || x == "held");
        // The passive keeps its subject, however far back and whatever it
        // names ("personal data collected and used for this purpose is kept
        // for 10 years", "your text is stored on our servers"); so does a
        // participle joined to a passive before it, past that one's agent
        // ("conversations may be reviewed by human reviewers and kept for
        // up to two years").
        if self.passive(verb) || (participle && self.joined_passive(verb).is_some()) {
            return false;
        }
        // A participle without "be" keeps the noun right before it
        // ("websites maintained by …"), or the one before a relative
        // pronoun ("the information, which we then kept").
        // (Not past a place the noun phrase names: "a listing on any
        // sanctions lists maintained by public authorities".)
        let reach = match (w.saturating_sub(6)..w)
            .rev()
            .find(|&j| matches!(self.word(j), "which" | "that"))
        {
            Some(_) => 14,
            None => 6,
        };
        let before = participle
            && (w.saturating_sub(reach)..w)
                .rev()
                .take_while(|&j| {
                    !matches!(
                        self.word(j),
                        "on" | "in" | "at" | "against" | "into" | "within"
                    )
                })
                .any(held);
        !after && !before
    }

    /// Whether a verb of keeping keeps data safe rather than for a time: a
    /// safeguard, not retention — "we require our service providers to keep
    /// your personal information secure", "it is kept confidential",
    /// "maintain the confidentiality of your information". (Not "store it
    /// on secure servers": a state word before a noun describes the place.)
    pub(super) fn keeps_safe(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let j = if self.word_get(w + 1) == Some("the") {
            w + 2
        } else {
            w + 1
        };
        if self.word_get(j).is_some_and(|x| SAFEGUARDS.contains(&x))
            && self.word_get(j + 1) == Some("of")
        {
            return true;
        }
        for j in w + 1..(w + 9).min(self.words.len()) {
            // Within the verb's clause.
            if self.norm[self.ends[j - 1]..self.words[j]].contains([',', ';', ':', '.'])
                || self.covering(self.words[j]).any(|h| self.names_action(h))
            {
                return false;
            }
            if SAFE_STATES.contains(&self.word(j)) {
                let rest = self.norm[self.ends[j]..].trim_start();
                return rest.is_empty()
                    || rest.starts_with([',', ';', '.', ':', ')'])
                    || self
                        .word_get(j + 1)
                        .is_some_and(|n| STATE_FOLLOWERS.contains(&n));
            }
        }
        false
    }

    /// Whether the verb states what someone might come to believe or
    /// learn has happened, in a condition: "if you believe your information
    /// has been shared without your consent, email us", "if we learn that
    /// we have collected information from a child, we will delete it" — a
    /// supposition, not a practice.
    pub(super) fn supposed(&self, verb: &Hit) -> bool {
        let vw = self.word_index(verb.start);
        let lo = vw.saturating_sub(SUPPOSITION_WINDOW);
        for j in (lo..vw).rev() {
            if self.norm[self.ends[j]..self.words[j + 1]].contains([',', ';', ':', '.']) {
                return false;
            }
            if EPISTEMIC.contains(&self.word(j)) {
                // (Of what has happened: "if we believe it is necessary to
                // disclose it" still discloses when it is.)
                let happened = (j + 1..vw)
                    .any(|i| matches!(self.word(i), "has" | "have" | "had" | "was" | "were"));
                // (The "if" may open an earlier condition the supposition is
                // joined to: "if you have questions about this statement or
                // you believe that your information has been released".)
                return happened
                    && (j.saturating_sub(SUPPOSITION_WINDOW)..j).any(|i| {
                        matches!(self.word(i), "if" | "when" | "whenever" | "once" | "should")
                            && (i + 4 >= j
                                || (!self.norm[self.words[i]..self.words[j]]
                                    .contains([',', ';', ':', '.'])
                                    && (i + 1..j).any(|k| self.word(k) == "or")))
                    });
            }
        }
        false
    }

    /// Whether the clause is a heading naming acts on data and nothing
    /// else: "Information sharing and disclosure", "Data collection, use
    /// and sharing" name the topic of the section that follows (in plain
    /// text, where headings run inline; title-case ones are titles).
    pub(super) fn heading_of_acts(&self) -> bool {
        self.words.len() <= HEADING_WORDS / 2
            && !self
                .norm
                .trim_end_matches('.')
                .contains(['.', ';', ':', '!', '?'])
            && (0..self.words.len()).all(|i| {
                matches!(
                    self.word(i),
                    "and" | "or" | "&" | "of" | "your" | "our" | "personal"
                ) || self.covering(self.words[i]).any(|u| {
                    // (Not an imperative: "Share information.")
                    (self.names_action(u)
                        && !(i == 0
                            && matches!(self.word(i), "share" | "sell" | "collect" | "use")))
                        || self.only_data(u)
                })
            })
    }

    /// Whether the verb sits in a relative clause on the data that opens
    /// a short clause with no verb of its own: a heading in sentence case
    /// ("Information we collect", "Data we share with partners") names a
    /// topic. ("Information we collect is used to …" goes on to a verb.)
    pub(super) fn heading_noun_phrase(&self, verb: &Hit) -> bool {
        let Some(first) = self.hits.first() else {
            return false;
        };
        let vw = self.word_index(verb.start);
        if self.word_index(first.start) != 0
            || !self.only_data(first)
            || self.words.len() > HEADING_WORDS
            || !matches!(
                self.norm[first.end..verb.start].trim(),
                "we" | "you" | "that we" | "we may"
            )
            || self
                .norm
                .trim_end_matches('.')
                .contains(['.', ',', ';', ':', '!', '?'])
        {
            return false;
        }
        // Nothing after the verb acts or links: no other verb, no "is".
        !(vw + 1..self.words.len()).any(|i| {
            matches!(
                self.word(i),
                "is" | "are" | "was" | "were" | "will" | "may" | "can" | "might" | "helps" | "help"
            ) || self.covering(self.words[i]).any(|u| self.names_action(u))
        })
    }

    /// Whether a verb's object is a party or people a relative clause
    /// before it names, and no data follows it: "people that Verizon Media
    /// does not employ or manage", "the vendors that we use" (a party
    /// engaged, no data used).
    pub(super) fn object_is_party_before(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let end = (w + 4).min(self.words.len());
        // (Up to the main verb: "service providers that we use may collect
        // your IP address".)
        if (w + 1..end)
            .take_while(|&j| {
                !matches!(
                    self.word(j),
                    "may" | "might" | "can" | "could" | "will" | "would"
                ) && !self.covering(self.words[j]).any(|u| self.names_action(u))
            })
            .any(|j| {
                self.data_word(j)
                    || matches!(
                        self.word(j),
                        "it" | "them" | "this" | "these" | "that" | "your"
                    )
            })
        {
            return false;
        }
        let Some(r) = (w.saturating_sub(6)..w)
            .rev()
            .find(|&j| matches!(self.word(j), "that" | "who" | "whom" | "which"))
        else {
            return false;
        };
        // (The pronoun is the object only with a subject of its own after
        // it: "members that use PayPal" use it themselves.)
        // (A name counts when an auxiliary follows it: "people that
        // Verizon Media does not employ".)
        let between: Vec<&str> = (r + 1..w).map(|j| self.word(j)).collect();
        let aux = |x: &str| MODALS.contains(&x);
        let subject = self
            .hits
            .iter()
            .any(|u| u.start > self.words[r] && u.end <= verb.start && self.names_subject(u))
            || between
                .first()
                .is_some_and(|x| matches!(*x, "they" | "he" | "she" | "i"))
            || between
                .iter()
                .position(|x| aux(x))
                .is_some_and(|a| a > 0 && between[a..].iter().all(|x| aux(x)));
        r > 0
            && subject
            && !self.norm[self.words[r]..verb.start].contains([',', ';', ':'])
            && !self.norm[self.ends[r - 1]..self.words[r]].contains([',', ';', ':'])
            && !self
                .hits
                .iter()
                .any(|h| h.start > self.words[r] && h.end <= verb.start && self.names_action(h))
            && (matches!(
                self.word(r - 1),
                "people"
                    | "persons"
                    | "person"
                    | "individuals"
                    | "employees"
                    | "staff"
                    | "personnel"
            ) || self
                .covering(self.words[r - 1])
                .any(|h| self.entry(h, Kind::Recipient).is_some()))
    }

    /// Whether the "receive" at word `w` is the user's, as a choice words
    /// it: "opt out of receiving these communications", "unsubscribe from
    /// receiving text messages", "stop receiving emails", "choose not to
    /// receive messages", "you would like to no longer receive …", "agree
    /// to receive offers". What the user receives is what the company
    /// sends, no data collected (and no data of the user's: the choice
    /// governs being contacted, not "messages and content").
    pub(super) fn user_receives(&self, w: usize) -> bool {
        if w < 2 || !matches!(self.word(w), "receive" | "receiving") {
            return false;
        }
        let (b1, b2) = (self.word(w - 1), self.word(w - 2));
        match self.word(w) {
            "receiving" => {
                matches!(b1, "stop" | "stopped" | "decline" | "refuse" | "avoid")
                    || (matches!(b1, "of" | "from")
                        && matches!(b2, "out" | "unsubscribe" | "unsubscribing"))
            }
            _ => {
                (b1 == "longer" && b2 == "no" && !self.company_before(w - 2))
                    || (b1 == "to"
                        && (b2 == "not"
                            || WILLING.contains(&b2)
                            || CONSENTING.contains(&b2)
                            || SIGNING_UP.contains(&b2)
                            // ("opt in to receive", "sign up to receive")
                            || (matches!(b2, "in" | "up")
                                && w >= 3
                                && matches!(
                                    self.word(w - 3),
                                    "opt" | "opted" | "opting" | "sign" | "signed" | "signing"
                                )))
                        && !self.company_before(w - 2))
            }
        }
    }

    /// Whether the company is the subject right before word `w` ("we no
    /// longer receive", "we agree to receive"): a first-party word with
    /// at most auxiliaries between.
    pub(super) fn company_before(&self, w: usize) -> bool {
        self.subject_word(w, &["not", "never", "also"])
            .is_some_and(|i| matches!(self.word(i), "we" | "us"))
    }

    /// Data the user receives (see [`Analysis::user_receives`]): a data
    /// term in the object of such a "receive", up to a clause break or a
    /// preposition that leads on ("by", "through", "via"), or, beside
    /// such a choice, one a relative clause says the user receives ("…
    /// or unsubscribe by following instructions in the messages that
    /// they receive").
    pub(super) fn received_by_user(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        let mut k = self.word_index(h.end - 1) + 1;
        if matches!(self.word_get(k), Some("that" | "which")) {
            k += 1;
        }
        if matches!(self.word_get(k), Some("you" | "they" | "users"))
            && !self.norm[h.end..self.words.get(k).copied().unwrap_or(h.end)].contains([',', ';'])
        {
            k += 1;
            while matches!(self.word_get(k), Some("may" | "will" | "might" | "can")) {
                k += 1;
            }
            // (In a choice over being contacted: "we read the emails you
            // receive" reads them.)
            if matches!(self.word_get(k), Some("receive" | "received" | "get"))
                && (0..self.words.len()).any(|v| self.user_receives(v))
            {
                return true;
            }
        }
        (w.saturating_sub(6)..w).rev().any(|v| {
            self.user_receives(v) && {
                let gap = &self.norm[self.ends[v]..h.start];
                !gap.contains([',', ';', ':', '(', '.'])
                    && ![" by ", " through ", " via ", " if ", " when "]
                        .iter()
                        .any(|c| gap.contains(c))
            }
        })
    }

    /// Whether the first noun after a verb is something other than data
    /// ("discloses our practices", "disclose any changes", "disclose their
    /// use of cookies").
    /// (A data word modifying such a noun names no data either: "disclose
    /// its information practices".)
    pub(super) fn object_is_not_data(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let not_data = |j: usize| {
            j < self.words.len()
                && matches!(
                    self.word(j),
                    "practices"
                        | "practice"
                        | "policy"
                        | "policies"
                        | "changes"
                        | "change"
                        | "updates"
                        | "terms"
                        | "statement"
                        | "notice"
                        | "things"
                        // A duty shared, not data: "we share responsibility
                        // for the processing of your data with our partners
                        // as joint controllers".
                        | "responsibility"
                        | "responsibilities"
                        | "liability"
                        // Values shared: "services that share our respect
                        // for your privacy", "share our commitment to …".
                        | "respect"
                        | "values"
                        | "commitment"
                        | "vision"
                        | "mission"
                        | "passion"
                        | "beliefs"
                        | "goals"
                        // A browser's signal: "transmits a 'Do Not Track'
                        // header to the websites you visit".
                        | "header"
                        | "headers"
                        | "signal"
                        | "signals"
                )
                // Ads shared are ads shown, not data: "to share targeted
                // third-party advertisements on the App" (where "we use
                // advertising companies to serve ads" still reaches them).
                || (self.norm[verb.start..verb.end].starts_with("shar")
                    && matches!(self.word(j), "advertisements" | "adverts" | "ads"))
        };
        // A practice explained, not data: "we will disclose fully, within
        // the appropriate feature, how we use that information", "disclose
        // to you whether we sell it" (past adverbs, an aside set off by
        // commas and the user addressed; where "we share what you post"
        // names the data).
        let mut j = w + 1;
        loop {
            if j >= self.words.len() {
                break;
            }
            let x = self.word(j);
            if (x.len() > 4 && x.ends_with("ly")) || matches!(x, "to" | "with" | "you") {
                j += 1;
            } else if self.norm[self.ends[j - 1]..self.words[j]].contains(',')
                && let Some(close) = (j + 1..self.words.len().min(j + 6))
                    .find(|&k| self.norm[self.ends[k]..].starts_with(','))
            {
                j = close + 1;
            } else {
                break;
            }
        }
        if j + 1 < self.words.len()
            && matches!(self.word(j), "how" | "whether" | "why")
            && j <= w + 10
        {
            return true;
        }
        // A property in common, not a disclosure: "the entities share
        // common goals", "users that share similar interests" (where "share
        // the same information with …" discloses it).
        // (After an article too: "the Sites share a common platform and
        // registration system"; not where data follows, "we may share a
        // common account identifier with advertising partners".)
        let article =
            usize::from(w + 1 < self.words.len() && matches!(self.word(w + 1), "a" | "an"));
        let adjective = w + 1 + article;
        if adjective + 1 < self.words.len()
            && self.norm[verb.start..verb.end].starts_with("shar")
            && matches!(self.word(adjective), "common" | "similar")
            && !(adjective + 1..(adjective + 4).min(self.words.len())).any(|k| self.data_word(k))
        {
            return true;
        }
        // What a practice is, not its data: "partners must disclose their
        // use of our pixel in their privacy policies", "disclose the use of
        // cookies to end users".
        let k = self.object_head(w, &["the", "their", "its", "our", "any", "such"]);
        if k + 1 < self.words.len()
            && matches!(self.word(k), "use" | "usage" | "existence" | "presence")
            && self.word(k + 1) == "of"
        {
            return true;
        }
        // (Five words after the verb, past a parenthesis: "we do not sell
        // or share (as those terms are defined under the CCPA) your
        // personal information".)
        let inside = |j: usize| {
            let gap = &self.norm[verb.end.min(self.words[j])..self.words[j]];
            gap.matches('(').count() > gap.matches(')').count()
        };
        let after: Vec<usize> = (w + 1..self.words.len())
            .filter(|&j| !inside(j))
            .take(5)
            .collect();
        for j in after {
            if self.data_word(j) {
                // (The word after the whole data term: "search terms" are data;
                // a parenthesis opens no compound, "your data (as those terms
                // are defined …)".)
                let last = self
                    .covering(self.words[j])
                    .filter(|h| self.entry(h, Kind::Data).is_some())
                    .map(|h| self.word_index(h.end - 1))
                    .max()
                    .unwrap_or(j);
                return last + 1 < self.words.len()
                    && not_data(last + 1)
                    && !self.norm[self.ends[last]..self.words[last + 1]].contains([',', '(']);
            }
            // (Unless data is named beside it: "your things and your
            // email address".)
            if not_data(j) {
                let joined_data = j + 2 < self.words.len()
                    && matches!(self.word(j + 1), "and" | "or")
                    && (j + 2..(j + 5).min(self.words.len())).any(|k| self.data_word(k));
                return !joined_data;
            }
        }
        false
    }
}

/// Where a disclosure's data goes first (see [`Analysis::destination`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Destination {
    /// A place, the user's device or the user: no third party.
    Kept,
    /// The company itself ("with us"): no third party receives; a third
    /// party that sends data there is where the company collects it
    /// ("partners share … with us").
    Company,
    /// A country or region: an international transfer.
    Abroad,
    /// A recipient the taxonomy knows.
    Recipient,
}
