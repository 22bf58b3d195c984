//! Markdown through pulldown-cmark, keeping each text event's byte range so
//! that every clause maps back to its source lines.

use super::document::{BlockBuilder, BlockKind, Document, Section};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Parses Markdown into blocks.
pub fn parse(src: &str) -> Document {
    let mut doc = Document::new(src);
    let mut section: Vec<(usize, String)> = Vec::new();
    let mut path: Section = Section::from(Vec::new());
    let mut cur = BlockBuilder::default();
    let mut kind = BlockKind::Paragraph;
    let mut heading: Option<(usize, String)> = None;
    let mut item_depth = 0usize;

    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(src, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut doc, &mut cur, kind, &path);
                heading = Some((level as usize, String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, title)) = heading.take() {
                    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                    while section.last().is_some_and(|(l, _)| *l >= level) {
                        section.pop();
                    }
                    if !title.is_empty() {
                        section.push((level, title));
                    }
                    path = section.iter().map(|(_, t)| t.clone()).collect();
                }
            }
            Event::Start(Tag::Item) => {
                flush(&mut doc, &mut cur, kind, &path);
                item_depth += 1;
                kind = BlockKind::ListItem;
            }
            Event::End(TagEnd::Item) => {
                flush(&mut doc, &mut cur, kind, &path);
                item_depth = item_depth.saturating_sub(1);
                kind = if item_depth > 0 {
                    BlockKind::ListItem
                } else {
                    BlockKind::Paragraph
                };
            }
            Event::Start(Tag::TableRow) | Event::Start(Tag::TableHead) => {
                flush(&mut doc, &mut cur, kind, &path);
                kind = BlockKind::TableRow;
            }
            Event::End(TagEnd::TableRow) | Event::End(TagEnd::TableHead) => {
                flush(&mut doc, &mut cur, kind, &path);
                kind = BlockKind::Paragraph;
            }
            Event::End(TagEnd::TableCell) => {
                cur.push_space();
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::CodeBlock(_)) => {
                if item_depth == 0 && kind != BlockKind::TableRow {
                    flush(&mut doc, &mut cur, kind, &path);
                } else {
                    cur.push_space();
                }
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::CodeBlock)
                if item_depth == 0 && kind != BlockKind::TableRow =>
            {
                flush(&mut doc, &mut cur, kind, &path);
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, title)) = heading.as_mut() {
                    title.push_str(&t);
                } else {
                    // Text may differ from its source when it held escapes or
                    // entities; the anchor at its start keeps lines right.
                    cur.push(&t, range.start);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, title)) = heading.as_mut() {
                    title.push(' ');
                } else {
                    cur.push_space();
                }
            }
            Event::Html(_) | Event::InlineHtml(_) if heading.is_none() => {
                cur.push_space();
            }
            _ => {}
        }
    }
    flush(&mut doc, &mut cur, kind, &path);
    doc
}

fn flush(doc: &mut Document, cur: &mut BlockBuilder, kind: BlockKind, section: &Section) {
    if let Some(b) = cur.finish(kind, section) {
        doc.blocks.push(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_paths_lists_and_lines() {
        let src = "# Policy\n\nIntro text.\n\n## What we share\n\nWe share **your phone\nnumber** with [Facebook](https://fb.com).\n\n* contacts\n* device IDs\n\n# Choices\n\nOpt out.\n";
        let doc = parse(src);
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Intro text.",
                "We share your phone number with Facebook.",
                "contacts",
                "device IDs",
                "Opt out."
            ]
        );
        assert_eq!(doc.blocks[1].section[..], ["Policy", "What we share"]);
        assert_eq!(doc.blocks[2].kind, BlockKind::ListItem);
        assert_eq!(doc.blocks[4].section[..], ["Choices"]);
        let b = &doc.blocks[1];
        assert_eq!(doc.line_of(b.source_offset(0)), 7);
        let n = b.text.find("number").unwrap();
        assert_eq!(doc.line_of(b.source_offset(n)), 8);
        assert_eq!(doc.line_of(doc.blocks[3].source_offset(0)), 11);
    }
}
