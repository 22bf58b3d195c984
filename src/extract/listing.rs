//! Items listed beside a practice's data: "your IP address, and the
//! subreddits you follow" hands over the subreddits too, though no
//! vocabulary names them. The practice's
//! object spans take such items in (its data ids do not: an item the
//! vocabulary does not know has no kind to report), so a reader sees every
//! word the practice rests on.

use super::analysis::Analysis;
use super::practice::DataSpan;
use super::words::{
    ITEM_ENDS, LIST_SEPARATORS, MAX_ITEM_WORDS, OFFERINGS, determines_data, ends_as_adjective,
};

impl Analysis<'_> {
    /// The items listed after each of `objects` ("A, B and C" after A),
    /// each with the kind of the object the list runs on from. An item is
    /// a short noun phrase no term covers, ending at the next separator,
    /// the clause's punctuation or a word that cannot be in it ("the
    /// areas you visit" lists "the areas").
    pub(super) fn listed_items(&self, objects: &[DataSpan]) -> Vec<DataSpan> {
        let mut out: Vec<DataSpan> = Vec::new();
        for o in objects {
            let mut pos = o.end;
            loop {
                let rest = &self.norm[pos..];
                let Some(sep) = LIST_SEPARATORS.iter().find(|s| rest.starts_with(**s)) else {
                    break;
                };
                let start = pos + sep.len();
                // A term listed next: the list goes on past it if the
                // practice took it as its object ("and your email address").
                let term_at = self.past_determiners(start);
                if self.hits.iter().any(|h| h.start == term_at) {
                    match objects.iter().find(|x| x.start == term_at) {
                        Some(x) => {
                            pos = x.end;
                            continue;
                        }
                        None => break,
                    }
                }
                let Some(end) = self.item_end(start) else {
                    break;
                };
                if !out.iter().chain(objects).any(|x| x.start == start) {
                    out.push(DataSpan {
                        start,
                        end,
                        entry: o.entry,
                    });
                }
                pos = end;
            }
            for item in self.items_before(o, objects) {
                if !out.iter().chain(objects).any(|x| x.start == item.start) {
                    out.push(item);
                }
            }
        }
        out
    }

    /// The items listed before `o` back to where the list opens — a colon
    /// or bracket, "such as", "including", "like" or the verb itself —
    /// with nothing but listed items between: "such as time of access, date
    /// of access and your IP address", "we may release account and other
    /// personal information". None where the list opens elsewhere ("if you
    /// register and your email address …").
    fn items_before(&self, o: &DataSpan, objects: &[DataSpan]) -> Vec<DataSpan> {
        let mut found = Vec::new();
        let mut pos = self.before_determiners(o.start);
        loop {
            let before = &self.norm[..pos];
            let Some(sep) = LIST_SEPARATORS.iter().find(|s| before.ends_with(**s)) else {
                break;
            };
            let end = pos - sep.len();
            if end == 0 {
                break;
            }
            let last = self.word_index(end - 1);
            if self.ends[last] != end {
                break;
            }
            // An object listed before: the list goes on past it.
            if let Some(x) = objects.iter().find(|x| x.start < end && end <= x.end) {
                pos = self.before_determiners(x.start);
                continue;
            }
            if self.covering(self.words[last]).next().is_some() {
                break;
            }
            let mut first = last;
            while first > 0 && last - first + 1 < MAX_ITEM_WORDS {
                let prev = first - 1;
                let w = self.word(prev);
                if self.norm[self.ends[prev]..self.words[first]] != *" "
                    || ITEM_ENDS.contains(&w)
                    || matches!(w, "and" | "or")
                    || self.covering(self.words[prev]).next().is_some()
                {
                    break;
                }
                first = prev;
            }
            if ITEM_ENDS.contains(&self.word(first)) || !self.ends_noun_phrase(last) {
                break;
            }
            found.push(DataSpan {
                start: self.words[first],
                end,
                entry: o.entry,
            });
            pos = self.words[first];
        }
        if found.is_empty() || !self.opens_list(pos) {
            return Vec::new();
        }
        found
    }

    /// Where the term after the determiners at byte `pos` starts ("your
    /// email address" → "email address").
    fn past_determiners(&self, pos: usize) -> usize {
        let mut w = self.word_index(pos);
        if self.words.get(w) != Some(&pos) {
            return pos;
        }
        while w + 1 < self.words.len() && determines_data(self.word(w)) {
            w += 1;
        }
        self.words[w]
    }

    /// Where the determiners before the term at byte `pos` start.
    fn before_determiners(&self, pos: usize) -> usize {
        let mut w = self.word_index(pos);
        if self.words.get(w) != Some(&pos) {
            return pos;
        }
        while w > 0
            && determines_data(self.word(w - 1))
            && self.norm[self.ends[w - 1]..self.words[w]] == *" "
        {
            w -= 1;
        }
        self.words[w]
    }

    /// Whether a list may open at byte `pos`: after a colon or bracket,
    /// "such as", "including", "like", or an act's verb.
    fn opens_list(&self, pos: usize) -> bool {
        let before = self.norm[..pos].trim_end();
        if before.ends_with([':', '(']) {
            return true;
        }
        let w = self.word_index(pos);
        if w == 0 || self.words[w] != pos {
            return false;
        }
        matches!(
            self.word(w - 1),
            "as" | "including" | "include" | "includes" | "like" | "namely"
        ) || self
            .covering(self.words[w - 1])
            .any(|h| self.names_action(h))
    }

    /// Where an item of a list starting at byte `start` ends, if a short
    /// noun phrase no term covers stands there.
    fn item_end(&self, start: usize) -> Option<usize> {
        let first = self.word_index(start);
        if self.words.get(first) != Some(&start) {
            return None;
        }
        let mut last = None;
        for j in first..self.words.len().min(first + MAX_ITEM_WORDS + 1) {
            let w = self.word(j);
            if ITEM_ENDS.contains(&w) || (j > first && matches!(w, "and" | "or")) {
                break;
            }
            if j == first + MAX_ITEM_WORDS || self.covering(self.words[j]).next().is_some() {
                return None;
            }
            last = Some(j);
            // Punctuation after the word ends the item.
            if j + 1 < self.words.len() && self.norm[self.ends[j]..self.words[j + 1]] != *" " {
                break;
            }
        }
        let last = last?;
        // (A lone word before an object pronoun is a verb: "or add you to
        // our mailing list".)
        let pronoun_after = last + 1 < self.words.len()
            && matches!(self.word(last + 1), "you" | "us" | "them" | "it");
        (self.ends_noun_phrase(last) && !(last == first && pronoun_after)).then(|| self.ends[last])
    }

    /// Whether word `last` can end a listed noun phrase: not a participle
    /// or past tense ("pages visited and search words entered"), nor by its
    /// ending an adjective ("physical and technical access controls"), nor
    /// a numeral ("(2) …"), nor a thing offered rather than held
    /// ("content, products and services").
    fn ends_noun_phrase(&self, last: usize) -> bool {
        let w = self.word(last);
        !(ends_as_adjective(w)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || OFFERINGS.contains(&w))
    }
}
