//! The command line as users and scripts see it: formats, errors, exit codes.

mod common;

use common::*;
use std::io::Write;
use std::process::{Command, Output, Stdio};

const OLD: &str = "whatsapp/2012-07-07.md";
const NEW: &str = "whatsapp/2016-08-25.md";

#[test]
fn extract_text_lists_practices_with_lines() {
    let o = run(&["extract", &policy_path(NEW)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(
            "share account information, phone number, usage data → affiliates (corporate family)"
        ),
        "{out}"
    );
    assert!(out.contains("L20"), "{out}");
    assert!(!out.contains('\u{1b}'), "no color when not a terminal");
}

#[test]
fn extract_json_follows_the_schema() {
    let o = run(&["extract", "--format", "json", &policy_path(NEW)]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["schema"], "policy-diff/extract/v1");
    assert_eq!(v["source"]["format"], "markdown");
    assert_eq!(v["source"]["sha256"].as_str().unwrap().len(), 64);
    let clauses = v["clauses"].as_array().unwrap();
    let share = clauses
        .iter()
        .find(|c| {
            c["text"]
                .as_str()
                .unwrap()
                .starts_with("We share your account information")
        })
        .unwrap();
    assert_eq!(share["lines"], serde_json::json!([20, 20]));
    assert_eq!(
        share["section"][1],
        "Working with the Facebook family of companies"
    );
    let p = &share["practices"][0];
    assert_eq!(p["action"], "share");
    assert_eq!(p["negated"], false);
    assert_eq!(
        p["recipients"],
        serde_json::json!(["affiliates", "facebook"])
    );
    assert!(
        p["matched"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["term"] == "facebook family of companies")
    );
}

#[test]
fn extract_yaml_parses_back() {
    let o = run(&[
        "extract",
        "--format",
        "yaml",
        &policy_path("streamly/2023-09-15.txt"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = policy_diff::yaml::from_str(&stdout(&o), "out").unwrap();
    assert_eq!(v["schema"], "policy-diff/extract/v1");
    assert_eq!(v["source"]["format"], "text");
}

/// Runs `policy-diff ARGS` with `input` on stdin.
fn run_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_policy-diff"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn extract_names_where_data_comes_from() {
    let text = "We receive your email address from data brokers.\nWe collect your name.\n";
    let o = run_stdin(&["extract", "--format", "json", "-"], text);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let from = &v["clauses"][0]["practices"][0];
    assert_eq!(
        from["sources"],
        serde_json::json!(["data-brokers"]),
        "{v:#}"
    );
    // (Omitted where none is named.)
    let own = &v["clauses"][1]["practices"][0];
    assert!(own.get("sources").is_none(), "{v:#}");
    let o = run_stdin(&["extract", "-"], text);
    assert!(
        stdout(&o).contains("collect email address from data brokers"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn extract_lists_what_a_clause_says_beside_its_practices() {
    let text = "We honor Do Not Track signals.\nWe encrypt your data at rest.\nYou can opt out by clicking the link below. Your choice applies only to the browser you use.\nWe may change this policy at any time by posting it here.\nWe collect your name.\n";
    let o = run_stdin(&["extract", "--format", "json", "-"], text);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let c = &v["clauses"];
    assert_eq!(
        c[0]["signals"],
        serde_json::json!([{"signal": "do-not-track", "stance": "honoured"}]),
        "{v:#}"
    );
    assert_eq!(c[1]["safeguards"], serde_json::json!(["at-rest"]), "{v:#}");
    assert_eq!(c[2]["opt_out_method"], "online", "{v:#}");
    assert_eq!(c[3]["per_device"], true, "{v:#}");
    assert_eq!(c[4]["notice"], "posted", "{v:#}");
    // (Omitted where a clause says none of it.)
    let plain = c[5].as_object().unwrap();
    for key in [
        "signals",
        "safeguards",
        "opt_out_method",
        "request_method",
        "per_device",
        "notice",
    ] {
        assert!(!plain.contains_key(key), "{key}: {v:#}");
    }
    let o = run_stdin(&["extract", "-"], text);
    let listing = stdout(&o);
    for said in [
        "says: honours Do Not Track signals",
        "says: promises encryption of stored data (at rest)",
        "says: changes to the policy are only posted",
    ] {
        assert!(listing.contains(said), "{said}: {listing}");
    }
}

#[test]
fn extract_reads_stdin() {
    let o = run_stdin(
        &["extract", "--format", "json", "-"],
        "We never sell your location data.\n",
    );
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let p = &v["clauses"][0]["practices"][0];
    assert_eq!(p["action"], "sell");
    assert_eq!(p["negated"], true);
    assert_eq!(p["data"], serde_json::json!(["location"]));
}

#[test]
fn color_follows_the_flag() {
    let o = run(&["extract", "--color", "always", &policy_path(NEW)]);
    assert!(stdout(&o).contains('\u{1b}'));
    let o = run(&["extract", "--color", "never", &policy_path(NEW)]);
    assert!(!stdout(&o).contains('\u{1b}'));
    let o = Command::new(env!("CARGO_BIN_EXE_policy-diff"))
        .args(["diff", &policy_path(OLD), &policy_path(NEW)])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!stdout(&o).contains('\u{1b}'));
}

fn assert_trouble(args: &[&str], needle: &str) {
    let o = run(args);
    assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("policy-diff: error: "), "{err}");
    assert!(err.contains(needle), "{err} should mention {needle}");
    assert!(o.stdout.is_empty(), "no partial output");
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n).to_string_lossy().into_owned();
    std::fs::write(p("empty.md"), b"  \n").unwrap();
    std::fs::write(p("bin.txt"), b"PK\x03\x04\x00\x00binary").unwrap();
    std::fs::write(p("latin1.txt"), b"Caf\xe9 policy").unwrap();
    std::fs::write(p("big.txt"), "We share data. ".repeat(100)).unwrap();
    std::fs::write(p("bad.yaml"), "version: [1\n  data: {").unwrap();
    std::fs::write(
        p("badparent.yaml"),
        "version: 1\ndata:\n  - id: x\n    label: X\n    parent: nowhere\n",
    )
    .unwrap();

    assert_trouble(&["extract", &p("missing.md")], "missing.md: no such file");
    assert_trouble(&["extract", dir.path().to_str().unwrap()], "is a directory");
    assert_trouble(&["extract", &p("empty.md")], "empty.md: file is empty");
    assert_trouble(
        &["extract", &p("bin.txt")],
        "bin.txt: looks like a binary file",
    );
    assert_trouble(
        &["extract", &p("latin1.txt")],
        "latin1.txt: not valid UTF-8",
    );
    assert_trouble(
        &["extract", "--max-bytes", "100", &p("big.txt")],
        "over the 100 byte limit",
    );
    assert_trouble(
        &["extract", "--taxonomy", &p("bad.yaml"), &policy_path(NEW)],
        "bad.yaml: malformed YAML",
    );
    assert_trouble(
        &[
            "extract",
            "--taxonomy",
            &p("badparent.yaml"),
            &policy_path(NEW),
        ],
        "unknown parent 'nowhere'",
    );
    assert_trouble(&["diff", &policy_path(OLD), &p("missing.md")], "missing.md");
    // Bad options are trouble too.
    let o = run(&[
        "diff",
        "--fail-on",
        "sometimes",
        &policy_path(OLD),
        &policy_path(NEW),
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn user_taxonomy_extends_the_vocabulary() {
    let dir = tempfile::tempdir().unwrap();
    let tax = dir.path().join("t.yaml");
    std::fs::write(&tax, "version: 1\nrecipients:\n  - id: acme\n    label: Acme Analytics\n    parent: analytics-providers\n    terms: [acme]\n").unwrap();
    let pol = dir.path().join("p.txt");
    std::fs::write(&pol, "We share your usage data with Acme.\n").unwrap();
    let o = run(&[
        "extract",
        "--format",
        "json",
        "--taxonomy",
        tax.to_str().unwrap(),
        pol.to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v["clauses"][0]["practices"][0]["recipients"],
        serde_json::json!(["acme"])
    );
    let o = run(&["taxonomy", "--taxonomy", tax.to_str().unwrap()]);
    assert!(stdout(&o).contains("Acme Analytics"));
    let o = run(&["taxonomy"]);
    assert!(stdout(&o).starts_with("# policy-diff default taxonomy"));
}

#[test]
fn diff_names_the_whatsapp_change_first_and_exits_1() {
    let o = run(&["diff", &policy_path(OLD), &policy_path(NEW)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let head: String = out.lines().take(20).collect::<Vec<_>>().join("\n");
    assert!(
        head.contains("affiliates (corporate family)") && head.contains("advertising"),
        "{head}"
    );
    assert!(head.contains("friend or product suggestions"), "{head}");
    // The choice says what it governs.
    assert!(
        head.contains("opt-out choice over using account information") && head.contains("30 days"),
        "{head}"
    );
    assert!(head.contains("promised not to share"), "{head}");
    // Evidence with line numbers follows.
    assert!(out.contains("new L20"), "{out}");
    assert!(out.contains("old L19"), "{out}");
}

#[test]
fn fail_on_and_filters_set_the_exit_code() {
    let (o, n) = (policy_path(OLD), policy_path(NEW));
    assert_eq!(
        run(&["diff", "--fail-on", "none", &o, &n]).status.code(),
        Some(0)
    );
    assert_eq!(
        run(&["diff", "--only", "narrows", &o, &n]).status.code(),
        Some(0)
    );
    assert_eq!(
        run(&["diff", "--only", "narrows", "--fail-on", "any", &o, &n])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(run(&["diff", &o, &o]).status.code(), Some(0));
    let out = run(&["diff", "--format", "json", "--min-severity", "high", &o, &n]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["severity"] == "high")
    );
}

/// `diff --format json OLD NEW`: the process output and the parsed document.
fn diff_json(old: &str, new: &str) -> (Output, serde_json::Value) {
    let o = run(&["diff", "--format", "json", old, new]);
    let v = serde_json::from_slice(&o.stdout).unwrap();
    (o, v)
}

/// Two versions of a policy written to a temporary folder (removed when
/// dropped): `old.md` and `new.md`.
struct Versions {
    _dir: tempfile::TempDir,
    old: String,
    new: String,
}

impl Versions {
    fn write(old: &str, new: &str) -> Versions {
        let dir = tempfile::tempdir().unwrap();
        let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
        let (o, n) = (path("old.md"), path("new.md"));
        std::fs::write(&o, old).unwrap();
        std::fs::write(&n, new).unwrap();
        Versions {
            _dir: dir,
            old: o,
            new: n,
        }
    }

    /// Replaces the new version's text.
    fn rewrite_new(&self, new: &str) {
        std::fs::write(&self.new, new).unwrap();
    }

    /// `diff --format json` of the two.
    fn json(&self) -> (Output, serde_json::Value) {
        diff_json(&self.old, &self.new)
    }
}

#[test]
fn diff_json_follows_the_schema() {
    let (o, v) = diff_json(&policy_path(OLD), &policy_path(NEW));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(v["schema"], "policy-diff/diff/v1");
    assert_eq!(v["old"]["date"], "2012-07-07");
    assert!(v["summary"]["widens"].as_u64().unwrap() >= 3);
    let f = &v["findings"][0];
    for key in [
        "id",
        "kind",
        "direction",
        "severity",
        "data",
        "recipients",
        "purposes",
        "old",
        "new",
        "why",
        "fingerprint",
        "link",
    ] {
        assert!(f.get(key).is_some(), "finding lacks {key}");
    }
    assert_eq!(f["new"]["lines"], serde_json::json!([20, 20]));
    assert!(
        v["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "edited" && c["diff"].is_array())
    );
    // YAML carries the same document.
    let y = run(&[
        "diff",
        "--format",
        "yaml",
        &policy_path(OLD),
        &policy_path(NEW),
    ]);
    let yv: serde_json::Value = policy_diff::yaml::from_str(&stdout(&y), "out").unwrap();
    assert_eq!(yv["findings"], v["findings"]);
}

#[test]
fn diff_markdown_is_a_pasteable_report() {
    let o = run(&[
        "diff",
        "--format",
        "markdown",
        &policy_path(OLD),
        &policy_path(NEW),
    ]);
    let md = stdout(&o);
    assert!(md.starts_with("# Privacy policy changes: `"), "{md}");
    assert!(md.contains("| widens data use |"));
    assert!(md.contains("### F1 ·"));
    assert!(md.contains("> We share your account information"));
    assert!(!md.contains('\u{1b}'));
    // Every table row has the same number of cells (no unescaped pipes).
    for line in md.lines().filter(|l| l.starts_with("| F")) {
        assert_eq!(line.matches(" | ").count(), 4, "{line}");
    }
}

#[test]
fn html_input_maps_lines_to_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("policy.html");
    std::fs::write(
        &page,
        "<!doctype html>\n<html><head><style>p{}</style></head><body>\n<nav>Menu</nav>\n<h1>Privacy</h1>\n<h2>Sharing</h2>\n<p>We share your email address\nwith advertisers.</p>\n<footer>© us</footer>\n</body></html>\n",
    )
    .unwrap();
    let o = run(&["extract", "--format", "json", page.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["source"]["format"], "html");
    let c = &v["clauses"][0];
    assert_eq!(c["text"], "We share your email address with advertisers.");
    assert_eq!(c["lines"], serde_json::json!([6, 7]));
    assert_eq!(c["section"], serde_json::json!(["Privacy", "Sharing"]));
    assert_eq!(
        v["clauses"].as_array().unwrap().len(),
        1,
        "nav and footer dropped"
    );
}

#[test]
fn a_case_added_to_a_promises_exceptions_widens_sharing() {
    // The promise stays word for word; a new excepted case lets data go
    // to advertisers for advertising.
    let lead = "# Sharing\n\nWe do not share your personal information with third parties \
                except in the following cases:\n\n- With service providers who host our site.\n";
    let pair = Versions::write(
        &format!("{lead}- When required by law.\n"),
        &format!(
            "{lead}- With advertising partners, to show you personalised ads.\n- When required by law.\n"
        ),
    );
    let (o, v) = pair.json();
    assert_eq!(o.status.code(), Some(1), "{v:#}");
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["direction"] == "widens" && f["purposes"] == serde_json::json!(["advertising"]))
        .unwrap_or_else(|| panic!("no widening finding on advertising: {v:#}"));
    // A new recipient: the old version's "third parties" received data only
    // when the law required, which does not cover advertisers.
    assert_eq!(f["kind"], "new_recipient", "{v:#}");
    assert_eq!(f["recipients"], serde_json::json!(["advertisers"]));
    assert_eq!(
        f["new"]["text"],
        "With advertising partners, to show you personalised ads."
    );
    assert_eq!(f["new"]["lead_in"]["lines"], serde_json::json!([3, 3]));
    // One clause changed, and the summaries say so in the singular.
    let (old, new) = (pair.old.as_str(), pair.new.as_str());
    let text = stdout(&run(&["diff", old, new]));
    assert!(
        text.contains("(1 high severity); 1 clause changed\n"),
        "{text}"
    );
    let md = stdout(&run(&["diff", "--format", "markdown", old, new]));
    assert!(
        md.contains("1 clause changed, 0 only cosmetically."),
        "{md}"
    );
}

#[test]
fn a_stop_at_the_end_of_a_table_cell_changes_nothing() {
    // Which categories go to which recipients is stated by the row: a full
    // stop added after the examples (as one release of a real policy did)
    // must not cut the data off from its recipients.
    let table = |examples: &str| {
        format!(
            "# Disclosures\n\n| Category | Examples | Recipients |\n|---|---|---|\n\
             | Commercial information | {examples} | Shared with affiliates and advertising partners |\n\
             | Identifiers | Name, email address | Shared with service providers |\n"
        )
    };
    let pair = Versions::write(
        &table("Records of products purchased or considered"),
        &table("Records of products purchased or considered."),
    );
    let (o, v) = pair.json();
    assert_eq!(o.status.code(), Some(0), "{v:#}");
    assert_eq!(v["findings"], serde_json::json!([]), "{v:#}");
    // The row states the sharing: adding it is a finding.
    let with_stop = table("Records of products purchased or considered.");
    let row_start = with_stop.find("| Commercial").unwrap();
    let row_end = row_start + with_stop[row_start..].find('\n').unwrap() + 1;
    let without = format!("{}{}", &with_stop[..row_start], &with_stop[row_end..]);
    let (o, v) = Versions::write(&without, &with_stop).json();
    assert_eq!(o.status.code(), Some(1), "{v:#}");
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["direction"] == "widens"
                // (With the affiliates the row names beside them: one finding.)
                && f["recipients"] == serde_json::json!(["advertisers", "affiliates"])
                && f["new"]["text"]
                    == "Commercial information Records of products purchased or considered. \
                    Shared with affiliates and advertising partners"),
        "{v:#}"
    );
}

#[test]
fn data_no_longer_left_out_of_a_disclosure_breaks_a_promise() {
    let (o, v) = Versions::write(
        "# Sharing\n\nWe share usage data, but not your email address, with advertisers.\n",
        "# Sharing\n\nWe share usage data and your email address with advertisers.\n",
    )
    .json();
    assert_eq!(o.status.code(), Some(1), "{v:#}");
    let f = &v["findings"][0];
    assert_eq!(f["kind"], "negation_dropped", "{v:#}");
    assert_eq!(f["severity"], "high", "{v:#}");
    assert_eq!(f["data"], serde_json::json!(["email-address"]), "{v:#}");
    assert_eq!(f["recipients"], serde_json::json!(["advertisers"]), "{v:#}");
}

#[test]
fn a_finding_on_a_list_item_quotes_the_sentence_introducing_the_list() {
    let lead = "# Sharing\n\nWe may share your information with companies who are:\n\n- Service providers that host our site.\n";
    let pair = Versions::write(lead, &format!("{lead}- Advertising partners.\n"));
    let (old, new) = (pair.old.as_str(), pair.new.as_str());
    let (_, v) = pair.json();
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["recipients"] == serde_json::json!(["advertisers"]))
        .expect("a finding about advertisers");
    assert_eq!(f["new"]["text"], "Advertising partners.");
    assert_eq!(
        f["new"]["lead_in"],
        serde_json::json!({
            "text": "We may share your information with companies who are:",
            "lines": [3, 3],
            "clause": "c1"
        })
    );
    // A sentence that states its own practice quotes no lead-in.
    let (_, v) = diff_json(&policy_path(OLD), &policy_path(NEW));
    assert!(v["findings"][0]["new"].get("lead_in").is_none());
    // Terminal and Markdown show it too.
    let md = stdout(&run(&["diff", "--format", "markdown", old, new]));
    assert!(
        md.contains("An item of the list introduced at line 3:\n\n> We may share your information with companies who are:"),
        "{md}"
    );
    let text = stdout(&run(&["diff", old, new]));
    assert!(
        text.contains("an item of the list introduced at L3:"),
        "{text}"
    );
}

#[test]
fn an_opt_out_over_other_data_does_not_stand_in_for_a_dropped_one() {
    // Old: an opt-out over sharing location with advertisers. New: that one
    // is gone, and an opt-out over sharing email with partners appears.
    // Both versions offer "an opt-out over sharing", but not the same one.
    let pair = Versions::write(
        "# Policy\n\nWe share your location with advertisers. You can opt out of our sharing your location with advertisers in your settings.\n\nWe share your email address with partners.\n",
        "# Policy\n\nWe share your location with advertisers.\n\nWe share your email address with partners. You can opt out of our sharing your email address with partners by contacting us.\n",
    );
    let (o, v) = pair.json();
    assert_eq!(o.status.code(), Some(1), "{v:#}");
    let of_kind = |k: &str| finding(&v, k);
    let removed = of_kind("choice_removed");
    assert_eq!(removed["direction"], "widens");
    assert_eq!(removed["data"], serde_json::json!(["location"]));
    assert_eq!(removed["recipients"], serde_json::json!(["advertisers"]));
    let added = of_kind("choice_added");
    assert_eq!(added["data"], serde_json::json!(["email-address"]));
    assert_eq!(added["recipients"], serde_json::json!(["partners"]));
    // An opt-out restated over the same data is no change.
    pair.rewrite_new(
        "# Policy\n\nWe share your location with advertisers. To opt out of sharing your location with advertisers, contact us.\n\nWe share your email address with partners.\n",
    );
    let (_, v) = pair.json();
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| !f["kind"].as_str().unwrap().contains("choice")),
        "{v:#}"
    );
}

#[test]
fn a_choice_reworded_as_another_kind_in_its_clause_is_no_change() {
    // The same choice over the user's city, offered as "you can choose to"
    // in the old version and as a setting in the new: neither version
    // offers another choice of either kind, and still nothing changed.
    let pair = Versions::write(
        "# Policy\n\nWe use your location to show you nearby items. You can choose to change your city at any time and make your city invisible to other members by going to My settings in your account.\n",
        "# Policy\n\nWe use your location to show you nearby items. You can at any time choose to change your city and make it not visible to other members under My settings in your account.\n",
    );
    let (o, v) = pair.json();
    assert_eq!(v["findings"], serde_json::json!([]), "{v:#}");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn a_dropped_promise_says_what_the_new_version_does_instead() {
    // Old: a promise never to share the phone number with anyone. New: in
    // another section, the number goes to Facebook.
    let pair = Versions::write(
        "# Privacy\n\nWe will not share your phone number with anyone.\n\n# Cookies\n\nWe use cookies to remember your settings.\n",
        "# Privacy\n\nWe use cookies to remember your settings.\n\n# Partners\n\nWe pass your phone number to Facebook so that it can suggest friends.\n",
    );
    let (o, v) = pair.json();
    assert_eq!(o.status.code(), Some(1), "{v:#}");
    let dropped = finding(&v, "promise_dropped");
    let why = dropped["why"].as_str().unwrap();
    // "Anyone" reaches companies, and the evidence says what breaks it.
    assert!(why.contains("with third parties and the public"), "{why}");
    assert!(
        why.ends_with(
            "and says it shares phone number with Facebook for friend or product suggestions."
        ),
        "{why}"
    );
    assert!(
        dropped["new"]["text"]
            .as_str()
            .unwrap()
            .contains("Facebook"),
        "{dropped:#}"
    );
}

#[test]
fn a_longer_deletion_window_is_a_longer_retention() {
    let pair = Versions::write(
        "# Retention\n\nYour messages are deleted from our servers within 30 days.\n",
        "# Retention\n\nYour messages are deleted from our servers within 1 year.\n",
    );
    let (o, v) = pair.json();
    assert_eq!(o.status.code(), Some(1), "{v:#}");
    let f = &v["findings"][0];
    assert_eq!(f["kind"], "retention_lengthened", "{v:#}");
    assert_eq!(f["direction"], "widens");
    assert_eq!(
        f["why"],
        "The new version keeps messages and content for up to 1 year; the old version said 30 days."
    );
}

#[test]
fn a_policy_not_in_english_is_said_so_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let fr = dir.path().join("fr.md");
    let text = "Nous collectons votre adresse e-mail et la partageons avec nos partenaires \
                pour vous proposer des publicités. "
        .repeat(20);
    std::fs::write(&fr, format!("# Politique de confidentialité\n\n{text}\n")).unwrap();
    let fr = fr.to_str().unwrap();
    let o = run(&["extract", fr]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("warning") && err.contains("fr.md") && err.contains("English"),
        "{err}"
    );
    // A diff says so for each version, and its output stays as it is.
    let o = run(&["diff", "--format", "json", fr, fr]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o).matches("does not read as English").count(), 2);
    assert!(serde_json::from_slice::<serde_json::Value>(&o.stdout).is_ok());
    // English policies draw no warning.
    let o = run(&["diff", &policy_path(OLD), &policy_path(NEW)]);
    assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));
}

#[test]
fn a_sale_held_open_after_a_denial_is_reported_against_the_denial() {
    // "… but we may do so in the future": the sale the company keeps open
    // is a new sale, and the old denial is what it is set against.
    let v = Versions::write(
        "# Privacy Policy\n\nWe collect your email address to run the service.\n\nWe do not sell personal information.\n",
        "# Privacy Policy\n\nWe collect your email address to run the service.\n\nWe do not currently sell personal information, but we may do so in the future.\n",
    );
    let (o, v) = v.json();
    assert_eq!(o.status.code(), Some(1));
    let sells = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "now_sells")
        .expect("a now_sells finding");
    assert!(
        sells["why"]
            .as_str()
            .unwrap()
            .contains("the old version said it did not sell data"),
        "{sells}"
    );
}

#[test]
fn a_promise_hedged_in_place_is_weakened_and_the_hedge_dropped_strengthens_it() {
    let plain = "# Privacy Policy\n\nWe collect your email address to run the service.\n\nWe do not sell personal information.\n";
    let hedged = "# Privacy Policy\n\nWe collect your email address to run the service.\n\nWe do not currently sell personal information.\n";
    // (Exit 1 only for what widens, by default.)
    for (old, new, kind, direction, code) in [
        (plain, hedged, "promise_weakened", "widens", 1),
        (hedged, plain, "promise_strengthened", "narrows", 0),
    ] {
        let (o, j) = Versions::write(old, new).json();
        assert_eq!(o.status.code(), Some(code));
        let f = &j["findings"][0];
        assert_eq!(
            (f["kind"].as_str(), f["direction"].as_str()),
            (Some(kind), Some(direction)),
            "{j}"
        );
        assert!(f["why"].as_str().unwrap().contains("“currently”"), "{f}");
    }
}

#[test]
fn an_exception_carved_out_of_a_kept_choice_narrows_it() {
    let plain = "# Privacy Policy\n\nWe collect your email address to run the service.\n\nYou can opt out of the sale of your personal information.\n";
    let excepted = "# Privacy Policy\n\nWe collect your email address to run the service.\n\nYou can opt out of the sale of your personal information, except for data we share with our affiliates.\n";
    // (Not a condition that limits the sale: the excepted data is sold
    // with no choice left over it.)
    for (old, new, kind, direction, code) in [
        (plain, excepted, "choice_narrowed", "widens", 1),
        (excepted, plain, "choice_widened", "narrows", 0),
    ] {
        let (o, j) = Versions::write(old, new).json();
        assert_eq!(o.status.code(), Some(code), "{j}");
        let findings = j["findings"].as_array().unwrap();
        assert_eq!(findings.len(), 1, "{j}");
        let f = &findings[0];
        assert_eq!(
            (f["kind"].as_str(), f["direction"].as_str()),
            (Some(kind), Some(direction)),
            "{j}"
        );
        assert!(
            f["why"]
                .as_str()
                .unwrap()
                .contains("“except for data we share with our affiliates”"),
            "{f}"
        );
    }
}

#[test]
fn data_added_to_a_table_row_widens_sharing_and_quotes_the_row() {
    // A disclosures table gains a data type in the advertisers' row: the
    // cell alone says nothing, so the finding quotes its row and header.
    let table = |data: &str| {
        format!(
            "# Sharing\n\n| Recipients | Reasons for sharing | Categories of personal data |\n\
             | --- | --- | --- |\n\
             | Service providers | To host our service. | *   Account data |\n\
             | Advertising partners | To show you relevant ads. | *   Device identifiers{data} |\n"
        )
    };
    let pair = Versions::write(&table(""), &table("<br>*   Precise location"));
    let (o, v) = pair.json();
    assert_eq!(o.status.code(), Some(1), "{v:#}");
    let f = finding(&v, "new_data_for_recipient");
    assert_eq!(f["data"], serde_json::json!(["precise-location"]), "{f:#}");
    assert_eq!(f["recipients"], serde_json::json!(["advertisers"]), "{f:#}");
    assert_eq!(f["new"]["text"], "Precise location");
    let row = &f["new"]["table_row"];
    assert_eq!(
        row["text"], "Advertising partners | To show you relevant ads.",
        "{f:#}"
    );
    assert_eq!(row["lines"], serde_json::json!([6, 6]));
    assert_eq!(
        row["header"],
        "Recipients | Reasons for sharing | Categories of personal data"
    );
    // The same rows, unchanged, report nothing.
    let same = Versions::write(&table(""), &table(""));
    assert_eq!(same.json().0.status.code(), Some(0));
}

#[test]
fn an_answer_turned_from_no_to_yes_in_a_table_is_a_sale() {
    let table = |sold: &str| {
        format!(
            "# Notice\n\n| Category of personal information | Collected | Sold |\n| --- | --- | --- |\n\
             | Identifiers | Yes | No |\n| Precise geolocation | Yes | {sold} |\n"
        )
    };
    let pair = Versions::write(&table("No"), &table("Yes"));
    let (o, v) = pair.json();
    assert_eq!(o.status.code(), Some(1), "{v:#}");
    let f = finding(&v, "now_sells");
    assert_eq!(f["data"], serde_json::json!(["precise-location"]), "{f:#}");
    assert_eq!(
        f["new"]["table_row"]["text"],
        "Precise geolocation | Yes | Yes"
    );
    assert_eq!(
        f["new"]["table_row"]["header"],
        "Category of personal information | Collected | Sold"
    );
}

#[test]
fn a_model_form_row_turned_to_yes_shares_and_quotes_the_whole_header() {
    // The US model form: its header is two questions, split into clauses
    // by their question marks; the finding quotes all of it.
    let table = |share: &str, limit: &str| {
        format!(
            "# Notice\n\n| Reasons we can share your personal information | Does Harbor Bank share? | Can you limit this sharing? |\n\
             | --- | --- | --- |\n\
             | For our marketing purposes, to offer our products to you | Yes | No |\n\
             | For nonaffiliates to market to you | {share} | {limit} |\n"
        )
    };
    let pair = Versions::write(&table("No", "We don't share"), &table("Yes", "Yes"));
    let (o, v) = pair.json();
    assert_eq!(o.status.code(), Some(1), "{v:#}");
    let f = finding(&v, "negation_dropped");
    assert_eq!(
        f["recipients"],
        serde_json::json!(["third-parties"]),
        "{f:#}"
    );
    assert_eq!(f["purposes"], serde_json::json!(["marketing"]), "{f:#}");
    assert_eq!(
        f["new"]["table_row"]["header"],
        "Reasons we can share your personal information | Does Harbor Bank share? | Can you limit this sharing?"
    );
    assert_eq!(
        f["new"]["table_row"]["text"],
        "For nonaffiliates to market to you | Yes | Yes"
    );
    // The opt-out comes with the sharing the old version denied: no
    // narrowing.
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["direction"] != "narrows"),
        "{v:#}"
    );
}

/// The first finding of `kind` in a JSON report; fails the test, showing
/// the report, when there is none.
fn finding<'a>(v: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind}: {v:#}"))
}

#[test]
fn related_passages_are_said_not_to_be_one_clause_reworded() {
    let old = "# Sharing\n\nWe may disclose your personal information to third parties in the cases below.\n";
    let pair = Versions::write(
        old,
        &format!("{old}\nWe will not share your usage data with any third parties.\n"),
    );
    let (o, n) = (pair.old.as_str(), pair.new.as_str());
    let (_, v) = pair.json();
    let f = finding(&v, "new_promise");
    assert_eq!(f["link"], "related");
    let text = stdout(&run(&["diff", "--color", "never", o, n]));
    assert!(
        text.contains("The two passages are related (same data, recipients or choice), not one\n  clause reworded.")
            || text.contains("The two passages are related (same data, recipients or choice), not one clause reworded."),
        "{text}"
    );
    let md = stdout(&run(&["diff", "--format", "markdown", o, n]));
    assert!(
        md.contains("*The two passages are related (same data, recipients or choice), not one clause reworded.*"),
        "{md}"
    );
    // Beside a clause reworded in place, no such note.
    let pair = Versions::write(
        "# Sharing\n\nWe share your email address with service providers.\n",
        "# Sharing\n\nWe share your email address with service providers and advertisers.\n",
    );
    let (_, v) = pair.json();
    assert_eq!(finding(&v, "new_recipient")["link"], "aligned");
    let text = stdout(&run(&["diff", &pair.old, &pair.new]));
    assert!(text.contains("new recipient"), "{text}");
    assert!(!text.contains("The two passages are related"), "{text}");
}

/// The README's WhatsApp excerpt is what the binary prints: the first
/// lines of the terminal report, up to the "…" that ends the excerpt.
#[test]
fn the_readme_example_is_what_the_binary_prints() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let block = readme
        .split("## The WhatsApp example")
        .nth(1)
        .and_then(|s| s.split("```text\n").nth(1))
        .and_then(|s| s.split("\n…\n").next())
        .expect("the README's WhatsApp excerpt");
    let o = run(&[
        "diff",
        &format!("{root}/policies/whatsapp/2012-07-07.md"),
        &format!("{root}/policies/whatsapp/2016-08-25.md"),
        "--color",
        "never",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    // (The README runs it from the checkout: relative paths.)
    let printed = stdout(&o).replace(&format!("{root}/"), "");
    let head: Vec<&str> = printed.lines().take(block.lines().count()).collect();
    assert_eq!(head.join("\n"), block);
}
