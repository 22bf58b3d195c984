//! Markdown through pulldown-cmark, keeping each text event's byte range so
//! that every clause maps back to its source lines.

use super::document::{Block, BlockBuilder, BlockKind, Document, Section, TableCell};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// What parsing a stretch of Markdown yields, in order: blocks (source
/// offsets relative to the stretch), and headings, which set the section of
/// the blocks after them.
#[derive(Debug, Clone)]
pub enum Piece {
    Heading { level: usize, title: String },
    Block(Block),
}

/// Parses Markdown into blocks.
pub fn parse(src: &str) -> Document {
    let mut doc = Document::new(src);
    let mut sections = Sections::default();
    for piece in pieces(src) {
        match piece {
            Piece::Heading { level, title } => sections.enter(level, title),
            Piece::Block(mut b) => {
                b.section = sections.path.clone();
                doc.blocks.push(b);
            }
        }
    }
    doc
}

/// The heading path in force while reading a document's pieces.
#[derive(Default)]
pub struct Sections {
    stack: Vec<(usize, String)>,
    pub path: Section,
}

impl Sections {
    /// A heading closes the sections at its level or deeper and opens its own.
    pub fn enter(&mut self, level: usize, title: String) {
        while self.stack.last().is_some_and(|(l, _)| *l >= level) {
            self.stack.pop();
        }
        if !title.is_empty() {
            self.stack.push((level, title));
        }
        self.path = self.stack.iter().map(|(_, t)| t.clone()).collect();
    }
}

/// Parses a stretch of Markdown into pieces; blocks carry an empty section
/// (the caller knows the headings above the stretch).
pub fn pieces(src: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut cur = BlockBuilder::default();
    let mut kind = BlockKind::Paragraph;
    let mut heading: Option<(usize, String)> = None;
    let mut item_depth = 0usize;
    // In a table cell: line breaks (`<br>`) since the last text, whether
    // no text has come yet, and whether a bulleted line of the cell is open.
    let mut cell = CellLines::default();
    // How many cells of the current row have text.
    let mut labels = 0usize;
    // The cell being read, and where the next one stands.
    let mut in_cell: Option<TableCell> = None;
    let (mut row, mut col) = (0u32, 0u16);

    // A "]" held back: with a "(url)" right after it, it closes a link the
    // source broke across paragraphs ("[![icon](…)" / "" / "Withdraw
    // consent](https://…)"), and both go; else it is text.
    let mut held_bracket: Option<usize> = None;

    // A bold title run into its paragraph ("**Personalized ads** We do not
    // share …"): where the bold opening the block began, and where a title
    // ending without a stop ended, awaiting the text after it.
    let mut title_start: Option<usize> = None;
    let mut title_end: Option<usize> = None;
    // Whether the last event was a line break, and a hard one.
    let (mut after_break, mut after_hard_break) = (false, false);

    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(src, opts).into_offset_iter() {
        // (A title belongs to its own block.)
        if matches!(
            event,
            Event::Start(Tag::Paragraph | Tag::Item | Tag::Heading { .. } | Tag::TableCell)
                | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell)
        ) {
            title_start = None;
            title_end = None;
        }
        // The title ends a sentence where a capital opens the text after
        // it (not "**Note** that …").
        if let Event::Text(t) = &event
            && !t.trim().is_empty()
            && let Some(end) = title_end.take()
            && t.trim_start().starts_with(char::is_uppercase)
        {
            cur.break_at(end);
        }
        if let Some(at) = held_bracket.take() {
            let dangling = matches!(&event, Event::Text(t) if is_link_target(t));
            if dangling {
                continue;
            }
            cur.push("]", at);
        }
        let line_break = matches!(event, Event::SoftBreak | Event::HardBreak);
        let hard_break = matches!(event, Event::HardBreak);
        match event {
            Event::Text(t) if heading.is_none() && &*t == "]" => held_bracket = Some(range.start),
            // (Titles open paragraphs and list items, not table cells, or
            // a line after a hard break or a finished sentence: "… for a
            // period of time.\n**IV. How advertising works** We …" run on
            // in one paragraph; a second title may follow the first:
            // "**IV. Advertising** **Personalized ads** We …".)
            Event::Start(Tag::Strong)
                if heading.is_none()
                    && in_cell.is_none()
                    && (cur.is_blank()
                        || title_end.is_some()
                        || after_hard_break
                        || (after_break
                            && cur.text_since(0).trim_end().ends_with(['.', '!', '?']))) =>
            {
                title_start = Some(cur.text_len());
            }
            Event::End(TagEnd::Strong) => {
                if let Some(start) = title_start.take() {
                    let title = cur.text_since(start).trim_end();
                    if title.ends_with(|c: char| c.is_alphanumeric()) {
                        title_end = Some(cur.text_len());
                    }
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut out, &mut cur, kind, item_depth);
                heading = Some((level as usize, String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, title)) = heading.take() {
                    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                    out.push(Piece::Heading { level, title });
                }
            }
            Event::Start(Tag::Item) => {
                flush(&mut out, &mut cur, kind, item_depth);
                item_depth += 1;
                kind = BlockKind::ListItem;
            }
            Event::End(TagEnd::Item) => {
                flush(&mut out, &mut cur, kind, item_depth);
                item_depth = item_depth.saturating_sub(1);
                // (What follows a nested list in its item goes on the item.)
                kind = if item_depth > 0 {
                    BlockKind::ItemParagraph
                } else {
                    BlockKind::Paragraph
                };
            }
            Event::Start(Tag::Table(_)) => row = 0,
            Event::Start(Tag::TableRow) | Event::Start(Tag::TableHead) => {
                flush(&mut out, &mut cur, kind, item_depth);
                kind = BlockKind::TableRow;
                labels = 0;
                if matches!(event, Event::Start(Tag::TableRow)) {
                    row += 1;
                }
                col = 0;
            }
            Event::End(TagEnd::TableRow) => {
                flush(&mut out, &mut cur, kind, item_depth);
                kind = BlockKind::Paragraph;
            }
            // A table's header row labels its columns ("Categories |
            // Reasons for sharing"); one cell alone is a caption that may
            // state what the rows share ("Data we collect with your consent").
            Event::End(TagEnd::TableHead) => {
                let head = if kind == BlockKind::TableRow && labels >= 2 {
                    BlockKind::TableHead
                } else {
                    kind
                };
                flush(&mut out, &mut cur, head, item_depth);
                kind = BlockKind::Paragraph;
            }
            Event::Start(Tag::TableCell) => {
                in_cell = Some(TableCell { row, col });
                col = col.saturating_add(1);
                cell = CellLines {
                    fresh: true,
                    start: cur.text_len(),
                    ..CellLines::default()
                };
            }
            Event::End(TagEnd::TableCell) => {
                if !cur.text_since(cell.start).trim().is_empty() {
                    labels += 1;
                }
                // A bulleted line ends with its cell.
                if cell.item {
                    flush(&mut out, &mut cur, kind, 1);
                    kind = BlockKind::TableRow;
                } else if kind == BlockKind::TableRow && cell_joins(cur.text_since(cell.start)) {
                    cur.join_at_end();
                }
                cell = CellLines::default();
                in_cell = None;
                cur.push_space();
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::CodeBlock(_)) => {
                if item_depth == 0 && kind != BlockKind::TableRow {
                    flush(&mut out, &mut cur, kind, item_depth);
                } else if kind.in_item() && !cur.is_blank() {
                    // A list item's next paragraph is a block of its own:
                    // "* What information do we collect" / "We collect
                    // information in three ways:" are two sentences.
                    flush(&mut out, &mut cur, kind, item_depth);
                    kind = BlockKind::ItemParagraph;
                } else {
                    cur.push_space();
                }
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::CodeBlock)
                if item_depth == 0 && kind != BlockKind::TableRow =>
            {
                flush(&mut out, &mut cur, kind, item_depth);
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, title)) = heading.as_mut() {
                    title.push_str(&t);
                } else if kind == BlockKind::TableRow || cell.item {
                    // A table cell's lines (`<br>`): a bulleted one is an
                    // item of a list the sentence before it may introduce
                    // ("… Service Providers like:<br>* Billing services
                    // …<br>* Social media providers …"), and a line after
                    // an item a paragraph of its own. (Other lines go on
                    // the row's text, which keeps a row's cells together:
                    // "Commercial information | … | affiliates".)
                    let (bullet, rest) = cell_bullet(&t);
                    let opens = bullet && (cell.breaks > 0 || cell.fresh);
                    let rest = if opens { rest } else { &t[..] };
                    if opens {
                        flush(&mut out, &mut cur, kind, 1);
                        kind = BlockKind::ListItem;
                        cell.item = true;
                        cell.start = 0;
                    } else if cell.breaks >= 1 && cell.item {
                        flush(&mut out, &mut cur, kind, 1);
                        kind = BlockKind::TableRow;
                        cell.item = false;
                        cell.start = 0;
                    }
                    cell.breaks = 0;
                    cell.fresh = false;
                    // (A block opens on its text: the marker may come as
                    // an event of its own, "*", and the text after it.)
                    let rest = if cur.is_blank() {
                        rest.trim_start()
                    } else {
                        rest
                    };
                    let skipped = t.len() - rest.len();
                    if let Some(c) = in_cell {
                        cur.mark_cell(c);
                    }
                    cur.push(rest, range.start + skipped.min(range.len()));
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
                    // A line a hard break closes on a dash right after a
                    // word ends its sentence, as a question mark would: pages
                    // (and OPP-115's sanitised texts) print the entries of a
                    // table of contents so, "What information do we gather
                    // about you-". (Not a soft break: a line of running text
                    // may end on a hyphenated word's first half.)
                    if hard_break && dash_closed(cur.text_since(0)) {
                        cur.break_at(cur.text_len());
                    }
                    cur.push_space();
                }
            }
            Event::Html(h) | Event::InlineHtml(h) if heading.is_none() => {
                if is_line_break(&h) {
                    cell.breaks += 1;
                }
                cur.push_space();
            }
            _ => {}
        }
        after_break = line_break;
        after_hard_break = hard_break;
    }
    if let Some(at) = held_bracket {
        cur.push("]", at);
    }
    flush(&mut out, &mut cur, kind, item_depth);
    out
}

/// Whether a line ends on a dash right after a word ("about you-").
fn dash_closed(text: &str) -> bool {
    let mut rev = text.trim_end().chars().rev();
    matches!(rev.next(), Some('-' | '\u{2013}' | '\u{2014}'))
        && rev.next().is_some_and(char::is_alphanumeric)
}

/// Whether a text is the target of a link whose opening the source lost:
/// "(https://…)", "(/help/article/1)", "(#section)", with no space inside.
fn is_link_target(t: &str) -> bool {
    t.strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|u| {
            !u.contains(char::is_whitespace)
                && ["http://", "https://", "www.", "/", "#", "mailto:"]
                    .iter()
                    .any(|p| u.starts_with(p))
        })
}

/// Where a table cell's text stands: see [`pieces`].
#[derive(Default)]
struct CellLines {
    /// Where the cell's text starts in the block.
    start: usize,
    breaks: usize,
    fresh: bool,
    item: bool,
}

/// Whether a cell's closing stop leaves the row's sentence open: a cell of
/// one sentence is a field of the row ("Records of products purchased." |
/// "affiliates; service providers"), which a stop does not end; a cell of
/// several sentences is prose, and its last ends where it ends.
fn cell_joins(cell: &str) -> bool {
    crate::segment::sentence_spans(cell.trim()).len() == 1
}

/// Whether an HTML tag is a line break (`<br>`, `<br/>`, `<BR />`).
fn is_line_break(tag: &str) -> bool {
    let t = tag.trim().to_ascii_lowercase();
    t.strip_prefix("<br")
        .is_some_and(|rest| matches!(rest.trim_start(), ">" | "/>"))
}

/// Whether a cell's line opens with a bullet (`*`, `-`, `+`, `•` and a
/// space, or alone), and its text after it.
fn cell_bullet(text: &str) -> (bool, &str) {
    let lead = text.trim_start();
    for b in ['*', '-', '+', '•'] {
        if let Some(rest) = lead.strip_prefix(b)
            && (rest.is_empty() || rest.starts_with([' ', '\t']))
        {
            return (true, rest.trim_start());
        }
    }
    (false, text)
}

/// Ends the block being built, if it holds any text.
fn flush(out: &mut Vec<Piece>, cur: &mut BlockBuilder, kind: BlockKind, depth: usize) {
    if let Some(mut b) = cur.finish(kind, &Section::default()) {
        if kind.in_item() {
            b.depth = depth;
        }
        out.push(Piece::Block(b));
    }
}

/// Where a document can be cut into stretches that parse the same alone as
/// in place: the start offset of each stretch. A stretch begins at a line
/// that starts in column 0 after a blank line, at an ATX heading, or at a
/// bullet item right after another top-level bullet item; every block and
/// list is closed there. `None` when the document holds a construct that
/// may span such a line or reach across the document — fenced code, raw
/// HTML blocks, link reference definitions — and must be parsed whole.
///
/// `history` parses only the stretches a version does not share with the
/// versions before it: successive versions keep most of their paragraphs.
/// Each stretch comes as (byte offset, 1-based line) of its start.
pub fn stretches(src: &str) -> Option<Vec<(usize, usize)>> {
    let mut starts = vec![(0, 1)];
    let mut prev_blank = true;
    let mut prev_bullet = false;
    let mut at = 0;
    for (line, text_line) in (1..).zip(src.split_inclusive('\n')) {
        let body = text_line.trim_end_matches(['\n', '\r']);
        let text = body.trim_start_matches(' ');
        if body.len() - text.len() <= 3 && spans_stretches(text) {
            return None;
        }
        let column0 = body
            .bytes()
            .next()
            .is_some_and(|b| !b.is_ascii_whitespace());
        let bullet = column0 && is_bullet_item(body);
        if at > 0 && column0 && (prev_blank || atx_heading(body) || (bullet && prev_bullet)) {
            starts.push((at, line));
        }
        prev_blank = body.trim().is_empty();
        prev_bullet = bullet;
        at += text_line.len();
    }
    Some(starts)
}

/// A line (after up to three spaces) that opens a construct able to span
/// blank lines or to act at a distance.
fn spans_stretches(text: &str) -> bool {
    text.starts_with("```")
        || text.starts_with("~~~")
        || text.starts_with('<')
        || (text.starts_with('[') && text.contains("]:"))
}

fn atx_heading(line: &str) -> bool {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes)
        && line[hashes..]
            .chars()
            .next()
            .is_none_or(|c| c == ' ' || c == '\t')
}

/// `- text`, `* text`, `+ text` in column 0 (not a thematic break such as `- - -`).
fn is_bullet_item(line: &str) -> bool {
    let b = line.as_bytes();
    b.len() > 2
        && matches!(b[0], b'-' | b'*' | b'+')
        && b[1] == b' '
        && line[1..]
            .trim_start()
            .bytes()
            .next()
            .is_some_and(|c| c != b[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bulleted_lines_of_a_table_cell_are_list_items() {
        let src = "| Who | What |\n| --- | --- |\n| Partners - We use providers like:<br><br>*   Billing services<br>*   Login providers<br><br>They help us. | *   Name<br>* Email |\n| Advertisers | Name<br>Email |\n";
        let doc = parse(src);
        let blocks: Vec<(BlockKind, &str)> =
            doc.blocks.iter().map(|b| (b.kind, b.text.trim())).collect();
        use BlockKind::*;
        assert_eq!(
            blocks,
            vec![
                (TableHead, "Who What"),
                (TableRow, "Partners - We use providers like:"),
                (ListItem, "Billing services"),
                (ListItem, "Login providers"),
                (TableRow, "They help us."),
                (ListItem, "Name"),
                (ListItem, "Email"),
                // Lines without bullets stay the row's text.
                (TableRow, "Advertisers Name Email"),
            ]
        );
        // Each block knows its cells: the row's run together, an item in
        // the one cell it lies in.
        let cells = |i: usize| -> Vec<(&str, u32, u16)> {
            let b = &doc.blocks[i];
            b.cells
                .iter()
                .map(|&(o, c)| (b.text[o..].trim(), c.row, c.col))
                .collect()
        };
        assert_eq!(cells(0), [("Who What", 0, 0), ("What", 0, 1)]);
        assert_eq!(cells(5), [("Name", 1, 1)]);
        assert_eq!(
            cells(7),
            [("Advertisers Name Email", 2, 0), ("Name Email", 2, 1)]
        );
        // Each item maps back to its own line and source text.
        let b = &doc.blocks[3];
        assert_eq!(&src[b.source_offset(0)..b.source_offset(0) + 5], "Login");
    }

    #[test]
    fn a_hard_break_after_a_dash_closed_line_ends_its_sentence() {
        // Entries of a table of contents printed with their question marks
        // as dashes, one a line; a soft break after a hyphen, a word's
        // first half, and a spaced dash before a hard break, end nothing.
        let src = "What information do we gather about you-  \nHow do I opt out from receiving emails-  \nWe use third-\nparty tools -  \nto count visits.\n";
        let doc = parse(src);
        let b = &doc.blocks[0];
        let cut: Vec<&str> = b.breaks.iter().map(|&at| b.text[..at].trim_end()).collect();
        assert_eq!(
            cut,
            [
                "What information do we gather about you-",
                "What information do we gather about you- How do I opt out from receiving emails-",
            ]
        );
    }

    #[test]
    fn a_header_row_of_labels_is_a_table_head_and_a_caption_a_row() {
        let src = "| Recipients | Reasons for sharing |\n| --- | --- |\n| Advertisers | Ads |\n\n\
                   | Data we collect with your consent | |\n| --- | --- |\n| Photos | Shown |\n";
        let doc = parse(src);
        let kinds: Vec<(BlockKind, &str)> =
            doc.blocks.iter().map(|b| (b.kind, b.text.trim())).collect();
        use BlockKind::*;
        assert_eq!(
            kinds,
            vec![
                (TableHead, "Recipients Reasons for sharing"),
                (TableRow, "Advertisers Ads"),
                (TableRow, "Data we collect with your consent"),
                (TableRow, "Photos Shown"),
            ]
        );
    }

    #[test]
    fn a_link_the_source_broke_across_paragraphs_leaves_its_text() {
        // A scraped card link: "[![icon](…)" / "" / "Withdraw consent](url)".
        let src = "[![An icon.](/images/x.png)\n\nWithdraw consent](https://example.com/policy/?subpage=7-Withdraw)\n\nSee [our page] for more, and a ] bracket (https://example.com).\n";
        let doc = parse(src);
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.trim()).collect();
        assert_eq!(
            texts,
            [
                "[An icon.",
                "Withdraw consent",
                "See [our page] for more, and a ] bracket (https://example.com)."
            ]
        );
    }

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
