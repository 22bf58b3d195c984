//! HTML character references in plain text. Text copied from a page's source
//! (a web archive's extract, a policy pasted from a CMS) carries `&nbsp;`,
//! `&rsquo;`, `&#39;`: read raw, "Facebook&rsquo;s" names no company and a
//! quote pasted into a report shows the markup. Markdown input has them
//! decoded by its parser; this decodes them in plain text the same way.
//!
//! Only a complete reference — closed by `;` and known to the HTML standard's
//! table — is decoded, so "AT&T" or "R&D; and" stay as written.

use markup5ever::data::NAMED_ENTITIES;

/// The longest reference decoded ("&CounterClockwiseContourIntegral;" is 33).
const MAX_REFERENCE: usize = 40;

/// Splits `s` into pieces to copy, each with its byte offset in `s`: runs of
/// text as they stand, and each reference as the text it stands for.
pub fn pieces(s: &str) -> Vec<(std::borrow::Cow<'_, str>, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut at = 0;
    while let Some(p) = s[at..].find('&') {
        let amp = at + p;
        match reference(&s[amp..]) {
            Some((text, len)) => {
                if from < amp {
                    out.push((s[from..amp].into(), from));
                }
                out.push((text.into(), amp));
                from = amp + len;
                at = from;
            }
            None => at = amp + 1,
        }
    }
    if from < s.len() {
        out.push((s[from..].into(), from));
    }
    out
}

/// `s` with its references decoded.
pub fn decode(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return s.into();
    }
    pieces(s)
        .into_iter()
        .map(|(p, _)| p)
        .collect::<String>()
        .into()
}

/// The text a reference at the start of `s` stands for, and its length.
fn reference(s: &str) -> Option<(String, usize)> {
    // (By bytes: the cap may fall inside a character; ';' never does.)
    let end = s.bytes().take(MAX_REFERENCE).position(|b| b == b';')?;
    let body = &s[1..end];
    let chars: Vec<char> = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        vec![char::from_u32(code).filter(|&c| c != '\0')?]
    } else {
        if body.is_empty() || !body.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        let &(a, b) = NAMED_ENTITIES.get(&s[1..=end])?;
        [a, b]
            .into_iter()
            .filter(|&c| c != 0)
            .map(char::from_u32)
            .collect::<Option<Vec<char>>>()?
    };
    if chars.is_empty() {
        return None;
    }
    // A no-break space reads as the space it shows.
    let text = chars
        .into_iter()
        .map(|c| if c == '\u{a0}' { ' ' } else { c })
        .collect();
    Some((text, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complete_references_are_decoded() {
        assert_eq!(
            decode("Facebook&rsquo;s&nbsp;&ldquo;friends&rdquo; &amp; apps &#39;x&#x27;"),
            "Facebook\u{2019}s \u{201c}friends\u{201d} & apps 'x'"
        );
        // Not a reference: no closing semicolon, an unknown name, a bare &,
        // or none within reach (where the reach ends inside a character).
        let far = format!("&{}’;", "a".repeat(MAX_REFERENCE - 2));
        for s in [
            "AT&T and R&D; staff",
            "a &bogus; b",
            "Q&A",
            "&#xZZ;",
            "&;",
            &far,
        ] {
            assert_eq!(decode(s), s);
        }
    }

    #[test]
    fn pieces_keep_their_offsets() {
        let p = pieces("we&rsquo;ll share");
        let got: Vec<(&str, usize)> = p.iter().map(|(t, o)| (t.as_ref(), *o)).collect();
        assert_eq!(got, [("we", 0), ("\u{2019}", 2), ("ll share", 9)]);
    }
}
