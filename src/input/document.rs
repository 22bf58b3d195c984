//! The format-independent shape of a policy: blocks of text under a heading
//! path, each mapping its characters back to byte offsets in the source.

/// A heading path, outermost first; shared by the blocks and clauses under it.
pub type Section = std::sync::Arc<[String]>;

/// What kind of block this is; list items matter because a lead-in sentence
/// ("We collect the following:") governs the items under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    ListItem,
    /// A later paragraph of a list item ("* Who is the data controller" /
    /// "If you use our services …"): in the item, but not its opening, and
    /// a sentence apart from the paragraph before even where that one has
    /// no closing stop.
    ItemParagraph,
    TableRow,
    /// A table's header row: the labels of its columns ("Categories of
    /// recipients | Reason(s) for sharing"), which state no practice.
    TableHead,
}

impl BlockKind {
    /// Whether the block lies in a list item.
    pub fn in_item(self) -> bool {
        matches!(self, BlockKind::ListItem | BlockKind::ItemParagraph)
    }
}

/// One paragraph, list item or table row, with the headings above it.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    /// Heading path, outermost first.
    pub section: Section,
    /// The block's text with markup removed (what segmentation reads).
    pub text: String,
    /// List nesting: 0 outside lists, 1 for a top-level item, 2 for an
    /// item of a list inside an item, … (an item ending in a colon heads
    /// the deeper items after it).
    pub depth: usize,
    /// Sorted `(offset in text, offset in source)` anchors: the text from one
    /// anchor to the next was copied from the source starting at that offset.
    pub map: Vec<(usize, usize)>,
    /// Text offsets of full stops that end no sentence: a table cell's
    /// closing stop, where the row's other cells still belong to it
    /// ("Commercial information | Records of purchases. | affiliates").
    pub joins: Vec<usize>,
    /// Text offsets where a sentence ends without a stop: after a bold
    /// title run into its paragraph ("**Personalized ads** We do not share
    /// …"), whose words belong to no sentence of the paragraph, and after
    /// a line a hard break closes on a dash ("What do we collect-").
    pub breaks: Vec<usize>,
    /// In a table: where each cell's text starts in `text`, in order (a
    /// row's cells run into one block; a bulleted line of a cell is a block
    /// of its own, in that one cell). Empty outside tables.
    pub cells: Vec<(usize, TableCell)>,
}

/// A table cell's place: its row (0 for the header row, then 1, 2, … for
/// the body's) and its column (0-based). A row's cells say what they say
/// together, under the header's labels: "Marketing service providers |
/// • Estimated location • Age" shares the location with those providers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TableCell {
    pub row: u32,
    pub col: u16,
}

impl Block {
    /// The source byte offset of a text offset.
    pub fn source_offset(&self, text_off: usize) -> usize {
        let i = self.map.partition_point(|&(t, _)| t <= text_off);
        if i == 0 {
            return self.map.first().map(|&(_, s)| s).unwrap_or(0);
        }
        let (t, s) = self.map[i - 1];
        s + (text_off - t)
    }
}

/// A parsed policy.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub blocks: Vec<Block>,
    /// Byte offsets at which each source line starts (line 1 at index 0).
    pub line_starts: Vec<usize>,
}

impl Document {
    pub fn new(source: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        Document {
            blocks: Vec::new(),
            line_starts,
        }
    }

    /// 1-based line number of a byte offset in the source.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset).max(1)
    }

    /// Number of lines in the source.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// Builds a block's text while recording where each piece came from.
#[derive(Debug, Default)]
pub struct BlockBuilder {
    text: String,
    map: Vec<(usize, usize)>,
    joins: Vec<usize>,
    breaks: Vec<usize>,
    cells: Vec<(usize, TableCell)>,
}

impl BlockBuilder {
    /// Records that the text from here on is a cell's (once per cell).
    pub fn mark_cell(&mut self, cell: TableCell) {
        if self.cells.last().is_none_or(|&(_, c)| c != cell) {
            self.cells.push((self.text.len(), cell));
        }
    }

    /// Appends text copied verbatim from the source at `src_off`.
    pub fn push(&mut self, piece: &str, src_off: usize) {
        if piece.is_empty() {
            return;
        }
        self.map.push((self.text.len(), src_off));
        self.text.push_str(piece);
    }

    /// Appends a separator that has no source of its own (a space for a line break).
    pub fn push_space(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
    }

    /// The text since byte `from` of the block so far.
    pub fn text_since(&self, from: usize) -> &str {
        self.text.get(from..).unwrap_or("")
    }

    /// The length of the block's text so far.
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    /// Marks the stop that ends the text so far, if any, as ending no
    /// sentence (see [`Block::joins`]).
    pub fn join_at_end(&mut self) {
        let t = self.text.trim_end();
        if t.ends_with('.') {
            self.joins.push(t.len() - 1);
        }
    }

    /// Ends a sentence at text offset `at` (see [`Block::breaks`]).
    pub fn break_at(&mut self, at: usize) {
        self.breaks.push(at);
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Finishes the block; blank blocks are dropped.
    pub fn finish(&mut self, kind: BlockKind, section: &Section) -> Option<Block> {
        let b = std::mem::take(self);
        if b.text.trim().is_empty() {
            return None;
        }
        Some(Block {
            kind,
            section: section.clone(),
            text: b.text,
            depth: usize::from(kind.in_item()),
            map: b.map,
            joins: b.joins,
            breaks: b.breaks,
            cells: b.cells,
        })
    }
}
