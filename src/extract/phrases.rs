//! Finding words and phrases in a clause's normalised text by byte offset,
//! for the readers that take a clause's text as a whole rather than its
//! matched terms (`notice`, `signals`, `safeguards`).

/// Byte offsets where `word` stands as a whole word (or phrase) in `text`.
pub(super) fn words_at<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(word).filter_map(move |(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric());
        (boundary(before) && boundary(after)).then_some(at)
    })
}

/// Byte offsets where a word beginning with `stem` starts in `text`
/// ("encrypt" in "encrypted", "encryption").
pub(super) fn starts_at<'a>(text: &'a str, stem: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(stem).filter_map(move |(at, _)| {
        let before = text[..at].chars().next_back();
        (!before.is_some_and(|c| c.is_alphanumeric())).then_some(at)
    })
}

/// The nearest char boundary at or before `i` (at most the text's length).
pub(super) fn floor(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after `i` (at most the text's length).
pub(super) fn ceil(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}
