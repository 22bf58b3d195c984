//! HTML tables as Markdown tables, whatever their markup.
//!
//! htmd writes a table as a Markdown table only when it has header cells
//! (`<th>`, `<thead>`), and drops a row's `<th>` cells beside its `<td>`
//! ones; a policy page's disclosures table often has neither, and would
//! come out as a run of paragraphs ("Category" / "Sold" / "Identifiers" /
//! "No") whose rows no reader could pair again. Here every table keeps its
//! rows and cells: a first row of header cells is the header, else the
//! header is left empty and the first row stays a row (the table reading
//! decides whether it labels the columns); a cell's lines are joined by
//! `<br>`, as pages converted to Markdown write them, so a list in a cell
//! stays a list.

use htmd::Node;
use htmd::element_handler::{HandlerResult, Handlers};
use markup5ever_rcdom::NodeData;
use std::rc::Rc;

/// The tag name of an element node.
fn tag(node: &Rc<Node>) -> Option<String> {
    match &node.data {
        NodeData::Element { name, .. } => Some(name.local.to_string()),
        _ => None,
    }
}

/// Whether a node lies inside a table cell (a table nested in a cell is
/// written as htmd writes it: Markdown has no nested tables).
fn in_cell(node: &Rc<Node>) -> bool {
    let mut parent = node.parent.take();
    let mut found = false;
    let restore = parent.clone();
    while let Some(weak) = parent {
        let Some(p) = weak.upgrade() else { break };
        if matches!(tag(&p).as_deref(), Some("td" | "th")) {
            found = true;
            break;
        }
        parent = {
            let up = p.parent.take();
            p.parent.set(up.clone());
            up
        };
    }
    node.parent.set(restore);
    found
}

/// The rows of a table, each with whether it is a header row (in `<thead>`
/// or all `<th>`) and its cells' Markdown.
fn rows(handlers: &dyn Handlers, table: &Rc<Node>) -> Vec<(bool, Vec<String>)> {
    let mut out = Vec::new();
    let add_row = |tr: &Rc<Node>, head: bool, out: &mut Vec<(bool, Vec<String>)>| {
        let mut all_th = true;
        let mut cells = Vec::new();
        for cell in tr.children.borrow().iter() {
            let t = tag(cell);
            if !matches!(t.as_deref(), Some("td" | "th")) {
                continue;
            }
            all_th &= t.as_deref() == Some("th");
            let content = handlers.handle(cell).map(|r| r.content).unwrap_or_default();
            cells.push(cell_text(&content));
        }
        if !cells.is_empty() {
            out.push((head || all_th, cells));
        }
    };
    for child in table.children.borrow().iter() {
        match tag(child).as_deref() {
            Some("tr") => add_row(child, false, &mut out),
            Some(section @ ("thead" | "tbody" | "tfoot")) => {
                for tr in child.children.borrow().iter() {
                    if tag(tr).as_deref() == Some("tr") {
                        add_row(tr, section == "thead", &mut out);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// A cell's Markdown as one table cell: its lines joined by `<br>` (a
/// blank line as two), its pipes escaped.
fn cell_text(content: &str) -> String {
    let lines: Vec<&str> = content.trim().lines().map(str::trim_end).collect();
    let mut out = String::new();
    let mut blank = false;
    for line in lines {
        if line.trim().is_empty() {
            blank = true;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "<br><br>" } else { "<br>" });
        }
        blank = false;
        out.push_str(&line.replace('|', "\\|"));
    }
    out
}

/// The `table` handler: see the module's doc.
pub fn table(handlers: &dyn Handlers, element: htmd::Element) -> Option<HandlerResult> {
    if in_cell(element.node) {
        return handlers.fallback(element);
    }
    let rows = rows(handlers, element.node);
    let Some(width) = rows.iter().map(|(_, c)| c.len()).max() else {
        return handlers.fallback(element);
    };
    let line = |cells: &[String]| {
        let mut l = String::from("|");
        for i in 0..width {
            l.push(' ');
            l.push_str(cells.get(i).map_or("", String::as_str));
            l.push_str(" |");
        }
        l.push('\n');
        l
    };
    let (header, body) = match rows.split_first() {
        Some(((true, head), rest)) => (head.clone(), rest),
        _ => (Vec::new(), &rows[..]),
    };
    let mut md = String::from("\n\n");
    md.push_str(&line(&header));
    md.push_str(&line(&vec!["---".to_string(); width]));
    for (_, cells) in body {
        md.push_str(&line(cells));
    }
    md.push('\n');
    Some(HandlerResult {
        content: md,
        markdown_translated: true,
    })
}
