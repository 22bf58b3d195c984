//! HTML pages: converted to Markdown with htmd (dropping scripts, styles,
//! navigation and footers), parsed as Markdown, then every text anchor is
//! located again in the original HTML so line numbers point at the page
//! itself, not at an intermediate conversion nobody can see.

use super::document::Document;
use super::markdown;
use anyhow::Result;

/// Elements whose content is never policy text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "footer", "header", "svg", "iframe", "form", "button",
    "template", "head",
];

/// How far ahead to look for a piece of text before giving up on it.
const SEARCH_WINDOW: usize = 64 * 1024;

pub fn parse(src: &str) -> Result<Document> {
    let converter = htmd::HtmlToMarkdown::builder()
        .skip_tags(SKIPPED.to_vec())
        .add_handler(vec!["table"], super::html_table::table)
        .build();
    let md = converter.convert(src)?;
    let mut doc = markdown::parse(&md);
    let mut cursor = 0usize;
    for block in &mut doc.blocks {
        let ends: Vec<usize> = block
            .map
            .iter()
            .skip(1)
            .map(|&(t, _)| t)
            .chain(std::iter::once(block.text.len()))
            .collect();
        for (anchor, end) in block.map.iter_mut().zip(ends) {
            let piece = &block.text[anchor.0..end];
            anchor.1 = locate(src, piece, &mut cursor);
        }
    }
    let mapped = Document::new(src);
    doc.line_starts = mapped.line_starts;
    Ok(doc)
}

/// Finds `piece` (by its first word) at or after `cursor` in the HTML source,
/// advancing the cursor; returns the cursor itself when the word is not found.
fn locate(src: &str, piece: &str, cursor: &mut usize) -> usize {
    let Some((w_off, word)) = first_word(piece) else {
        return *cursor;
    };
    let mut limit = (*cursor + SEARCH_WINDOW).min(src.len());
    while !src.is_char_boundary(limit) {
        limit -= 1;
    }
    match src[*cursor..limit].find(word) {
        Some(p) => {
            let at = *cursor + p;
            *cursor = at + word.len();
            at.saturating_sub(w_off)
        }
        None => *cursor,
    }
}

fn first_word(piece: &str) -> Option<(usize, &str)> {
    let start = piece.find(|c: char| c.is_alphanumeric())?;
    let rest = &piece[start..];
    let len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    Some((start, &rest[..len]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::BlockKind;

    #[test]
    fn tables_keep_their_rows_whatever_their_markup() {
        // No header cells: the rows stay rows (htmd alone writes them as
        // paragraphs); a row header (`<th>`) stays beside its data cells,
        // and a list in a cell stays a list.
        let src = "<html><body>\n<table>\n<tr><td>Category</td><td>Sold</td></tr>\n\
                   <tr><th>Identifiers</th><td>No</td></tr>\n</table>\n\
                   <table><thead><tr><th>Data</th><th>Recipients</th></tr></thead>\n\
                   <tbody><tr><td><p>Location</p></td><td><ul><li>Advertisers</li><li>Data brokers</li></ul></td></tr></tbody></table>\n\
                   </body></html>\n";
        let doc = parse(src).unwrap();
        let blocks: Vec<(BlockKind, &str, usize)> = doc
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.trim(), doc.line_of(b.source_offset(0))))
            .collect();
        use BlockKind::*;
        assert_eq!(
            blocks,
            [
                (TableRow, "Category Sold", 3),
                (TableRow, "Identifiers No", 4),
                (TableHead, "Data Recipients", 6),
                (TableRow, "Location", 7),
                (ListItem, "Advertisers", 7),
                (ListItem, "Data brokers", 7),
            ]
        );
        let cols: Vec<u16> = doc.blocks[1].cells.iter().map(|&(_, c)| c.col).collect();
        assert_eq!(cols, [0, 1]);
        assert_eq!(doc.blocks[4].cells[0].1.col, 1);
    }

    #[test]
    fn lines_point_into_the_html() {
        let src = "<html><head><title>x</title><script>var a=1;</script></head>\n<body>\n<nav>Home</nav>\n<h1>Privacy</h1>\n<h2>Sharing</h2>\n<p>We share your\n<b>phone number</b> with advertisers.</p>\n<ul><li>contacts</li>\n<li>location</li></ul>\n</body></html>\n";
        let doc = parse(src).unwrap();
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "We share your phone number with advertisers.",
                "contacts",
                "location"
            ]
        );
        assert_eq!(doc.blocks[0].section[..], ["Privacy", "Sharing"]);
        let b = &doc.blocks[0];
        assert_eq!(doc.line_of(b.source_offset(0)), 6);
        assert_eq!(
            doc.line_of(b.source_offset(b.text.find("phone").unwrap())),
            7
        );
        assert_eq!(doc.line_of(doc.blocks[2].source_offset(0)), 9);
    }
}
