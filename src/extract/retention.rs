//! Retention: how long a retention practice keeps its data — a period in
//! days ("for 18 months", "deleted within 48 hours"), or an open bound
//! stated instead ("while your account is active", "as long as
//! necessary", "indefinitely"). Both are compared across versions, so a
//! policy that trades "30 days" for "indefinitely" is reported.

use super::analysis::Analysis;
use super::words::{DELETING, may_delete};
use super::{Condition, OpenRetention, Practice};

/// Words by which the company's own judgement of need bounds the keeping:
/// "as long as necessary", "until it is no longer needed", "for as long as
/// we have a legitimate business purpose".
#[rustfmt::skip]
const NEED: &[&str] = &[
    "necessary", "needed", "need", "needs", "require", "required", "requires", "reasonably",
    "permitted", "appropriate", "legitimate", "useful", "relevant",
];

/// Words by which the user's relation to the service bounds the keeping:
/// "while your account is active", "for the life of your membership".
const ACCOUNT: &[&str] = &["account", "membership", "subscription", "relationship"];

/// The kind of data an account deleted holds.
const ACCOUNT_DATA: &str = "account-information";

/// Verbs by which the user ends an account or the keeping of data:
/// after a deletion ("we delete it when you close your account") they
/// bound it; other acts of the user do not ("deletes your data when you
/// access our services", "deleted cookies, if you have consented").
#[rustfmt::skip]
const ENDING: &[&str] = &[
    "delete", "deletes", "close", "closes", "remove", "removes", "cancel", "cancels",
    "terminate", "terminates", "deactivate", "deactivates", "withdraw", "withdraws",
    "unsubscribe", "unsubscribes", "ask", "asks", "request", "requests",
];

/// What a bound's cue lets its phrase say.
#[derive(Clone, Copy)]
enum Cue {
    /// "as long as", "until": the company's need, the user, an account.
    Need,
    /// "while": the user's time or an account ("while you use our
    /// services", "while your account is open").
    User,
    /// "the life of", "the duration of": an account's.
    Account,
    /// The occasion of a deletion ("when", "once", "upon"): the company's
    /// need, an account, or the user ending it.
    Deletion,
}

/// How many words after "as long as", "while" or "until" the bound's
/// phrase may run ("until you delete your account or ask us to").
const BOUND_REACH: usize = 8;

impl<'a> Analysis<'a> {
    /// The open bound a retention verb (from byte `verb` to `end`, where
    /// its object may run) states, the widest of them when it names several
    /// ("as long as your account is active, or as long as necessary to
    /// comply with the law" is kept as needed). Only words next to the verb
    /// or after it bound it ("we want your connections to last forever, but
    /// we keep your data only as long as necessary" is kept as needed). A
    /// denied keeping "indefinitely" bounds nothing ("we do not keep it
    /// forever" says no more than that).
    pub(super) fn open_retention(
        &self,
        verb: usize,
        end: usize,
        negated: bool,
    ) -> Option<OpenRetention> {
        let n = self.word_index(end.saturating_sub(1)) + 1;
        let from = self.word_index(verb).saturating_sub(2);
        let mut widest: Option<OpenRetention> = None;
        let mut widen = |b: OpenRetention| {
            // (By declaration order: nearest end first.)
            let rank = |b: OpenRetention| b as u8;
            if widest.is_none_or(|w| rank(b) > rank(w)) {
                widest = Some(b);
            }
        };
        for i in from..n {
            let next = |k: usize| self.word_get(i + k).unwrap_or("");
            match self.word(i) {
                "indefinitely" | "forever" | "perpetuity" | "perpetually" if !negated => {
                    widen(OpenRetention::Indefinite)
                }
                // ("permanently deleted" ends the keeping.)
                "permanently" if !negated && !self.deletion_near(i) => {
                    widen(OpenRetention::Indefinite)
                }
                "indefinite" | "unlimited"
                    if !negated && matches!(next(1), "period" | "time" | "duration" | "basis") =>
                {
                    widen(OpenRetention::Indefinite)
                }
                "long" if i > 0 && self.word(i - 1) == "as" && next(1) == "as" => {
                    if let Some(b) = self.bound_after(i + 2, Cue::Need) {
                        widen(b)
                    }
                }
                "until" => {
                    if let Some(b) = self.bound_after(i + 1, Cue::Need) {
                        widen(b)
                    }
                }
                // ("while" names the user's time: "while locally stored data
                // may not be necessary" is no need of the company's.)
                "while" => {
                    if let Some(b) = self.bound_after(i + 1, Cue::User) {
                        widen(b)
                    }
                }
                // "for the life of your account", "for the duration of your
                // membership".
                // ("for only the duration of your visit" is no account's.)
                "life" | "lifetime" | "duration" if next(1) == "of" => {
                    if let Some(b) = self.bound_after(i + 2, Cue::Account) {
                        widen(b)
                    }
                }
                // "no longer than necessary".
                "longer" if next(1) == "than" && NEED.contains(&next(2)) => {
                    widen(OpenRetention::AsNeeded)
                }
                _ => {}
            }
        }
        widest
    }

    /// The bound a phrase starting at word `k` states: the company's need
    /// ("necessary", "no longer needed") before the user's act or account
    /// ("you use the services", "your account is active", "you delete it"),
    /// as far as its cue lets it say (see [`Cue`]).
    fn bound_after(&self, k: usize, cue: Cue) -> Option<OpenRetention> {
        let mut words = Vec::new();
        for w in k..(k + BOUND_REACH).min(self.words.len()) {
            words.push(self.word(w));
            // (The phrase ends at a clause mark after its word.)
            if self.norm[self.ends[w]..]
                .trim_start()
                .starts_with([',', ';', '.', ':', ')'])
            {
                break;
            }
        }
        // (Not "while taking your interests into account".)
        let account = words
            .iter()
            .enumerate()
            .any(|(i, w)| ACCOUNT.contains(w) && (i == 0 || words[i - 1] != "into"));
        let user = matches!(words.first(), Some(&("you" | "your")));
        let ends = words.iter().any(|w| ENDING.contains(w));
        if matches!(cue, Cue::Need | Cue::Deletion) && words.iter().any(|w| NEED.contains(w)) {
            Some(OpenRetention::AsNeeded)
        } else if account
            || match cue {
                Cue::Need | Cue::User => user,
                Cue::Deletion => user && ends,
                Cue::Account => false,
            }
        {
            Some(OpenRetention::Account)
        } else {
            None
        }
    }

    /// Whether a word of deletion stands within three words of word `i`
    /// ("permanently delete", "deleted permanently").
    fn deletion_near(&self, i: usize) -> bool {
        let from = self.words[i.saturating_sub(3)];
        let to = self.ends[(i + 3).min(self.words.len() - 1)];
        let near = &self.norm[from..to];
        may_delete(near) || near.contains("remov")
    }

    /// A retention period stated as deletion: "your User Content will be
    /// deleted … within 48 hours", "personal information is deleted,
    /// aggregated or de-identified after 90 days", "we anonymize your
    /// responses after 3 months" — the data named is kept up to then; or
    /// an open bound stated so: "we delete your data when you close your
    /// account", "… once it is no longer needed". Only the company's
    /// deletion, affirmed, of named data, with a period after "within" or
    /// "after", or before "after" ("you can delete your data within 30
    /// days" is the user's; "we do not delete" keeps no limit). Data a
    /// pronoun stands for ("we delete it after 30 days", "they are
    /// deleted once delivered") is left to the clause before to name
    /// (`pronoun_object`).
    pub(super) fn deleted_after(
        &self,
        data: &[String],
        durations: &[(usize, u32)],
    ) -> Option<Practice> {
        if !may_delete(self.norm) {
            return None;
        }
        // (The company's deletion, past the user's: "you can delete your
        // account at any time, and we will delete your data within 30
        // days".)
        let d = (0..self.words.len()).find(|&d| {
            DELETING.contains(&self.word(d))
                && !(d.saturating_sub(4)..d).any(|i| {
                    matches!(
                        self.word(i),
                        "you" | "not" | "never" | "can" | "may" | "request" | "ask"
                    )
                })
        })?;
        let pronoun = data.is_empty() && self.deletes_pronoun(d);
        // (An account deleted is its data: "we delete inactive accounts
        // after 24 months", "inactive accounts are deleted after two
        // years".)
        let accounts = data.is_empty() && !pronoun && self.deletes_accounts(d);
        if data.is_empty() && !pronoun && !accounts {
            return None;
        }
        let data: &[String] = if accounts {
            &[ACCOUNT_DATA.to_string()][..]
        } else {
            data
        };
        let days = durations
            .iter()
            .filter(|&&(at, _)| {
                at > self.words[d] && {
                    let w = self.word_index(at);
                    // (Or the period before the event it counts from: "30
                    // days after you close your account".)
                    (w.saturating_sub(4)..w).any(|i| matches!(self.word(i), "within" | "after"))
                        || (w + 1 < self.words.len()
                            && matches!(self.word(w + 1), "after" | "following" | "from"))
                }
            })
            .map(|&(_, n)| n)
            .max();
        let open = if days.is_none() {
            match self.deleted_when(d) {
                Some(open) => Some(open),
                None => {
                    return self.deleted_once_served(d, data).map(|mut p| {
                        p.pronoun_object = pronoun;
                        p
                    });
                }
            }
        } else {
            None
        };
        let mut p = self.keeping(false, data);
        p.retention_days = days;
        p.retention_open = open;
        p.pronoun_object = pronoun;
        // (A deletion with a case carved out keeps it: "we erase your data
        // within 30 days, except where we must keep it to comply with the
        // law".)
        p.condition = self.condition().filter(|c| c.kind == "exception");
        Some(p)
    }

    /// Whether the deletion at word `d` is of accounts: its object ("we
    /// delete inactive accounts") or its passive subject ("dormant accounts
    /// are deleted"), a few words away in the same clause.
    fn deletes_accounts(&self, d: usize) -> bool {
        let n = self.words.len();
        (d.saturating_sub(4)..n.min(d + 4)).any(|i| {
            matches!(self.word(i), "account" | "accounts") && {
                let (a, b) = if i < d { (i, d) } else { (d, i) };
                !self.norm[self.ends[a]..self.words[b]].contains([',', ';', ':', '.'])
            }
        })
    }

    /// Whether the deletion at word `d` is of what a pronoun stands for:
    /// its object ("delete it", "erase them") or its passive subject ("it
    /// is deleted", "they will be erased").
    fn deletes_pronoun(&self, d: usize) -> bool {
        if self.data_pronoun_at(d + 1) {
            return true;
        }
        let mut i = d;
        while i > 0 && matches!(self.word(i - 1), "is" | "are" | "will" | "be" | "shall") {
            i -= 1;
        }
        i < d && i > 0 && matches!(self.word(i - 1), "it" | "they")
    }

    /// The company's keeping of `data` (denied, or not) that a deletion
    /// states.
    fn keeping(&self, negated: bool, data: &[String]) -> Practice {
        Practice::companys(
            "retain",
            negated,
            data.to_vec(),
            self.matched_terms().into(),
            self.data_spans(|h| !self.in_exception(h)),
        )
    }

    /// A deletion as soon as the data has served (word `d`): "your
    /// messages are deleted from our servers once delivered", "photos are
    /// deleted immediately after processing". Nothing is kept past that:
    /// the promise "we do not store your messages once they are delivered"
    /// makes, and so read, with the occasion its condition.
    fn deleted_once_served(&self, d: usize, data: &[String]) -> Option<Practice> {
        let n = self.words.len();
        let cue = (d + 1..(d + BOUND_REACH).min(n)).find(|&w| {
            matches!(
                self.word(w),
                "once" | "upon" | "after" | "immediately" | "soon"
            )
        })?;
        // (The occasion names the data's one use, within a few words.)
        let served = (cue + 1..(cue + 5).min(n)).find(|&w| {
            matches!(
                self.word(w),
                "delivered"
                    | "delivery"
                    | "transmitted"
                    | "transmission"
                    | "sent"
                    | "processed"
                    | "processing"
                    | "received"
                    | "receipt"
            )
        });
        let end = match served {
            Some(w) => self.ends[w],
            // ("Deleted immediately", with no occasion.)
            None if self.word(cue) == "immediately"
                && self.norm[self.ends[cue]..]
                    .trim_start()
                    .starts_with([',', ';', '.', ')']) =>
            {
                self.ends[cue]
            }
            None => return None,
        };
        if self.norm[self.words[cue]..end].contains([',', ';', ':', '.', '(']) {
            return None;
        }
        let mut p = self.keeping(true, data);
        // ("Immediately" is no occasion: "deleted immediately" keeps
        // nothing at all, "immediately after processing" nothing after it.)
        let occasion = self.norm[self.words[cue]..end].trim_start_matches("immediately");
        p.condition = (!occasion.is_empty()).then(|| Condition {
            kind: "condition".to_string(),
            text: occasion.trim_start().to_string(),
            terms: Vec::new(),
        });
        Some(p)
    }

    /// The open bound of a deletion at word `d`, from the occasion that
    /// follows it: "when you close your account" (the user's act), "once
    /// it is no longer needed" (the company's judgement).
    fn deleted_when(&self, d: usize) -> Option<OpenRetention> {
        let n = self.words.len();
        // (Nor a deletion denied further back: "recipients will not
        // however have these conversations erased when you delete your
        // account".)
        if (d.saturating_sub(BOUND_REACH)..d).any(|i| matches!(self.word(i), "not" | "never")) {
            return None;
        }
        let cue = (d + 1..(d + BOUND_REACH).min(n))
            .find(|&w| matches!(self.word(w), "when" | "once" | "upon" | "after" | "if"))?;
        self.bound_after(cue + 1, Cue::Deletion)
    }
}
