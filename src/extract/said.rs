//! What a clause says beside its data practices — of changes to the policy
//! (`notice`), notice before a practice (`advance_notice`), browser privacy signals (`signals`), encryption
//! (`safeguards`), an opt-out's reach (`per_device`), collection in the
//! background (`background`) and the way to opt out
//! (`opt_out_method`) — read from its normalised text when first asked,
//! once per distinct sentence: comparing asks it of every clause, an
//! evaluation never does.

use super::notice::ChangeNotice;
use super::opt_out_method::Method;
use super::safeguards::Safeguard;
use super::signals::{Signal, Stance};
use serde::{Serialize, Serializer};
use std::sync::{Arc, OnceLock};

/// The statements one clause makes beside its practices.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Statements {
    /// Of changes to the policy itself: `direct` (the reader is told) or
    /// `posted`. Omitted when nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<ChangeNotice>,
    /// Whether the reader is promised notice before a practice ("we will
    /// notify you before we share …"). Omitted when not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub advance_notice: bool,
    /// Of browser privacy signals. Omitted when nothing.
    #[serde(
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "serialize_signals"
    )]
    pub signals: Vec<(Signal, Stance)>,
    /// The encryption promised. Omitted when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub safeguards: Vec<Safeguard>,
    /// Whether an opt-out holds only on the browser or device where it was
    /// made. Omitted when not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub per_device: bool,
    /// Whether collection goes on in the background, while the app is not
    /// in use. Omitted when not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub background: bool,
    /// The easiest way to opt out named. Omitted when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opt_out_method: Option<Method>,
    /// The easiest way to ask for deletion or use another right over data
    /// held. Omitted when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_method: Option<Method>,
}

impl Statements {
    /// Reads them from normalised text, each reader only where a word of
    /// the clause could open what it reads (most clauses say none of it).
    pub fn read(norm: &str, words: &[(usize, usize)]) -> Statements {
        let mut cue = [false; 11];
        for &(s, e) in words {
            // (Every cue word has three letters or more.)
            if e - s < 3 {
                continue;
            }
            let w = &norm[s..e];
            cue[0] |= super::notice::cue(w);
            cue[1] |= super::signals::cue(w);
            cue[2] |= super::safeguards::cue(w);
            cue[3] |= super::per_device::cue(w);
            cue[4] |= super::per_device::opting_cue(w);
            cue[5] |= super::opt_out_method::cue(w);
            cue[6] |= super::advance_notice::cue(w);
            cue[7] |= super::background::cue(w);
            cue[8] |= w == "not";
            cue[9] |= super::background::use_cue(w);
            cue[10] |= super::opt_out_method::request_cue(w);
        }
        let notice = if cue[0] {
            super::notice::change_notice(norm)
        } else {
            None
        };
        Statements {
            notice,
            // (Notice before changes to the policy take effect is `notice`.)
            advance_notice: cue[6]
                && notice.is_none()
                && super::advance_notice::advance_notice(norm),
            signals: if cue[1] {
                super::signals::signal_stances(norm)
            } else {
                Vec::new()
            },
            safeguards: if cue[2] {
                super::safeguards::safeguards(norm)
            } else {
                Vec::new()
            },
            per_device: cue[3] && cue[4] && super::per_device::per_device(norm),
            background: (cue[7] || (cue[8] && cue[9])) && super::background::background(norm),
            opt_out_method: if cue[5] {
                super::opt_out_method::easiest_opt_out(norm)
            } else {
                None
            },
            request_method: if cue[10] {
                super::opt_out_method::easiest_request(norm)
            } else {
                None
            },
        }
    }

    /// The statements in words, for the listing.
    pub fn phrases(&self) -> Vec<String> {
        let mut out = Vec::new();
        match self.notice {
            Some(ChangeNotice::Direct) => {
                out.push("readers are told directly of changes to the policy".to_string())
            }
            Some(ChangeNotice::Posted) => {
                out.push("changes to the policy are only posted".to_string())
            }
            None => {}
        }
        if self.advance_notice {
            out.push("readers are told before the practice".to_string());
        }
        for &(signal, stance) in &self.signals {
            let name = signal.label();
            out.push(match stance {
                Stance::Honoured => format!("honours {name} signals"),
                Stance::Ignored => format!("does not respond to {name} signals"),
            });
        }
        for s in &self.safeguards {
            out.push(format!("promises {}", s.label()));
        }
        if self.per_device {
            out.push(
                "an opt-out holds only on the browser or device where it was made".to_string(),
            );
        }
        if self.background {
            out.push(
                "data is collected in the background, while the app is not in use".to_string(),
            );
        }
        if let Some(m) = self.opt_out_method {
            out.push(format!("opting out: {}", m.label()));
        }
        if let Some(m) = self.request_method {
            out.push(format!("requests over data held: {}", m.label()));
        }
        out
    }
}

/// Signal stances as `{"signal", "stance"}` objects, not pairs.
fn serialize_signals<S: Serializer>(
    signals: &[(Signal, Stance)],
    ser: S,
) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct SignalStance {
        signal: Signal,
        stance: Stance,
    }
    ser.collect_seq(
        signals
            .iter()
            .map(|&(signal, stance)| SignalStance { signal, stance }),
    )
}

/// A clause's statements, read when first asked and shared by every
/// version that repeats the sentence (the cell lives with its scan).
#[derive(Debug, Clone, Default)]
pub struct Said {
    norm: Arc<str>,
    words: Arc<[(usize, usize)]>,
    read: Arc<OnceLock<Statements>>,
}

impl Said {
    /// The statements of the clause `norm`, whose word spans are
    /// `words`, kept in `read` once read.
    pub fn new(
        norm: Arc<str>,
        words: Arc<[(usize, usize)]>,
        read: Arc<OnceLock<Statements>>,
    ) -> Said {
        Said { norm, words, read }
    }

    pub fn get(&self) -> &Statements {
        self.read
            .get_or_init(|| Statements::read(&self.norm, &self.words))
    }
}

impl Serialize for Said {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        self.get().serialize(ser)
    }
}
