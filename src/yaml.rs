//! The one place that touches YAML. serde_yaml is deprecated and archived;
//! serde-saphyr is maintained, panic-free on malformed input and reports
//! locations, so swapping it later means editing only this file.

use anyhow::{Result, anyhow};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Parses YAML text; the error names `origin` (a file path) and the problem on one line.
pub fn from_str<T: DeserializeOwned>(text: &str, origin: &str) -> Result<T> {
    serde_saphyr::from_str(text).map_err(|e| {
        let msg = e.to_string();
        let one_line = msg.split_whitespace().collect::<Vec<_>>().join(" ");
        anyhow!("{origin}: malformed YAML: {one_line}")
    })
}

/// Serialises a value as a YAML document ending in a newline.
pub fn to_string<T: Serialize>(value: &T) -> Result<String> {
    let mut s = serde_saphyr::to_string(value).map_err(|e| anyhow!("cannot write YAML: {e}"))?;
    if !s.ends_with('\n') {
        s.push('\n');
    }
    Ok(s)
}
