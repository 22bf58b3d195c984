//! Properties any correct diff must have: a version diffed with itself says
//! nothing; swapping versions mirrors every finding; reformatting is no change.

mod common;

use common::*;
use policy_diff::compare::{Direction, Severity};
use policy_diff::input::Format;
use std::collections::BTreeMap;

fn bundled() -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(root().join("policies"))
        .unwrap()
        .flat_map(|d| std::fs::read_dir(d.unwrap().path()).unwrap())
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

fn pairs() -> Vec<(std::path::PathBuf, std::path::PathBuf)> {
    let files = bundled();
    files
        .windows(2)
        .filter(|w| w[0].parent() == w[1].parent())
        .map(|w| (w[0].clone(), w[1].clone()))
        .collect()
}

#[test]
fn a_policy_diffed_with_itself_reports_nothing() {
    let ex = extractor();
    for f in bundled() {
        let p = load(&f, &ex);
        let r = diff(&p, &p, &ex);
        assert!(r.findings.is_empty(), "{}: {:#?}", f.display(), r.findings);
        assert!(r.changes.is_empty(), "{}", f.display());
    }
    // And the binary exits 0.
    let o = run(&[
        "diff",
        &policy_path("whatsapp/2016-08-25.md"),
        &policy_path("whatsapp/2016-08-25.md"),
    ]);
    assert_eq!(o.status.code(), Some(0));
}

/// Findings as (kind-independent) multisets of (direction, data, recipients, purposes).
fn signature(r: &policy_diff::report::Report, mirror: bool) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for f in &r.findings {
        let d = if mirror {
            f.mirrored_direction()
        } else {
            f.direction
        };
        let key = format!(
            "{d:?} {:?} {:?} {:?} {:?} {:?}",
            f.severity, f.data, f.recipients, f.purposes, f.sources
        );
        *m.entry(key).or_insert(0) += 1;
    }
    m
}

#[test]
fn swapping_versions_mirrors_every_finding() {
    let ex = extractor();
    assert!(!pairs().is_empty());
    for (a, b) in pairs() {
        let (pa, pb) = (load(&a, &ex), load(&b, &ex));
        let fwd = diff(&pa, &pb, &ex);
        let back = diff(&pb, &pa, &ex);
        assert!(
            fwd.summary.widens > 0,
            "{}: the bundled pairs widen",
            b.display()
        );
        assert_eq!(fwd.summary.widens, back.summary.narrows, "{}", a.display());
        assert_eq!(fwd.summary.narrows, back.summary.widens, "{}", a.display());
        assert_eq!(fwd.summary.neutral, back.summary.neutral, "{}", a.display());
        assert_eq!(
            signature(&fwd, false),
            signature(&back, true),
            "{}",
            a.display()
        );
    }
}

/// Rewraps every paragraph of a Markdown or text policy to `width` columns.
fn rewrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for para in text.split("\n\n") {
        let first = para.lines().next().unwrap_or("");
        if first.starts_with('#')
            || first.starts_with("<!--")
            || first.trim().len() < 60 && !first.ends_with('.')
        {
            out.push_str(para);
        } else {
            let mut line = String::new();
            for w in para.split_whitespace() {
                if !line.is_empty() && line.len() + w.len() + 1 > width {
                    out.push_str(&line);
                    out.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(w);
            }
            out.push_str(&line);
        }
        out.push_str("\n\n");
    }
    out
}

/// Markdown → plain text: headings become standalone lines, comments go.
fn to_plain(md: &str) -> String {
    md.lines()
        .filter(|l| !l.starts_with("<!--"))
        .map(|l| l.trim_start_matches('#').trim_start())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reverses the order of the second-level sections.
fn reorder_sections(md: &str) -> String {
    let mut parts: Vec<&str> = md.split("\n## ").collect();
    let head = parts.remove(0);
    parts.reverse();
    let mut out = head.to_string();
    for p in parts {
        out.push_str("\n## ");
        out.push_str(p.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn reformatting_a_policy_is_no_widening() {
    let ex = extractor();
    for f in bundled() {
        let text = std::fs::read_to_string(&f).unwrap();
        let name = f.to_string_lossy().into_owned();
        let orig = load(&f, &ex);
        let fmt = if name.ends_with(".md") {
            Format::Markdown
        } else {
            Format::Text
        };
        let mut variants = vec![("rewrapped", rewrap(&text, 38), fmt)];
        if fmt == Format::Markdown {
            variants.push(("plain text", to_plain(&text), Format::Text));
            variants.push(("reordered", reorder_sections(&text), Format::Markdown));
        }
        for (what, v, format) in variants {
            let p = policy_from_text(&name, &v, Some(format), &ex);
            assert_eq!(p.practice_count(), orig.practice_count(), "{what} {name}");
            let r = diff(&orig, &p, &ex);
            let widening: Vec<_> = r
                .findings
                .iter()
                .filter(|f| f.direction == Direction::Widens)
                .collect();
            assert!(widening.is_empty(), "{what} {name}: {widening:#?}");
        }
    }
}

#[test]
fn a_moved_sharing_clause_is_no_finding_but_a_move() {
    let a = "# A\n\nWe collect your email address.\n\n# B\n\nWe share your location with advertisers.\n\nWe keep logs.\n";
    let b = "# B\n\nWe keep logs.\n\nWe share your location with advertisers.\n\n# A\n\nWe collect your email address.\n";
    let r = diff_texts(a, b);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    assert!(
        r.changes
            .iter()
            .all(|c| c.kind == policy_diff::align::ChangeKind::Moved),
        "{:#?}",
        r.changes
    );
}

#[test]
fn a_denied_opt_out_is_a_choice_removed_not_a_promise() {
    // "can" → "cannot" before "opt out of this sharing" takes the choice
    // away; it does not promise to stop sharing.
    let a = "# Choices\n\nWe share your email address with partners for marketing. You can opt out of this sharing at any time.\n";
    let b = "# Choices\n\nWe share your email address with partners for marketing. You cannot opt out of this sharing.\n";
    let r = diff_texts(a, b);
    let kinds: Vec<(&str, Direction)> = r
        .findings
        .iter()
        .map(|f| (f.kind.as_str(), f.direction))
        .collect();
    assert_eq!(
        kinds,
        [("choice_removed", Direction::Widens)],
        "{:#?}",
        r.findings
    );
}

#[test]
fn an_opt_out_of_sharing_dropped_beside_an_email_opt_out_widens() {
    // The email opt-out stays; the opt-out over sharing goes. Choices over
    // a disclosure are compared apart from the rest.
    let emails = "You can opt out of our marketing emails at any time.";
    let a = format!(
        "# Choices\n\n{emails}\n\nWe share your email address with partners for marketing. You can opt out of this sharing.\n"
    );
    let b = format!(
        "# Choices\n\n{emails}\n\nWe share your email address with partners for marketing.\n"
    );
    let r = diff_texts(&a, &b);
    let removed: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind == "choice_removed")
        .collect();
    assert_eq!(removed.len(), 1, "{:#?}", r.findings);
    assert_eq!(removed[0].direction, Direction::Widens);
    assert!(
        removed[0]
            .why
            .contains("an opt-out choice over sharing information"),
        "{}",
        removed[0].why
    );
}

#[test]
fn a_concession_offers_no_choice_and_an_age_limits_no_choice() {
    // "Even if you opt out, we will still share …": the opt-out does not
    // govern that sharing, so adding the sentence adds no choice over it.
    let a = "# Choices\n\nYou can opt out of having your account information used for ads.\n";
    let b = format!(
        "{a}\nEven if you opt out, we will still share this information with our affiliates for security.\n"
    );
    let r = diff_texts(a, &b);
    no_finding(&r, |k| k.contains("choice"));
    // "Sixteen (16) years or older" is an age, not a time limit on the
    // opt-out: the rewording changes no window.
    let a = "# Rights\n\nFor individuals sixteen (16) years or older, you have the right to opt out of the sale of your personal data.\n";
    let b = "# Rights\n\nYou have the right to opt out of the sale of your personal data.\n";
    let r = diff_texts(a, b);
    no_finding(&r, |k| k.starts_with("choice_"));
}

#[test]
fn consent_replaced_by_an_opt_out_is_one_story_only_over_the_same_data() {
    let consent = "We share your location with advertisers only with your consent.";
    let opt_out = "We share your location with advertisers. You can opt out of this sharing.";
    let r = diff_texts(
        &format!("# S\n\n{consent}\n"),
        &format!("# S\n\n{opt_out}\n"),
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == "opt_in_replaced_by_opt_out" && f.direction == Direction::Widens),
        "{:#?}",
        r.findings
    );
    // An opt-out over other data and recipients replaces no consent: the
    // consent is gone (a widening of its own), and a new opt-out appears.
    let other = "We share your location with advertisers. You can opt out of the sale of your health data to insurers.";
    let r = diff_texts(&format!("# S\n\n{consent}\n"), &format!("# S\n\n{other}\n"));
    no_finding(&r, |k| k.contains("replaced"));
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == "choice_removed" && f.recipients == ["advertisers"]),
        "{:#?}",
        r.findings
    );
}

#[test]
fn an_opt_out_is_replaced_only_by_consent_over_what_it_governed() {
    // A newsletter opt-out dropped where consent to advertising sharing
    // appears: two changes, not consent replacing the opt-out.
    let old = "# Email\n\nWe send newsletters. You can unsubscribe at any time.\n\n# Ads\n\nWe show ads on our pages.\n";
    let new = "# Email\n\nWe send newsletters.\n\n# Ads\n\nWe use your location to show you ads only with your consent.\n";
    let r = diff_texts(old, new);
    no_finding(&r, |k| k.contains("replaced"));
    // A version that adds consent and still offers the opt-out replaced
    // nothing.
    let old = "# S\n\nWe share your location with advertisers. You can opt out of this sharing.\n";
    let new = "# S\n\nWe share your location with advertisers only with your consent. You can opt out of this sharing.\n";
    let r = diff_texts(old, new);
    no_finding(&r, |k| k.contains("replaced"));
    // The opt-out that follows the sharing it governs is replaced by the
    // consent to that sharing.
    let r = diff_texts(
        new.replace(" only with your consent", "").as_str(),
        "# S\n\nWe share your location with advertisers only with your consent.\n",
    );
    some_finding(&r, |k| k == "opt_out_replaced_by_opt_in");
}

#[test]
fn a_dropped_promise_quotes_the_same_partys_disclosure() {
    // The company's promise is answered by the company's disclosure, not by
    // what other users share.
    let old = "# Our promise\n\nWe will never disclose your email address to any third parties.\n";
    let new = "# Profiles\n\nOther users may share your email address with their friends.\n\n# Partners\n\nFor joint offers, we may share your email address with our partners.\n";
    let r = diff_texts(old, new);
    let f = finding_of(&r, "promise_dropped");
    let quoted = f.new.as_ref().map(|e| e.text.as_str()).unwrap_or_default();
    assert_eq!(
        quoted, "For joint offers, we may share your email address with our partners.",
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_new_transfer_abroad_names_only_the_places_that_are_new() {
    let r = diff_texts(
        "# P\n\nWe store your data on servers in the European Union.\n",
        "# P\n\nWe store your data on servers in the European Union and may transfer it to China.\n",
    );
    let f = sole_finding(&r, "new_recipient", Direction::Widens);
    assert_eq!(f.locations, ["china"], "{f:#?}");
    assert!(f.why.contains("to China;"), "{}", f.why);
}

#[test]
fn a_new_recipient_is_quoted_where_it_is_given_data() {
    let r = diff_texts(
        "# P\n\nWe collect your email address.\n",
        "# P\n\nWe collect your email address.\n\nWe partner with advertisers around the world.\n\nWe share your device identifiers with advertisers.\n",
    );
    let f = sole_finding(&r, "new_recipient", Direction::Widens);
    let new = f.new.as_ref().expect("new evidence");
    // Not the sentence that only names the party.
    assert!(new.text.starts_with("We share your device"), "{f:#?}");
}

#[test]
fn a_new_transfer_abroad_widens_and_says_where_the_data_goes() {
    let a = "# Sharing\n\nWe share your email address with our payment processors.\n";
    let b = "# Sharing\n\nWe share your email address with our payment processors.\n\n# Where we process data\n\nYour personal information may be transferred to the United States.\n";
    let r = diff_texts(a, b);
    let abroad: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.recipients == ["other-countries"])
        .collect();
    assert_eq!(abroad.len(), 1, "{:#?}", r.findings);
    assert_eq!(abroad[0].kind, "new_recipient");
    assert_eq!(abroad[0].direction, Direction::Widens);
    // (Named by the country it names, which is no finding of its own.)
    assert!(
        abroad[0]
            .why
            .contains("transfers personal information to the United States"),
        "{}",
        abroad[0].why
    );
    assert_eq!(abroad[0].locations, ["united-states"]);
    no_finding(&r, |k| k == "new_location");
    // And dropping it narrows.
    let r = diff_texts(b, a);
    assert!(
        r.findings
            .iter()
            .any(|f| f.recipients == ["other-countries"] && f.direction == Direction::Narrows),
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_promise_about_another_party_is_no_cover_for_the_companys() {
    // The service providers' promise goes; the company's own, over the same
    // data and action, stays. The two bind different parties: one kept is
    // no cover for the other dropped.
    let company = "We do not use your personal data for profiling.";
    let a = format!(
        "# Sharing\n\nService providers are prohibited from using your personal data for their own purposes.\n\n# Profiling\n\n{company}\n"
    );
    let b = format!(
        "# Sharing\n\nWe share your personal data with service providers.\n\n# Profiling\n\n{company}\n"
    );
    let r = diff_texts(&a, &b);
    let dropped: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind == "promise_dropped")
        .collect();
    assert!(
        dropped.len() == 1
            && dropped[0].direction == Direction::Widens
            && dropped[0]
                .old
                .as_ref()
                .is_some_and(|e| e.text.contains("Service providers are prohibited")),
        "{:#?}",
        r.findings
    );
}

/// The one finding of `kind` between two versions (asserted to be one),
/// and its why.
fn only_why(old: &str, new: &str, kind: &str) -> String {
    let r = diff_texts(old, new);
    let found: Vec<_> = r.findings.iter().filter(|f| f.kind == kind).collect();
    assert_eq!(found.len(), 1, "{:#?}", r.findings);
    found[0].why.clone()
}

#[test]
fn personalized_ads_promised_away_then_shown_is_a_negation_dropped() {
    let why = only_why(
        "# Ads\n\nWe do not show you personalized ads.\n",
        "# Ads\n\nWe may show you personalized ads based on your activity.\n",
        "negation_dropped",
    );
    assert!(
        why.contains("not to use information for advertising"),
        "{why}"
    );
}

#[test]
fn a_promise_turned_around_on_a_condition_quotes_the_condition() {
    // Ring's kind of change: a promise to share with the police only on a
    // warrant, turned into sharing without one in emergencies (each side
    // quotes its own condition).
    let old = "# Police\n\nWe will not share your videos with law enforcement without a warrant.\n";
    let new = "# Police\n\nWe may share your videos with law enforcement without a warrant in emergencies where a life is in danger.\n";
    let why = only_why(old, new, "negation_dropped");
    assert!(
        why.contains(
            "on a condition: “without a warrant in emergencies where a life is in danger”"
        ),
        "{why}"
    );
    let why = only_why(new, old, "negation_added");
    assert!(
        why.contains(
            "where the old version said it did so “without a warrant in emergencies where a life is in danger”"
        ),
        "{why}"
    );
    // Turned around plainly, it is the opposite and nothing more.
    let plain = "# Police\n\nWe may share your videos with law enforcement without a warrant.\n";
    let why = only_why(old, plain, "negation_dropped");
    assert!(
        why.ends_with("says the opposite in the same place."),
        "{why}"
    );
}

#[test]
fn a_promise_not_to_act_without_consent_is_the_act_on_consent() {
    let health = |s: &str| format!("# Health\n\n{s}\n");
    let promise =
        health("We will not share your health data with third parties without your consent.");
    // Said as consent asked, it is the same: nothing to report either way.
    for asked in [
        "We will ask for your consent before sharing your health data with third parties.",
        "We share your health data with third parties only with your consent.",
    ] {
        for (a, b) in [
            (health(asked), promise.clone()),
            (promise.clone(), health(asked)),
        ] {
            let r = diff_texts(&a, &b);
            assert!(r.findings.is_empty(), "{a} → {b}: {:#?}", r.findings);
        }
    }
    // The condition added to a promise is the one story told (no sharing
    // reported beside it), and consent dropped from a disclosure is the
    // promise turned around.
    let plain = health("We will not share your health data with third parties.");
    let r = diff_texts(&plain, &promise);
    sole_finding(&r, "condition_added", Direction::Widens);
    let shared = health("We may share your health data with third parties.");
    let r = diff_texts(&promise, &shared);
    assert!(
        r.findings.iter().all(|f| f.direction == Direction::Widens),
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_promise_except_on_consent_is_one_promise_said_either_way() {
    let ads = |s: &str| format!("# Advertising\n\n{s}\n");
    let without = ads("We don't share your information with advertisers without your consent.");
    let unless = ads(
        "We do not share any of your information with advertisers (unless, of course, you give us permission).",
    );
    for (a, b) in [(&without, &unless), (&unless, &without)] {
        let r = diff_texts(a, b);
        assert!(r.findings.is_empty(), "{a} → {b}: {:#?}", r.findings);
    }
    // An exception beyond consent still weakens it.
    let r = diff_texts(
        &without,
        &ads("We do not share any of your information with advertisers unless required by law."),
    );
    some_finding(&r, |k| k == "promise_weakened");
}

#[test]
fn a_choice_naming_only_its_purpose_matches_only_choices_for_it() {
    let policy = |s: &str| format!("# Your choices\n\n{s}\n");
    let old = policy("With your consent, we send you marketing messages.");
    let new = policy(
        "With your consent, we send you marketing messages. With your consent, we use your location for advertising.",
    );
    let r = diff_texts(&old, &new);
    some_finding(&r, |k| k.starts_with("choice_added"));
    // And an opt-out offered as a setting over the same thing stays
    // offered.
    let r = diff_texts(
        &policy("You can opt out of interest-based advertising."),
        &policy("You can control the ads we show you in your ad settings."),
    );
    no_finding(&r, |k| k.starts_with("choice_removed"));
}

#[test]
fn what_a_promise_excepts_it_states() {
    let doc = |s: &str| format!("# Sharing\n\n{s}\n");
    for (a, b) in [
        (
            "We share your data only with service providers.",
            "We do not share your data with anyone except service providers.",
        ),
        (
            "Our service providers may only use your information to provide services to us.",
            "Our vendors are prohibited from using your data for any purpose other than providing services to us.",
        ),
    ] {
        for (old, new) in [(doc(a), doc(b)), (doc(b), doc(a))] {
            let r = diff_texts(&old, &new);
            assert!(r.findings.is_empty(), "{old} → {new}: {:#?}", r.findings);
        }
    }
    // Excepted from everyone, the parties are unknown: not everyone.
    let r = diff_texts(
        &doc(
            "Private messages can never be accessed by anyone other than those who send or receive them.",
        ),
        &doc("Your profile is visible to anyone on the internet."),
    );
    some_finding(&r, |k| k == "new_recipient");
}

#[test]
fn a_promise_kept_only_for_people_in_some_places_has_a_condition_added() {
    let why = only_why(
        "# AI\n\nWe do not use your data to train our AI models.\n",
        "# AI\n\nWe do not use data from members in the EU, EEA, or Switzerland to train our AI models.\n",
        "condition_added",
    );
    assert!(
        why.contains("“members in the EU, EEA, or Switzerland”"),
        "{why}"
    );
}

#[test]
fn data_another_party_collects_is_said_to_be_collected_by_it() {
    let a = "# Cookies\n\nWe use cookies to remember your preferences.\n";
    let b = format!(
        "{a}\nOur advertising partners may place cookies on your device to show you ads.\n"
    );
    let why = only_why(a, &b, "new_data_collected");
    assert!(
        why.starts_with("The new version says advertisers and ad networks collect cookies"),
        "{why}"
    );
    let why = only_why(&b, a, "data_no_longer_collected");
    assert!(
        why.starts_with("The new version no longer says advertisers and ad networks collect"),
        "{why}"
    );
    // Cookies another party uses are cookies it places: a rewording.
    let r = diff_texts(
        "# Ads\n\nAdvertisers may use cookies to collect information about your visits.\n",
        "# Ads\n\nOur advertising partners may place cookies to gather data about your visits.\n",
    );
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    // The company's own collection is said as before.
    let why = only_why(
        a,
        &format!("{a}\nWe collect your location.\n"),
        "new_data_collected",
    );
    assert!(
        why.starts_with("The new version collects location"),
        "{why}"
    );
}

#[test]
fn a_promise_about_other_parties_names_them() {
    let why = |old: &str, new: &str| only_why(old, new, "promise_dropped");
    let unrelated = "# Security\n\nWe keep your account secure.\n";
    let w = why(
        "# Sharing\n\nOur service providers may not use your personal information for their own purposes.\n",
        unrelated,
    );
    assert!(
        w.starts_with(
            "The old version promised that service providers will not use personal information"
        ),
        "{w}"
    );
    let w = why(
        "# Sharing\n\nNeither we nor our business partners will sell your personal information.\n",
        unrelated,
    );
    assert!(
        w.starts_with(
            "The old version promised that neither the company nor business partners will sell"
        ),
        "{w}"
    );
    // The company's own promise is put as before.
    let w = why(
        "# Sharing\n\nWe will not sell your personal information.\n",
        unrelated,
    );
    assert!(
        w.starts_with("The old version promised not to sell personal information"),
        "{w}"
    );
    // Recipients go with the acts that disclose.
    let w = why(
        "# Sharing\n\nWe do not disclose personal data to third parties or use personal data for other purposes.\n",
        unrelated,
    );
    assert!(
        w.starts_with(
            "The old version promised not to share personal information with third parties or use it"
        ),
        "{w}"
    );
}

#[test]
fn a_promise_about_other_data_kept_is_no_narrower_form_of_one_dropped() {
    let cards = "We do not store credit card numbers ourselves.";
    let a = format!(
        "# Content\n\nWe do not collect or store facial recognition data.\n\n# Payments\n\n{cards}\n"
    );
    let b = format!("# Content\n\nWe analyse the videos you upload.\n\n# Payments\n\n{cards}\n");
    let kinds = |r: &policy_diff::report::Report| {
        r.findings
            .iter()
            .map(|f| f.kind.clone())
            .collect::<Vec<_>>()
    };
    let r = diff_texts(&a, &b);
    assert!(
        kinds(&r).contains(&"promise_dropped".to_string())
            && !kinds(&r).contains(&"promise_narrowed".to_string()),
        "{:#?}",
        r.findings
    );
    // A promise the dropped one covers is its narrower form.
    let r = diff_texts(
        "We do not share your personal information with third parties.\n",
        "We do not share your personal information with advertisers.\n",
    );
    assert_eq!(kinds(&r), ["promise_narrowed"], "{:#?}", r.findings);
}

#[test]
fn an_exception_dropped_is_read_against_the_aligned_promise_first() {
    let general =
        "Except for sharing with our service providers, we do not sell any of your personal data.";
    let a = format!(
        "# Sale\n\n{general}\n\n# Minors\n\nWe do not sell the personal data of consumers we know to be under 16, unless we receive their authorization.\n"
    );
    let b = format!(
        "# Sale\n\n{general}\n\n# Minors\n\nWe do not sell the personal data of consumers we know to be under 18.\n"
    );
    let r = diff_texts(&a, &b);
    let f = finding_of(&r, "promise_strengthened");
    let old = f.old.as_ref().expect("old evidence");
    assert!(old.text.contains("under 16"), "{:#?}", f);
}

#[test]
fn a_conditional_promise_says_its_condition() {
    let why = only_why;
    let w = why(
        "# Sharing\n\nIf you are a California resident, we will not disclose your personal information to third parties for their direct marketing purposes.\n",
        "# Sharing\n\nWe keep your account secure.\n",
        "promise_dropped",
    );
    // (Quoted as the policy writes it.)
    assert!(w.contains("“If you are a California resident”"), "{w}");
    // A condition ends before an aside: "(…)" is not part of it.
    let w = why(
        "# Sharing\n\nWe keep your account secure.\n",
        "# Sharing\n\nIf you live in the European Economic Area (EEA), we will not sell your personal data.\n",
        "new_promise",
    );
    assert!(
        w.ends_with("“If you live in the European Economic Area”."),
        "{w}"
    );
}

#[test]
fn a_recipient_named_less_precisely_quotes_where_the_broader_group_is_named() {
    // The new version drops the authorities but still shares with third
    // parties: the evidence on the new side is that sharing, not the
    // promise about advertisers, which says nothing of either.
    let a = "# Sharing\n\nWe may disclose your personal information to law enforcement agencies.\n\nWe share your personal information with third parties.\n\nWe do not share your email address with advertisers.\n";
    let b = "# Sharing\n\nWe share your personal information with third parties.\n\nWe do not share your email address with advertisers.\n";
    let r = diff_texts(a, b);
    let unnamed: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind == "recipient_unnamed")
        .collect();
    assert_eq!(unnamed.len(), 1, "{:#?}", r.findings);
    let new = unnamed[0].new.as_ref().expect("new evidence");
    assert_eq!(
        new.text, "We share your personal information with third parties.",
        "{:#?}",
        unnamed[0]
    );
    assert_eq!(unnamed[0].link, policy_diff::compare::Link::Related);
}

#[test]
fn a_new_promise_quotes_beside_it_only_a_disclosure_of_related_data() {
    // "We will not share your usage data with third parties": the old
    // version's payment processors get payment details, which the promise
    // is not about; its disclosure of personal information to third
    // parties is what the promise now limits.
    let a = "# Sharing\n\nWe use third-party payment processors to process your credit card numbers.\n\nWe may disclose your personal information to third parties in the cases below.\n";
    let b = "# Sharing\n\nWe use third-party payment processors to process your credit card numbers.\n\nWe may disclose your personal information to third parties in the cases below.\n\nWe will not share your usage data with any third parties.\n";
    let r = diff_texts(a, b);
    let f = finding_of(&r, "new_promise");
    let old = f.old.as_ref().expect("old evidence");
    assert_eq!(
        old.text, "We may disclose your personal information to third parties in the cases below.",
        "{f:#?}"
    );
    assert_eq!(f.link, policy_diff::compare::Link::Related);
    // With only the unrelated disclosure there, nothing is quoted.
    let a =
        "# Sharing\n\nWe use third-party payment processors to process your credit card numbers.\n";
    let b = "# Sharing\n\nWe use third-party payment processors to process your credit card numbers.\n\nWe will not share your usage data with any third parties.\n";
    let r = diff_texts(a, b);
    let f = finding_of(&r, "new_promise");
    assert!(f.old.is_none(), "{f:#?}");
}

#[test]
fn a_promise_about_narrower_data_is_no_evidence_beside_a_disclosure() {
    // A promise about children's information says nothing of profiles
    // made public; one about all personal information does.
    let forum = "\n\nThe personal information in your profile will be visible to the public.\n";
    for (promise, quoted) in [
        (
            "We do not sell the personal information of children under 13.",
            false,
        ),
        (
            "We do not share your personal information with the public.",
            true,
        ),
    ] {
        let a = format!("# Sharing\n\n{promise}\n");
        let b = format!("# Sharing\n\n{promise}{forum}");
        let r = diff_texts(&a, &b);
        let f = r
            .findings
            .iter()
            .find(|f| f.recipients.iter().any(|x| x == "public"))
            .unwrap_or_else(|| panic!("{promise}: {:#?}", r.findings));
        assert_eq!(
            f.old.as_ref().map(|e| e.text.as_str()),
            quoted.then_some(promise),
            "{f:#?}"
        );
    }
}

#[test]
fn a_promise_about_other_recipients_is_no_evidence_beside_dropped_sharing() {
    // "No longer shares your location with third parties": a promise not
    // to share contact details with advertisers neither replaces nor
    // answers it; a promise about third parties does.
    let a = "# Sharing\n\nWe share your location with third parties.\n\nWe do not share your email address with advertisers.\n";
    let b = "# Sharing\n\nWe do not share your email address with advertisers.\n";
    let r = diff_texts(a, b);
    let dropped: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.data.iter().any(|d| d == "location"))
        .collect();
    assert_eq!(dropped.len(), 1, "{:#?}", r.findings);
    assert!(dropped[0].new.is_none(), "{:#?}", dropped[0]);
    let b = "# Sharing\n\nWe do not share your personal information with third parties.\n";
    let r = diff_texts(a, b);
    let dropped: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.data.iter().any(|d| d == "location"))
        .collect();
    assert_eq!(dropped.len(), 1, "{:#?}", r.findings);
    assert_eq!(
        dropped[0].new.as_ref().map(|e| e.text.as_str()),
        Some("We do not share your personal information with third parties."),
        "{:#?}",
        dropped[0]
    );
}

#[test]
fn a_promise_with_exceptions_restated_as_a_restriction_is_not_turned_around() {
    let a = "# Sharing\n\nOur policy is to not disclose your personal data, except in the limited circumstances described below.\n";
    let b = "# Sharing\n\nWe will only ever share your personal data in the limited circumstances described below.\n";
    let r = diff_texts(a, b);
    assert!(
        !r.findings
            .iter()
            .any(|f| f.kind.contains("promise") || f.kind.contains("negation")),
        "{:#?}",
        r.findings
    );
    // A promise with no exception, now a restriction, is still reported.
    let a = "# Sharing\n\nWe do not share your personal data.\n";
    let b = "# Sharing\n\nWe only share your personal data with our service providers.\n";
    let r = diff_texts(a, b);
    some_finding(&r, |k| k == "negation_dropped");
}

#[test]
fn a_promise_about_using_or_keeping_quotes_what_does_it_not_a_disclosure() {
    // The promise not to use data for ads is answered by the new use for
    // ads, not by the new sharing; one about keeping messages by the old
    // retention of messages, not by a disclosure to the authorities.
    let a = "# Use\n\nWe do not use your information for advertising.\n\nMessages are held on our servers until they are delivered.\n\nWe may disclose information to law enforcement when the law requires it.\n";
    let b = "# Use\n\nWe share your phone number with our affiliates.\n\nOur affiliates may use this information to show you ads.\n\nWe do not keep messages once they are delivered.\n\nWe may disclose information to law enforcement when the law requires it.\n";
    let r = diff_texts(a, b);
    let find = |kind: &str| finding_of(&r, kind);
    let ads = find("promise_dropped");
    assert_eq!(
        ads.new.as_ref().map(|e| e.text.as_str()),
        Some("Our affiliates may use this information to show you ads."),
        "{ads:#?}"
    );
    let keep = find("new_promise");
    assert_eq!(
        keep.old.as_ref().map(|e| e.text.as_str()),
        Some("Messages are held on our servers until they are delivered."),
        "{keep:#?}"
    );
}

#[test]
fn a_new_source_of_data_about_the_user_widens() {
    let base = "# Privacy\n\nWe collect your name and email address when you register.\n";
    let with = |s: &str| format!("{base}\n{s}\n");
    let r = diff_texts(
        base,
        &with("We also receive your name and email address from data brokers."),
    );
    let found: Vec<_> = r
        .findings
        .iter()
        .map(|f| (f.kind.as_str(), f.direction, f.sources.clone()))
        .collect();
    assert_eq!(
        found,
        [(
            "new_source",
            Direction::Widens,
            vec!["data-brokers".to_string()]
        )],
        "{:#?}",
        r.findings
    );
    assert_eq!(
        r.findings[0].why,
        "The new version says it obtains name and email address from data brokers, a source the old version did not name."
    );
    // Back, it narrows.
    let r = diff_texts(
        &with("We also receive your name and email address from data brokers."),
        base,
    );
    assert_eq!(
        r.findings
            .iter()
            .map(|f| (f.kind.as_str(), f.direction))
            .collect::<Vec<_>>(),
        [("source_removed", Direction::Narrows)]
    );
    // A party that gives the company data is its source, however it is put.
    for new in [
        "Our advertising partners may share information about you with us.",
        "We use information provided by our advertising partners to improve our service.",
        "Your email address may be provided to us by our advertising partners.",
        "From our advertising partners, we receive your email address.",
    ] {
        let r = diff_texts(base, &with(new));
        assert!(
            r.findings
                .iter()
                .any(|f| f.kind == "new_source" && f.sources == ["advertisers"]),
            "{new}: {:#?}",
            r.findings
        );
    }
    // A source named more precisely within one already named is no change.
    let third = with("We receive information about you from third parties.");
    let r = diff_texts(
        &third,
        &with("We receive information about you from third parties, including data brokers."),
    );
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    // Nor is a party named after "from" that gives no data.
    for new in [
        "We process your information in relation to legal obligations, including requests from public authorities, and to prove that we have complied with them.",
        "We do not knowingly collect information from anyone under 13.",
        "We use the guidance from data protection authorities to keep your information for up to one year.",
    ] {
        let r = diff_texts(base, &with(new));
        assert!(
            !r.findings.iter().any(|f| f.kind.contains("source")),
            "{new}: {:#?}",
            r.findings
        );
    }
}

#[test]
fn a_right_to_deletion_dropped_widens() {
    let policy = |rights: &str| {
        format!(
            "# Privacy\n\nWe collect your name and email address.\n\n## Your rights\n\n{rights}\n"
        )
    };
    let old = policy("You can ask us to delete your personal information at any time.");
    let new = policy("You can ask us for a copy of your personal information.");
    let r = diff_texts(&old, &new);
    let found: Vec<_> = r
        .findings
        .iter()
        .map(|f| (f.kind.as_str(), f.direction, f.severity, f.why.as_str()))
        .collect();
    assert_eq!(
        found,
        [(
            "choice_removed",
            Direction::Widens,
            policy_diff::compare::Severity::Medium,
            "The old version said people can have personal information deleted on request; the new version no longer does."
        )],
        "{:#?}",
        r.findings
    );
    let r = diff_texts(&new, &old);
    assert_eq!(
        r.findings
            .iter()
            .map(|f| (f.kind.as_str(), f.direction))
            .collect::<Vec<_>>(),
        [("choice_added", Direction::Narrows)]
    );
    // Restated in other words, it is still offered.
    let r = diff_texts(
        &old,
        &policy("You have the right to request the deletion of your personal information."),
    );
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn location_is_told_apart_by_its_precision() {
    let collect = |what: &str| format!("# Privacy\n\nWe collect {what}.\n");
    let r = diff_texts(
        &collect("your approximate location"),
        &collect("your precise location"),
    );
    let found: Vec<_> = r
        .findings
        .iter()
        .map(|f| (f.kind.as_str(), f.data.clone(), f.severity))
        .collect();
    assert_eq!(
        found,
        [
            (
                "new_data_collected",
                vec!["precise-location".to_string()],
                policy_diff::compare::Severity::Medium
            ),
            (
                "data_no_longer_collected",
                vec!["approximate-location".to_string()],
                policy_diff::compare::Severity::Low
            )
        ],
        "{:#?}",
        r.findings
    );
    // Named more generally or more precisely, a collection is no change.
    for (old, new) in [
        ("your zip code", "your location"),
        ("your location", "your GPS coordinates"),
        (
            "your email address",
            "your email address and other information",
        ),
    ] {
        let r = diff_texts(&collect(old), &collect(new));
        assert!(r.findings.is_empty(), "{old} → {new}: {:#?}", r.findings);
    }
    // Nor is data shared with a recipient named more precisely; but a kind
    // dropped is less.
    let share = |what: &str| format!("# Privacy\n\nWe share {what} with our partners.\n");
    for (old, new) in [
        ("your location", "your precise location"),
        (
            "your email (or other contact information)",
            "your email address",
        ),
    ] {
        let r = diff_texts(&share(old), &share(new));
        assert!(r.findings.is_empty(), "{old} → {new}: {:#?}", r.findings);
    }
    // From the generic group, the kind now named goes to the recipient
    // anew (the generic named no kind), and the generic is not gone: a
    // reading of "your personal information, including your email
    // address" keeps the examples only, as of "your email address".
    for new in [
        "your email address",
        "your personal information, including your email address,",
    ] {
        let r = diff_texts(&share("your personal information"), &share(new));
        let f = sole_finding(&r, "new_data_for_recipient", Direction::Widens);
        assert_eq!(f.data, ["email-address"], "{new}: {f:#?}");
    }
    // (A hashed kind is no more precise naming: hashed → plain is new.)
    let r = diff_texts(&share("hashed email addresses"), &share("email addresses"));
    let f = sole_finding(&r, "new_data_for_recipient", Direction::Widens);
    assert_eq!(f.data, ["email-address"], "{f:#?}");
    let r = diff_texts(
        &share("your location and your contacts"),
        &share("your precise location"),
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == "data_no_longer_for_recipient"
                && f.direction == Direction::Narrows
                && f.data == ["contacts"]),
        "{:#?}",
        r.findings
    );
}

#[test]
fn data_newly_shared_with_data_brokers_is_high() {
    let doc = |s: &str| format!("# Sharing\n\n{s}\n");
    let r = diff_texts(
        &doc("We share your data with service providers."),
        &doc("We share your data with service providers and data brokers."),
    );
    let f = sole_finding(&r, "new_recipient", Direction::Widens);
    assert_eq!(f.severity, policy_diff::compare::Severity::High, "{f:#?}");
}

#[test]
fn a_dropped_promise_is_quoted_beside_a_disclosure_to_its_recipients() {
    let r = diff_texts(
        "# Sharing\n\nWe do not share your personal information with advertisers.\n",
        "# Sharing\n\nWe may disclose data to comply with the law.\n\nWe share data with service providers and advertising partners.\n",
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.kind == "promise_dropped")
        .expect("the promise dropped");
    let new = f.new.as_ref().expect("a related clause");
    assert!(new.text.contains("advertising partners"), "{f:#?}");
    // Which, of the recipients it names, break the promise.
    assert!(
        f.why
            .ends_with("and says it shares personal information with advertisers and ad networks."),
        "{}",
        f.why
    );
}

#[test]
fn a_name_does_not_cover_the_other_contact_details() {
    // A name is one contact detail, not the group: a phone number beside
    // it is new data, for the partners and for the collection.
    let r = diff_texts(
        "# Sharing\n\nWe share your name with our partners.\n",
        "# Sharing\n\nWe share your name and phone number with our partners.\n",
    );
    let f = sole_finding(&r, "new_data_for_recipient", Direction::Widens);
    assert_eq!(f.data, ["phone-number"], "{f:#?}");
    let r = diff_texts(
        "# Data\n\nWe collect your name and mailing address when you register.\n",
        "# Data\n\nWe collect your name, mailing address and phone number when you register.\n",
    );
    let f = sole_finding(&r, "new_data_collected", Direction::Widens);
    assert_eq!(f.data, ["phone-number"], "{f:#?}");
    // The group itself still covers its kinds.
    let r = diff_texts(
        "# Data\n\nWe collect your contact information.\n",
        "# Data\n\nWe collect your phone number.\n",
    );
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn a_choice_given_a_window_in_place_is_one_clause_reworded() {
    let doc = |when: &str| {
        format!(
            "# Choices\n\nWe collect your email address.\n\nYou can opt out of personalized advertising {when}.\n"
        )
    };
    let r = diff_texts(
        &doc("at any time in your settings"),
        &doc("within 30 days of signing up"),
    );
    let f = sole_finding(&r, "choice_narrowed", Direction::Widens);
    assert!(f.why.contains("within 30 days"), "{f:#?}");
    // Aligned, not "related": the word diff shows what changed.
    assert_eq!(f.link, policy_diff::compare::Link::Aligned, "{f:#?}");
    // The old offer elsewhere, the new one in a clause of its own, is
    // quoted beside it as related.
    let r = diff_texts(
        "# Choices\n\nYou can opt out of personalized advertising at any time.\n",
        "# Choices\n\nWe show ads.\n\n# Your rights\n\nWithin 30 days of signing up, you may opt out of personalized advertising by writing to our office in Dublin.\n",
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.kind == "choice_narrowed")
        .expect("the window");
    assert_eq!(f.link, policy_diff::compare::Link::Related, "{f:#?}");
    assert!(f.old.is_some(), "{f:#?}");
}

#[test]
fn a_promise_against_ai_training_turned_around_is_one_high_finding() {
    let doc = |how: &str| {
        format!("# AI\n\nWe {how} the content of your messages to train our AI models.\n")
    };
    let (promise, practice) = (doc("do not use"), doc("may use"));
    // The purpose is the promise's story, not a new purpose beside it (the
    // old version named it), and it weighs as the purpose does.
    for (old, new, kind, direction) in [
        (&promise, &practice, "negation_dropped", Direction::Widens),
        (&practice, &promise, "negation_added", Direction::Narrows),
    ] {
        let r = diff_texts(old, new);
        let f = sole_finding(&r, kind, direction);
        assert_eq!(f.severity, Severity::High, "{f:#?}");
    }
}

#[test]
fn a_dropped_promise_quoted_beside_the_purpose_tells_it_once() {
    // The promise goes from one section and the purpose comes in another:
    // the promise's finding quotes the new clause and says what it does,
    // and no new purpose is told beside it.
    let old = "# Use\n\nWe use your information to provide the service.\n\n\
               # AI\n\nWe do not use your messages to train artificial intelligence models.\n";
    let new = "# Use\n\nWe use your information to provide the service.\n\
               Your messages help us improve our AI features.\n";
    let r = diff_texts(old, new);
    let f = sole_finding(&r, "promise_dropped", Direction::Widens);
    assert!(
        f.why.contains("and says it uses") && f.new.is_some(),
        "{f:#?}"
    );
}

#[test]
fn a_promise_on_own_use_turned_tells_the_purpose_once_wherever_it_is_stated() {
    // The promise turns in place, and another clause also puts the same
    // data to the purpose: one story, the promise's.
    let old = "# Use\n\nWe use your information to provide the service.\n\
               We do not use the content of your messages to train our AI models.\n";
    let new = "# Use\n\nWe use your information to provide the service.\n\
               Your conversations may be reviewed by our trainers to improve our AI features.\n\
               We use your messages to train our AI models.\n";
    let r = diff_texts(old, new);
    no_finding(&r, |k| k == "new_purpose");
    sole_finding(&r, "negation_dropped", Direction::Widens);
    // A promise on sharing for a purpose leaves the company's own new use
    // for it a story of its own.
    let old = "# Use\n\nWe use your information to provide the service.\n\n\
               # Sharing\n\nWe do not share your information with third parties for marketing.\n";
    let new = "# Use\n\nWe use your information to provide the service.\n\
               We use your location to show you local offers and marketing.\n\n\
               # Sharing\n\nWe share your information with advertisers.\n";
    let r = diff_texts(old, new);
    assert!(
        r.findings.iter().any(|f| f.kind == "new_purpose"),
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_sale_promise_kept_word_for_word_is_no_evidence_beside_new_sharing() {
    let old = "# Sharing\n\nWe do not sell your personal information.\n";
    let new = "# Sharing\n\nWe do not sell your personal information.\n\
               We share your phone number with our affiliates.\n";
    let r = diff_texts(old, new);
    let f = sole_finding(&r, "new_recipient", Direction::Widens);
    assert!(f.old.is_none(), "{f:#?}");
    // A promise not to share, kept, is: the new sharing goes against it.
    let old = "# Sharing\n\nWe do not share your phone number with third parties.\n";
    let new = "# Sharing\n\nWe do not share your phone number with third parties.\n\
               We share your phone number with our advertising partners.\n";
    let r = diff_texts(old, new);
    let f = r
        .findings
        .iter()
        .find(|f| f.kind == "new_recipient")
        .unwrap_or_else(|| panic!("{:#?}", r.findings));
    assert!(
        f.old
            .as_ref()
            .is_some_and(|e| e.text.starts_with("We do not share")),
        "{f:#?}"
    );
}

#[test]
fn an_opt_out_by_a_link_governs_the_practice_it_points_at() {
    let old = "# Sharing\n\nWe share your shipping address with delivery companies.\n";
    let new = "# Sharing\n\nWe share your shipping address with delivery companies.\n\
               We may sell your purchase history to advertising partners.\n\
               You can opt out of this by clicking \"Do Not Sell or Share My Personal Information\".\n";
    let r = diff_texts(old, new);
    let f = r
        .findings
        .iter()
        .find(|f| f.kind.starts_with("choice_added"))
        .unwrap_or_else(|| panic!("{:#?}", r.findings));
    assert!(f.why.contains("over selling purchase history"), "{f:#?}");
}

#[test]
fn a_privacy_request_made_harder_to_make_is_a_narrowed_choice() {
    let doc = |how: &str| {
        format!("# Your rights\n\nYou can request deletion of your personal information {how}.\n")
    };
    let (email, phone) = (
        doc("by emailing privacy@example.com"),
        doc("by calling us at 1-800-555-0100"),
    );
    let r = diff_texts(&email, &phone);
    let f = sole_finding(&r, "choice_narrowed", Direction::Widens);
    assert_eq!(
        f.why,
        "The new version's easiest way to make a privacy request (deletion or another right) is by phone; the old version's was by email."
    );
    sole_finding(
        &diff_texts(&phone, &email),
        "choice_widened",
        Direction::Narrows,
    );
}

#[test]
fn a_promise_turned_only_for_de_identified_data_says_so() {
    let old = "# Sharing\n\nWe do not share your health data with insurance companies.\n";
    let new = "# Sharing\n\nWe may share de-identified health data with insurance companies.\n";
    let r = diff_texts(old, new);
    let whys: Vec<(&str, &str)> = r
        .findings
        .iter()
        .map(|f| (f.kind.as_str(), f.why.as_str()))
        .collect();
    assert_eq!(
        whys.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
        ["negation_dropped", "new_recipient"],
        "{whys:#?}"
    );
    assert!(
        whys[0].1.ends_with(
            "says the opposite in the same place, for aggregated or de-identified data."
        ),
        "{whys:#?}"
    );
    assert!(
        whys[1].1.starts_with(
            "The new version shares health information (aggregated or de-identified) with"
        ),
        "{whys:#?}"
    );
    // Given as it is, no such words.
    let r = diff_texts(old, &new.replace("de-identified ", "your "));
    assert!(
        r.findings.iter().all(|f| !f.why.contains("de-identified")),
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_choice_gone_with_its_purpose_drops_no_purpose_beside_it() {
    let old = "# Sharing\n\nWe share your location with advertisers only if you turn on location-based ads.\n";
    let new = "# Sharing\n\nWe share your location with advertisers.\n";
    let r = diff_texts(old, new);
    let f = sole_finding(&r, "choice_removed", Direction::Widens);
    assert!(f.why.contains("for advertising"), "{f:#?}");
}

#[test]
fn a_bar_on_the_parties_that_is_their_promise_is_told_once() {
    let old = "# Sharing\n\nWe share your data with service providers who are prohibited from using it for their own purposes.\n";
    let new = "# Sharing\n\nWe share your data with service providers.\n";
    let r = diff_texts(old, new);
    sole_finding(&r, "promise_dropped", Direction::Widens);
    // A bar that promises nothing is the sharing's condition.
    let old =
        "# Sharing\n\nWe share your data only with partners that have agreed to protect it.\n";
    let new = "# Sharing\n\nWe share your data with partners.\n";
    sole_finding(
        &diff_texts(old, new),
        "condition_removed",
        Direction::Widens,
    );
}

#[test]
fn a_known_purpose_reaching_new_data_is_reported_by_data() {
    let doc = |ads: &str| {
        format!(
            "# Privacy\n\nWe collect your email address to create your account{ads}.\n\nYou can opt out of personalized advertising.\n"
        )
    };
    // Advertising is stated in both versions (the opt-out), but only the
    // new one puts the email address to it; and the other way round.
    let (plain, ads) = (doc(""), doc(" and to show you ads"));
    for (old, new, kind, direction) in [
        (&plain, &ads, "new_data_for_purpose", Direction::Widens),
        (
            &ads,
            &plain,
            "data_no_longer_for_purpose",
            Direction::Narrows,
        ),
    ] {
        let r = diff_texts(old, new);
        let f = sole_finding(&r, kind, direction);
        assert_eq!(
            (&f.data[..], &f.purposes[..], f.severity),
            (
                &["email-address".to_string()][..],
                &["advertising".to_string()][..],
                Severity::High
            ),
            "{f:#?}"
        );
    }
    let ads = |what: &str| format!("# Privacy\n\nWe use cookies for advertising.\n\n{what}\n");
    // Covered by a group the data lies in.
    let r = diff_texts(
        "# Privacy\n\nWe use your information for advertising.\n",
        "# Privacy\n\nWe use your email address for advertising.\n",
    );
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    // A promise dropped is the promise's finding.
    let r = diff_texts(
        &ads("We do not use your location for advertising."),
        &ads("We use your location for advertising."),
    );
    sole_finding(&r, "negation_dropped", Direction::Widens);
    // A new recipient's finding tells its data and purposes.
    let r = diff_texts(
        &ads(""),
        &ads("We share your phone number with Facebook to show you ads."),
    );
    sole_finding(&r, "new_recipient", Direction::Widens);
    let r = diff_texts(
        &ads(""),
        &ads("We also use your phone number for advertising."),
    );
    let f = sole_finding(&r, "new_data_for_purpose", Direction::Widens);
    assert_eq!(f.data, ["phone-number"], "{f:#?}");
}

#[test]
fn a_recipient_using_data_for_its_own_purposes_widens() {
    let share =
        |how: &str| format!("# Privacy\n\nWe share your data with service providers{how}.\n");
    let r = diff_texts(
        &share(" who process it on our behalf"),
        &share(", who may also use it for their own purposes"),
    );
    let found: Vec<_> = r
        .findings
        .iter()
        .map(|f| (f.kind.as_str(), f.purposes.clone(), f.severity))
        .collect();
    assert_eq!(
        found,
        [(
            "new_purpose",
            vec!["recipients-own-purposes".to_string()],
            policy_diff::compare::Severity::High
        )],
        "{:#?}",
        r.findings
    );
    // "Their marketing purposes" are theirs too.
    let r = diff_texts(&share(""), &share(" for their marketing purposes"));
    assert!(
        r.findings
            .iter()
            .any(|f| f.purposes.contains(&"recipients-own-purposes".to_string())),
        "{:#?}",
        r.findings
    );
    // A promise that they will not is no such purpose of the access it
    // grants: only the promise changed.
    let providers = |purpose: &str| {
        format!(
            "# Privacy\n\nService providers have access to your data to perform their functions, and are prohibited from using it for {purpose}.\n"
        )
    };
    let r = diff_texts(
        &providers("any other purpose"),
        &providers("their own commercial purposes"),
    );
    assert!(
        r.findings.iter().all(|f| f.kind.starts_with("promise")),
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_promise_to_tell_readers_of_changes_dropped_widens() {
    let policy = |changes: &str| {
        format!("# Privacy\n\nWe collect your email address.\n\n## Changes\n\n{changes}\n")
    };
    let direct =
        policy("We will notify you by email before material changes to this policy take effect.");
    let posted =
        policy("We may change this policy at any time by posting the new version on this page.");
    let r = diff_texts(&direct, &posted);
    let found: Vec<_> = r
        .findings
        .iter()
        .map(|f| (f.kind.as_str(), f.direction, f.link))
        .collect();
    assert_eq!(
        found,
        [(
            "change_notice_dropped",
            Direction::Widens,
            policy_diff::compare::Link::Related
        )],
        "{:#?}",
        r.findings
    );
    let r = diff_texts(&posted, &direct);
    assert_eq!(
        r.findings
            .iter()
            .map(|f| (f.kind.as_str(), f.direction))
            .collect::<Vec<_>>(),
        [("change_notice_added", Direction::Narrows)]
    );
    // Told in other words, it is still promised.
    let r = diff_texts(
        &direct,
        &policy(
            "If we make significant changes to this privacy notice, you will be notified in the app.",
        ),
    );
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn an_open_retention_bound_compares_with_a_period() {
    // (old, new, kind, direction): a fixed period traded for the company's
    // judgement or for no end keeps data longer, and back shorter; the
    // user's own act against a period is a change with no direction.
    let keep = |bound: &str| format!("# Retention\n\nWe keep your personal information {bound}.\n");
    for (old, new, expected) in [
        (
            "for 30 days",
            "indefinitely",
            Some(("retention_lengthened", Direction::Widens)),
        ),
        (
            "for 30 days",
            "for as long as necessary for our business purposes",
            Some(("retention_lengthened", Direction::Widens)),
        ),
        (
            "for as long as your account is active",
            "for as long as necessary for our business purposes",
            Some(("retention_lengthened", Direction::Widens)),
        ),
        (
            "indefinitely",
            "until you delete your account",
            Some(("retention_shortened", Direction::Narrows)),
        ),
        (
            "for 30 days",
            "until you delete your account",
            Some(("retention_changed", Direction::Neutral)),
        ),
        (
            "while your account is active",
            "for 18 months",
            Some(("retention_changed", Direction::Neutral)),
        ),
        ("indefinitely", "forever", None),
    ] {
        let r = diff_texts(&keep(old), &keep(new));
        let found: Vec<(&str, Direction)> = r
            .findings
            .iter()
            .filter(|f| f.kind.starts_with("retention"))
            .map(|f| (f.kind.as_str(), f.direction))
            .collect();
        assert_eq!(
            found,
            Vec::from_iter(expected),
            "{old} → {new}: {:#?}",
            r.findings
        );
    }
    // Backups and records hold data: their period is compared too.
    let r = diff_texts(
        "# Retention\n\nWe retain backups for 30 days.\n",
        "# Retention\n\nWe retain backups for up to one year.\n",
    );
    assert_eq!(
        r.findings
            .iter()
            .map(|f| (f.kind.as_str(), f.direction))
            .collect::<Vec<_>>(),
        [("retention_lengthened", Direction::Widens)],
        "{:#?}",
        r.findings
    );
    // A bound dropped from a keeping still stated lifts the limit; one the
    // new version states in a sentence of its own does not.
    let unbounded = "# Retention\n\nWe keep your personal information.\n";
    let r = diff_texts(&keep("for 18 months"), unbounded);
    assert_eq!(
        r.findings
            .iter()
            .map(|f| f.why.as_str())
            .collect::<Vec<_>>(),
        [
            "The new version keeps personal information without saying for how long; the old version kept it for up to 18 months."
        ]
    );
    let r = diff_texts(unbounded, &keep("for 18 months"));
    assert_eq!(
        r.findings
            .iter()
            .map(|f| (f.kind.as_str(), f.direction))
            .collect::<Vec<_>>(),
        [("retention_shortened", Direction::Narrows)]
    );
    let moved = "# Retention\n\nWe keep your personal information.\n\nWe delete your personal information after 18 months.\n";
    let r = diff_texts(&keep("for 18 months"), moved);
    no_finding(&r, |k| k.starts_with("retention"));
    // The finding says both bounds.
    let r = diff_texts(&keep("for 30 days"), &keep("indefinitely"));
    assert_eq!(
        r.findings[0].why,
        "The new version keeps personal information indefinitely; the old version kept it for up to 30 days."
    );
}

#[test]
fn an_opt_out_kept_in_place_over_fewer_purposes_is_narrowed() {
    let opt_out = |purposes: &str| {
        format!(
            "# Choices\n\nYou can opt out of our use of your personal information for {purposes}.\n"
        )
    };
    let scoped = |a: &str, b: &str| {
        let r = diff_texts(&opt_out(a), &opt_out(b));
        r.findings
            .iter()
            .filter(|f| f.kind.starts_with("choice_"))
            .map(|f| (f.kind.clone(), f.direction, f.why.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        scoped("marketing and targeted advertising", "marketing"),
        [(
            "choice_narrowed".to_string(),
            Direction::Widens,
            "The new version's opt-out choice over using personal information covers only marketing; the old version's covered marketing and advertising.".to_string()
        )]
    );
    let widened = scoped("marketing", "marketing and targeted advertising");
    assert_eq!(
        widened
            .iter()
            .map(|(k, d, _)| (k.as_str(), *d))
            .collect::<Vec<_>>(),
        [("choice_widened", Direction::Narrows)],
        "{widened:#?}"
    );
    // The same purposes reworded, or in another order, are no change.
    assert_eq!(
        scoped(
            "marketing and targeted advertising",
            "targeted ads and direct marketing"
        ),
        []
    );
}

#[test]
fn an_opt_out_over_a_named_practice_for_any_purpose_narrowed_to_one() {
    let choices = |a: &str, b: &str| {
        let doc = |s: &str| format!("# Choices\n\n{s}\n");
        diff_texts(&doc(a), &doc(b))
            .findings
            .iter()
            .filter(|f| f.kind == "choice_narrowed" || f.kind == "choice_widened")
            .map(|f| (f.kind.clone(), f.direction, f.why.clone()))
            .collect::<Vec<_>>()
    };
    let any = "You can opt out of our sharing your email address with partners.";
    let ads = "You can opt out of our sharing your email address with partners for advertising.";
    assert_eq!(
        choices(any, ads),
        [(
            "choice_narrowed".to_string(),
            Direction::Widens,
            "The new version's opt-out choice over sharing email address with business partners covers only advertising; the old version's covered it for any purpose.".to_string()
        )]
    );
    let back = choices(ads, any);
    assert_eq!(
        back.iter()
            .map(|(k, d, _)| (k.as_str(), *d))
            .collect::<Vec<_>>(),
        [("choice_widened", Direction::Narrows)],
        "{back:#?}"
    );
    // A choice that names no practice points elsewhere, where its purpose
    // may stand.
    assert_eq!(
        choices(
            "We share your purchase history with partners. You may opt out of this sharing.",
            "We share your purchase history with partners. You may opt out of this sharing for marketing."
        ),
        []
    );
    // Nor where the clause names a purpose the choice was not given: its
    // objects were cut apart.
    assert_eq!(
        choices(
            "We treat these signals as an opt-out of selling personal information for targeted advertising.",
            "We treat these signals as an opt-out of selling personal information or targeted advertising."
        ),
        []
    );
}

#[test]
fn a_disclosure_the_law_compelled_left_to_judgement_is_loosened() {
    let share = |occasion: &str| {
        format!(
            "# Legal\n\nWe may share your personal information with law enforcement agencies {occasion}.\n"
        )
    };
    let kinds = |a: &str, b: &str| {
        diff_texts(&share(a), &share(b))
            .findings
            .iter()
            .filter(|f| f.kind.starts_with("condition"))
            .map(|f| (f.kind.clone(), f.direction))
            .collect::<Vec<_>>()
    };
    let duty = "if required to do so by law";
    let judgement = "if we believe in good faith that it is appropriate";
    assert_eq!(
        kinds(duty, judgement),
        [("condition_loosened".to_string(), Direction::Widens)]
    );
    assert_eq!(
        kinds(judgement, duty),
        [("condition_tightened".to_string(), Direction::Narrows)]
    );
    // A belief about the law is judgement; one duty for another is no change.
    assert_eq!(
        kinds(duty, "if we believe that the law requires it"),
        [("condition_loosened".to_string(), Direction::Widens)]
    );
    assert_eq!(kinds(duty, "if required to do so by a court order"), []);
    // A duty said as the purpose, with no condition, is one too; and a
    // condition of duty added beside it restates it.
    assert_eq!(
        kinds("to comply with the law", judgement),
        [("condition_loosened".to_string(), Direction::Widens)]
    );
    assert_eq!(
        kinds(judgement, "to comply with the law"),
        [("condition_tightened".to_string(), Direction::Narrows)]
    );
    assert_eq!(
        kinds(
            "to comply with a subpoena or court order",
            "when required by a court order"
        ),
        []
    );
    // "When" compelled or at judgement is a condition too (alone it is an
    // occasion), and one dropped leaves the disclosure unconditioned.
    assert_eq!(
        kinds("when required by law", "when we believe it is appropriate"),
        [("condition_loosened".to_string(), Direction::Widens)]
    );
    // "Only" before the verb restricts it to the demand it answers, as
    // "only when" restricts it to an occasion (a period tracker's 2022
    // kind of rewording).
    let only = "# Legal\n\nWe will only disclose your health data to law enforcement in response to a valid court order.\n";
    let judged = "# Legal\n\nWe may disclose your health data to law enforcement when we believe in good faith that disclosure is necessary.\n";
    for (a, b, kind, direction) in [
        (only, judged, "condition_loosened", Direction::Widens),
        (judged, only, "condition_tightened", Direction::Narrows),
    ] {
        let conditions: Vec<_> = diff_texts(a, b)
            .findings
            .into_iter()
            .filter(|f| f.kind.starts_with("condition"))
            .map(|f| (f.kind, f.direction))
            .collect();
        assert_eq!(conditions, [(kind.to_string(), direction)]);
    }
    let r = diff_texts(&share("when required by law"), &share(""));
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == "condition_removed" && f.direction == Direction::Widens),
        "{:#?}",
        r.findings
    );
    // A clause naming both, whose first is reworded, replaced neither.
    let both = |first: &str, second: &str| {
        share(&format!(
            "(a) {first}; or (b) {second} that disclosure is necessary to protect our rights"
        ))
    };
    let r = diff_texts(
        &both("to respond to requests", "when we believe in good faith"),
        &both(
            "when we are legally required to respond to requests",
            "when we determine in good faith",
        ),
    );
    no_finding(&r, |k| k == "condition_tightened");
    // A promise about children gaining "without parental consent" has a
    // loophole, as one gaining "without your consent" does.
    let r = diff_texts(
        "# Children\n\nWe do not knowingly collect data from children under 13.\n",
        "# Children\n\nWe do not knowingly collect data from children under 13 without parental consent.\n",
    );
    assert_eq!(
        r.findings
            .iter()
            .map(|f| (f.kind.as_str(), f.direction))
            .collect::<Vec<_>>(),
        [("condition_added", Direction::Widens)],
        "{:#?}",
        r.findings
    );
    // On a promise's exception too.
    let r = diff_texts(
        "# Legal\n\nWe do not share your data with the government unless we are legally required to.\n",
        "# Legal\n\nWe do not share your data with the government unless we believe it is appropriate.\n",
    );
    assert_eq!(
        r.findings
            .iter()
            .map(|f| f.kind.as_str())
            .collect::<Vec<_>>(),
        ["condition_loosened"],
        "{:#?}",
        r.findings
    );
}

/// Asserts that no finding of a report has a kind `unwanted` picks out.
fn no_finding(r: &policy_diff::report::Report, unwanted: impl Fn(&str) -> bool) {
    assert!(
        !r.findings.iter().any(|f| unwanted(&f.kind)),
        "{:#?}",
        r.findings
    );
}

/// Asserts that some finding of a report has a kind `wanted` picks out.
fn some_finding(r: &policy_diff::report::Report, wanted: impl Fn(&str) -> bool) {
    assert!(
        r.findings.iter().any(|f| wanted(&f.kind)),
        "{:#?}",
        r.findings
    );
}

/// The one finding of a report, asserted to be of `kind` and `direction`.
fn sole_finding<'a>(
    r: &'a policy_diff::report::Report,
    kind: &str,
    direction: Direction,
) -> &'a policy_diff::compare::Finding {
    assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
    let f = &r.findings[0];
    assert_eq!((f.kind.as_str(), f.direction), (kind, direction), "{f:#?}");
    f
}

/// Each finding's kind and recipients.
fn kinds_and_recipients(r: &policy_diff::report::Report) -> Vec<(&str, &[String])> {
    r.findings
        .iter()
        .map(|f| (f.kind.as_str(), &f.recipients[..]))
        .collect()
}

#[test]
fn recipients_one_sentence_names_together_are_one_finding() {
    let old = "# Sharing\n\nWe collect your phone number.\n";
    // The same data for the same purposes: one story.
    let r = diff_texts(
        old,
        "# Sharing\n\nWe collect your phone number.\n\nWe share your phone number with the Facebook family of companies.\n",
    );
    let found = kinds_and_recipients(&r);
    assert_eq!(
        found,
        [(
            "new_recipient",
            &["affiliates".to_string(), "facebook".to_string()][..]
        )],
        "{:#?}",
        r.findings
    );
    assert!(
        r.findings[0]
            .why
            .contains("with affiliates (corporate family) and Facebook"),
        "{}",
        r.findings[0].why
    );
    // Different data to each (a sale beside a disclosure): two.
    let r = diff_texts(
        old,
        "# Sharing\n\nWe collect your phone number.\n\nWe share your phone number with advertisers, and we sell your location to our partners.\n",
    );
    let recipients: Vec<&[String]> = r
        .findings
        .iter()
        .filter(|f| f.kind == "new_recipient")
        .map(|f| &f.recipients[..])
        .collect();
    assert_eq!(recipients.len(), 2, "{:#?}", r.findings);
}

#[test]
fn a_company_named_beside_another_is_a_new_recipient() {
    let r = diff_texts(
        "# Sharing\n\nWe share your location with Google to show you maps.\n",
        "# Sharing\n\nWe share your location with Google and Amazon to show you maps.\n",
    );
    let found = kinds_and_recipients(&r);
    assert_eq!(
        found,
        [("new_recipient", &["amazon".to_string()][..])],
        "{:#?}",
        r.findings
    );
}

#[test]
fn an_opt_out_stated_as_a_condition_is_reported_once_as_a_choice() {
    let r = diff_texts(
        "# Sharing\n\nWe share information with third parties only with your opt-in consent.\n",
        "# Sharing\n\nWe share information with third parties unless you opt out.\n",
    );
    let kinds: Vec<&str> = r.findings.iter().map(|f| f.kind.as_str()).collect();
    assert_eq!(kinds, ["opt_in_replaced_by_opt_out"], "{:#?}", r.findings);
}

#[test]
fn a_clause_rewritten_past_alignment_still_compares_its_retention() {
    let r = diff_texts(
        "# Retention\n\nWe keep your voice recordings until you delete them.\n",
        "# Retention\n\nWe keep your voice recordings for as long as necessary to improve our services.\n",
    );
    let f = finding_of(&r, "retention_lengthened");
    assert_eq!(f.direction, Direction::Widens);
    assert!(f.old.is_some() && f.new.is_some(), "{f:#?}");
    assert_eq!(f.link, policy_diff::compare::Link::Related);
    // Not where another rewritten clause could be the counterpart.
    let r = diff_texts(
        "# Retention\n\nWe keep your voice recordings until you delete them.\n\nWe keep your voice recordings on backup tapes until we destroy them.\n",
        "# Retention\n\nWe keep your voice recordings for as long as necessary to improve our services.\n",
    );
    no_finding(&r, |k| k.starts_with("retention"));
}

#[test]
fn where_data_is_kept_is_compared_by_place() {
    let policy = |s: &str| format!("# Where we keep data\n\n{s}\n");
    let ireland = policy("We store your personal information on servers in Ireland.");
    let anywhere = policy(
        "We may store and process your personal information in any country where we or our service providers operate.",
    );
    let r = diff_texts(&ireland, &anywhere);
    let f: Vec<_> = r
        .findings
        .iter()
        .filter(|f| !f.locations.is_empty())
        .collect();
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
    assert_eq!(f[0].kind, "new_location");
    assert_eq!(f[0].direction, Direction::Widens);
    assert_eq!(f[0].locations, ["any-country"]);
    assert!(
        f[0].why
            .contains("personal information may be stored or processed in other countries"),
        "{}",
        f[0].why
    );
    // (Beside the place the old version named.)
    let old = f[0]
        .old
        .as_ref()
        .map(|e| e.text.as_str())
        .unwrap_or_default();
    assert!(old.contains("Ireland"), "{:#?}", f[0]);
    // Back again, the place narrows.
    let r = diff_texts(&anywhere, &ireland);
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == "location_removed" && f.direction == Direction::Narrows),
        "{:#?}",
        r.findings
    );
    // A new country beside one named before is new; one within a place
    // named before is not.
    let us = policy("Your information may be transferred to the United States.");
    let both = policy("Your information may be transferred to the United States and China.");
    let r = diff_texts(&us, &both);
    let f: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind == "new_location")
        .collect();
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
    assert_eq!(f[0].locations, ["china"]);
    assert!(f[0].why.contains("transferred to China"), "{}", f[0].why);
    let r = diff_texts(
        &policy("We may store your data in other countries."),
        &policy("We may store your data in the United States and other countries."),
    );
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    // A place dropped where the new version names none says less, no more.
    let r = diff_texts(
        &policy("We store your data in the European Union."),
        &policy("We store your data."),
    );
    let f: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind == "location_removed")
        .collect();
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
    assert_eq!(f[0].direction, Direction::Neutral);
}

#[test]
fn a_browser_privacy_signal_no_longer_honoured_widens() {
    let policy = |s: &str| {
        format!("# Do Not Track\n\n{s}\n\n# Cookies\n\nWe use cookies to remember your settings.\n")
    };
    let honoured = policy("We honor Do Not Track signals from your browser.");
    let refused = policy("Our site does not currently respond to Do Not Track signals.");
    let r = diff_texts(&honoured, &refused);
    let f = sole_finding(&r, "signal_no_longer_honoured", Direction::Widens);
    assert!(
        f.why.contains(
            "honours Do Not Track signals; the new version says it does not respond to them"
        ),
        "{}",
        f.why
    );
    // (The refusal was no promise not to collect: "we do not recognize or
    // respond to DNT signals" denies nothing about data.)
    let r = diff_texts(
        &policy("We do not recognize or respond to browser-initiated DNT signals."),
        &policy("We use your data as described below."),
    );
    no_finding(&r, |k| k == "promise_dropped");
    // Global Privacy Control, added, narrows; the same statement twice is nothing.
    let gpc = policy("We recognize and honor Global Privacy Control signals.");
    let r = diff_texts(&refused, &gpc);
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == "signal_honoured" && f.direction == Direction::Narrows),
        "{:#?}",
        r.findings
    );
    assert!(diff_texts(&gpc, &gpc).findings.is_empty());
}

#[test]
fn a_kind_of_encryption_no_longer_promised_widens() {
    let policy = |s: &str| {
        format!(
            "# Security\n\n{s}\n\n# Sharing\n\nWe share your email address with our payment processors.\n"
        )
    };
    let both = policy("All personal information is encrypted in transit and at rest.");
    let transit = policy("Personal information is encrypted in transit.");
    let r = diff_texts(&both, &transit);
    let f = sole_finding(&r, "safeguard_dropped", Direction::Widens);
    assert!(
        f.why.contains("encryption of stored data (at rest)"),
        "{}",
        f.why
    );
    assert!(!f.why.contains("in transit"), "{}", f.why);
    // End-to-end encryption dropped is high; it covers encryption in transit.
    let e2e = policy("Your messages are end-to-end encrypted.");
    let r = diff_texts(&e2e, &transit);
    let f: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind == "safeguard_dropped")
        .collect();
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
    assert_eq!(f[0].severity, policy_diff::compare::Severity::High);
    assert!(f[0].why.contains("end-to-end encryption"), "{}", f[0].why);
    assert!(
        !diff_texts(&transit, &e2e)
            .findings
            .iter()
            .any(|f| f.kind == "safeguard_dropped"),
        "end-to-end covers in transit"
    );
    // Denied, it is no promise.
    let r = diff_texts(
        &policy("Our software does not encrypt e-mail messages."),
        &policy("We collect your name."),
    );
    no_finding(&r, |k| k.starts_with("safeguard"));
}

#[test]
fn a_collection_that_loses_its_only_widens() {
    let policy = |s: &str| format!("# Location\n\n{s}\n");
    let r = diff_texts(
        &policy("We collect your precise location only while you are using the app."),
        &policy(
            "We collect your precise location, including when the app is running in the background.",
        ),
    );
    let f = sole_finding(&r, "condition_removed", Direction::Widens);
    assert!(
        f.why.contains("only while you are using the app"),
        "{}",
        f.why
    );
    // "Only" before the verb limits it as well; an occasion without it does not.
    let r = diff_texts(
        &policy("We only collect your precise location while you use the app."),
        &policy("We collect your precise location."),
    );
    some_finding(&r, |k| k == "condition_removed");
    let r = diff_texts(
        &policy("We collect your email address when you register."),
        &policy("We collect your email address."),
    );
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn consent_for_advertising_traded_for_legitimate_interests_widens() {
    let r = diff_texts(
        "# Legal bases\n\nWe use your personal information for personalised advertising based on your consent.\n",
        "# Legal bases\n\nWe use your personal information for personalised advertising based on our legitimate interests.\n",
    );
    let f = sole_finding(&r, "choice_removed", Direction::Widens);
    // What the consent governed is said, as what it governed, not a limit.
    assert!(f.why.contains("for advertising"), "{}", f.why);
    assert!(!f.why.contains("only"), "{}", f.why);
}

#[test]
fn sharing_no_longer_held_to_parties_that_protect_the_data_widens() {
    let r = diff_texts(
        "# Sharing\n\nWe only share your information with third parties that have agreed to protect it.\n",
        "# Sharing\n\nWe share your information with third parties.\n",
    );
    let f = sole_finding(&r, "condition_removed", Direction::Widens);
    assert!(
        f.why.contains("that have agreed to protect it"),
        "{}",
        f.why
    );
}

#[test]
fn a_list_no_longer_waiting_for_consent_still_collects_its_items() {
    let list = |lead: &str| {
        format!("# Location\n\n{lead}\n\n- your precise location\n- nearby Wi-Fi networks\n")
    };
    let r = diff_texts(
        &list("If you enable location services, we collect:"),
        &list("We collect:"),
    );
    // (Not "no longer collects precise location": the bare lead-in's items
    // are still collected.)
    sole_finding(&r, "choice_removed", Direction::Widens);
}

#[test]
fn a_party_dropped_from_a_promises_list_widens() {
    let list = |items: &str| {
        format!("# Sharing\n\nWe do not share your personal information with:\n\n{items}")
    };
    let r = diff_texts(
        &list("- advertisers\n- data brokers\n"),
        &list("- data brokers\n"),
    );
    // (The lead-in alone promises nothing to no one: it does not cover the
    // advertisers the list no longer names.)
    let f = sole_finding(&r, "promise_dropped", Direction::Widens);
    assert_eq!(f.recipients, ["advertisers"]);
}

#[test]
fn messages_kept_after_delivery_widens() {
    let r = diff_texts(
        "# Messages\n\nYour messages are deleted from our servers once delivered.\n",
        "# Messages\n\nWe store your messages on our servers.\n",
    );
    assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
    let f = &r.findings[0];
    assert_eq!(f.direction, Direction::Widens);
    assert!(f.why.contains("not to retain messages"), "{}", f.why);
}

#[test]
fn notice_before_sharing_dropped_widens() {
    let policy = |s: &str| format!("# Business transfers\n\n{s}\n");
    // The advance-notice findings of a diff, as (kind, direction).
    let notices = |old: &str, new: &str| -> Vec<(String, Direction)> {
        diff_texts(&policy(old), &policy(new))
            .findings
            .into_iter()
            .filter(|f| f.kind.starts_with("advance_notice"))
            .map(|f| (f.kind, f.direction))
            .collect()
    };
    let told = "If we sell our business, we will notify you before your personal information is transferred to the buyer.";
    let untold =
        "If we sell our business, your personal information may be transferred to the buyer.";
    let r = diff_texts(&policy(told), &policy(untold));
    let f = finding_of(&r, "advance_notice_dropped");
    assert_eq!(f.direction, Direction::Widens);
    assert!(f.why.contains("before it would share"), "{}", f.why);
    assert!(f.old.is_some() && f.new.is_some(), "both quoted");
    assert_eq!(
        notices(untold, told),
        [("advance_notice_added".to_string(), Direction::Narrows)]
    );
    // Told in other words, it is still promised; notice of the policy's own
    // changes is another matter.
    let reworded = "If we sell our business, we will provide notice prior to transferring your personal information to the buyer.";
    assert_eq!(notices(told, reworded), []);
    assert_eq!(
        notices(
            "We will notify you by email before changes to this policy take effect.",
            "We may change this policy at any time."
        ),
        []
    );
}

#[test]
fn a_practice_no_longer_waiting_for_the_user_to_enable_it_widens() {
    let policy = |s: &str| format!("# Location\n\n{s}\n");
    let r = diff_texts(
        &policy("If you enable location services, we may share your location with advertisers."),
        &policy("We may share your location with advertisers."),
    );
    // One finding: the condition that was the opt-in is not told again.
    let f = sole_finding(&r, "choice_removed", Direction::Widens);
    assert!(f.why.contains("opt-in"), "{}", f.why);
    // Reworded, the step is still the user's to take.
    let r = diff_texts(
        &policy("If you choose to enable location services, we collect your precise location."),
        &policy("When you turn on location services, we collect your precise location."),
    );
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn an_opt_out_held_to_one_browser_narrows_the_choice() {
    let policy =
        |s: &str| format!("# Your choices\n\nYou can opt out of interest-based advertising.{s}\n");
    let everywhere = policy(" Your choice applies across all your devices.");
    let here =
        policy(" Your choice applies only to the browser and device you use when you opt out.");
    let r = diff_texts(&everywhere, &here);
    let f = sole_finding(&r, "choice_narrowed", Direction::Widens);
    assert!(f.why.contains("only on the browser or device"), "{}", f.why);
    let r = diff_texts(&here, &everywhere);
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == "choice_widened" && f.direction == Direction::Narrows),
        "{:#?}",
        r.findings
    );
    // With no opt-out on the other side, the limit is no narrowing of one.
    let r = diff_texts("# Data\n\nWe collect your email address.\n", &here);
    no_finding(&r, |k| k == "choice_narrowed");
}

#[test]
fn an_opt_out_made_harder_to_use_is_narrowed() {
    let policy = |s: &str| {
        format!("# Your choices\n\nYou can opt out of the sale of your personal information {s}.\n")
    };
    let online = policy("by clicking Do Not Sell My Personal Information");
    let post = policy("by mailing a signed letter to our office");
    let r = diff_texts(&online, &post);
    let f = sole_finding(&r, "choice_narrowed", Direction::Widens);
    assert!(
        f.why.contains("is by post; the old version's was online"),
        "{}",
        f.why
    );
    assert!(f.old.is_some() && f.new.is_some(), "{f:#?}");
    let r = diff_texts(&post, &online);
    some_finding(&r, |k| k == "choice_widened");
    // An easy way kept beside a new hard one is no narrowing.
    let both = policy(
        "by clicking Do Not Sell My Personal Information or by mailing a signed letter to our office",
    );
    assert!(diff_texts(&online, &both).findings.is_empty());
}

#[test]
fn data_shared_only_de_identified_then_as_it_is_widens() {
    let share = |what: &str| format!("# Privacy\n\nWe share {what} with our partners.\n");
    let r = diff_texts(
        &share("aggregated location data"),
        &share("precise location data"),
    );
    let f = sole_finding(&r, "new_data_for_recipient", Direction::Widens);
    assert_eq!(f.data, ["precise-location"], "{f:#?}");
    assert!(
        f.why.contains("only aggregated or de-identified"),
        "{}",
        f.why
    );
    // De-identified data said to be about a kind is that kind
    // de-identified: shared "about your usage" as it is, it widens.
    let r = diff_texts(
        &share("aggregated, de-identified data about your usage"),
        &share("data about your usage"),
    );
    let f = sole_finding(&r, "new_data_for_recipient", Direction::Widens);
    assert_eq!(f.data, ["usage"], "{f:#?}");
    // The other way round, the data is no longer given as it is; the
    // de-identified kind beside it is no news of its own.
    let r = diff_texts(&share("your location"), &share("anonymized location data"));
    let f = sole_finding(&r, "data_no_longer_for_recipient", Direction::Narrows);
    assert_eq!(f.data, ["location"], "{f:#?}");
}

#[test]
fn a_case_carved_out_of_an_opt_out_narrows_it() {
    let a = "# Ads\n\nYou can opt out of interest-based advertising in your Ad Settings.\n";
    let b = "# Ads\n\nYou can opt out of interest-based advertising in your Ad Settings. This setting does not apply to ads based on information from our partners.\n";
    let r = diff_texts(a, b);
    let f = sole_finding(&r, "choice_narrowed", Direction::Widens);
    assert!(
        f.why.contains(
            "can still use personal information for advertising even after people opt out"
        ),
        "{}",
        f.why
    );
    sole_finding(&diff_texts(b, a), "choice_widened", Direction::Narrows);
    // Service messages sent all the same take nothing back.
    let c = "# Email\n\nYou can opt out of marketing emails. These choices do not apply to mandatory service communications.\n";
    let r = diff_texts("# Email\n\nYou can opt out of marketing emails.\n", c);
    no_finding(&r, |k| k.starts_with("choice_"));
}

#[test]
fn data_kept_past_a_deletion_narrows_the_right() {
    let a = "# Your rights\n\nYou can delete your account at any time, and we will delete all of your personal information.\n";
    let b = "# Your rights\n\nYou can delete your account at any time, but we may retain certain information for legitimate business purposes.\n";
    let r = diff_texts(a, b);
    let f = sole_finding(&r, "choice_narrowed", Direction::Widens);
    assert!(
        f.why.contains("can still retain personal information even after people ask for their data to be deleted"),
        "{}",
        f.why
    );
    sole_finding(&diff_texts(b, a), "choice_widened", Direction::Narrows);
    // What is kept only because the law requires it takes nothing back.
    let c = "# Your rights\n\nYou can delete your account at any time, but we may retain information as required by law.\n";
    let r = diff_texts(a, c);
    no_finding(&r, |k| k.starts_with("choice_"));
}

#[test]
fn a_practice_said_to_go_on_past_an_opt_out_narrows_it() {
    let a = "# Choices\n\nYou can opt out of personalized ads in Settings.\n";
    let b = format!(
        "{a}\nEven if you opt out, we may still use your activity on our apps to show you ads.\n"
    );
    let r = diff_texts(a, &b);
    let f = sole_finding(&r, "choice_narrowed", Direction::Widens);
    assert!(
        f.why
            .contains("can still use usage data for advertising even after people opt out"),
        "{}",
        f.why
    );
    // Quoted beside the old version's opt-out.
    assert!(
        f.old
            .as_ref()
            .is_some_and(|e| e.text.contains("opt out of personalized ads")),
        "{f:#?}"
    );
    let r = diff_texts(&b, a);
    sole_finding(&r, "choice_widened", Direction::Narrows);
    // Restated in other words over the same act, it is no change.
    let c = format!(
        "{a}\nWe may continue to use your activity to show you ads even after you opt out.\n"
    );
    let r = diff_texts(&b, &c);
    no_finding(&r, |k| k.starts_with("choice_"));
}

#[test]
fn a_sale_promised_only_as_one_reading_of_selling_is_a_weakened_promise() {
    // Mozilla's kind of rewording: the promise kept, the word "sell"
    // narrowed to one reading of it (or to one law's definition).
    let a = "# Sharing\n\nWe do not sell data about you.\n";
    for hedged in [
        "We do not sell data about you in the way that most people think about selling data.",
        "We do not sell data about you, as that term is defined under the CCPA.",
    ] {
        let b = format!("# Sharing\n\n{hedged}\n");
        let r = diff_texts(a, &b);
        let f = sole_finding(&r, "promise_weakened", Direction::Widens);
        assert!(f.why.contains("hedges that promise with “"), "{}", f.why);
        let r = diff_texts(&b, a);
        sole_finding(&r, "promise_strengthened", Direction::Narrows);
    }
    // A definition of what is sold is no hedge of the sale.
    let c = "# Sharing\n\nWe do not sell data about you, as defined in this policy.\n";
    let r = diff_texts(a, c);
    no_finding(&r, |k| k.starts_with("promise_"));
}

#[test]
fn a_merger_transfer_reworded_without_its_acquirer_keeps_its_recipient() {
    let a = "# Sharing\n\nIf we go through a merger or acquisition, your information may be transferred to the acquiring company.\n";
    let b = "# Sharing\n\nIf we go through a merger, acquisition or sale of assets, your information may be sold or transferred as part of that transaction.\n";
    for (old, new) in [(a, b), (b, a)] {
        let r = diff_texts(old, new);
        no_finding(&r, |k| {
            k.starts_with("recipient_") || k.contains("for_recipient")
        });
    }
    // (The sale in it is still news.)
    let r = diff_texts(a, b);
    sole_finding(&r, "now_sells", Direction::Widens);
}

#[test]
fn an_opt_out_over_just_what_the_other_version_does_is_whole_there() {
    // Meta's 2024 kind of change: the right to object to AI training
    // dropped while the posts still train AI is a choice removed, not a
    // partial one.
    let a = "# AI\n\nYou can object to our use of your public posts for developing AI.\n";
    let b = "# AI\n\nWe use your public posts to develop and improve AI.\n";
    let r = diff_texts(a, b);
    let f = sole_finding(&r, "choice_removed", Direction::Widens);
    assert!(f.why.contains("for AI and model training"), "{}", f.why);
    // Added where the other version did it, it narrows.
    let both = format!("{b}\nYou can object to our use of your public posts for developing AI.\n");
    let r = diff_texts(b, &both);
    sole_finding(&r, "choice_added", Direction::Narrows);
    // Scoped to what the other version does not do, it stays partial.
    let c = "# AI\n\nWe use your public posts to run the service.\n";
    let r = diff_texts(
        c,
        &format!("{c}\nYou can object to our use of your public posts for developing AI.\n"),
    );
    some_finding(&r, |k| k == "limited_choice_added");
}

#[test]
fn a_choice_that_comes_with_a_new_practice_narrows_nothing() {
    // PayPal's 2024 kind of change: sharing with merchants for ads, with an
    // opt-out, added to a policy that shared nothing. The sharing widens;
    // the opt-out is told beside it, over that sharing, as neutral.
    let a = "# Data\n\nWe use your payment information to process your purchases.\n";
    let b = format!(
        "{a}\nWe share information about your purchases with merchants so they can show you personalized ads. You can opt out in your settings.\n"
    );
    let of_kind = |r: &policy_diff::report::Report, kind: &str| finding_of(r, kind).clone();
    let r = diff_texts(a, &b);
    let f = of_kind(&r, "choice_added_with_practice");
    assert_eq!(f.direction, Direction::Neutral);
    assert!(f.why.contains("over sharing purchase history"), "{}", f.why);
    // Told after the sharing it comes with, not before it.
    assert_eq!(f.severity, Severity::Low);
    assert!(r.findings[0].kind == "new_recipient", "{:#?}", r.findings);
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == "new_recipient" && f.direction == Direction::Widens),
        "{:#?}",
        r.findings
    );
    assert!(
        r.findings.iter().all(|f| f.direction != Direction::Narrows),
        "{:#?}",
        r.findings
    );
    // Gone with its practice, the choice is told the same way.
    let r = diff_texts(&b, a);
    let f = of_kind(&r, "choice_removed_with_practice");
    assert_eq!(f.direction, Direction::Neutral);
    // Over a practice both versions state, it still narrows.
    let c = format!(
        "{a}\nWe share information about your purchases with merchants so they can show you personalized ads.\n"
    );
    let r = diff_texts(&c, &b);
    sole_finding(&r, "choice_added", Direction::Narrows);
}

#[test]
fn a_choice_over_a_disclosure_the_old_version_denied_narrows_nothing() {
    // The affiliates got other data before; the credit history they were
    // promised not to get comes now, with an opt-out. The opt-out comes
    // with that sharing.
    let a = "# Sharing\n\nWe share your contact information with our affiliates.\n\n\
             We do not share your credit history with our affiliates.\n";
    let b = "# Sharing\n\nWe share your contact information with our affiliates.\n\n\
             We share your credit history with our affiliates. You can opt out of this sharing.\n";
    let r = diff_texts(a, b);
    some_finding(&r, |k| k == "negation_dropped");
    let f = finding_of(&r, "choice_added_with_practice");
    assert_eq!(f.direction, Direction::Neutral);
    assert!(
        f.why
            .ends_with("a practice the old version said it did not engage in."),
        "{}",
        f.why
    );
    assert!(
        r.findings.iter().all(|f| f.direction != Direction::Narrows),
        "{:#?}",
        r.findings
    );
    // A denial for one purpose, or of personal information alone, denies
    // no other use: the opt-out over it narrows.
    for (denial, act) in [
        (
            "We do not share your contact information with partners for advertising.",
            "You can opt out of our sharing of your contact information with partners.",
        ),
        (
            "We do not use any other personal data.",
            "You can opt out of our use of your contact information for analytics.",
        ),
    ] {
        let a = format!(
            "# Data\n\n{denial}\n\nWe share your contact information with partners for analytics.\n\n\
             We use your contact information for analytics.\n"
        );
        let b = format!("{a}\n{act}\n");
        let r = diff_texts(&a, &b);
        no_finding(&r, |k| k == "choice_added_with_practice");
        some_finding(&r, |k| k == "choice_added");
    }
}

#[test]
fn a_promise_not_to_buy_data_is_no_promise_not_to_collect_it() {
    // A browser maker's 2025 FAQ: "we don't buy data about you" beside a
    // promise that data stays on the device is a promise of its own, about
    // data from others, not one that covers all collection.
    let a = "# FAQ\n\nWe do not collect your browsing history.\n";
    let b = "# FAQ\n\nWe do not collect your browsing history.\n\nWe don't buy data about you.\n";
    let r = diff_texts(a, b);
    let f = finding_of(&r, "new_promise");
    assert!(
        f.why
            .contains("not to collect personal information from third parties"),
        "{}",
        f.why
    );
    no_finding(&r, |k| k == "promise_broadened");
    // Dropping the promise not to collect while keeping the one not to buy
    // drops a promise.
    let r = diff_texts(b, "# FAQ\n\nWe don't buy data about you.\n");
    some_finding(&r, |k| k == "promise_dropped");
}

#[test]
fn an_opt_out_that_leaves_the_data_sold_goes_on_past_it() {
    // A people-search site: opting out once removed the listing and the
    // record; now the record stays and is still licensed.
    let a = "# Records\n\nIf you opt out, we remove your report from our search results and from our database.\n";
    let b = "# Records\n\nIf you opt out, we remove your report from our search results, but we may keep your information in our database and continue to license it to our business customers.\n";
    let r = diff_texts(a, b);
    let f = finding_of(&r, "choice_narrowed");
    assert_eq!(f.direction, Direction::Widens);
}

#[test]
fn a_longer_period_in_a_clause_of_its_own_lengthens_the_keeping() {
    // An AI assistant's 2025 change: the 30 days stay, for those who turn
    // the setting off; a new sentence keeps the conversations five years.
    let a = "# Chats\n\nWe delete your conversations from our systems within 30 days after you delete them.\n";
    let b = format!(
        "{a}\nIf you allow us to use your conversations for training, we keep them for up to five years.\n"
    );
    let r = diff_texts(a, &b);
    let f = finding_of(&r, "retention_lengthened");
    assert_eq!(f.direction, Direction::Widens);
    assert!(
        f.why
            .contains("for up to 5 years; the old version said 30 days"),
        "{}",
        f.why
    );
    assert!(f.old.is_some() && f.new.is_some(), "{f:#?}");
    // The other way round, the keeping is shortened.
    let r = diff_texts(&b, a);
    let f = finding_of(&r, "retention_shortened");
    assert_eq!(f.direction, Direction::Narrows);
    // A shorter period added says nothing; nor one for data named only
    // generally.
    let c = format!("{a}\nFlagged conversations are kept for 7 days.\n");
    no_finding(&diff_texts(a, &c), |k| k.starts_with("retention_"));
    let d = "# Chats\n\nWe keep your personal information for 30 days.\n";
    let e = format!("{d}\nWe keep your conversations for up to five years.\n");
    no_finding(&diff_texts(d, &e), |k| k.starts_with("retention_"));
}

#[test]
fn a_promise_to_no_one_is_a_promise_to_anyone() {
    // "Not … to anyone" and "never" promise the same; narrowed to one kind
    // of party, it is narrowed either way.
    let never = "# Sale\n\nWe will never sell your personal data.\n";
    let anyone = "# Sale\n\nWe don't sell your personal information to anyone.\n";
    let advertisers = "# Sale\n\nWe don't sell your personal information to advertisers.\n";
    for (a, b) in [(never, anyone), (anyone, never)] {
        let r = diff_texts(a, b);
        no_finding(&r, |k| k.starts_with("promise_"));
    }
    for a in [never, anyone] {
        let r = diff_texts(a, advertisers);
        sole_finding(&r, "promise_narrowed", Direction::Widens);
    }
}

#[test]
fn a_sentence_carving_a_case_out_of_a_promise_weakens_it() {
    // The promise is word for word the same; the sentence after it makes
    // the exception.
    let a = "# Sharing\n\nWe will never sell your data.\n";
    let b = "# Sharing\n\nWe will never sell your data. This does not apply to data shared with our advertising partners.\n";
    let r = diff_texts(a, b);
    let f = sole_finding(&r, "promise_weakened", Direction::Widens);
    assert!(
        f.why
            .contains("this does not apply to data shared with our advertising partners"),
        "{}",
        f.why
    );
    // Not after a statement that promises nothing, nor a policy's scope.
    let c = "# Sharing\n\nWe share your data with partners.\n";
    let r = diff_texts(
        c,
        &format!("{c}This does not apply to data we receive from our advertising partners.\n"),
    );
    no_finding(&r, |k| k.contains("promise"));
    let d = "# Sharing\n\nWe will never sell your data. This policy does not apply to third-party websites.\n";
    let r = diff_texts(a, d);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn data_kept_apart_then_combined_drops_a_promise() {
    let r = diff_texts(
        "# Data\n\nWe keep your viewing history separate from your other account data.\n",
        "# Data\n\nWe may combine your viewing history with your other account data.\n",
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == "negation_dropped" && f.why.contains("not to combine")),
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_disclosure_rewritten_to_more_recipients_is_compared_with_the_old_one() {
    // Rewritten too far to align, the disclosure to law enforcement is still
    // the one the new sentence makes, to more recipients: its condition went
    // from the law to the company's judgement.
    let r = diff_texts(
        "# Sharing\n\nWe share your information with law enforcement only when required by a valid subpoena or court order.\n",
        "# Sharing\n\nWe may share your information with law enforcement, government agencies, or other third parties if we believe it is reasonably necessary to protect our rights.\n",
    );
    let kinds: Vec<&str> = r.findings.iter().map(|f| f.kind.as_str()).collect();
    assert!(kinds.contains(&"condition_loosened"), "{:#?}", r.findings);
    assert!(kinds.contains(&"new_recipient"), "{:#?}", r.findings);
}

#[test]
fn collection_in_the_background_added_widens() {
    let a = "# Location\n\nWe collect your location when you request a ride.\n";
    let b = "# Location\n\nWe may collect location information when the app is running in the background, even if you are not using the app.\n";
    let r = diff_texts(a, b);
    let f = sole_finding(&r, "collected_in_background", Direction::Widens);
    assert_eq!(f.data, ["location"], "{f:#?}");
    // Quoted beside the old version's collection of the same data.
    assert!(
        f.old
            .as_ref()
            .is_some_and(|e| e.text.contains("request a ride")),
        "{f:#?}"
    );
    sole_finding(
        &diff_texts(b, a),
        "no_longer_collected_in_background",
        Direction::Narrows,
    );
    // Said in other words on both sides, it is no change.
    let c = "# Location\n\nWe collect your precise location even when the app is closed.\n";
    let r = diff_texts(b, c);
    no_finding(&r, |k| k.contains("background"));
}

#[test]
fn inactive_accounts_kept_longer_is_a_longer_retention() {
    let r = diff_texts(
        "# Retention\n\nWe delete inactive accounts after 24 months.\n",
        "# Retention\n\nInactive accounts are deleted after 5 years.\n",
    );
    let f = sole_finding(&r, "retention_lengthened", Direction::Widens);
    assert!(
        f.why.contains("account information for up to 5 years") && f.why.contains("24 months"),
        "{}",
        f.why
    );
}

#[test]
fn a_disclosure_made_without_a_warrant_or_consent_is_loosened() {
    // Ring's kind of change: footage for the police once only with a
    // warrant or the owner's consent, then also in emergencies without
    // either.
    let r = diff_texts(
        "# Police\n\nWe may share doorbell footage with police only with a warrant or your consent.\n",
        "# Police\n\nWe may share doorbell footage with police in emergencies without a warrant or your consent.\n",
    );
    let kinds: Vec<(&str, Direction)> = r
        .findings
        .iter()
        .map(|f| (f.kind.as_str(), f.direction))
        .collect();
    // The consent the old version asked for is gone (the new one names it
    // only as what the act goes without), and the law no longer compels it.
    assert_eq!(
        kinds,
        [
            ("choice_removed", Direction::Widens),
            ("condition_loosened", Direction::Widens)
        ],
        "{:#?}",
        r.findings
    );
    assert!(
        r.findings[1].why.contains("without a warrant"),
        "{}",
        r.findings[1].why
    );
}

#[test]
fn a_promise_about_children_told_apart_by_their_age() {
    let promise = |age: u32| {
        format!(
            "# Children\n\nWe do not knowingly collect personal information from children under {age}.\n"
        )
    };
    let r = diff_texts(&promise(16), &promise(13));
    let f = sole_finding(&r, "promise_narrowed", Direction::Widens);
    assert!(
        f.why.contains("(under 16)") && f.why.contains("(under 13)"),
        "{}",
        f.why
    );
    let r = diff_texts(&promise(13), &promise(16));
    sole_finding(&r, "promise_broadened", Direction::Narrows);
    // The age of the children the promise is about, not of another clause's:
    let r = diff_texts(
        &promise(13),
        "# Children\n\nOur services are not directed at children under 18, and we do not knowingly collect personal information from children under 13.\n",
    );
    no_finding(&r, |k| k.starts_with("promise"));
}

#[test]
fn an_opt_out_of_targeted_advertising_dropped_beside_a_kept_sale_opt_out_widens() {
    let r = diff_texts(
        "# Rights\n\nYou can opt out of the sale of your personal information and targeted advertising by clicking Do Not Sell or Share My Personal Information.\n",
        "# Rights\n\nYou can opt out of the sale of your personal information by clicking Do Not Sell My Personal Information.\n",
    );
    let f = finding_of(&r, "choice_removed");
    assert_eq!(f.direction, Direction::Widens);
    assert!(
        f.why.contains("over using data for advertising"),
        "{}",
        f.why
    );
}

#[test]
fn plain_rewordings_report_nothing() {
    // Each pair says the same thing in other words.
    for (old, new) in [
        // (A promise naming no data is no broader than one about personal
        // information.)
        (
            "Your personal information is not stored on our systems.",
            "All document copies go straight to our payment provider without being saved on our systems.",
        ),
        (
            "We share your data with service providers, who may not use it for any other purpose.",
            "We share your data with service providers, who may use it only to provide services to us.",
        ),
        (
            "We use your email address to send the newsletter. We will not use it for any other purpose.",
            "We use your email address to send the newsletter. We will not use it for any purpose other than sending the newsletter.",
        ),
        (
            "We use your email address to send the newsletter and will not use it for advertising.",
            "We use your email address to send the newsletter. We do not use it for advertising.",
        ),
        (
            "We use third-party analytics providers such as Google Analytics to understand how you use our service.",
            "We share usage data with analytics partners, including Google Analytics, to learn how our service is used.",
        ),
        (
            "We may share your information with our affiliates and subsidiaries.",
            "Your information may be disclosed to companies within our corporate group.",
        ),
        (
            "We do not share your personal information with third parties for their direct marketing purposes.",
            "We will not disclose your personal data to third parties so that they can market their products to you.",
        ),
        (
            "We may share your information with a buyer if we are involved in a merger or acquisition.",
            "If we are acquired by or merged with another company, your information may be transferred to that company.",
        ),
        (
            "We share your phone number with Facebook.",
            "Facebook receives your phone number.",
        ),
        (
            "We share your location with our advertising partners.",
            "Our advertising partners receive your location from us.",
        ),
        (
            "We may share your information with companies that help us provide the service.",
            "Vendors who help us run the service may receive your information from us.",
        ),
        (
            "We collect the content of your messages to provide the service.",
            "To provide the service, we process the messages you send.",
        ),
        (
            "We will disclose your personal information to comply with a subpoena or court order.",
            "We may share personal data when required by a court order, subpoena or other legal process.",
        ),
    ] {
        let r = diff_texts(&format!("# P\n\n{old}\n"), &format!("# P\n\n{new}\n"));
        assert!(r.findings.is_empty(), "{old} → {new}: {:#?}", r.findings);
    }
}

#[test]
fn a_safeguard_said_absent_is_no_limit_on_a_disclosure() {
    // "Without asking you first" takes nothing away from the sharing: the
    // consent gone is the story, not a condition that narrows.
    let r = diff_texts(
        "# Sharing\n\nWe only share your data with your explicit consent.\n",
        "# Sharing\n\nWe may share your data with partners without asking you first.\n",
    );
    assert!(
        r.findings.iter().all(|f| f.direction == Direction::Widens),
        "{:#?}",
        r.findings
    );
    some_finding(&r, |k| k == "choice_removed");
}

#[test]
fn more_data_behind_this_information_is_more_data_shared() {
    let why = only_why(
        "# Sharing\n\nWe collect your email address.\nWe share this information with advertisers.\n",
        "# Sharing\n\nWe collect your email address and your precise location.\nWe share this information with advertisers.\n",
        "new_data_for_recipient",
    );
    assert!(why.contains("precise location with advertisers"), "{why}");
}

#[test]
fn a_promise_limited_to_other_purposes_promises_less() {
    let why = only_why(
        "# Use\n\nWe will not use your email address.\n",
        "# Use\n\nWe will not use your email address for any other purpose.\n",
        "promise_narrowed",
    );
    assert!(
        why.contains("only promises not to use email address for other purposes"),
        "{why}"
    );
    // And "their own purposes" are other purposes than the company's.
    let providers = |purpose: &str| {
        format!("# Use\n\nService providers are prohibited from using your data for {purpose}.\n")
    };
    let why = only_why(
        &providers("any other purpose"),
        &providers("their own marketing purposes"),
        "promise_narrowed",
    );
    assert!(why.contains("the recipients' own purposes"), "{why}");
}

#[test]
fn a_disclosure_newly_called_a_sale_is_a_sale() {
    let why = only_why(
        "# Sharing\n\nWe share your personal information with advertising partners.\n",
        "# Sharing\n\nWe share your personal information with advertising partners, which may be considered a sale under California law.\n",
        "now_sells",
    );
    assert!(why.contains("may sell personal information"), "{why}");
}

#[test]
fn a_company_named_by_name_reads_as_one() {
    // The vocabulary's group of companies named by name: not "names named
    // companies".
    let w = only_why(
        "# Sharing\n\nWe share your data with third parties.\n",
        "# Sharing\n\nWe share your data with third parties.\n\nWe share your data with Veriff.\n",
        "recipient_named",
    );
    assert_eq!(
        w,
        "The new version names a company by name as a recipient, within a broader group the old version already named."
    );
}

#[test]
fn a_recipient_passing_data_on_is_not_whom_the_company_shares_with() {
    // A list item's later sentence in which its party passes the data on
    // says what the party does: the company's disclosure reaches the
    // party, not the party's own recipients.
    let ex = extractor();
    let text = "# Sharing\n\nWe share your information with these parties:\n\n- Advertisers. Advertisers may pass your data on to their partners.\n- People you share and communicate with. In some cases, people you share and communicate with may re-share your content with others.\n";
    let p = policy_from_text("p.md", text, None, &ex);
    let company: Vec<(&str, Vec<String>)> = p
        .clauses
        .iter()
        .flat_map(|c| {
            c.practices
                .iter()
                .filter(|q| q.actor == "first-party" && !q.recipients.is_empty())
                .map(|q| (&*c.clause.text, q.recipients.clone()))
        })
        .collect();
    assert_eq!(
        company,
        [
            ("Advertisers.", vec!["advertisers".to_string()]),
            (
                "People you share and communicate with.",
                vec!["other-users".to_string()]
            ),
        ],
        "{:#?}",
        p.clauses
    );
    // Nor, in a diff, are other users' onward recipients the company's:
    // that other users get the content is the change.
    let before = "# Sharing\n\nWe share your email address with service providers.\n";
    let r = diff_texts(
        before,
        &format!(
            "{before}\nPeople you share and communicate with may re-share your posts with others.\n"
        ),
    );
    let recipients = finding_recipients(&r);
    assert_eq!(recipients, ["other-users"], "{:#?}", r.findings);
}

#[test]
fn the_public_passing_on_what_it_saw_is_not_the_company_sharing() {
    // "Anyone who can see it" is who shares, past a fronted condition; the
    // company's disclosure is to the public, not to the others the public
    // passes it to.
    let before = "# Sharing\n\nWe share your email address with service providers.\n";
    let r = diff_texts(
        before,
        &format!(
            "{before}\nIf you post something publicly, anyone who can see it can share it with others, including the apps they use.\n"
        ),
    );
    let recipients = finding_recipients(&r);
    assert!(!recipients.contains(&"third-parties"), "{:#?}", r.findings);
}

#[test]
fn the_companys_own_family_is_its_affiliates_not_itself() {
    // In Facebook's own policy "the Facebook companies" are its affiliates;
    // in another's, Facebook too.
    let ex = extractor();
    let own = "# Facebook Data Policy\n\nFacebook collects your email address. Facebook uses it to run the service. Facebook keeps it for a year.\n\nWe share information within the Facebook companies.\n";
    let p = policy_from_text("p.md", own, None, &ex);
    let recipients: Vec<&String> = p
        .clauses
        .iter()
        .flat_map(|c| c.practices.iter().flat_map(|q| q.recipients.iter()))
        .collect();
    assert_eq!(recipients, ["affiliates"], "{:#?}", p.clauses);
    let other = "# Acme Privacy Policy\n\nAcme collects your email address. Acme uses it to run the service. Acme keeps it for a year.\n\nWe share information with the Facebook companies.\n";
    let p = policy_from_text("p.md", other, None, &ex);
    let recipients: Vec<&String> = p
        .clauses
        .iter()
        .flat_map(|c| c.practices.iter().flat_map(|q| q.recipients.iter()))
        .collect();
    assert!(
        recipients.iter().any(|r| *r == "facebook"),
        "{:#?}",
        p.clauses
    );
}

#[test]
fn withholding_nothing_named_is_no_choice_to_compare() {
    // Boilerplate about not using the service, or a request's details,
    // offers no choice over data: adding it adds none.
    let a = "# Privacy\n\nWe collect your email address to run your account.\n";
    for added in [
        "If you do not agree with this Privacy Policy, you should not use our Services.",
        "We cannot process your request if you do not provide us with sufficient detail.",
    ] {
        let r = diff_texts(a, &format!("{a}\n{added}\n"));
        no_finding(&r, |k| k.starts_with("choice_"));
    }
    // (Withholding named data is one.)
    let r = diff_texts(
        a,
        &format!("{a}\nYou can choose not to provide your phone number.\n"),
    );
    some_finding(&r, |k| k.starts_with("choice_"));
}

#[test]
fn data_still_collected_with_a_setting_off_narrows_the_setting() {
    let a = "# Telemetry\n\nYou can turn telemetry off in Settings.\n";
    let b = "# Telemetry\n\nYou can turn telemetry off in Settings; some interaction data is still collected when telemetry is off.\n";
    let r = diff_texts(a, b);
    let f = sole_finding(&r, "choice_narrowed", Direction::Widens);
    assert!(
        f.why
            .contains("can still collect usage data whatever people set in their privacy settings"),
        "{}",
        f.why
    );
    sole_finding(&diff_texts(b, a), "choice_widened", Direction::Narrows);
}

#[test]
fn a_sale_of_de_identified_data_says_so() {
    let a = "# Sharing\n\nWe share vehicle data with your dealer.\n";
    let b = "# Sharing\n\nWe share vehicle data with your dealer.\n\nWe may sell de-identified vehicle data to urban planners.\n";
    let r = diff_texts(a, b);
    let f = r
        .findings
        .iter()
        .find(|f| f.kind == "now_sells")
        .expect("now_sells");
    assert!(
        f.why
            .contains("may sell device information (aggregated or de-identified)"),
        "{}",
        f.why
    );
}

#[test]
fn the_companys_own_new_purpose_is_told_apart_from_the_parties_own() {
    let a = "# Use\n\nWe use your posts to personalize our services.\n";
    let b = "# Use\n\nWe use your posts to personalize our services and to train artificial intelligence models.\n\nOur affiliates and AI providers may also use your posts to train their models.\n";
    let r = diff_texts(a, b);
    let f = r
        .findings
        .iter()
        .find(|f| f.kind == "new_recipient")
        .expect("new_recipient");
    assert!(
        f.recipients.contains(&"affiliates".to_string())
            && f.recipients.contains(&"service-providers".to_string()),
        "{f:#?}"
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == "new_purpose" && f.purposes == ["ai-training"]),
        "{:#?}",
        r.findings
    );
    // Where only the parties' use names it, their finding tells it.
    let c = "# Use\n\nWe use your posts to personalize our services.\n\nOur affiliates may also use your posts to train their models.\n";
    let r = diff_texts(a, c);
    no_finding(&r, |k| k == "new_purpose");
}

#[test]
fn a_promise_kept_until_a_court_order_names_who_may_get_the_data() {
    // Dropped, it is one finding: the promise, not a new recipient the old
    // version named in it.
    let a = "# Law enforcement\n\nWe will never share your health data with law enforcement without a court order.\n";
    let b = "# Law enforcement\n\nWe may disclose your health data to law enforcement when we believe in good faith that the law requires it.\n";
    let r = diff_texts(a, b);
    let f = sole_finding(&r, "promise_dropped", Direction::Widens);
    assert!(f.why.contains("“without a court order”"), "{}", f.why);
}

#[test]
fn new_data_for_a_recipient_is_quoted_beside_what_the_old_version_gave_it() {
    let a = "# Sharing\n\nWe never sell data about you.\n\nSearch queries are sent to the search provider you choose.\n";
    let b = "# Sharing\n\nWe never sell data about you.\n\nSearch queries are sent to the search provider you choose.\n\nYour chatbot prompts are sent to the model provider you select.\n";
    let r = diff_texts(a, b);
    let f = sole_finding(&r, "new_data_for_recipient", Direction::Widens);
    assert!(
        f.old
            .as_ref()
            .is_some_and(|e| e.text.contains("search provider")),
        "{f:#?}"
    );
}

#[test]
fn a_promise_not_to_collect_is_answered_by_the_new_passage_that_acts_on_the_data() {
    // Licensing viewing data presupposes collecting it; the diagnostic
    // data both versions collect is no evidence of the change.
    let a = "# Viewing\n\nWe collect diagnostic information such as crash reports.\n\nWe do not collect information about the programs you watch.\n";
    let b = "# Viewing\n\nWe collect diagnostic information such as crash reports.\n\nWe license viewing data to advertisers so they can target ads on other devices in your household.\n";
    let r = diff_texts(a, b);
    let f = finding_of(&r, "promise_dropped");
    assert!(
        f.why.ends_with(
            "and says it sells usage data to advertisers and ad networks for advertising."
        ),
        "{}",
        f.why
    );
    assert!(
        f.new
            .as_ref()
            .is_some_and(|e| e.text.starts_with("We license")),
        "{f:#?}"
    );
    // The household is where the ads show, not who gets the data.
    assert!(
        !finding_recipients(&r).contains(&"other-users"),
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_case_carved_out_of_a_deletion_period_is_a_loophole() {
    let a = "# Keeping\n\nWe erase your data within 30 days after you close your account.\n";
    let b = "# Keeping\n\nWe erase your data within 30 days after you close your account, except where we must keep it for our legitimate business purposes.\n";
    let r = diff_texts(a, b);
    let f = sole_finding(&r, "condition_added", Direction::Widens);
    assert!(f.why.contains("“except where we must keep it"), "{}", f.why);
    let r = diff_texts(b, a);
    sole_finding(&r, "condition_removed", Direction::Narrows);
    // (A case that ends the keeping sooner is no loophole.)
    let c = "# Keeping\n\nInformation associated with your account is kept until your account is deleted.\n";
    let d = "# Keeping\n\nInformation associated with your account is kept until your account is deleted, unless we no longer need it to provide the service.\n";
    assert!(
        diff_texts(c, d).findings.is_empty(),
        "{:#?}",
        diff_texts(c, d).findings
    );
}

#[test]
fn a_promise_kept_only_in_a_mode_of_the_service_is_a_condition_added() {
    let a = "# Your conversations\n\nWe do not use your conversations to train our models.\n";
    let b = "# Your conversations\n\nWhen you use Temporary Chat, your conversations are not used to train our models.\n";
    let r = diff_texts(a, b);
    let f = sole_finding(&r, "condition_added", Direction::Widens);
    assert!(
        f.why
            .contains("“When you use Temporary Chat” to its promise not to use")
            && f.why.ends_with("for AI and model training."),
        "{}",
        f.why
    );
}

#[test]
fn a_promise_kept_elsewhere_only_for_some_people_no_longer_covers_everyone() {
    // The 2024 kind of change: a promise not to train AI on members' data
    // turned into training, with the promise kept elsewhere for members in
    // some regions only.
    let a = "# AI\n\nWe do not use your personal data to train generative AI models.\n";
    let b = "# AI\n\nWe may use your posts to train generative AI models.\n\n# Regions\n\nWe do not use data from members located in the European Economic Area or Switzerland to train these models.\n";
    let r = diff_texts(a, b);
    let f = finding_of(&r, "promise_weakened");
    assert!(
        f.why.contains("keeps that promise only on the condition “members located in the European Economic Area or Switzerland”"),
        "{}",
        f.why
    );
    // (The same promise, made to everyone in both, is kept.)
    let c = "# AI\n\nWe may use your posts to train generative AI models.\n\n# Regions\n\nWe do not use your personal data to train generative AI models.\n";
    assert!(
        diff_texts(a, c)
            .findings
            .iter()
            .all(|f| !f.kind.starts_with("promise")),
        "{:#?}",
        diff_texts(a, c).findings
    );
}

#[test]
fn a_dropped_promise_is_answered_by_the_disclosure_to_the_platforms_named_before() {
    // "These platforms" are the advertising platforms of the sentence
    // before, and of the data disclosed the email addresses are the ones
    // promised.
    let a = "# Sharing\n\nWe do not share your email address with advertisers.\n";
    let b = "# Sharing\n\nWe use pixels from advertising platforms such as Facebook to measure our advertising. Through these technologies we may disclose hashed email addresses and IP addresses to these platforms.\n";
    let r = diff_texts(a, b);
    let f = finding_of(&r, "promise_dropped");
    assert!(
        f.why
            .ends_with("and says it shares hashed email address with advertisers and ad networks."),
        "{}",
        f.why
    );
}

#[test]
fn a_disclosure_that_drops_its_only_no_longer_rules_out_other_recipients() {
    let a = "# Sharing\n\nYour answers to the intake questionnaire are shared only with your therapist.\n";
    let b =
        "# Sharing\n\nYour answers to the intake questionnaire are shared with your therapist.\n";
    let f = sole_finding(&diff_texts(a, b), "condition_removed", Direction::Widens).clone();
    assert!(
        f.why.ends_with("it no longer rules out other recipients."),
        "{}",
        f.why
    );
    sole_finding(&diff_texts(b, a), "condition_added", Direction::Narrows);
    // (The "only" moved after the preposition is the same restriction.)
    let c = "# Sharing\n\nWe will only share transaction information with those third parties.\n";
    let d = "# Sharing\n\nWe will share transaction information with only those third parties.\n";
    let r = diff_texts(c, d);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn a_promise_to_employers_alone_does_not_cover_other_recipients() {
    // Insurers dropped from a promise that still names employers narrow
    // it; and the promise about law enforcement, turned into a disclosure,
    // is dropped — employers are not every third party.
    let a = "# Sharing\n\nWe do not share your genetic data with employers or insurance companies.\nWe will not disclose your genetic data to law enforcement unless we are compelled by a valid court order.\n";
    let b = "# Sharing\n\nWe do not share your genetic data with employers.\nWe may disclose your genetic data to law enforcement when we believe disclosure is necessary to comply with the law.\n";
    let r = diff_texts(a, b);
    let narrowed = finding_of(&r, "promise_narrowed");
    assert_eq!(narrowed.direction, Direction::Widens);
    // (Labels that hold lists of their own are kept apart.)
    assert!(
        narrowed.why.contains(
            "with employers and recruiters, and banks, credit bureaus and insurers; the new version only promises not to share genetic data with employers"
        ),
        "{}",
        narrowed.why
    );
    let dropped = finding_of(&r, "promise_dropped");
    assert_eq!(dropped.recipients, ["law-enforcement"], "{dropped:#?}");
}

#[test]
fn a_promises_exception_left_to_the_companys_judgement_loosens_it() {
    let a = "# Police\n\nWe do not give law enforcement access to your recordings without a warrant, except in an emergency involving imminent danger of death or serious injury.\n";
    let b = "# Police\n\nWe do not give law enforcement access to your recordings without a warrant, except where we believe in good faith that an emergency requires it.\n";
    let f = sole_finding(&diff_texts(a, b), "condition_loosened", Direction::Widens).clone();
    // (The promise is told by its data and parties: no purpose is read
    // into a denied disclosure to the authorities.)
    assert!(
        f.why.starts_with(
            "The new version leaves the exception to its promise not to share messages and content with law enforcement and authorities to the company's judgement"
        ),
        "{}",
        f.why
    );
    sole_finding(&diff_texts(b, a), "condition_tightened", Direction::Narrows);
}

#[test]
fn a_choice_over_a_practice_with_new_data_comes_with_it() {
    // Recordings are made in both versions; the facial templates are new, so
    // the opt-in over making them comes with that collection, which its
    // own finding reports.
    let a = "# Videos\n\nYour cameras record video and audio recordings when they detect motion.\n";
    let b = "# Videos\n\nYour cameras record video and audio recordings when they detect motion.\nIf you turn on Familiar Faces, we create facial templates of the people who appear in your videos so that we can recognize them.\n";
    let r = diff_texts(a, b);
    let kinds: Vec<&str> = r.findings.iter().map(|f| f.kind.as_str()).collect();
    assert_eq!(
        kinds,
        ["new_data_collected", "choice_added_with_practice"],
        "{:#?}",
        r.findings
    );
    assert_eq!(r.findings[0].data, ["biometrics"], "{:#?}", r.findings);
}

#[test]
fn a_promise_that_reads_the_act_narrowly_covers_none_anywhere() {
    // Reworded in another place, "in the way most people think about
    // selling data" leaves out what the law also calls a sale.
    let a = "# Selling\n\nNo. We have never sold your personal data and we never will.\n";
    let b = "# Selling\n\nWe don't sell data about you in the way most people think about selling data, and we don't buy data about you.\n";
    // (Beside it, the new promise not to buy data: a promise of its own.)
    let r = diff_texts(a, b);
    assert!(
        r.findings
            .iter()
            .all(|f| f.kind == "promise_weakened" || f.kind == "new_promise"),
        "{:#?}",
        r.findings
    );
    let f = finding_of(&r, "promise_weakened").clone();
    assert_eq!(f.direction, Direction::Widens);
    assert!(
        f.why.ends_with(
            "hedges that promise with “in the way most people think about selling data”."
        ),
        "{}",
        f.why
    );
    // (A promise hedged in time elsewhere still covers it: it says what it
    // covers.)
    let c = "# Selling\n\nWe do not currently sell your personal information to anyone.\n";
    let r = diff_texts(a, c);
    assert!(
        r.findings.iter().all(|f| f.kind != "promise_weakened"),
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_dropped_promise_answered_by_a_de_identified_disclosure_says_so() {
    let a = "# Sponsored content\n\nSponsored content is chosen on your device; no data about your browsing leaves your device for it.\n";
    let b = "# Sponsored content\n\nTo make the browser commercially viable, we share de-identified data about your interactions with sponsored content, such as clicks and impressions, with our advertising partners.\n";
    let r = diff_texts(a, b);
    let f = finding_of(&r, "promise_dropped");
    assert!(
        f.why
            .starts_with("The old version promised not to collect usage data;")
            && f.why.contains(
                "and says it shares usage data (aggregated or de-identified) with advertisers"
            ),
        "{}",
        f.why
    );
}

#[test]
fn a_promises_exception_that_gains_a_case_weakens_it() {
    let a = "# Students\n\nWe do not build profiles of students except to support the school's educational purposes.\n";
    let b = "# Students\n\nWe do not build profiles of students except to support the school's educational purposes or to personalize learning.\n";
    let f = sole_finding(&diff_texts(a, b), "promise_weakened", Direction::Widens).clone();
    assert!(
        f.why.ends_with(
            "it adds “or to personalize learning” to “except to support the school's educational purposes”."
        ),
        "{}",
        f.why
    );
    sole_finding(
        &diff_texts(b, a),
        "promise_strengthened",
        Direction::Narrows,
    );
}

#[test]
fn a_dropped_promise_not_to_show_ads_to_children_is_reported() {
    let a = "# Children\n\nWe do not collect your child's name, and we do not show behavioral advertising to children.\n";
    let b = "# Children\n\nWe do not collect your child's name.\n";
    let f = sole_finding(&diff_texts(a, b), "promise_dropped", Direction::Widens).clone();
    assert!(
        f.why.starts_with(
            "The old version promised not to use children's personal information for advertising;"
        ),
        "{}",
        f.why
    );
}

#[test]
fn a_limit_on_collection_traded_for_the_background_says_both() {
    let a = "# Location\n\nWe collect your precise location only while the app is open.\n";
    let b =
        "# Location\n\nWe collect your precise location even when the app is in the background.\n";
    let f = sole_finding(&diff_texts(a, b), "condition_removed", Direction::Widens).clone();
    assert!(
        f.why.ends_with(
            "and says it collects precise location in the background, while the app is not in use."
        ),
        "{}",
        f.why
    );
    let f = sole_finding(&diff_texts(b, a), "condition_added", Direction::Narrows).clone();
    assert!(
        f.why
            .ends_with("and no longer says it collects precise location in the background."),
        "{}",
        f.why
    );
}

#[test]
fn a_dropped_promise_keeps_an_outright_denial_apart_from_one_for_a_purpose() {
    let a = "# Children\n\nWe do not collect any personal information from children, and we do not show behavioral advertising in the game.\n";
    let b = "# Children\n\nPuzzle Pals is made for children.\n";
    let f = sole_finding(&diff_texts(a, b), "promise_dropped", Direction::Widens).clone();
    assert!(
        f.why.starts_with(
            "The old version promised not to collect children's personal information, nor to use it for advertising;"
        ),
        "{}",
        f.why
    );
}
