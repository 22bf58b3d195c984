//! Whether a policy reads as English. The extraction rules and vocabulary
//! are English: a policy in another language yields few practices, and a
//! diff of two such versions finds next to nothing. Saying so keeps an
//! empty report from passing for "nothing changed".

/// English words common in any policy's sentences, rare in other
/// languages' (a French or German policy shares a few: "in", "a"). None is
/// longer than four letters, which keeps the check cheap.
fn function_word(w: &[u8]) -> bool {
    if w.len() > 4 || !w.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 4];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"the"
            | b"and"
            | b"of"
            | b"to"
            | b"we"
            | b"you"
            | b"your"
            | b"our"
            | b"is"
            | b"are"
            | b"for"
            | b"with"
            | b"or"
            | b"that"
            | b"this"
            | b"by"
            | b"be"
            | b"may"
            | b"not"
            | b"as"
            | b"it"
            | b"on"
            | b"from"
            | b"will"
            | b"can"
            | b"have"
            | b"us"
    )
}

/// Below this many words a text says too little to judge.
const MIN_WORDS: usize = 150;

/// Enough words to judge by: a policy's language shows in its first
/// thousand words (a history reads hundreds of versions).
const SAMPLE_WORDS: usize = 1000;

/// The least share of function words an English text shows (English
/// policies run at 30–40%; French and German ones under 5%).
const MIN_SHARE: f64 = 0.10;

/// Whether `sentences` read as English: true when there are too few
/// words to tell.
pub fn looks_english<'a>(sentences: impl IntoIterator<Item = &'a str>) -> bool {
    let (mut words, mut function) = (0usize, 0usize);
    'text: for s in sentences {
        // Words are runs of letters; any non-ASCII byte counts as a letter
        // ("données", "Datenschutz"), which keeps the scan to bytes.
        for w in s
            .as_bytes()
            .split(|b| !(b.is_ascii_alphabetic() || *b >= 0x80))
            .filter(|w| !w.is_empty())
        {
            words += 1;
            function += usize::from(function_word(w));
            if words == SAMPLE_WORDS {
                break 'text;
            }
        }
    }
    words < MIN_WORDS || function as f64 / words as f64 >= MIN_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_reads_as_english_and_french_does_not() {
        let en = "We collect your email address and share it with our partners. ".repeat(20);
        assert!(looks_english([en.as_str()]));
        let fr = "Nous collectons votre adresse e-mail et la partageons avec nos partenaires. "
            .repeat(20);
        assert!(!looks_english([fr.as_str()]));
        // Too short to tell.
        assert!(looks_english(["Nous collectons votre adresse."]));
    }
}
