//! Whether a policy reads as English. The extraction rules and vocabulary
//! are English: a policy in another language yields few practices, and a
//! diff of two such versions finds next to nothing. Saying so keeps an
//! empty report from passing for "nothing changed".

/// English words common in any policy's sentences, rare in other
/// languages' (a French or German policy shares a few: "in", "a").
const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "of", "to", "we", "you", "your", "our", "is", "are", "for", "with", "or", "that",
    "this", "by", "be", "may", "not", "as", "it", "on", "from", "will", "can", "have", "us",
];

/// Below this many words a text says too little to judge.
const MIN_WORDS: usize = 150;

/// The least share of function words an English text shows (English
/// policies run at 30–40%; French and German ones under 5%).
const MIN_SHARE: f64 = 0.10;

/// Whether `sentences` read as English: true when there are too few
/// words to tell.
pub fn looks_english<'a>(sentences: impl IntoIterator<Item = &'a str>) -> bool {
    let (mut words, mut function) = (0usize, 0usize);
    for s in sentences {
        for w in s
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
        {
            words += 1;
            if FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)) {
                function += 1;
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
