//! Plain text: paragraphs are separated by blank lines, list items start with a
//! bullet or a number, and headings are short standalone lines.

use super::document::{BlockBuilder, BlockKind, Document, Section};
use super::entities;

/// Parses plain text into blocks.
pub fn parse(src: &str) -> Document {
    let mut doc = Document::new(src);
    let lines: Vec<(usize, &str)> = line_spans(src);
    let mut section: Vec<String> = Vec::new();
    let mut path: Section = Section::from(Vec::new());
    let mut levels: Vec<usize> = Vec::new();
    let mut seen_major = false;
    let mut cur = BlockBuilder::default();
    let mut cur_kind = BlockKind::Paragraph;

    let mut i = 0;
    while i < lines.len() {
        let (off, raw) = lines[i];
        let line = raw.trim_end_matches('\r');
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut doc, &mut cur, cur_kind, &path);
            cur_kind = BlockKind::Paragraph;
            i += 1;
            continue;
        }
        let prev_blank = i == 0 || lines[i - 1].1.trim().is_empty();
        let next_blank = i + 1 >= lines.len() || lines[i + 1].1.trim().is_empty();
        if prev_blank
            && cur.is_blank()
            && let Some(level) = heading_level(trimmed, next_blank, seen_major)
        {
            seen_major |= level == 1;
            while levels.last().is_some_and(|&l| l >= level) {
                levels.pop();
                section.pop();
            }
            levels.push(level);
            section.push(entities::decode(trimmed).into_owned());
            path = Section::from(section.clone());
            i += 1;
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        if is_list_marker(trimmed) {
            flush(&mut doc, &mut cur, cur_kind, &path);
            cur_kind = BlockKind::ListItem;
        } else {
            cur.push_space();
        }
        for (piece, at) in entities::pieces(trimmed) {
            cur.push(&piece, off + lead + at);
        }
        i += 1;
    }
    flush(&mut doc, &mut cur, cur_kind, &path);
    doc
}

fn flush(doc: &mut Document, cur: &mut BlockBuilder, kind: BlockKind, section: &Section) {
    if let Some(b) = cur.finish(kind, section) {
        doc.blocks.push(b);
    }
}

fn line_spans(src: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut off = 0;
    for l in src.split('\n') {
        out.push((off, l));
        off += l.len() + 1;
    }
    out
}

/// A bullet (`-`, `*`, `•`) or an enumerator (`1.`, `2)`, `(a)`) followed by a space.
pub fn is_list_marker(t: &str) -> bool {
    if let Some(rest) = t
        .strip_prefix("- ")
        .or_else(|| t.strip_prefix("* "))
        .or_else(|| t.strip_prefix("• "))
        .or_else(|| t.strip_prefix("· "))
        .or_else(|| t.strip_prefix("– "))
    {
        return !rest.trim().is_empty();
    }
    let bytes = t.as_bytes();
    if bytes.first() == Some(&b'(') {
        // (Bytes, not characters: a letter of several bytes may stand
        // within the first six, "(i) Élan".)
        if let Some(close) = bytes[..bytes.len().min(6)].iter().position(|&b| b == b')') {
            return close > 1 && t[1..close].chars().all(|c| c.is_ascii_alphanumeric());
        }
        return false;
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=3).contains(&digits) && bytes.len() > digits + 1 {
        let after = bytes[digits];
        return (after == b'.' || after == b')') && bytes[digits + 1] == b' ';
    }
    false
}

/// Decides whether a line that opens a paragraph is a heading, and at which level.
fn heading_level(t: &str, standalone: bool, seen_major: bool) -> Option<usize> {
    let words: Vec<&str> = t.split_whitespace().collect();
    if t.chars().count() > 80 || words.len() > 12 || t.starts_with(['-', '*', '•', '(']) {
        return None;
    }
    let first = t.chars().next()?;
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return None;
    }
    let last = t.chars().last()?;
    let numbered = numbered_depth(t);
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 {
        return None;
    }
    let all_caps = letters.iter().all(|c| c.is_uppercase());
    let ends_like_sentence = matches!(last, '.' | ',' | ';' | '!') || (last == ':' && !standalone);
    if ends_like_sentence && numbered.is_none() {
        return None;
    }
    if ends_like_sentence && matches!(last, ',' | ';') {
        return None;
    }
    let long_words: Vec<&&str> = words.iter().filter(|w| w.len() >= 4).collect();
    let capitalised = long_words
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        .count();
    let title_case = long_words.is_empty() || capitalised * 10 >= long_words.len() * 6;
    if !(standalone || all_caps || title_case) {
        return None;
    }
    // A standalone line in sentence case is still a heading when it is short and has no verb-ish ending.
    if let Some(depth) = numbered {
        return Some(depth);
    }
    if all_caps {
        return Some(1);
    }
    Some(if seen_major { 2 } else { 1 })
}

/// `2.` → 1, `2.3` → 2, `2.3.1` → 3 when followed by a space and a word.
fn numbered_depth(t: &str) -> Option<usize> {
    let head = t.split_whitespace().next()?;
    if !head.chars().next()?.is_ascii_digit() || t.split_whitespace().nth(1).is_none() {
        return None;
    }
    let parts: Vec<&str> = head.trim_end_matches('.').split('.').collect();
    if parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit()))
    {
        Some(parts.len())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_and_lists() {
        let src = "PRIVACY POLICY\n\nInformation We Collect\n\nWe collect your name\nand email.\n\n- phone number\n- contacts\n\n2. Sharing\n\nWe share data.\n";
        let doc = parse(src);
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "We collect your name and email.",
                "- phone number",
                "- contacts",
                "We share data."
            ]
        );
        assert_eq!(
            doc.blocks[0].section[..],
            vec!["PRIVACY POLICY", "Information We Collect"]
        );
        assert_eq!(doc.blocks[1].kind, BlockKind::ListItem);
        assert_eq!(doc.blocks[3].section[..], ["2. Sharing"]);
        // "and email." starts line 6.
        let b = &doc.blocks[0];
        let off = b.source_offset(b.text.find("and").unwrap());
        assert_eq!(doc.line_of(off), 6);
    }

    #[test]
    fn character_references_are_read_as_the_text_they_stand_for() {
        let doc = parse("Sharing\n\nWe don&rsquo;t sell it.&nbsp; We\nshare it.\n");
        let b = &doc.blocks[0];
        assert_eq!(b.text, "We don\u{2019}t sell it.  We share it.");
        // "share" is still found on line 4.
        let off = b.source_offset(b.text.find("share").unwrap());
        assert_eq!(doc.line_of(off), 4);
    }

    #[test]
    fn sentence_is_not_a_heading() {
        let doc = parse("We may share this.\n");
        assert!(doc.blocks[0].section.is_empty());
        assert_eq!(doc.blocks[0].text, "We may share this.");
    }

    #[test]
    fn list_markers() {
        assert!(is_list_marker("- a"));
        assert!(is_list_marker("(a) foo"));
        assert!(is_list_marker("12. foo"));
        assert!(!is_list_marker("2016 was a year"));
        // A letter of several bytes near the marker ends nothing early.
        assert!(is_list_marker("(ii) Élan"));
        assert!(is_list_marker("(i)  Élan"));
        assert!(!is_list_marker("(abcÉ) x"));
        assert!(!is_list_marker("(see below) for"));
    }
}
