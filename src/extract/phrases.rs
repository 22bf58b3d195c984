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

/// Whether `text` holds `phrase` as whole words.
pub(super) fn has_phrase(text: &str, phrase: &str) -> bool {
    words_at(text, phrase).next().is_some()
}

/// Whether `text` holds any of `phrases` as whole words.
pub(super) fn has_any(text: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| has_phrase(text, p))
}

/// The text from byte `from` (at most `reach` bytes back from `at`) up to
/// `at`, cut after the last of `stops` in it: the words before `at` in
/// its own clause, where a denial of what stands at `at` may be.
pub(super) fn back_to_stop<'a>(
    text: &'a str,
    from: usize,
    at: usize,
    reach: usize,
    stops: &[&str],
) -> &'a str {
    let from = from.max(floor(text, at.saturating_sub(reach)));
    let mut window = &text[from..at];
    for stop in stops {
        if let Some(i) = window.rfind(stop) {
            window = &window[i + stop.len()..];
        }
    }
    window
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
