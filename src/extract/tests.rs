use super::*;
use crate::segment::clauses_of;
use crate::taxonomy::normalize;

fn ex() -> Extractor {
    Extractor::new(Taxonomy::builtin())
}

/// The ids one field of a sentence's practices names, in order, once each.
fn every(e: &Extractor, text: &str, field: fn(&Practice) -> &Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in e.extract(text) {
        for id in field(&p) {
            if !out.contains(id) {
                out.push(id.clone());
            }
        }
    }
    out
}

/// The kinds of the choices a sentence offers.
fn choice_kinds(e: &Extractor, text: &str) -> Vec<String> {
    e.extract(text)
        .iter()
        .filter_map(|p| p.choice.as_ref().map(|c| c.kind.clone()))
        .collect()
}

/// Asserts that each sentence offers exactly the one choice kind given.
fn offers_one_choice(cases: &[(&str, &str)]) {
    let e = ex();
    for (text, kind) in cases {
        assert_eq!(choice_kinds(&e, text), vec![*kind], "{text}");
    }
}

/// Asserts that each sentence states practices, every one of them denied.
fn denies_all(texts: &[&str]) {
    each(texts, |ps| !ps.is_empty() && ps.iter().all(|p| p.negated));
}

/// Asserts `holds` of the practices of each sentence.
fn each(texts: &[&str], holds: impl Fn(&[Practice]) -> bool) {
    let e = ex();
    for text in texts {
        let ps = e.extract(text);
        assert!(holds(&ps), "{text}: {ps:#?}");
    }
}

/// Asserts that no sentence states a practice.
fn states_nothing(texts: &[&str]) {
    each(texts, |ps| ps.is_empty());
}

fn one(text: &str) -> Practice {
    let ps = ex().extract(text);
    assert_eq!(ps.len(), 1, "{text}: {ps:#?}");
    ps.into_iter().next().unwrap()
}

#[test]
fn using_a_third_party_is_disclosing_to_it() {
    // (Google Analytics, used to analyse, is also the one that analyses.)
    let ps = ex().extract("We use Google Analytics to analyze how people use the site.");
    let p = &ps[0];
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("share", "first-party")
    );
    assert_eq!(p.recipients, vec!["google"]);
    assert_eq!(p.purposes, vec!["analytics"]);
    let p = one("We may use a third-party service to send you email messages.");
    assert_eq!(p.action, "share");
    assert!(p.recipients.contains(&"third-parties".to_string()));
    let p = one("We do not use advertising companies to serve ads.");
    assert!(p.negated && p.action == "share", "{p:#?}");
    // Data used, or a recipient further on, is no use of a third party.
    let p = one("We use your email address to send you offers from our partners.");
    assert_eq!(p.action, "use");
    let p = one("We use cookies to remember your preferences.");
    assert_eq!(p.action, "use");
    let p = one("We may analyze public blockchain data, such as wallet addresses.");
    assert_eq!(p.action, "use");
    let p = one("We use public information about you from social networks.");
    assert_eq!(p.action, "use", "{p:#?}");
    // So is using one named after its kind ("a tool called …").
    let ps = ex().extract(
        "We use a tool called Google Analytics to help us understand how users interact with our website.",
    );
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.recipients == ["google"]),
        "{ps:#?}"
    );
}

#[test]
fn a_party_used_for_its_own_data_is_its_source() {
    // Using a party to reach the data it holds about the user ("your
    // Facebook profile") sends it nothing: it is where the data comes from.
    for text in [
        "We use Facebook Connect to obtain your Facebook profile information.",
        "We can use the LinkedIn API to check if your LinkedIn profile data has changed.",
    ] {
        let ps = ex().extract(text);
        assert!(!ps.is_empty(), "{text}");
        assert!(ps.iter().all(|p| p.action != "share"), "{text}: {ps:#?}");
    }
    // The same use with the user's data of the service is still a disclosure.
    let p = one("We use the LinkedIn API to check your profile data.");
    assert_eq!(p.action, "share", "{p:#?}");
}

#[test]
fn working_with_a_party_is_using_it() {
    // A party engaged after a preposition is used as "use" uses it.
    for (text, recipient) in [
        (
            "We work with advertising partners to show you relevant ads.",
            "advertisers",
        ),
        (
            "We partner with third parties to display advertising on our site.",
            "third-parties",
        ),
        (
            "We rely on service providers to host our website.",
            "service-providers",
        ),
        (
            "Our company contracts with research firms to run surveys.",
            "researchers",
        ),
        (
            "We may use outside vendors to process payments.",
            "service-providers",
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.actor.as_str()),
            ("share", "first-party"),
            "{text}: {p:#?}"
        );
        assert_eq!(p.recipients, [recipient], "{text}: {p:#?}");
    }
    let p = one("We do not work with data brokers.");
    assert!(p.negated && p.action == "share", "{p:#?}");
    // Engaging no party uses nothing; nor does one engaged in a condition
    // set before the main clause, which says what is done.
    states_nothing(&["We work with you to resolve complaints."]);
    let ps = ex().extract(
        "When we organise events and work with sponsors, we rely on your consent to send you material about the event.",
    );
    assert!(
        ps.iter()
            .all(|p| p.action != "share" && p.recipients.is_empty()),
        "{ps:#?}"
    );
    // Relying on data is using it.
    for (text, data) in [
        (
            "We rely on your location data to show you local weather.",
            "location",
        ),
        (
            "Our services rely on cookies to remember your preferences.",
            "cookies",
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.actor.as_str()),
            ("use", "first-party"),
            "{text}: {p:#?}"
        );
        assert_eq!(p.data, [data], "{text}: {p:#?}");
    }
    // The services a party performs are no data: "credit card
    // processing", "email distribution", "content delivery".
    let p = one(
        "We contract with other companies to provide services on our behalf, including credit card processing, shipping, content delivery and email distribution.",
    );
    assert!(p.data.is_empty(), "{p:#?}");
}

#[test]
fn prompts_and_calendars_are_content_and_improving_models_is_training() {
    // What an assistant's user types, and the calendar an app reads, are
    // the user's content; improving "our models" is training them.
    let p = one("We use your prompts and outputs to improve our models, unless you opt out.");
    assert_eq!(p.data, ["content"], "{p:#?}");
    assert_eq!(p.purposes, ["ai-training"], "{p:#?}");
    assert_eq!(p.choice.map(|c| c.kind).as_deref(), Some("opt-out"));
    let p = one("Third-party apps you connect can access your calendar.");
    assert_eq!(p.data, ["content"], "{p:#?}");
    // A calendar year is a span of time.
    let p = one("We may disclose your personal information to third parties in a calendar year.");
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
}

#[test]
fn data_another_party_provides_the_company_collects() {
    // Data a participle says a party provides came to the company from it,
    // whoever the main verb then gives it to.
    for text in [
        "We may use information provided by our partners to improve our ads.",
        "We share information provided by our partners with advertisers.",
    ] {
        let ps = ex().extract(text);
        assert!(
            ps.iter()
                .any(|p| p.action == "collect" && p.actor == "first-party"),
            "{text}: {ps:#?}"
        );
        assert!(ps.iter().all(|p| p.actor != "partners"), "{text}: {ps:#?}");
    }
    // (Trackers a party provides stay its own.)
    let ps = ex().extract("We use cookies provided by third parties.");
    assert!(ps.iter().all(|p| p.action != "collect"), "{ps:#?}");
}

#[test]
fn tax_numbers_wifi_networks_gaze_and_records_are_data() {
    for (text, data) in [
        (
            "We collect your tax identification number.",
            "government-identifier",
        ),
        (
            "We collect the Wi-Fi networks near your device.",
            "location",
        ),
        (
            "We collect your gaze and hand movements in VR.",
            "biometrics",
        ),
        (
            "We collect your grades and academic records.",
            "demographics",
        ),
    ] {
        let p = one(text);
        assert_eq!(p.data, [data], "{text}: {p:#?}");
    }
}

#[test]
fn a_disclosure_to_no_one_is_denied() {
    let p = one("We share your religious beliefs with no one.");
    assert_eq!((p.action.as_str(), p.negated), ("share", true), "{p:#?}");
    assert_eq!(p.data, ["sensitive-information"], "{p:#?}");
    let p = one("We sell your data to no third parties.");
    assert_eq!((p.action.as_str(), p.negated), ("sell", true), "{p:#?}");
    // (Closing the sentence too.)
    let p = one("We share your data with nobody.");
    assert!(p.negated, "{p:#?}");
    // (Nor past the verb's clause.)
    let p = one("We share your data with partners, and no one else.");
    assert!(!p.negated, "{p:#?}");
    // Genetic data is its own sensitive kind, however it is named.
    let p = one("With your explicit consent, we process your genetic data.");
    assert_eq!(p.data, ["genetic-data"], "{p:#?}");
    let p = one("We may share your DNA results with research partners.");
    assert_eq!(p.data, ["genetic-data"], "{p:#?}");
}

#[test]
fn improving_what_the_company_runs_is_analytics() {
    let p = one("We use your voice data in improving the Platform.");
    assert_eq!(p.purposes, ["analytics"], "{p:#?}");
    // (Improving a recognition model trains it: "to improve our speech
    // recognition" is AI training, as "to improve speech recognition" is.)
    let p = one("We use your voice data to improve our speech recognition.");
    assert_eq!(p.purposes, ["ai-training"], "{p:#?}");
}

#[test]
fn what_is_sent_to_the_companys_servers_it_collects() {
    // A place of the company's own is the company, for what is sent there
    // (what is stored there it keeps).
    let p = one("Your messages are never sent to our servers.");
    assert_eq!((p.action.as_str(), p.negated), ("collect", true), "{p:#?}");
    assert_eq!(p.data, ["content"], "{p:#?}");
    let p = one("We do not send your location to our servers.");
    assert_eq!((p.action.as_str(), p.negated), ("collect", true), "{p:#?}");
    let ps = ex().extract("Your voice recordings are transmitted to our servers for processing.");
    assert!(
        ps.iter()
            .any(|p| p.action == "collect" && !p.negated && p.recipients.is_empty()),
        "{ps:#?}"
    );
    // A refusal is a denial.
    let p = one("We refuse to sell user data.");
    assert_eq!((p.action.as_str(), p.negated), ("sell", true), "{p:#?}");
}

#[test]
fn reading_or_scanning_data_uses_it() {
    let p = one("We never read your messages.");
    assert_eq!((p.action.as_str(), p.negated), ("use", true), "{p:#?}");
    assert_eq!(p.data, ["content"], "{p:#?}");
    let p = one("We may scan your messages for spam and abuse.");
    assert_eq!((p.action.as_str(), p.negated), ("use", false), "{p:#?}");
    assert_eq!(p.purposes, ["security"], "{p:#?}");
    // (A pronoun for the data before is data.)
    let p = one("Your messages are end-to-end encrypted and we cannot read them.");
    assert_eq!((p.action.as_str(), p.negated), ("use", true), "{p:#?}");
    assert_eq!(p.data, ["content"], "{p:#?}");
    // Reading or scanning no data is no practice.
    states_nothing(&[
        "Continue reading for more detailed information about our practices.",
        "Our website is scanned on a regular basis for security holes.",
        "Please read this policy carefully.",
    ]);
}

#[test]
fn what_is_uploaded_to_the_company_it_collects() {
    // Uploading to the company, or to no one named, is its collection;
    // a promise never to upload is a promise not to collect.
    let p = one("With your permission, we upload your contacts to our servers.");
    assert_eq!((p.action.as_str(), p.negated), ("collect", false), "{p:#?}");
    assert_eq!(p.data, ["contacts"], "{p:#?}");
    let p = one("Your contacts are never uploaded to our servers.");
    assert_eq!((p.action.as_str(), p.negated), ("collect", true), "{p:#?}");
    // Uploading to another party is not: the user shares there.
    assert!(
        ex().extract("When you share a post, your content is uploaded to that social network.")
            .iter()
            .all(|p| p.action != "collect")
    );
    // Others in the user's family or network are other users.
    let ps = ex().extract(
        "Your device will upload location data and share it with others in your family group.",
    );
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.recipients == ["other-users"]),
        "{ps:#?}"
    );
}

#[test]
fn carriers_advisers_and_credit_reference_agencies_are_parties() {
    for (text, recipient) in [
        // (And the businesses an order or a ticket goes to.)
        (
            "We share your order details with the restaurant.",
            "partners",
        ),
        ("We give your name to the event organizer.", "partners"),
        (
            "Your personal data will be passed on to the carrier to deliver your order.",
            "service-providers",
        ),
        (
            "We disclose your name and address to the shipping company.",
            "service-providers",
        ),
        (
            "Your information may be disclosed to our professional advisers, such as lawyers and accountants.",
            "service-providers",
        ),
        // (Reporting data to a party discloses it.)
        (
            "We report your payment history to credit bureaus.",
            "financial-institutions",
        ),
    ] {
        let p = one(text);
        assert_eq!(p.action, "share", "{text}: {p:#?}");
        assert_eq!(p.recipients, [recipient], "{text}: {p:#?}");
    }
    let p = one("Credit reference agencies may receive details of your payment history.");
    assert_eq!(p.recipients, ["financial-institutions"], "{p:#?}");
}

#[test]
fn our_and_us_are_never_the_subject() {
    let p = one("Advertising networks that serve ads on our site may also use web beacons.");
    assert_eq!(p.actor, "advertisers");
    // "We" still is, and so is the company after "our".
    let p = one("On our site, we use web beacons.");
    assert_eq!(p.actor, "first-party", "{p:#?}");
    let p = one("Cookies on our site let us collect your browsing history.");
    assert_eq!(p.actor, "first-party", "{p:#?}");
}

#[test]
fn a_destination_inside_a_relative_clause_is_not_the_verbs() {
    for text in [
        "We share the information you provide to us with advertisers.",
        "We share the names and addresses provided to us with advertisers.",
    ] {
        let p = one(text);
        assert_eq!(p.recipients, ["advertisers"], "{text}: {p:#?}");
    }
    // The verb's own destination still counts.
    assert!(
        ex().extract("Advertisers share this information with us.")
            .iter()
            .all(|p| p.action != "share" || p.recipients.is_empty())
    );
}

#[test]
fn lists_of_customers_and_search_terms_are_data() {
    let p = one("We may rent our customer mailing lists to other companies.");
    assert_eq!(p.data, ["contact-information"], "{p:#?}");
    let p = one("We share the search terms you enter with advertisers.");
    assert_eq!(p.data, ["usage"], "{p:#?}");
    // Information about the use of a service is usage data.
    let p = one("Advertisers may collect information about your use of the Services.");
    assert_eq!(p.data, ["usage"], "{p:#?}");
    let p = one("We share the URL of the website you visited before with partners.");
    assert_eq!(p.data, ["usage"], "{p:#?}");
    // California's "commercial information" is records of what was bought.
    let p = one("We may share commercial information with our business partners.");
    assert_eq!(p.data, ["purchases"], "{p:#?}");
    // What was bought is not how it was paid for.
    let p =
        one("We share your order history and your credit card number with our payment processor.");
    assert_eq!(p.data, ["purchases", "financial"], "{p:#?}");
}

#[test]
fn you_opening_the_sentence_acts_for_its_later_verbs() {
    let ps = ex().extract(
        "You can at any time choose to change your city and make it not visible to other members.",
    );
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
    // Nor for the items of a list of predicates after "you" and a modal.
    let ps = ex().extract(
        "You can see who has accepted your invitations, send reminders to friends, and share \
         photos with friends.",
    );
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
    // Not across a comma otherwise, not for a participle, not past the
    // company.
    each(
        &[
            "You may opt out of having your email address shared with partners.",
            "You register, and your email address is shared with partners.",
            "You can browse our site, and we share your email address with partners.",
            "You agree that we share your email address with partners.",
        ],
        |ps| {
            ps.iter()
                .any(|p| p.action == "share" && p.actor == "first-party")
        },
    );
}

#[test]
fn an_opt_out_of_the_sale_states_the_sale() {
    for text in [
        "You can opt out of the sale of your personal information.",
        "Clicking the “Do Not Sell My Info” link will opt you out of the sale of your personal information.",
    ] {
        let ps = ex().extract(text);
        let acts: Vec<(&str, bool, Option<&str>)> = ps
            .iter()
            .map(|p| {
                let choice = p.choice.as_ref().map(|c| c.kind.as_str());
                (p.action.as_str(), p.negated, choice)
            })
            .collect();
        // A sale the user can opt out of: no promise, no "link" as combining.
        assert_eq!(acts, [("sell", false, Some("opt-out"))], "{text}");
    }
}

#[test]
fn selling_goods_is_no_sale_of_data() {
    for goods in [
        "As we develop our business, we might sell or buy other businesses or services.",
        "We rank similar items sold on the platform.",
        "We list the products we sell on our website.",
        "Information on the successful sale of listed items.",
        // A share of the business before it.
        "If we sell a portion of or all of our business, customer records would be transferred to the acquiring company.",
        "We may sell all or part of our company.",
    ] {
        let ps = ex().extract(goods);
        assert!(ps.iter().all(|p| p.action != "sell"), "{goods}: {ps:#?}");
    }
    let p = one("We may sell your email address to marketers.");
    assert_eq!(p.action, "sell");
    // "engage in" carries the negation to the sale.
    let p = one("We do not engage in the sale of your personal information.");
    assert!(p.action == "sell" && p.negated, "{p:#?}");
    // "in use" is a state.
    assert!(
        ex().extract("Even when the app is not in use, we may collect location data.")
            .iter()
            .all(|p| p.action != "use")
    );
}

#[test]
fn headings_are_no_statements() {
    for heading in [
        "Sharing your information",
        "Sharing Of Your Information",
        "Using cookies and similar technologies",
        "Sharing, Disclosure and Transfer of Information",
        "When Your Data May Be Shared, Managing Your Information, Other Information.",
        // (Past a heading's length: each part is one.)
        ", How We Share Your Personal Information, About Collection of Location Data, Other Information Collected Within Our Services, Other Circumstances",
        // Run together without commas.
        "Types of Information We Collect How We Collect Your Information Use of Your Information by The Family of Companies Sharing Your Information with Other Companies Your Controls and Choices",
        "How We Use and Share Your Personal Information, Additional Information About Collection of Location Data, Other Information Collected And Shared Within Our Services",
    ] {
        assert!(super::scan::is_title(heading), "{heading}");
        assert!(ex().extract(heading).is_empty(), "{heading}");
    }
    for statement in [
        "Sharing your information with advertisers is never allowed.",
        "We share your information with advertisers",
        "Sharing your information with advertisers, partners and other companies we work with",
        "WE MAY SHARE YOUR INFORMATION WITH PARTNERS, INCLUDING ADVERTISERS.",
    ] {
        assert!(!super::scan::is_title(statement), "{statement}");
    }
}

#[test]
fn publishing_discloses_to_the_public() {
    let p = one("If you win a contest, we may publish your name and city.");
    assert_eq!(
        (p.action.as_str(), p.recipients.as_slice()),
        ("share", ["public".to_string()].as_slice())
    );
    // So does displaying it publicly, as a verb or a noun.
    let p = one("We may publicly display your username and scores.");
    assert_eq!(p.recipients, ["public"], "{p:#?}");
    let ps = ex().extract(
        "Your participation is conditional upon our collection and public display of statistical data.",
    );
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.recipients == ["public"]),
        "{ps:#?}"
    );
    // What the company publishes about itself names no data.
    states_nothing(&["We publish this policy on our website."]);
    let p = one("We do not disclose your purchase history to any outside entity.");
    assert_eq!(p.recipients, ["third-parties"], "{p:#?}");
}

#[test]
fn the_companys_upload_to_a_party_discloses_it() {
    let p = one("We may upload hashed email addresses of our members to Facebook.");
    assert_eq!(
        (
            p.action.as_str(),
            p.negated,
            p.data.as_slice(),
            p.recipients.as_slice()
        ),
        (
            "share",
            false,
            &["hashed-email-address".to_string()][..],
            &["facebook".to_string()][..]
        ),
        "{p:#?}"
    );
    let p = one("We do not upload your contacts to advertisers.");
    assert!(p.negated && p.action == "share", "{p:#?}");
    // The reader's uploads are still the company's collection.
    let p = one("Photos you upload to the app are stored on our servers.");
    assert_eq!(p.action, "retain");
}

#[test]
fn a_denied_act_leaves_a_later_clauses_purpose_to_that_clause() {
    let ps = ex().extract("We never sell your data, and we do not use it for advertising.");
    let sell = ps.iter().find(|p| p.action == "sell").expect("a sale");
    assert!(sell.negated && sell.purposes.is_empty(), "{ps:#?}");
    let usage = ps.iter().find(|p| p.action == "use").expect("a use");
    assert!(
        usage.negated && usage.purposes == ["advertising"],
        "{ps:#?}"
    );
    // (Its own purpose stays its own.)
    let p = one("We do not sell your data for advertising.");
    assert_eq!(p.purposes, ["advertising"]);
}

#[test]
fn marketing_a_product_to_the_reader_is_marketing() {
    for text in [
        "We share your email address with companies that help us market our credit card to you.",
        "We use your data to market our services.",
    ] {
        let p = one(text);
        assert_eq!(p.purposes, ["marketing"], "{text}: {p:#?}");
    }
}

#[test]
fn a_modifier_coordinated_with_a_partys_shares_its_head() {
    for (text, want) in [
        (
            "We share app events with analytics and marketing partners.",
            vec!["analytics-providers", "advertisers"],
        ),
        (
            "We do not share information that identifies you with advertising, measurement or analytics partners.",
            vec!["advertisers", "analytics-providers"],
        ),
    ] {
        let p = one(text);
        assert_eq!(p.recipients, want, "{text}: {p:#?}");
        // (The modifier names the party, no purpose of the act.)
        assert!(p.purposes.is_empty(), "{text}: {p:#?}");
    }
    assert_eq!(
        one("We share app events with analytics and marketing partners.").data,
        ["usage"]
    );
    // A purpose joined to another purpose stays one.
    let p = one("We use your data for analytics and marketing.");
    assert_eq!(p.purposes, ["analytics", "marketing"], "{p:#?}");
}

#[test]
fn third_party_before_a_recipient_says_what_kind_it_is() {
    for (text, want) in [
        (
            "We share usage data with third-party advertisers.",
            "advertisers",
        ),
        (
            "We share data with third party analytics providers.",
            "analytics-providers",
        ),
        (
            "We share driving data with data analytics firms.",
            "analytics-providers",
        ),
        (
            "We may share public posts with research organizations.",
            "researchers",
        ),
        (
            "Your information may be disclosed to companies within our corporate group.",
            "affiliates",
        ),
        // (Whom the user dealt with is part of the data, no recipient.)
        (
            "We share information about your interactions with businesses with other Meta companies.",
            "affiliates",
        ),
    ] {
        let p = one(text);
        assert_eq!(p.recipients, [want], "{text}: {p:#?}");
    }
    // Named on their own, third parties stay.
    let p = one("We share data with third-party advertisers and other third parties.");
    assert!(p.recipients.iter().any(|r| r == "third-parties"), "{p:#?}");
}

#[test]
fn a_party_that_receives_the_users_data_is_given_it() {
    for (text, to) in [
        ("Facebook receives your phone number.", "facebook"),
        (
            "Payment processors receive your payment details so that we can complete your purchase.",
            "service-providers",
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.actor.as_str(), &p.recipients[..]),
            ("share", "first-party", &[to.to_string()][..]),
            "{text}: {p:#?}"
        );
    }
    // Every party of the subject receives it.
    let p = one("Sponsors and their agents may receive your email address.");
    let mut to = p.recipients.clone();
    to.sort();
    assert_eq!(to, ["partners", "service-providers"], "{p:#?}");
    // Denied, it is a promise not to give it.
    let p = one("Advertisers do not receive your name.");
    assert!(p.negated && p.action == "share", "{p:#?}");
    // From a source named, or beside the company, it is collection.
    let p = one("Advertisers may receive information about your visits from cookies.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("collect", "advertisers")
    );
}

#[test]
fn the_other_companies_of_a_named_group_are_affiliates() {
    for text in [
        "We may share your personal data with other Airbnb entities.",
        "We share data with other Booking.com entities.",
        "We may share your information with other BHI brands.",
        "We may share your information with other Microsoft affiliates.",
    ] {
        let p = one(text);
        assert_eq!(p.recipients, ["affiliates"], "{text}: {p:#?}");
    }
    // Not a people or a place, nor other companies unnamed.
    for text in [
        "We may share your information with other US companies.",
        "We may share your information with other EEA companies.",
        "We may share your information with other companies.",
        "We may share your information with other Third Party companies.",
    ] {
        let p = one(text);
        assert_eq!(p.recipients, ["third-parties"], "{text}: {p:#?}");
    }
}

#[test]
fn a_recipient_with_access_is_disclosed_to() {
    let p = one("Other members of our family of companies may have access to your information.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("share", "first-party")
    );
    assert_eq!(p.recipients, vec!["affiliates"]);
    assert_eq!(p.modality, Modality::May);
    for (text, recipient) in [
        (
            "Contractors are provided access to your email address.",
            "service-providers",
        ),
        (
            "Your email address will be available to advertisers.",
            "advertisers",
        ),
        // People joined to the party do not make it the user's act.
        (
            "Service providers and individuals will have access to your email address.",
            "service-providers",
        ),
        (
            "Your profile photo is searchable by other users.",
            "other-users",
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.recipients[0].as_str()),
            ("share", recipient),
            "{text}"
        );
    }
    // Access for the user is no disclosure.
    states_nothing(&[
        "You may have access to your information at any time.",
        "This information is available to you at any time.",
    ]);
}

#[test]
fn active_sharing_with_list_of_data() {
    let p = one(
        "We may share your phone number, contacts and device identifiers with the Facebook family of companies.",
    );
    assert_eq!(p.action, "share");
    assert!(!p.negated);
    assert_eq!(p.modality, Modality::May);
    assert_eq!(
        p.data,
        vec!["phone-number", "contacts", "device-identifiers"]
    );
    // A family named after a company names the affiliates, and it.
    assert_eq!(p.recipients, vec!["affiliates", "facebook"]);
}

#[test]
fn negation_and_coordination() {
    let ps = ex().extract("We do not sell, rent or share personal information with advertisers.");
    assert!(ps.iter().all(|p| p.negated), "{ps:#?}");
    assert!(ps.iter().any(|p| p.action == "sell"));
    assert!(ps.iter().any(|p| p.action == "share"));
    let p = one("Your data will never be sold to anyone.");
    assert!(p.negated);
    assert_eq!(p.action, "sell");
    let p = one("We won't share your location.");
    assert!(p.negated);
    // An adverb of manner or habit between passes the negation on.
    for text in [
        "We do not automatically collect personal information from visitors.",
        "We do not generally share your email address.",
    ] {
        let p = one(text);
        assert!(p.negated, "{text}: {p:#?}");
    }
    // Denied to "anyone", a disclosure reaches no company either.
    let p = one("We will not share your phone number with anyone, ever.");
    assert_eq!(p.recipients, ["third-parties", "public"], "{p:#?}");
    // "No longer" denies what follows ("no longer than" after the verb does not).
    for text in [
        "We no longer share your phone number with Facebook.",
        "This information is no longer shared with advertisers.",
    ] {
        let p = one(text);
        assert!(p.action == "share" && p.negated, "{text}: {p:#?}");
    }
    let ps = ex().extract(
        "We keep your data for no longer than necessary and then we share it with partners.",
    );
    assert!(ps.iter().all(|p| !p.negated), "{ps:#?}");
    // An act the company has ended, or will not take up, is denied.
    denies_all(&[
        "We have stopped selling your personal information.",
        "We will cease sharing your location with advertisers.",
        "We will stop sharing your location with advertisers.",
        "We refrain from sharing your email address with third parties.",
        "It is not our practice to sell your data.",
        "It is not our policy to sell your data.",
        "It is not our intention to share your email address with advertisers.",
        "We have no intention of selling your data.",
    ]);
    // An act that ends on the user's choice or on a request goes on until
    // then: an opt-out, or no promise.
    each(
        &[
            "You may withdraw your consent at any time and we will stop processing your personal information for that purpose.",
            "If you withdraw your consent, we will no longer process your personal information.",
            "Your objection will be upheld, and we will cease processing your information.",
            "You may ask that we stop using your email address.",
            "The extension sends a signal which requests that websites refrain from selling your personal information.",
        ],
        |ps| ps.iter().all(|p| !p.negated),
    );
    let p = one("You may ask that we stop using your email address.");
    assert!(
        p.choice.as_ref().is_some_and(|c| c.kind == "opt-out"),
        "{p:#?}"
    );
    // A long list of verbs: the negation reaches its last one, and a
    // verb naming its recipient ("publish") is no subject of the next.
    let ps = ex().extract(
        "We do not sell, rent, lease, trade, swap, exchange, publish or otherwise disclose your personal information to third parties.",
    );
    assert!(
        ps.iter().all(|p| p.negated && p.actor == "first-party"),
        "{ps:#?}"
    );
    // Past the list, the window counts every word again.
    let ps = ex().extract(
        "We will not disclose your personal information collected from the sites to advertisers.",
    );
    assert!(
        ps.iter().any(|p| p.action == "collect" && !p.negated),
        "{ps:#?}"
    );
}

#[test]
fn negation_breakers_and_scope() {
    let p = one(
        "We share information, including but not limited to your email address, with partners.",
    );
    assert!(!p.negated);
    let ps = ex().extract("We do not sell your data, but we share it with service providers.");
    let share = ps.iter().find(|p| p.action == "share").unwrap();
    assert!(!share.negated);
    assert!(ps.iter().find(|p| p.action == "sell").unwrap().negated);
    // "Not always" hedges; it promises nothing.
    let ps = ex().extract(
        "Typically, though not always, the information used for advertising is collected through cookies.",
    );
    assert!(!ps.is_empty() && ps.iter().all(|p| !p.negated), "{ps:#?}");
}

#[test]
fn passive_voice_with_recipient() {
    let p = one("Usage information is shared with advertisers for targeted advertising.");
    assert_eq!(p.action, "share");
    assert_eq!(p.data, vec!["usage"]);
    assert_eq!(p.recipients, vec!["advertisers"]);
    assert_eq!(p.purposes, vec!["advertising"]);
    assert_eq!(p.actor, "first-party");
    // (So is browsing data under any of its names.)
    let p = one("We sell your browsing data to data brokers.");
    assert_eq!(p.data, vec!["usage"]);
}

#[test]
fn the_agent_of_coordinated_passive_verbs_acts_for_each() {
    let ps = ex().extract("Anything you post can be read, collected and used by advertisers.");
    let acts: Vec<(&str, &str)> = ps
        .iter()
        .map(|p| (p.action.as_str(), p.actor.as_str()))
        .collect();
    assert_eq!(acts, [("collect", "advertisers"), ("use", "advertisers")]);
    // No agent: the company's act.
    let ps = ex().extract("Your email address is collected and used to send receipts.");
    assert!(
        ps.iter().all(|p| p.actor == "first-party") && !ps.is_empty(),
        "{ps:#?}"
    );
}

#[test]
fn a_passive_verb_is_not_the_act_of_the_user_before_it() {
    let p = one("The information you provide may be shared with advertisers.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("share", "first-party")
    );
    assert_eq!(p.recipients, vec!["advertisers"]);
    let p = one("Information you provide is not sold to advertisers.");
    assert!(p.action == "sell" && p.negated);
    // In the active voice the user acts, and that is no company practice;
    // so in the progressive ("you are using" is no passive).
    states_nothing(&["You share your email address with advertisers."]);
    let ps = ex().extract("We collect the type of device you are using and your general location.");
    assert!(
        ps.iter().all(|p| p.action == "collect") && !ps.is_empty(),
        "{ps:#?}"
    );
}

#[test]
fn an_exception_set_off_by_commas_ends_at_its_comma() {
    let p = one("The information may be shared, but only in the aggregate, with advertisers.");
    assert_eq!(p.recipients, vec!["advertisers"]);
    assert_eq!(p.condition.unwrap().text, "but only in the aggregate");
    // Without a complement after it, the exception runs on.
    let p = one("We share data with partners, except for advertisers, analytics providers.");
    assert_eq!(p.recipients, vec!["partners"]);
}

#[test]
fn exceptions_are_carved_out() {
    let p = one(
        "We will not disclose personal information to third parties except to service providers.",
    );
    assert!(p.negated);
    assert_eq!(p.recipients, vec!["third-parties"]);
    let c = p.condition.unwrap();
    assert_eq!(c.kind, "exception");
    assert_eq!(c.terms, vec!["service-providers"]);
}

#[test]
fn an_exception_in_brackets_ends_with_them() {
    // The data after "not including" is excepted; what follows the
    // brackets is the practice's again.
    let ps = ex().extract(
        "These companies may use information (not including your name or email address) about your visits in order to provide advertisements.",
    );
    let p = ps.iter().find(|p| !p.negated).expect("the use");
    let c = p.condition.as_ref().expect("an exception");
    assert_eq!(c.kind, "exception");
    assert_eq!(c.text, "not including your name or email address");
    assert_eq!(c.terms, ["name", "email-address"]);
    assert!(!p.data.contains(&"email-address".to_string()), "{p:#?}");
    assert_eq!(p.purposes, ["advertising"], "{p:#?}");
}

#[test]
fn an_exception_after_a_run_in_heading_ends_at_its_comma() {
    // The exception opens the sentence after "With Your Consent:"; the
    // clause after its comma is the practice.
    let ps = ex().extract(
        "With Your Consent: Other than as set out above, you will receive notice when information about you might go to third parties.",
    );
    let p = ps
        .iter()
        .find(|p| p.action == "share")
        .expect("a disclosure");
    assert_eq!(p.recipients, ["third-parties"], "{p:#?}");
    assert_eq!(
        p.condition.as_ref().unwrap().text,
        "other than as set out above"
    );
}

#[test]
fn conditions_without_consent() {
    let p = one("We will not share your email address with advertisers without your consent.");
    assert!(p.negated);
    let c = p.condition.unwrap();
    assert_eq!(c.kind, "condition");
    assert!(c.text.starts_with("without your consent"));
    // An "if" clause ends where "then" opens the main clause, as at a comma.
    let p = one(
        "If your account is managed by an administrator then your administrator and resellers will have access to your account information.",
    );
    assert_eq!(
        p.condition.map(|c| c.text),
        Some("if your account is managed by an administrator".to_string())
    );
    // An occasion a restriction names is its condition, as "only when" is.
    let p = one("We only share your data with partners when you ask us to.");
    assert_eq!(
        p.condition.map(|c| c.text),
        Some("when you ask us to".to_string())
    );
    // (Not one the "only" does not restrict the act of.)
    let ps = ex().extract("We use cookies only to remember you when you return.");
    assert!(ps.iter().all(|p| p.condition.is_none()), "{ps:#?}");
    // Any consent the act goes without, past its adjectives, and a
    // consent being asked for, which collects nothing.
    for (text, cond) in [
        (
            "We do not use your precise location for advertising without your explicit consent.",
            "without your explicit consent",
        ),
        (
            "We will not use your inputs to train our models without your instruction or prior consent.",
            "without your instruction or prior consent",
        ),
        (
            "We will never sell your data without first asking for your permission.",
            "without first asking for your permission",
        ),
    ] {
        let p = one(text);
        assert!(p.negated && p.choice.is_none(), "{p:#?}");
        assert_eq!(p.condition.map(|c| c.text).as_deref(), Some(cond), "{text}");
    }
}

#[test]
fn residents_are_users_whose_acts_the_company_does_not_state() {
    // A link's label ("Do not sell") or a right to obtain is the residents'.
    states_nothing(&[
        "California resident - Do not sell.",
        "California residents are entitled once a year to request and obtain certain information regarding our disclosure of personal information to third parties.",
    ]);
    // The company's act towards them is still its own.
    let p = one("We do not sell the personal information of California residents.");
    assert!(p.action == "sell" && p.negated, "{p:#?}");
}

#[test]
fn users_after_a_preposition_are_no_subject() {
    let e = ex();
    for who in ["users", "children"] {
        let text =
            format!("Personal information collected from {who} is never shared with advertisers.");
        let ps = e.extract(&text);
        assert!(
            ps.iter().any(|p| p.action == "share" && p.negated),
            "{text}: {ps:#?}"
        );
    }
}

#[test]
fn a_promise_with_an_exception_happens_in_the_excepted_cases() {
    for (text, happens) in [
        (
            "We do not share your email address with advertisers.",
            false,
        ),
        (
            "We do not share your email address, except with service providers.",
            true,
        ),
        (
            "We will not sell your email address unless the law requires it.",
            true,
        ),
        ("We share your email address with advertisers.", true),
    ] {
        let p = one(text);
        assert_eq!(p.happens(), happens, "{text}: {p:#?}");
    }
}

#[test]
fn a_data_term_before_a_provider_names_the_provider() {
    let p = one("We share your name with email service providers.");
    assert_eq!(p.data, ["name"], "{p:#?}");
    let p = one("We share your name with location data providers.");
    assert_eq!(p.data, ["name"], "{p:#?}");
    // So does one before whoever makes, owns or licenses it.
    let p = one("We may share aggregated information with partners such as content licensors.");
    assert!(!p.data.iter().any(|d| d == "content"), "{p:#?}");
    let p = one("We share your location with app developers and device manufacturers.");
    assert_eq!(p.data, ["location"], "{p:#?}");
    // Or before a product it names the product's kind.
    assert!(
        ex().extract("These standards may not apply to branded credit card offerings because these are provided through financial institutions.")
            .iter()
            .all(|p| p.data.is_empty()),
    );
    let p = one("We may share your information with partners who offer credit card products.");
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    // Account holders are users: what they share is their own act.
    states_nothing(&["Account holders may share content with friends."]);
    // Before other recipients it stays data: a relative clause, an adverb.
    let ps = ex().extract("We disclose the information advertisers collect to our partners.");
    assert!(
        ps.iter().any(|p| p.action == "share" && !p.data.is_empty()),
        "{ps:#?}"
    );
    let p = one("We may share your email address publicly.");
    assert_eq!(p.data, ["email-address"], "{p:#?}");
}

#[test]
fn data_an_act_leaves_out_is_data_it_is_not_done_with() {
    let ps = ex().extract(
        "These companies may use aggregated information (not including your name, email address or telephone number) about your visits.",
    );
    let not_used: Vec<&Practice> = ps.iter().filter(|p| p.negated).collect();
    assert_eq!(not_used.len(), 1, "{ps:#?}");
    assert_eq!(
        (not_used[0].action.as_str(), not_used[0].actor.as_str()),
        ("use", "third-parties")
    );
    assert_eq!(not_used[0].data, ["name", "email-address", "phone-number"]);
    // The act itself goes on with what it names: aggregated information
    // about the reader's visits.
    assert!(
        ps.iter()
            .any(|p| !p.negated && p.data == ["non-personal-information", "usage"]),
        "{ps:#?}"
    );
    // "But not" leaves data out too, over the data listed after it only.
    let ps = ex().extract("We may share aggregated data but not your email address with partners.");
    let denied = ps.iter().find(|p| p.negated).expect("a promise");
    assert_eq!(denied.data, ["email-address"]);
    assert_eq!(denied.recipients, ["partners"]);
    assert!(
        ps.iter().any(|p| !p.negated
            && p.data == ["non-personal-information"]
            && p.recipients == ["partners"]),
        "{ps:#?}"
    );
    // A list hedged "but not limited to" leaves nothing out, nor does an
    // exclusion that names an act.
    each(
        &[
            "We collect information including but not limited to your name and email address.",
            "We share your data with partners, not including as required by law.",
        ],
        |ps| ps.iter().all(|p| !p.negated),
    );
}

#[test]
fn an_adverb_between_subject_and_verb_keeps_the_subject() {
    let ps = ex().extract_sentences([
        "These advertising partners do not have access to your name.",
        "They may, however, use persistent identifiers to anonymously track your Internet usage.",
    ]);
    let later = &ps[1];
    assert!(
        later.iter().any(|p| p.actor == "advertisers"
            && p.action == "use"
            && p.data == ["device-identifiers"]),
        "{later:#?}"
    );
    assert!(
        later
            .iter()
            .any(|p| p.actor == "advertisers" && p.action == "collect" && p.data == ["usage"]),
        "{later:#?}"
    );
    // A "however" that opens a clause of its own still breaks it.
    let ps = ex().extract("We do not sell your data, however, we share it with partners.");
    assert!(
        ps.iter().any(|p| p.action == "share" && !p.negated),
        "{ps:#?}"
    );
}

#[test]
fn sharing_what_names_no_data_discloses_nothing_whoever_receives_it() {
    each(
        &[
            "We combine information from our services to make it easier to share things with people you know.",
            "We may share changes to this policy with our partners.",
            // Ads shown, and a feature named.
            "To share targeted third-party advertisements on the app and our sites.",
            "We offer an online comment and opinion sharing platform where users create profiles.",
            // What a practice is: the partners inform their users.
            "We require our advertisers to disclose the use of cookies to end users via their website.",
            "We require our partners to disclose the usage of our pixel on their own websites via their privacy policy.",
        ],
        |ps| ps.iter().all(|p| !discloses(&p.action)),
    );
    let p = one("We share your things and your email address with partners.");
    assert_eq!(p.data, ["email-address"]);
}

#[test]
fn examples_that_include_a_disclosure_are_the_companys() {
    let doc = "# Privacy Policy\n\nExamples of when we may share your personal data with service providers include sharing with:\n\n\
               - Online payments processors who process card payments on our behalf.\n\
               - Fraud management providers that help us to identify and prevent fraud.\n";
    let out = ex().extract_all(clauses_of(doc));
    let shares: Vec<&Practice> = out
        .iter()
        .flat_map(|c| c.practices.iter())
        .filter(|p| p.action == "share")
        .collect();
    assert!(
        !shares.is_empty() && shares.iter().all(|p| p.actor == "first-party"),
        "{shares:#?}"
    );
}

#[test]
fn an_activity_a_service_includes_is_done_by_whoever_provides_it() {
    for text in [
        "CloudFlare may place a cookie on your computer as part of its service, which includes monitoring your IP address.",
        "CloudFlare may place a cookie on your computer as part of its service, including monitoring your IP address.",
    ] {
        let ps = ex().extract(text);
        assert!(
            ps.iter().all(|p| p.actor == "named-companies"),
            "{text}: {ps:#?}"
        );
        assert!(
            ps.iter()
                .any(|p| p.data.contains(&"ip-address".to_string())),
            "{text}: {ps:#?}"
        );
    }
}

#[test]
fn the_companys_staff_members_are_no_other_users() {
    let ps = ex().extract(
        "We protect this information, only providing access to designated staff members who need it.",
    );
    assert!(ps.iter().all(|p| !discloses(&p.action)), "{ps:#?}");
    let p = one("We share your profile information with other members.");
    assert_eq!(p.recipients, ["other-users"]);
}

#[test]
fn a_party_named_before_an_identifier_owns_the_account_and_receives_nothing() {
    let p = one("We share your social network ID with our affiliates.");
    assert_eq!(
        (p.data.clone(), p.recipients.clone()),
        (
            vec!["account-information".to_string()],
            vec!["affiliates".to_string()]
        )
    );
    let p = one("We share your Facebook username with advertisers.");
    assert_eq!(p.recipients, vec!["advertisers"]);
    assert_eq!(p.data, vec!["account-information"]);
    // An advertiser ID is the device's advertising identifier.
    let p = one("Outbrain receives your advertiser ID.");
    assert_eq!(p.data, vec!["advertising-identifier"]);
    // A party before other words still receives.
    let p = one("We share your data with Facebook.");
    assert_eq!(p.recipients, vec!["facebook"]);
}

#[test]
fn a_group_after_outside_bounds_the_act_and_receives_nothing() {
    // A promise to keep data within the family is one about everyone
    // else: read as one about the family, a later "we share with our
    // affiliates" would break it.
    for text in [
        "We do not share your personal information outside of our corporate family.",
        "We will not share your information outside the Facebook family of companies.",
        "Your data is never shared outside Acme and its subsidiaries.",
        "We do not sell your information to anyone outside our affiliates.",
        "We do not disclose your email address to anyone outside our company.",
    ] {
        let p = ex().extract(text);
        // (Nor the public: "anyone outside" is those outside.)
        assert!(
            !p.is_empty()
                && p.iter().all(|p| p.negated
                    && p.recipients.contains(&"third-parties".to_string())
                    && !p
                        .recipients
                        .iter()
                        .any(|r| r == "affiliates" || r == "public")),
            "{text}: {p:#?}"
        );
    }
    // Not every "outside" bounds a group, and a group elsewhere receives.
    let p = one("We share your data with our affiliates outside the United States.");
    assert!(p.recipients.contains(&"affiliates".to_string()), "{p:#?}");
    let p = one("We share your data with outside companies and our affiliates.");
    assert!(p.recipients.contains(&"affiliates".to_string()), "{p:#?}");
}

#[test]
fn a_data_term_before_based_names_what_a_thing_is_built_on() {
    states_nothing(&[
        "Some third parties, such as platform providers like Google Play, may provide age-based ratings on some of the Services.",
        "We use location-based services.",
    ]);
    // "Based on" tells where the data comes from: it is still data.
    let p = one("We may infer your location based on your IP address.");
    assert!(p.data.contains(&"location".to_string()), "{p:#?}");
}

#[test]
fn other_sites_and_account_administrators_are_parties() {
    let p = one("Websites you visit may receive your IP address.");
    assert_eq!(p.actor, "third-parties", "{p:#?}");
    let p = one("The destination website will receive your search query.");
    assert_eq!(p.actor, "third-parties", "{p:#?}");
    let p = one("Your domain administrator will have access to your account information.");
    assert_eq!(p.recipients, ["administrators"], "{p:#?}");
    let p = one(
        "Certain information about you may become accessible to that organization's administrator.",
    );
    assert_eq!(p.recipients, ["administrators"], "{p:#?}");
    // So is an employer or school that runs the account: it sees.
    let p = one("Your employer can see your activity.");
    assert_eq!(p.recipients, ["administrators"], "{p:#?}");
    // (Employers in general, as a job site's customers, are a recipient of
    // their own.)
    let p = one("We share your information with employers who sponsor your membership.");
    assert_eq!(p.recipients, ["employers"], "{p:#?}");
    let p = one("Your school administrator may access your account data.");
    assert_eq!(p.actor, "administrators", "{p:#?}");
    // (However the policy words whose administrators they are.)
    let p = one("The administrators of your team can see your files.");
    assert_eq!(p.recipients, ["administrators"], "{p:#?}");
    assert_eq!(p.data, ["content"], "{p:#?}");
    // Who gives the account gives no data: the employer sees, the company
    // discloses ("provided" had joined "view", the employer its actor).
    let ps = ex().extract(
        "If your account is provided by your employer, your employer can view your activity.",
    );
    assert!(
        matches!(&ps[..], [p] if p.action == "share" && p.actor == "first-party" && p.recipients == ["administrators"]),
        "{ps:#?}"
    );
    let ps = ex()
        .extract("If your account is provided by your school, other users can view your activity.");
    assert!(
        matches!(&ps[..], [p] if p.actor == "first-party" && p.recipients == ["other-users"]),
        "{ps:#?}"
    );
    // A site after "on" is where something appears.
    let ps = ex().extract(
        "We use these profiles to display personalised content on Booking.com and other websites.",
    );
    assert!(ps.iter().all(|p| p.recipients.is_empty()), "{ps:#?}");
    // A party a joined verb would inherit does not share with itself.
    let ps = ex().extract(
        "To enable partners to register and provide support, or to share information with our partners when you attend a joint event.",
    );
    assert!(
        ps.iter().any(|p| p.action == "share"
            && p.actor == "first-party"
            && p.recipients == ["partners"]),
        "{ps:#?}"
    );
    // Others of the kind are another party.
    let ps = ex().extract("Our partners collect your data and share it with other partners.");
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.actor == "partners"),
        "{ps:#?}"
    );
    let ps = ex().extract("We share data collected on our site with other websites.");
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.recipients == ["third-parties"]),
        "{ps:#?}"
    );
    let p = one("An aggregation provider may request access to your usernames and passwords.");
    assert_eq!(p.recipients, ["service-providers"], "{p:#?}");
    // The company's own privacy administrator is no outside party.
    let ps = ex().extract(
        "Parents may send an email to the Site's Privacy Administrator and provide us with the child's user ID.",
    );
    assert!(ps.iter().all(|p| p.recipients.is_empty()), "{ps:#?}");
}

#[test]
fn a_disclaimer_hands_nothing_to_whom_it_names() {
    states_nothing(&[
        "NCC has provided links to other Internet sites for the convenience of users, and is not responsible for the materials, activities or content of other sites.",
    ]);
    // An act named after the disclaimer is still stated.
    let p = one(
        "We are not responsible for the privacy practices of third parties who collect your data.",
    );
    assert_eq!(p.actor, "third-parties", "{p:#?}");
    // A role the sentence gives is no disclaimer.
    let p = one(
        "This data may be transferred to our partners that are responsible for implementing the advertisement campaign.",
    );
    assert_eq!(p.purposes, ["advertising"], "{p:#?}");
}

#[test]
fn whom_the_reader_asks_or_acts_beside_receives_nothing() {
    let e = ex();
    for text in [
        "You should direct your privacy enquiries related to your data shared through chats with an organisation's end users, including any requests to exercise your rights, to the organisation's administrator.",
        "You can create content, which may contain information about you, and grant permission to others to see, disclose, edit, copy and download that content based on settings you or your administrator (if applicable) select.",
    ] {
        assert!(
            e.extract(text)
                .iter()
                .all(|p| !p.recipients.iter().any(|r| r == "administrators")),
            "{text}: {:#?}",
            e.extract(text)
        );
    }
    // The company sending requests on, and a party after "you," that
    // lists no alternative, still receive.
    let p = one("We send your requests, including your email address, to our service providers.");
    assert_eq!(p.recipients, ["service-providers"], "{p:#?}");
    let p = one("To make our ads relevant to you, Adzerk receives information about the page.");
    assert_eq!(p.recipients, ["named-companies"], "{p:#?}");
}

#[test]
fn a_party_that_can_see_data_receives_it() {
    let p = one("Other members can see your profile information and photos.");
    assert_eq!(
        (p.action.as_str(), &p.recipients[..]),
        ("share", &["other-users".to_string()][..]),
        "{p:#?}"
    );
    let p = one(
        "When you use social features, other users in your network may see some of your activity.",
    );
    assert_eq!(p.data, ["usage"], "{p:#?}");
    // Every party of the subject sees it.
    let p = one("Sponsors and other members may see your profile photo.");
    let mut to = p.recipients.clone();
    to.sort();
    assert_eq!(to, ["other-users", "partners"], "{p:#?}");
    // What the company or the reader sees is no disclosure.
    let e = ex();
    for text in [
        "We can see your IP address.",
        "You can see the information we hold about you.",
        "You can view your account information at any time.",
    ] {
        assert!(
            e.extract(text).iter().all(|p| p.recipients.is_empty()),
            "{text}: {:#?}",
            e.extract(text)
        );
    }
}

#[test]
fn information_handled_in_aggregate_form_is_no_personal_information() {
    for text in [
        "We may share your information with advertisers in an aggregated form.",
        "We may share information with partners on an aggregate basis.",
        "We share information in a form that does not identify you.",
        // De-identified before the act.
        "We anonymize your data before sharing it with researchers.",
        "We de-identify your information before we share it with our partners.",
        "Before sharing your data with advertisers, we aggregate it so that it cannot identify you.",
        "We remove your name and other identifiers prior to disclosing your data to researchers.",
    ] {
        let p = one(text);
        assert_eq!(p.data, ["non-personal-information"], "{text}: {p:#?}");
    }
    // Not when the de-identifying is denied, or absent.
    for text in [
        "We do not anonymize your data before sharing it with researchers.",
        "We review your data before sharing it with researchers.",
    ] {
        let ps = ex().extract(text);
        let shared: Vec<_> = ps.iter().filter(|p| p.action == "share").collect();
        assert_eq!(shared.len(), 1, "{text}: {ps:#?}");
        assert_eq!(shared[0].data, ["personal-information"], "{text}: {ps:#?}");
    }
    // An exception for the form leaves the promise about personal
    // information.
    let p = one("We do not share your information with advertisers, except in aggregate form.");
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
}

#[test]
fn verbs_joined_across_an_aside_share_negation_and_object() {
    let ps = ex().extract(
        "We do not sell or, for the purpose of targeted advertising, share the personal data of individuals we know to be less than 18 years of age or other age specified by applicable law.",
    );
    let acts: Vec<(&str, bool, &[String])> = ps
        .iter()
        .map(|p| (p.action.as_str(), p.negated, &p.data[..]))
        .collect();
    let minors = ["childrens-information".to_string()];
    assert_eq!(
        acts,
        [("sell", true, &minors[..]), ("share", true, &minors[..])],
        "{ps:#?}"
    );
    // Unnegated, the aside joins nothing it should not.
    let ps = ex().extract("We collect or, where permitted by law, share your location.");
    assert!(ps.iter().all(|p| !p.negated), "{ps:#?}");
}

#[test]
fn settings_contacts_tools_and_questions_name_no_practice() {
    let e = ex();
    // A gerund naming a setting, a verb of contact, a data term naming a
    // tool, a question in a list of topics.
    for (text, data) in [
        (
            "You may update your profile information, such as your user name, and may change some of your data sharing preferences on your account page.",
            None,
        ),
        (
            "To opt out of this type of sharing, please email us at privacy@example.com.",
            Some("email-address"),
        ),
        (
            "We use other technologies, such as web beacons, location-identifying technologies and logging technologies.",
            Some("location"),
        ),
        (
            "The information we collect, why we use it, who we share it with, and how we protect it, along with the tools you can use.",
            None,
        ),
    ] {
        let ps = e.extract(text);
        match data {
            None => assert!(ps.iter().all(|p| !discloses(&p.action)), "{text}: {ps:#?}"),
            Some(d) => assert!(
                ps.iter().all(|p| !p.data.iter().any(|x| x == d)),
                "{text}: {ps:#?}"
            ),
        }
    }
    // Nor a section's quoted title, nor a verb naming a technique.
    states_nothing(&[
        "Please see the section on “Personal Data third parties collect from you directly”.",
        "We rely on standard contractual clauses or similar data transfer mechanisms approved by competent authorities.",
    ]);
    // A gerund before a thing handled is still an act, and an address
    // after "your" still data.
    let p = one("We are sharing information with advertisers.");
    assert_eq!(p.recipients, ["advertisers"], "{p:#?}");
    let p = one("We may email your receipt to you and share your email address with partners.");
    assert!(p.data.contains(&"email-address".to_string()), "{p:#?}");
}

#[test]
fn a_data_term_naming_a_field_of_law_or_a_role_in_it_is_no_data() {
    // "Data protection laws … with some providing more protection than
    // others" had shared personal information with third parties.
    assert!(
        ex().extract(
            "Data protection laws vary among countries, with some providing more protection than others."
        )
        .is_empty()
    );
    let p = one("Your personal data may be processed by our sub-processors.");
    assert_eq!(p.actor, "service-providers", "{p:#?}");
    let p = one("We share your location with data processors.");
    assert_eq!(p.data, ["location"], "{p:#?}");
    // ("Subject to" is no role: the information is still what is handled.)
    let p = one("We share information subject to special protections with our affiliates.");
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    // Nor a quality kept of data in general: the location is what is used.
    let p = one(
        "To keep data accuracy and information security, we use your location to check each sign-in.",
    );
    assert_eq!(p.data, ["location"], "{p:#?}");
    // Nor the work done on data in general: the providers provide a
    // service, no data.
    let ps = ex().extract("We use service providers who provide data analysis services to us.");
    assert!(ps.iter().all(|p| p.data.is_empty()), "{ps:#?}");
}

#[test]
fn a_verb_naming_its_object_handles_that_object_not_what_comes_before() {
    // The interactions are what the sharing helps, the health is the
    // company's name: only the object is shared.
    let p = one(
        "To help facilitate bookings or other interactions between members, we may share information in certain situations.",
    );
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    let p = one("Everyday Health may share your personal information with its licensors.");
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    // With no data after the verb, the data before it is what passes.
    let p = one("Your email address may be shared with our partners.");
    assert_eq!(p.data, ["email-address"], "{p:#?}");
    // A label run into the sentence (a table row's first cell) names it.
    let p = one("User Contacts We collect the information of the people you connect with.");
    assert_eq!(p.data, ["contacts"], "{p:#?}");
}

#[test]
fn a_use_the_company_denies_except_as_the_user_chooses_is_a_promise() {
    // No verb of the vocabulary: the practice is the choice's, and the
    // company's "will not" denies it, with the consent as its exception.
    let p = one("We will not send you direct marketing via email unless you give us your consent.");
    assert!(p.negated, "{p:#?}");
    assert_eq!(p.purposes, ["marketing"], "{p:#?}");
    assert_eq!(
        p.condition.as_ref().map(|c| c.kind.as_str()),
        Some("exception")
    );
    // (Without an exception, or denied by the user, it stays a choice.)
    let p = one("You will receive marketing emails unless you opt out.");
    assert!(!p.negated, "{p:#?}");
    let p = one("If you do not want marketing emails, you can opt out.");
    assert!(!p.negated, "{p:#?}");
}

#[test]
fn user_actions_are_not_company_practices() {
    states_nothing(&["Content you share with your friends is visible to them."]);
    let p = one("Advertisers may collect your IP address.");
    assert_eq!(p.actor, "advertisers");
    assert_eq!(p.action, "collect");
}

#[test]
fn topics_are_not_practices() {
    let e = ex();
    states_nothing(&[
        "This policy explains how we collect, use and share your personal information.",
        "By using the site you consent to our collection, use and disclosure of your information.",
        "If you have questions about our use of your data, contact us.",
        "Read their policies to understand how your online information may be collected.",
        "See the notice for how you may be able to limit certain types of sharing.",
        // A near cue before a list of actions named as nouns.
        "We offer you choices regarding the collection, use, and sharing of your data.",
        // A heading a page ran into its text, closed by a full stop.
        "Other Information Collected And Shared Within Our Services.",
        // Named as the ways, and every verb of a list the cue governs.
        "You have choices about the various ways we collect, use, and share your data.",
        "Our policy covers how and why we collect, use, protect, and share your data.",
        // A subject the vocabulary does not know, or "what … we".
        "This Notice describes how Sites may collect, use and share information from or about you.",
        "Our Privacy Policy explains what personal information we collect.",
        // A heading asking what, unless a colon lets the answer follow.
        "What personally identifiable information third parties collect through the Web site.",
        "Which partners receive your data?",
        // An aside set off by commas does not end the topic.
        "This policy explains how, and why, we collect your data.",
        // A "what" a verb of knowing governs asks a question.
        "This Privacy Policy is meant to help you understand what information we collect.",
        "You have the right to know what personal information we have collected about you.",
        "Be aware of what information we share with other users.",
        // What a document says it describes, however long the subject
        // named between.
        "This privacy notice explains how Zentrix Pty Ltd, Zentrix US, Inc. and our affiliates (\"Zentrix\", \"we\") collect, use and share your information.",
        // A question joined to one asked before it.
        "This explains how we collect and share your information, and with whom we share it.",
        "This policy describes what we collect and with whom we share it.",
        // What a document lists after its colon, an auxiliary before its verb.
        "This Privacy Policy will explain: Who this policy applies to What information may be collected What information may be shared with partners",
        // A document's practices for acts, and its application to them.
        "This policy describes the types of information you may provide to us when you visit the site, and our practices for collecting, using and disclosing such information.",
        "You consent to the application of this Privacy Policy to the collection, storage, use and disclosure of all your personal information.",
        // The acts a law or framework is about.
        "We comply with applicable laws regarding the collection and disclosure of your information.",
        "Valve complies with the Safe Harbor framework relating to the transfer and processing of personally identifiable information.",
    ]);
    // "Explains that …" states what it explains.
    let p = one("This section explains that we share your email address with advertisers.");
    assert_eq!(p.recipients, ["advertisers"], "{p:#?}");
    // A clause of its own before the company's main clause: the cue in it
    // governs nothing after the comma.
    let p = one("Because of how browsers work, we receive some information automatically.");
    assert_eq!(p.action, "collect", "{p:#?}");
    // What the company controls or answers for: another party's act named
    // as a noun, its name counted as one word.
    each(
        &[
            "We do not have access to, nor control over, these third parties' use of cookies.",
            "We are responsible for advertisers' use of your information.",
        ],
        |ps| !ps.iter().any(|p| p.happens()),
    );
    // A main clause of the company's own after the description states.
    let p = one("This policy explains how we use your data, and we never sell it to advertisers.");
    assert!((p.action.as_str(), p.negated) == ("sell", true), "{p:#?}");
    // A relative clause joined to a statement states too.
    let ps = e.extract("We describe the data we collect and which we share with partners.");
    assert!(ps.iter().any(|p| p.recipients == ["partners"]), "{ps:#?}");
    // A free relative states a practice: what is shared is shared.
    let p = one("We share what you post with other users.");
    assert_eq!(p.recipients, vec!["other-users"], "{p:#?}");
    let p = one("What we share: your email address, with advertisers.");
    assert_eq!(p.recipients, vec!["advertisers"], "{p:#?}");
    // A cue further back, past a clause with a verb of its own, is not this verb's.
    let ps = e.extract("To understand how visitors use the site, we collect your IP address.");
    assert!(ps.iter().any(|p| p.action == "collect"), "{ps:#?}");
    // The cue belongs to the heading's verb, not to the statement after it.
    let ps = e.extract("How we share your information We do not sell your email address.");
    assert!(
        ps.iter().any(|p| p.action == "sell" && p.negated),
        "{ps:#?}"
    );
    // "about" inside a data phrase before the verb's own subject is no cue.
    let ps = e.extract("We collect information about you and share it with advertisers.");
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
    // Near cues reach only an action named as a noun right after them.
    for text in [
        "We collect data about your purchases and share it with partners.",
        "We collect information on your browsing and share it with advertisers.",
        "We collect a list of your contacts and share it with partners.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter().any(|p| p.action == "share" && !p.data.is_empty())
                && ps.iter().any(|p| p.action == "collect"),
            "{text}: {ps:#?}"
        );
    }
    assert!(
        e.extract("You may request a record of any disclosure of your medical information.")
            .is_empty()
    );
    // A sentence in capitals is no heading.
    let ps = e.extract("WE DO NOT SELL YOUR PERSONAL INFORMATION TO ADVERTISERS.");
    assert!(
        ps.iter().any(|p| p.action == "sell" && p.negated),
        "{ps:#?}"
    );
}

#[test]
fn a_weak_verb_provides_to_a_recipient_of_its_own_clause() {
    let e = ex();
    // A verb naming its own audience discloses nothing without data.
    let ps = e.extract("Acme Media is the organization that produces and publishes the Official Website of the league.");
    assert!(ps.is_empty(), "{ps:#?}");
    let p = one("We may publish your comments.");
    assert_eq!(p.recipients, ["public"], "{p:#?}");
    // "Pass" hands over toward a recipient; a pass one holds does not.
    let p = one("We pass your phone number to Facebook so that it can suggest friends.");
    assert_eq!(
        (p.action.as_str(), p.recipients.as_slice()),
        ("share", &["facebook".to_string()][..])
    );
    let ps = e.extract("Performance data about Xbox consoles, Xbox Game Pass and other Xbox apps, the Xbox network and your network connection.");
    assert!(ps.is_empty(), "{ps:#?}");
    // The recipient belongs to the disclosure verb after "but", which
    // is negated: nothing is provided to third parties.
    let ps = e.extract(
        "An email address must be provided to post a comment, but it is not shared with third parties.",
    );
    assert!(
        ps.iter().all(|p| p.action != "share" || p.negated),
        "{ps:#?}"
    );
    // A relative clause on the way ends the verb's reach too.
    let ps = e.extract("We provide your profile to members, which is paid for by advertisers.");
    assert!(
        ps.iter()
            .all(|p| !p.recipients.contains(&"advertisers".to_string())),
        "{ps:#?}"
    );
    // "that" as the object's determiner opens no clause.
    let p = one("We may provide that information to advertisers.");
    assert_eq!(
        (p.action.as_str(), p.recipients.as_slice()),
        ("share", ["advertisers".to_string()].as_slice())
    );
}

#[test]
fn an_action_named_as_what_would_follow_without_it_promises_nothing() {
    let e = ex();
    each(
        &[
            "Without processing your personal data for this purpose, we can't respond to your requests.",
            "Without processing your personal information, we may not be able to ensure the security of our Services.",
            "We cannot provide the service without collecting your email address.",
            "The consequences of not processing your personal data for such purposes is the inability to open an account.",
        ],
        |ps| ps.iter().all(|p| !p.negated),
    );
    // A real "without" still negates, and a real "not" still promises.
    for text in [
        "We provide the app without collecting any personal information.",
        "We will not share your email address with advertisers.",
        // Across an adverb of intent, and without its apostrophe.
        "We will not willfully disclose your email address to third parties.",
        "We dont sell your email address.",
        "Your email address is never for sale.",
    ] {
        assert!(e.extract(text).iter().any(|p| p.negated), "{text}");
    }
}

#[test]
fn a_party_a_passive_verbs_subject_names_as_source_or_means_is_not_its_agent() {
    let e = ex();
    for text in [
        "Information collected via cookies, web beacons and other analytics tools is kept for one year.",
        "Data collected through our advertising partners is stored for 90 days.",
        "Information we receive from partners is retained for two years.",
    ] {
        let ps = e.extract(text);
        let kept = ps.iter().find(|p| p.action == "retain").expect(text);
        assert_eq!(kept.actor, "first-party", "{text}: {ps:#?}");
    }
    // A recipient may act next: what is shared with partners may be used by them.
    let ps = e.extract("Information shared with partners may be used for marketing.");
    assert!(
        ps.iter()
            .any(|p| p.action == "use" && p.actor == "partners"),
        "{ps:#?}"
    );
}

#[test]
fn a_party_data_comes_from_is_not_the_agent_of_the_purpose_after_it() {
    let e = ex();
    for text in [
        "We may receive fraud warnings from identity verification service providers for use in our fraud prevention.",
        "We obtain information from data brokers for use in our marketing.",
        "For example, responding to requests from governments and courts to disclose data.",
    ] {
        let ps = e.extract(text);
        let act = ps
            .iter()
            .find(|p| matches!(p.action.as_str(), "use" | "share"))
            .expect(text);
        assert_eq!(act.actor, "first-party", "{text}: {ps:#?}");
    }
    // The party a company gives data to for a use is who uses it.
    let ps =
        e.extract("We share your email address with advertisers for use in their own marketing.");
    assert!(
        ps.iter()
            .any(|p| p.action == "use" && p.actor == "advertisers"),
        "{ps:#?}"
    );
}

#[test]
fn the_users_request_that_a_party_not_act_is_an_opt_out_from_that_partys_act() {
    // (actor, action, negated, choice kind)
    let read = |text: &str| {
        let p = one(text);
        (
            p.actor.clone(),
            p.action.clone(),
            p.negated,
            p.choice.map(|c| c.kind),
        )
    };
    let opt_out = Some("opt-out".to_string());
    for (text, actor, action) in [
        (
            "You may direct us not to sell your personal information to third parties.",
            "first-party",
            "sell",
        ),
        (
            "You may instruct us not to share your email address with advertisers.",
            "first-party",
            "share",
        ),
        (
            "You can ask that our partners not use your data for advertising.",
            "partners",
            "use",
        ),
        (
            "Contact us to request that our affiliates not send you marketing emails.",
            "affiliates",
            "use",
        ),
        (
            "You can request that we do not share your information with advertisers.",
            "first-party",
            "share",
        ),
    ] {
        assert_eq!(
            read(text),
            (
                actor.to_string(),
                action.to_string(),
                false,
                opt_out.clone()
            ),
            "{text}"
        );
    }
    // The company's own request binds the party asked: a promise.
    for (text, actor) in [
        (
            "We ask our partners not to use your data for advertising.",
            "partners",
        ),
        (
            "We require advertisers not to use your data for advertising.",
            "advertisers",
        ),
        (
            "We instruct our service providers not to sell your information.",
            "service-providers",
        ),
    ] {
        let (who, _, negated, choice) = read(text);
        assert_eq!(
            (who.as_str(), negated, choice),
            (actor, true, None),
            "{text}"
        );
    }
}

#[test]
fn a_request_to_withhold_or_not_to_share_is_an_opt_out_over_that_disclosure() {
    let p = one("You may request that your information be withheld from the directory.");
    assert_eq!(p.choice.map(|c| c.kind), Some("opt-out".to_string()));
    // The disclosure it names keeps its recipients.
    let p = one("You can request that we not share your information with our affiliates.");
    assert_eq!(
        (
            p.action.as_str(),
            p.recipients.clone(),
            p.choice.map(|c| c.kind)
        ),
        (
            "share",
            vec!["affiliates".to_string()],
            Some("opt-out".to_string())
        )
    );
    // "Excluding" after a preposition is what the user may do, no exception.
    let p = one(
        "Students have the option of excluding their personal information from the directory during registration.",
    );
    assert!(p.choice.is_some() && p.condition.is_none(), "{p:#?}");
    // (The excluded data is a promise of its own: see
    // data_an_act_leaves_out_is_data_it_is_not_done_with.)
    let ps = ex().extract("We share your data with partners, excluding your email address.");
    let p = ps.iter().find(|p| !p.negated).expect("the disclosure");
    assert_eq!(
        p.condition.as_ref().map(|c| c.kind.as_str()),
        Some("exception")
    );
}

#[test]
fn a_photo_store_on_the_device_is_content() {
    let p = one("With your permission, we may access your camera roll.");
    assert!(p.action == "collect" && p.data == ["content"], "{p:#?}");
}

#[test]
fn a_list_of_friends_is_data_not_the_friends() {
    // "your friends" names people (a recipient, a subject); "your friends
    // list" is what is collected.
    for text in [
        "If you connect your account to Facebook, we will receive your friends list.",
        "We may access the list of your friends on the social network.",
    ] {
        let p = one(text);
        assert!(
            p.action == "collect" && p.data == ["social-media"],
            "{text}: {p:#?}"
        );
    }
}

#[test]
fn an_age_that_names_whom_a_clause_is_about_is_no_data() {
    each(
        &[
            "We do not knowingly collect personal information from children under the age of 13.",
            "We do not sell the information of consumers between the ages of 13 and 16.",
            "If you are 18 years of age or older, we may share your email address with partners.",
        ],
        |ps| {
            !ps.is_empty()
                && ps
                    .iter()
                    .all(|p| !p.data.contains(&"demographics".to_string()))
        },
    );
    assert!(
        one("We collect your age and gender.")
            .data
            .contains(&"demographics".to_string())
    );
    // An age a comma sets apart from "set" is still the user's age.
    assert!(
        one("We collect your age, set by you at registration.")
            .data
            .contains(&"demographics".to_string())
    );
}

#[test]
fn a_name_with_a_negation_in_it_states_no_practice() {
    let e = ex();
    each(
        &[
            "A California resident can halt these sales by pressing the “Do not sell” link in our footer.",
            "Send us an email with the subject line \"Nevada Do Not Sell Request\" and your name.",
        ],
        |ps| ps.iter().all(|p| !p.negated),
    );
    // Unquoted names of rights, links and signals, headings, and
    // instructions to the reader promise nothing either.
    each(
        &[
            "Do Not Sell.",
            "Those activities will be unaffected by a Nevada do not sell request.",
            "Click the Do Not Sell or Share My Personal Information link in the footer.",
            "Some browsers send do not track signals.",
            "Number of requests for opt-out (Do Not Sell): 7166",
            "Do not share your password with anyone.",
            // (Past a fronted condition or a short label too.)
            "If you are under the age of 18, please do not provide any personal information to us.",
            "Important: Do not send us sensitive personal information.",
            "Tip: never share your password.",
        ],
        |ps| ps.iter().all(|p| !p.negated),
    );
    assert!(one("If you are under 13, we do not collect your personal information.").negated);
    assert!(one("We will never share your phone number with advertisers.").negated);
    // The link's words are a promise when the company says them of its
    // own practice: no opt-out offered, two verbs denied.
    let ps = e.extract("We do not sell or share your personal information as those terms are defined under California law.");
    let got: Vec<_> = ps
        .iter()
        .map(|p| (p.action.as_str(), p.negated, p.choice.is_some()))
        .collect();
    assert_eq!(got, [("sell", true, false), ("share", true, false)]);
    // A link placed somewhere is not a verb of combining data.
    let ps = e.extract(
        "Click the Do Not Sell or Share My Personal Information link in the footer to opt out.",
    );
    assert!(
        ps.iter().all(|p| p.action != "combine") && ps.iter().any(|p| p.choice.is_some()),
        "{ps:#?}"
    );
    assert_eq!(
        one("We may link your information with data from advertisers.").action,
        "combine"
    );
    // A verb alone in quotes is a defined term, and a practice.
    let p = one("We \"share\" your device identifiers with advertising partners.");
    assert_eq!((p.action.as_str(), p.negated), ("share", false));
}

#[test]
fn interests_as_grounds_and_settings_listed_among_data_are_what_they_are() {
    let e = ex();
    let ps = e.extract("We process your data where necessary for our legitimate interests.");
    assert!(
        ps.iter()
            .all(|p| !p.data.contains(&"inferences".to_string())),
        "{ps:#?}"
    );
    assert!(
        one("We collect your interests.")
            .data
            .contains(&"inferences".to_string())
    );
    // Nor are the company's rights and interests, an error message, or
    // the place a prompt depends on.
    let ps = e.extract(
        "We use the information we collect to protect our rights and interests and the rights and interests of our customers.",
    );
    assert!(
        ps.iter()
            .all(|p| !p.data.contains(&"inferences".to_string())),
        "{ps:#?}"
    );
    let ps =
        e.extract("We use analytics cookies to learn why some pages are receiving error messages.");
    assert!(
        ps.iter().all(|p| !p.data.contains(&"content".to_string())),
        "{ps:#?}"
    );
    let ps = e.extract(
        "Depending on your location, you may be prompted to provide your consent to all cookies.",
    );
    assert!(
        ps.iter().all(|p| !p.data.contains(&"location".to_string())),
        "{ps:#?}"
    );
    // A trade or brand name names a product, not a person.
    let p = one("We may share your name and trade name with partners.");
    assert_eq!(p.data, ["name"]);
    assert!(
        e.extract("We use the trade names of our sellers.")
            .is_empty()
    );
    // Settings in a list of data are data; in a sentence of their own, a choice.
    each(
        &[
            "We collect your IP address, browser version, device settings, and language.",
            "We use your IP address or device settings to determine your approximate location.",
            "We receive information from device settings.",
            "You can access your recent orders; your email address; communication preferences.",
        ],
        |ps| ps.iter().all(|p| p.choice.is_none()),
    );
    // Other choices join data as choices.
    let p = one("You can update your personal information or opt out of the service.");
    assert!(p.choice.is_some(), "{p:#?}");
    // So does consent set off by commas after the data.
    let p = one("We use your precise location, with your permission, to show you nearby stores.");
    assert_eq!(p.choice.map(|c| c.kind), Some("opt-in".to_string()));
    assert!(
        one("You can block cookies in your device settings.")
            .choice
            .is_some()
    );
}

#[test]
fn a_negation_reaches_through_a_list_and_a_permission_after_a_fronted_condition() {
    // The condition's comma comes before the negation: the list of
    // verbs is the promise, the permitted "use" included.
    let ps = ex().extract(
        "If you have registered, we will not sell, rent, swap or authorize any third party to use your email address.",
    );
    assert!(ps.len() >= 3 && ps.iter().all(|p| p.negated), "{ps:#?}");
    // A negation inside the condition still belongs to it.
    let p = one("If you do not opt out, we will share your email address with advertisers.");
    assert!(!p.negated, "{p:#?}");
}

#[test]
fn tools_signals_and_suppositions_state_no_practice() {
    let e = ex();
    each(
        &[
            "Our pages include share buttons for Facebook and Twitter.",
            "You can use the share icon to send articles to friends.",
        ],
        |ps| ps.iter().all(|p| p.action != "share"),
    );
    // Neither a promise nor a choice: the browser's signal, in plain
    // or single quotes.
    for text in [
        "We are currently unable to support Do Not Track browser settings.",
        "We are currently unable to support ‘Do Not Track’ browser settings.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter().all(|p| !p.negated && p.choice.is_none()),
            "{text}: {ps:#?}"
        );
    }
    // Supposed away inside a condition.
    let ps = e.extract(
        "We can not process your booking if we do not collect your name and contact details.",
    );
    assert!(ps.iter().all(|p| p.action != "collect"), "{ps:#?}");
    let ps = e.extract("If we do not receive your consent, we will not share your email address.");
    assert!(ps.iter().all(|p| p.action != "collect"), "{ps:#?}");
    assert!(
        ps.iter().any(|p| p.action == "share" && p.negated),
        "{ps:#?}"
    );
    // A wish in the condition offers a choice about the action.
    let ps = e.extract(
        "If you prefer that we do not share this information, you may opt out by emailing us.",
    );
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
}

#[test]
fn the_policy_and_its_reader_are_no_party_to_a_practice() {
    states_nothing(&[
        "This Privacy Policy also provides information about our partners.",
        "To obtain more information about these safeguards, please email privacy@example.com.",
    ]);
    // Public bodies are authorities, not the public.
    let p = one("We provide your data to public sector bodies upon request.");
    assert_eq!(p.recipients, ["law-enforcement"], "{p:#?}");
}

#[test]
fn an_opt_outs_object_is_taken_for_granted_not_stated() {
    let e = ex();
    for text in [
        "You may opt out of having your personal information shared with business partners for marketing purposes.",
        "If you wish to opt-out of our sharing of your information with third parties, please contact us.",
        "California residents may opt out of the disclosure of personal information to third parties.",
        "You may object to the processing of your personal data for direct marketing.",
        // The object of a wish not to.
        "If you do not want your information shared in this way, do not connect your account.",
        "If you do not wish us to share your email address with partners, contact us.",
    ] {
        let ps = e.extract(text);
        assert!(
            !ps.is_empty(),
            "{text}: the practice is kept for its choice"
        );
        assert!(
            ps.iter().all(|p| p.presupposed && p.choice.is_some()),
            "{text}: {ps:#?}"
        );
    }
    // A practice stated beside the opt-out, or after a new clause, is stated.
    for text in [
        "We share your information with advertisers, and you may opt out of this sharing.",
        "You can opt out of our newsletters, and we will share your email address with partners.",
        "You may opt out if we share your information with partners.",
        "If you do not want ads, you can opt out, but we share your email address with partners.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter().any(|p| p.action == "share" && !p.presupposed),
            "{text}: {ps:#?}"
        );
    }
}

#[test]
fn operations_ads_nouns_and_other_parties_obligations_are_no_practice() {
    let e = ex();
    states_nothing(&[
        // Published advertising is nobody's data.
        "We may publish ads about third-party advertisers’ products on our service.",
        // A means given to parties is no data.
        "Web beacons provide website operators and third parties a means to deliver a graphic image in an email message.",
        // An operation that will not go through promises nothing.
        "The user will be notified that their transaction cannot be processed.",
        // A verb's form after a determiner is a noun.
        "Please visit the App Store to download the app.",
        // Errands joined to the reader's errand.
        "To obtain more information or to obtain a copy of them, please email us.",
    ]);
    // Advertising shown to members shows them no data: the data is used.
    let ps = e.extract(
        "If Sponsor XYZ wishes to display their advertising only to female members, we may use member registration data to ensure that Sponsor XYZ's ads are displayed only to female members.",
    );
    assert!(
        !ps.is_empty() && ps.iter().all(|p| p.action == "use"),
        "{ps:#?}"
    );
    // Ads named last among examples set off before the verb are not its
    // subject.
    let p = one(
        "Information about your visits, such as the number of times you have viewed an ad, is shared with advertisers.",
    );
    assert_eq!(
        (p.action.as_str(), p.data.as_slice()),
        ("share", &["usage".to_string()][..])
    );
    // Each still reads as a practice where it is one.
    assert_eq!(
        one("We may publish your reviews on our service.").recipients,
        ["public"]
    );
    assert!(one("Your information will not be processed for advertising.").negated);
    assert_eq!(one("We store your data in the cloud.").action, "retain");
    let ps = e.extract("We may transfer the collected data to our affiliates.");
    assert!(ps.iter().any(|p| p.action == "collect"), "{ps:#?}");
    // "The public interest" is a legal ground, "our interests" the
    // company's: neither the public as recipient nor the user's interests.
    let p = one(
        "We share your information with regulators where necessary for a task in the public interest.",
    );
    assert!(!p.recipients.contains(&"public".to_string()), "{p:#?}");
    let p = one("We balance our interests with your rights and will not use your information.");
    assert!(!p.data.contains(&"inferences".to_string()), "{p:#?}");
    // The company's own or commercial content is no user content.
    let p = one(
        "Personal information published in our editorial content may be shared with third parties.",
    );
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    let p = one("We use your posts to personalize ads and other sponsored or commercial content.");
    assert_eq!(p.data, ["content"], "{p:#?}");
    // "Not required to provide" offers the user a choice only when the
    // user is the one not required.
    let ps =
        e.extract("We collect your address, therefore Acme is not required to provide this link.");
    assert!(ps.iter().all(|p| p.choice.is_none()), "{ps:#?}");
    let p = one("You are not required to provide your phone number, which we collect.");
    assert!(p.choice.is_some(), "{p:#?}");
}

#[test]
fn a_negated_permission_reaches_the_permitted_action() {
    let e = ex();
    for text in [
        "We do not allow advertisers to collect your email address.",
        "Reddit does not permit other parties to collect your location.",
        "We will never authorize third parties to sell your data.",
        // Every action of the list the permission opens.
        "We do not allow our service providers to use or share your personal information.",
    ] {
        let ps = e.extract(text);
        assert!(
            !ps.is_empty() && ps.iter().all(|p| p.negated && p.actor != "first-party"),
            "{text}: {ps:#?}"
        );
    }
    // Not negated, the permission states the party's practice.
    let p = one("We allow advertisers to collect your email address.");
    assert!(!p.negated);
}

#[test]
fn actors_of_infinitives_and_coordinated_verbs() {
    let e = ex();
    // A participle's agent in the subject is not the main passive's: the
    // company keeps what third parties provide; "by them" is theirs.
    let ps = e.extract("Information provided by third parties is kept for a year.");
    assert!(
        ps.iter()
            .any(|p| p.action == "retain" && p.actor == "first-party"),
        "{ps:#?}"
    );
    let ps = e.extract("Information provided by third parties may be used by them for ads.");
    assert!(
        ps.iter()
            .any(|p| p.action == "use" && p.actor == "third-parties"),
        "{ps:#?}"
    );
    // Nor a recipient of the company's sharing.
    let ps = e.extract("We may share information provided by our partners with advertisers.");
    let ours = ps
        .iter()
        .find(|p| p.actor == "first-party" && p.action == "share")
        .expect("the company shares");
    assert_eq!(ours.recipients, vec!["advertisers"], "{ps:#?}");
    // A passive's agent that is a user, modified: the user's own act.
    each(
        &[
            "Information shared by a business user in a business account remains there.",
            "Content posted by a registered user is visible.",
        ],
        |ps| !ps.iter().any(|p| discloses(&p.action)),
    );
    let ps = e.extract("Advertisers may use cookies to collect your browsing history.");
    let collect = ps.iter().find(|p| p.action == "collect").expect("collect");
    assert_eq!(collect.actor, "advertisers", "{ps:#?}");
    assert_eq!(collect.data, vec!["usage"]);
    let p = one("We allow advertisers to collect your IP address.");
    assert_eq!(p.actor, "advertisers");
    // Past a verb the taxonomy does not know, the party "allowed" acts.
    let text = "Time Inc. also allows you to connect with other sites and services in order to share content and information.";
    assert!(e.extract(text).is_empty(), "{:#?}", e.extract(text));
    // (Not a verb listed after the infinitive's own object: the company
    // stores the message.)
    let text = "When you receive a message, we collect its content to deliver it, show it to you, enable you to reply to it, and store it for you until you delete it.";
    let ps = e.extract(text);
    assert!(
        ps.iter()
            .any(|p| p.action == "retain" && p.actor == "first-party"),
        "{ps:#?}"
    );
    // The company the user lets or bids act does: the user's leave is no
    // sharing of the user's own.
    for text in [
        "You authorize us to share your data with partners.",
        "You may instruct us to share your contact details with our partners.",
        "You can ask us to disclose your personal information to a third party.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter().any(|p| p.action == "share"
                && p.actor == "first-party"
                && p.happens()
                && !p.recipients.is_empty()),
            "{text}: {ps:#?}"
        );
    }
    // (Not a source after "from": nobody is bid act there.)
    let text = "California law permits our customers who are residents of the state to request and obtain from us once a year, at no cost, information about the personal information we disclosed to third parties for their direct marketing.";
    assert!(
        !e.extract(text)
            .iter()
            .any(|p| p.actor == "first-party" && p.action == "collect"),
        "{:#?}",
        e.extract(text)
    );
    // So does each verb listed with the infinitive, past the subject of
    // the sentence.
    let text = "The Company uses your data to enable your access to the Service, and to enable you to communicate, collaborate, and share information with those you designate.";
    let ps = e.extract(text);
    assert!(
        !ps.is_empty() && ps.iter().all(|p| p.action == "use"),
        "{ps:#?}"
    );
    let p = one("We let our partners connect to the site in order to collect usage data.");
    assert_eq!(p.actor, "partners", "{p:#?}");
    // "you" is the object of "identify", not the subject of "share".
    let ps = e.extract(
        "We remove the parts of data that can identify you and share anonymized data with other parties.",
    );
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.recipients == vec!["third-parties"]),
        "{ps:#?}"
    );
}

#[test]
fn a_list_of_parties_or_a_short_aside_keeps_the_opening_subject() {
    let e = ex();
    for (text, actor) in [
        (
            "Our partners, affiliates, tracking companies, and service providers, use session cookies to remember you.",
            "partners",
        ),
        (
            "Third parties, however, may collect your IP address.",
            "third-parties",
        ),
    ] {
        let ps = e.extract(text);
        assert!(
            !ps.is_empty() && ps.iter().all(|p| p.actor == actor),
            "{text}: {ps:#?}"
        );
    }
}

#[test]
fn compound_nouns_devices_sending_and_agreements_state_no_disclosure() {
    let e = ex();
    for text in [
        "Visit the Federal Trade Commission website for more information about COPPA.",
        "The app lets you manage your contacts from services like Exchange Online, or servers like Microsoft Exchange.",
        "Users that are not registered with a local regulated exchange have the address of our office.",
        "If you registered with a partner, that exchange is your data controller and holds your address.",
        "You may tell us your vehicle trade-in information and your phone number.",
        "Badoo Trading Limited and Bumble Trading LLC are joint controllers of the personal information collected through the app.",
        "Your submission of such information represents your agreement to any such transfer.",
        "We may collect GPS information from the device if the device transmits it.",
        "Your device and/or browser may automatically collect and/or transmit your location information.",
        // A party named as a source receives nothing.
        "Personal information does not include information lawfully made available from federal, state, or local government records.",
        "Information made available from our partners may be used.",
    ] {
        let ps = e.extract(text);
        assert!(
            !ps.iter()
                .any(|p| discloses(&p.action) && p.happens() && !p.presupposed),
            "{text}: {ps:#?}"
        );
    }
    // The verbs still disclose where they do.
    for text in [
        "We do not sell, rent, or trade your personal information unless the law requires it.",
        "Your browser may transmit your browsing history to advertisers.",
        "We may exchange your contact information with our partners.",
        "We may transfer your data to our affiliates under this agreement.",
        "We make your data available to our partners.",
        "We may release your information to law enforcement when the law requires it.",
        "You can opt out of the release of your data to partners.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter().any(|p| discloses(&p.action) && p.happens()),
            "{text}: {ps:#?}"
        );
    }
}

#[test]
fn a_software_or_news_release_is_no_disclosure_even_under_a_choice() {
    let e = ex();
    for text in [
        "If you prefer not to receive product release notes or promotional emails from us, you can unsubscribe at any time.",
        "You can unsubscribe from our press release mailing list.",
    ] {
        let ps = e.extract(text);
        assert!(ps.iter().any(|p| p.choice.is_some()), "{text}: {ps:#?}");
        assert!(!ps.iter().any(|p| discloses(&p.action)), "{text}: {ps:#?}");
    }
}

#[test]
fn disclosures_asked_about_or_not_required_are_not_stated() {
    let e = ex();
    for text in [
        "California residents may request once a year certain information regarding our disclosure of personal information to third parties for direct marketing purposes.",
        "California law permits residents to request and obtain from us a list of the third parties to whom we have disclosed their personal information (if any) for their direct marketing purposes in the prior calendar year, as well as the type of personal information disclosed to those parties.",
        "The law requires businesses to respond to requests asking about the business practices related to disclosing personal information to third parties.",
        "We are not required to maintain or disclose your personal information to third parties under this law.",
        "We have no responsibility to publish, remove or edit any of your comments or other content.",
        "We undertake no obligation or duty to release such information unless the law requires it.",
        "California Civil Code Section 1798.83 permits our customers to request and obtain from us information about the personal information (if any) we disclosed to third parties for direct marketing purposes.",
        "This information would include a list of the categories of personal information that was shared and the names of all third parties with which we shared information in the preceding calendar year.",
        // The user's right to know is answered to the user.
        "You have the right to request that we disclose the categories of personal information we collect about you.",
        "As a resident of California, you may request that we disclose which personal information we have collected, used or sold about you.",
    ] {
        let ps = e.extract(text);
        assert!(
            !ps.iter().any(|p| discloses(&p.action) && p.happens()),
            "{text}: {ps:#?}"
        );
    }
    for text in [
        "If you request information about our products, we will share your email address with our distributors.",
        "You can request a copy of your data, and we may disclose your data to our partners.",
        "We may be required to disclose your personal information to law enforcement.",
        "We may request information about you from our partners and combine it with information we hold.",
        "We may obtain information about you from public sources and combine it with other information we hold.",
        "You can request a copy of your data, and we shared your email address with advertisers.",
        "We keep a list of our customers, and we shared it with advertisers.",
        // (A recipient named, or a party's request.)
        "You may request that we share your data with another company.",
        "Government agencies may request that we disclose personal data about our travellers.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter()
                .any(|p| (discloses(&p.action) || p.action == "combine") && p.happens()),
            "{text}: {ps:#?}"
        );
    }
}

#[test]
fn not_asking_leave_promises_nothing_and_non_affiliates_are_third_parties() {
    let e = ex();
    let text = "Desktop apps won't ask for separate permission to discover your device location information.";
    let ps = e.extract(text);
    assert!(!ps.iter().any(|p| p.negated), "{text}: {ps:#?}");
    // Asking it says the practice may happen; not sharing a consent record is a promise.
    let p = one(
        "When you use our Service we may solicit your permission to collect your location data.",
    );
    assert!(p.action == "collect" && !p.negated, "{p:#?}");
    let p = one("We will not share your consent or usage data with any third parties.");
    assert!(p.action == "share" && p.negated, "{p:#?}");
    let p = one("Yahoo does not share information about you with non-affiliated companies.");
    assert_eq!(p.recipients, vec!["third-parties"], "{p:#?}");
}

#[test]
fn verbs_spelled_like_data_and_security_as_a_purpose() {
    // "address" and "email" as an infinitive's verb name no data.
    let p = one("We may share your information to address any concerns you raise.");
    assert_eq!(p.data, vec!["personal-information"], "{p:#?}");
    let p = one("We may disclose your information to address fraud.");
    assert_eq!(p.data, vec!["personal-information"], "{p:#?}");
    // (So after a modal, or ending a list of verbs.)
    let p = one("We may share your information to detect, prevent and address fraud.");
    assert_eq!(p.data, vec!["personal-information"], "{p:#?}");
    let p = one("Our support staff may address your questions using the information you give.");
    assert_eq!(p.data, vec!["personal-information"], "{p:#?}");
    let p = one("We collect your address, the date of your order and your phone number.");
    assert!(p.data.contains(&"postal-address".to_string()), "{p:#?}");
    // … but a destination is still read as data.
    let p = one("We collect information related to email and calls.");
    assert!(p.data.contains(&"email-address".to_string()), "{p:#?}");
    // Security as what a disclosure is for is no data in transit.
    let p = one("We may disclose your information to address fraud, security, or spam.");
    assert!(
        p.action == "share" && p.purposes.contains(&"security".to_string()),
        "{p:#?}"
    );
    each(
        &[
            "Your information is transmitted using SSL encryption.",
            "There is always some risk involved in transmitting information over the Internet.",
        ],
        |ps| !ps.iter().any(|p| p.action == "share"),
    );
    // Plurals of words in "ss".
    let p = one("We make your postal addresses available to companies.");
    assert_eq!(p.data, vec!["postal-address"], "{p:#?}");
}

#[test]
fn dealings_with_us_are_data_not_a_destination() {
    let p = one(
        "We may also share information about your transactions with us with companies that perform marketing services.",
    );
    assert_eq!(p.recipients, vec!["third-parties"], "{p:#?}");
    // "… with us" after the verb is still the company receiving.
    each(
        &[
            "Advertisers share this information with us.",
            "Depending on your settings, we'll share marketing communications with you.",
        ],
        |ps| !ps.iter().any(|p| discloses(&p.action)),
    );
}

#[test]
fn what_a_party_declines_limits_or_withholds_is_no_choice() {
    let e = ex();
    for text in [
        "We may decline requests that are unreasonably repetitive or jeopardize the privacy of others.",
        "We limit the use of information by companies that serve our ads.",
        "We may use or disclose your information without providing notice or choice to protect our rights.",
        "We are disabling accounts that violate our terms.",
    ] {
        assert!(
            choice_kinds(&e, text).is_empty(),
            "{text}: {:#?}",
            e.extract(text)
        );
    }
    for (text, kind) in [
        (
            "You may decline marketing emails from our partners.",
            "opt-out",
        ),
        (
            "You can limit the use of your data for advertising.",
            "opt-out",
        ),
        (
            "You can browse the site without providing your personal information.",
            "optional",
        ),
        // (The reader's act named by its gerund.)
        (
            "Disabling tracking technologies may limit features.",
            "opt-out",
        ),
        ("Rejecting cookies may limit features.", "browser-controls"),
    ] {
        assert_eq!(
            choice_kinds(&e, text),
            vec![kind],
            "{text}: {:#?}",
            e.extract(text)
        );
    }
    // What one may decline to give is what would be collected, whatever
    // verb of giving the reader's act takes.
    for text in [
        "You can browse the site without providing your personal information.",
        "You can visit our site without sharing your personal information.",
    ] {
        let p = one(text);
        assert_eq!(p.action, "collect", "{text}: {p:#?}");
    }
}

#[test]
fn keeping_something_other_than_data_is_no_retention() {
    each(
        &[
            "Your data may be processed in any country in which our service providers maintain facilities.",
            "This Site provides links to websites maintained by other organizations.",
        ],
        |ps| !ps.iter().any(|p| p.action == "retain"),
    );
    each(
        &[
            "Personal data collected and used for this purpose is kept for 10 years.",
            "Your text and the translation are not stored by our service.",
            "We keep a complete log of all messages sent on our service.",
            "We collect your email address and keep it for 30 days.",
        ],
        |ps| ps.iter().any(|p| p.action == "retain"),
    );
}

#[test]
fn as_disclosed_refers_to_the_document_and_syndication_shares() {
    let ps = ex().extract("We use information as disclosed and described here.");
    assert!(!ps.iter().any(|p| discloses(&p.action)), "{ps:#?}");
    let p = one(
        "The categories of personal information disclosed in this notice are sold to advertisers.",
    );
    assert_eq!(p.action, "sell", "{p:#?}");
    // A disclosure placed somewhere else is one.
    let p = one("Your data may be disclosed in a merger to the buyer.");
    assert_eq!(p.action, "share", "{p:#?}");
    let p =
        one("Publicly posted content can be syndicated to third-party sites and content partners.");
    assert!(
        p.action == "share" && p.recipients.contains(&"partners".to_string()),
        "{p:#?}"
    );
}

#[test]
fn data_that_becomes_public_is_disclosed_to_the_public() {
    for text in [
        "Any information you disclose in these areas becomes public.",
        "Comments posted to any of our pages are public.",
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.recipients.clone()),
            ("share", vec!["public".to_string()]),
            "{text}"
        );
    }
    // Posting in public discloses what is posted.
    for text in [
        "Your user name and rankings are publicly posted.",
        "Your user name is displayed publicly on the leaderboard.",
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.data.clone()),
            ("share", vec!["account-information".to_string()]),
            "{text}"
        );
    }
    // A relative clause describes the data collected.
    let p = one("We collect information that is public.");
    assert_eq!(p.action, "collect", "{p:#?}");
}

#[test]
fn a_relative_clause_on_a_thing_gathers_that_thing() {
    // "… legal process we receive" receives the process.
    let ps = ex().extract(
        "We may disclose your information in response to any subpoenas, court orders, or other legal process we receive.",
    );
    assert!(ps.len() == 1 && ps[0].action == "share", "{ps:#?}");
    // On data, or with an object of its own, it gathers data.
    let ps = ex().extract("We share the information we receive with partners.");
    assert!(ps.iter().any(|p| p.action == "collect"), "{ps:#?}");
    let ps = ex().extract("b) We collect and process the following personal data:");
    assert!(ps.iter().any(|p| p.action == "collect"), "{ps:#?}");
}

#[test]
fn a_participle_on_a_thing_describes_that_thing() {
    // The signals are transmitted, not the activities named before.
    let ps = ex().extract(
        "Browsers let you instruct websites not to track your online activities, and we do not honor DNT signals or similar mechanisms transmitted by web browsers.",
    );
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
    // So does the last of a list of them, an irregular one too: the
    // solutions are sold, no data.
    let ps = ex().extract(
        "Services means the cloud-based solutions offered, marketed, or sold by Cloudflare or its authorized partners.",
    );
    assert!(ps.iter().all(|p| p.action != "sell"), "{ps:#?}");
    let p = one("Your contact details sold by us to partners are listed below.");
    assert_eq!(p.action, "sell", "{p:#?}");
    // On data, the participle states the act.
    let p = one("Your messages sent through the service are stored by our providers.");
    assert_eq!(p.action, "retain", "{p:#?}");
    let ps = ex().extract("We share cookies placed by advertisers with our partners.");
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
}

#[test]
fn a_verb_after_a_determiner_is_a_noun() {
    let p = one("We or our store partners may collect your email address.");
    assert_eq!(p.action, "collect", "{p:#?}");
    let ps = ex().extract("Security procedures are in place to protect your information.");
    assert!(ps.iter().all(|p| p.action != "collect"), "{ps:#?}");
    // As a verb it still acts.
    let p = one("We store your email address.");
    assert_eq!(p.action, "retain", "{p:#?}");
    // A bare form in "ss" after an article and a modifier is a noun too.
    let p = one("During the registration process, we collect your name.");
    assert_eq!(p.action, "collect", "{p:#?}");
    let p = one("Our partners process your data.");
    assert_eq!(p.action, "use", "{p:#?}");
}

#[test]
fn choices_one_may_learn_about_are_not_offered() {
    let e = ex();
    let text = "To know your choices about not having this information used by these companies, click here.";
    assert!(choice_kinds(&e, text).is_empty(), "{:#?}", e.extract(text));
    // Nor choices a document describes.
    let text = "This privacy policy explains our practices, and your choices, on how we collect, use and share your information.";
    assert!(e.extract(text).is_empty(), "{:#?}", e.extract(text));
    let text = "You may set your choices for advertising in the following ways.";
    assert!(!choice_kinds(&e, text).is_empty(), "{:#?}", e.extract(text));
    let text = "You may notice that we use cookies to record your preferences.";
    assert!(choice_kinds(&e, text).is_empty(), "{:#?}", e.extract(text));
    let text = "You can change your preferences for email from us.";
    assert!(!choice_kinds(&e, text).is_empty(), "{:#?}", e.extract(text));
}

#[test]
fn where_the_companys_data_comes_from_is_its_source() {
    let e = ex();
    let sources = |text: &str| every(&e, text, |p| &p.sources);
    for (text, expected) in [
        // (Data bought is collected from its seller, named or not; a list
        // of sellers runs across a short aside.)
        (
            "We also buy information about you from data brokers.",
            vec!["data-brokers"],
        ),
        ("We don't buy data about you.", vec!["third-parties"]),
        (
            "We receive information from Facebook, Twitter (now X) or Google.",
            vec!["facebook", "twitter", "google"],
        ),
        (
            "We may receive information about you from data brokers.",
            vec!["data-brokers"],
        ),
        (
            "Our partners may share information about you with us.",
            vec!["partners"],
        ),
        (
            "We use information provided by Google to show you maps.",
            vec!["google"],
        ),
        (
            "Your email address may be provided to us by our partners.",
            vec!["partners"],
        ),
        // A list continued after the one "from" names.
        (
            "We receive information from providers of business information and publicly available sources.",
            vec!["service-providers", "public"],
        ),
        // Fronted.
        (
            "From third parties: data that helps us fight fraud, which we collect with your permission.",
            vec!["third-parties"],
        ),
        // No source: a request's asker, whom data is about, what is no data.
        (
            "We process your information to answer requests from public authorities, and to prove that we complied.",
            vec![],
        ),
        (
            "We do not want to be used by, and do not collect information from, anyone under 13.",
            vec![],
        ),
        (
            "We use the information in your account, a subscription provided by your employer.",
            vec![],
        ),
        (
            "We use your email address to send you offers from our partners and from other companies.",
            vec![],
        ),
        (
            "We collect information from our members and visitors.",
            vec![],
        ),
        // Trackers another party provides are its own, not data it gives.
        (
            "We use web beacons provided by advertising companies to manage our ads.",
            vec![],
        ),
        // A disclosure's parties receive.
        ("We share information about you with advertisers.", vec![]),
    ] {
        assert_eq!(sources(text), expected, "{text}: {:#?}", e.extract(text));
    }
    // What the user signs up to receive, the company does not collect.
    for text in [
        "You may opt in to receive information from our partners.",
        "Sign up to receive information from our partners.",
        "Subscribe to receive newsletters about our products.",
    ] {
        assert!(
            !e.extract(text).iter().any(|p| p.action == "collect"),
            "{text}: {:#?}",
            e.extract(text)
        );
    }
    // "From" reaches no party past a preposition of its own: the
    // advertisers receive what came from partners.
    let ps = e.extract("We may share information we receive from partners with advertisers.");
    let share = ps
        .iter()
        .find(|p| p.action == "share")
        .expect("a disclosure");
    assert_eq!(share.recipients, ["advertisers"], "{ps:#?}");
}

#[test]
fn a_right_to_have_data_deleted_is_read_over_its_keeping() {
    let e = ex();
    for (text, data) in [
        (
            "You may request that we delete your personal information.",
            vec!["personal-information"],
        ),
        (
            "You have the right to access, correct or delete your personal information.",
            vec!["personal-information"],
        ),
        ("You can delete your account at any time.", vec![]),
        // How soon the company answers limits no right.
        (
            "You can ask us to delete your data, and we will do so within 30 days.",
            vec!["personal-information"],
        ),
    ] {
        let ps = e.extract(text);
        assert_eq!(ps.len(), 1, "{text}: {ps:#?}");
        let p = &ps[0];
        let choice = p.choice.as_ref().expect("a choice");
        assert_eq!(
            (
                p.action.as_str(),
                choice.kind.as_str(),
                choice.window_days,
                p.data.clone(),
                p.presupposed
            ),
            (
                "retain",
                "deletion",
                None,
                data.iter().map(|d| d.to_string()).collect(),
                true
            ),
            "{text}: {ps:#?}"
        );
    }
    // The company deleting, the user's deleting as an occasion, and
    // trackers cleared in the browser are no such right.
    for text in [
        "We may delete your information if your account is inactive.",
        "If you delete your account, we keep your messages for 30 days.",
        "You can delete your cookies in your browser.",
    ] {
        assert!(
            !choice_kinds(&e, text).iter().any(|k| k == "deletion"),
            "{text}: {:#?}",
            e.extract(text)
        );
    }
}

#[test]
fn a_feature_being_on_is_a_condition_and_no_opt_in() {
    for (text, want) in [
        (
            "With Smart Driving enabled, we also collect driving behavior data.",
            "with smart driving enabled",
        ),
        (
            "We collect your advertising ID when the advertising ID is enabled.",
            "when the advertising id is enabled",
        ),
        (
            "When location history is turned on, we collect your precise location.",
            "when location history is turned on",
        ),
    ] {
        let p = one(text);
        assert_eq!(p.condition.map(|c| c.text).as_deref(), Some(want), "{text}");
        // (Who turns it on is not said.)
        assert!(p.choice.is_none(), "{text}");
    }
    // A party that something else enables, and the user's own state, are
    // no feature's.
    for text in [
        "We share data with partners enabled by our platform.",
        "When you are signed in, we collect your searches.",
    ] {
        assert_eq!(one(text).condition, None, "{text}");
    }
}

#[test]
fn a_when_the_law_compels_or_the_company_judges_is_a_condition() {
    let condition = |text: &str| one(text).condition.map(|c| c.text);
    assert_eq!(
        condition("We may share your data with the police when required by law."),
        Some("when required by law".to_string())
    );
    assert_eq!(
        condition("We keep your data where we are legally required to."),
        Some("where we are legally required to".to_string())
    );
    assert_eq!(
        condition("We may share your data with the police when we believe it is appropriate."),
        Some("when we believe it is appropriate".to_string())
    );
    // (And "required by law" still names the purpose.)
    assert_eq!(
        one("We may share your data with the police when required by law.").purposes,
        ["legal"]
    );
    // An occasion is none.
    for text in [
        "We collect your email address when you register.",
        "We share your data with partners where we have a legitimate interest.",
    ] {
        assert_eq!(condition(text), None, "{text}");
    }
}

#[test]
fn choice_words_used_otherwise_offer_no_choice() {
    let e = ex();
    for text in [
        // "Object" the noun.
        "A web bug is a file object placed on a page to monitor user activity.",
        // What the company alone gives, however far its subject is.
        "There may be instances when Acme may use or disclose your information without providing notice or choice.",
        // The company acting, named past the sentence's opening words.
        "In a few rare cases we may disclose your information without providing it to you first.",
        // A choice of what to do, not over one's data.
        "After submitting your request, you may choose to apply for credit with our finance arm.",
    ] {
        assert!(
            choice_kinds(&e, text).is_empty(),
            "{text}: {:#?}",
            e.extract(text)
        );
    }
    // (Choosing to delete one's account is the right to deletion, no opt-in.)
    let text = "You may choose to delete your account at any time.";
    assert_eq!(
        choice_kinds(&e, text),
        ["deletion"],
        "{:#?}",
        e.extract(text)
    );
    for text in [
        "You may also object to the processing of your data for marketing.",
        "You have the right to object to our use of your data for marketing.",
        "As a general matter, you can browse our site without submitting your personal information to us, although we collect your IP address.",
        "You may choose to share your location with our partners.",
    ] {
        assert!(
            !choice_kinds(&e, text).is_empty(),
            "{text}: {:#?}",
            e.extract(text)
        );
    }
}

#[test]
fn using_another_partys_tracker_lets_it_collect() {
    for (text, owner) in [
        (
            "We may use cookies from a vendor to serve you ads.",
            "service-providers",
        ),
        (
            "We use web beacons and cookies, including those from third parties.",
            "third-parties",
        ),
        ("We use third-party cookies to serve ads.", "third-parties"),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.recipients.clone()),
            ("share", vec![owner.to_string()]),
            "{text}"
        );
    }
    // Each owner listed gets them.
    for text in [
        "We use cookies from Google Analytics and Meta Pixel to measure our ads.",
        "We use cookies from Google and Facebook.",
    ] {
        let mut to = one(text).recipients;
        to.sort();
        assert_eq!(to, ["facebook", "google"], "{text}");
    }
    // Our own cookies stay ours.
    let p = one("We use cookies to remember your settings.");
    assert_eq!(p.action, "use", "{p:#?}");
}

#[test]
fn a_predicate_coordinated_without_a_subject_binds_the_party_given_access() {
    // The company discloses; the providers it disclosed to are the ones
    // the second predicate binds, however it is introduced.
    for text in [
        "These service providers have access to personal information that is necessary to perform their functions, and are prohibited from using your personal information for their own commercial purposes.",
        "Service providers have access to personal information needed to perform their functions, but may not use it for other purposes.",
    ] {
        let ps = ex().extract(text);
        let got: Vec<_> = ps
            .iter()
            .map(|p| (p.action.as_str(), p.actor.as_str(), p.negated))
            .collect();
        assert_eq!(
            got,
            [
                ("share", "first-party", false),
                ("use", "service-providers", true)
            ],
            "{text}"
        );
    }
    // A subject of its own keeps the predicate its own.
    let ps = ex().extract("Partners have access to your email address, but we do not sell it.");
    assert!(
        ps.iter()
            .any(|p| p.action == "sell" && p.actor == "first-party" && p.negated),
        "{ps:#?}"
    );
}

#[test]
fn coordinated_verbs_keep_the_subject_of_their_clause() {
    let acts = |text: &str| -> Vec<(String, String)> {
        ex().extract(text)
            .into_iter()
            .map(|p| (p.action, p.actor))
            .collect()
    };
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    // A party after "from" is no subject of the verb after "and".
    assert_eq!(
        acts("We collect data from partners and share it with advertisers."),
        [pair("collect", "first-party"), pair("share", "first-party")]
    );
    // Nor is the user a verb gives to.
    assert_eq!(
        acts("We send you newsletters and share your email address with partners."),
        [pair("share", "first-party")]
    );
    // A subject listing parties is each one's for every verb it governs.
    let got = acts("We and our partners may collect, use, and share your data.");
    for action in ["collect", "use", "share"] {
        for actor in ["first-party", "partners"] {
            assert!(
                got.contains(&pair(action, actor)),
                "{action} {actor}: {got:?}"
            );
        }
    }
    // None of the subject's parties is a recipient of its own act.
    assert!(
        ex().extract("We and our partners may collect, use, and share your data.")
            .iter()
            .all(|p| p.recipients.is_empty())
    );
    // So across the object of a predicate joined before: neither party
    // receives what the other shares.
    let ps = ex().extract("Our partners and affiliates may collect your data and may share it.");
    let sharers: Vec<&str> = ps
        .iter()
        .filter(|p| p.action == "share")
        .map(|p| p.actor.as_str())
        .collect();
    assert!(
        sharers.contains(&"partners") && sharers.contains(&"affiliates"),
        "{ps:#?}"
    );
    assert!(ps.iter().all(|p| p.recipients.is_empty()), "{ps:#?}");
    // A subject named since the last verb starts a clause of its own: the
    // company records and processes, not the user who registers to use.
    assert_eq!(
        acts(
            "When you register to use XING applications we have to record and process certain personal data."
        ),
        [pair("collect", "first-party"), pair("use", "first-party")]
    );
}

#[test]
fn advertising_shown_is_no_data_given() {
    // "Display … ads on third-party services": the ads go there, not the
    // data used to choose them; "providing offers to our members" likewise.
    let ps = ex().extract(
        "We use your location data to deliver and display and target personalized ads on other third-party services.",
    );
    assert!(
        ps.iter()
            .all(|p| p.action == "use" && p.recipients.is_empty()),
        "{ps:#?}"
    );
    assert!(ex().extract("We provide offers to our members.").is_empty());
    // Whoever's the ads are: third-party advertising shown is no disclosure.
    let ps =
        ex().extract("We display personalized third-party advertising based on your interests.");
    assert!(ps.iter().all(|p| !discloses(&p.action)), "{ps:#?}");
    let p = one("We provide advertisers with your email address.");
    assert_eq!(
        (p.action.as_str(), p.recipients.clone()),
        ("share", vec!["advertisers".to_string()])
    );
}

#[test]
fn a_contracted_subject_is_the_subject_written_out() {
    // "we'll" names the company as "we will" does: the verb after an
    // unknown one ("connect") is its act, not the user's of the "if" clause.
    let p = one(
        "For example, if you select the 'tap to call' button, we'll connect your call and may share your phone number with the shop.",
    );
    assert!(
        p.action == "share" && p.actor == "first-party" && p.data == ["phone-number"],
        "{p:#?}"
    );
    let p = one("We\u{2019}ll never sell your data.");
    assert!(p.negated && p.modality == Modality::Will, "{p:#?}");
}

#[test]
fn an_activity_denied_by_the_verb_that_does_it_is_not_done() {
    each(
        &[
            "Outbrain does not conduct cross device tracking.",
            "We do not carry out tracking of your location.",
        ],
        |ps| !ps.is_empty() && ps.iter().all(|p| p.action == "collect" && p.negated),
    );
    let p = one("Outbrain conducts cross device tracking.");
    assert!(p.action == "collect" && !p.negated, "{p:#?}");
}

#[test]
fn verbs_of_one_action_merge_only_when_both_or_neither_are_negated() {
    let ps = ex().extract(
        "These companies will have access to your personal information, but they may not share that information with any other third party.",
    );
    assert!(
        ps.iter().any(|p| p.action == "share" && !p.negated)
            && ps.iter().any(|p| p.action == "share" && p.negated),
        "{ps:#?}"
    );
    let ps = ex().extract(
        "If you decline permission for us to collect your precise geolocation, we will not collect it.",
    );
    assert!(
        ps.iter().any(|p| p.action == "collect" && p.negated),
        "{ps:#?}"
    );
    // Verbs of one polarity still merge, and so does a relative clause.
    let p = one("We do not sell or rent your email address.");
    assert!(p.negated, "{p:#?}");
    let p = one("We may need to collect data items that were not collected previously.");
    assert!(!p.negated, "{p:#?}");
}

#[test]
fn a_recipient_opening_on_that_after_a_weak_verb() {
    // "that business" starts where the weak verb's determiner "that"
    // would: the clause check must not read backwards (it panicked).
    let p = one("When we do this, we do not give that business your name and address.");
    assert_eq!(
        (p.action.as_str(), p.negated, p.recipients.clone()),
        ("share", true, vec!["third-parties".to_string()]),
        "{p:#?}"
    );
}

#[test]
fn advice_to_the_reader_states_no_practice() {
    states_nothing(&[
        "We recommend using a unique password for your account that is not utilized for other online accounts.",
        "We urge you to keep your password in a safe place and not to divulge it to anyone.",
    ]);
    // A practice of the company's own after the advice still counts.
    let ps = ex().extract(
        "We recommend that you read this policy; we share your email address with partners.",
    );
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
}

#[test]
fn a_means_of_contact_is_no_data() {
    each(
        &[
            "We send updates to our members via email.",
            "Third parties may collect feedback by phone.",
        ],
        |ps| {
            ps.iter()
                .flat_map(|p| &p.data)
                .all(|d| d != "email-address" && d != "phone-number")
        },
    );
    let p = one("We share your email with our partners.");
    assert_eq!(p.data, vec!["email-address"], "{p:#?}");
    let p = one("We may collect your email address by phone.");
    assert_eq!(p.data, vec!["email-address"], "{p:#?}");
}

#[test]
fn a_modifier_shared_across_and_keeps_companies_affiliated() {
    let p = one("Verizon Media shares information within its affiliated brands and companies.");
    assert_eq!(p.recipients, vec!["affiliates"], "{p:#?}");
    let p = one("We share data with our affiliated companies and other companies.");
    assert_eq!(p.recipients, vec!["affiliates", "third-parties"], "{p:#?}");
    // Facebook's parent under its name since 2021, alone and as a family.
    let p = one("We will share your phone number with Meta to improve ad targeting.");
    assert_eq!(p.recipients, vec!["facebook"], "{p:#?}");
    let p = one("We may share your information with other Meta Companies.");
    assert_eq!(p.recipients, vec!["affiliates", "facebook"], "{p:#?}");
    // Each acts, as a subject: "the Facebook family of companies may use it".
    let ps = ex().extract(
        "The Facebook family of companies may use this information to show you more relevant ads.",
    );
    let actors: Vec<&str> = ps.iter().map(|p| p.actor.as_str()).collect();
    assert_eq!(actors, ["affiliates", "facebook"], "{ps:#?}");
}

#[test]
fn a_disclaimer_about_breaches_is_no_promise() {
    let e = ex();
    states_nothing(&[
        "We cannot guarantee that your personal information will not be disclosed to unauthorized third parties.",
        "We cannot ensure the security of information you send us or guarantee that information on the Service may not be accessed, disclosed, altered, or destroyed.",
        "We do not guarantee your data will never be accessed by hackers.",
    ]);
    // A guarantee given is a promise; the object of a refused one still states its practice.
    let p = one("We guarantee that your personal information will not be sold.");
    assert!(p.negated && p.action == "sell", "{p:#?}");
    let ps = e.extract("We cannot guarantee the security of personal information disclosed to those third parties.");
    assert!(
        ps.iter().any(|p| p.action == "share" && !p.negated),
        "{ps:#?}"
    );
}

#[test]
fn monitoring_and_accessing_collect_access_to_is_a_noun() {
    let p = one("Our partners monitor your browsing activity.");
    assert_eq!(
        (p.actor.as_str(), p.action.as_str()),
        ("partners", "collect"),
        "{p:#?}"
    );
    let p = one("Advertisers may access your IP address.");
    assert_eq!(
        (p.actor.as_str(), p.action.as_str()),
        ("advertisers", "collect"),
        "{p:#?}"
    );
    // Its third person after a subject the vocabulary does not know.
    let p = one("The app accesses your contacts.");
    assert_eq!(
        (p.action.as_str(), p.data.as_slice()),
        ("collect", &["contacts".to_string()][..])
    );
    states_nothing(&["We log multiple accesses to your account."]);
    states_nothing(&[
        "We limit access to your personal information to staff who need it.",
        "Passwords, password hints and similar details for account access.",
        "Information about nearby Wi-Fi access points, access dates and times.",
    ]);
    let p = one("Your email address will be provided to the dealer you choose.");
    assert_eq!(p.recipients, vec!["partners"], "{p:#?}");
    // "Accessible to / by" is a weak verb of its own, not the verb "access".
    for (text, to) in [
        (
            "Your email address is accessible to other users.",
            "other-users",
        ),
        (
            "Your email address is accessible by advertisers.",
            "advertisers",
        ),
    ] {
        let p = one(text);
        assert!(
            p.action == "share" && p.recipients == [to],
            "{text}: {p:#?}"
        );
    }
}

#[test]
fn prohibitions_and_what_is_not_permitted_are_promises() {
    let p = one(
        "Service providers are prohibited from using your personal information for their own purposes.",
    );
    assert!(p.negated && p.action == "use", "{p:#?}");
    let p = one("We are not permitted to knowingly collect any personal information from a child.");
    assert!(p.negated && p.action == "collect", "{p:#?}");
    // Still a statement where nothing forbids it.
    let p = one(
        "Service providers are permitted to use your personal information to provide services.",
    );
    assert!(!p.negated, "{p:#?}");
}

#[test]
fn what_a_safeguard_achieves_is_no_promise() {
    let e = ex();
    each(
        &[
            "For example, we may anonymize data, or encrypt data to ensure it can\u{2019}t be linked to other information about you.",
            "We hash identifiers so that they cannot be linked to you.",
        ],
        |ps| !ps.iter().any(|p| p.negated),
    );
    // Nor is what a measure keeps data from undergoing.
    states_nothing(&[
        "However, the encrypted connection prevents your queries from being revealed to these entities.",
        "We keep your data from being sold to advertisers.",
    ]);
    // A safeguard in a clause of its own leaves the next clause's act.
    let p = one(
        "We protect your personal information from unauthorized access, and we share your email address with partners.",
    );
    assert_eq!((p.action.as_str(), p.negated), ("share", false), "{p:#?}");
    // What the company keeps a party from doing, the party does not do;
    // what a browser or the reader prevents is no promise of the company's.
    for (text, party) in [
        (
            "We prevent our partners from using your data for ads.",
            "partners",
        ),
        (
            "We prohibit our service providers from selling your data.",
            "service-providers",
        ),
        (
            "We restrict our partners from using your data for advertising.",
            "partners",
        ),
        // (The act named as a noun is its agent's, past "our".)
        (
            "We prohibit the sale of your data by our service providers.",
            "service-providers",
        ),
    ] {
        let p = one(text);
        assert!(p.negated && p.actor == party, "{text}: {p:#?}");
    }
    let ps = e.extract(
        "The browser can block that website from collecting certain information about you.",
    );
    assert!(ps.iter().all(|p| !p.negated), "{ps:#?}");
    // An obligation put on a party is a promise.
    let ps = e.extract("We use contracts to ensure partners do not use your data for advertising.");
    assert!(
        ps.iter().any(|p| p.negated && p.actor == "partners"),
        "{ps:#?}"
    );
    // A gerund after "without" is done by the verb's own subject.
    // (The reader's sharing is no practice; not disclosing their identity
    // is a choice over what is collected.)
    let ps = e.extract(
        "Reviews include any experiences you choose to share without disclosing your identity.",
    );
    assert!(
        ps.iter().all(|p| !p.negated
            && p.action == "collect"
            && p.choice.as_ref().is_some_and(|c| c.kind == "optional")),
        "{ps:#?}"
    );
    let p = one("We share photos without disclosing your identity.");
    assert!(p.actor == "first-party" && p.action == "share", "{p:#?}");
    // A cookie banner or policy is no cookie data; cookie settings stay a choice.
    let p = one(
        "We share limited personal information with advertising partners, if you provide your consent via a cookie consent banner.",
    );
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    assert!(
        one("You can change your cookie settings at any time.")
            .choice
            .is_some()
    );
    // A single photo is content; page views are usage.
    assert_eq!(
        one("We may share your photo with other users.").data,
        ["content"]
    );
    assert_eq!(
        one("Partners may collect page views and browser types.").data,
        ["usage", "device-information"]
    );
    // Marketing activities are a purpose, not the user's activity.
    let p = one("We use your email address for marketing activities.");
    assert_eq!(
        (p.data.clone(), p.purposes.clone()),
        (
            vec!["email-address".to_string()],
            vec!["marketing".to_string()]
        )
    );
}

#[test]
fn setting_a_tracker_collects_setting_anything_else_does_not() {
    for (text, actor) in [
        (
            "Advertisers may set cookies on your computer.",
            "advertisers",
        ),
        (
            "Our partners may set and access their cookies on your computer.",
            "partners",
        ),
        // A passive keeping its object before the agent.
        (
            "It is possible you will be served cookies by our advertisers.",
            "advertisers",
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.actor.as_str(), p.data.clone()),
            ("collect", actor, vec!["cookies".to_string()]),
            "{text}"
        );
    }
    each(
        &[
            "You can set your browser to refuse cookies.",
            "We use your data to serve ads and to serve you better.",
            "You can set your communication preferences at any time.",
        ],
        |ps| !ps.iter().any(|p| p.action == "collect"),
    );
}

#[test]
fn a_warning_against_phishing_states_no_collection() {
    // Asking for data in a message never sent: neither a collection nor a
    // promise against one (the card number is collected at checkout).
    states_nothing(&[
        "We do not send emails asking you to provide your credit card number.",
        "We never send messages that ask you to confirm your password.",
    ]);
    // An asking of the company's own still collects.
    let ps = ex()
        .extract("We do not sell your data, and we may ask you to provide your shipping address.");
    assert!(
        ps.iter().any(|p| p.action == "collect" && !p.negated),
        "{ps:#?}"
    );
}

#[test]
fn a_participle_before_a_place_or_a_tool_names_it() {
    // A linked site, a shared computer: no linking, no sharing.
    states_nothing(&[
        "Read the privacy policy of a linked Web site before you disclose any personal information there.",
        "If you use a shared computer, sign out when you are done with your personal information.",
    ]);
    // As the verb it still acts.
    let p = one("We linked your account to your email address.");
    assert_eq!(p.action, "combine", "{p:#?}");
}

#[test]
fn a_party_after_a_preposition_and_its_article_is_no_subject() {
    // The agent of an opening participle is not the sentence's subject.
    let p = one("Powered by the Google operating system, the tablet collects your location.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("collect", "first-party"),
        "{p:#?}"
    );
    // Opening the sentence, the party acts.
    let p = one("The Google app collects your location.");
    assert_eq!(p.actor, "google", "{p:#?}");
}

#[test]
fn pronoun_subjects_take_the_party_named_before() {
    let ex = ex();
    let md = concat!(
        "# Ads\n\nOur advertising partners serve ads on our site. ",
        "They may collect your IP address and sell it.\n\n",
        "# Posts\n\nUsers can post comments. They may share their comments with friends.\n\n",
        "# Other\n\nThey may sell your email address.\n"
    );
    let out = ex.extract_all(clauses_of(md));
    let all: Vec<&Practice> = out.iter().flat_map(|c| c.practices.iter()).collect();
    // The advertisers collect and sell; nobody reads as "we".
    assert!(all.iter().all(|p| p.actor == "advertisers"), "{all:#?}");
    assert!(all.iter().any(|p| p.action == "sell"));
    assert!(all.iter().any(|p| p.action == "collect"));
    // The same with the cache, twice (the pronoun's clause is never reused).
    let mut cache = ExtractCache::default();
    for _ in 0..2 {
        let cached = ex.extract_all_cached(clauses_of(md), &mut cache);
        for (c, f) in cached.iter().zip(&out) {
            assert_eq!(c.practices[..], f.practices[..]);
        }
    }
}

#[test]
fn coordinated_verbs_share_their_subject() {
    let e = ex();
    assert!(
        e.extract("Users may post comments and share them with friends.")
            .is_empty()
    );
    let ps = e.extract("Advertisers may collect your IP address and sell it.");
    assert!(
        ps.iter().all(|p| p.actor == "advertisers") && ps.len() == 2,
        "{ps:#?}"
    );
}

#[test]
fn objects_point_at_the_data_of_each_verb() {
    let text = "We use cookies to collect your email address.";
    let ps = ex().extract(text);
    let norm = normalize(text);
    let words = |p: &Practice| -> Vec<String> {
        p.objects
            .iter()
            .map(|o| norm[o.start..o.end].to_string())
            .collect()
    };
    let used = ps.iter().find(|p| p.action == "use").unwrap();
    let collected = ps.iter().find(|p| p.action == "collect").unwrap();
    assert_eq!(words(used), vec!["cookies"]);
    assert_eq!(words(collected), vec!["email address"]);
    // The same practice stated by two verbs holds the objects of both.
    let text = "Advertisers may set cookies or use web beacons to collect your IP address.";
    let ps = ex().extract(text);
    let norm = normalize(text);
    let collected = ps.iter().find(|p| p.action == "collect").unwrap();
    assert_eq!(collected.data, vec!["cookies", "ip-address"], "{ps:#?}");
    let spans: Vec<&str> = collected
        .objects
        .iter()
        .map(|o| &norm[o.start..o.end])
        .collect();
    assert_eq!(spans, vec!["cookies", "ip address"]);
}

#[test]
fn the_object_of_a_passive_is_its_subject() {
    let objects = |text: &str, action: &str| -> Vec<String> {
        let norm = normalize(text);
        let ps = ex().extract(text);
        let p = ps.iter().find(|p| p.action == action);
        let p = p.unwrap_or_else(|| panic!("{text}: {ps:#?}"));
        p.objects
            .iter()
            .map(|o| norm[o.start..o.end].to_string())
            .collect()
    };
    // What passes is the subject, not data the sentence names later …
    assert_eq!(
        objects(
            "Your contact information may be shared with partners who use the information to send you offers.",
            "share"
        ),
        ["contact information"]
    );
    assert_eq!(
        objects(
            "Information about you might go to third parties, and you may ask us not to share the information.",
            "share"
        ),
        ["information about you"]
    );
    // … across a relative clause, with the examples that spell it out.
    assert_eq!(
        objects(
            "Any content that you post on the forums is visible to other users.",
            "share"
        ),
        ["content"]
    );
    assert_eq!(
        objects(
            "Certain information is collected automatically, such as your IP address and browser type.",
            "collect"
        ),
        ["information", "ip address", "browser type"]
    );
    // An active verb's object stays what follows it.
    assert_eq!(
        objects(
            "We share the information you provide, such as your email address, with partners.",
            "share"
        ),
        ["information", "email address"]
    );
}

#[test]
fn transit_titles_and_the_company_itself_are_no_disclosure() {
    let e = ex();
    let shares = |t: &str| {
        e.extract(t)
            .iter()
            .any(|p| p.action == "share" && !p.negated)
    };
    assert!(!shares(
        "Payment details are transmitted using SSL encryption."
    ));
    assert!(!shares("Other Circumstances When Your Data May Be Shared"));
    assert!(!shares(
        "The survey company shares the survey answers with us."
    ));
    assert!(!shares("We share news about our products with you."));
    assert!(!shares(
        "You can browse the site without disclosing personal information."
    ));
    assert!(!shares("This statement discloses our privacy practices."));
    assert!(!shares(
        "This site has agreed to disclose its information practices."
    ));
    assert!(shares(
        "We may disclose your information, policy numbers included."
    ));
    assert!(!shares(
        "Flash cookies, also known as local shared objects, may be stored."
    ));
    // Still disclosures: a recipient after "with our", encryption on the way to one.
    assert!(shares("We share aggregated data with our advertisers."));
    assert!(shares(
        "We transmit your card number to our payment processors using encryption."
    ));
}

#[test]
fn places_are_not_recipients() {
    let e = ex();
    let shares = |t: &str| e.extract(t).iter().any(|p| p.action == "share");
    assert!(!shares(
        "Cookies are small files that we transfer to your computer's hard drive."
    ));
    assert!(!shares(
        "We may transfer your information to and from any state or country."
    ));
    assert!(!shares("Your profile is stored on our servers."));
    // So is a place the data passes through to the user.
    assert!(!shares(
        "A cookie is a small amount of data that is transferred from a Web server through your browser and stored on the hard drive of your computer."
    ));
    assert!(shares(
        "We share your data through our partners with advertisers."
    ));
    assert!(shares(
        "We may transfer your data to our affiliates in other countries."
    ));
    // A place inside the data is no destination.
    assert!(shares(
        "We share information about your device with advertisers."
    ));
}

#[test]
fn a_transfer_to_a_country_or_region_is_an_international_transfer() {
    let e = ex();
    let abroad = |t: &str| {
        let ps = e.extract(t);
        ps.iter()
            .any(|p| p.action == "share" && p.recipients == ["other-countries"])
    };
    for text in [
        "Your information may be transferred to the United States.",
        "If you live in Europe, we may transfer your personal data to the United States.",
        "Your data may be transferred to a destination outside the European Economic Area.",
        "We may transfer your personal information to servers located outside your country.",
        "Your personal data may be transferred abroad.",
        "Your information may be transferred to, and processed in, other countries.",
    ] {
        assert!(abroad(text), "{text}: {:#?}", e.extract(text));
    }
    // What it goes to is the country; a party named after it says why.
    let ps = e.extract(
        "We may transfer your personal information to other countries, for example because a service provider is located there.",
    );
    let share = ps.iter().find(|p| p.action == "share").unwrap();
    assert_eq!(share.recipients, vec!["other-countries"], "{ps:#?}");
    // A place of a recipient's is that recipient's; a recipient abroad
    // receives abroad.
    let ps = e.extract(
        "The information the cookie generates is transferred to a server of Google in the USA.",
    );
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.recipients == ["google", "other-countries"]),
        "{ps:#?}"
    );
    for text in [
        "We share your information with our affiliates in other countries.",
        "We may disclose your data to service providers located outside the EEA.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter().any(|p| p.action == "share"
                && p.recipients.len() == 2
                && p.recipients[1] == "other-countries"),
            "{text}: {ps:#?}"
        );
    }
    // Named as a topic, a transfer is no practice.
    let ps = e.extract("For more detail on transfers to the United States, please see below.");
    assert!(ps.is_empty(), "{ps:#?}");
    // At home: a recipient in the user's own country, a law named after
    // the recipient, a country the data leaves from.
    for text in [
        "We may disclose your information to authorities in your country as required by law.",
        "We may share information with our service providers as permitted by United States law.",
        "We share data with advertisers in compliance with United States law.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter().any(|p| p.action == "share"
                && !p.recipients.is_empty()
                && !p.recipients.contains(&"other-countries".to_string())),
            "{text}: {ps:#?}"
        );
    }
}

#[test]
fn choices_with_windows_and_scope() {
    let p =
        one("You can opt out of sharing your account information for advertising within 30 days.");
    let c = p.choice.unwrap();
    assert_eq!(c.kind, "opt-out");
    assert_eq!(c.window_days, Some(30));
    assert_eq!(c.scope, vec!["advertising"]);
    // What starts the window is no purpose.
    let p = one(
        "You can opt out of our sharing of your data for advertising within 30 days of creating your account.",
    );
    assert_eq!(
        (p.purposes.clone(), p.choice.unwrap().scope),
        (
            vec!["advertising".to_string()],
            vec!["advertising".to_string()]
        )
    );
    let p = one("We only share location data with partners with your consent.");
    assert_eq!(p.choice.unwrap().kind, "opt-in");
}

#[test]
fn successive_sentences_resolve_their_pronouns() {
    let e = ex();
    let ps = e.extract_sentences([
        "We work with advertising networks.",
        "They may collect your IP address.",
    ]);
    let p = &ps[1][0];
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("collect", "advertisers")
    );
    // Alone, the sentence names no one who collects.
    assert!(e.extract("They may collect your IP address.").is_empty());
    // A sentence naming no party ends the reference.
    let ps = e.extract_sentences([
        "We work with advertising networks.",
        "The site has many pages.",
        "They may collect your IP address.",
    ]);
    assert!(ps[2].is_empty());
    // "They" cannot stand for the reader named after the party.
    let ps = e.extract_sentences([
        "These advertisers may use cookies when you visit the site.",
        "They may collect your IP address.",
    ]);
    assert!(
        ps[1].iter().any(|p| p.actor == "advertisers"),
        "{:#?}",
        ps[1]
    );
}

#[test]
fn a_policy_title_names_the_first_party_of_the_sentences_after_it() {
    let e = ex();
    let actors = |sentences: &[&str]| -> Vec<String> {
        let ps = e.extract_sentences(sentences.iter().copied());
        ps.last().unwrap().iter().map(|p| p.actor.clone()).collect()
    };
    let said = "Google collects your location.";
    assert_eq!(actors(&[said]), vec!["google"]);
    assert_eq!(
        actors(&["Welcome to the Google Privacy Policy", said]),
        vec!["first-party"]
    );
    // A reference to another's policy is no title.
    assert_eq!(
        actors(&["Google's Privacy Policy explains its practices.", said]),
        vec!["google"]
    );
    // A bare title right after the owner's heads the same policy; one
    // further on opens the next policy.
    let opening = "Welcome to the Google Privacy Policy";
    let bare = "Privacy Policy Last updated: May 2015";
    assert_eq!(actors(&[opening, bare, said]), vec!["first-party"]);
    let mut run = vec![opening];
    run.extend(["We keep this page short."; 11]);
    run.extend([bare, said]);
    assert_eq!(actors(&run), vec!["google"]);
}

#[test]
fn release_and_go_to_disclose() {
    // "Release" discloses even without a recipient named (records
    // released as the law permits); "go to" only toward a recipient.
    let p = one("Directory information is released only upon written request.");
    assert_eq!((p.action.as_str(), p.negated), ("share", false));
    let p = one("Information about you might go to third parties.");
    assert_eq!(p.action, "share");
    assert_eq!(p.recipients, vec!["third-parties"]);
    states_nothing(&["To change this, go to your account settings."]);
}

#[test]
fn a_choice_to_refrain_is_an_opt_out() {
    offers_one_choice(&[
        (
            "You can choose to not receive our partners' offers.",
            "opt-out",
        ),
        (
            "You may elect to never share your location with us.",
            "opt-out",
        ),
        // (To act, an opt-in.)
        ("You may choose to share your location with us.", "opt-in"),
    ]);
}

#[test]
fn choices_named_by_what_they_control() {
    // Settings named for what they govern reach it: "your ad preferences",
    // "your communication preferences" (with no data or purpose named
    // beside them, settings alone offer nothing).
    for (text, purpose) in [
        (
            "You can manage your ad preferences in the Privacy Center.",
            "advertising",
        ),
        (
            "Visit your Ad Settings to control the ads you see.",
            "advertising",
        ),
        (
            "You can update your communication preferences in your account.",
            "marketing",
        ),
    ] {
        let p = one(text);
        let c = p.choice.as_ref().expect("a choice");
        assert_eq!(
            (c.kind.as_str(), &c.scope[..]),
            ("settings", &[purpose.to_string()][..]),
            "{text}"
        );
    }
    assert!(
        ex().extract("You can manage your settings in the Privacy Center.")
            .is_empty()
    );
    offers_one_choice(&[
        // A phone's own controls over its advertising identifier.
        (
            "You can reset your advertising ID or enable Limit Ad Tracking on your device.",
            "browser-controls",
        ),
        (
            "Toggle off \"Allow personalized ads\" in the app to stop seeing tailored ads.",
            "opt-out",
        ),
        // A refusal made through the browser is its control; an opt-out
        // named so beside it stays one.
        (
            "You can choose not to accept cookies by changing your browser settings.",
            "browser-controls",
        ),
        (
            "You can choose to not accept cookies by changing the settings on your web browser.",
            "browser-controls",
        ),
        (
            "You can opt out of interest-based ads, or block cookies in your browser settings.",
            "opt-out",
        ),
        (
            "Your access to the site is not affected if you do not accept cookies.",
            "browser-controls",
        ),
        (
            "See below for how to manage flash cookies on your computer.",
            "browser-controls",
        ),
        (
            "You still get to choose who can see your photos.",
            "settings",
        ),
        (
            "You can update your email choices to stop newsletters about our products.",
            "settings",
        ),
        // Opt-outs worded as who may decline or what may be limited.
        (
            "Any customer who does not wish to receive promotional emails may contact us.",
            "opt-out",
        ),
        (
            "You can limit the way that we tailor advertising based on your interests.",
            "opt-out",
        ),
        (
            "You may refuse to allow any further collection of your child's information.",
            "opt-out",
        ),
        (
            "You may request that we no longer use your email address to contact you.",
            "opt-out",
        ),
    ]);
}

#[test]
fn bare_and_consent_choices() {
    offers_one_choice(&[
        (
            "However, users can disable cookies by changing their browser settings.",
            "browser-controls",
        ),
        ("You may unsubscribe at any time.", "opt-out"),
        (
            "We may disclose information to others when we have your consent.",
            "opt-in",
        ),
        // Using a service without giving data: a gerund after "without"
        // is the clause subject's, whoever is named on the way.
        (
            "You can visit our site without providing any personal information.",
            "optional",
        ),
        (
            "You may browse many parts of our services without telling us who you are.",
            "optional",
        ),
        (
            "You can visit our Web Sites without sharing personally identifiable information.",
            "optional",
        ),
        (
            "You are not required to share any of this information.",
            "optional",
        ),
        (
            "It is your choice whether or not you provide your subscriber information to us.",
            "optional",
        ),
        (
            "If you do not provide this information, you may not be able to use certain features.",
            "optional",
        ),
        (
            "Your refusal to provide personal information may limit your ability to enter contests.",
            "optional",
        ),
        (
            "If you do not agree with this policy, please do not use the site.",
            "optional",
        ),
        (
            "You can limit the use of your information for advertising.",
            "opt-out",
        ),
        // Declining what is asked for withholds it: no use is stopped.
        (
            "When we ask you to provide personal data, you can decline.",
            "optional",
        ),
        ("You can always choose not to share that data.", "optional"),
        (
            "You always have the option not to provide personal information by choosing not to use a particular feature.",
            "optional",
        ),
        (
            "You are not obliged to provide your passport number.",
            "optional",
        ),
        // (Declining a use still opts out of it.)
        (
            "You may decline to receive marketing emails from us.",
            "opt-out",
        ),
        (
            "You can choose not to have us share your data with partners.",
            "opt-out",
        ),
    ]);
    let e = ex();
    let kind = |t: &str| choice_kinds(&e, t);
    // A mere mention of settings offers nothing.
    assert!(kind("The page shows your device settings and model.").is_empty());
    // Where the user acts on them, they do ("your device" no longer hides them).
    assert_eq!(
        kind("You can change location permissions in your device settings."),
        ["settings"]
    );
    // A choice denied is none: "can" becoming "cannot" must read as an
    // opt-out removed, not as the same opt-out.
    for denied in [
        "You may not opt out of these messages.",
        "You cannot unsubscribe from service announcements.",
        "You will not be able to opt out of receiving service emails.",
        "There is no way to opt out of these notices.",
        // (Nor one taken away: a smart-glasses maker's 2025 wording.)
        "You can no longer turn off storage of voice recordings.",
        "You will no longer be able to opt out of this sharing.",
    ] {
        assert!(kind(denied).is_empty(), "{denied}: {:?}", kind(denied));
    }
}

#[test]
fn a_parents_consent_is_asked_and_a_consent_to_another_clause_governs_nothing() {
    // A children's game: the parent's consent is the opt-in.
    let p = one("Players under 13 need a parent's consent before we collect their email address.");
    assert_eq!(
        p.choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-in"),
        "{p:#?}"
    );
    // A permission to use the services, in a clause of its own, is none
    // over the company's use after ", and we".
    let p = one(
        "Teens aged 13 to 17 may use our services with a parent's permission, and we use their activity to recommend content.",
    );
    assert_eq!(p.choice, None, "{p:#?}");
    // (A consent in the clause with the data governs it, and what the
    // company's clause after it does.)
    let ps =
        ex().extract("With your consent, we collect your location, and we share it with partners.");
    assert!(
        ps.len() == 2
            && ps
                .iter()
                .all(|p| p.choice.as_ref().is_some_and(|c| c.kind == "opt-in")),
        "{ps:#?}"
    );
}

#[test]
fn a_choice_denied_after_one_offered_is_not_covered_by_it() {
    // The opt-out covers marketing emails; the service announcements and
    // account messages it is denied over are neither its scope nor the
    // practice it governs.
    let p = one(
        "You can opt out of marketing emails, but you cannot opt out of service announcements or promotional messages about your account.",
    );
    assert_eq!(p.choice.as_ref().map(|c| c.kind.as_str()), Some("opt-out"));
    assert_eq!(p.purposes, ["marketing"], "{p:#?}");
    assert_eq!(p.data, ["email-address"], "{p:#?}");
}

#[test]
fn a_negation_in_a_fronted_condition_stays_there() {
    let p = one("If you do not opt out, we will share your email address with partners.");
    assert_eq!((p.action.as_str(), p.negated), ("share", false), "{p:#?}");
    assert_eq!(p.choice.map(|c| c.kind).as_deref(), Some("opt-out"));
    // Without a comma the negation is the main clause's.
    let p = one("We do not share your email address with partners.");
    assert!(p.negated);
}

#[test]
fn open_retention_bounds() {
    use super::OpenRetention::{Account, AsNeeded, Indefinite};
    for (text, bound) in [
        ("We may retain your information indefinitely.", Indefinite),
        (
            "Your messages are permanently stored on our servers.",
            Indefinite,
        ),
        ("We keep your search history until you delete it.", Account),
        ("We store your data while your account is open.", Account),
        (
            "We retain your data for as long as you use our services.",
            Account,
        ),
        (
            "We keep your profile information for the life of your account.",
            Account,
        ),
        (
            "We retain personal information only for as long as necessary to fulfil the purposes described in this policy.",
            AsNeeded,
        ),
        (
            "We keep your Personal Data for no longer than necessary.",
            AsNeeded,
        ),
        // (The widest of two.)
        (
            "We retain your data for as long as your account is active or as long as necessary to comply with the law.",
            AsNeeded,
        ),
        // (Only words at the verb or after it: "forever" is the connections'.)
        (
            "We want the connections you make to last forever, but we keep your personal data only as long as necessary for legitimate business purposes.",
            AsNeeded,
        ),
        // Stated as deletion.
        (
            "We delete your personal information when you close your account.",
            Account,
        ),
        ("We erase your data once it is no longer needed.", AsNeeded),
    ] {
        let ps = ex().extract(text);
        let p = ps.iter().find(|p| p.action == "retain");
        assert_eq!(
            p.map(|p| (p.retention_open, p.retention_days)),
            Some((Some(bound), None)),
            "{text}: {ps:#?}"
        );
    }
    // No bound: a period wins; "permanently" ends keeping when it deletes;
    // "while" names no company need; the duration of a visit is no
    // account's; a deletion on the user's other acts, or denied, bounds
    // nothing; nor does a denied keeping "indefinitely".
    each(
        &[
            "We keep your data for as long as your account is active and for 30 days after.",
            "We keep your messages until they are permanently deleted.",
            "Cookies are stored on your device while locally stored data may not be necessary.",
            "Session cookies are stored on your device for only the duration of your visit.",
            "We collect, use and delete your personal data when you access our services.",
            "The recipients will not however have these messages erased when you delete your account.",
            "We keep your data while taking your interests into account.",
            "We do not keep your messages indefinitely.",
        ],
        |ps| ps.iter().all(|p| p.retention_open.is_none()),
    );
}

#[test]
fn every_deleting_verb_passes_the_cheap_test_of_stems() {
    for w in words::DELETING {
        assert!(words::may_delete(w), "{w}: add its stem to may_delete");
    }
}

#[test]
fn retention_periods() {
    let p = one("We retain log data for 18 months.");
    assert_eq!(p.action, "retain");
    assert_eq!(p.retention_days, Some(540));
    // Hours count as the days they begin.
    let p = one("We keep your logs for 24 hours.");
    assert_eq!(p.retention_days, Some(1));
    // Data the company deletes after a period is kept until then.
    for (text, days) in [
        (
            "Your User Content will be deleted automatically and permanently from our servers within 48 hours.",
            2,
        ),
        (
            "In most instances, Personal Information is deleted, aggregated or de-identified after 90 days.",
            90,
        ),
        ("We will anonymize your IP address after 3 months.", 90),
        // (The period before the event it counts from.)
        (
            "We will delete your data 30 days after you close your account.",
            30,
        ),
        // (The company's deletion past the user's.)
        (
            "You can delete your account at any time, and we will delete your data within 30 days.",
            30,
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.retention_days),
            ("retain", Some(days)),
            "{text}: {p:#?}"
        );
    }
    // Not the user's deletion, nor a denied one.
    each(
        &[
            "You can delete your data within 30 days.",
            "We do not delete your messages after 30 days.",
        ],
        |ps| ps.iter().all(|p| p.retention_days.is_none()),
    );
}

#[test]
fn paragraphs_of_fragments_after_a_colon_are_its_items() {
    let out = ex().extract_all(clauses_of(
        "We may disclose your email address:\n\nTo our advertising partners, for marketing.\n\n\
         To law enforcement, if we believe the law requires it.\n",
    ));
    let got: Vec<(&str, Vec<String>)> = out[1..]
        .iter()
        .flat_map(|c| c.practices.iter())
        .map(|p| (p.action.as_str(), p.recipients.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("share", vec!["advertisers".to_string()]),
            ("share", vec!["law-enforcement".to_string()])
        ],
        "{out:#?}"
    );
}

#[test]
fn list_items_name_why_and_with_whom_when_the_lead_in_named_the_data() {
    let out = ex().extract_all(clauses_of(
        "We may use your personal information to:\n\n- administer contests and surveys\n- to comply with the law\n\nWe share your email address with:\n\n- our affiliates. Please note that when you use third-party services, their terms apply.\n\nWe do not use your data other than to:\n\n- serve contextual advertising\n",
    ));
    let p = &out[1].practices[0];
    assert_eq!(p.action, "use");
    assert_eq!(p.data, vec!["personal-information"]);
    assert_eq!(p.purposes, vec!["additional-features"]);
    assert_eq!(p.inherited_from.as_deref(), Some("c1"));
    // (No object in the item's own words: the lead-in's spans point elsewhere.)
    assert!(p.objects.is_empty(), "{:?}", p.objects);
    assert_eq!(out[2].practices[0].purposes, vec!["legal"]);
    let p = &out[4].practices[0];
    assert_eq!(
        (p.action.as_str(), p.data.clone()),
        ("share", vec!["email-address".to_string()])
    );
    assert_eq!(p.recipients, vec!["affiliates"]);
    // A sentence of its own in an item continues nothing.
    assert!(out[5].practices.is_empty(), "{:?}", out[5].practices);
    // A promise's list names what it excepts: the cases where it is done.
    let p = &out[7].practices[0];
    assert_eq!((p.action.as_str(), p.negated), ("use", false), "{p:#?}");
    assert_eq!(p.purposes, vec!["advertising"]);
}

#[test]
fn an_item_naming_only_a_choice_states_the_lead_ins_practice_under_it() {
    let out = ex().extract_all(clauses_of(
        "We may share your personal information with other companies in these cases:\n\n- With your consent.\n- To comply with the law.\n\nWith your consent.\n",
    ));
    let p = &out[1].practices[..];
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(
        (p[0].action.as_str(), p[0].recipients.clone()),
        ("share", vec!["third-parties".to_string()])
    );
    assert_eq!(
        p[0].choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-in")
    );
    assert_eq!(p[0].inherited_from.as_deref(), Some("c1"));
    // The next case carries no choice; out of a list the label is a bare choice.
    assert!(out[2].practices[0].choice.is_none());
    let p = &out[3].practices[..];
    assert!(
        p.len() == 1 && p[0].action == "use" && p[0].inherited_from.is_none(),
        "{p:#?}"
    );
}

#[test]
fn list_items_naming_nothing_continue_a_lead_in_that_named_the_data() {
    // An item is one of the ways the lead-in's practice is done, even when
    // the vocabulary knows none of its words.
    let out = ex().extract_all(clauses_of(
        "We and our affiliates use the personal information we collect in a variety of ways, including:\n\n- Responding to your questions or other requests;\n\nWe never share your data, other than:\n\n- Responding to your questions or other requests;\n",
    ));
    let item = &out[1].practices;
    assert!(
        item.iter()
            .any(|p| p.actor == "affiliates" && p.data == ["personal-information"]),
        "{item:#?}"
    );
    assert!(
        item.iter()
            .all(|p| p.inherited_from.as_deref() == Some("c1"))
    );
    // Under a promise whose exception is the list, the item is a case
    // where the data is shared.
    let item = &out[3].practices;
    assert!(
        item.iter().any(|p| p.action == "share" && !p.negated),
        "{item:#?}"
    );
}

#[test]
fn banks_and_counterparties_receive_and_an_exchange_for_a_service_shares_nothing() {
    let p = one("We transmit your credit card number to the credit card company.");
    assert_eq!(p.recipients, vec!["financial-institutions"]);
    let p = one("We may provide any information we have to a potential counterparty.");
    assert_eq!(p.recipients, vec!["third-parties"]);
    let p = one("We share device identifiers with data exchanges.");
    assert_eq!(p.recipients, vec!["advertisers"]);
    let p = one("We may provide your contact information to a research firm.");
    assert_eq!(p.recipients, vec!["researchers"]);
    // Singulars name the same recipients as plurals.
    let p = one("We share your usage data with an ad network and a business partner.");
    assert_eq!(p.recipients, vec!["advertisers", "partners"]);
    assert!(
        ex().extract(
            "AAAS may contact them by e-mail in exchange for access to your profile information."
        )
        .iter()
        .all(|p| p.action != "share")
    );
}

#[test]
fn a_fronted_exception_ends_at_its_comma_and_asking_leave_is_no_practice_of_its_own() {
    let ps = ex().extract(
        "In any case other than those described above, we will ask for your affirmative consent before we share your email address with advertisers.",
    );
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0].action, "share");
    assert_eq!(ps[0].recipients, vec!["advertisers"]);
    assert_eq!(
        ps[0].choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-in")
    );
}

#[test]
fn they_after_a_party_with_people_joined_to_it_is_the_party() {
    let ps = ex().extract_sentences([
        "We employ other companies and individuals to perform functions on our behalf.",
        "They have limited access to your email address.",
    ]);
    let p = &ps[1][0];
    assert_eq!(p.action, "share", "{:#?}", ps[1]);
    assert_eq!(p.recipients, vec!["third-parties"]);
    assert_eq!(p.data, vec!["email-address"]);
}

#[test]
fn they_after_a_kind_and_its_examples_is_the_kind() {
    // Who collects in the second sentence, "they" standing for a party of
    // the first.
    let collector = |first: &str| {
        let ps = ex().extract_sentences([first, "They may record how long you watch each video."]);
        ps[1]
            .iter()
            .find(|p| p.action == "collect")
            .map(|p| p.actor.clone())
    };
    assert_eq!(
        collector("We rely on measurement vendors such as Nielsen and comScore.").as_deref(),
        Some("service-providers")
    );
    // An example named after a verb of its own is the last party named.
    assert_eq!(
        collector("We rely on measurement vendors and share usage data with Nielsen.").as_deref(),
        Some("named-companies")
    );
    // In the same sentence too.
    let p = ex().extract("We work with ad partners, including Facebook, and they may collect your device identifier.");
    assert!(
        p.iter()
            .any(|p| p.action == "collect" && p.actor == "advertisers"),
        "{p:#?}"
    );
}

#[test]
fn a_party_the_company_acts_on_is_no_subject_of_the_next_verb() {
    // The vendors are hired; the company shares.
    let p = one("We hire vendors and share usage data with Nielsen.");
    assert_eq!(p.actor, "first-party", "{p:#?}");
    assert_eq!(p.recipients, ["named-companies"], "{p:#?}");
    // A party beside the company, or one that opens the sentence, acts.
    let ps = ex().extract("Advertisers and partners share usage data with Nielsen.");
    assert!(ps.iter().any(|p| p.actor == "advertisers"), "{ps:#?}");
    let ps = ex().extract("We know that vendors and partners sell usage data to Nielsen.");
    assert!(ps.iter().all(|p| p.actor != "first-party"), "{ps:#?}");
}

#[test]
fn they_is_not_the_users_a_preposition_governs() {
    let ps = ex().extract_sentences([
        "We have hired analytics providers to study the browsing patterns of our users.",
        "They may independently record the type of device you are using.",
    ]);
    assert!(
        ps[1]
            .iter()
            .any(|p| p.action == "collect" && p.actor == "analytics-providers"),
        "{:#?}",
        ps[1]
    );
    // Users as a subject are still what "they" stands for.
    let ps = ex().extract_sentences([
        "Our users post reviews on the site.",
        "They may share their email address with other members.",
    ]);
    assert!(ps[1].is_empty(), "{:#?}", ps[1]);
}

#[test]
fn an_infinitive_after_allow_is_the_allowed_partys_however_long_its_description() {
    for text in [
        "We may allow third parties performing services under contract with us, such as payment processors, to access your email address.",
        // Two asides, some twenty-five words between "allow" and the infinitive.
        "We may also allow companies performing services under contract with us, such as payment processors or shipping and warehouse services, located inside and outside the European Union, to access and use your email address.",
    ] {
        let ps = ex().extract(text);
        assert!(
            ps.iter()
                .any(|p| p.action == "collect" && p.actor != "first-party"),
            "{ps:#?}"
        );
        assert!(ps.iter().all(|p| p.actor != "first-party"), "{ps:#?}");
    }
    // What they access here is a tool, not data.
    let ps = ex().extract(
        "We may allow certain third parties to access these automatic data collection methods.",
    );
    assert!(ps.iter().all(|p| p.data.is_empty()), "{ps:#?}");
    // The party given permission to act acts.
    let p = one("You grant advertisers permission to use your email address.");
    assert_eq!(
        (p.actor.as_str(), p.action.as_str()),
        ("advertisers", "use"),
        "{p:#?}"
    );
}

#[test]
fn a_request_that_we_not_act_is_an_opt_out_of_that_act_not_a_promise() {
    let e = ex();
    for text in [
        "At any time, you can contact us to request that we not share your email address with third parties.",
        "You may request that we do not share your personal data for targeted advertising.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter().all(|p| !p.negated)
                && ps
                    .iter()
                    .any(|p| p.choice.as_ref().is_some_and(|c| c.kind == "opt-out"))
                && ps
                    .iter()
                    .filter(|p| p.action == "share")
                    .all(|p| p.presupposed),
            "{text}: {ps:#?}"
        );
    }
    offers_one_choice(&[(
        "You are able to control how and whether cookies will be accepted by your web browser.",
        "settings",
    )]);
    // A preference stated the same way is the same choice.
    let p = one("If you prefer that we not share your information in this way, please contact us.");
    assert!(!p.negated, "{p:#?}");
    assert_eq!(p.choice.map(|c| c.kind), Some("opt-out".to_string()));
}

#[test]
fn a_party_joined_to_the_subject_in_an_aside_acts_with_it() {
    // (The company acts too: the subject lists both.)
    for (text, actors) in [
        (
            "We, and our affiliates, use your personal information.",
            &["affiliates", "first-party"][..],
        ),
        (
            "We, as well as our partners, may use your email address.",
            &["first-party", "partners"],
        ),
        (
            "We, in our discretion, may use your email address.",
            &["first-party"],
        ),
        (
            "We, and not our partners, use your email address.",
            &["first-party"],
        ),
    ] {
        let mut found: Vec<String> = ex().extract(text).into_iter().map(|p| p.actor).collect();
        found.sort();
        assert_eq!(found, actors, "{text}");
    }
}

#[test]
fn list_items_inherit_the_lead_in() {
    let out = ex().extract_all(clauses_of(
        "We share the following with our partners:\n\n- your phone number\n- device identifiers\n",
    ));
    let p = &out[1].practices[0];
    assert_eq!(p.action, "share");
    assert_eq!(p.data, vec!["phone-number"]);
    assert_eq!(p.recipients, vec!["partners"]);
    assert_eq!(p.inherited_from.as_deref(), Some("c1"));
    // Items in title case are items, not headings.
    let out = ex().extract_all(clauses_of(
        "We share the following with our partners:\n\n- Email Address\n- Device Identifiers\n",
    ));
    assert_eq!(out[1].practices[0].data, vec!["email-address"]);
    assert_eq!(out[2].practices[0].data, vec!["device-identifiers"]);
}

#[test]
fn own_names_stay_across_versions_and_the_cache_reuses_sentences() {
    let ex = ex();
    let v1 = "# Instagram Privacy Policy\n\nInstagram collects your name. Instagram may share \
              your email address with advertisers. Instagram keeps logs.\n";
    // The later version names the company once, outside its opening.
    let v2 = "# Privacy Policy\n\nWe collect your name. We keep logs. We read mail. \
              We write code. We test it. We ship it. We fix bugs. We plan. We rest. We wake.\n\n\
              Instagram may share your email address with advertisers.\n";
    let alone = ex.extract_all(clauses_of(v2));
    let shared = alone.last().unwrap();
    assert_eq!(shared.practices[0].actor, "facebook", "{alone:#?}");

    let mut cache = ExtractCache::default();
    let first = ex.extract_all_cached(clauses_of(v1), &mut cache);
    assert_eq!(cache.own, vec!["instagram"]);
    assert_eq!(first[1].practices[0].actor, "first-party");
    let second = ex.extract_all_cached(clauses_of(v2), &mut cache);
    let p = &second.last().unwrap().practices[0];
    assert_eq!(p.actor, "first-party");
    assert_eq!(p.recipients, vec!["advertisers"]);
    // "We collect your name." was extracted once, then shared.
    let v3 = ex.extract_all_cached(clauses_of(v2), &mut cache);
    assert!(Arc::ptr_eq(&second[0].practices, &v3[0].practices));
}

#[test]
fn a_title_after_a_table_of_contents_names_the_owner() {
    // Cloudflare's page opens on a list of links; its title comes after.
    let toc: String = (1..=12)
        .map(|i| format!("- [Section {i}](#s{i})\n"))
        .collect();
    let doc = format!(
        "# Privacy Policy\n\n{toc}\n# Cloudflare Privacy Policy\n\nCloudflare collects your email address. \
         Cloudflare may share your email address with advertisers. Cloudflare keeps logs.\n"
    );
    let out = ex().extract_all(clauses_of(&doc));
    let shared = out
        .iter()
        .flat_map(|c| c.practices.iter())
        .find(|p| p.action == "share")
        .unwrap();
    assert_eq!(shared.actor, "first-party", "{shared:#?}");
    assert_eq!(shared.recipients, vec!["advertisers"]);
}

#[test]
fn a_title_names_an_owner_the_vocabulary_does_not_know() {
    let ex = ex();
    let practice = |doc: &str, action: &str| {
        let out = ex.extract_all(clauses_of(doc));
        out.iter()
            .flat_map(|c| c.practices.iter().cloned())
            .find(|p| p.action == action)
    };
    // Data another company sends the owner, named, is collected; the
    // owner named as a subject after another party acts itself.
    let doc = "# Zorblo Privacy Policy

Zorblo runs a marketplace for used clothes. \
               If you log in with Google, Google will share your email address with Zorblo. \
               Zorblo may disclose your data to law enforcement if required by a court order.\n";
    let p = practice(doc, "collect").expect("collected");
    assert_eq!(p.actor, "first-party", "{p:#?}");
    assert_eq!(p.data, vec!["email-address"]);
    assert!(
        practice(doc, "share")
            .is_some_and(|p| p.actor == "first-party" && p.recipients == vec!["law-enforcement"])
    );
    // "This … Privacy Notice", a corporate suffix, an address after the name.
    for title in [
        "Zorblo Group Website Privacy Notice",
        "This Zorblo Privacy Notice",
        "Zorblo Inc. Privacy Policy",
        "Zorblo.com Privacy Policy",
    ] {
        let doc = doc.replace("Zorblo Privacy Policy", title);
        let p = practice(&doc, "collect").expect("collected");
        assert_eq!(p.actor, "first-party", "{title}: {p:#?}");
    }
    // An opening that defines the company as "we" names it too.
    for opening in [
        "Zorblo Holdings Ltd and its affiliates (“Zorblo”, “we”, “us”) run a marketplace.",
        "We are Zorblo and this notice explains how we handle your data.",
    ] {
        let doc = format!(
            "# Privacy Notice for Travellers\n\n{opening} Zorblo keeps logs. \
             Trip providers may share additional information with Zorblo. Zorblo sells shoes.\n"
        );
        let p = practice(&doc, "collect").expect("collected");
        assert_eq!(p.actor, "first-party", "{opening}: {p:#?}");
    }
    // A company named on an account is no subject: the user asks.
    let doc = "# Zorblo Privacy Policy\n\nZorblo runs a shop. Zorblo keeps logs. Zorblo sells shoes.\n\n\
               If you do not have a Zorblo account, you can make a request to access your information here.\n\n\
               If you install an app using the Zorblo Marketplace, we disclose your order details to its developer.\n";
    let out = ex.extract_all(clauses_of(doc));
    let ps: Vec<&Practice> = out
        .iter()
        .skip(1)
        .flat_map(|c| c.practices.iter())
        .collect();
    assert!(
        !ps.iter()
            .any(|p| p.action == "collect" || p.action == "use" || p.actor != "first-party"),
        "{ps:#?}"
    );
    // A brand that is a common word keeps its address: "Shop.com".
    let shop = "# Shop.com Privacy Policy\n\nYou can shop for clothes. Buyers shop safely. Shop.com runs a marketplace. \
               If you log in with Google, Google will share your email address with Shop.com. \
               Shop.com may disclose your data to law enforcement if required by a court order.\n";
    let p = practice(shop, "collect").expect("collected");
    assert_eq!(p.actor, "first-party", "{p:#?}");
    // A title naming whom the policy covers, a word the policy uses in
    // lower case, or a name the policy does not repeat names no owner.
    for doc in [
        doc.replace("Zorblo Privacy Policy", "Candidate Privacy Notice"),
        doc.replace("Zorblo", "Match")
            + "\nWe match your profile with others.\n\nWe match offers.\n",
        doc.replace("Zorblo may disclose", "We may disclose"),
    ] {
        let out = ex.extract_all(clauses_of(&doc));
        assert!(
            out.iter()
                .flat_map(|c| c.practices.iter())
                .all(|p| !(p.action == "collect" && p.data == vec!["email-address"])),
            "{doc}: {out:#?}"
        );
    }
}

#[test]
fn using_the_service_named_for_the_company_is_the_users_act() {
    let doc = "# Zorblo Privacy Policy\n\nZorblo runs a marketplace. Zorblo collects your name. \
               Zorblo keeps logs. Others who visit and use the Zorblo Services may see your \
               public profile.\n";
    let out = ex().extract_all(clauses_of(doc));
    let last = &out.last().unwrap().practices;
    assert!(!last.iter().any(|p| p.action == "use"), "{last:#?}");
}

#[test]
fn a_tables_column_labels_state_no_practice() {
    let doc = "# Privacy Policy\n\n| Categories of recipients | Reasons for sharing | Information categories |\n\
               | --- | --- | --- |\n| Advertising partners | We share your usage data to show you ads. | Usage |\n";
    let out = ex().extract_all(clauses_of(doc));
    assert_eq!(out.len(), 2, "{out:#?}");
    assert!(out[0].practices.is_empty(), "{:#?}", out[0].practices);
    assert!(out[1].practices.iter().any(|p| p.action == "share"));
}

#[test]
fn a_company_the_policy_uses_is_not_its_own() {
    let ex = ex();
    let doc = "# Privacy Policy\n\nThis site uses Google AdSense to show ads. \
               Google may use cookies. Google may collect your IP address.\n";
    let out = ex.extract_all(clauses_of(doc));
    let p = &out.last().unwrap().practices[0];
    assert_eq!(p.actor, "google", "{out:#?}");
    // Unless the title names it: "Bing and MSN Privacy Statement" for
    // services that use Bing.
    let doc = "# Bing and MSN Privacy Statement\n\nThis site uses Bing to search. \
               Bing may use cookies. Bing may collect your IP address.\n";
    let out = ex.extract_all(clauses_of(doc));
    let p = &out.last().unwrap().practices[0];
    assert_eq!(p.actor, "first-party", "{out:#?}");
}

/// `v2` extracted with the cache `v1` left, checked against `v2` extracted afresh.
fn cached_as_fresh(
    ex: &Extractor,
    cache: &mut ExtractCache,
    v1: &str,
    v2: &str,
) -> Vec<ExtractedClause> {
    ex.extract_all_cached(clauses_of(v1), cache);
    let cached = ex.extract_all_cached(clauses_of(v2), cache);
    let fresh = ex.extract_all(clauses_of(v2));
    for (c, f) in cached.iter().zip(&fresh) {
        assert_eq!(c.practices[..], f.practices[..], "{}", c.clause.text);
    }
    cached
}

#[test]
fn cached_list_items_follow_their_lead_in() {
    let ex = ex();
    let v1 =
        "We share the following with our partners:\n\n- your phone number\n- device identifiers\n";
    // A sentence above shifts the ids; another lead-in reuses an item's text.
    let v2 = concat!(
        "We collect your name.\n\nWe share the following with our partners:\n\n",
        "- your phone number\n- device identifiers\n\nWe never sell:\n\n- your phone number\n"
    );
    let mut cache = ExtractCache::default();
    let cached = cached_as_fresh(&ex, &mut cache, v1, v2);
    assert_eq!(cached[2].practices[0].inherited_from.as_deref(), Some("c2"));
    let sold = &cached.last().unwrap().practices[0];
    assert_eq!((sold.action.as_str(), sold.negated), ("sell", true));
}

#[test]
fn where_to_reach_the_company_is_no_data() {
    let p = one(
        "You may opt out of having your information shared with advertisers by contacting us at the phone number or postal address provided below.",
    );
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    let p = one("Write to us at the email address above and we will not sell your email address.");
    assert_eq!(p.data, ["email-address"], "{p:#?}");
    // The user's own address given to a party is data.
    let p = one("We share your phone number with partners so they can contact you at that number.");
    assert_eq!(p.data, ["phone-number"], "{p:#?}");
}

#[test]
fn common_named_recipients_are_known() {
    // Ad exchanges, analytics and infrastructure companies policies name.
    each(
        &[
            "We share device identifiers with Criteo.",
            "We use Mixpanel to analyse your usage data.",
            "Your IP address is processed by Cloudflare.",
            "We share your prompts with OpenAI to generate responses.",
            "Veriff processes your photo ID to verify your identity.",
        ],
        |ps| {
            ps.iter()
                .any(|p| p.recipients == ["named-companies"] || p.actor == "named-companies")
        },
    );
    // A common word that is also a company's name ("segment") names no recipient.
    let p = one("We share your usage data with advertisers in each segment.");
    assert_eq!(p.recipients, ["advertisers"]);
}

#[test]
fn data_that_reveals_something_hands_nothing_over() {
    each(
        &[
            "We collect your IP address, which may disclose the general location of your device.",
            "Cookies do not reveal your name or email address.",
        ],
        |ps| ps.iter().all(|p| p.action != "share"),
    );
    // A party still discloses, before or after the data.
    let ps =
        ex().extract("Your email address, which we may disclose to advertisers, is kept safe.");
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.recipients == ["advertisers"]),
        "{ps:#?}"
    );
    let p = one("Your personal information may be disclosed to advertisers.");
    assert_eq!((p.action.as_str(), p.negated), ("share", false));
}

#[test]
fn a_subject_that_lists_parties_makes_the_act_each_ones() {
    let actors = |text: &str| -> Vec<String> {
        let mut a: Vec<String> = ex()
            .extract(text)
            .into_iter()
            .filter(|p| p.action == "collect")
            .map(|p| p.actor)
            .collect();
        a.sort();
        a
    };
    assert_eq!(
        actors("We and our partners may collect your device identifiers."),
        ["first-party", "partners"]
    );
    assert_eq!(
        actors("Our partners and we collect your device identifiers."),
        ["first-party", "partners"]
    );
    // "Neither … nor …" lists the subject's parties too, each denied.
    assert_eq!(
        actors("Neither we nor our partners collect your device identifiers."),
        ["first-party", "partners"]
    );
    let ps = ex().extract("Neither we nor our partners collect your device identifiers.");
    assert!(ps.iter().all(|p| p.negated), "{ps:#?}");
    // A comma before the subject ends a clause, it joins no list.
    assert_eq!(
        actors(
            "When you complete transactions with our business partners, we may collect your payment information."
        ),
        ["first-party"]
    );
    // Parties given as examples of the subject's act with it.
    assert_eq!(
        actors("Advertisers, including Facebook, may collect your device identifiers."),
        ["advertisers", "facebook"]
    );
    for text in [
        "Our partners, including Facebook and Google, may receive your email address.",
        "Our partners (e.g., Facebook and Google) may receive your email address.",
        "Our partners (such as Facebook and Google) may receive your email address.",
    ] {
        let p = one(text);
        let mut r = p.recipients.clone();
        r.sort();
        assert_eq!(r, ["facebook", "google", "partners"], "{text}");
    }
}

#[test]
fn a_run_of_sentences_learns_each_policys_own_names_as_a_document_does() {
    let ps = ex().extract_sentences([
        "Bing Privacy Statement",
        "Microsoft operates the services this statement covers.",
        "Microsoft collects your search queries.",
        "Microsoft uses your location to show local results.",
        // The next policy's title ends the first: there Microsoft is a third party.
        "Yahoo Privacy Policy",
        "We may share your email address with Microsoft.",
    ]);
    assert_eq!(ps[2][0].actor, "first-party", "{:#?}", ps[2]);
    assert_eq!(ps[5][0].recipients, ["microsoft"], "{:#?}", ps[5]);
}

#[test]
fn having_no_access_is_a_promise_not_to_disclose() {
    let p = one("Advertisers have no access to your contact information.");
    assert_eq!(
        (p.action.as_str(), p.negated, p.recipients.as_slice()),
        ("share", true, &["advertisers".to_string()][..]),
        "{p:#?}"
    );
    // Having access is the disclosure itself.
    let p = one("Advertisers have access to your contact information.");
    assert_eq!((p.action.as_str(), p.negated), ("share", false), "{p:#?}");
}

#[test]
fn tools_a_company_uses_are_who_collects() {
    // The tools named as the relative clause's subject collect, whichever
    // spelling names them ("analytic", "analytics").
    for tools in ["analytics tools", "analytic tools", "analytical tools"] {
        let text = format!(
            "We may also use third party {tools} that employ cookies to collect information about your visits."
        );
        let ps = ex().extract(&text);
        assert!(
            ps.iter()
                .any(|p| p.action == "collect" && p.actor == "analytics-providers"),
            "{text}: {ps:#?}"
        );
    }
}

#[test]
fn be_able_to_keeps_the_subject_in_reach() {
    each(
        &[
            "For another example, an advertiser may also be able to collect your device identifier.",
            "In some cases, ad networks are able to collect your location.",
        ],
        |ps| !ps.is_empty() && ps.iter().all(|p| p.actor == "advertisers"),
    );
}

#[test]
fn more_information_is_further_reading_not_data() {
    let e = ex();
    for text in [
        "For more information about third party ad networks that use these technologies, see their policies.",
        "The NAI offers useful information about ad networks and a way to opt out.",
        "Advertisers may use cookies; for more information, see our cookie notice.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter()
                .all(|p| !p.data.contains(&"personal-information".to_string())),
            "{text}: {ps:#?}"
        );
    }
    // Information about the user, or asked of them, is data.
    for text in [
        "Advertisers may collect more information about you over time.",
        "Our partners may collect further information to verify your identity.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter()
                .any(|p| p.data.contains(&"personal-information".to_string())),
            "{text}: {ps:#?}"
        );
    }
}

#[test]
fn keeping_data_safe_is_a_safeguard_not_retention() {
    each(
        &[
            "We require our service providers to keep your personal information secure.",
            "Your email address is kept confidential.",
            "Service providers must maintain the confidentiality of your information.",
        ],
        |ps| ps.iter().all(|p| p.action != "retain"),
    );
    // Storage on secure servers, or for a time, is retention.
    each(
        &[
            "We store your data on secure servers.",
            "Your information is kept confidential and stored for 5 years.",
        ],
        |ps| ps.iter().any(|p| p.action == "retain"),
    );
}

#[test]
fn visit_times_pictures_and_likes_are_data() {
    let e = ex();
    for (text, id) in [
        (
            "Our partners collect the date and time of your visit.",
            "usage",
        ),
        ("Our partners may collect the web sites you visit.", "usage"),
        ("We share your picture with other members.", "content"),
        ("We may share your likes with advertisers.", "content"),
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter().any(|p| p.data.iter().any(|d| d == id)),
            "{text}: {ps:#?}"
        );
    }
}

/// An opening that names the company, before a sentence that may teach a
/// name.
const NAMES_OPENING: &str = "# Privacy Policy\n\nFoocorp runs this site. We respect your privacy. This policy explains our practices.\n\n";

/// The practices of a document's last clause, read as a whole document
/// (names learnt from its other sentences).
fn last_clause_practices(ex: &Extractor, md: &str) -> Vec<Practice> {
    let out = ex.extract_all(clauses_of(md));
    out.last().expect("clauses").practices.to_vec()
}

#[test]
fn companies_a_policy_names_in_passing_are_named_companies() {
    let ex = ex();
    let actors = |md: &str| {
        last_clause_practices(&ex, md)
            .iter()
            .map(|p| p.actor.clone())
            .collect::<Vec<_>>()
    };
    let opening = NAMES_OPENING;
    // The vocabulary knows no "Zentrix": the policy's wording names it.
    for frame in [
        "We partner with Zentrix to measure our ads.",
        "We use a measurement service called Zentrix.",
        "Ad measurement is provided by Zentrix.",
        "We use Zentrix, Inc. to measure our ads.",
        "Our measurement partner, Zentrix, reports on our ads.",
        // (Listed after a name a disclosure reaches.)
        "We share your location with Google Maps and Zentrix to show you directions.",
        "We share your listening history with Spotify, Deezer, Zentrix and Tidal.",
    ] {
        let md = format!("{opening}{frame}\n\nZentrix may collect your IP address.\n");
        assert_eq!(actors(&md), ["named-companies"], "{frame}");
    }
    // Named without such a frame, or the company itself (named in the
    // opening: "This site is operated by Foocorp"), it is no third party.
    for md in [
        format!("{opening}Zentrix may collect your IP address.\n"),
        format!(
            "{opening}This site is operated by Foocorp.\n\nFoocorp may collect your IP address.\n"
        ),
        // A product, not a company: "we use Chrome to …".
        format!(
            "{opening}We use Zentrix to measure our ads.\n\nZentrix may collect your IP address.\n"
        ),
    ] {
        assert!(actors(&md).iter().all(|a| a != "named-companies"), "{md}");
    }
}

#[test]
fn using_the_company_by_its_name_is_the_readers_use_of_its_service() {
    let ex = ex();
    let md = "# Privacy Policy\n\nThis policy describes how Facebook, Inc. (\"Facebook\", \"we\" or \"us\") handles your information.\n\nYou can invite friends who do not use Facebook to join, and we store the contact information you upload.\n";
    let ps = last_clause_practices(&ex, md);
    assert!(
        ps.iter().any(|p| p.action == "retain") && ps.iter().all(|p| p.action != "use"),
        "{ps:#?}"
    );
}

#[test]
fn a_name_learnt_in_a_later_version_rereads_the_cached_sentences() {
    let ex = ex();
    let v1 = format!("{NAMES_OPENING}Zentrix may collect your IP address.\n");
    let v2 = format!(
        "{NAMES_OPENING}We partner with Zentrix to measure our ads.\n\nZentrix may collect your IP address.\n"
    );
    let mut cache = ExtractCache::default();
    let cached = cached_as_fresh(&ex, &mut cache, &v1, &v2);
    assert_eq!(cached.last().unwrap().practices[0].actor, "named-companies");
    assert_eq!(cache.learned_names(), ["zentrix"]);
}

#[test]
fn a_learnt_name_with_a_dot_is_found_as_the_scan_splits_it() {
    let md = format!(
        "{NAMES_OPENING}Payments are processed by Zentrix.net for us.\n\nZentrix.net may collect your card number.\n"
    );
    let practices = last_clause_practices(&ex(), &md);
    assert!(
        practices.iter().any(|p| p.actor == "named-companies"),
        "{practices:#?}"
    );
}

#[test]
fn a_heading_in_sentence_case_names_a_topic() {
    let e = ex();
    states_nothing(&[
        "Information we collect",
        "PERSONAL INFORMATION WE COLLECT.",
        "Data we share with advertisers",
    ]);
    // A statement goes on to a verb of its own, or has its subject first.
    for text in [
        "Information we collect may be shared with partners.",
        "We collect information.",
    ] {
        assert!(!e.extract(text).is_empty(), "{text}");
    }
}

#[test]
fn what_someone_may_come_to_believe_has_happened_is_no_practice() {
    let e = ex();
    states_nothing(&[
        "If you believe your personal information has been shared without your consent, email us.",
        "If we learn that we have collected personal information from a child under 13, we will delete that information.",
        "If you have questions about this statement or you believe that your personal information has been released without your consent, email the help center.",
    ]);
    // A practice done when a belief is held is still stated.
    let ps = e.extract("If we determine that it is necessary to disclose your information to law enforcement, we will.");
    assert!(
        ps.iter().any(|p| p.action == "share" && p.happens()),
        "{ps:#?}"
    );
}

#[test]
fn card_processing_companies_are_service_providers() {
    each(
        &[
            "We transmit your card number to the appropriate credit card service company.",
            "We send your billing address to our payment processing company.",
        ],
        |ps| {
            ps.iter()
                .any(|p| p.action == "share" && p.recipients == ["service-providers"])
        },
    );
}

#[test]
fn a_denied_inclusion_of_an_act_negates_it() {
    let e = ex();
    denies_all(&[
        "This does not include selling, renting or sharing personal information for commercial purposes.",
        "Our arrangement does not involve disclosing your email address to advertisers.",
    ]);
    // Data it does not include is no promise about a later act.
    let ps = e.extract(
        "Our reports do not include personal information, and we share your email address with partners.",
    );
    assert!(
        ps.iter().any(|p| p.action == "share" && !p.negated),
        "{ps:#?}"
    );
}

#[test]
fn no_before_an_act_named_as_a_noun_denies_it_past_its_modifiers() {
    denies_all(&[
        "There is no automated transfer of your data to advertisers.",
        "There is no automated data transfer to our partners.",
    ]);
    // Data moved into the user's own account reaches no one, and not
    // moving it promises nothing.
    each(
        &[
            "There is no automated data transfer to your profile.",
            "We transfer the data you import to your account.",
        ],
        |ps| !ps.iter().any(|p| discloses(&p.action)),
    );
}

#[test]
fn a_verb_the_vocabulary_lacks_in_a_negated_list_keeps_the_negation() {
    let e = ex();
    for text in [
        "We do not sell, license or share information that identifies you with other companies.",
        "We will not sell, rent, license, or share your email address.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter().any(|p| p.action == "share") && ps.iter().all(|p| p.negated),
            "{text}: {ps:#?}"
        );
    }
    // An aside between commas is no list item.
    let ps = e.extract("We do not sell your data, however, we share it with partners.");
    assert!(
        ps.iter().any(|p| p.action == "share" && !p.negated),
        "{ps:#?}"
    );
}

#[test]
fn the_company_naming_or_joined_to_a_recipient_is_no_destination_of_its_own() {
    let ex = ex();
    // Microsoft's own policy: "Microsoft" is the first party.
    let md = "# Microsoft Privacy Statement\n\nMicrosoft collects your name. Microsoft uses it to \
              run the service. Microsoft keeps logs.\n\n\
              We may share information with Microsoft affiliates and vendors.\n\n\
              Information you provide may be shared with us and our service providers.\n\n\
              We may share your feedback with Microsoft.\n";
    let out = ex.extract_all(clauses_of(md));
    let recipients = |needle: &str| -> Vec<String> {
        let c = out.iter().find(|c| c.clause.text.contains(needle)).unwrap();
        c.practices
            .iter()
            .filter(|p| discloses(&p.action))
            .flat_map(|p| p.recipients.clone())
            .collect()
    };
    // The company's name modifies the recipient noun: the affiliates receive.
    assert_eq!(
        recipients("Microsoft affiliates"),
        vec!["affiliates", "service-providers"]
    );
    // "us and our service providers": the providers receive too.
    assert_eq!(recipients("with us and"), vec!["service-providers"]);
    // The company alone receives: no disclosure.
    assert!(recipients("feedback").is_empty(), "{out:#?}");
}

#[test]
fn the_items_of_a_promise_excepting_a_list_are_the_cases_where_it_is_done() {
    let out = ex().extract_all(clauses_of(
        "We do not share your personal information with third parties except in the following cases:\n\n\
         - With advertising partners, to show you personalised ads.\n\
         - With your consent.\n\n\
         We do not sell, license or share your personal information unless one of the following applies:\n\n\
         - With our affiliates.\n\n\
         We do not share your health data with:\n\n\
         - advertisers.\n",
    ));
    let shares = |i: usize| -> Vec<&Practice> {
        out[i]
            .practices
            .iter()
            .filter(|p| discloses(&p.action))
            .collect()
    };
    // The lead-in stays a promise.
    assert!(
        shares(0).iter().all(|p| p.negated),
        "{:#?}",
        out[0].practices
    );
    // Each item is a case where it shares, with whom the item names.
    let p = shares(1);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(!p[0].negated);
    assert_eq!(p[0].recipients, vec!["advertisers"]);
    assert_eq!(p[0].purposes, vec!["advertising"]);
    assert_eq!(p[0].data, vec!["personal-information"]);
    let p = shares(2);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(!p[0].negated);
    assert_eq!(
        p[0].choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-in")
    );
    // Cases of "do not sell, license or share … unless" are cases of
    // sharing: the sale stays denied.
    let p = shares(4);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!((p[0].action.as_str(), p[0].negated), ("share", false));
    assert_eq!(p[0].recipients, vec!["affiliates"]);
    // A promise without an exception: its list names what it keeps.
    let p = shares(6);
    assert!(!p.is_empty() && p.iter().all(|p| p.negated), "{p:#?}");
}

#[test]
fn an_item_describing_a_recipient_still_names_whom_the_lead_in_reaches() {
    let out = ex().extract_all(clauses_of(
        "We may share your personal information with:\n\n- Service providers who process data for us.\n",
    ));
    let item = &out[1].practices;
    // The item's own practice (the providers' use) and the lead-in's
    // disclosure to them.
    assert!(
        item.iter()
            .any(|p| p.actor == "service-providers" && p.action == "use"),
        "{item:#?}"
    );
    assert!(
        item.iter().any(|p| p.action == "share"
            && p.recipients == ["service-providers"]
            && p.inherited_from.as_deref() == Some("c1")),
        "{item:#?}"
    );
}

#[test]
fn an_items_own_condition_is_its_cases() {
    let out = ex().extract_all(clauses_of(
        "We share your information with:\n\n- service providers who help us run the service;\n- law enforcement, when we believe it is necessary.\n",
    ));
    let conditions: Vec<Option<String>> = out[1..]
        .iter()
        .flat_map(|c| c.practices.iter())
        .filter(|p| p.action == "share")
        .map(|p| p.condition.as_ref().map(|c| c.text.clone()))
        .collect();
    assert_eq!(
        conditions,
        [None, Some("when we believe it is necessary".to_string())]
    );
}

/// The disclosures a sentence states (not negated, or excepted): recipients.
fn disclosed_to(text: &str) -> Vec<Vec<String>> {
    ex().extract(text)
        .into_iter()
        .filter(|p| crate::extract::discloses(&p.action) && p.happens() && p.actor == "first-party")
        .map(|p| p.recipients)
        .collect()
}

#[test]
fn the_company_before_a_gerund_is_its_subject() {
    // "us providing", "our sharing": the company acts; the user consents.
    for text in [
        "You consent to us providing your email to our email provider.",
        "By subscribing, you consent to our sharing your email with our email provider.",
    ] {
        assert_eq!(
            disclosed_to(text),
            vec![vec!["service-providers"]],
            "{text}"
        );
    }
    // Consent to a practice named without whom it reaches names a topic.
    states_nothing(&["You consent to our collection, use and disclosure of your information."]);
    // Unless it names what the act is for: then the company does it.
    for text in [
        "You consent to our use of usage data for machine learning.",
        "By using the service, you agree to our collection and use of your location data for advertising.",
        "You approve our use of usage data for machine learning.",
    ] {
        let ps = ex().extract(text);
        assert!(!ps.is_empty(), "{text}");
        for p in &ps {
            assert_eq!(p.actor, "first-party", "{text}: {p:#?}");
            assert!(!p.purposes.is_empty(), "{text}: {p:#?}");
        }
    }
    // Controls offered over an act name it as a topic.
    states_nothing(&[
        "We may also offer additional controls on our use of your mobile location information.",
    ]);
}

#[test]
fn a_party_named_after_the_opening_user_is_the_later_verbs_subject() {
    // "You … that we do not provide or sell": the company's promise, and
    // its exception is where it sells.
    let ps = ex().extract(
        "You should be assured that we do not provide or sell information about our customers to anyone except our payment gateway provider.",
    );
    assert!(
        ps.iter().any(|p| p.action == "sell"
            && p.actor == "first-party"
            && p.negated
            && p.has_exception()),
        "{ps:#?}"
    );
    // The user opening the sentence still acts for a verb joined to theirs.
    let ps = ex().extract("You can post comments on the forum and share them.");
    assert!(
        ps.iter()
            .all(|p| p.action != "share" || p.actor == "first-party"),
        "{ps:#?}"
    );
}

#[test]
fn a_partner_in_the_singular_names_a_recipient() {
    assert_eq!(
        disclosed_to("We share your name with our partner."),
        vec![vec!["partners"]]
    );
    assert_eq!(
        disclosed_to("We may provide your address to our fulfillment partner."),
        vec![vec!["service-providers"]]
    );
}

#[test]
fn determiners_and_list_joiners_keep_an_action_named_as_a_topic() {
    states_nothing(&[
        "We are not responsible for any such sites' use of your information.",
        "We are not responsible for the collection and use of your information by such sites.",
        "We have no control over these advertisers' collection or use of your data.",
        "We assume no liability for any disclosure of data due to errors in transmission.",
        "We accept no responsibility for any use of your data by third parties.",
    ]);
}

#[test]
fn a_party_let_act_through_a_pronoun_is_the_one_it_stands_for() {
    let ps =
        ex().extract("We work with advertisers and allow them to collect your device identifiers.");
    assert!(
        ps.iter()
            .any(|p| p.action == "collect" && p.actor == "advertisers" && !p.negated),
        "{ps:#?}"
    );
    // A permission joined to a negated action is denied with it.
    let ps = ex().extract("We do not sell your data to advertisers or allow them to collect it.");
    assert!(
        ps.iter()
            .any(|p| p.action == "collect" && p.actor == "advertisers" && p.negated),
        "{ps:#?}"
    );
    assert!(ps.iter().all(|p| p.negated), "{ps:#?}");
}

#[test]
fn the_subject_of_a_passive_of_giving_receives() {
    assert_eq!(
        disclosed_to("Advertisers are provided with your email address."),
        vec![vec!["advertisers"]]
    );
    assert_eq!(
        disclosed_to("Third parties that are sent your data must protect it."),
        vec![vec!["third-parties"]]
    );
    // Every party of the subject receives.
    let mut to = disclosed_to("Sponsors and advertisers are sent your email address.");
    to.iter_mut().for_each(|r| r.sort());
    assert_eq!(to, vec![vec!["advertisers", "partners"]]);
    // So does every party given access.
    let mut to = disclosed_to("Sponsors and advertisers may be given access to your phone number.");
    to.iter_mut().for_each(|r| r.sort());
    assert_eq!(to, vec![vec!["advertisers", "partners"]]);
    // Not the user, nor what is provided "by" someone.
    assert!(disclosed_to("You will be provided with a copy of your data.").is_empty());
    assert!(disclosed_to("The ads you see are provided by advertisers.").is_empty());
}

#[test]
fn a_data_term_ending_a_company_name_is_no_data() {
    states_nothing(&[
        "Harbor Communications, Inc. has agreed to sell its newspapers to Ohio Media.",
    ]);
    // Before another word the term is data.
    let p = one("We may transfer your communications to Harbor Inc. when it buys our business.");
    assert!(p.data.iter().any(|d| d == "content"), "{p:#?}");
}

#[test]
fn that_after_a_verb_of_saying_opens_a_clause_and_names_no_company() {
    // "that Company" after "be advised" is the company itself.
    let p = one("Be advised that Company may sell your email address to advertisers.");
    assert_eq!(p.actor, "first-party", "{p:#?}");
    assert_eq!(p.recipients, ["advertisers"], "{p:#?}");
    // After a preposition it points at another company.
    let p = one("We may sell your email address to that company.");
    assert_eq!(p.recipients, ["third-parties"], "{p:#?}");
}

#[test]
fn a_name_after_collected_by_is_a_company() {
    let e = ex();
    let out = e.extract_all(clauses_of(
        "Our shop links to partner stores.\n\nWhen you visit their sites, your order details are collected by Alienware.\n",
    ));
    let ps: Vec<&Practice> = out.iter().flat_map(|c| c.practices.iter()).collect();
    assert!(
        ps.iter()
            .any(|p| p.action == "collect" && p.actor == "named-companies"),
        "{ps:#?}"
    );
}

#[test]
fn the_items_of_contents_a_document_lists_are_topics() {
    let e = ex();
    let practices = |text: &str| -> Vec<(String, String)> {
        e.extract_all(clauses_of(text))
            .iter()
            .flat_map(|c| {
                c.practices
                    .iter()
                    .map(|p| (c.clause.text.to_string(), p.action.clone()))
            })
            .collect()
    };
    let ps = practices(
        "This Privacy Policy will explain:\n\n- With whom your personal information will be shared\n- Your refusal to provide personal information\n\nWe share your email address with advertisers.\n",
    );
    assert_eq!(
        ps,
        [(
            "We share your email address with advertisers.".to_string(),
            "share".to_string()
        )]
    );
    let ps = practices(
        "This notice explains our practices and covers the following areas:\n\n- Sharing and Disclosure of Personal Information.\n- Opting Out of Certain Uses of Your Information.\n",
    );
    assert!(ps.is_empty(), "{ps:?}");
    let ps = practices(
        "This Privacy Statement answers the following questions:\n\n- Sharing your personal information with advertisers\n- Opting out of our use of your information for mailings\n",
    );
    assert!(ps.is_empty(), "{ps:?}");
    // So are those run into the lead-in's line, choices too.
    states_nothing(&[
        "This Privacy Policy will explain: Who this policy applies to The consequences, if any, of your refusal to provide personal information How we protect your information",
    ]);
    // Under another lead-in the items state practices.
    let ps = practices(
        "We share your information in these cases:\n\n- With our advertisers, when you agree\n",
    );
    assert!(ps.iter().any(|(_, a)| a == "share"), "{ps:?}");
}

#[test]
fn a_predicate_of_reach_before_a_noun_describes_it() {
    // A place ("publicly accessible areas"), not a disclosure.
    assert!(
        disclosed_to(
            "If your children disclose information about themselves in publicly accessible areas of the Service, they may get unsolicited messages."
        )
        .is_empty()
    );
    // As a predicate it still states one.
    assert_eq!(
        disclosed_to("Your reviews will be publicly displayed."),
        vec![vec!["public"]]
    );
    assert_eq!(
        disclosed_to("Your profile is publicly accessible to everyone."),
        vec![vec!["public"]]
    );
    // Nor is the public a party where it describes data: no recipient, no
    // actor.
    assert_eq!(
        disclosed_to("We may share publicly available information with partners."),
        vec![vec!["partners"]]
    );
    let p = one("Publicly available information may be collected.");
    assert_eq!(p.actor, "first-party", "{p:#?}");
    // Nor where it describes what users contribute.
    let p = one("To use your public contributions to create new features.");
    assert_eq!(p.actor, "first-party", "{p:#?}");
}

#[test]
fn internet_service_providers_before_a_verb_act() {
    let ps = ex().extract(
        "When you use our apps, device manufacturers and internet service providers may collect personal information about you.",
    );
    assert!(
        ps.iter()
            .any(|p| p.action == "collect" && p.actor == "third-parties"),
        "{ps:#?}"
    );
}

#[test]
fn content_servers_are_service_providers_not_content() {
    // "Content server" names a party that delivers content, not the
    // user's content as data.
    let ps = ex().extract(
        "We may collect, or a content server may collect, certain non-personally identifiable information.",
    );
    assert!(
        ps.iter()
            .any(|p| p.action == "collect" && p.actor == "service-providers"),
        "{ps:#?}"
    );
    assert!(
        ps.iter().all(|p| !p.data.contains(&"content".to_string())),
        "{ps:#?}"
    );
}

#[test]
fn a_permitted_act_named_as_a_gerund_is_denied_with_its_permission() {
    let ps = ex().extract("We do not allow third party behavioral tracking on our site.");
    assert!(
        !ps.is_empty() && ps.iter().all(|p| p.negated && p.actor == "third-parties"),
        "{ps:#?}"
    );
    let ps = ex().extract("We allow third party tracking on our site.");
    assert!(
        ps.iter().any(|p| !p.negated && p.actor == "third-parties"),
        "{ps:#?}"
    );
}

#[test]
fn a_cookie_sent_to_the_web_browser_reaches_no_third_party() {
    assert!(
        disclosed_to("Cookies are small files transferred from our website to your web browser.")
            .is_empty()
    );
}

#[test]
fn an_inability_whose_means_is_the_choice_offers_none() {
    assert!(
        choice_kinds(
            &ex(),
            "You cannot remove Flash cookies simply by changing your browser settings."
        )
        .is_empty()
    );
    // Settings "in your browser" are the browser's.
    offers_one_choice(&[
        (
            "You may be able to reject some or all of these technologies by adjusting the appropriate settings in your browser.",
            "browser-controls",
        ),
        (
            "We cannot respond to such requests, but you can block cookies by changing the settings in your browser.",
            "browser-controls",
        ),
    ]);
}

#[test]
fn the_agent_of_a_passive_is_the_party_after_its_own_by() {
    let ps = ex().extract("Your data is collected by us, and used by our partners.");
    let actor = |a: &str| ps.iter().find(|p| p.action == a).map(|p| p.actor.as_str());
    assert_eq!(actor("collect"), Some("first-party"), "{ps:#?}");
    assert_eq!(actor("use"), Some("partners"), "{ps:#?}");
    // Coordinated passives share the agent after the last.
    let ps =
        ex().extract("The information you post may be collected by, and used by third parties.");
    assert!(
        ps.iter()
            .any(|p| p.action == "collect" && p.actor == "third-parties"),
        "{ps:#?}"
    );
    // A list of agents the company opens names the others too.
    let ps = ex().extract("Tracking information is collected by us as well as third parties.");
    assert!(ps.iter().any(|p| p.actor == "third-parties"), "{ps:#?}");
    // A participle whose "be" an earlier predicate took is passive still,
    // and so is one right after the data it describes.
    each(
        &[
            "The information you post may be publicly available to, collected by, and used by third parties.",
            "Your data collected by advertisers is subject to their policies.",
        ],
        |ps| {
            ps.iter()
                .any(|p| p.action == "collect" && p.actor != "first-party")
        },
    );
    // The verb of reach whose "to" waits for the list's last noun makes
    // the data available to it: the company discloses, the third parties
    // receive (and collect and use, by their own agent).
    for text in [
        "The information you post may be publicly available to, collected by, and used by third parties.",
        "The information you post may be available to and used by third parties.",
    ] {
        let ps = ex().extract(text);
        assert!(
            ps.iter().any(|p| p.action == "share"
                && p.actor == "first-party"
                && p.recipients == ["third-parties"]),
            "{text}: {ps:#?}"
        );
        assert!(
            ps.iter()
                .any(|p| p.action == "use" && p.actor == "third-parties"),
            "{text}: {ps:#?}"
        );
    }
    // One describing something else states nothing of data.
    let text = "This site links to websites maintained by other organizations.";
    assert!(ex().extract(text).is_empty(), "{text}");
}

#[test]
fn a_party_or_user_that_gives_the_company_data_is_where_the_company_collects_it() {
    for (text, data) in [
        (
            "Advertisers share this information with us.",
            "personal-information",
        ),
        (
            "Microsoft may share your personal information with us.",
            "personal-information",
        ),
        (
            "The survey is conducted by a third party who shares your email address with us.",
            "email-address",
        ),
        // The receiver right after the verb, with a weak verb too.
        (
            "Partners may provide us your email address.",
            "email-address",
        ),
        ("Facebook may send us your email address.", "email-address"),
        // What the user gives the company, the company collects.
        ("You share your email address with us.", "email-address"),
        (
            "When you register, you may provide us with your phone number.",
            "phone-number",
        ),
        ("You give us your phone number.", "phone-number"),
        (
            "Any phone number shared with us is kept confidential.",
            "phone-number",
        ),
        (
            "You may choose to provide us with your phone number.",
            "phone-number",
        ),
        // To no one named: to the company whose policy it is.
        (
            "You must provide your email address to create an account.",
            "email-address",
        ),
        (
            "When you register, you provide your phone number.",
            "phone-number",
        ),
        (
            "We may ask you to provide your phone number.",
            "phone-number",
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.actor.as_str()),
            ("collect", "first-party"),
            "{text}: {p:#?}"
        );
        assert_eq!(p.data, vec![data], "{text}");
        assert!(p.recipients.is_empty(), "{text}: {p:#?}");
    }
    // The company giving the user data is no one's disclosure; giving the
    // company no data (services, an email to write to), being asked not to
    // give it, or a relative clause describing data states no collection.
    states_nothing(&[
        "We share your email with you.",
        "We send you offers.",
        "Our vendors provide us with support services such as authorizing credit card payments.",
        "If you have questions, send us an email.",
        "We ask that you not send us any sensitive personal information.",
        "We cannot ensure the security of information you send us.",
        // (Nor what the user gives someone named far on, or gives for or
        // in something.)
        "If you provide your username, password or other information about your accounts with us to an aggregation website, you authorise its transactions.",
    ]);
    let ps = ex()
        .extract("Addresses you provide in the \"Email\" feature are kept for your convenience.");
    assert!(ps.iter().all(|p| p.action == "retain"), "{ps:#?}");
    // (Nor what another party or the company gives, to no one named.)
    let p = one("We provide your email address to advertisers.");
    assert_eq!(p.action, "share", "{p:#?}");
    assert!(ex().extract("Advertisers provide your data.").is_empty());
}

#[test]
fn what_is_tailored_based_on_data_uses_it() {
    for (text, actor, data) in [
        (
            "We show you ads based on your browsing history.",
            "first-party",
            "usage",
        ),
        (
            "Advertisers may serve ads to you based on your browsing activity on other sites.",
            "advertisers",
            "usage",
        ),
        (
            "These advertisers use the information described above to provide you relevant advertisements based on your location.",
            "advertisers",
            "location",
        ),
        (
            "We collect your location and our partners may show you ads based on it.",
            "partners",
            "location",
        ),
        // (Targeting the reader is advertising.)
        (
            "Advertisers can target you based on your age and location.",
            "advertisers",
            "location",
        ),
    ] {
        let ps = ex().extract(text);
        assert!(
            ps.iter().any(|p| p.action == "use"
                && p.actor == actor
                && p.data.contains(&data.to_string())
                && p.purposes.contains(&"advertising".to_string())
                && !p.negated),
            "{text}: {ps:#?}"
        );
    }
    // So with the ads its subject, said or denied: "these ads are not
    // based on what you watch" is a promise.
    let p = one("These ads are based on your viewing history.");
    assert!(
        !p.negated && p.data == ["usage"] && p.purposes == ["advertising"],
        "{p:#?}"
    );
    let p = one("These ads are not based on what you watch.");
    assert!(
        p.negated && p.data == ["usage"] && p.purposes == ["advertising"],
        "{p:#?}"
    );
    // Its data is what it is based on, not what it tailors.
    let p = one("We may personalize content based on your location.");
    assert_eq!(p.data, vec!["location"], "{p:#?}");
    // The negation and the modal reach back past what is tailored.
    let p = one("We do not serve personalized ads to you based on your health information.");
    assert!(p.negated && p.data == vec!["health"], "{p:#?}");
    // Based on what is not tailored: no use.
    each(
        &[
            "Our fees are based on the number of users in your account.",
            "We act based on your instructions and your email address.",
        ],
        |ps| !ps.iter().any(|p| p.action == "use"),
    );
}

#[test]
fn what_is_the_companys_after_access_to_is_what_passes() {
    // "Access to Yahoo's cookies", "access to Yahoo user profiles": the
    // company's name says whose data it is, not that the company receives
    // it — the parties named as having access are the recipients.
    let e = ex();
    for (said, data) in [
        (
            "Advertisers do not have access to Yahoo's cookies.",
            "cookies",
        ),
        (
            "Our partners do not have access to Yahoo user profiles.",
            "account-information",
        ),
    ] {
        let ps = e.extract_sentences(["Welcome to the Yahoo Privacy Policy", said]);
        let ps = ps.last().unwrap();
        assert_eq!(ps.len(), 1, "{said}: {ps:#?}");
        let p = &ps[0];
        assert_eq!(
            (p.action.as_str(), p.actor.as_str(), p.negated),
            ("share", "first-party", true),
            "{said}: {p:#?}"
        );
        assert_eq!(p.data, vec![data], "{said}");
        assert!(!p.recipients.is_empty(), "{said}: {p:#?}");
    }
}

#[test]
fn a_choice_outlives_the_verbs_screened_beside_it() {
    // Its verbs state no practice (what is sent to the user, a service
    // the company is given); the choice is still offered, over what it
    // names.
    for (text, kind, data) in [
        (
            // (Email newsletters are messages: no email address.)
            "At registration you have the opportunity to opt in to email newsletters and have offers sent to you on behalf of our advertisers.",
            "opt-in",
            Vec::<&str>::new(),
        ),
        // (Over a use: the disclosure it names was screened, the company
        // sharing with the user.)
        (
            "You can opt out of receiving newsletters that we share with you.",
            "opt-out",
            vec![],
        ),
    ] {
        let p = one(text);
        assert_eq!(p.action, "use", "{text}");
        assert_eq!(
            p.choice.as_ref().map(|c| c.kind.as_str()),
            Some(kind),
            "{text}: {p:#?}"
        );
        assert_eq!(p.data, data, "{text}");
        assert!(p.presupposed, "{text}");
    }
}

#[test]
fn the_pages_a_user_visits_are_usage_data() {
    for text in [
        "Social media features may collect which page you are visiting on our site.",
        "Advertisers may collect the web sites you have visited.",
    ] {
        assert_eq!(one(text).data, vec!["usage"], "{text}");
    }
}

#[test]
fn a_party_a_disclosure_protects_is_no_recipient() {
    for (text, recipients) in [
        (
            "We may disclose your information to protect the rights, property or safety of our company, our users or the public.",
            vec![],
        ),
        (
            "We may share information to protect the safety of anyone.",
            vec![],
        ),
        (
            "We may share data with partners to promote the security and integrity of our service, our employees, and others.",
            vec!["partners"],
        ),
        (
            "We may share your information with law enforcement to protect the safety of the public.",
            vec!["law-enforcement"],
        ),
        // (A recipient after the disclosure the protection leads to.)
        (
            "To protect our rights, we may share your data with law enforcement.",
            vec!["law-enforcement"],
        ),
    ] {
        let p = one(text);
        assert_eq!(p.action, "share", "{text}");
        assert_eq!(p.recipients, recipients, "{text}");
    }
}

#[test]
fn a_later_item_of_the_list_a_document_explains_is_a_topic() {
    let e = ex();
    states_nothing(&[
        "This Privacy Policy explains the information that Acme collects when you use its products and services, how that information is used, with whom it may be shared, and your privacy choices.",
        "This Privacy Policy explains the information that Acme collects when you use its products and services, how that information is used and shared, and your choices.",
    ]);
    // A main clause of the company's own after the list is stated.
    let ps = e.extract(
        "This policy explains the information we collect when you use the app, and we share it with advertisers.",
    );
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
}

#[test]
fn a_passive_whose_agent_is_the_user_is_the_users_act() {
    let e = ex();
    for text in [
        "We may process personal data which are manifestly made public by the data subject.",
        "We may process personal data which are made public by you.",
    ] {
        let ps = e.extract(text);
        assert!(!ps.iter().any(|p| p.action == "share"), "{text}: {ps:#?}");
        assert!(ps.iter().any(|p| p.action == "use"), "{text}: {ps:#?}");
    }
    // The company as agent still discloses.
    let ps = e.extract("Your information may be manifestly disclosed by us to our partners.");
    assert!(
        ps.iter().any(|p| p.action == "share"
            && p.actor == "first-party"
            && p.recipients == ["partners"]),
        "{ps:#?}"
    );
}

#[test]
fn a_question_a_verb_of_knowing_governs_is_a_topic_however_long_its_subject() {
    let e = ex();
    states_nothing(&[
        "This Privacy Policy is meant to help you understand what information Acme Media, its affiliates and its house of global brands (\"Acme Media\", \"us\") collect, why and how we use it, and with whom it is shared.",
        "You may have the right to know what personal information the business has collected about you, including the categories of sources from which it is collected, the purposes for collecting, selling, or sharing it, and the categories of third parties to whom we disclose it.",
        // Verbs that say what a text will tell: the answer lies there.
        "The official rules of each sweepstakes will specify how the information gathered from you for entry will be used and disclosed.",
        "In the table below, we outline the categories of sensitive data we collect and the categories of recipients with whom we share it.",
        "The viewer shows an icon which indicates whether your device is part of a sample and which data is collected from it.",
    ]);
    // "about what" names data, and a main clause of the company's own states.
    let ps = e.extract("We collect information about what pages you view.");
    assert!(ps.iter().any(|p| p.action == "collect"), "{ps:#?}");
    let ps = e.extract(
        "To understand what our visitors like, we share usage data with analytics providers.",
    );
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
}

#[test]
fn a_presumed_consent_offers_no_choice_and_what_the_user_consents_to_do_is_the_users() {
    let e = ex();
    states_nothing(&[
        "Your consent to receive commercial electronic messages is implied when you have an existing business relationship with us.",
        "You are deemed to have given your consent to the use of cookies.",
    ]);
    let ps = e.extract("Your consent to our collection of your email address is implied.");
    assert!(
        ps.iter()
            .any(|p| p.action == "collect" && p.choice.is_none()),
        "{ps:#?}"
    );
    // A consent asked is still an opt-in.
    assert_eq!(
        choice_kinds(
            &e,
            "We will obtain your consent before we share your data with advertisers."
        ),
        ["opt-in"]
    );
}

#[test]
fn a_party_a_relative_clause_describes_is_the_main_verbs_subject() {
    let e = ex();
    let acts = |text: &str| -> Vec<(String, String)> {
        e.extract(text)
            .into_iter()
            .map(|p| (p.action, p.actor))
            .collect()
    };
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        acts("The advertisers that we work with use cookies."),
        [pair("use", "advertisers")]
    );
    // (So without its pronoun.)
    assert_eq!(
        acts("Advertisers we work with may use cookies."),
        [pair("use", "advertisers")]
    );
    assert_eq!(
        acts("Partners that we share data with may use it."),
        [pair("share", "first-party"), pair("use", "partners")]
    );
    // The relative clause's own verb stays the company's.
    assert_eq!(
        acts("Partners that we then share data with use it."),
        [pair("share", "first-party"), pair("use", "partners")]
    );
    // A party engaged is no data used: only the providers' collection.
    assert_eq!(
        acts("Service providers that we use may collect your IP address."),
        [pair("collect", "service-providers")]
    );
    for text in [
        "We review the service providers that we use.",
        "This Privacy Policy does not apply to people that Acme Media does not employ or manage.",
    ] {
        assert!(acts(text).is_empty(), "{text}: {:?}", acts(text));
    }
    // A relative pronoun that is the verb's subject leaves it a practice.
    assert_eq!(
        acts(
            "Payments are carried out via payment service providers that offer payment processing."
        ),
        [pair("use", "service-providers")]
    );
}

#[test]
fn a_participle_keeps_only_the_data_its_own_noun_phrase_names() {
    let e = ex();
    let keeps = |text: &str| e.extract(text).iter().any(|p| p.action == "retain");
    assert!(!keeps(
        "We obtain your date of birth, public employment profile, listing on any sanctions lists maintained by public authorities, and other data as necessary."
    ));
    for text in [
        "All personal data will be collected, stored and used by us in accordance with the GDPR.",
        "We store, for security reasons, your payment details.",
        "Your contact details maintained by our partners are deleted after a year.",
    ] {
        assert!(keeps(text), "{text}: {:#?}", e.extract(text));
    }
}

#[test]
fn data_kept_with_a_party_is_disclosed_to_it() {
    let e = ex();
    let shared = |text: &str| -> Vec<(bool, Vec<String>)> {
        e.extract(text)
            .into_iter()
            .filter(|p| p.action == "share")
            .map(|p| (p.negated, p.recipients))
            .collect()
    };
    let to = |r: &str| vec![r.to_string()];
    assert_eq!(
        shared("Only your email address will be stored with the third party service."),
        [(false, to("third-parties"))]
    );
    assert_eq!(
        shared("Your data is stored with our cloud hosting provider for 30 days."),
        [(false, to("service-providers"))]
    );
    assert_eq!(
        shared("We do not store your data with third parties."),
        [(true, to("third-parties"))]
    );
    // Kept with a means, or "with" another word's, discloses nothing.
    for text in [
        "Your data is stored with industry-standard encryption.",
        "We retain your data in accordance with the rules of our partners.",
        "Our systems process information we have collected and stored associated with you and others.",
    ] {
        assert!(shared(text).is_empty(), "{text}: {:#?}", e.extract(text));
    }
}

#[test]
fn an_exception_in_a_later_main_clause_excepts_nothing_from_a_promise_before() {
    let e = ex();
    let ps = e.extract(
        "Retained data is not used for any other purpose, or we may opt you out of the processing of such personal information for any purpose except for those allowed under state privacy laws.",
    );
    let promise = ps.iter().find(|p| p.negated).expect("the promise");
    assert!(promise.condition.is_none(), "{ps:#?}");
    // In its own clause it does.
    let ps = e.extract("We do not sell your data, except to our affiliates.");
    assert!(ps[0].negated && ps[0].has_exception(), "{ps:#?}");
}

#[test]
fn recipients_of_a_later_main_clause_are_not_an_earlier_verbs() {
    let ps = ex().extract("We do not sell your data, and we share it with partners for analytics.");
    let sell = ps.iter().find(|p| p.action == "sell").expect("the promise");
    assert!(sell.negated && sell.recipients.is_empty(), "{ps:#?}");
    let share = ps
        .iter()
        .find(|p| p.action == "share")
        .expect("the disclosure");
    assert_eq!(share.recipients, ["partners"], "{ps:#?}");
}

#[test]
fn data_of_a_later_main_clause_is_not_an_earlier_verbs() {
    let ps = ex().extract(
        "Advertisers may collect your device identifiers, and we are not responsible for the content of their sites.",
    );
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0].data, ["device-identifiers"], "{ps:#?}");
    // Without the comma, "and we" before an auxiliary opens one too.
    let ps = ex().extract(
        "Advertisers may collect your device identifiers and we are not responsible for the content of their sites.",
    );
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0].data, ["device-identifiers"], "{ps:#?}");
    // Without such a clause the verb's object runs on.
    let ps = ex().extract("We collect your email address and the content of your messages.");
    assert!(ps[0].data.len() == 2, "{ps:#?}");
}

#[test]
fn a_bare_relative_clause_is_outside_the_negation_before_it() {
    let ps = ex().extract("We do not sell the information we collect.");
    let collect = ps.iter().find(|p| p.action == "collect").expect("{ps:#?}");
    assert!(!collect.negated, "{ps:#?}");
    assert!(
        ps.iter().any(|p| p.action == "sell" && p.negated),
        "{ps:#?}"
    );
    // Its own negation stays its own.
    let ps = ex().extract("We do not sell the information we do not collect.");
    assert!(ps.iter().all(|p| p.negated), "{ps:#?}");
    // A list of verbs after the negation is still denied as a whole.
    let ps = ex().extract("We do not and will not sell or share your data.");
    assert!(ps.iter().all(|p| p.negated), "{ps:#?}");
}

#[test]
fn a_denied_right_to_act_denies_the_act() {
    let ps = ex().extract(
        "Our service providers do not have any independent right to share this information.",
    );
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert!(ps[0].negated, "{ps:#?}");
    assert_eq!(ps[0].actor, "service-providers", "{ps:#?}");
    // A right granted is no promise.
    let ps = ex().extract("Our service providers have the right to share this information.");
    assert!(!ps[0].negated, "{ps:#?}");
}

#[test]
fn a_weak_verb_gives_to_the_party_its_pronoun_stands_for() {
    let ps = ex().extract("Advertisers use the personal information we provide to them.");
    let share = ps.iter().find(|p| p.action == "share").expect("{ps:#?}");
    assert_eq!(share.recipients, ["advertisers"], "{ps:#?}");
    assert!(!share.negated, "{ps:#?}");
    // With no party for "them" to stand for, nothing is given.
    let ps = ex().extract("You can review the personal information we provide to them.");
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
}

#[test]
fn negative_adverbials_and_objects_deny_the_verb() {
    denies_all(&[
        "Under no circumstances will we sell your data.",
        "At no time do we sell your data.",
        "In no event will your email address be shared with advertisers.",
        "We collect no personal information.",
        "We share no personal data with advertisers.",
    ]);
    each(
        &[
            "We collect no more information than we need.",
            "In no event will we be liable for damages, and we share your email address with advertisers.",
        ],
        |ps| !ps.is_empty() && ps.iter().all(|p| !p.negated),
    );
}

#[test]
fn a_subject_left_out_after_a_relative_clause_is_the_party_it_describes() {
    let ps = ex().extract(
        "Companies that serve ads on our site or help you share content with your friends, may also collect your device identifiers.",
    );
    let collect = ps.iter().find(|p| p.action == "collect").expect("{ps:#?}");
    assert_eq!(collect.actor, "third-parties", "{ps:#?}");
    // A relative clause on data opening the sentence leaves its verb the
    // company's.
    let ps = ex().extract(
        "Your email address, which advertisers may also receive, will be shared with our partners.",
    );
    let share = ps
        .iter()
        .find(|p| p.action == "share" && p.recipients == ["partners"]);
    assert_eq!(share.expect("{ps:#?}").actor, "first-party", "{ps:#?}");
}

#[test]
fn social_media_plugins_and_buttons_are_social_networks() {
    for s in [
        "Social media plugins may collect your IP address.",
        "Social sharing buttons may collect your IP address.",
    ] {
        let p = one(s);
        assert_eq!(p.actor, "social-networks", "{s}: {p:#?}");
        assert_eq!(p.data, ["ip-address"], "{s}: {p:#?}");
    }
}

#[test]
fn marketing_sent_to_the_user_discloses_nothing_to_its_sender() {
    let ps = ex().extract(
        "We will not analyze your messages to send third-party marketing messages to you.",
    );
    assert!(
        !ps.is_empty() && ps.iter().all(|p| p.action == "use"),
        "{ps:#?}"
    );
    // Data sent to a marketing partner is still disclosed to it.
    let p = one("We may send your email address to our marketing partners.");
    assert_eq!(
        (p.action.as_str(), p.data.as_slice()),
        ("share", &["email-address".to_string()][..])
    );
}

#[test]
fn subject_to_after_a_noun_describes_it_and_conditions_nothing() {
    each(
        &[
            "We process information subject to special protections so we can share it with your friends.",
            "Data that is subject to the GDPR may be shared with our affiliates.",
        ],
        |ps| !ps.is_empty() && ps.iter().all(|p| p.condition.is_none()),
    );
    let p = one("We may share your data with partners, subject to applicable law.");
    assert_eq!(
        p.condition.map(|c| c.text),
        Some("subject to applicable law".to_string())
    );
    let p = one("We may share your data subject to your consent.");
    assert_eq!(
        p.condition.map(|c| c.text),
        Some("subject to your consent".to_string())
    );
}

#[test]
fn coordinated_verbs_share_the_object_after_the_last() {
    let ps = ex().extract(
        "These tools only analyze the content you submit and do not access or process any other personal data.",
    );
    let access = ps
        .iter()
        .find(|p| p.action == "collect" && p.negated)
        .expect("{ps:#?}");
    assert_eq!(access.data, ["personal-information"], "{ps:#?}");
    // Passives keep their subject as their object.
    let ps = ex().extract(
        "Your email address may be stored and processed by our service providers and their partners.",
    );
    assert!(
        !ps.is_empty() && ps.iter().all(|p| p.data == ["email-address"]),
        "{ps:#?}"
    );
}

#[test]
fn a_passive_passes_its_subject_not_what_its_purpose_names() {
    let ps = ex()
        .extract("Your email address may be stored by our service providers to send you messages.");
    let kept = ps.iter().find(|p| p.action == "retain").expect("{ps:#?}");
    assert_eq!(kept.data, ["email-address"], "{ps:#?}");
}

#[test]
fn locations_that_are_places_are_no_data() {
    each(
        &[
            "Your email address may be processed in the United States or other locations where we maintain facilities.",
            "We share your email address with our store locations.",
            "We may transfer your email address to any particular location.",
        ],
        |ps| !ps.is_empty() && ps.iter().all(|p| !p.data.contains(&"location".to_string())),
    );
    let p = one("With the consent of users, we may share their location with our partners.");
    assert_eq!(p.data, ["location"], "{p:#?}");
}

#[test]
fn an_action_noun_reaches_its_object_through_the_noun_coordinated_with_it() {
    let ps = ex().extract(
        "You can opt out of the sale or sharing of your personal information at any time.",
    );
    for action in ["sell", "share"] {
        let p = ps.iter().find(|p| p.action == action).expect("{ps:#?}");
        assert_eq!(
            p.choice.as_ref().map(|c| c.kind.as_str()),
            Some("opt-out"),
            "{ps:#?}"
        );
    }
}

#[test]
fn categories_a_person_may_ask_for_are_a_topic() {
    each(
        &[
            "You have the right to know the categories of personal information we have sold or shared.",
            "You may request the specific pieces of personal information we have collected about you.",
        ],
        |ps| ps.is_empty(),
    );
    let p = one("We share the categories of personal information listed above with advertisers.");
    assert_eq!(p.action, "share");
}

#[test]
fn content_indexed_by_search_engines_is_public() {
    let p = one("Your public posts may be indexed by search engines.");
    assert_eq!(p.action, "share");
    assert_eq!(p.recipients, ["public"], "{p:#?}");
    assert_eq!(p.data, ["content"], "{p:#?}");
}

#[test]
fn an_example_between_passes_the_party_on_to_a_pronoun() {
    // Each sentence read after the one before, as `eval piextract` reads them.
    let read = |text: &str| -> Vec<Practice> {
        ex().extract_sentences(text.split_inclusive(". ").map(str::trim))
            .concat()
    };
    let shares_with_companies = |ps: &[Practice]| {
        ps.iter().any(|p| {
            p.action == "share"
                && p.data == ["personal-information"]
                && p.recipients == ["third-parties"]
        })
    };
    let ps = read(
        "We employ other companies to perform functions on our behalf. Examples include sending e-mail and analyzing data. They have access to personal information needed to perform their functions.",
    );
    assert!(shares_with_companies(&ps), "{ps:#?}");
    // (So does one opening "For example,".)
    let ps = read(
        "We employ other companies to perform functions on our behalf. For example, sending e-mail and analyzing data. They have access to personal information needed to perform their functions.",
    );
    assert!(shares_with_companies(&ps), "{ps:#?}");
    // Any other sentence between ends the reference: an example of the
    // company's own acts ("they" are then its cookies) …
    let ps = read(
        "We work with advertising partners. For instance, we use cookies to remember your cart. They are also used to understand your preferences.",
    );
    assert!(
        !ps.iter()
            .any(|p| p.action == "share" && p.actor != "first-party"),
        "{ps:#?}"
    );
    assert!(
        !ps.iter().any(|p| p.action == "share" && !p.data.is_empty()),
        "{ps:#?}"
    );
    // … or anything else.
    let ps = read(
        "We employ other companies to perform functions on our behalf. Your data is stored in Ireland. They have access to personal information needed to perform their functions.",
    );
    assert!(
        !ps.iter()
            .any(|p| p.action == "share" && p.data == ["personal-information"]),
        "{ps:#?}"
    );
}

#[test]
fn even_if_concedes_and_conditions_nothing() {
    let p = one("Your messages will not be stored, even if you have an account.");
    assert!(p.negated && p.condition.is_none(), "{p:#?}");
    let p = one("Your messages will not be stored if you have an account.");
    assert!(p.condition.is_some(), "{p:#?}");
}

#[test]
fn a_relative_clause_on_the_data_takes_no_exception_of_the_main_verb() {
    let ps = ex().extract(
        "We never share information we receive from you unless we have your permission to share that information.",
    );
    let collect = ps.iter().find(|p| p.action == "collect").expect("{ps:#?}");
    assert!(
        collect.choice.is_none() && collect.condition.is_none(),
        "{ps:#?}"
    );
    let share = ps.iter().find(|p| p.action == "share").expect("{ps:#?}");
    assert!(share.choice.is_some() && share.has_exception(), "{ps:#?}");
}

#[test]
fn profiling_is_a_purpose_and_a_profile_is_data() {
    let ps = ex().extract(
        "We do not use or disclose sensitive personal information for the purpose of inferring characteristics about you.",
    );
    assert!(
        !ps.is_empty() && ps.iter().all(|p| p.negated && p.purposes == ["profiling"]),
        "{ps:#?}"
    );
    let p = one("We also use your information to carry out profiling for marketing purposes.");
    assert!(
        !p.negated && p.purposes.contains(&"profiling".to_string()),
        "{p:#?}"
    );
    // The GDPR's wording: automated processing is the act, not its purpose.
    let p = one(
        "We do not conduct automated processing of personal data for the purposes of evaluating an individual's personal aspects.",
    );
    assert!(p.negated && p.purposes == ["profiling"], "{p:#?}");
    let p = one("We collect your profile photo when you create a profile.");
    assert!(p.purposes.is_empty(), "{p:#?}");
    // Building a profile of someone is profiling (a product named "Interest
    // Profile", or users creating profiles, is not).
    let p = one("Your activity on our site is used to build a profile of your interests.");
    assert_eq!(p.purposes, ["profiling"], "{p:#?}");
    let p = one("We share your content with partners when users create profiles.");
    assert!(p.purposes.is_empty(), "{p:#?}");
    // Decisions of legal or similar effect are what profiling is feared for.
    let p = one(
        "We do not use AI to make decisions that have legal or similarly significant effects on you.",
    );
    assert!(p.negated && p.purposes == ["profiling"], "{p:#?}");
}

#[test]
fn an_act_named_as_the_purpose_of_a_denied_act_is_denied_too() {
    each(
        &[
            "We do not collect your data for the purpose of selling it to advertisers.",
            "We will not collect personal information in order to share it with advertisers.",
            // Each act of a list of purposes.
            "We do not process personal data for the purposes of evaluating, analyzing or selling it to advertisers.",
        ],
        |ps| ps.len() >= 2 && ps.iter().all(|p| p.negated),
    );
    // Stated, it is stated; and a clause of its own keeps its own.
    each(
        &[
            "We collect your data for the purpose of selling it to advertisers.",
            "We do not sell your data, but we collect it for the purpose of sharing it with partners.",
        ],
        |ps| {
            ps.iter()
                .any(|p| crate::extract::discloses(&p.action) && !p.negated)
        },
    );
}

#[test]
fn what_the_user_chooses_to_receive_is_no_data_collected() {
    let e = ex();
    for text in [
        "You may opt-out of receiving these communications by replying to unsubscribe.",
        "You can choose not to receive any messages at all.",
        "You can unsubscribe from receiving text messages.",
        "If you would like to no longer receive all communications from Acme, you may opt out by contacting us.",
        "If you decide to opt out of receiving promotional information or other communications, contact us.",
    ] {
        let ps = e.extract(text);
        assert!(!ps.is_empty(), "{text}: the choice stands");
        assert!(
            ps.iter()
                .all(|p| p.choice.is_some() && p.data.is_empty() && p.action == "use"),
            "{text}: {ps:#?}"
        );
    }
    // The company's receiving is its collection.
    let p = one("We no longer receive your email address from brokers.");
    assert_eq!(
        (p.action.as_str(), p.data.as_slice()),
        ("collect", &["email-address".to_string()][..])
    );
}

#[test]
fn limiting_use_is_an_opt_out() {
    let p = one("You have the right to limit use of your sensitive personal information.");
    assert_eq!(
        p.choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-out"),
        "{p:#?}"
    );
}

#[test]
fn a_complement_of_be_is_no_subject_nor_recipient() {
    // "a data broker" is what the company is not; only "we" sells, and to
    // no one the sentence names.
    let ps = ex().extract(
        "Atlassian is not a data broker, and we do not sell personal information for monetary consideration.",
    );
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert!(
        ps[0].actor == "first-party" && ps[0].negated && ps[0].recipients.is_empty(),
        "{ps:#?}"
    );
    // A recipient of the clause before goes no further.
    let ps =
        ex().extract("We share data with advertisers, and we do not sell personal information.");
    let sell = ps.iter().find(|p| p.action == "sell").expect("{ps:#?}");
    assert!(sell.recipients.is_empty(), "{ps:#?}");
    // A list of subjects still acts together.
    let ps = ex().extract("Neither we nor our partners will sell your data.");
    assert_eq!(ps.len(), 2, "{ps:#?}");
}

#[test]
fn a_passive_clause_of_its_own_has_its_own_agent() {
    let ps = ex().extract(
        "Information is collected for this purpose by advertising partners and is not stored by us.",
    );
    let collect = ps.iter().find(|p| p.action == "collect").expect("{ps:#?}");
    assert_eq!(collect.actor, "advertisers", "{ps:#?}");
    let retain = ps.iter().find(|p| p.action == "retain").expect("{ps:#?}");
    assert!(retain.negated && retain.actor == "first-party", "{ps:#?}");
}

#[test]
fn permission_granted_and_an_option_offered_are_choices() {
    let kind = |s: &str| {
        let p = one(s);
        p.choice.map(|c| c.kind)
    };
    assert_eq!(
        kind("You may grant us permission to share your location with partners.").as_deref(),
        Some("opt-in")
    );
    assert_eq!(
        kind("You will have an option to share your location with partners in the app.").as_deref(),
        Some("settings")
    );
}

#[test]
fn consent_a_user_may_give_is_an_opt_in() {
    let ps = ex().extract(
        "Parents can consent to the collection and use of their child's personal information without consenting to the disclosure of that information to third parties.",
    );
    assert!(
        ps.iter().any(|p| p.action == "share")
            && ps
                .iter()
                .all(|p| p.choice.as_ref().is_some_and(|c| c.kind == "opt-in")),
        "{ps:#?}"
    );
    // Consent given by using names a topic, offering nothing.
    let ps = ex()
        .extract("By using the site, you consent to the collection and use of your information.");
    assert!(ps.is_empty(), "{ps:#?}");
}

#[test]
fn saving_is_keeping_and_a_setting_kept_is_no_choice() {
    let p = one("We save your audio recordings.");
    assert!(p.action == "retain" && p.data == ["content"], "{p:#?}");
    let p =
        one("You can choose whether you want Google to save an audio recording to your account.");
    assert!(
        p.action == "retain" && p.data == ["content"] && p.choice.is_some(),
        "{p:#?}"
    );
    assert!(ex().extract("This will save you time.").is_empty());
    // Choices saved were made; the sentence offers none.
    let ps = ex().extract("Your choices are saved so that we can honour them.");
    assert!(ps.iter().all(|p| p.choice.is_none()), "{ps:#?}");
    // The option not to save is one.
    let p = one("You have the option not to save the information you enter.");
    assert!(p.choice.is_some(), "{p:#?}");
}

#[test]
fn what_goes_to_a_party_without_being_saved_is_not_saved_by_it() {
    let p = one(
        "All document copies go straight to our payment provider Stripe without being saved on our systems.",
    );
    assert!(
        p.action == "retain" && p.negated && p.actor == "first-party",
        "{p:#?}"
    );
}

#[test]
fn an_item_opening_on_its_verb_is_done_by_the_lead_ins_subjects() {
    let out = ex().extract_all(clauses_of(
        "We and our affiliates use your personal information in a variety of ways, including:\n\n- Saving your user ID so you do not have to re-enter it\n\nWe use your information in these ways:\n\n- Saving your user ID\n",
    ));
    let actors =
        |i: usize| -> Vec<String> { out[i].practices.iter().map(|p| p.actor.clone()).collect() };
    assert!(
        out[1].practices.iter().all(|p| p.action == "retain")
            && actors(1).contains(&"affiliates".to_string())
            && actors(1).contains(&"first-party".to_string()),
        "{:#?}",
        out[1].practices
    );
    // The company alone: the company alone.
    assert_eq!(actors(3), ["first-party"], "{:#?}", out[3].practices);
}

#[test]
fn a_party_in_apposition_to_the_opening_noun_is_the_subject() {
    let p = one(
        "The company that delivers our website to your computer, CloudFlare, may place a cookie on your computer.",
    );
    assert_eq!(p.actor, "named-companies", "{p:#?}");
    // The opening phrase may name the kind of party the name is, after an
    // opening adverb and clause.
    for s in [
        "Our third-party advertising partner, Adzerk, will set a cookie on your computer.",
        "Additionally, if you vote on an ad, our advertising partner, Adzerk, will set a cookie on your computer.",
    ] {
        let p = one(s);
        assert_eq!(p.actor, "named-companies", "{s}\n{p:#?}");
    }
    // Not where the opening phrase names a party of its own.
    let p = one("The information we collect, Google, may not see.");
    assert_eq!(p.actor, "first-party", "{p:#?}");
}

#[test]
fn a_verb_the_vocabulary_lacks_joined_to_a_denied_one_passes_the_negation_on() {
    for s in [
        "Cookies we use do not contain or capture unencrypted personal information.",
        "We do not see or collect your password.",
        "Microsoft does not record or store your camera sessions.",
    ] {
        let ps = ex().extract(s);
        assert!(
            ps.iter()
                .any(|p| matches!(p.action.as_str(), "collect" | "retain") && p.negated),
            "{s}\n{ps:#?}"
        );
        assert!(
            !ps.iter()
                .any(|p| matches!(p.action.as_str(), "collect" | "retain") && !p.negated),
            "{s}\n{ps:#?}"
        );
    }
}

#[test]
fn what_the_company_has_access_to_it_collects() {
    for s in [
        "We do not have access to your payment information.",
        // Past a verb joined to it.
        "We do not handle or have access to any of your payment information.",
    ] {
        let p = one(s);
        assert!(
            p.action == "collect"
                && p.negated
                && p.actor == "first-party"
                && p.data == ["financial"],
            "{s}\n{p:#?}"
        );
    }
    // Another party with access is still its recipient.
    let p = one("Our payment processor has access to your card number.");
    assert!(
        p.action == "share" && p.recipients == ["service-providers"],
        "{p:#?}"
    );
}

#[test]
fn a_weak_verb_giving_a_named_thing_that_is_no_data_discloses_nothing() {
    let ps = ex().extract(
        "We collect personal information to provide our advertisers with an efficient way to reach the right audience.",
    );
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
    // Data given is disclosed; so is what a passive shows, and a "with"
    // of consent is no object.
    each(
        &[
            "We may provide our partners with information about you.",
            "Your information may be provided to our partners with your consent.",
            "Your profile information can be seen by other users with certain permissions.",
        ],
        |ps| ps.iter().any(|p| p.action == "share"),
    );
}

#[test]
fn each_verb_of_a_list_is_done_by_the_party_the_list_opens_on() {
    each(
        &[
            "These companies do not retain, share, store or use personally identifiable information for any secondary purposes.",
            "Advertisers may collect, store, and sell your data.",
        ],
        |ps| ps.len() >= 3 && ps.iter().all(|p| p.actor != "first-party"),
    );
    // The company's own list stays its own.
    let ps = ex().extract("We collect, use, and share your data with partners.");
    assert!(ps.iter().all(|p| p.actor == "first-party"), "{ps:#?}");
}

#[test]
fn a_negation_opening_a_list_of_verb_phrases_denies_each() {
    let e = ex();
    for s in [
        "We will not connect to the servers of those services, share information with those services, or post on your behalf.",
        "Our partners will never store your messages, sell your contact details to advertisers, or read your mail.",
        // "or" alone, past a party after "to a": its verb is the company's.
        "The company will not sell this information to a third party or place you on a mailing list.",
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter()
                .any(|p| matches!(p.action.as_str(), "share" | "sell") && p.negated),
            "{s}\n{ps:#?}"
        );
        assert!(ps.iter().all(|p| p.negated), "{s}\n{ps:#?}");
    }
    // Not past a clause of its own, nor out of a condition.
    for s in [
        "We do not read your messages, but we share your contact details with advertisers, or with partners.",
        "If you do not opt out, we share your contact details with advertisers, or sell them to partners.",
        "We do not sell your data to partners who may use it or share it with advertisers.",
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter()
                .any(|p| matches!(p.action.as_str(), "share" | "sell") && !p.negated),
            "{s}\n{ps:#?}"
        );
    }
}

#[test]
fn what_another_party_provides_to_no_one_named_the_company_receives() {
    let e = ex();
    for s in [
        "Your email address may be provided by our partners.",
        "Demographic information is supplied by third parties, such as data brokers.",
    ] {
        let ps = e.extract(s);
        assert!(
            !ps.is_empty()
                && ps
                    .iter()
                    .all(|p| p.action == "collect" && p.actor == "first-party"),
            "{s}\n{ps:#?}"
        );
    }
    // Provided to someone named, it is shared with them; a participle
    // qualifying the company's object names whose it is.
    let ps = e.extract("Your email address may be provided by our partners to advertisers.");
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.recipients.iter().any(|r| r == "advertisers")),
        "{ps:#?}"
    );
    let ps = e.extract("We may use cookies provided by third parties.");
    assert!(ps.iter().any(|p| p.actor == "third-parties"), "{ps:#?}");
}

#[test]
fn the_examples_of_a_passives_agent_act_with_it() {
    let ps = ex().extract(
        "Your email address may be shared by third parties, such as our advertisers, with our affiliates.",
    );
    assert!(
        ps.iter().any(|p| p.action == "share"
            && p.actor == "third-parties"
            && p.recipients == ["affiliates"]),
        "{ps:#?}"
    );
}

#[test]
fn a_heading_naming_acts_on_data_states_no_practice() {
    let e = ex();
    for s in [
        "Information sharing and disclosure.",
        "Data collection, use and sharing.",
        "Personal information sharing.",
    ] {
        assert!(e.extract(s).is_empty(), "{s}\n{:#?}", e.extract(s));
    }
    // An imperative or a clause is no heading.
    for s in ["Share information.", "We share information."] {
        assert!(
            e.extract(s).iter().any(|p| p.action == "share"),
            "{s}\n{:#?}",
            e.extract(s)
        );
    }
}

#[test]
fn a_negative_subject_denies_the_verb_its_be_leads_to() {
    let e = ex();
    for s in [
        "None of the information collected is sold or shared with any third party.",
        "None of the personal information we collect from you is sold.",
        "None of the data that is collected is sold.",
        "None of the personal information that we collect is sold.",
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter().any(|p| p.action == "sell" && p.negated)
                && !ps
                    .iter()
                    .any(|p| matches!(p.action.as_str(), "sell" | "share") && !p.negated),
            "{s}\n{ps:#?}"
        );
        // What the subject's own clause says is still stated.
        assert!(
            ps.iter().any(|p| p.action == "collect" && !p.negated),
            "{s}\n{ps:#?}"
        );
    }
}

#[test]
fn a_party_qualifying_the_data_a_passive_names_does_not_act() {
    let e = ex();
    for s in [
        "The third party information is used to verify your mailing address.",
        "Partner data is not shared.",
    ] {
        let ps = e.extract(s);
        assert!(
            !ps.is_empty() && ps.iter().all(|p| p.actor == "first-party"),
            "{s}\n{ps:#?}"
        );
    }
    // Its agent after "by" acts.
    let ps = e.extract("Third party cookies are used by advertisers.");
    assert!(ps.iter().any(|p| p.actor == "advertisers"), "{ps:#?}");
}

#[test]
fn an_age_limit_or_what_identifies_someone_is_no_data_or_use() {
    let e = ex();
    for s in [
        "Information about users over age 18 is shared with partners.",
        // (Nor ages that limit nothing: Bing's "other users of all ages".)
        "We share usage data about players of all ages with our analytics providers.",
    ] {
        let ps = e.extract(s);
        assert!(
            !ps.is_empty()
                && ps
                    .iter()
                    .all(|p| !p.data.iter().any(|d| d == "demographics")),
            "{s}\n{ps:#?}"
        );
    }
    let ps = e.extract("We collect your age and gender.");
    assert!(
        ps.iter()
            .any(|p| p.data.iter().any(|d| d == "demographics")),
        "{ps:#?}"
    );
    // What information "can be used to identify" someone defines it.
    for s in [
        "Personal information is information that can be used to identify you.",
        "We do not knowingly collect information that could reasonably be used to identify children under age 13.",
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter()
                .all(|p| p.action != "use" && !p.data.iter().any(|d| d == "demographics")),
            "{s}\n{ps:#?}"
        );
    }
    let ps = e.extract("Your email address will be used to contact you.");
    assert!(ps.iter().any(|p| p.action == "use"), "{ps:#?}");
}

#[test]
fn information_named_as_childrens_is_childrens() {
    let e = ex();
    for s in [
        "We do not knowingly collect personal information online from children under 13.",
        "We do not knowingly sell the personal information of minors under the age of 16.",
        // Or whose age limit leaves them minors (Atlassian's, Starbucks'
        // promises had read as general ones).
        "We do not knowingly sell or share the personal information of consumers under 16 years of age.",
        "We do not knowingly collect, sell, or share information of consumers between the ages of 13 – 16.",
        "We do not sell the personal data of individuals we know to be less than 18 years of age.",
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter()
                .any(|p| p.negated && p.data == ["childrens-information"]),
            "{s}\n{ps:#?}"
        );
    }
    // (A time or an adult's age is no such limit.)
    for s in [
        "We keep your information for under 7 days.",
        "We do not sell the personal information of users over 18.",
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter().all(|p| p.data != ["childrens-information"]),
            "{s}\n{ps:#?}"
        );
    }
    // Not the children an exception names, nor data more specific.
    let ps =
        e.extract("We do not sell personal information, except to schools that serve children.");
    assert!(
        ps.iter().all(|p| p.data != ["childrens-information"]),
        "{ps:#?}"
    );
    // In a section about children, generic data is theirs.
    let out = e.extract_all(clauses_of(
        "# Privacy\n\n## Children's privacy\n\nWe will never collect their data unless a parent provides it.\n\n## Sharing\n\nWe will never sell your data.\n",
    ));
    let data = |i: usize| -> Vec<Vec<String>> {
        out[i].practices.iter().map(|p| p.data.clone()).collect()
    };
    assert_eq!(
        data(0),
        [["childrens-information"]],
        "{:#?}",
        out[0].practices
    );
    assert_eq!(
        data(1),
        [["personal-information"]],
        "{:#?}",
        out[1].practices
    );
}

#[test]
fn an_inverted_nor_reaches_a_verb_joined_to_one_the_vocabulary_lacks() {
    // "nor do we knowingly request or collect …" had stated a collection.
    let p = one(
        "Binance does not allow minors to use its services, and nor do we knowingly request or collect any information about them.",
    );
    assert!(p.negated && p.action == "collect", "{p:#?}");
    let p = one("Nor do we knowingly request or collect any information about you.");
    assert!(p.negated, "{p:#?}");
    // (A verb of its own with an object still ends the negation's reach.)
    let p = one("We do not request your consent and we collect your location.");
    assert!(!p.negated, "{p:#?}");
}

#[test]
fn an_act_stated_as_a_restriction_says_so() {
    for (text, restricted) in [
        (
            "We will only ever share your personal information in the circumstances below.",
            true,
        ),
        ("We share your data only with our service providers.", true),
        (
            "We disclose your email address only when the law requires it.",
            true,
        ),
        ("We share your data with our service providers.", false),
        ("We use only the data we need.", false),
    ] {
        let p = one(text);
        assert_eq!(p.restricted, restricted, "{text}: {p:#?}");
    }
}

#[test]
fn no_as_the_subjects_determiner_denies_its_predicate() {
    // However long the subject: "no" opening it denies what it "is".
    let ps = ex().extract(
        "No other data obtained from Google, Facebook or Apple will be visible to anyone on the Platform.",
    );
    let shared: Vec<_> = ps.iter().filter(|p| p.action == "share").collect();
    assert_eq!(shared.len(), 1, "{ps:#?}");
    assert!(shared[0].negated, "{ps:#?}");
    // The parties data is obtained from, a list of them too, receive nothing.
    assert_eq!(shared[0].recipients, ["public"], "{ps:#?}");
    let p = one("No other data will be shared with third parties.");
    assert!(p.negated, "{p:#?}");
    // (A determiner of data only: "no matter where" denies nothing.)
    let p = one("No matter where you live, your data is shared with our affiliates.");
    assert!(!p.negated, "{p:#?}");
}

#[test]
fn what_a_risk_or_harm_threatens_is_protected_not_a_recipient() {
    let p = one(
        "We provide usage data to supervisory authorities if required to prevent risk to the public.",
    );
    assert_eq!(p.recipients, ["law-enforcement"], "{p:#?}");
    let p = one("We may share your information to prevent harm to others.");
    assert!(p.recipients.is_empty(), "{p:#?}");
}

#[test]
fn a_disclosure_participation_is_conditioned_on_is_the_users() {
    // COPPA's "does not condition … on the disclosure of more information
    // than is reasonably necessary" states no disclosure by the company.
    each(
        &[
            "MediaNews does not and cannot condition a child's participation in any of our online activities on the disclosure of more information than is reasonably necessary to participate in the activity.",
            "We do not condition participation by a child in any activity on the disclosure of more personal information than is reasonably necessary.",
        ],
        |ps| ps.iter().all(|p| p.action != "share"),
    );
    // (A disclosure on a date, or on request, is still one.)
    let p = one("We disclose your data to auditors on the request of regulators.");
    assert_eq!(p.action, "share", "{p:#?}");
}

#[test]
fn a_source_is_no_subject_of_a_predicate_joined_after_it() {
    for s in [
        "We receive data from Google, Facebook and Apple and share it with advertisers.",
        "We receive data from Google and Apple and then share it with advertisers.",
    ] {
        let ps = ex().extract(s);
        let shared = ps.iter().find(|p| p.action == "share").expect("a share");
        assert_eq!(shared.actor, "first-party", "{s}\n{ps:#?}");
    }
    // (A relative clause's source acts: the partners share.)
    let ps = ex().extract("We receive data from partners who share it with advertisers.");
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.actor == "partners"),
        "{ps:#?}"
    );
}

#[test]
fn choosing_to_take_part_in_an_activity_is_no_choice_over_a_practice() {
    let e = ex();
    for s in [
        "You may choose to utilize our financing calculators to get an idea as to how much it may cost you.",
        "We enable you to join discount programs in which you may elect to participate.",
    ] {
        assert!(choice_kinds(&e, s).is_empty(), "{s}");
    }
    // (With the data it handles named, or a practice chosen, it is one.)
    assert_eq!(
        choice_kinds(
            &e,
            "You may choose to use your location to find stores near you."
        ),
        ["opt-in"]
    );
    assert_eq!(
        choice_kinds(&e, "You may choose to receive our newsletter."),
        ["opt-in"]
    );
}

#[test]
fn a_denied_intention_and_a_negation_before_an_aside_deny_the_act() {
    // An intention denied is a promise, hedged by the intention.
    for (s, hedge) in [
        (
            "We do not intend to share your contacts with advertisers.",
            "intend to",
        ),
        ("We have no plans to sell your data.", "no plans to"),
        ("We don't want to sell your data.", "want to"),
    ] {
        let p = one(s);
        assert!(p.negated, "{s}: {p:#?}");
        assert_eq!(p.hedge.as_deref(), Some(hedge), "{s}");
    }
    // The user's wish is no promise of the company's.
    let p = one(
        "Some browsers have features that send a signal to the websites you visit indicating you do not wish to be tracked.",
    );
    assert!(!p.negated, "{p:#?}");
    // An aside between the negation and the verb breaks no scope; a
    // condition in it stays the practice's.
    let p = one("We will not, under any circumstances, sell your data.");
    assert!(p.negated && p.hedge.is_none(), "{p:#?}");
    let p = one("We will not, without your consent, share your contacts with advertisers.");
    assert!(p.negated, "{p:#?}");
    assert_eq!(
        p.condition.map(|c| c.text).as_deref(),
        Some("without your consent")
    );
    // Nor after a negative adverbial that fronts the clause; the
    // exception set off stays the promise's.
    let p = one("Under no circumstances, except when required by law, will we share your data.");
    assert!(p.negated && p.has_exception(), "{p:#?}");
    // (Not an aside that names an act of its own.)
    let ps = ex().extract(
        "We do not sell it, but we may, with your consent, share your data with partners.",
    );
    assert!(
        ps.iter().any(|p| p.action == "share" && !p.negated),
        "{ps:#?}"
    );
}

#[test]
fn a_bar_whose_source_stands_before_from_denies_the_act() {
    let p = one("We are prohibited by law from selling your data.");
    assert!(p.negated && p.actor == "first-party", "{p:#?}");
    let p = one(
        "These service providers are restricted by contract from using personal information in any way other than to provide services for us.",
    );
    assert!(p.negated && p.actor == "service-providers", "{p:#?}");
    // (Not past a clause break.)
    let ps = ex().extract("We are prohibited by law from doing so, but we may share your data.");
    assert!(
        ps.iter().any(|p| p.action == "share" && !p.negated),
        "{ps:#?}"
    );
}

#[test]
fn an_act_named_as_a_noun_is_its_agents() {
    let e = ex();
    for (text, actor, negated) in [
        (
            "You can opt out of the use of your information by third parties for advertising.",
            "third-parties",
            false,
        ),
        (
            "You can limit the use of your data by our partners.",
            "partners",
            false,
        ),
        (
            "We allow the collection of your browsing data by advertising networks.",
            "advertisers",
            false,
        ),
        (
            "We allow the sharing of your data by our partners with advertisers.",
            "partners",
            false,
        ),
        (
            "We prohibit any sharing of your location with advertisers.",
            "first-party",
            true,
        ),
        // (The company, "by us".)
        (
            "You can opt out of the use of your information by us for advertising.",
            "first-party",
            false,
        ),
    ] {
        let ps = e.extract(text);
        assert_eq!(
            ps.iter()
                .map(|p| (p.actor.as_str(), p.negated))
                .collect::<Vec<_>>(),
            [(actor, negated)],
            "{text}"
        );
    }
}

#[test]
fn an_object_that_is_nothing_denies_the_act() {
    for (s, negated) in [
        ("We share nothing with advertisers.", true),
        ("We collect neither your location nor your contacts.", true),
        ("We sell none of your data.", true),
        // ("Nothing but" names what is done.)
        ("We collect nothing but your email address.", false),
    ] {
        let p = one(s);
        assert_eq!(p.negated, negated, "{s}: {p:#?}");
    }
    // A party set apart after "but never with" is no recipient.
    let p = one("We may share your data, but never with advertisers.");
    assert!(!p.negated && p.recipients.is_empty(), "{p:#?}");
}

#[test]
fn how_soon_a_choice_is_honoured_is_no_window_on_it() {
    let e = ex();
    let window = |text: &str| {
        e.extract(text)
            .iter()
            .find_map(|p| p.choice.as_ref())
            .map(|c| c.window_days)
    };
    for (text, days) in [
        ("We will honor your opt-out within 45 days.", None),
        (
            "Your opt-out request will be processed within 10 business days.",
            None,
        ),
        (
            "It may take up to 10 days for your opt-out to take effect.",
            None,
        ),
        // The user's act timed is a window.
        (
            "We will process your data unless you opt out within 30 days.",
            Some(30),
        ),
        (
            "You can opt out within 30 days of accepting the new terms.",
            Some(30),
        ),
        ("You have 30 days to object to this change.", Some(30)),
        ("During the first 14 days you may opt out.", Some(14)),
        // Other periods near a choice time something else: a report's
        // reach back, a cookie's life, mail that goes on.
        (
            "You can opt out of the sale of your personal information and ask which sales we made in the preceding 12 months.",
            None,
        ),
        (
            "The opt-out cookie has an expiration date of five years.",
            None,
        ),
        (
            "You can unsubscribe from marketing emails, but we may continue sending you service messages for up to two years.",
            None,
        ),
    ] {
        assert_eq!(window(text), Some(days), "{text}");
    }
}

#[test]
fn data_the_newer_state_laws_name_are_known() {
    // Neural data, union membership and immigration status are sensitive
    // under the state laws of 2023–2024; heart rate and sleep are health;
    // driving behaviour (the data carmakers sold to brokers) is usage.
    let e = ex();
    for (text, kind) in [
        (
            "We collect neural data from your headset.",
            "sensitive-information",
        ),
        (
            "We collect information about your union membership.",
            "sensitive-information",
        ),
        (
            "We collect your immigration status.",
            "sensitive-information",
        ),
        (
            "We collect your heart rate and sleep data from your wearable.",
            "health",
        ),
        ("We collect your credit score.", "financial"),
        ("We share your driving behavior with data brokers.", "usage"),
    ] {
        assert_eq!(every(&e, text, |p| &p.data), [kind], "{text}");
    }
}

#[test]
fn decisions_of_consequence_are_profiling() {
    let e = ex();
    for text in [
        "We share your driving data with insurers to set your rates.",
        "We use your information for credit decisions.",
        "We may use your data for dynamic pricing.",
    ] {
        assert_eq!(every(&e, text, |p| &p.purposes), ["profiling"], "{text}");
    }
}

#[test]
fn a_corporate_group_is_the_affiliates() {
    let e = ex();
    for text in [
        "We may share your data with our corporate group.",
        "We may share your data within our group.",
        "Your personal information may be shared with companies in our corporate family.",
    ] {
        assert_eq!(every(&e, text, |p| &p.recipients), ["affiliates"], "{text}");
    }
}

#[test]
fn a_party_whose_request_a_disclosure_answers_receives_it() {
    let e = ex();
    for text in [
        "We may disclose your data in response to requests from law enforcement.",
        "We may share your information in response to a lawful request from a government authority.",
    ] {
        assert_eq!(
            every(&e, text, |p| &p.recipients),
            ["law-enforcement"],
            "{text}"
        );
        assert!(every(&e, text, |p| &p.sources).is_empty(), "{text}");
    }
    // (Data from a party is still from it.)
    assert_eq!(
        every(&e, "We collect information from advertisers.", |p| &p
            .sources),
        ["advertisers"]
    );
}

#[test]
fn human_review_of_content_is_a_use_of_it() {
    let e = ex();
    for text in [
        "Your chats may be reviewed by human reviewers to improve our AI.",
        "We may review your conversations to train our models.",
        "We may review any of your messages.",
        "Our employees may manually review your content.",
        "Human reviewers may listen to a small sample of voice recordings.",
        // (A file-transfer service's 2025 wording, and its old promise.)
        "We may review the contents of your files, manually or by automated means.",
        "We do not look at the contents of your files.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter()
                .any(|p| p.action == "use" && p.data == ["content"]),
            "{text}: {ps:#?}"
        );
    }
    // The reader reviewing their own data, or a policy reviewed, is none.
    states_nothing(&[
        "You can review your personal information at any time.",
        "Our privacy practices have been reviewed by TRUSTe for compliance.",
    ]);
}

#[test]
fn an_activity_its_predicate_prohibits_is_denied() {
    for (s, negated) in [
        ("Sharing your data with advertisers is prohibited.", true),
        (
            "Selling your personal information is strictly prohibited.",
            true,
        ),
        // A predicate that disowns it denies it too; so does "nothing"
        // allowing it.
        ("Selling your data is something we never do.", true),
        ("Selling your data is not something we do.", true),
        (
            "Sharing your contacts with advertisers is not our practice.",
            true,
        ),
        ("Selling your data is one thing we will never do.", true),
        ("Nothing in this policy allows us to sell your data.", true),
        // (Another predicate states it.)
        (
            "Sharing your data with advertisers is how we fund the service.",
            false,
        ),
        (
            "Sharing your data with partners is something we do to fund the service.",
            false,
        ),
        (
            "Nothing in this policy restricts our right to sell your data.",
            false,
        ),
    ] {
        let p = one(s);
        assert_eq!(p.negated, negated, "{s}: {p:#?}");
    }
}

#[test]
fn them_after_to_or_with_is_the_party_named_before() {
    let out = ex().extract_all(clauses_of(
        "# Sharing\n\nWe work with advertising partners outside the EEA. This means that we might transmit certain personal information to them.\n\nAny information you have included on your public profile will be accessible to them.\n",
    ));
    for c in &out[1..] {
        assert!(
            c.practices
                .iter()
                .any(|p| p.action == "share" && !p.recipients.is_empty()),
            "{:#?}",
            c.practices
        );
    }
}

#[test]
fn a_participle_qualifying_data_states_no_act() {
    let e = ex();
    for s in [
        "We do not sell the collected information.",
        "Microsoft does not use this collected data to provide ads to you.",
    ] {
        let ps = e.extract(s);
        assert!(
            !ps.is_empty() && ps.iter().all(|p| p.action != "collect"),
            "{s}\n{ps:#?}"
        );
    }
    // So does one opening an item of a denied act's list of data: the
    // denial covers the item.
    let ps = e.extract(
        "We do not disclose to third parties your personal information, combined personal and demographic information, or information about your use of our websites.",
    );
    assert!(
        ps.iter().all(|p| p.action == "share" && p.negated)
            && ps
                .iter()
                .any(|p| p.data.contains(&"demographics".to_string())),
        "{ps:#?}"
    );
    // A participle of a clause's own still states its act.
    let ps = e.extract("We have not collected data from children.");
    assert!(
        ps.iter().any(|p| p.action == "collect" && p.negated),
        "{ps:#?}"
    );
}

#[test]
fn selling_the_companys_assets_is_a_business_transfer() {
    let e = ex();
    for s in [
        "In a merger, we may sell, transfer, or share some or all of our assets, including your information.",
        "We may sell our assets, including your information.",
        "We may sell all or part of our business, including your information.",
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter().any(|p| p.action == "share") && ps.iter().all(|p| p.action != "sell"),
            "{s}\n{ps:#?}"
        );
    }
    // Customer records are the customers' personal information.
    let p = one("Customer records would likely be transferred to the acquiring company.");
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    // A sale of data stays one, and so does a denied one.
    for s in [
        "We may sell your data to advertisers.",
        "We will never sell our assets or your personal information.",
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter().any(|p| p.action == "sell"),
            "{s}
{ps:#?}"
        );
    }
}

#[test]
fn what_the_user_is_able_or_entitled_to_do_is_the_users() {
    let e = ex();
    for s in [
        "Your ability to access your data may vary.",
        "Please note that a parent's ability to access a child's personal information will vary.",
        "We respect your right to access your data.",
    ] {
        let ps = e.extract(s);
        assert!(ps.iter().all(|p| p.action != "collect"), "{s}\n{ps:#?}");
    }
    let ps = e.extract("We limit our ability to access your data.");
    assert!(ps.iter().any(|p| p.action == "collect"), "{ps:#?}");
}

#[test]
fn using_a_means_uses_no_data() {
    let e = ex();
    for s in [
        "We use encryption to protect your personal information.",
        "We use industry standard measures to protect your data.",
        "We utilize standard contract clauses approved by the European Commission to legitimize transfers of your data.",
        "We use encryption such as SSL to protect your data.",
    ] {
        let ps = e.extract(s);
        assert!(ps.iter().all(|p| p.action != "use"), "{s}\n{ps:#?}");
    }
    // What the means serves, when the vocabulary names it, is still stated.
    let ps = e.extract("We use a variety of tools to collect information about your device.");
    assert!(
        ps.iter().any(|p| p.action == "collect") && ps.iter().all(|p| p.action != "use"),
        "{ps:#?}"
    );
    // An object that points at data, data itself or a party is still used.
    for s in [
        "We use your responses to improve our service.",
        "We use it to send you offers.",
        "We use your email address to send you newsletters.",
    ] {
        let ps = e.extract(s);
        assert!(ps.iter().any(|p| p.action == "use"), "{s}\n{ps:#?}");
    }
    // Nor is a means its examples spell out as trackers.
    for s in [
        "We may also use other technologies (such as cookies, JavaScript or Web Beacons) to measure the effectiveness of our advertisements.",
        "Ad networks may use technology such as cookies and web beacons when they advertise on our site.",
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter()
                .any(|p| p.action == "use" && p.data.iter().any(|d| d == "cookies")),
            "{s}\n{ps:#?}"
        );
    }
    // Denied, the use of a means still promises what it would do.
    let ps = e.extract("We do not use automated systems to make decisions about you.");
    assert!(ps.iter().any(|p| p.action == "use" && p.negated), "{ps:#?}");
}

#[test]
fn recording_is_collecting_but_a_record_is_not() {
    let e = ex();
    for s in [
        "Our servers automatically record certain information that your web browser sends.",
        "This software may record information such as how often you use the App.",
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter().any(|p| p.action == "collect" && !p.negated),
            "{s}\n{ps:#?}"
        );
    }
    for s in [
        "If any of the personal information in your student record contains an error, please visit the Registrar's Office.",
        "Please contact the office that holds the information in that record.",
    ] {
        let ps = e.extract(s);
        assert!(ps.iter().all(|p| p.action != "collect"), "{s}\n{ps:#?}");
    }
}

#[test]
fn a_negation_over_every_item_denies_only_that_all_is_done() {
    let e = ex();
    let ps = e.extract("We do not record every call made to our customer service team.");
    assert!(
        ps.iter().any(|p| p.action == "collect" && !p.negated),
        "{ps:#?}"
    );
    let ps = e.extract("We do not share any of your data.");
    assert!(
        ps.iter().any(|p| p.action == "share" && p.negated),
        "{ps:#?}"
    );
}

#[test]
fn a_refusal_the_user_requests_of_an_unknown_name_is_a_choice() {
    let e = ex();
    let ps = e.extract("You can request that Miro does not record these calls.");
    assert!(
        !ps.is_empty()
            && ps
                .iter()
                .all(|p| !p.negated && p.choice.as_ref().is_some_and(|c| c.kind == "opt-out")),
        "{ps:#?}"
    );
}

#[test]
fn a_list_of_predicates_after_when_you_is_the_users() {
    let e = ex();
    let ps = e.extract(
        "We collect the content you provide when you use our Services, including when you sign up for an account, create or share, and message or communicate with others.",
    );
    assert!(
        ps.iter().any(|p| p.action == "collect") && ps.iter().all(|p| p.action != "share"),
        "{ps:#?}"
    );
    // So is one in a relative clause on the user's acts.
    let ps = e.extract(
        "We may disclose information about products that you have purchased, financed or leased.",
    );
    assert!(ps.iter().all(|p| p.action != "sell"), "{ps:#?}");
    // A subject named since starts the company's own act.
    let ps = e.extract("When you register, we collect your name, and share it with partners.");
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
}

#[test]
fn an_infinitive_of_the_users_purpose_is_the_users() {
    let e = ex();
    let ps = e.extract(
        "There are many different ways you can use our services to search for and share information with other people.",
    );
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
    // The company's act the user chooses, wants or authorizes stays the
    // company's; so does what the user is required to give.
    for (s, action) in [
        (
            "You may choose to share your contact information with our partners.",
            "share",
        ),
        (
            "If you do not want us to share your information with third parties, you may opt out.",
            "share",
        ),
        (
            "We reserve the right, and you hereby authorize us, to share any user information in response to subpoenas.",
            "share",
        ),
        (
            "We may require you to provide your email address to us.",
            "collect",
        ),
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter()
                .any(|p| p.action == action && p.actor == "first-party"),
            "{s}\n{ps:#?}"
        );
    }
}

#[test]
fn a_verbs_form_after_an_article_and_a_modifier_is_a_noun() {
    let e = ex();
    let ps = e.extract(
        "We might ask for your pick-up address (if you book a journey such as a car or an airport transfer).",
    );
    assert!(
        ps.iter().any(|p| p.action == "collect") && ps.iter().all(|p| p.action != "share"),
        "{ps:#?}"
    );
    // A plural subject's verb stays one.
    let ps = e.extract("The companies share your data with advertisers.");
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
}

#[test]
fn public_modifying_a_service_or_a_common_good_is_no_audience() {
    let e = ex();
    for s in [
        "Car rental, private or public transport companies may also share information about you with us.",
        "We may disclose your data where necessary in the public interest.",
    ] {
        let ps = e.extract(s);
        assert!(
            ps.iter()
                .all(|p| !p.recipients.iter().any(|r| r == "public")),
            "{s}\n{ps:#?}"
        );
    }
    let ps = e.extract("Your public profile information may be made public.");
    assert!(
        ps.iter()
            .any(|p| p.recipients.iter().any(|r| r == "public")),
        "{ps:#?}"
    );
}

#[test]
fn data_made_public_by_the_individual_is_the_individuals_act() {
    let e = ex();
    let ps = e.extract(
        "We rely on the fact that processing relates to personal data which are manifestly made public by the individual.",
    );
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
}

#[test]
fn a_denied_relative_clause_on_a_subset_of_data_promises_nothing() {
    let e = ex();
    let ps = e.extract(
        "If you stop syncing, any contacts that have not been matched during the synchronisation process will be deleted.",
    );
    assert!(ps.iter().all(|p| !p.negated), "{ps:#?}");
    // Without a quantifier picking out a subset, it still promises.
    let ps = e.extract("We collect data that is not shared with anyone.");
    assert!(
        ps.iter().any(|p| p.action == "share" && p.negated),
        "{ps:#?}"
    );
}

#[test]
fn participants_are_users() {
    let ps = ex().extract(
        "If a user activates this feature, other call participants will not receive a notification.",
    );
    assert!(ps.is_empty(), "{ps:#?}");
}

#[test]
fn giving_goods_is_no_disclosure() {
    let e = ex();
    for s in [
        "To send Badoo merchandise to members, we use your name and postal address.",
        "To provide a good service to members, we use your name and email address.",
        "To provide this functionality, the app accesses the content of your text messages and the contact information of the businesses you message.",
    ] {
        let ps = e.extract(s);
        assert!(ps.iter().all(|p| p.action != "share"), "{s}\n{ps:#?}");
    }
    // A party or data named first is given data.
    for s in [
        "We provide business partners with your email address.",
        "We send your email address and products to our partners.",
    ] {
        let ps = e.extract(s);
        assert!(ps.iter().any(|p| p.action == "share"), "{s}\n{ps:#?}");
    }
}

#[test]
fn apps_a_reader_connects_are_third_parties_and_a_concession_names_no_recipient() {
    each(
        &[
            "We may share your data with connected apps.",
            "Your User ID is given to Platform applications when you use them.",
        ],
        |ps| {
            ps.iter()
                .any(|p| p.action == "share" && p.recipients == ["third-parties"])
        },
    );
    // (The friends of a concession receive nothing.)
    each(
        &[
            "When all connected apps are off, your user ID is no longer given to apps, even when your friends use those apps.",
            "Your user ID is no longer given to connected apps, even when your friends use those apps.",
        ],
        |ps| {
            ps.iter()
                .any(|p| p.negated && p.recipients == ["third-parties"])
        },
    );
}

#[test]
fn associating_data_is_linking_it_but_data_associated_with_something_is_described() {
    each(
        &[
            "For tailored ads, we never associate an anonymous identifier with sensitive categories such as health.",
            "We do not associate your device's advertising identifier with your user account.",
            "After three months your answers will no longer be associated with you.",
        ],
        |ps| ps.iter().any(|p| p.action == "combine" && p.negated),
    );
    each(
        &["Information we collect may be associated with your account."],
        |ps| ps.iter().any(|p| p.action == "combine" && !p.negated),
    );
    // (A description, or partnering, links nothing.)
    each(
        &[
            "We collect information associated with your device.",
            "We also collect data that is not associated with your account.",
            "Occasionally, we may associate or contract with third parties to fulfill your order and collect your feedback.",
        ],
        |ps| ps.iter().all(|p| p.action != "combine"),
    );
}

#[test]
fn goods_exchanged_and_links_given_are_no_disclosure() {
    each(
        &[
            "Faulty items bought from our shop are eligible for exchange at any store.",
            "Items bought from retailers should be returned or exchanged at the place of purchase.",
            "We may provide links to other websites that collect personal information.",
            "Our website provides a direct link to our partners' sites, where you may be asked to submit personal information.",
        ],
        |ps| ps.iter().all(|p| p.action != "share"),
    );
    // (Data exchanged is.)
    each(
        &["We may exchange your email address with partners."],
        |ps| ps.iter().any(|p| p.action == "share"),
    );
}

#[test]
fn a_change_of_ownership_is_a_merger() {
    let p = one(
        "If the ownership or control of all or part of our Services or their assets changes, we may transfer your information to the new owner.",
    );
    assert!(p.purposes.iter().any(|u| u == "merger"), "{p:#?}");
}

#[test]
fn the_document_speaking_of_itself_ends_the_object_of_the_act_before() {
    // A genetics company's bankruptcy clause: the information the
    // statement "will apply to" is no object of the sale; the genetic data
    // is what is sold.
    let ps = ex().extract(
        "If we are involved in a bankruptcy, merger or sale of assets, your personal information, including your genetic information, may be sold or transferred as part of that transaction, and this privacy statement will apply to your information as transferred to the new entity.",
    );
    assert_eq!(ps.len(), 2, "{ps:#?}");
    for p in &ps {
        assert_eq!(
            (&p.data[..], &p.recipients[..]),
            (
                &["genetic-data".to_string()][..],
                &["acquirers".to_string()][..]
            ),
            "{p:#?}"
        );
    }
}

#[test]
fn data_handed_over_in_a_merger_goes_to_the_acquirer_named_or_not() {
    let e = ex();
    for s in [
        "If we go through a bankruptcy, merger or sale of assets, your personal information may be sold or transferred as part of that transaction.",
        "We may also disclose personal data as part of a corporate transaction such as a merger or sale of assets.",
        "If we go through a merger, your information may be transferred to the acquiring company.",
        // (A company named no more, for the merger alone, is the acquirer.)
        "If we are acquired by or merged with another company, your information may be transferred to that company.",
    ] {
        let ps = e.extract(s);
        let shared: Vec<_> = ps.iter().filter(|p| discloses(&p.action)).collect();
        assert!(!shared.is_empty(), "{s}\n{ps:#?}");
        for p in shared {
            assert_eq!(p.recipients, ["acquirers"], "{s}\n{p:#?}");
        }
    }
    // A party named keeps its place; an act that gives nothing away takes
    // none.
    let p = one("In a merger, we may share your information with our affiliates.");
    assert_eq!(p.recipients, ["affiliates"], "{p:#?}");
    // Third parties reached for other purposes too stay third parties.
    let p = one("We may share your information with third parties for marketing and in a merger.");
    assert!(p.recipients.iter().any(|r| r == "third-parties"), "{p:#?}");
    let ps =
        e.extract("We may use your information in connection with a merger or sale of assets.");
    assert!(
        ps.iter().all(|p| p.recipients.is_empty()) && !ps.is_empty(),
        "{ps:#?}"
    );
}

#[test]
fn what_is_licensed_to_others_is_sold() {
    for (text, data) in [
        (
            "We may license public posts and comments to third parties for training AI models.",
            "content",
        ),
        (
            "We may license personal information to partners.",
            "personal-information",
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.data.as_slice()),
            ("sell", &[data.to_string()][..]),
            "{text}: {p:#?}"
        );
    }
    // The noun licenses nothing.
    let ps = ex().extract("Your license to use the content ends when you delete your account.");
    assert!(ps.iter().all(|p| p.action != "sell"), "{ps:#?}");
}

#[test]
fn how_a_person_drives_is_usage_and_their_licence_an_identifier() {
    for (text, data) in [
        (
            "We collect information about your driving, such as speed and braking.",
            "usage",
        ),
        ("We collect data about how you drive.", "usage"),
        (
            "We collect a copy of your driving licence.",
            "government-identifier",
        ),
        (
            "We may ask for your driver's license or passport.",
            "government-identifier",
        ),
    ] {
        let p = one(text);
        assert_eq!(p.data, [data], "{text}: {p:#?}");
    }
}

#[test]
fn showing_people_tailored_ads_uses_their_data() {
    for (text, negated) in [
        ("We do not show you personalized ads.", true),
        ("We do not serve targeted advertising.", true),
        ("We show targeted ads.", false),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.negated, p.purposes.as_slice()),
            ("use", negated, &["advertising".to_string()][..]),
            "{text}: {p:#?}"
        );
    }
    // Ads shown, or served, are no data of anyone's.
    states_nothing(&[
        "We serve ads on our site.",
        "We may publish ads about our partners' products.",
    ]);
}

#[test]
fn a_business_sold_is_no_data_sold() {
    for text in [
        "In the event of a sale or merger of our business, your information may be transferred to the buyer.",
        "If we are involved in the sale of our business, your information may be transferred.",
        "In the event of a sale of all or substantially all of our assets, your information may be transferred.",
        "If the company is sold, your information may be transferred to the buyer.",
    ] {
        let ps = ex().extract(text);
        assert!(
            !ps.is_empty() && ps.iter().all(|p| p.action == "share"),
            "{text}: {ps:#?}"
        );
        assert_eq!(ps[0].recipients, ["acquirers"], "{text}: {ps:#?}");
    }
    // Data sold is.
    let p = one("Customer information is sold as part of the business.");
    assert_eq!(p.action, "sell", "{p:#?}");
}

#[test]
fn leave_given_is_an_opt_in_and_a_better_product_an_improvement() {
    let p = one("We may collect your precise location if you allow it.");
    assert_eq!(p.choice.map(|c| c.kind), Some("opt-in".to_string()));
    // (A cookie's definition, "through your Web browser (if you allow)",
    // offers nothing.)
    let ps = ex().extract(
        "Cookies are small files that a site transfers to your computer's hard drive through your Web browser (if you allow).",
    );
    assert!(ps.iter().all(|p| p.choice.is_none()), "{ps:#?}");
    let p = one("We use your data to make our products better.");
    assert_eq!(p.purposes, ["analytics"], "{p:#?}");
}

#[test]
fn traffic_on_a_website_is_usage_data() {
    let ps = ex().extract("We use Google Analytics to analyze traffic on our website.");
    assert!(
        ps.iter().any(|p| p.data.iter().any(|d| d == "usage")),
        "{ps:#?}"
    );
}

#[test]
fn operating_the_platform_is_providing_the_service() {
    let p = one("We disclose your personal data to vendors that help us operate the service.");
    assert_eq!(p.purposes, ["basic-service"], "{p:#?}");
}

#[test]
fn the_people_match_keeps_to_the_people_list() {
    assert!(
        super::words::PEOPLE
            .iter()
            .all(|w| super::words::people_or_adults(w))
    );
}

#[test]
fn people_named_by_where_they_are_bound_a_statement_to_them() {
    for (text, scope) in [
        (
            "We do not use data from members in the EU, EEA, or Switzerland to train our AI models.",
            "members in the eu, eea, or switzerland",
        ),
        (
            "We use posts from adults in the United States to train AI.",
            "adults in the united states",
        ),
    ] {
        let p = one(text);
        let c = p
            .condition
            .as_ref()
            .unwrap_or_else(|| panic!("{text}: {p:#?}"));
        assert_eq!(
            (c.kind.as_str(), c.text.as_str()),
            ("condition", scope),
            "{text}"
        );
    }
    // The place before them, a state of the US or a jurisdiction.
    for (text, scope) in [
        (
            "California residents may opt out of the sale of their personal information.",
            "california residents",
        ),
        (
            "We do not sell data of New York consumers.",
            "new york consumers",
        ),
        (
            "Users in the EU may object to our use of their data for marketing.",
            "users in the eu",
        ),
    ] {
        let ps = ex().extract(text);
        assert!(
            !ps.is_empty()
                && ps
                    .iter()
                    .all(|p| p.condition.as_ref().is_some_and(|c| c.text == scope)),
            "{text}: {ps:#?}"
        );
    }
    // People a disclosure reaches are its recipients, wherever they are,
    // and a title quoted names no one.
    for text in [
        "We share your posts with users in Canada.",
        "We share your posts with EU users.",
        "Under the \"Privacy Supplement for China Users\" we share your email address with our payments entity.",
    ] {
        let p = one(text);
        assert!(p.condition.is_none(), "{text}: {p:#?}");
    }
}

#[test]
fn a_global_model_is_an_ai_model() {
    let p = one(
        "If you want to exclude your customer data from our global models, your workspace owner can contact us to opt out.",
    );
    assert_eq!(p.purposes, ["ai-training"], "{p:#?}");
}

#[test]
fn public_safety_agencies_and_first_responders_are_authorities() {
    // A video doorbell's requests from public safety agencies, an
    // emergency app's first responders: neither is the security purpose
    // "public safety" names, nor nobody.
    for (text, data) in [
        (
            "We share your video recording with public safety agencies.",
            "content",
        ),
        (
            "We may share your location with first responders.",
            "location",
        ),
        ("We send your location to emergency services.", "location"),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), &p.data[..], &p.recipients[..]),
            (
                "share",
                &[data.to_string()][..],
                &["law-enforcement".to_string()][..]
            ),
            "{text}: {p:#?}"
        );
    }
}

#[test]
fn data_handed_to_the_authorities_answers_the_law_whatever_the_demand_is_called() {
    for s in [
        "If we receive a valid order from the relevant judicial authorities, we may disclose your IP address to the relevant authorities.",
        "We may share your information with the police.",
        "We may disclose your data in connection with legal proceedings.",
    ] {
        let p = one(s);
        assert_eq!(p.purposes, ["legal"], "{s}\n{p:#?}");
    }
    // A purpose named is kept, and one recipient besides the authorities
    // does not take theirs.
    let p = one("We may share your information with the police to prevent fraud.");
    assert_eq!(p.purposes, ["security"], "{p:#?}");
    let p = one("We may share your information with the police and our service providers.");
    assert!(p.purposes.is_empty(), "{p:#?}");
}

#[test]
fn you_after_a_preposition_keeps_the_verbs_destination() {
    let e = ex();
    // A party sharing data about the user with the company: the company
    // collects, no third party receives.
    let ps = e.extract("Partners may share information about you with us.");
    assert!(
        ps.iter().any(|p| p.action == "collect") && ps.iter().all(|p| p.action != "share"),
        "{ps:#?}"
    );
    // The user's own clause still keeps its destination to itself.
    let ps = e.extract("We share the information you provide to us with advertisers.");
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.recipients.iter().any(|r| r == "advertisers")),
        "{ps:#?}"
    );
}

#[test]
fn selling_devices_and_addressing_fraud_handle_no_data() {
    let e = ex();
    let ps = e.extract(
        "Android devices with Google apps include devices sold by Google or one of our partners.",
    );
    assert!(ps.iter().all(|p| p.action != "sell"), "{ps:#?}");
    let ps = e.extract("We do not sell your device information.");
    assert!(
        ps.iter().any(|p| p.action == "sell" && p.negated),
        "{ps:#?}"
    );
    let ps = e.extract("We may share it to detect, prevent, or otherwise address fraud, security or technical issues.");
    assert!(
        ps.iter()
            .all(|p| !p.data.iter().any(|d| d == "contact-information")),
        "{ps:#?}"
    );
}

#[test]
fn inferring_deciding_by_machine_and_identifiers_are_read() {
    // A means that is itself profiling is used for it (unlike "we use
    // encryption to protect your data", a means and no practice).
    let p = one("We use automated decision-making to assess your creditworthiness.");
    assert_eq!(
        (p.action.as_str(), p.purposes.as_slice()),
        ("use", &["profiling".to_string()][..]),
        "{p:#?}"
    );
    states_nothing(&["We use encryption to protect your data."]);
    // Inferring uses what it infers from.
    let p = one("Advertisers may infer your interests from your browsing activity.");
    assert_eq!(
        (p.actor.as_str(), p.action.as_str()),
        ("advertisers", "use"),
        "{p:#?}"
    );
    assert!(p.data.contains(&"usage".to_string()), "{p:#?}");
    // Identifiers, and the government's as their own kind.
    let p = one("We share pseudonymous identifiers with measurement partners.");
    assert_eq!(p.data, ["device-identifiers"], "{p:#?}");
    let p = one("We collect government identifiers to comply with the law.");
    assert_eq!(p.data, ["government-identifier"], "{p:#?}");
}

#[test]
fn a_data_pronoun_stands_for_the_data_named_just_before() {
    let out = ex().extract_all(clauses_of(
        "# P\n\nWe collect your phone number. We share it, as the law allows, with Facebook.\n\nWe receive your contacts. We never sell them.\n\n# Q\n\nWe share it with advertisers.\n",
    ));
    let ps: Vec<&Practice> = out.iter().flat_map(|c| c.practices.iter()).collect();
    let find = |action: &str, negated: bool| {
        ps.iter()
            .find(|p| p.action == action && p.negated == negated)
            .unwrap_or_else(|| panic!("no {action}: {ps:#?}"))
    };
    assert_eq!(find("share", false).data, ["phone-number"]);
    assert_eq!(find("sell", true).data, ["contacts"]);
    // Not across a heading: the next section's "it" stands for nothing known.
    let last = out.last().unwrap();
    assert!(
        last.practices.iter().all(|p| p.data.is_empty()),
        "{:#?}",
        last.practices
    );
    // A bare verb with the pronoun as its object takes the data too, and
    // with none to take states nothing.
    let ps = ex().extract_sentences(["We collect your location.", "We sell it."]);
    assert!(
        ps[1].len() == 1 && ps[1][0].action == "sell" && ps[1][0].data == ["location"],
        "{:#?}",
        ps[1]
    );
    assert!(ex().extract("We sell it.").is_empty());
}

#[test]
fn an_affirmed_pronoun_stands_for_data_handled_before_a_denied_one() {
    let share_of = |sentences: [&str; 2]| {
        let ps = ex().extract_sentences(sentences);
        let share = ps[1].iter().find(|p| p.action == "share" && !p.negated);
        share.unwrap_or_else(|| panic!("{ps:#?}")).data.clone()
    };
    // The location is shared, not the contacts the denial names.
    assert_eq!(
        share_of([
            "We collect your location but we do not collect your contacts.",
            "We share it with advertisers.",
        ]),
        ["location"]
    );
    // Where only a denial names data, the pronoun stands for it.
    assert_eq!(
        share_of([
            "We do not sell your email address.",
            "We share it with our advertising partners.",
        ]),
        ["email-address"]
    );
    // A denial's pronoun stands for what was handled too.
    let ps = ex().extract_sentences(["We collect your phone number.", "We do not sell it."]);
    assert!(
        ps[1]
            .iter()
            .any(|p| p.negated && p.data == ["phone-number"]),
        "{:#?}",
        ps[1]
    );
}

#[test]
fn a_participle_of_disclosure_before_a_noun_is_its_adjective() {
    // What was shared, named by its participle, is no sharing stated.
    states_nothing(&[
        "Your profile name and profile photo may appear in shared endorsements that appear in ads.",
        "Your name may appear in disclosed endorsements.",
    ]);
    let ps = ex().extract(
        "The social media service's use of the shared information will be governed by its privacy policy.",
    );
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
    // A participle with its own complement still shares, and so does an
    // asset transferred in a business transfer.
    let p = one("The information shared with our partners includes your email address.");
    assert_eq!(p.action, "share", "{p:#?}");
    let p = one("In such transactions, customer information is one of the transferred assets.");
    assert_eq!(p.action, "share", "{p:#?}");
}

#[test]
fn a_party_naming_the_readers_account_receives_nothing() {
    let e = ex();
    for s in [
        "We may show other users your publicly visible Google Profile information, such as your name and photo.",
        "You may choose to share your email address with a partner if you choose to connect your Facebook account to their app.",
    ] {
        let ps = e.extract(s);
        assert!(!ps.is_empty(), "{s}");
        assert!(
            ps.iter().all(|p| p
                .recipients
                .iter()
                .all(|r| r != "named-companies" && r != "facebook")),
            "{s}\n{ps:#?}"
        );
    }
    // A recipient apart from the data still receives it.
    let p = one("If you link your account, we may share your email address with Facebook.");
    assert_eq!(p.recipients, ["facebook"], "{p:#?}");
}

#[test]
fn a_relative_clause_closed_by_its_modal_keeps_the_party_as_subject() {
    each(
        &[
            "Resellers who provide user support to your organization will have access to your account information.",
            "Your domain administrator and resellers who provide user support to your organization will have access to your account information.",
            "If your account is managed by a domain administrator (for example, for school users) then your domain administrator and resellers who provide user support to your organization will have access to your account information.",
        ],
        |ps| {
            ps.iter().any(|p| {
                p.action == "share"
                    && p.data.contains(&"account-information".to_string())
                    && !p.recipients.is_empty()
            })
        },
    );
}

#[test]
fn users_the_company_bids_to_act_receive_nothing() {
    each(
        &[
            "We want our members to be careful about posting information that may eventually be made public.",
            "We remind our members to be careful about posting information that may be made public.",
        ],
        |ps| !ps.is_empty() && ps.iter().all(|p| p.recipients == ["public"]),
    );
    // Members the data reaches still receive it.
    let p = one("We may show your email address to our members.");
    assert_eq!(p.recipients, ["other-users"], "{p:#?}");
}

#[test]
fn showing_data_to_a_party_shares_it() {
    let p = one("We may show your name and photo to other users.");
    assert!(
        p.action == "share" && p.recipients == ["other-users"],
        "{p:#?}"
    );
    // Showing the reader ads based on data uses it; showing that something
    // is so shows no data.
    let e = ex();
    for s in [
        "We show you ads based on your browsing history.",
        "Studies show that users value their email address.",
    ] {
        let ps = e.extract(s);
        assert!(ps.iter().all(|p| p.action != "share"), "{s}\n{ps:#?}");
    }
}

#[test]
fn a_number_shown_only_in_part_is_kept_from_view() {
    states_nothing(&[
        "We reveal only the last four digits of your credit card number when confirming an order.",
        "Only the last four digits of your credit card number will be displayed on the screen.",
    ]);
    // Named to a party, the part is disclosed; and so is a whole number.
    let p = one("We display the last four digits of your card number to our partners.");
    assert_eq!(p.action, "share", "{p:#?}");
    let p = one("We reveal your credit card number when confirming an order.");
    assert_eq!(p.action, "share", "{p:#?}");
}

#[test]
fn a_do_not_track_signal_states_no_practice() {
    // The browser's signal and the wish it reports are no practice.
    states_nothing(&[
        "Some web browsers have a \u{201c}Do Not Track\u{201d} preference that transmits a \u{201c}Do Not Track\u{201d} header to the websites you visit with information indicating that you do not want your activity to be tracked.",
        "Some browsers have a do not track feature that lets you tell websites that you do not want to have your online activities tracked.",
    ]);
    // A wish as a condition presupposes the act it would stop.
    let ps = ex().extract(
        "If you do not want us to share your information with third parties, you may opt out.",
    );
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
    // So is the signal named after an article or preposition, or before
    // what it is.
    states_nothing(&[
        "We do not respond to Do Not Track signals.",
        "Because a Do Not Track compliance protocol has not been finalized, our practices will continue to operate as described.",
        "We are currently unable to support Do Not Track browser settings.",
    ]);
    // A promise not to track is one.
    let p = one("We do not track your activity across third-party websites.");
    assert!(p.action == "collect" && p.negated, "{p:#?}");
}

#[test]
fn a_sentence_going_on_with_the_data_of_the_one_before_continues_its_practice() {
    // In a document, several in a row going on with the same sentence.
    let out = ex().extract_all(clauses_of(
        "We share device information with our advertising partners. This includes your IP address and browser type. This may include your precise location.\n\nThis includes everything.\n",
    ));
    for (i, data) in [(1, "ip-address"), (2, "precise-location")] {
        let p = &out[i].practices[0];
        assert!(
            p.action == "share"
                && p.recipients == ["advertisers"]
                && p.data.contains(&data.to_string())
                && p.inherited_from.as_deref() == Some("c1"),
            "{i}: {p:#?}"
        );
    }
    // One naming no data of its own continues nothing.
    assert!(out[3].practices.is_empty(), "{:?}", out[3].practices);
    // In a run of sentences, as the evaluation reads them.
    let ps = ex().extract_sentences([
        "When you visit the site, we automatically collect certain information.",
        "This information includes your IP address and browser type.",
        "This includes your location.",
    ]);
    assert!(
        ps[1]
            .iter()
            .any(|p| p.action == "collect" && p.data.contains(&"ip-address".to_string()))
            && ps[2]
                .iter()
                .any(|p| p.action == "collect" && p.data.contains(&"location".to_string())),
        "{ps:#?}"
    );
}

#[test]
fn what_a_law_sets_for_others_is_its_content() {
    states_nothing(&[
        "California Civil Code Section 1798.83 permits our customers who are California residents to request certain information regarding our disclosure of personal information to third parties for their direct marketing purposes.",
        "The law provides that, if an individual has provided personal information to a business, and if that business has disclosed such personal information to a third party, then that business must disclose in writing what personal information was shared.",
        // (A law's verb closing the sentence.)
        "Your information is handled as the law provides",
        // A section of an act, and the law's reach, set it too.
        "Section 12 requires that all members of the public have access to, and use of, data comparable to that provided to others.",
        "The law's reach goes beyond the state, to require any company collecting personal information from its residents to say with whom it is shared.",
    ]);
    // What it asks of the company, and the company's own clause after it,
    // are the company's.
    each(
        &[
            "If the law requires it, we may disclose your data to the police.",
            "Applicable law requires us to share your data with tax authorities.",
            "Section 5 of our terms requires us to share your data with tax authorities.",
        ],
        |ps| ps.iter().any(|p| p.action == "share"),
    );
}

#[test]
fn common_names_of_data_name_their_kind() {
    let e = ex();
    for (text, data) in [
        (
            "We share your Internet Protocol (IP) address with advertisers.",
            "ip-address",
        ),
        (
            "We share your navigation history with advertisers.",
            "usage",
        ),
        (
            "We share your payment card information with our processor.",
            "financial",
        ),
        (
            "We share your year of birth with advertisers.",
            "demographics",
        ),
        (
            "Advertisers receive information about your hardware.",
            "device-information",
        ),
        (
            "We share information about your visits to this and other websites with advertisers.",
            "usage",
        ),
        (
            "We share your Media Access Control (MAC) address with our partners.",
            "device-identifiers",
        ),
        (
            "We collect page response times, download errors and mouse-overs.",
            "usage",
        ),
        (
            "We may share your login credentials with our processor.",
            "account-information",
        ),
        (
            "Third parties receive your browser language.",
            "device-information",
        ),
    ] {
        let ps = e.extract(text);
        let got: Vec<&str> = ps
            .iter()
            .flat_map(|p| p.data.iter().map(String::as_str))
            .collect();
        assert_eq!(got, vec![data], "{text}");
    }
}

#[test]
fn asking_the_reader_for_data_collects_it() {
    for (text, data) in [
        ("We ask you for your email address.", "email-address"),
        (
            "When you enter a contest, we ask visitors for contact information.",
            "contact-information",
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.data.as_slice()),
            ("collect", &[data.to_string()][..]),
            "{text}"
        );
    }
    // So does asking or requiring them to provide it, unless to another
    // party.
    for (text, data) in [
        (
            "We may ask you to provide your email address.",
            "email-address",
        ),
        (
            "You will be required to provide your phone number.",
            "phone-number",
        ),
        (
            "You may be asked to submit your postal address.",
            "postal-address",
        ),
        (
            "Registration may require that you supply your email address.",
            "email-address",
        ),
        ("We collect your bank account number.", "financial"),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.data.as_slice()),
            ("collect", &[data.to_string()][..]),
            "{text}"
        );
    }
    states_nothing(&[
        "You may be asked to provide your email address to the advertiser.",
        "You may be asked to supply your email address to the advertiser.",
        "The suppliers may require you to provide permission under the data protection law.",
    ]);
    // Asking for consent is a choice, not a collection.
    let p = one("We will ask you for your permission before we share your data.");
    assert_eq!(p.action, "share");
    assert_eq!(p.choice.map(|c| c.kind), Some("opt-in".to_string()));
    // So is asking for consent to something the reader does.
    let ps = ex().extract("You may be asked to provide your consent to receive marketing emails.");
    assert!(ps.iter().all(|p| p.action != "collect"), "{ps:#?}");
}

#[test]
fn messages_sent_to_readers_disclose_nothing() {
    // The members emailed are the readers; "an email" is a message.
    states_nothing(&["We send all new members a welcoming email to verify password and username."]);
    let p = one("We send recipients an email with a link to your photos.");
    assert_eq!(p.recipients, ["other-users"]);
    assert!(!p.data.iter().any(|d| d == "email-address"), "{p:#?}");
    // So are emails sent out and the email of a kind of message.
    each(
        &[
            "We might also send out e-mails to users to announce special offers from our partners and our advertisers.",
            "We share email updates with our partners.",
            "We may share each email with our partners.",
        ],
        |ps| ps.iter().all(|p| p.data.is_empty()),
    );
    // So is the email of email marketing, an activity a thing is used for,
    // and the email whose content is read.
    each(
        &[
            "We use your data for email marketing.",
            "When you get an email in our app, we read the content of that email to sort it.",
            // (The medium past its determiner.)
            "We record which links in the email you click, with your IP address, and share them with advertisers.",
        ],
        |ps| {
            !ps.is_empty()
                && ps
                    .iter()
                    .all(|p| !p.data.iter().any(|d| d == "email-address"))
        },
    );
    states_nothing(&["The tablet can be used for email and games."]);
    // Email as a medium names no address.
    let ps = ex().extract("Information disclosed in emails may be available to our partners.");
    assert!(
        !ps.is_empty()
            && ps
                .iter()
                .all(|p| !p.data.iter().any(|d| d == "email-address")),
        "{ps:#?}"
    );
    // Users named as others are others, and "your email" an address.
    let p = one("We may send other members a notification with your name.");
    assert_eq!(p.recipients, ["other-users"]);
    assert_eq!(
        one("We may share your email with advertisers.").data,
        ["email-address"]
    );
}

#[test]
fn the_way_data_is_handled_and_what_relates_to_it_are_topics() {
    states_nothing(&[
        "We provide this notice explaining the way your information is collected and used by our subsidiaries.",
        "If this Privacy Policy states that any personal information may be shared with third parties for their direct marketing purposes, you may send inquiries to us.",
        "Valve complies with the Safe Harbor framework developed by the U.S. Department of Commerce and the European Union relating to the transfer and processing of personally identifiable information.",
    ]);
    // Data related to something is still data.
    assert_eq!(
        one("We may share information related to your purchases with our partners.").recipients,
        ["partners"]
    );
}

#[test]
fn a_party_a_preposition_governs_is_no_subject_of_the_next_predicate() {
    let ps = ex().extract(
        "You may apply for a certificate that you can bring to your local Honda motorcycle dealer and use at your time of purchase.",
    );
    assert!(ps.iter().all(|p| p.actor == "first-party"), "{ps:#?}");
    // A party named as the next predicate's subject still acts.
    let ps = ex().extract("We share your data with advertisers and they use it to show you ads.");
    assert!(
        ps.iter()
            .any(|p| p.actor == "advertisers" && p.action == "use"),
        "{ps:#?}"
    );
}

#[test]
fn what_cannot_be_guaranteed_in_transit_is_no_disclosure() {
    states_nothing(&[
        "The confidentiality of any communication or material transmitted to or from us via this Site or e-mail cannot be guaranteed.",
    ]);
    // What the company requires the reader to disclose, it collects.
    let ps = ex().extract(
        "Forwarding an article requires that you disclose the name and e-mail address of the person.",
    );
    assert!(ps.iter().any(|p| p.action == "collect"), "{ps:#?}");
}

#[test]
fn social_registration_features_are_the_networks_that_collect() {
    let p = one("Social media registration features may collect your IP address.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str(), p.data.as_slice()),
        (
            "collect",
            "social-networks",
            &["ip-address".to_string()][..]
        )
    );
}

#[test]
fn a_modal_predicate_joined_after_a_long_object_keeps_its_subject() {
    // "and may set" is the subject's act however many data the first
    // predicate lists before it.
    for (text, actor) in [
        (
            "Advertisers may collect your IP address, the pages you view and the time of your visit, and may place a cookie on your device.",
            "advertisers",
        ),
        (
            "Our analytics partners will receive your device identifier, which screens you open, and will also store cookies.",
            "analytics-providers",
        ),
    ] {
        let ps = ex().extract(text);
        let cookies: Vec<_> = ps
            .iter()
            .filter(|p| p.data.iter().any(|d| d == "cookies"))
            .collect();
        assert!(!cookies.is_empty(), "{text}: {ps:#?}");
        assert!(cookies.iter().all(|p| p.actor == actor), "{text}: {ps:#?}");
    }
    // Not a predicate with a subject of its own.
    let ps = ex().extract("Advertisers may collect your IP address, and we may place a cookie.");
    assert!(
        ps.iter()
            .any(|p| p.actor == "first-party" && p.data.iter().any(|d| d == "cookies")),
        "{ps:#?}"
    );
}

#[test]
fn asides_bidden_means_and_what_is_recognized_state_no_practice() {
    states_nothing(&[
        "As you can see, protecting your personal information is important to us.",
        "If you have any questions or comments regarding this Privacy Policy, please contact us using our Contact Form.",
        "While information is critical to providing quality service, we recognize that trust matters.",
        "We recognize the importance of protecting your personal information.",
        "We want to make it easier for you to share your favorite content elsewhere.",
    ]);
    // What the reader does through the service still reaches whom it names.
    assert_eq!(
        one("We make it possible for you to share your location with other users.").recipients,
        ["other-users"]
    );
    // Seeing, using and recognizing still read where they are practices.
    assert_eq!(
        one("Other members can see your profile photo.").recipients,
        ["other-users"]
    );
    let ps = ex().extract("We use cookies to recognize you.");
    assert!(ps.iter().any(|p| p.action == "collect"), "{ps:#?}");
}

#[test]
fn a_modifier_joined_to_a_data_term_shares_its_head() {
    for (text, data) in [
        (
            "We share device and usage information with partners.",
            vec!["device-information", "usage"],
        ),
        (
            "We share contact and profile information with advertisers.",
            vec!["contact-information", "account-information"],
        ),
        (
            "We may share demographic and preference information with advertisers.",
            vec!["demographics", "inferences"],
        ),
    ] {
        let p = one(text);
        assert_eq!(p.data, data, "{text}");
    }
}

#[test]
fn a_passive_reaches_its_be_across_ever_always_and_often() {
    for text in [
        "No personal information is ever stored in a PBS cookie.",
        "Your personal information is always stored in a cookie.",
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.data.as_slice()),
            ("retain", &["personal-information".to_string()][..]),
            "{text}"
        );
    }
}

#[test]
fn a_purpose_clause_names_no_data_of_the_act() {
    // What the recipient does with the data is not what is shared.
    for text in [
        "We may share your personal data with our auditor so they can verify aggregated statistics about usage of our products.",
        "We may share your personal data with our partners to verify usage of our products.",
        "We may share your personal data with our partners in order to improve browsing history features.",
    ] {
        let p = one(text);
        assert_eq!(p.data, ["personal-information"], "{text}");
    }
    // A purpose that keeps data names it, and a list's next item after
    // one is the object again.
    for (text, data) in [
        (
            "We place a cookie to remember your language preference.",
            "demographics",
        ),
        (
            "We collect the IP address used to connect your computer to the Internet; your email address; and your password.",
            "email-address",
        ),
        (
            "We collect your email address to send you updates, and your phone number.",
            "phone-number",
        ),
    ] {
        let ps = ex().extract(text);
        assert!(
            ps.iter().any(|p| p.data.iter().any(|d| d == data)),
            "{text}: {ps:#?}"
        );
    }
    // "To address" a concern names no postal address.
    let ps = ex().extract(
        "We may disclose your information to law enforcement to address alleged illegal activity.",
    );
    assert_eq!(ps[0].data, ["personal-information"], "{ps:#?}");
}

#[test]
fn a_duty_shared_a_trade_body_and_a_right_listed_disclose_nothing() {
    states_nothing(&[
        "These rights include the right to transfer your personal data to another company.",
    ]);
    for (text, act) in [
        (
            "There may be occasions when we share responsibility for the processing of your personal data with our partners.",
            "share",
        ),
        (
            "Contact the trade body representing advertising platforms where you can control your advertising preferences.",
            "sell",
        ),
    ] {
        let ps = ex().extract(text);
        assert!(ps.iter().all(|p| p.action != act), "{text}: {ps:#?}");
    }
    // (Data named beside the duty is still shared.)
    let p = one("We share responsibility and your email address with partners.");
    assert_eq!(
        (p.action.as_str(), p.data.as_slice()),
        ("share", &["email-address".to_string()][..])
    );
    // The company's own right stays its act.
    let p = one("We reserve the right to transfer your personal data to another company.");
    assert_eq!(p.action, "share");
}

#[test]
fn the_party_that_has_leave_to_sharshares_with_a_recipient() {
    for (text, actor) in [
        (
            "We may obtain information about you from other companies who have obtained your permission to share information about you.",
            "third-parties",
        ),
        (
            "We receive information about you from partners where they have your permission to share it.",
            "partners",
        ),
    ] {
        let ps = ex().extract(text);
        assert!(
            ps.iter().any(|p| p.action == "share" && p.actor == actor),
            "{text}: {ps:#?}"
        );
        assert!(
            !ps.iter()
                .any(|p| p.action == "share" && p.actor == "first-party"),
            "{text}: {ps:#?}"
        );
    }
    // The company's own leave is its own act.
    let p = one("We only share your data where we have your permission to share it.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("share", "first-party")
    );
}

#[test]
fn the_users_rights_listed_and_a_commonly_used_format_are_no_acts_of_the_company() {
    each(
        &[
            "These rights include the right: (i) to obtain copies of your personal data; (v) to transfer your personal data; and (vii) to object to our use of your personal data.",
            "You have the following rights: to access your data, to transfer your data to another company, and to object.",
            "If you wish to receive personal data that you have provided to us in a structured, commonly used and machine-readable format, or transmit this data directly to another controller, please contact us.",
        ],
        |ps| ps.iter().all(|p| p.action != "share"),
    );
    // The company's own right, listed, stays its act.
    let p = one("We have the right: to disclose your data to law enforcement.");
    assert_eq!(p.action, "share");
}

#[test]
fn selling_the_business_or_a_right_to_ask_for_a_transfer_sells_and_discloses_nothing() {
    let ps = ex().extract(
        "We may share your personal data with third parties when we sell or negotiate to sell our business.",
    );
    assert!(ps.iter().all(|p| p.action != "sell"), "{ps:#?}");
    let p = one("We may sell or agree to sell your personal data to advertisers.");
    assert_eq!(p.action, "sell");
    // The user's request for a copy sent on: answered to the user, no
    // disclosure the company makes of its own accord.
    states_nothing(&[
        "You have the right to ask us to transfer the personal information you gave us to you or another organization.",
    ]);
    // (A party's request, or a recipient named, still discloses.)
    let p = one("Government agencies may ask us to disclose your data.");
    assert_eq!(p.action, "share");
}

#[test]
fn a_thing_a_party_provides_is_no_data_it_gives() {
    states_nothing(&["Support provided by our affiliates may include data hosting."]);
    let ps = ex().extract(
        "Assistance provided by other group companies may include data hosting and targeted advertising.",
    );
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
    // Data provided, or a list of its providers, still passes.
    let p = one("Information provided by you may be shared with partners.");
    assert_eq!(p.action, "share");
    let ps = ex().extract(
        "We may use pixel tags, either provided by us or by our advertisers, to collect information about your visit.",
    );
    assert!(!ps.is_empty(), "{ps:#?}");
}

#[test]
fn quora_promises_descriptions_and_adverbs_before_an_agent() {
    // A promise in two clauses keeps both: the general one is not narrowed
    // to the children's.
    let p = one(
        "We do not sell your personal information to third parties, nor do we sell personal information from users under 16 years old.",
    );
    assert!(p.negated, "{p:#?}");
    assert!(p.data.iter().any(|d| d == "personal-information"), "{p:#?}");
    assert!(
        p.data.iter().any(|d| d == "childrens-information"),
        "{p:#?}"
    );
    // What the policy says it describes, named as nouns, is no practice.
    states_nothing(&[
        "This Privacy Policy describes our policies and procedures on the collection, use, disclosure, and sharing of your personal information when you use the Platform.",
        "This Privacy Policy only covers the way the Foundation collects, uses and discloses Personal Information and does not address the practices of third parties.",
    ]);
    // A passive's agent past an adverb is who acts.
    for (text, actor) in [
        (
            "We have no control over your content if it has been shared manually by others.",
            "third-parties",
        ),
        (
            "Your content may be shared publicly by other users.",
            "other-users",
        ),
    ] {
        let p = one(text);
        assert_eq!(p.actor, actor, "{text}: {p:#?}");
    }
}

#[test]
fn every_verb_of_a_users_ability_is_the_users() {
    states_nothing(&[
        "We provide you with the ability to export, share and publish your form data in a variety of formats.",
    ]);
    // (The company's own right still acts, every verb of it.)
    let ps = ex().extract("We reserve the right to collect, use and share your data.");
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
}

#[test]
fn what_the_company_cannot_do_without_and_selling_to_the_user_promise_nothing() {
    // "Cannot … without" every gerund of the list: no denial of any.
    each(
        &[
            "We cannot work collectively without gathering, sharing, and analyzing information about our users.",
            "We cannot work without sharing and analyzing information.",
            "We could not provide our services without transferring your personal information to the U.S.",
        ],
        |ps| ps.iter().all(|p| !p.negated),
    );
    // Selling the user something is no sale of data.
    let ps = ex().extract(
        "We do not sell or rent your Personal Information, nor do we give it to others to sell you anything.",
    );
    assert!(ps.iter().all(|p| p.negated), "{ps:#?}");
}

#[test]
fn a_party_committed_not_to_act_is_who_promises() {
    for sentence in [
        "Ad clicks are managed by Microsoft and Microsoft has committed to not store or share that information other than for accounting purposes.",
        // (A later infinitive of the commitment too.)
        "Ad clicks are managed by Microsoft and Microsoft has committed to not associate your clicks with a user profile and to not store or share that information.",
    ] {
        let ps = &last_clause_practices(&ex(), &format!("{NAMES_OPENING}{sentence}\n"));
        assert!(!ps.is_empty(), "{ps:#?}");
        for p in ps.iter() {
            assert_eq!(p.actor, "microsoft", "{sentence}: {p:#?}");
            assert!(p.negated && p.recipients.is_empty(), "{p:#?}");
        }
    }
    // (The company's own commitment stays its own.)
    let p = one("We have agreed not to sell your data.");
    assert_eq!((p.actor.as_str(), p.negated), ("first-party", true));
}

#[test]
fn common_goals_a_transfer_framework_and_a_supposed_denial_state_no_disclosure() {
    states_nothing(&[
        "The different group entities share common goals and certain resources.",
        "We may amend this notice in accordance with the requirements of a successor data transfer framework.",
    ]);
    // (Nor a platform in common, with data named after it; a common
    // identifier is data.)
    let ps = ex().extract(
        "Because the Sites share a common platform and registration system, the information that you provide on one Site may be used when you visit one of the other Sites.",
    );
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
    let p = one("We may share a common account identifier with our advertising partners.");
    assert_eq!(p.action, "share", "{p:#?}");
    // (Sharing "the same information" still discloses it.)
    let p = one("We will also share the same information with your social media account provider.");
    assert_eq!(p.action, "share");
    // What the company supposes it cannot do promises nothing.
    let ps = ex().extract(
        "Where we cannot transfer Personal Data on the basis of the Data Privacy Framework, we rely on another approved transfer mechanism.",
    );
    assert!(ps.iter().all(|p| !p.negated), "{ps:#?}");
}

#[test]
fn no_actual_knowledge_of_a_sale_denies_it_and_a_public_offering_is_no_audience() {
    for text in [
        "We do not have actual knowledge that we \u{201c}sell\u{201d} or \u{201c}share\u{201d} the personal information of consumers under 16 years of age.",
        "We have no actual knowledge that we sell the personal information of minors.",
    ] {
        let ps = ex().extract(text);
        assert!(!ps.is_empty(), "{text}");
        for p in &ps {
            assert!(p.negated, "{text}: {p:#?}");
            // (Both quoted verbs take the same object: the minors' data.)
            assert_eq!(p.data, ["childrens-information"], "{text}: {p:#?}");
        }
    }
    let p = one(
        "We have actual knowledge that we sell the personal information of consumers under 16.",
    );
    assert!(!p.negated, "{p:#?}");
    let p = one(
        "If the company engages in a merger, financing, or public offering of securities, we may transfer Personal Data.",
    );
    assert!(p.recipients.iter().all(|r| r != "public"), "{p:#?}");
    // (Nor are securities a purpose of security.)
    assert!(p.purposes.iter().all(|r| r != "security"), "{p:#?}");
}

#[test]
fn a_practice_explained_or_a_value_shared_discloses_no_data() {
    states_nothing(&[
        "We will disclose how we use your information.",
        "While we try to work only with services that share our respect for your privacy, we do not take responsibility for their content.",
    ]);
    let ps = ex().extract(
        "We will give you a choice, and we will disclose fully, within the appropriate feature, how we use that information.",
    );
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
    // (What is named after "with" is still shared, and so is "what" the
    // user posts.)
    let p = one("We share with advertisers which pages you visit.");
    assert_eq!(p.action, "share");
    let p = one("We share what you post with other users.");
    assert_eq!(p.action, "share");
}

#[test]
fn selling_a_home_or_the_business_with_another_verb_sells_no_data() {
    let ps = ex().extract(
        "And if we sell or transfer all or part of our business to someone else, we will give the new owner your information as part of that transaction.",
    );
    assert!(
        !ps.is_empty() && ps.iter().all(|p| p.action != "sell"),
        "{ps:#?}"
    );
    states_nothing(&[
        "When you use our services to find, buy, rent, or sell your home, we know you are trusting us with your data.",
    ]);
    // (Data named as the good is still sold.)
    let p = one("We do not sell your device information.");
    assert_eq!((p.action.as_str(), p.negated), ("sell", true));
}

#[test]
fn they_after_a_verb_of_publishing_are_its_subject_not_the_public() {
    let ps = ex().extract(
        "If these developers or researchers later publish their work or findings, we ask that they not disclose your Personal Information.",
    );
    let denied: Vec<_> = ps.iter().filter(|p| p.negated).collect();
    assert!(!denied.is_empty(), "{ps:#?}");
    assert!(denied.iter().all(|p| p.actor == "researchers"), "{ps:#?}");
}

#[test]
fn publicly_names_the_audience_and_a_government_issued_identification_is_data() {
    let p = one(
        "We may publicly disclose non-personal aggregated or anonymized information such as our number of visitors.",
    );
    assert_eq!(p.actor, "first-party", "{p:#?}");
    assert_eq!(p.recipients, ["public"], "{p:#?}");
    let p = one("We may ask you to provide a government-issued identification.");
    assert_eq!(
        (p.action.as_str(), p.data.as_slice()),
        ("collect", &["government-identifier".to_string()][..]),
        "{p:#?}"
    );
}

#[test]
fn a_party_the_user_visits_to_share_is_a_means_not_who_shares() {
    each(
        &[
            "If you access any social media or similar services through the Services to login or to share information about your experience with others, we may collect information from these services.",
            "If you use social media services to share content, they may collect information.",
            "You may visit third-party websites to share your content.",
        ],
        |ps| ps.iter().all(|p| p.action != "share"),
    );
    // (A party the user lets act still acts.)
    let p = one("You allow advertisers to collect data about your visits.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("collect", "advertisers")
    );
}

#[test]
fn a_quoted_name_of_a_link_discloses_nothing() {
    let ps = ex().extract(
        "As such, we are not required to provide a “Limit the Use and Disclosure of My Sensitive Personal Information” link.",
    );
    assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
    // Nor does it offer the choice it names, when the company denies
    // providing it; a link the reader is sent to is offered.
    assert!(ps.iter().all(|p| p.choice.is_none()), "{ps:#?}");
    let ps = ex().extract("To opt out, click the “Do Not Sell My Personal Information” link.");
    assert!(
        ps.iter()
            .any(|p| p.choice.as_ref().is_some_and(|c| c.kind == "opt-out")),
        "{ps:#?}"
    );
    // (A quoted word that is no control's name is still read.)
    let p = one("We may share your \"profile\" data with partners.");
    assert_eq!(p.action, "share");
}

#[test]
fn a_right_put_as_a_request_states_no_practice() {
    states_nothing(&[
        "Request the transfer of your personal information to another party, when possible.",
        "Data portability: ask us to transfer your personal data to another provider.",
    ]);
    // (A heading before a statement still leaves the statement.)
    let p = one("Law enforcement: we may share your data with the police.");
    assert_eq!(p.action, "share");
}

#[test]
fn a_thing_a_party_provides_past_an_adverb_is_no_data_it_shares() {
    states_nothing(&[
        "SDKs are blocks of code, typically provided by our partners, which may be installed in our applications.",
    ]);
    // (Data a party provides, set off the same way, is still theirs to give.)
    let ps = ex().extract("Information, typically provided by our partners, is stored.");
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.actor == "partners"),
        "{ps:#?}"
    );
}

#[test]
fn quoted_passives_and_other_sources_name_their_agent() {
    // (The ads' tailoring is a use by whoever shows them, the company
    // where no one else is named.)
    let passed = |ps: &[Practice]| -> Vec<String> {
        ps.iter()
            .filter(|p| p.action != "use")
            .map(|p| p.actor.clone())
            .collect()
    };
    let ps = ex().extract(
        "These ads may be based on historical information or information “shared” or “sold” by other sources.",
    );
    let by = passed(&ps);
    assert!(!by.is_empty(), "{ps:#?}");
    assert!(by.iter().all(|a| a == "third-parties"), "{ps:#?}");
    let ps =
        ex().extract("These ads may be based on information “shared” or “sold” by advertisers.");
    let by = passed(&ps);
    assert!(
        !by.is_empty() && by.iter().all(|a| a == "advertisers"),
        "{ps:#?}"
    );
}

#[test]
fn the_users_right_to_request_a_transfer_states_no_practice() {
    states_nothing(&[
        "The right to request that we transfer (port) your personal information to another company or third party",
        "You have the right to request that we transfer your personal information to another company.",
    ]);
    // (A party's right to ask is a disclosure to that party.)
    let p = one("Government bodies have the right to request that we disclose your data.");
    assert_eq!(p.action, "share");
}

#[test]
fn forwarding_numbers_and_addresses_are_contact_data_not_acts() {
    let ps =
        ex().extract("We collect your phone number, forwarding numbers, and routing information.");
    assert!(ps.iter().all(|p| p.action == "collect"), "{ps:#?}");
    let p = one("We collect forwarding addresses.");
    assert_eq!(p.data, ["postal-address"]);
    // (Forwarding data is still a disclosure.)
    let p = one("We may forward your messages to partners.");
    assert_eq!(p.action, "share");
}

#[test]
fn a_party_that_gives_us_data_is_a_source_not_a_recipient() {
    let ps = ex().extract(
        "We may also collect information about you from trusted partners, such as directory services who provide us with business information to be displayed on our services, marketing partners who provide us with information about potential customers of our business services, and security partners who provide us with information to protect against abuse.",
    );
    assert!(ps.iter().all(|p| p.recipients.is_empty()), "{ps:#?}");
    // (One the company gives to still receives.)
    let p = one("We share data with advertisers who provide us with ads.");
    assert_eq!(p.recipients, ["advertisers"]);
}

#[test]
fn a_request_to_refrain_from_an_act_is_an_opt_out_of_it() {
    let ps = ex().extract(
        "Global Privacy Control is a signal which requests that websites refrain from selling or sharing your personal information.",
    );
    assert_eq!(ps.len(), 2, "{ps:#?}");
    assert!(
        ps.iter()
            .all(|p| !p.negated && p.choice.as_ref().is_some_and(|c| c.kind == "opt-out")),
        "{ps:#?}"
    );
    // (The company's own refraining is still a promise.)
    let p = one("We refrain from selling your personal information.");
    assert!(p.negated && p.choice.is_none(), "{p:#?}");
}

#[test]
fn persons_are_people_not_the_company() {
    states_nothing(&["Those persons may share the password with others."]);
    // (The company sharing with a person still shares.)
    let p = one(
        "We may disclose your data to any person who we reasonably believe may apply to a court.",
    );
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("share", "first-party")
    );
}

#[test]
fn a_name_with_a_corporate_suffix_a_disclosure_reaches_is_a_company() {
    let ex = ex();
    let recipients = |md: &str| {
        last_clause_practices(&ex, md)
            .iter()
            .flat_map(|p| p.recipients.clone())
            .collect::<Vec<_>>()
    };
    let opening = NAMES_OPENING;
    for (frame, name) in [
        // (Its words joined by "of", "&".)
        (
            "We may share your personal data with the Audit Bureau of Zentrix Ltd so they can verify our statistics.",
            "the Audit Bureau of Zentrix",
        ),
        (
            "We disclose your email address to Procter & Zentrix Inc for marketing.",
            "Procter & Zentrix",
        ),
        // (And in apposition before its suffix.)
        (
            "We use a third-party service provider, Zentrix Technologies Ltd, to moderate comments.",
            "Zentrix Technologies",
        ),
    ] {
        let md = format!("{opening}{frame}\n\nWe share your comments with {name}.\n");
        assert_eq!(recipients(&md), ["named-companies"], "{frame}");
    }
    // The company's own entity, a region or words any company's name holds
    // teach nothing.
    for frame in [
        "This policy covers Zentrix, Inc. and its affiliates.",
        "We share data with Foocorp EMEA Limited.",
        "We share data with Operations Limited.",
    ] {
        // (Named where no frame teaches it: "Zentrix may collect …".)
        for text in [
            "Zentrix may collect your comments.",
            "Operations may collect your comments.",
        ] {
            let md = format!("{opening}{frame}\n\n{text}\n");
            assert!(
                last_clause_practices(&ex, &md)
                    .iter()
                    .all(|p| p.actor != "named-companies"),
                "{frame} / {text}"
            );
        }
    }
}

#[test]
fn a_name_a_disclosure_reaches_with_or_to_is_a_company() {
    let ex = ex();
    let recipients = |md: &str| {
        last_clause_practices(&ex, md)
            .iter()
            .flat_map(|p| p.recipients.clone())
            .collect::<Vec<_>>()
    };
    let opening = NAMES_OPENING;
    for frame in [
        "If you link your account, we share your listening history with Zentrix.",
        "We may sell your email address to Zentrix for marketing.",
    ] {
        let md = format!("{opening}{frame}\n\nWe send your comments to Zentrix.\n");
        assert_eq!(recipients(&md), ["named-companies"], "{frame}");
    }
    // Not a name that goes on in words no name holds, a nationality, a
    // person a text is sent to, nor a role capitalised as a defined term.
    for (frame, name) in [
        ("We share data with Trusted Partners.", "Trusted"),
        ("We may disclose data to Zentrix authorities.", "Zentrix"),
        (
            "Ask the assistant to send a text to Jon Zentrix.",
            "Jon Zentrix",
        ),
        (
            "This includes sharing Purchase Information with Uploaders, Payment Providers.",
            "Uploaders",
        ),
    ] {
        let md = format!("{opening}{frame}\n\nWe send your comments to {name}.\n");
        assert!(
            recipients(&md).iter().all(|r| r != "named-companies"),
            "{frame}"
        );
    }
}

#[test]
fn who_can_see_and_whose_trackers_act_are_parties() {
    // "Anyone" who can see is the public, not a user acting.
    let p = one("If you make your profile public, anyone can see your name and photo.");
    assert_eq!(
        (p.action.as_str(), p.recipients.as_slice()),
        ("share", &["public".to_string()][..])
    );
    // (One who receives an ad is still a person.)
    assert!(
        ex().extract(
            "Anyone receiving a behavioral ad may click on the icon to receive more information."
        )
        .is_empty()
    );
    // Third parties' cookies that track are their owners collecting.
    let p = one("Third-party cookies on our site may track your browsing across other websites.");
    assert_eq!(p.actor, "third-parties");
    // Advertising platforms are advertisers.
    let p = one("We may share hashed email addresses with advertising platforms.");
    assert_eq!(p.recipients, ["advertisers"]);
}

#[test]
fn what_is_not_the_practice_of_a_named_party_is_denied() {
    denies_all(&[
        "It is not the practice of example.com to share any information with third-party companies.",
        "It is not the policy of the Company to sell or rent your personal information to anyone.",
    ]);
    // (What is its practice is done.)
    each(
        &["It is the practice of the company to share your information with affiliates."],
        |ps| ps.iter().any(|p| p.action == "share" && !p.negated),
    );
}

#[test]
fn a_passive_joined_after_another_partys_clause_is_that_partys() {
    each(
        &[
            "Those partners may gather details of how you use the app, and this information may be combined with data from other sites.",
            "Advertisers may collect your browsing history, and your data may be sold to data brokers.",
        ],
        |ps| ps.len() >= 2 && ps.iter().all(|p| p.actor != "first-party"),
    );
    // (The company's clause leaves the passive the company's; an agent
    // named is the agent.)
    each(
        &[
            "We collect your email address, and this information may be shared with our partners.",
            "Advertisers may collect your browsing history, and your data may be combined by us with other data.",
        ],
        |ps| ps.iter().any(|p| p.actor == "first-party"),
    );
}

#[test]
fn a_relative_clause_on_the_subject_ends_at_the_main_predicates_modal() {
    // What the subject's relative clause does takes none of the main
    // predicate's object.
    each(
        &[
            "Businesses that use our team plans may upload personal information to set up accounts and invite colleagues to use the plans.",
            "Advertisers that use cookies may collect your browsing history.",
        ],
        |ps| {
            ps.iter().all(|p| {
                p.action != "use"
                    || !p
                        .data
                        .iter()
                        .any(|d| d == "personal-information" || d == "usage")
            })
        },
    );
    // Nor at its verb in the present tense, when no modal opens it.
    each(
        &[
            "Websites that use our plugins collect your browsing history.",
            "Apps that use our login button receive your email address.",
        ],
        |ps| {
            ps.iter().all(|p| p.action != "use" || p.data.is_empty())
                && ps.iter().any(|p| p.action != "use" && !p.data.is_empty())
        },
    );
    // (Not a verb the relative clause goes on with.)
    each(
        &[
            "Companies that we pay to analyse traffic use your IP address.",
            "Vendors that help us collect your IP address use it for fraud prevention.",
        ],
        |ps| ps.iter().any(|p| p.data == ["ip-address"]),
    );
    each(
        &["Apps that gather and pass on your location keep it for a year."],
        |ps| {
            ps.iter()
                .any(|p| p.action == "collect" && p.data == ["location"])
        },
    );
    // A party inside the relative clause is not the main verb's subject.
    each(
        &[
            "Advertisers that work with analytics providers may collect your IP address.",
            "Our apps that send data to partners may collect your IP address.",
        ],
        |ps| {
            ps.iter().any(|p| {
                p.action == "collect" && matches!(p.actor.as_str(), "advertisers" | "first-party")
            })
        },
    );
    // (A modal that opens another relative clause ends nothing.)
    each(
        &["Companies that collect data that may include your IP address work with us."],
        |ps| {
            ps.iter()
                .any(|p| p.action == "collect" && p.data == ["ip-address"])
        },
    );
}

#[test]
fn other_services_a_relative_clause_describes_act_as_third_parties() {
    each(
        &[
            "Websites that link to our service may collect personal information about you.",
            "Websites that you visit may collect personal information about you.",
            "When you leave, many sites that you reach from ours may collect your IP address.",
            "Platforms that we work with may collect your IP address.",
        ],
        |ps| !ps.is_empty() && ps.iter().all(|p| p.actor == "third-parties"),
    );
    // The company's own services are its own.
    each(
        &[
            "Sites that we operate may collect your IP address.",
            "Our websites that link to partner sites may collect your IP address.",
        ],
        |ps| !ps.is_empty() && ps.iter().all(|p| p.actor == "first-party"),
    );
}

#[test]
fn an_opt_out_covers_neither_data_set_off_by_not_nor_an_act_that_goes_on() {
    // The partial opt-out: the phone number is left out of it.
    let p = one(
        "You can only opt out of the sharing of your account information, not your phone number.",
    );
    assert_eq!(p.data, ["account-information"], "{p:#?}");
    assert_eq!(p.choice.as_ref().map(|c| c.kind.as_str()), Some("opt-out"));
    // (A "not" before a verb still negates it.)
    let p = one("Your data is encrypted, not shared with anyone.");
    assert!(p.negated, "{p:#?}");
    // What goes on even after the user opts out is no choice of theirs.
    let p = one("We may continue to share your data with affiliates even after you opt out.");
    assert!(p.choice.is_none(), "{p:#?}");
    // Nor what a bare fronted opt-out leaves going on.
    for text in [
        "If you opt out, we will still collect your usage data for analytics.",
        "If you opt out, we may continue to use your data for analytics.",
    ] {
        let p = one(text);
        assert!(p.choice.is_none(), "{text}: {p:#?}");
    }
    let p = one("We share data with partners unless you opt out.");
    assert!(p.choice.is_some(), "{p:#?}");
    let p = one("If you opt out, we will stop sharing your data.");
    assert!(p.choice.is_some(), "{p:#?}");
}

#[test]
fn turning_it_off_is_an_opt_out() {
    let p = one("Location sharing is turned on by default; you can turn it off at any time.");
    assert_eq!(
        p.choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-out"),
        "{p:#?}"
    );
}

#[test]
fn do_so_set_against_a_denial_stands_for_the_act() {
    let ps = ex()
        .extract("We don't currently sell personal information, but we may do so in the future.");
    assert!(
        ps.iter().any(|p| p.action == "sell" && p.negated),
        "{ps:#?}"
    );
    assert!(
        ps.iter().any(|p| p.action == "sell" && !p.negated),
        "{ps:#?}"
    );
    // (Not the same act's condition, nor a clause that restates it.)
    each(
        &[
            "We may disclose your information if required to do so by law.",
            "You care how information about you is used and shared, and we appreciate your trust that we will do so carefully.",
        ],
        |ps| ps.len() <= 1,
    );
}

#[test]
fn a_hedged_promise_keeps_its_hedge() {
    for (text, hedge) in [
        (
            "We do not currently sell personal information.",
            "currently",
        ),
        (
            "We generally do not share your data with advertisers.",
            "generally",
        ),
        ("We do not sell your data at this time.", "at this time"),
        // A sale read narrowly leaves the rest of selling out.
        (
            "We do not sell your personal information for money.",
            "for money",
        ),
        (
            "We don't sell your data in the traditional sense.",
            "in the traditional sense",
        ),
        // Quoted to its clause's end, however the narrowing is worded.
        (
            "We do not sell data about you in the way that most people think about selling data, and we do not buy it.",
            "in the way that most people think about selling data",
        ),
        (
            "We do not sell your personal information (as defined by the CCPA) to anyone.",
            "as defined by the ccpa",
        ),
        (
            "We do not sell your data as that term is generally understood.",
            "as that term is generally understood",
        ),
        // (A parenthesis between the verb and its data, of terms plural.)
        (
            "We do not sell (as those terms are defined under the CCPA) your personal information.",
            "as those terms are defined under the ccpa",
        ),
        (
            "We do not sell your data (as such terms are defined in your state's law).",
            "as such terms are defined in your state's law",
        ),
    ] {
        let p = one(text);
        assert!(p.negated, "{p:#?}");
        assert_eq!(p.hedge.as_deref(), Some(hedge), "{text}");
    }
    assert_eq!(one("We do not sell your data.").hedge, None);
    // (Only a promise carries one.)
    assert_eq!(one("We currently collect your email address.").hedge, None);
}

#[test]
fn an_opt_out_said_not_to_apply_offers_no_choice_and_couriers_provide_a_service() {
    each(
        &[
            "Your opt-out will not apply to information we share with our affiliates.",
            "Opting out does not stop us sharing your data with advertising partners.",
            "Opting out will not prevent us from sharing your data with our partners.",
        ],
        |ps| ps.iter().all(|p| p.choice.is_none()),
    );
    // One said not to undo what was done before it leaves nothing going
    // on past it, and "taken place" places nothing.
    let ps = ex().extract(
        "You can turn off Use my data for training AI models in your settings; opting out does not affect training that has already taken place.",
    );
    assert!(
        ps.iter().all(|p| p.despite.is_none() && p.action == "use"),
        "{ps:#?}"
    );
    assert!(
        ps.iter()
            .any(|p| p.choice.as_ref().is_some_and(|c| c.kind == "opt-out")),
        "{ps:#?}"
    );
    let p =
        one("We share your precise location with delivery drivers so they can deliver your order.");
    assert_eq!(p.recipients, ["service-providers"]);
    let p = one("We share your address with couriers.");
    assert_eq!(p.recipients, ["service-providers"]);
}

#[test]
fn a_devices_camera_and_microphone_are_device_data() {
    let p = one("Our app accesses your camera and microphone only when you use those features.");
    assert_eq!(
        (p.action.as_str(), p.data.as_slice()),
        ("collect", &["device-information".to_string()][..])
    );
    // (The camera roll is still the user's content.)
    let p = one("We collect photos from your camera roll.");
    assert_eq!(p.data, ["content"]);
}

#[test]
fn an_infinitive_joined_to_one_of_purpose_is_the_companys() {
    // "to recommend" is the company's purpose, not advice to the reader;
    // "you" as the object of the infinitive before is not the subject of
    // the one "and to" joins.
    each(
        &[
            "We collect your email address to recommend jobs and to share it with potential employers.",
            "We collect your email address to contact you and to share it with our partners.",
            "We collect your email address to send you newsletters, and to share it with our partners.",
        ],
        |ps| {
            ps.iter().any(|p| {
                p.action == "share"
                    && p.actor == "first-party"
                    && p.data == ["email-address"]
                    && !p.recipients.is_empty()
            })
        },
    );
    // Advice, and what the user is let or helped to do, stay the user's.
    each(
        &[
            "We recommend that you do not share your password with anyone.",
            "We want to allow you to share your photos with friends.",
            "We use tools to help you share your photos with friends.",
        ],
        |ps| ps.iter().all(|p| p.action != "share"),
    );
}

#[test]
fn accented_spellings_match_the_vocabulary() {
    let p = one("We collect your résumé.");
    assert_eq!(p.data, ["demographics"], "{p:#?}");
}

#[test]
fn a_feature_that_prevents_tracking_tracks_nothing() {
    each(
        &[
            "Browser features, such as Apple's intelligent tracking prevention, may delete these cookies.",
            "Firefox's enhanced tracking protection blocks cookies.",
        ],
        |ps| {
            ps.iter()
                .all(|p| p.action != "collect" && p.actor == "first-party")
        },
    );
    // Tracking itself still is.
    assert_eq!(one("We may track your location.").action, "collect");
}

#[test]
fn data_kept_on_the_users_device_is_not_collected() {
    for (text, data) in [
        ("Your health data never leaves your device.", "health"),
        ("Your photos stay on your device.", "content"),
        (
            "Your health data is stored only on your device and is never sent to us.",
            "health",
        ),
        ("Face data is processed locally.", "biometrics"),
        // (A kind of data the vocabulary names by its adjective, and not
        // personal information besides.)
        (
            "Your biometric verification data doesn't leave your device.",
            "biometrics",
        ),
    ] {
        let ps = ex().extract(text);
        assert!(
            ps.iter()
                .any(|p| p.action == "collect" && p.negated && p.data == [data]),
            "{text}: {ps:#?}"
        );
        // (No retention of the company's either.)
        assert!(ps.iter().all(|p| p.action != "retain"), "{text}: {ps:#?}");
    }
    // Only the data of the clause that keeps it local.
    let ps = ex()
        .extract("We store your photos on our servers, and your location never leaves your phone.");
    assert!(
        ps.iter()
            .any(|p| p.action == "collect" && p.negated && p.data == ["location"]),
        "{ps:#?}"
    );
    // Cookies are always stored on the device; data merely stored there,
    // or leaving it, or a device left at home, promise nothing.
    each(
        &[
            "Cookies are stored locally on your device.",
            "Your photos are stored on your device.",
            "Your data leaves your device when you sync it.",
            "You can leave your device at home.",
        ],
        |ps| ps.iter().all(|p| !(p.action == "collect" && p.negated)),
    );
}

#[test]
fn a_practice_records_where_it_places_its_data() {
    let e = ex();
    let places = |t: &str| every(&e, t, |p| &p.locations);
    for (text, want) in [
        (
            "We store your personal information on servers in Ireland.",
            &["ireland"][..],
        ),
        (
            "Your information may be stored and processed in the United States or any other country in which we or our affiliates maintain facilities.",
            &["united-states", "any-country"],
        ),
        (
            "Information is stored in the United States, Canada and Ireland.",
            &["united-states", "canada", "ireland"],
        ),
        // Outside a place, or out of the user's own country, is anywhere else.
        (
            "We may transfer your data outside the EEA.",
            &["any-country"],
        ),
        (
            "Your data may be transferred out of your country.",
            &["any-country"],
        ),
        (
            "Your personal information may be processed in a country other than the one in which you reside.",
            &["any-country"],
        ),
        ("We keep your messages in your country.", &["home-country"]),
        ("Your data may be transferred abroad.", &["any-country"]),
        // The comma that closes an aside the preposition ends.
        (
            "We may transfer your data to, and store it on servers in, the United States and other countries.",
            &["united-states", "any-country"],
        ),
        // An abbreviation's dots: at the sentence's end, before "and".
        (
            "Your information may be processed in the U.S. Please note that this is so.",
            &["united-states"],
        ),
        (
            "We store your data in the U.S. and Canada.",
            &["united-states", "canada"],
        ),
    ] {
        assert_eq!(places(text), want, "{text}: {:#?}", e.extract(text));
    }
    // Not a country describing a noun, where people or laws are, one named
    // before the practice, nor a web address.
    for text in [
        "We share data with advertisers in compliance with United States law.",
        "If you live in the EEA, we process your data to provide the service.",
        "We process the data of users in the European Union to provide the service.",
        "We store your data for as long as the laws in your country require.",
        "We use cookies to count visits to USA.gov.",
        "We process data received from the European Union in reliance on the EU-U.S. DPF.",
        "We may process your data to train models for the purpose of deploying them in the EEA and Switzerland.",
        // (A comma after a word that is no closing preposition still cuts.)
        "We store your data on our servers, the United States team can read it.",
    ] {
        let ps = e.extract(text);
        assert!(!ps.is_empty(), "{text}: no practice");
        assert!(places(text).is_empty(), "{text}: {ps:#?}");
    }
}

#[test]
fn a_party_that_listens_to_recordings_has_access_to_them() {
    let p = one("Our contractors may listen to a sample of your voice recordings.");
    assert_eq!(
        (p.action.as_str(), &p.recipients[..]),
        ("share", &["service-providers".to_string()][..])
    );
    // Not an app listening, nor the reader.
    each(
        &[
            "If enabled, the app keeps listening to the microphone for voice keywords and can activate for anyone who speaks near the device.",
            "You can listen to music with our app.",
        ],
        |ps| ps.iter().all(|p| p.action != "share"),
    );
}

#[test]
fn hashed_contact_details_are_their_hashed_kind() {
    for (text, want) in [
        (
            "We share hashed email addresses with advertisers.",
            &["hashed-email-address"][..],
        ),
        (
            "We share your phone number in hashed form with Facebook.",
            &["hashed-phone-number"],
        ),
        (
            "We share your email address and phone number in a hashed format with our advertising partners.",
            &["hashed-email-address", "hashed-phone-number"],
        ),
        (
            "We share your phone number with Facebook.",
            &["phone-number"],
        ),
    ] {
        assert_eq!(one(text).data, want, "{text}");
    }
}

#[test]
fn the_readers_aim_and_the_governments_things_are_no_disclosure() {
    each(
        &[
            "To forward an article, you must provide your friend's email address.",
            "To share a photo with your friends, tap the button below.",
            "To stop sharing your location, disable location services in your phone's settings.",
            "For site security purposes, this government computer system employs software programs to monitor network traffic.",
        ],
        |ps| ps.iter().all(|p| p.action != "share"),
    );
    // The company's aim stays the company's; a government agency receives.
    assert_eq!(
        one("To protect your account, we share your login data with our security vendor.").action,
        "share"
    );
    let p = one("We may disclose your information to government agencies when the law requires.");
    assert_eq!(p.recipients, ["law-enforcement"]);
}

#[test]
fn a_risk_warned_of_is_no_disclosure() {
    each(
        &[
            "If you send us emails, be aware that information disclosed in emails may not be secure and thus may be available to others.",
            "Any such information may be viewed or tampered with in transit by a third party.",
        ],
        |ps| ps.iter().all(|p| p.action != "share"),
    );
    // A disclosure the company makes stays one, warning or not.
    let p = one(
        "We may share your information with third parties, but we cannot guarantee the security of data we transmit.",
    );
    assert_eq!(
        (p.action.as_str(), &p.recipients[..]),
        ("share", &["third-parties".to_string()][..])
    );
}

#[test]
fn googles_parent_is_google() {
    let p = one("We may share your information with Alphabet Inc.");
    assert_eq!(p.recipients, ["google"], "{p:#?}");
}

#[test]
fn a_practice_the_user_must_enable_offers_an_opt_in() {
    offers_one_choice(&[
        (
            "If you choose to enable location services, we collect your precise location.",
            "opt-in",
        ),
        (
            "Once you turn on backups, we store your messages on our servers.",
            "opt-in",
        ),
        (
            "If you have granted us access to your contacts, we use them to suggest friends.",
            "opt-in",
        ),
        (
            "If you give us permission, we can collect your geolocation from your device.",
            "opt-in",
        ),
        // A promise kept until the user turns the practice on.
        (
            "Cabin camera images are not shared with us unless you enable data sharing.",
            "opt-in",
        ),
        (
            "We do not send your voice requests to our servers unless you turn on voice history.",
            "opt-in",
        ),
    ]);
    // Taking part in an activity, or handing over data, is an occasion:
    // the practice follows it, as it would "when you register".
    let e = ex();
    for text in [
        "If you choose to submit an application, we will collect your employment information.",
        "If you give us your friend's email address, we will send them an invitation.",
        "When you choose to share information about other people, we process it.",
        "If you choose to register, we collect your name and email address.",
    ] {
        assert!(choice_kinds(&e, text).is_empty(), "{text}");
        assert!(!e.extract(text).is_empty(), "{text}: still a practice");
    }
    // The occasion is still the practice's condition, which the listing shows.
    let p = one("If you choose to enable the location feature, we collect your precise location.");
    assert_eq!(
        p.condition.map(|c| c.text).as_deref(),
        Some("if you choose to enable the location feature")
    );
}

#[test]
fn receiving_a_request_or_a_subpoena_collects_nothing() {
    let e = ex();
    for text in [
        "We disclose your information to law enforcement when we receive a subpoena.",
        "We share your data with partners only after we receive your request.",
        "Upon receiving such a request, we will delete the information you posted.",
    ] {
        let actions: Vec<String> = e.extract(text).into_iter().map(|p| p.action).collect();
        assert!(
            !actions.iter().any(|a| a == "collect"),
            "{text}: {actions:?}"
        );
    }
    // Data received, or a thing that reports what the user does, is collected.
    for text in [
        "We receive your information from our partners.",
        "We often receive a confirmation when you open e-mail from us, with your device identifier.",
        "We receive the following information: your name and email address.",
    ] {
        assert!(
            e.extract(text).iter().any(|p| p.action == "collect"),
            "{text}"
        );
    }
}

#[test]
fn settings_named_beside_a_browser_control_are_where_it_is_made() {
    offers_one_choice(&[
        (
            "You can change your browser settings to block cookies.",
            "browser-controls",
        ),
        (
            "Please consult your particular Web browser's settings.",
            "browser-controls",
        ),
        (
            "You may be able to instruct your browser to stop accepting cookies.",
            "opt-out",
        ),
        (
            "You can change your privacy settings to control how we use your location.",
            "settings",
        ),
    ]);
}

#[test]
fn data_deleted_once_it_has_served_is_not_kept() {
    for (text, condition) in [
        (
            "Your messages are deleted from our servers once delivered.",
            Some("once delivered"),
        ),
        (
            "Your photos are deleted immediately after transmission.",
            Some("after transmission"),
        ),
        ("Your voice recordings are deleted immediately.", None),
    ] {
        let p = one(text);
        assert!(p.action == "retain" && p.negated, "{text}: {p:#?}");
        assert_eq!(p.condition.map(|c| c.text).as_deref(), condition, "{text}");
    }
    // The user's deletion, and deletion after a period, are no such promise.
    let p = one("Your messages are deleted after 30 days.");
    assert!(!p.negated && p.retention_days == Some(30), "{p:#?}");
    let p = one("You can delete your messages once they are delivered.");
    assert!(!p.negated, "{p:#?}");
}

#[test]
fn a_deletion_of_what_a_pronoun_stands_for_keeps_the_data_before() {
    let ex = ex();
    let kept = |md: &str| {
        last_clause_practices(&ex, md)
            .iter()
            .map(|p| (p.negated, p.data.clone(), p.retention_days))
            .collect::<Vec<_>>()
    };
    let location = || vec!["location".to_string()];
    for (md, expected) in [
        (
            "# P\n\nWe collect your location.\n\nWe delete it after 30 days.\n",
            vec![(false, location(), Some(30))],
        ),
        (
            "# P\n\nWe collect your location.\n\nIt is deleted after 30 days.\n",
            vec![(false, location(), Some(30))],
        ),
        (
            "# P\n\nWe store your messages.\n\nThey are deleted from our servers once delivered.\n",
            vec![(true, vec!["content".to_string()], None)],
        ),
        // With no data named before, the pronoun keeps nothing.
        (
            "# P\n\nWelcome to our site.\n\nWe delete it after 30 days.\n",
            vec![],
        ),
    ] {
        assert_eq!(kept(md), expected, "{md}");
    }
}

#[test]
fn a_party_bound_in_a_relative_clause_is_who_is_bound() {
    for text in [
        "We may share your information with our service providers, who are prohibited from using it for any other purpose.",
        "We share it with service providers, who are barred from using it.",
        "We share it with service providers, who are not allowed to use it.",
    ] {
        let ps = ex().extract(text);
        assert!(
            ps.iter()
                .any(|p| p.negated && p.action == "use" && p.actor == "service-providers"),
            "{text}: {ps:#?}"
        );
        assert!(
            !ps.iter().any(|p| p.negated && p.actor == "first-party"),
            "{text}: the company promised nothing of its own use"
        );
    }
}

#[test]
fn a_kind_of_party_a_named_company_owns_is_that_company() {
    let e = ex();
    for (text, expected) in [
        (
            "We may share your information with companies owned by Alphabet.",
            vec!["google"],
        ),
        (
            "We may share your data with companies in the Amazon group.",
            vec!["amazon"],
        ),
        // A company given as an example of a kind leaves the kind.
        (
            "We share data with third parties, such as Google.",
            vec!["third-parties", "google"],
        ),
    ] {
        assert_eq!(every(&e, text, |p| &p.recipients), expected, "{text}");
    }
}

#[test]
fn only_parties_that_meet_a_bar_condition_a_disclosure() {
    let p =
        one("We only share your information with third parties that have agreed to protect it.");
    assert_eq!(
        p.condition.map(|c| c.text).as_deref(),
        Some("that have agreed to protect it")
    );
    // Without "only" too; but a clause on the thing given, or one that
    // defines the parties, is none.
    let p = one("We share your data with service providers who are bound by confidentiality.");
    assert_eq!(
        p.condition.map(|c| c.text).as_deref(),
        Some("who are bound by confidentiality")
    );
    for text in [
        "We may share personal information within our family of companies that are related by common ownership or control.",
        "We only provide aggregated reports to advertisers that do not reveal information about individual people.",
        "We share reports with advertisers, who are then free to use them.",
    ] {
        assert!(
            ex().extract(text).iter().all(|p| p.condition.is_none()),
            "{text}"
        );
    }
}

#[test]
fn x_corp_is_twitter() {
    let e = ex();
    for text in [
        "We share your information with X Corp.",
        "We may share data with X (formerly Twitter).",
    ] {
        assert_eq!(every(&e, text, |p| &p.recipients), ["twitter"], "{text}");
    }
}

#[test]
fn a_bare_verb_opening_a_list_is_the_lead_in_of_its_items() {
    let e = ex();
    let policy = crate::Policy::from_source(
        crate::input::source_from_bytes(
            "p.md",
            b"# Location\n\nWe collect:\n\n- your precise location\n- your email address\n",
            None,
        )
        .unwrap(),
        &e,
    )
    .unwrap();
    let items: Vec<(String, Vec<String>)> = policy
        .clauses
        .iter()
        .skip(1)
        .flat_map(|c| {
            c.practices
                .iter()
                .map(|p| (p.action.clone(), p.data.clone()))
        })
        .collect();
    assert_eq!(
        items,
        [
            ("collect".to_string(), vec!["precise-location".to_string()]),
            ("collect".to_string(), vec!["email-address".to_string()]),
        ]
    );
}

#[test]
fn deletion_on_request_written_around_its_object_is_the_right() {
    offers_one_choice(&[
        (
            "We will remove you and your personally identifiable information from our records on request if you contact us.",
            "deletion",
        ),
        (
            "If you would like to have your personally identifiable information changed or removed from our database, please contact us.",
            "deletion",
        ),
        (
            "Other information uploaded for verification, including your name and address, is deleted upon request.",
            "deletion",
        ),
        // (Whatever the determiner: "the", "any".)
        (
            "We give the parent the option to have the child's information deleted.",
            "deletion",
        ),
        (
            "You can have any information you posted deleted by writing to us.",
            "deletion",
        ),
    ]);
    // A removal others ask for is none.
    assert!(
        choice_kinds(
            &ex(),
            "We may remove content that violates our terms at the request of authorities."
        )
        .is_empty()
    );
    // A means offered the user to delete what a pronoun stands for is the
    // right too, over the data the clause before named; the company's own
    // deletion of it is none.
    offers_one_choice(&[
        (
            "If that information is wrong, we strive to give you ways to update it quickly or to delete it.",
            "deletion",
        ),
        ("The app allows you to erase them at any time.", "deletion"),
    ]);
    let ex = ex();
    let last = last_clause_practices(
        &ex,
        "# P\n\nWe keep your messages on our servers. You can delete them at any time.\n",
    );
    assert_eq!(
        last.iter()
            .map(|p| (p.choice.as_ref().map(|c| c.kind.as_str()), p.data.clone()))
            .collect::<Vec<_>>(),
        [(Some("deletion"), vec!["content".to_string()])]
    );
    for text in [
        "We keep your messages. We delete them after 30 days.",
        "We collect your location, and we may remove it from our records.",
    ] {
        assert!(choice_kinds(&ex, text).is_empty(), "{text}");
    }
}

#[test]
fn a_party_granted_a_licence_to_act_acts() {
    // The licence a terms page takes over what users post is the company's
    // use of it, however the licence is described; a party named as its
    // holder acts. Holding a right is no grant, and the user's own rights
    // state nothing.
    for (text, actor, action) in [
        (
            "You grant us a license to use your photos.",
            "first-party",
            "use",
        ),
        (
            "You grant us a nonexclusive, royalty-free, worldwide licence to use your content.",
            "first-party",
            "use",
        ),
        (
            "You give Google the right to share your photos.",
            "google",
            "share",
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.actor.as_str(), p.action.as_str()),
            (actor, action),
            "{text}: {p:#?}"
        );
    }
    states_nothing(&["You have the right to use your data."]);
}

#[test]
fn data_that_remains_in_our_backups_is_kept() {
    // Copies left in backups are kept data, for the period stated; "remain"
    // keeps only where what remains is in the company's systems or backups.
    for (text, days) in [
        (
            "Copies of deleted data may remain in our backups for up to 180 days.",
            Some(180),
        ),
        (
            "Your personal information may remain in our systems for 90 days after you delete your account.",
            Some(90),
        ),
        (
            "Residual copies of your messages may remain in backups for a limited period.",
            None,
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (
                p.action.as_str(),
                p.actor.as_str(),
                p.negated,
                p.retention_days
            ),
            ("retain", "first-party", false, days),
            "{text}: {p:#?}"
        );
    }
    let p = one("Your data will not remain on our servers after you delete your account.");
    assert!(p.action == "retain" && p.negated, "{p:#?}");
    states_nothing(&[
        "You remain in control of your data.",
        "Some settings remain in effect.",
    ]);
}

#[test]
fn kinds_of_data_named_de_identified_keep_their_kinds() {
    // The kinds stay (OPP-115 files "anonymized location data" as
    // location); the practice says they are de-identified.
    for text in [
        "We share aggregated location data with our partners.",
        "We share anonymized usage and device data with advertisers.",
        "We share your location data in aggregated form with researchers.",
        "We may share de-identified health data with research partners.",
        // (Or de-identified data said to be about them.)
        "We share aggregated, de-identified data about your usage with our partners.",
        "We share aggregate information about how you use our site with advertisers.",
    ] {
        let p = one(text);
        assert!(p.deidentified && !p.data.is_empty(), "{text}: {p:#?}");
        assert!(
            !p.data.iter().any(|d| d == "non-personal-information"),
            "{text}: {p:#?}"
        );
    }
    // Not where one kind is named as it is, nor pseudonymized data (which
    // still singles a person out).
    for text in [
        "We share aggregated usage data and your email address with partners.",
        "We share pseudonymized device identifiers with advertisers.",
        "We share location data with our partners.",
        "We share aggregated data and your email address with our partners.",
    ] {
        let p = one(text);
        assert!(!p.deidentified, "{text}: {p:#?}");
    }
}

#[test]
fn a_practice_said_to_go_on_past_a_choice_names_it() {
    for text in [
        "Even if you opt out, we may still use your activity on our apps to show you ads.",
        "We may continue to share your data with our affiliates even after you opt out.",
        "Opting out does not stop us sharing your data with advertising partners.",
    ] {
        let p = one(text);
        assert_eq!(p.despite.as_deref(), Some("opt-out"), "{text}: {p:#?}");
        assert!(p.choice.is_none(), "{text}: {p:#?}");
    }
    // An opt-out offered over the practice is no concession, and a promise
    // goes past nothing.
    each(
        &[
            "You can opt out of our sharing of your data with advertising partners.",
            "Even if you opt out, we will not sell your data.",
        ],
        |ps| ps.iter().all(|p| p.despite.is_none()),
    );
}

#[test]
fn data_kept_past_a_deletion_goes_on_past_it() {
    // The deletion is offered; what the clause after it keeps is kept
    // past it.
    for text in [
        "You can delete your account at any time, but we may retain certain information for legitimate business purposes.",
        "You can ask us to delete your data; however, we may keep some of it for analytics.",
        "You can delete your posts at any time, but copies may remain in our backups for 90 days.",
    ] {
        let p = one(text);
        assert_eq!(p.despite.as_deref(), Some("deletion"), "{text}: {p:#?}");
        assert_eq!(
            p.choice.as_ref().map(|c| c.kind.as_str()),
            Some("deletion"),
            "{text}: {p:#?}"
        );
    }
    // So does a fronted "even after".
    let p = one("Even after you delete your account, we may retain your posts.");
    assert_eq!(p.despite.as_deref(), Some("deletion"), "{p:#?}");
    // A deletion with nothing kept, or kept with no concession, is none.
    each(
        &[
            "You can delete your account at any time, and we will delete all of your personal information.",
            "You can delete your account, and we will retain nothing.",
        ],
        |ps| ps.iter().all(|p| p.despite.is_none()),
    );
}

#[test]
fn part_of_what_a_pronoun_stands_for_is_its_data() {
    let ps = ex().extract_sentences(["We collect your contacts.", "We may keep some of them."]);
    assert!(
        ps[1]
            .iter()
            .any(|p| p.action == "retain" && p.data == ["contacts"]),
        "{ps:#?}"
    );
}

#[test]
fn data_kept_apart_is_kept_and_not_combined() {
    for text in [
        "We keep your information separate from our other services.",
        "Your health data is stored separately from your account information.",
    ] {
        let ps = ex().extract(text);
        assert!(
            ps.iter().any(|p| p.action == "retain" && !p.negated),
            "{text}: {ps:#?}"
        );
        assert!(
            ps.iter().any(|p| p.action == "combine" && p.negated),
            "{text}: {ps:#?}"
        );
    }
    // Kept from a party is no combining; "apart from" is "except".
    each(
        &[
            "We keep your payment details separate from the merchant.",
            "We keep nothing apart from your email address.",
        ],
        |ps| !ps.iter().any(|p| p.action == "combine"),
    );
}

#[test]
fn a_keeping_period_is_no_choice_window_and_keep_doing_keeps_nothing() {
    // How long data is kept beside a consent is not how long the consent
    // may be given.
    let ps = ex().extract(
        "If you allow us to use your chats to improve our models, we retain them for up to 5 years.",
    );
    let retain = ps.iter().find(|p| p.action == "retain").expect("retain");
    assert_eq!(retain.retention_days, Some(5 * 365), "{ps:#?}");
    assert!(
        ps.iter()
            .all(|p| p.choice.as_ref().is_none_or(|c| c.window_days.is_none())),
        "{ps:#?}"
    );
    // (The user's act timed still is a window.)
    let p = one("You can opt out within 30 days of accepting these terms.");
    assert_eq!(p.choice.and_then(|c| c.window_days), Some(30));
    // "Keep sharing" goes on sharing; it keeps nothing.
    let ps = ex().extract("Unless you opt out within 30 days, we will keep sharing your data.");
    assert!(ps.iter().all(|p| p.action != "retain"), "{ps:#?}");
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
}

#[test]
fn a_recipient_improving_or_training_its_own_products_serves_its_own_purposes() {
    let ps = ex().extract(
        "We share your data with service providers, who may also use it to improve their own products.",
    );
    let used = ps.iter().find(|p| p.action == "use").expect("{ps:#?}");
    assert_eq!(used.actor, "service-providers", "{ps:#?}");
    assert!(
        used.purposes.iter().any(|x| x == "recipients-own-purposes"),
        "{ps:#?}"
    );
    let p = one("Our partners may use your content to train their own AI models.");
    for purpose in ["recipients-own-purposes", "ai-training"] {
        assert!(p.purposes.iter().any(|x| x == purpose), "{purpose}: {p:#?}");
    }
    // Their marketing, as the object of a disclosure's purpose.
    let p = one(
        "You may opt out of our sharing of your email address with partners for their marketing.",
    );
    assert_eq!(p.purposes, ["recipients-own-purposes"], "{p:#?}");
    // A relative clause's bar past an adverb binds the party it describes.
    let ps = ex().extract(
        "We share your data with service providers who are contractually prohibited from using it for any other purpose.",
    );
    let barred = ps.iter().find(|p| p.action == "use").expect("{ps:#?}");
    assert!(
        barred.negated && barred.actor == "service-providers",
        "{ps:#?}"
    );
}

#[test]
fn a_disclosure_for_money_is_a_sale_but_not_in_a_definition() {
    for text in [
        "We may disclose your personal information to data brokers for monetary or other valuable consideration.",
        "We may share your email address with partners in exchange for payment.",
        // Paid for, said before or after the disclosure; the payment is no
        // data received.
        "We may receive compensation when we share your information with partners.",
        "We share your email address with partners, who pay us for it.",
    ] {
        let p = one(text);
        assert_eq!(p.action, "sell", "{text}: {p:#?}");
    }
    each(
        &[
            "Under the CCPA, a sale is defined as disclosing personal information to a third party for monetary or other valuable consideration.",
            "We share your data with our bank for payment processing.",
            "We share your data with partners, but they do not pay us for it.",
            "We do not receive payment for sharing your data.",
        ],
        |ps| ps.iter().all(|p| p.action != "sell"),
    );
}

#[test]
fn a_purpose_listed_beside_the_act_a_choice_is_over_is_a_choice_of_its_own() {
    let ps = ex().extract(
        "You can opt out of the sale of your personal information and targeted advertising by clicking Do Not Sell or Share My Personal Information.",
    );
    let sale = ps.iter().find(|p| p.action == "sell").expect("{ps:#?}");
    assert!(sale.purposes.is_empty() && sale.choice.is_some(), "{ps:#?}");
    let ads = ps
        .iter()
        .find(|p| p.action == "use" && p.purposes == ["advertising"])
        .expect("{ps:#?}");
    assert_eq!(
        ads.choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-out"),
        "{ps:#?}"
    );
    // The act's own purpose stays its purpose.
    let p =
        one("You can opt out of the sale of your personal information for targeted advertising.");
    assert_eq!(p.purposes, ["advertising"], "{p:#?}");
}

#[test]
fn camera_footage_is_content_and_an_emergency_is_a_condition() {
    let p = one("Ring may share doorbell footage with police in emergencies without a warrant.");
    assert_eq!(p.data, ["content"], "{p:#?}");
    assert!(
        p.condition
            .as_ref()
            .is_some_and(|c| c.kind == "condition" && c.text.starts_with("in emergencies")),
        "{p:#?}"
    );
}

#[test]
fn licensing_data_to_a_party_is_selling_it_but_a_licence_is_a_noun() {
    each(
        &[
            "We never license your data to advertisers.",
            "Your data may be licensed to research partners.",
            "We may license user content to third parties for use in training large language models.",
            // (The verb before data its modifiers open: see
            // `read_licensing_verbs`.)
            "We license aggregated location data to retailers.",
            "We do not sell, rent or license your email address.",
        ],
        |ps| ps.iter().any(|p| p.action == "sell"),
    );
    let p = one("We license aggregated location data to retailers.");
    assert!(p.deidentified && p.data == ["location"], "{p:#?}");
    // Inbound licences and the noun state no sale.
    each(
        &[
            "We license content from third parties.",
            "Our license agreement governs your use of the data.",
            "Some features use data licensed from third parties such as map providers.",
            "We may collect your driver license number and date of birth.",
            "MediaNews may contact you regarding license agreements and other matters.",
        ],
        |ps| ps.iter().all(|p| p.action != "sell"),
    );
}

#[test]
fn a_recipient_training_its_models_trains_ai() {
    let p = one(
        "We may share public content with selected AI companies, such as Midjourney and OpenAI, to train their models.",
    );
    // (Their models are theirs: the recipients' own purposes too.)
    assert_eq!(
        p.purposes,
        ["recipients-own-purposes", "ai-training"],
        "{p:#?}"
    );
    let p = one(
        "We use information you share on our products, including public posts and photos, to develop and improve AI at Meta.",
    );
    assert_eq!(p.purposes, ["ai-training"], "{p:#?}");
}

#[test]
fn a_sentence_carving_a_case_out_of_a_choice_states_what_goes_on_past_it() {
    // What the carving clause goes on past, among a document's clauses.
    let past = |doc: &str| -> Vec<Practice> {
        ex().extract_all(clauses_of(doc))
            .iter()
            .flat_map(|c| c.practices.iter().filter(|p| p.despite.is_some()).cloned())
            .collect()
    };
    let ps = past(
        "# Choices\n\nYou can opt out of the sale of your personal information. This does not apply to data we disclose to our affiliates for advertising.\n",
    );
    let [p] = &ps[..] else { panic!("{ps:#?}") };
    assert_eq!(p.despite.as_deref(), Some("opt-out"), "{p:#?}");
    assert_eq!(p.action, "share", "{p:#?}");
    assert_eq!(p.recipients, ["affiliates"], "{p:#?}");
    assert!(p.choice.is_none(), "{p:#?}");
    // The parties a setting leaves alone get the data; the company's own
    // name is none of them.
    let ps = past(
        "# Facebook Privacy Policy\n\nFacebook collects your name. You can find your public search setting on the settings page. This setting does not apply to search engines that access your information as an application using Facebook Platform.\n",
    );
    let [p] = &ps[..] else { panic!("{ps:#?}") };
    assert_eq!(
        (p.action.as_str(), p.despite.as_deref()),
        ("share", Some("settings")),
        "{p:#?}"
    );
    assert_eq!(p.recipients, ["public"], "{p:#?}");
    // A carving after a promise is its exception, and the policy's own
    // scope points at nothing.
    for doc in [
        "# Sharing\n\nWe will never sell your data. This does not apply to data shared with our advertising partners.\n",
        "# Email\n\nYou can opt out of marketing emails. This policy does not apply to third-party websites.\n",
    ] {
        let ps = past(doc);
        assert!(ps.is_empty(), "{doc}: {ps:#?}");
    }
}

#[test]
fn consent_named_as_what_an_act_goes_without_is_no_choice() {
    let p = one(
        "We may share doorbell footage with police in emergencies without a warrant or your consent.",
    );
    assert!(p.choice.is_none(), "{p:#?}");
    assert!(
        p.condition
            .as_ref()
            .is_some_and(|c| c.text.contains("without a warrant")),
        "{p:#?}"
    );
    // Asked for, it is one, and a warrant required is a condition.
    let p = one("We may share doorbell footage with police only with a warrant or your consent.");
    assert_eq!(
        p.choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-in"),
        "{p:#?}"
    );
    assert!(
        p.condition
            .as_ref()
            .is_some_and(|c| c.text.starts_with("only with a warrant")),
        "{p:#?}"
    );
}

#[test]
fn acts_set_against_each_other_keep_their_own_purposes() {
    let ps = ex().extract(
        "We do not sell your personal information, but we may share it with advertising partners for cross-context behavioral advertising.",
    );
    let sale = ps.iter().find(|p| p.action == "sell").expect("{ps:#?}");
    assert!(sale.negated && sale.purposes.is_empty(), "{ps:#?}");
    let share = ps.iter().find(|p| p.action == "share").expect("{ps:#?}");
    assert_eq!(share.purposes, ["advertising"], "{ps:#?}");
    let ps =
        ex().extract("We do not use your data for advertising, but we may share it with partners.");
    let share = ps.iter().find(|p| p.action == "share").expect("{ps:#?}");
    assert!(share.purposes.is_empty(), "{ps:#?}");
    let denied = ps.iter().find(|p| p.negated).expect("{ps:#?}");
    assert_eq!(denied.purposes, ["advertising"], "{ps:#?}");
}

#[test]
fn what_a_policy_says_it_applies_to_is_its_scope() {
    states_nothing(&[
        "This policy does not apply to any third party web sites or to companies not controlled by MediaNews and applies only to information collected by MediaNews on its Web sites and not to information disclosed, obtained or used by MediaNews through other means.",
        "This Privacy Policy applies only to the information we collect through the websites whereby data is transmitted to us.",
        "This privacy statement applies solely to information collected by this Web site.",
    ]);
    // A clause of the company's own after it states its practice.
    each(
        &[
            "This policy applies to information we collect, and we share it with advertisers.",
            "This Privacy Policy does not apply to websites maintained by other companies and the Company cannot guarantee the security of any personal information disclosed to those third parties.",
        ],
        |ps| ps.iter().any(|p| p.action == "share" && !p.negated),
    );
}

#[test]
fn what_the_reader_browses_is_usage_data_but_not_their_browsing_experience() {
    for text in [
        "We allow advertising partners to collect information about your browsing on our site.",
        "Ad networks may track your browsing across websites.",
    ] {
        let p = one(text);
        assert_eq!(p.data, ["usage"], "{text}: {p:#?}");
    }
    let p = one("We use cookies to improve your browsing experience.");
    assert!(!p.data.contains(&"usage".to_string()), "{p:#?}");
}

#[test]
fn hiv_status_and_medical_conditions_are_health_information() {
    each(
        &[
            "We may share your HIV status and last tested date with our service providers.",
            "We collect information about your medical conditions and medications.",
            "We do not share your mental health data with advertisers.",
        ],
        |ps| ps.iter().any(|p| p.data.contains(&"health".to_string())),
    );
}

#[test]
fn purposes_named_by_gerunds_are_purposes_too() {
    let p = one("We use your data for providing the service and for advertising.");
    assert_eq!(p.purposes, ["basic-service", "advertising"], "{p:#?}");
    let p = one("We use your data for measuring our campaigns and personalizing your experience.");
    assert_eq!(p.purposes, ["analytics", "personalization"], "{p:#?}");
}

#[test]
fn a_vendor_named_by_its_service_serves_that_purpose() {
    let p = one("We share your device fingerprint with fraud prevention services.");
    assert_eq!(
        (&p.recipients[..], &p.purposes[..]),
        (
            &["service-providers".to_string()][..],
            &["security".to_string()][..]
        ),
        "{p:#?}"
    );
    // (An item may open on an infinitive whose verb spells a data word.)
    let out = ex().extract_all(clauses_of(
        "We may share your account information:\n\n- to address fraud, security or technical issues;\n- to comply with the law.\n",
    ));
    let item = &out[1];
    assert!(
        !item.practices.is_empty()
            && item
                .practices
                .iter()
                .all(|p| p.data == ["account-information"]),
        "{item:#?}"
    );
}

#[test]
fn training_a_model_on_data_uses_it_training_staff_does_not() {
    for (text, negated, data) in [
        (
            "We do not train our foundation models on customer content.",
            true,
            "content",
        ),
        (
            "We train our models on your data.",
            false,
            "personal-information",
        ),
        (
            "We do not train AI models on your private messages.",
            true,
            "content",
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.negated, &p.data[..], &p.purposes[..]),
            (
                "use",
                negated,
                &[data.to_string()][..],
                &["ai-training".to_string()][..]
            ),
            "{text}"
        );
    }
    states_nothing(&["We train our staff to protect your data."]);
}

#[test]
fn info_of_the_user_is_their_information_a_mailbox_named_info_is_not() {
    let p = one("We won't sell your info unless required by law.");
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    let p = one("Email us at info@example.com to opt out of marketing.");
    assert!(p.data.is_empty(), "{p:#?}");
}

#[test]
fn a_devices_fingerprint_identifies_the_device_a_persons_is_biometric() {
    for (text, data) in [
        (
            "We share your device fingerprint with fraud prevention services.",
            "device-identifiers",
        ),
        (
            "We may use browser fingerprinting to recognise your device.",
            "device-identifiers",
        ),
        (
            "We collect your fingerprint to unlock the app.",
            "biometrics",
        ),
    ] {
        let ps = ex().extract(text);
        assert!(
            !ps.is_empty() && ps.iter().all(|p| p.data == [data]),
            "{text}: {ps:#?}"
        );
    }
}

#[test]
fn what_a_viewer_watches_is_usage_data() {
    for text in [
        "Our smart TVs collect viewing data about the programs and ads you watch.",
        "We do not collect information about what you watch.",
        // (The content a reader views is their activity, not their content.)
        "We collect the pages or content you view.",
        "We may share information about the content you have viewed with third parties.",
        "Your browser may send information about the videos you watch to our partners.",
    ] {
        let p = one(text);
        assert_eq!(p.data, ["usage"], "{text}: {p:#?}");
    }
    // (What the user posts is.)
    assert_eq!(
        one("We collect the photos you upload and other content you post.").data,
        ["content"]
    );
}

#[test]
fn content_the_service_serves_is_no_data_of_the_readers() {
    each(
        &[
            "We use beacons to provide content and ads that are more relevant to you.",
            "We collect information when you view and interact with our ads and content.",
            "We may use your information to customize the advertising and content you see.",
            "We track use of the content we provide.",
        ],
        |ps| ps.iter().all(|p| !p.data.iter().any(|d| d == "content")),
    );
    // The reader's content, or content given to a party, is.
    each(
        &[
            "We may display your content to other users.",
            "We collect the photos, videos, or other content you submit.",
            "We collect the content and other information you provide when you use our Services.",
            "We provide information and content to vendors and service providers.",
        ],
        |ps| ps.iter().any(|p| p.data.iter().any(|d| d == "content")),
    );
}

#[test]
fn national_security_requests_are_legal_not_security() {
    let p = one(
        "We may provide your information to government agencies in response to national security requests.",
    );
    assert_eq!(p.purposes, ["legal"], "{p:#?}");
}

#[test]
fn the_companys_own_address_is_no_data_of_the_users() {
    let p = one(
        "You can opt out of the sale of your data by sending a written request by mail to our postal address.",
    );
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    let p = one("You can opt out by writing to our postal address.");
    assert!(p.data.is_empty(), "{p:#?}");
}

#[test]
fn machine_learning_is_ai_training_and_screen_sharing_is_a_feature() {
    let ps = ex().extract(
        "Zoom does not use any of your audio, video, chat, screen sharing, attachments or other communications-like Customer Content to train Zoom or third-party AI models.",
    );
    assert!(ps.iter().all(|p| p.negated), "{ps:#?}");
    let p = one(
        "Zoom may use your Customer Content, including audio, video and chat, for machine learning and artificial intelligence, including training and tuning of algorithms and models.",
    );
    assert_eq!(p.purposes, ["ai-training"], "{p:#?}");
}

#[test]
fn a_place_in_the_settings_names_a_menu_not_an_act() {
    // X's 2024 wording: the opt-out's place holds "Data Sharing"; the
    // sentence shares nothing, it uses posts to train a model.
    let e = ex();
    let ps = e.extract(
        "Your posts and interactions with Grok may be used to train and fine-tune Grok; you can opt out in Settings under Privacy and Data Sharing.",
    );
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0].action, "use");
    assert_eq!(ps[0].purposes, ["ai-training"]);
    assert_eq!(
        ps[0].choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-out")
    );
    let ps = e.extract("You can opt out under Settings > Privacy > Data Sharing.");
    assert!(ps.iter().all(|p| p.action == "use"), "{ps:#?}");
    // Past the path the sentence goes on; a choice over sharing named
    // outside a path is one.
    for s in [
        "Go to Settings > Sharing to turn off sharing with partners.",
        "You can opt out of data sharing in your settings.",
    ] {
        let ps = e.extract(s);
        assert!(ps.iter().any(|p| p.action == "share"), "{s}\n{ps:#?}");
    }
}

#[test]
fn data_called_non_public_reaches_no_public() {
    // Twitter's 2020 wording: "non-public" says what the data is, not
    // that the public gets it.
    let p = one("We share non-public personal data with our business partners.");
    assert_eq!(p.recipients, ["partners"], "{p:#?}");
    let p = one("Your posts may be publicly visible.");
    assert_eq!(p.recipients, ["public"], "{p:#?}");
}

#[test]
fn data_reviewed_or_listened_to_by_a_party_reaches_it() {
    // The 2019 voice-assistant kind of change: recordings heard by
    // contractors are disclosed to them, for what the hearing serves.
    let p = one(
        "A small sample of recordings may be reviewed by our contractors to improve speech recognition.",
    );
    assert_eq!(
        (p.action.as_str(), &p.recipients[..], &p.purposes[..]),
        (
            "share",
            &["service-providers".to_string()][..],
            &["ai-training".to_string()][..]
        ),
        "{p:#?}"
    );
    let p = one("Your voice recordings may be heard by our vendors.");
    assert_eq!(p.recipients, ["service-providers"], "{p:#?}");
    // Reviewed by no party, nothing reaches anyone.
    states_nothing(&["Your application will be reviewed promptly."]);
}

#[test]
fn data_made_public_with_its_object_between_reaches_the_public() {
    for (s, data) in [
        (
            "We may make your profile information public.",
            "account-information",
        ),
        (
            "We make certain information about you public, such as your username.",
            "account-information",
        ),
        (
            "We may make your name and photo public on our website.",
            "content",
        ),
    ] {
        let p = one(s);
        assert!(
            p.action == "share" && p.recipients == ["public"] && p.data.iter().any(|d| d == data),
            "{s}\n{p:#?}"
        );
    }
    let p = one("We never make your email address public.");
    assert!(p.negated && p.recipients == ["public"], "{p:#?}");
    // The public named as someone else's audience is none of the data's.
    states_nothing(&["This makes it easier for the public to find our help pages."]);
}

#[test]
fn a_denied_tailoring_denies_using_what_it_would_be_based_on() {
    // Whatever the verb of tailoring, known to the vocabulary or not.
    for s in [
        "We do not target ads based on your health.",
        "We never target ads to you based on your health information.",
        "We will never personalize the content you see based on your health data.",
    ] {
        let p = one(s);
        assert!(p.negated && p.data == ["health"], "{s}\n{p:#?}");
    }
    // Another clause between them is no tailoring of the denied act's.
    let ps = ex().extract("We do not sell your data, but we show ads based on your activity.");
    assert!(
        ps.iter()
            .any(|p| p.action == "use" && !p.negated && p.data == ["usage"]),
        "{ps:#?}"
    );
}

#[test]
fn what_assistants_cameras_and_session_replay_record_is_data() {
    for (s, data) in [
        ("Your voice requests are sent to Amazon.", "content"),
        (
            "We collect cabin camera images from your vehicle.",
            "content",
        ),
        (
            "We use session replay tools that record your mouse movements and keystrokes.",
            "usage",
        ),
    ] {
        let ps = ex().extract(s);
        assert!(
            ps.iter().any(|p| p.data.iter().any(|d| d == data)),
            "{s}\n{ps:#?}"
        );
    }
}

#[test]
fn logging_the_users_data_collects_it_and_logging_in_is_the_users_act() {
    let p = one("We do not log your IP address.");
    assert!(
        p.negated && p.action == "collect" && p.data == ["ip-address"],
        "{p:#?}"
    );
    let p = one("We may temporarily log your IP address to prevent abuse.");
    assert!(!p.negated && p.action == "collect", "{p:#?}");
    states_nothing(&["Once logged in, you can edit your settings."]);
}

#[test]
fn purposes_said_in_other_words_are_the_same_purposes() {
    // Rewordings a diff should read as no change of purpose.
    for (s, purpose) in [
        (
            "We may share your data when the law requires us to.",
            "legal",
        ),
        (
            "We may disclose your information if required by law.",
            "legal",
        ),
        (
            "We share your data with vendors that help us run our services.",
            "basic-service",
        ),
        (
            "We share your data with vendors that help us operate our services.",
            "basic-service",
        ),
    ] {
        let ps = ex().extract(s);
        assert!(
            ps.iter().any(|p| p.purposes.iter().any(|u| u == purpose)),
            "{s}\n{ps:#?}"
        );
    }
}

#[test]
fn every_hedge_after_an_act_opens_on_a_word_it_is_looked_for_at() {
    use super::words::{HEDGE_OPENERS, PROMISE_HEDGES_AFTER};
    for l in PROMISE_HEDGES_AFTER {
        let first = l.split(' ').next().unwrap_or_default();
        assert!(HEDGE_OPENERS.contains(&first), "{l}");
    }
}

#[test]
fn goods_and_businesses_bought_are_no_data_collected() {
    states_nothing(&[
        "We may buy or sell business assets.",
        "Check out the best buys of the week.",
        "Products you viewed or bought on partner sites are shown here.",
    ]);
    // (Nor is what the company "may not have" collected a promise.)
    let p = one(
        "Depending on your level of interaction with us, we may not have collected your personal information from all of the categories.",
    );
    assert!(!p.negated, "{p:#?}");
}

#[test]
fn every_company_clause_opening_begins_where_it_is_looked_for() {
    use super::words::COMPANY_CLAUSES;
    for c in COMPANY_CLAUSES {
        assert!(c.starts_with(", ") || c.starts_with(". "), "{c}");
    }
}

#[test]
fn people_told_what_not_to_do_are_promised_nothing() {
    let e = ex();
    for s in [
        "Children under 13 should not use our services or send us personal information.",
        "You must not provide us with personal information about others without their consent.",
    ] {
        assert!(e.extract(s).is_empty(), "{s}\n{:#?}", e.extract(s));
    }
    // The company or a party it binds so told promises.
    for s in [
        "We should not share your data without your consent.",
        "Service providers must not use your data for their own purposes.",
    ] {
        let p = one(s);
        assert!(p.negated, "{s}\n{p:#?}");
    }
}

#[test]
fn this_information_stands_for_the_data_named_before_it() {
    let e = ex();
    // In the sentence before …
    let ps = e.extract_sentences([
        "We collect your email address and phone number.",
        "We may share this information with advertisers.",
    ]);
    let p = &ps[1][0];
    assert_eq!(p.action, "share", "{:#?}", ps[1]);
    assert_eq!(p.data, vec!["email-address", "phone-number"]);
    // … or earlier in its own.
    let ps = e.extract(
        "If you give us your phone number, we may share that information with advertisers.",
    );
    let share = ps.iter().find(|p| p.action == "share").expect("a share");
    assert_eq!(share.data, vec!["phone-number"], "{ps:#?}");
    // The nearest data named is the antecedent: personal information,
    // even where no practice reads it, stays generic.
    let ps = e.extract_sentences([
        "We collect your IP address.",
        "We may associate it with your personal information and disclose that information to our partners.",
    ]);
    let share = ps[1].iter().find(|p| p.action == "share").expect("a share");
    assert_eq!(
        share.data,
        vec![crate::taxonomy::GENERIC_DATA],
        "{:#?}",
        ps[1]
    );
    // A denial names data not handled.
    let ps = e.extract_sentences([
        "We do not collect your email address.",
        "We may share this information with advertisers.",
    ]);
    assert_eq!(
        ps[1][0].data,
        vec![crate::taxonomy::GENERIC_DATA],
        "{:#?}",
        ps[1]
    );
    // "Such information" is information of a kind, often the kind a
    // lead-in named, and is left as written.
    let ps = e.extract_sentences([
        "We require opt-in consent for the sharing of any sensitive personal information.",
        "We provide such information to our affiliates for processing on our behalf.",
    ]);
    assert_eq!(
        ps[1][0].data,
        vec![crate::taxonomy::GENERIC_DATA],
        "{:#?}",
        ps[1]
    );
}

#[test]
fn a_denial_joined_by_and_to_an_act_is_a_promise_with_its_own_purposes() {
    for text in [
        "We use your email address to send the newsletter and will not use it for advertising.",
        "We use your email address to send the newsletter and never use it for advertising.",
        "We use your email address to send the newsletter, but we will not use it for advertising.",
    ] {
        let got: Vec<_> = ex()
            .extract(text)
            .into_iter()
            .map(|p| (p.action, p.negated, p.purposes))
            .collect();
        assert_eq!(
            got,
            [
                ("use".to_string(), false, vec!["marketing".to_string()]),
                ("use".to_string(), true, vec!["advertising".to_string()]),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_denial_for_other_purposes_is_a_purpose_limitation() {
    for text in [
        "Your email address will not be used for any other purpose.",
        "We will not use your email address for any purpose other than sending the newsletter.",
        "Service providers are prohibited from using your data for purposes other than providing services to us.",
    ] {
        let ps = ex().extract(text);
        let p = ps.iter().find(|p| p.negated).expect("a promise");
        assert_eq!(p.purposes, ["other-purposes"], "{text}: {ps:#?}");
    }
    // An exception of another kind limits no purpose.
    let p = one("We will not share your email address other than with our service providers.");
    assert!(p.purposes.is_empty(), "{p:#?}");
}

#[test]
fn an_instruction_to_use_one_thing_and_not_another_promises_nothing() {
    let ps = ex().extract("If you do not want an organization to control your account, use a personal email address and do not use an organizational email address when you sign up.");
    assert!(ps.iter().all(|p| !p.negated), "{ps:#?}");
}

#[test]
fn other_purposes_described_elsewhere_name_none() {
    let p = one(
        "We use this information to provide our services and for other purposes as described below.",
    );
    assert_eq!(p.purposes, ["basic-service"], "{p:#?}");
    let p = one("We may also use your information for other purposes.");
    assert_eq!(p.purposes, ["other-purposes"], "{p:#?}");
}

#[test]
fn an_if_that_a_verb_finds_out_is_no_condition() {
    let p = one(
        "Our pixel determines if a UUID is present on the landing page (the pixel does not collect personal information).",
    );
    assert!(p.negated && p.condition.is_none(), "{p:#?}");
    // Nor does it take the denial after it into a condition.
    let p = one(
        "We check if you are logged in and we do not share your email address with advertisers.",
    );
    assert!(p.negated && p.action == "share", "{p:#?}");
    // A condition stays one.
    let p = one("If you are logged in, we may share your email address with advertisers.");
    assert!(p.condition.is_some(), "{p:#?}");
}

#[test]
fn a_disclosure_the_policy_calls_a_sale_is_one() {
    for text in [
        "We share your personal information with advertising partners, which may be considered a sale under California law.",
        "We share device identifiers with advertising partners; this may constitute a \"sale\" under the CCPA.",
    ] {
        let p = one(text);
        assert_eq!(p.action, "sell", "{text}: {p:#?}");
    }
    let p = one(
        "We share your personal information with advertising partners, which is not considered a sale.",
    );
    assert_eq!(p.action, "share", "{p:#?}");
}

#[test]
fn publishing_the_companys_own_research_discloses_no_data() {
    let ps = ex().extract("We may use outside vendors to serve photos and videos, conduct and publish research, or provide search results.");
    assert!(
        ps.iter()
            .all(|p| !p.recipients.contains(&"public".to_string())),
        "{ps:#?}"
    );
    let p = one("We may publish your reviews on our website.");
    assert_eq!(p.recipients, ["public"], "{p:#?}");
}

#[test]
fn companies_described_by_the_help_they_give_are_service_providers() {
    for text in [
        "We may share your information with companies that help us provide the service.",
        "We may share your information with third parties who perform services on our behalf.",
        "We share your IP address with fraud prevention services.",
    ] {
        let p = one(text);
        assert_eq!(p.recipients, ["service-providers"], "{text}: {p:#?}");
    }
    let p = one("We share your ID documents with identity verification providers.");
    assert_eq!(
        (p.data.as_slice(), p.recipients.as_slice()),
        (
            ["government-identifier".to_string()].as_slice(),
            ["service-providers".to_string()].as_slice()
        ),
        "{p:#?}"
    );
}

#[test]
fn members_of_a_group_of_companies_are_no_users() {
    let p =
        one("We may share your information with other members of the Meta family of companies.");
    assert!(!p.recipients.contains(&"other-users".to_string()), "{p:#?}");
    assert!(p.recipients.contains(&"affiliates".to_string()), "{p:#?}");
    let p = one("Other members can see your posts.");
    assert_eq!(p.recipients, ["other-users"], "{p:#?}");
}

#[test]
fn understanding_how_people_use_the_service_is_analytics() {
    for text in [
        "We use cookies to understand how visitors use our site.",
        "We use cookies to better understand your interests.",
        "We use this data to understand our audience.",
    ] {
        let p = one(text);
        assert_eq!(p.purposes, ["analytics"], "{text}: {p:#?}");
    }
    // The data the study names is still named.
    let p = one("We use Google Analytics to understand how you use our site.");
    assert_eq!(
        (
            p.data.as_slice(),
            p.recipients.as_slice(),
            p.purposes.as_slice()
        ),
        (
            &["usage".to_string()][..],
            &["google".to_string()][..],
            &["analytics".to_string()][..]
        ),
        "{p:#?}"
    );
    // Not the reader's understanding, nor the grasp of a request.
    let p = one("Please make sure you understand this policy before you share your data with us.");
    assert!(p.purposes.is_empty(), "{p:#?}");
    let p = one("We collect your email address to understand and respond to your request.");
    assert!(p.purposes.is_empty(), "{p:#?}");
}

#[test]
fn processing_a_request_is_no_processing_of_data() {
    states_nothing(&[
        "We cannot process your request.",
        "We will process such requests within 30 days.",
        "We can't process your trip reservation if we don't collect your name and contact details.",
    ]);
    // The noun of a service is no such verb: the payment processing is
    // what the third parties are given data for.
    let ps = ex().extract("We may forward your information to third parties for services such as payment processing and order fulfillment.");
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.recipients == ["third-parties"]),
        "{ps:#?}"
    );
    // Data named after the request is data: "request data".
    let p = one("We may process your request data to improve our service.");
    assert_eq!(p.action, "use", "{p:#?}");
}

#[test]
fn a_promise_about_personal_information_given_with_examples_covers_all_of_it() {
    let p = one(
        "We do not sell or rent your personally identifiable information, such as your phone number, to other companies.",
    );
    assert!(p.negated && p.data == ["personal-information"], "{p:#?}");
    // An act's examples name what is handled.
    let p = one("We share personal information, such as your email address, with advertisers.");
    assert_eq!(p.data, ["email-address"], "{p:#?}");
    // A kind of personal information the examples define is that kind.
    let p = one("We do not process traditional personal data such as your name or email address.");
    assert!(
        p.negated && !p.data.contains(&"personal-information".to_string()),
        "{p:#?}"
    );
}

#[test]
fn a_denied_use_of_a_thing_that_is_no_data_promises_nothing() {
    states_nothing(&[
        "We don't use WhatsApp or similar third-party services to request booking confirmations.",
    ]);
    // A denial with nothing named still promises; so does one about the
    // user's own thing, or a thing pronoun.
    each(
        &[
            "We will never sell.",
            "We don't use your recovery keys for any purpose.",
        ],
        |ps| ps.iter().any(|p| p.negated),
    );
    let ps = ex().extract_sentences(["We collect your phone number.", "We do not use it."]);
    assert!(ps[1].iter().any(|p| p.negated), "{:#?}", ps[1]);
}

#[test]
fn a_means_after_a_question_on_what_users_do_is_the_main_subjects() {
    // The visitors use the site; Google collects.
    let p = one(
        "Google Analytics helps us understand how visitors use our site by collecting information about their visits.",
    );
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("collect", "google"),
        "{p:#?}"
    );
    let p = one("We see how you use the app by collecting your usage data.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("collect", "first-party"),
        "{p:#?}"
    );
    // So is a verb joined by "and" whose form cannot agree with the
    // question's subject.
    let p =
        one("Google Analytics measures how visitors use the site and collects your IP address.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("collect", "google"),
        "{p:#?}"
    );
    // The company's own question keeps its means: a topic, no practice.
    states_nothing(&["This policy explains how we protect your data by encrypting it."]);
}

#[test]
fn what_users_are_not_allowed_to_do_is_no_promise_of_the_companys() {
    // The permission stands between the user and the verb: the user's act,
    // forbidden, not the company's promise not to share with the public.
    states_nothing(&[
        "Children under 13 are not allowed to provide any personal information in our public discussion areas.",
        "Users are not allowed to provide personal information to the public.",
        "No one under age 13 is allowed to register for the Service or provide any personally identifiable information or use our public discussion areas.",
    ]);
    // A party's permission denied stays the party's promise.
    let p = one("Third parties are not allowed to sell your data.");
    assert!(p.negated && p.actor == "third-parties", "{p:#?}");
    let p = one("We are not permitted to sell your data.");
    assert!(p.negated && p.actor == "first-party", "{p:#?}");
}

#[test]
fn maintaining_a_site_keeps_no_data() {
    states_nothing(&[
        "Some pages of Acme.com which are maintained by third parties.",
        "Our websites are maintained by Acme Hosting.",
        "We operate and maintain several websites.",
    ]);
    // Data maintained is kept.
    let p = one("Your information is maintained by our service providers.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("retain", "service-providers"),
        "{p:#?}"
    );
}

#[test]
fn measures_taken_are_no_measurement() {
    let ps = ex().extract(
        "We take additional measures to protect your account and collect your phone number.",
    );
    assert!(ps.iter().all(|p| p.purposes.is_empty()), "{ps:#?}");
    // The verb has what it measures after it.
    let p = one("We share usage data with a partner who measures the performance of our ads.");
    assert!(p.purposes.contains(&"analytics".to_string()), "{p:#?}");
}

#[test]
fn parties_joined_before_the_readers_account_are_the_readers_own() {
    // "your Facebook or Twitter account": neither company acts.
    let p = one(
        "If you have granted us access to your Facebook or Twitter account by linking, you can disconnect the link in settings.",
    );
    assert_eq!(p.actor, "first-party", "{p:#?}");
    // Parties apart from the reader's account still receive.
    let p = one("We may share your Google Account information with Facebook or Twitter.");
    assert_eq!(p.recipients, ["facebook", "twitter"], "{p:#?}");
}

#[test]
fn a_party_in_the_possessive_before_data_owns_it_and_receives_nothing() {
    // The friends' addresses go to advertisers, not to the friends.
    let p = one("We share your friends' email addresses with advertisers.");
    assert_eq!(p.recipients, ["advertisers"], "{p:#?}");
    let p = one("We share your friend\u{2019}s email address with advertisers.");
    assert_eq!(p.recipients, ["advertisers"], "{p:#?}");
    // A party's possessive before another party keeps both.
    let p = one("We share your data with Google's advertising partners.");
    assert_eq!(p.recipients, ["google", "advertisers"], "{p:#?}");
    // The owner is still what a later "they" stands for.
    let ps = ex().extract(
        "You may share other members' profiles, and they may share yours with advertisers.",
    );
    assert!(
        ps.iter()
            .any(|p| p.actor == "other-users" && p.recipients == ["advertisers"]),
        "{ps:#?}"
    );
}

#[test]
fn data_that_helps_the_company_act_is_used_for_it() {
    let p = one("Your feedback helps us improve our products.");
    assert_eq!(
        (p.action.as_str(), &p.data[..]),
        ("use", &["survey".to_string()][..]),
        "{p:#?}"
    );
    let p = one("Information about your purchases helps us show you more relevant ads.");
    assert_eq!(
        (&p.data[..], &p.purposes[..]),
        (
            &["purchases".to_string()][..],
            &["advertising".to_string()][..]
        ),
        "{p:#?}"
    );
    let p = one("Location data allows us to show you nearby stores.");
    assert_eq!(p.data, ["location"], "{p:#?}");
    // Past a relative clause on the data whose subject is the company or
    // the reader; a source named there does not act.
    let p = one("The information we learn from customers helps us personalize your experience.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str()),
        ("use", "first-party"),
        "{p:#?}"
    );
    let ps = ex().extract("The data we receive from partners helps us show you relevant ads.");
    assert!(
        ps.iter()
            .any(|p| p.action == "use" && p.actor == "first-party")
            && ps.iter().all(|p| p.actor == "first-party"),
        "{ps:#?}"
    );
    // (A data word right after it is its verb.)
    let p = one("This information helps us address customer support issues.");
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    // A party that helps is no data; nor is a tool the vocabulary does not
    // know as data, nor a plea.
    each(
        &[
            "Service providers help us operate our site.",
            "These tools help us measure traffic.",
            "Please help us keep our site safe.",
        ],
        |ps| ps.is_empty(),
    );
}

#[test]
fn a_sponsor_is_a_business_partner() {
    let p = one("No personal information about you is shared with the sponsor.");
    assert!(p.negated && p.recipients == ["partners"], "{p:#?}");
}

#[test]
fn a_companys_products_filed_under_it_are_the_company_in_its_own_policy() {
    let ex = ex();
    // In Google's policy, YouTube and Google Analytics are Google.
    let doc = "# Google Privacy Policy\n\nGoogle collects your name. Google keeps logs. \
               Google may share your email address with advertisers.\n\n\
               YouTube collects your viewing history.\n";
    let out = ex.extract_all(clauses_of(doc));
    let p = &out.last().unwrap().practices[0];
    assert_eq!(p.actor, "first-party", "{out:#?}");
    // In Instagram's policy, Facebook (whose entry files Instagram under
    // it) stays a recipient; a family named after the owner is a recipient
    // too, its affiliates (not the owner itself).
    let doc = "# Instagram Privacy Policy\n\nInstagram collects your name. Instagram keeps logs. \
               Instagram may share your email address with Facebook.\n";
    let out = ex.extract_all(clauses_of(doc));
    let p = &out.last().unwrap().practices[0];
    assert_eq!(p.recipients, ["facebook"], "{out:#?}");
    let doc = "# Facebook Data Policy\n\nFacebook collects your name. Facebook keeps logs. \
               Facebook shares your email address with the Facebook Companies.\n";
    let out = ex.extract_all(clauses_of(doc));
    let p = &out.last().unwrap().practices[0];
    assert_eq!(p.recipients, ["affiliates"], "{p:#?}");
}

#[test]
fn a_party_named_among_listed_data_is_data() {
    // "websites you visit" is an item of what partners tell, not whom.
    let ps = ex().extract(
        "These partners provide information about your device, websites you visit and purchases you make.",
    );
    assert!(ps.iter().all(|p| p.recipients.is_empty()), "{ps:#?}");
    // Named as whom data goes to, it receives.
    let p = one("We may share your information with websites you visit.");
    assert_eq!(p.recipients, ["third-parties"], "{p:#?}");
}

#[test]
fn a_partys_information_practices_are_no_data() {
    // The advertisers' cookies are used; their "information practices" are
    // how they handle data, not data of the clause.
    let ps = ex().extract(
        "Advertisers may use cookies, and the information practices of these advertisers are not covered by this policy.",
    );
    assert!(!ps.is_empty());
    assert!(
        ps.iter().all(|p| p
            .matched
            .iter()
            .all(|m| !(m.kind == "data" && m.term == "information"))),
        "{ps:#?}"
    );
}

#[test]
fn a_transfer_abroad_keeps_the_parties_it_gives_to() {
    // "globally" sends data abroad as "internationally" does.
    let p = one("We transfer information globally.");
    assert_eq!(p.recipients, ["other-countries"], "{p:#?}");
    let p = one("We share your data internationally with our partners.");
    assert_eq!(p.recipients, ["other-countries", "partners"], "{p:#?}");
    // A party named for why the data goes there does not receive it.
    let p = one(
        "Your data may be transferred to other countries where our service providers are located.",
    );
    assert_eq!(p.recipients, ["other-countries"], "{p:#?}");
    states_nothing(&["Our services are available to users globally."]);
}

#[test]
fn connections_and_pages_that_are_no_social_ties_are_no_social_media_data() {
    // A login's times are usage; a dating app's "meaningful connections"
    // and the company's own social media pages are no data of the user's.
    let p = one("We collect the date and time of your connections.");
    assert_eq!(p.data, ["usage"], "{p:#?}");
    let ps = ex().extract(
        "We may feature your photos on our social media profiles to help you build meaningful connections.",
    );
    assert!(
        ps.iter()
            .all(|p| !p.data.contains(&"social-media".to_string())),
        "{ps:#?}"
    );
    // The user's connections are.
    let p = one("We share your connections with advertisers.");
    assert_eq!(p.data, ["social-media"], "{p:#?}");
}

/// The practices of a document as (clause text, action, data, recipients)
/// for those a table row states (inherited from a parties' cell).
fn row_practices(md: &str) -> Vec<(String, String, Vec<String>, Vec<String>)> {
    let out = ex().extract_all(clauses_of(md));
    out.iter()
        .flat_map(|c| {
            c.practices
                .iter()
                .filter(|p| p.inherited_from.is_some() && c.clause.lead_in.is_none())
                .map(|p| {
                    (
                        c.clause.text.to_string(),
                        p.action.clone(),
                        p.data.clone(),
                        p.recipients.clone(),
                    )
                })
        })
        .collect()
}

#[test]
fn a_table_row_shares_its_data_cells_with_its_parties() {
    // Parties first, data listed as bullets in the cell beside them.
    let md = "| Circumstances where data may be disclosed | Disclosed data |\n| --- | --- |\n\
              | **Advertising partners**<br><br>To publish ads in our app | *   Gender<br>*   IP address |\n\
              | **Law and harm** - we cooperate with lawful requests. | This could include any information. |\n";
    let got = row_practices(md);
    let want = |text: &str, data: &str| {
        (
            text.to_string(),
            "share".to_string(),
            vec![data.to_string()],
            vec!["advertisers".to_string()],
        )
    };
    // (Not "the public" the cell's purpose publishes to; the law-and-harm
    // row names no party the vocabulary knows.)
    assert_eq!(
        got,
        vec![
            want("Gender", "demographics"),
            want("IP address", "ip-address")
        ]
    );
    // Data first, then why, then to whom; the header says sold or shared,
    // and a narrow-screen page repeats the label in the cell.
    let md = "|     |     |     |\n| --- | --- | --- |\n\
              | Types of information we have sold or shared | Purpose | Categories of third parties |\n\
              | Precise location, age | To show you ads | Categories of third parties<br><br>*   Advertising networks<br>*   Data brokers |\n\
              | Email address | To send receipts | N/A |\n";
    let got = row_practices(md);
    let acts: Vec<(&str, &str)> = got
        .iter()
        .map(|(t, a, _, _)| (t.as_str(), a.as_str()))
        .collect();
    assert!(
        acts.iter()
            .all(|(t, _)| t.starts_with("Precise location, age")),
        "{got:?}"
    );
    assert_eq!(
        acts.iter().map(|(_, a)| *a).collect::<Vec<_>>(),
        ["sell", "share"],
        "{got:?}"
    );
    let (_, _, data, recipients) = &got[0];
    assert_eq!(data, &["precise-location", "demographics"]);
    assert!(
        recipients.contains(&"advertisers".to_string())
            && recipients.contains(&"data-brokers".to_string())
            && recipients.len() == 2,
        "{recipients:?}"
    );
}

#[test]
fn tables_that_name_no_parties_or_deny_state_no_row_practices() {
    for md in [
        // Sources and grounds: neither parties nor purposes.
        "| Data we collect | Source | Legal basis |\n| --- | --- | --- |\n| Your location | Your device | Consent |\n",
        // A label that denies.
        "| Data we do not sell | Recipients |\n| --- | --- |\n| Your location | Advertisers |\n",
        // A first row of sentences is no header.
        "|  |  |\n| --- | --- |\n| We keep your location. | We tell advertisers nothing. |\n| Location | Advertisers |\n",
    ] {
        assert_eq!(row_practices(md), vec![], "{md}");
    }
}

#[test]
fn the_companys_own_name_before_companies_is_its_corporate_family() {
    let md = "# Atlassian Privacy Policy\n\nAtlassian collects your name. Atlassian may share \
              your email address with advertisers.\n\nWe share your name with the Atlassian \
              Companies.\n\nWe disclose it to other Atlassian group companies and to Atlassian \
              partners.\n\nWe group your requests by topic.\n";
    let out = ex().extract_all(clauses_of(md));
    let recipients = |i: usize| -> Vec<&str> {
        out[i]
            .practices
            .iter()
            .flat_map(|p| p.recipients.iter().map(String::as_str))
            .collect()
    };
    assert_eq!(recipients(2), ["affiliates"], "{:#?}", out[2].practices);
    assert_eq!(
        recipients(3),
        ["affiliates", "partners"],
        "{:#?}",
        out[3].practices
    );
    // A third party advertising provider is an advertiser.
    let p = one("We share your device ID with third party advertising providers.");
    assert!(p.recipients.contains(&"advertisers".to_string()), "{p:#?}");
}

#[test]
fn a_table_of_uses_uses_each_data_cell_for_its_rows_purposes() {
    let md = "| Why we use your information | What information we use | Legal basis |\n\
              | --- | --- | --- |\n\
              | To show you personalised ads | *   Precise location<br>*   Age | Consent |\n\
              | To keep our app safe | IP address | Legitimate interests |\n";
    let out = ex().extract_all(clauses_of(md));
    let uses: Vec<(&str, Vec<&str>, Vec<&str>)> = out
        .iter()
        .flat_map(|c| {
            c.practices
                .iter()
                .filter(|p| p.action == "use" && p.inherited_from.is_some())
                .map(|p| {
                    (
                        &*c.clause.text,
                        p.data.iter().map(String::as_str).collect(),
                        p.purposes.iter().map(String::as_str).collect(),
                    )
                })
        })
        .collect();
    assert_eq!(
        uses,
        [
            (
                "Precise location",
                vec!["precise-location"],
                vec!["advertising"]
            ),
            ("Age", vec!["demographics"], vec!["advertising"]),
        ],
        "{:#?}",
        out.iter()
            .map(|c| (&c.clause.text, &c.practices))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_table_of_answers_states_each_act_or_promises_against_it() {
    // The California notices' form: a category per row, "Yes" or "No"
    // under each act; the categories' column may go unlabelled.
    let md = "|  | Collected | Sold (Yes/No) | Shared for cross-context behavioral advertising |\n\
              | --- | --- | --- | --- |\n\
              | Precise geolocation | Yes | No | Yes |\n\
              | Biometric information | No | N/A | No |\n";
    let out = ex().extract_all(clauses_of(md));
    let said: Vec<(String, bool, Vec<&str>, Vec<&str>)> = out
        .iter()
        .flat_map(|c| c.practices.iter())
        .filter(|p| p.inherited_from.is_some())
        .map(|p| {
            (
                format!("{} {}", p.action, p.data.join(",")),
                p.negated,
                p.recipients.iter().map(String::as_str).collect(),
                p.purposes.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    let row = |act: &str, negated: bool, to: &[&'static str], why: &[&'static str]| {
        (act.to_string(), negated, to.to_vec(), why.to_vec())
    };
    assert_eq!(
        said,
        [
            row("collect precise-location", false, &[], &[]),
            row("sell precise-location", true, &["third-parties"], &[]),
            row(
                "share precise-location",
                false,
                &["third-parties"],
                &["advertising"]
            ),
            row("collect biometrics", true, &[], &[]),
            // ("N/A" answers nothing.)
            row(
                "share biometrics",
                true,
                &["third-parties"],
                &["advertising"]
            ),
        ]
    );
}

#[test]
fn the_model_privacy_forms_rows_share_for_their_reasons_with_their_opt_outs() {
    // The US model form banks send: no data column, a reason per row (its
    // parties and purposes), whether the bank shares, and whether the user
    // can limit it ("We don't share" where it does not).
    let md = "| Reasons we can share your personal information | Does Harbor Bank share? | Can you limit this sharing? |\n\
              | --- | --- | --- |\n\
              | For our marketing purposes, to offer our products and services to you | Yes | No |\n\
              | For our affiliates to market to you | Yes | Yes |\n\
              | For our affiliates' everyday business purposes, information about your creditworthiness | Yes | Yes |\n\
              | For nonaffiliates to market to you | No | We don't share |\n";
    let out = ex().extract_all(clauses_of(md));
    let said: Vec<String> = out
        .iter()
        .flat_map(|c| c.practices.iter())
        .filter(|p| p.inherited_from.is_some())
        .map(|p| {
            format!(
                "{}{} {} to {} for {} {}",
                if p.negated { "not " } else { "" },
                p.action,
                p.data.join(","),
                p.recipients.join(","),
                p.purposes.join(","),
                p.choice.as_ref().map_or("-", |c| c.kind.as_str()),
            )
        })
        .collect();
    assert_eq!(
        said,
        [
            "share personal-information to third-parties for marketing -",
            "share personal-information to affiliates for marketing opt-out",
            "share financial to affiliates for  opt-out",
            // (The reason is the act's: not shared to market, whatever
            // else nonaffiliates get.)
            "not share personal-information to third-parties for marketing -",
        ],
        "{said:?}"
    );
}

#[test]
fn a_disclosures_table_reads_its_examples_and_none_as_given_to_no_one() {
    let md = "| Category | Examples | Categories of sources | Categories of third parties to whom disclosed |\n\
              | --- | --- | --- | --- |\n\
              | Identifiers | Email address, IP address | You | Advertising partners |\n\
              | Biometric information | Face geometry | You | None |\n";
    let out = ex().extract_all(clauses_of(md));
    let mut said: Vec<(bool, Vec<&str>, Vec<&str>)> = out
        .iter()
        .flat_map(|c| c.practices.iter())
        .filter(|p| p.inherited_from.is_some())
        .map(|p| {
            (
                p.negated,
                p.data.iter().map(String::as_str).collect(),
                p.recipients.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    said.sort();
    assert_eq!(
        said,
        [
            (false, vec!["device-identifiers"], vec!["advertisers"]),
            (
                false,
                vec!["email-address", "ip-address"],
                vec!["advertisers"]
            ),
            (true, vec!["biometrics"], vec!["third-parties"]),
        ],
        "{said:?}"
    );
}

#[test]
fn a_parties_label_that_says_why_gives_the_rows_purpose() {
    let md = "| Category | Third parties we share with for targeted advertising |\n| --- | --- |\n\
              | Identifiers | Ad networks |\n";
    let out = ex().extract_all(clauses_of(md));
    let p = out
        .iter()
        .flat_map(|c| c.practices.iter())
        .find(|p| p.inherited_from.is_some())
        .expect("a row practice");
    assert_eq!(
        (p.action.as_str(), &p.recipients[..], &p.purposes[..]),
        (
            "share",
            &["advertisers".to_string()][..],
            &["advertising".to_string()][..]
        )
    );
}

#[test]
fn a_column_of_answers_under_a_party_says_whether_it_gets_the_rows_data() {
    let md = "| Category | Service providers | Advertising partners |\n| --- | --- | --- |\n\
              | Identifiers | ✓ | ✓ |\n| Precise geolocation | ✓ | No |\n";
    let out = ex().extract_all(clauses_of(md));
    let said: Vec<(String, bool, String)> = out
        .iter()
        .flat_map(|c| c.practices.iter())
        .filter(|p| p.inherited_from.is_some())
        .map(|p| (p.data.join(","), p.negated, p.recipients.join(",")))
        .collect();
    let row = |d: &str, n: bool, r: &str| (d.to_string(), n, r.to_string());
    assert_eq!(
        said,
        [
            row("device-identifiers", false, "service-providers"),
            row("device-identifiers", false, "advertisers"),
            row("precise-location", false, "service-providers"),
            row("precise-location", true, "advertisers"),
        ]
    );
}

#[test]
fn a_data_cells_sentence_introducing_its_list_adds_no_data_of_its_own() {
    let md = "| Categories of personal data | Recipients |\n| --- | --- |\n\
              | It varies, but the personal data may include:.<br><br>*   Usage data | Affiliates |\n";
    let out = ex().extract_all(clauses_of(md));
    let shared: Vec<(&str, Vec<&str>)> = out
        .iter()
        .flat_map(|c| {
            c.practices
                .iter()
                .filter(|p| p.inherited_from.is_some() && p.recipients == ["affiliates"])
                .map(|p| (&*c.clause.text, p.data.iter().map(String::as_str).collect()))
        })
        .collect();
    assert_eq!(shared, [("Usage data", vec!["usage"])], "{shared:?}");
}

#[test]
fn an_exception_closing_the_last_of_enumerated_items_is_not_the_clauses() {
    let e = ex();
    let conditions = |text: &str| -> Vec<Option<String>> {
        e.extract(text)
            .into_iter()
            .map(|p| p.condition.map(|c| c.text))
            .collect()
    };
    // Bound to profiling, the last item: not a carve-out of the opt-out
    // of sales.
    let text = "You have the right to opt out of the processing of your personal information for purposes of: (i) targeted advertising; (ii) the sale of personal information; or (iii) profiling in furtherance of significant decisions, unless you reside in Utah.";
    let cs = conditions(text);
    assert!(!cs.is_empty() && cs.iter().all(Option::is_none), "{cs:?}");
    // The same exception after a list run together with commas, after a
    // last item naming an act of its own, or after no list, is the clause's.
    for text in [
        "You have the right to opt out of the sale of your personal information, unless you reside in Utah.",
        "We may share your personal information: (i) with affiliates; or (ii) we may sell it to advertisers, unless you opt out.",
        "We may share your personal information with (i) affiliates, (ii) service providers, or (iii) advertisers, unless you opt out.",
    ] {
        let cs = conditions(text);
        assert!(cs.iter().any(Option::is_some), "{text}: {cs:?}");
    }
}

#[test]
fn a_hyperlink_links_no_data() {
    each(
        &[
            "Our Web Sites may contain links to other websites for your convenience.",
            "An ad may be paid for by an advertiser linking you to a new website.",
            "Sponsored content may link to another page on our partner's site.",
        ],
        |ps| !ps.iter().any(|p| p.action == "combine"),
    );
    // Data linked to data, or to the user, is combined.
    each(
        &[
            "We may link your information to your account with our partners.",
            "We may link data about you to data we receive from advertisers.",
            "Data linked to your identity may be shared with advertisers.",
        ],
        |ps| ps.iter().any(|p| p.action == "combine"),
    );
}

#[test]
fn a_purpose_that_is_none_limits_the_use() {
    for text in [
        "These processors can only use your information in accordance with our instructions and for no other purpose.",
        "Your email address will be used for no purpose other than sending the newsletter.",
    ] {
        let p = one(text);
        assert!(p.negated, "{text}: {p:#?}");
        assert_eq!(p.purposes, ["other-purposes"], "{text}");
    }
    // A purpose named with "no" in it is still one.
    let p = one("We use your device information for analytics, with no exceptions.");
    assert!(!p.negated, "{p:#?}");
}

#[test]
fn a_party_the_data_is_about_is_no_recipient() {
    for (text, want) in [
        (
            "We share information about your friends with advertisers.",
            vec!["advertisers"],
        ),
        (
            "We share data about other users with law enforcement.",
            vec!["law-enforcement"],
        ),
        (
            "We share viewing data with data partners, who may combine it with other information about your household.",
            vec!["partners"],
        ),
        // (A party past the data about something else is still reached.)
        (
            "We share information about your purchases with your friends.",
            vec!["other-users"],
        ),
    ] {
        let got: Vec<String> = ex()
            .extract(text)
            .into_iter()
            .filter(|p| p.action == "share" && p.actor == "first-party")
            .flat_map(|p| p.recipients)
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn a_party_that_made_the_data_is_not_its_recipient() {
    let e = ex();
    let recipients = |text: &str| -> Vec<String> {
        e.extract(text)
            .into_iter()
            .filter(|p| p.actor == "first-party" && p.action == "share")
            .flat_map(|p| p.recipients)
            .collect()
    };
    assert_eq!(
        recipients("We share content others post about you with your friends."),
        ["other-users"]
    );
    assert_eq!(
        recipients("We share information that advertisers provide with our affiliates."),
        ["affiliates"]
    );
    // A party the data goes to, before its own relative clause, still
    // receives it.
    assert_eq!(
        recipients("We share your data with advertisers who use it for ads."),
        ["advertisers"]
    );
    // Nor does an item naming such a party take it as whom the lead-in's
    // disclosure reaches.
    let doc = "# Sharing\n\nWe share your information in the following ways:\n\n- People that see content others share about you.\n- Advertisers.\n";
    let reached: Vec<Vec<String>> = e
        .extract_all(clauses_of(doc))
        .iter()
        .skip(1)
        .map(|c| {
            c.practices
                .iter()
                .flat_map(|p| p.recipients.clone())
                .collect()
        })
        .collect();
    assert_eq!(reached, [vec![], vec!["advertisers".to_string()]]);
}

#[test]
fn data_named_not_identifying_is_de_identified_in_a_sentence_and_a_list_item() {
    let e = ex();
    let p = one(
        "We may share non-personally identifying demographic information (such as a woman in Madrid who plays chess) with advertisers.",
    );
    assert_eq!(p.data, ["demographics"], "{p:#?}");
    assert!(p.deidentified, "{p:#?}");
    // (The examples in its parentheses are of it.)
    let p = one(
        "We may share non-personally identifying demographic information (such as your age range and your city) with advertisers.",
    );
    assert!(p.deidentified, "{p:#?}");
    // An item naming the data for its lead-in's disclosure is read so too.
    let doc = "# Sharing\n\nWe share the following with advertisers:\n\n- Non-personally identifying demographic information (such as a woman in Madrid who plays chess).\n- Your demographic information.\n";
    let flags: Vec<(Vec<String>, bool)> = e
        .extract_all(clauses_of(doc))
        .iter()
        .skip(1)
        .flat_map(|c| {
            c.practices
                .iter()
                .filter(|p| p.action == "share")
                .map(|p| (p.data.clone(), p.deidentified))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        flags.contains(&(vec!["demographics".to_string()], true))
            && flags.contains(&(vec!["demographics".to_string()], false)),
        "{flags:?}"
    );
}

#[test]
fn a_verb_after_who_is_no_data() {
    let e = ex();
    for text in [
        "We provide general demographic and interest information to advertisers (for example, that an ad was seen by a woman who lives in Madrid and likes software).",
        "We provide general demographic and interest information to advertisers (for example, that an ad was seen by a woman who likes software).",
    ] {
        let p = e
            .extract(text)
            .into_iter()
            .find(|p| p.action == "share")
            .expect(text);
        assert_eq!(p.data, ["demographics", "inferences"], "{text}");
    }
    assert_eq!(
        one("We share your likes with advertisers.").data,
        ["content"]
    );
}

#[test]
fn data_made_publicly_available_is_shared_with_the_public() {
    let e = ex();
    for (text, data) in [
        (
            "Your username will be made publicly available.",
            "account-information",
        ),
        ("We may make your reviews publicly available.", "content"),
        (
            "We make certain information about you publicly accessible, such as your username.",
            "account-information",
        ),
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter().any(|p| p.action == "share"
                && p.recipients == ["public"]
                && p.data.iter().any(|d| d == data)),
            "{text}: {ps:#?}"
        );
    }
    // Making sure it is not public discloses nothing.
    let text =
        "GameStop will make sure that the information is not publicly available on our Websites.";
    assert!(
        !e.extract(text).iter().any(|p| p.action == "share"),
        "{text}"
    );
}

#[test]
fn an_act_the_user_sets_off_is_the_services_and_a_passive_infinitive_is_its_verbs() {
    // An exchange of data the user triggers is the service's disclosure,
    // to the social media provider named.
    each(
        &[
            "When you link your account to a social media account you control, you might trigger exchanges of data between us and that social media provider.",
            "Clicking the button results in the transfer of your data to the social media provider.",
            "Using these features may lead to the exchange of personal data with social media providers.",
        ],
        |ps| {
            ps.iter().any(|p| {
                p.action == "share"
                    && p.actor == "first-party"
                    && p.recipients == ["social-networks"]
            })
        },
    );
    // "To be seen by others" is what the sentence's subject displays
    // for, not another disclosure by the company.
    let ps = ex().extract_sentences([
        "If you are logged in, your social media provider may relate this information to your social media account.",
        "Depending on your settings, they might also display these actions on your social media profile, to be seen by others in your network.",
    ]);
    assert!(!ps[1].is_empty());
    assert!(
        ps[1].iter().all(|p| p.actor == "social-networks"),
        "{:#?}",
        ps[1]
    );
}

#[test]
fn whom_harm_threatens_receives_nothing_and_the_content_of_emails_is_no_address() {
    let p = one(
        "We may disclose the content of your emails when necessary to help prevent the loss of life or serious injury of anyone.",
    );
    assert_eq!(p.action, "share", "{p:#?}");
    assert!(p.recipients.is_empty(), "{p:#?}");
    assert_eq!(p.data, vec!["content"], "{p:#?}");
    // An email alone is the address ("your emails", plural, are the
    // messages), and a harm's own recipient is still read.
    let p = one("We may disclose your email to anyone who asks.");
    assert_eq!(p.data, vec!["email-address"], "{p:#?}");
    assert_eq!(p.recipients, vec!["public"], "{p:#?}");
}

#[test]
fn a_denial_in_a_relative_clause_on_a_thing_promises_nothing() {
    // Which apps the sentence is about, not what the company will not do.
    each(
        &[
            "Apps that cannot use your precise location may still see your city.",
            "Websites that do not collect your email address are listed below.",
        ],
        |ps| ps.iter().all(|p| !p.negated),
    );
    // Named, the party promises; and so does the company of its servers.
    let ps = ex().extract("We use partners that do not sell your data.");
    assert!(
        ps.iter()
            .any(|p| p.negated && p.action == "sell" && p.actor == "partners"),
        "{ps:#?}"
    );
    let p = one("Our servers, which do not store your password, are in Ireland.");
    assert!(p.negated && p.action == "retain", "{p:#?}");
}

#[test]
fn a_kind_defined_as_the_corporate_family_is_the_family_and_makers_of_data_receive_nothing() {
    // The businesses are the affiliates the sentence defines, not third
    // parties besides them.
    for text in [
        "We may share information with businesses that are legally part of the same group of companies.",
        "We may share information with companies that are part of our corporate family.",
        "We may share information with our subsidiaries (often these companies are called affiliates).",
    ] {
        let p = one(text);
        assert_eq!(p.recipients, vec!["affiliates"], "{text}: {p:#?}");
    }
    let p = one("We may share information with companies that are in the advertising business.");
    assert_eq!(p.recipients, vec!["third-parties"], "{p:#?}");
    // Whoever shares the data about you controls how it is shared: they
    // receive nothing from the company.
    let ps = ex().extract("For information others share about you, they control how it is shared.");
    assert!(ps.iter().all(|p| p.recipients.is_empty()), "{ps:#?}");
}

#[test]
fn data_that_appears_on_a_party_s_pages_is_shown_to_it() {
    let p = one("Your reviews may appear on third-party websites.");
    assert_eq!(
        (p.action.as_str(), p.recipients.clone()),
        ("share", vec!["third-parties".to_string()]),
        "{p:#?}"
    );
    let ps = ex().extract("Your name and photo may appear alongside ads shown to your friends.");
    assert!(
        ps.iter()
            .any(|p| p.action == "share" && p.recipients == ["other-users"]),
        "{ps:#?}"
    );
    // What seems so to the company receives nothing.
    states_nothing(&["It appears to us that the data is accurate."]);
}

#[test]
fn a_choice_withheld_is_none_and_messages_the_user_receives_are_no_data() {
    // Sent "without offering you the opportunity to opt out": no choice.
    let ps = ex().extract(
        "We reserve the right to send you service announcements without offering you the opportunity to opt out of receiving them.",
    );
    assert!(ps.iter().all(|p| p.choice.is_none()), "{ps:#?}");
    // Beside a choice over being contacted, the messages the user gets
    // are what the company sends, not data of the user's.
    let ps = ex().extract(
        "You can opt out of receiving marketing communications or unsubscribe by following the instructions in the messages that you receive.",
    );
    assert!(ps.iter().any(|p| p.choice.is_some()), "{ps:#?}");
    assert!(ps.iter().all(|p| p.data.is_empty()), "{ps:#?}");
    // An offered choice stays one.
    let p = one("You may opt out of receiving marketing emails without giving a reason.");
    assert!(p.choice.is_some(), "{p:#?}");
}

#[test]
fn reports_about_an_audience_are_aggregated_and_a_later_clauses_permission_is_its_own() {
    // What reports do not reveal describes them; it is no promise of the
    // advertisers'.
    let ps = ex().extract(
        "We provide aggregated reports to advertisers that don't reveal information about individual people.",
    );
    assert!(
        ps.iter().any(|p| p.action == "share"
            && !p.negated
            && p.data == ["non-personal-information"]
            && p.recipients == ["advertisers"]),
        "{ps:#?}"
    );
    assert!(ps.iter().all(|p| !p.negated), "{ps:#?}");
    // The permission after "but we don't share … unless" is over what the
    // later clause withholds, not over the reports.
    let ps = ex().extract(
        "We provide advertisers with reports about the kinds of people seeing their ads, but we don't share information that personally identifies you unless you give us permission.",
    );
    let reports = ps.iter().find(|p| !p.negated).expect("the reports");
    assert_eq!(reports.data, ["non-personal-information"], "{ps:#?}");
    assert!(reports.choice.is_none(), "{ps:#?}");
    assert!(
        ps.iter().any(|p| p.negated && p.choice.is_some()),
        "{ps:#?}"
    );
}

#[test]
fn access_to_the_users_account_reaches_its_account_information() {
    let p = one("Your domain administrator will have access to your Google Account.");
    assert_eq!(
        (p.action.as_str(), p.data.clone(), p.recipients.clone()),
        (
            "share",
            vec!["account-information".to_string()],
            vec!["administrators".to_string()]
        ),
        "{p:#?}"
    );
    // A place in the account, or the user's own access, is no disclosure.
    states_nothing(&[
        "You can get access to your account settings at any time.",
        "Please do not give anyone access to your account.",
    ]);
}

#[test]
fn tagging_a_person_names_no_tracking_tag() {
    each(
        &[
            "When someone tags you in a story (such as a photo, status update or check-in), you can choose whether you want that story to appear on your timeline.",
            "When a friend tags you in a photo, we collect the photo and show it to your friends.",
            "If another user tags you in a post, we collect that post.",
        ],
        |ps| ps.iter().all(|p| !p.data.iter().any(|d| d == "cookies")),
    );
    assert_eq!(
        every(
            &ex(),
            "We use tags and cookies to collect information about your visit.",
            |p| &p.data
        ),
        ["cookies", "usage"]
    );
}

#[test]
fn a_choice_whether_data_is_shown_is_a_setting_over_its_display() {
    each(
        &[
            "When someone tags you in a story (such as a photo, status update or check-in), you can choose whether you want that story to appear on your timeline.",
            "You can choose whether your photos appear in search results.",
            "It is up to you whether your reviews are visible to other members.",
        ],
        |ps| {
            ps.iter().any(|p| {
                p.action == "share" && p.choice.as_ref().is_some_and(|c| c.kind == "settings")
            })
        },
    );
    // Choosing whether to give data withholds it.
    for text in [
        "You can choose whether to provide your phone number.",
        "You can choose whether you want to provide your phone number.",
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.choice.map(|c| c.kind)),
            ("collect", Some("optional".to_string())),
            "{text}"
        );
    }
    // Choosing whether the company acts sets that act.
    let p = one(
        "For example, you can choose whether you want Google to save an audio recording to your Google Account when you interact with Google Search, Assistant, and Maps.",
    );
    assert_eq!(
        (p.action.as_str(), p.choice.map(|c| c.kind)),
        ("retain", Some("settings".to_string()))
    );
    // Choosing whether to receive something opts in to being sent it.
    offers_one_choice(&[
        (
            "You may choose whether you would like to receive promotional emails.",
            "opt-in",
        ),
        (
            "You can choose whether or not to receive our newsletter.",
            "opt-in",
        ),
    ]);
}

#[test]
fn an_activity_the_data_comes_from_is_no_purpose() {
    for text in [
        "Processing is necessary for the purpose of our legitimate interest to improve and run our Services through information obtained from these surveys.",
        "We use information obtained from surveys and contests to improve our services.",
    ] {
        assert!(
            !every(&ex(), text, |p| &p.purposes).contains(&"additional-features".to_string()),
            "{text}"
        );
    }
    // Run, or entered, the activity is what the data serves.
    for text in [
        "We use your information to run contests and surveys.",
        "If you enter our sweepstakes, we collect your name.",
    ] {
        assert_eq!(one(text).purposes, ["additional-features"], "{text}");
    }
}

#[test]
fn crash_data_and_tailored_experiences_are_named() {
    let p = one("Crash data is never used for Tailored experiences as described below.");
    assert_eq!(
        (p.data, p.purposes),
        (
            vec!["device-information".to_string()],
            vec!["personalization".to_string()]
        )
    );
}

#[test]
fn data_shown_on_other_sites_or_searched_by_a_party_reaches_it() {
    for (text, party) in [
        (
            "Your reviews may appear on other websites, blogs, or feeds.",
            "third-parties",
        ),
        (
            "Your activities may appear on other websites.",
            "third-parties",
        ),
        ("Your resume can be searched by employers.", "employers"),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.recipients),
            ("share", vec![party.to_string()]),
            "{text}"
        );
    }
    // What appears there is no data of the reader's.
    let ps = ex().extract(
        "We also use cookies and anonymous identifiers when you interact with services we offer to our partners, such as advertising services or Google features that may appear on other sites.",
    );
    assert!(ps.iter().all(|p| p.recipients.is_empty()), "{ps:#?}");
}

#[test]
fn members_of_a_network_of_companies_are_no_users() {
    for (text, want) in [
        (
            "We may share your device identifiers with members of the advertising network.",
            "advertisers",
        ),
        (
            "We share information with members of our affiliate network.",
            "affiliates",
        ),
        (
            "Your posts are visible to members of your network.",
            "other-users",
        ),
    ] {
        assert_eq!(one(text).recipients, [want], "{text}");
    }
}

#[test]
fn a_verb_homograph_in_a_list_of_nouns_is_a_noun() {
    states_nothing(&[
        "Security: We follow security standards, processes and procedures that are designed to protect your personal information.",
        "We have policies, processes, and controls to protect your data.",
    ]);
    // In a list of verbs, or after an object, it is a verb.
    for (text, act) in [
        (
            "Acme collects, processes and stores your personal information.",
            "use",
        ),
        (
            "We collect your email address, store it on our servers and use it to contact you.",
            "retain",
        ),
    ] {
        assert!(ex().extract(text).iter().any(|p| p.action == act), "{text}");
    }
}

#[test]
fn acts_named_together_share_their_agent() {
    each(
        &[
            "The use and collection of information by advertisers is governed by their policies.",
            "We do not control the collection, use and disclosure of your information by advertisers.",
        ],
        |ps| !ps.is_empty() && ps.iter().all(|p| p.actor == "advertisers"),
    );
}

#[test]
fn promotional_messages_sent_name_marketing_not_content() {
    each(
        &[
            "We may use your email address to send you promotional messages.",
            "We will not send you marketing messages if you have opted out.",
        ],
        |ps| {
            ps.iter()
                .any(|p| p.purposes.contains(&"marketing".to_string()))
                && ps.iter().all(|p| !p.data.contains(&"content".to_string()))
        },
    );
}

#[test]
fn a_restriction_the_reader_asks_of_the_company_is_the_readers_choice() {
    // The company restricting its own use offers nothing; the reader
    // asking it to does.
    offers_one_choice(&[
        (
            "You can ask us to restrict our use of your personal information.",
            "opt-out",
        ),
        (
            "You may request that we limit the use of your personal information.",
            "opt-out",
        ),
        (
            "Nothing in this policy limits your right to opt out of marketing.",
            "opt-out",
        ),
    ]);
    let e = ex();
    for text in [
        "We may restrict our use of your data.",
        "Nothing in this Privacy Policy is intended to restrict our use of aggregated information.",
        "Nothing in this policy shall limit the use of de-identified data.",
    ] {
        assert!(choice_kinds(&e, text).is_empty(), "{text}");
    }
}

#[test]
fn a_verb_named_after_of_is_no_act() {
    // "Terms of Use" is a document's title: the policy's own collection,
    // denied, is all the sentence states.
    each(
        &[
            "As set forth in our Terms of Use, we do not knowingly collect personal information from children under 13.",
        ],
        |ps| ps.len() == 1 && ps[0].action == "collect" && ps[0].negated,
    );
    states_nothing(&[
        "Please read our Terms of Use, which govern your personal information.",
        "We designed the app for ease of use with your photos.",
    ]);
    // (A gerund stays an act.)
    each(
        &["You have the option of sharing your photos with friends."],
        |ps| ps.iter().any(|p| p.action == "share"),
    );
}

#[test]
fn data_named_as_words_is_not_gathered() {
    states_nothing(&[
        "We've tried to keep it as simple as possible, but if you're not familiar with terms like cookies, IP addresses and pixel tags, then read about these key terms first.",
        "Words such as personal data and device identifiers are defined below, and we keep it short.",
    ]);
    // (Data listed after "data like" is data.)
    assert_eq!(
        every(
            &ex(),
            "We collect data like your IP address and cookies.",
            |p| &p.data
        ),
        ["ip-address", "cookies"]
    );
}

#[test]
fn an_opt_out_not_offered_states_neither_the_choice_nor_its_object() {
    // (The common reason for withholding it: there is no sale.)
    states_nothing(&["So, we do not offer an opt-out to the sale of personal data."]);
    let p = one("You can opt out of the sale of your personal data.");
    assert_eq!(
        (p.action.as_str(), p.choice.map(|c| c.kind)),
        ("sell", Some("opt-out".to_string()))
    );
    // (The reader not giving consent is no choice withheld.)
    offers_one_choice(&[(
        "If, upon registration, you do not give your permission, you can agree to receive marketing emails later.",
        "opt-in",
    )]);
}

#[test]
fn what_the_reader_may_ask_the_company_to_disclose_is_no_disclosure() {
    // Each verb of "what … we collect, use, share and sell" is asked, and
    // an enumerator does not part the request from what it asks.
    let e = ex();
    for text in [
        "You have the right to request that we (i) disclose what personal data we collect, use, disclose, share and sell, (ii) delete your personal data.",
        "This policy explains what data we collect, use, share and sell.",
    ] {
        let ps = e.extract(text);
        assert!(
            ps.iter()
                .all(|p| p.choice.as_ref().is_some_and(|c| c.kind == "deletion")
                    && p.action == "retain"),
            "{text}: {ps:#?}"
        );
    }
    // (Verbs listed in a statement are each stated.)
    assert_eq!(
        e.extract("We collect, use and share your data with partners.")
            .len(),
        3
    );
    // (What the reader chooses whether to do is the choice's.)
    let p = one(
        "You can make choices about the receipt of promotional email by viewing your permissions, where you can update contact information and choose whether to share your contact information with Microsoft partners.",
    );
    assert_eq!(p.action, "share", "{p:#?}");
}

#[test]
fn a_disclosure_heading_a_relative_clause_on_an_offering_gives_no_data() {
    // The services are what is provided; the data is only used.
    each(
        &["We use your information to improve the services we provide to our partners."],
        |ps| {
            !ps.is_empty()
                && ps
                    .iter()
                    .all(|p| p.action == "use" && p.recipients.is_empty())
        },
    );
    // (A sentence opening on its place still shares: no relative clause.)
    for text in [
        "On our websites we share your data with partners.",
        "When you use our services we may share your information with advertisers.",
    ] {
        assert!(shares_with_a_recipient(text), "{text}");
    }
}

/// Whether a sentence states a disclosure to someone.
fn shares_with_a_recipient(text: &str) -> bool {
    ex().extract(text)
        .iter()
        .any(|p| p.action == "share" && !p.recipients.is_empty())
}

#[test]
fn a_passive_in_a_clause_of_its_own_gives_the_verb_before_it_nothing() {
    // Only the denied sharing names personal information.
    each(
        &[
            "Only people that could originally see the story can see the sponsored story, and no personal information about you (or your friends) is shared with the sponsor.",
        ],
        |ps| {
            ps.iter()
                .filter(|p| p.data.iter().any(|d| d == "personal-information"))
                .all(|p| p.negated)
        },
    );
    // (A list set off by commas before the verb, or a list's item a
    // relative clause describes, parts no clause: the verb before keeps its
    // object and the parties the sentence names after.)
    for (text, data) in [
        (
            "Some data you provide, such as your display name, email address, and phone number, can be used to help others find you.",
            "phone-number",
        ),
        (
            "The personal data shared may include, but is not limited to, account information, transaction details, and all other relevant data that is collected and processed by us, and may be required by the monitors and their agents.",
            "account-information",
        ),
    ] {
        assert!(
            ex().extract(text).iter().any(|p| p.action == "share"
                && p.data.iter().any(|d| d == data)
                && !p.recipients.is_empty()),
            "{text}"
        );
    }
}

#[test]
fn a_question_printed_without_its_mark_states_nothing() {
    states_nothing(&[
        "How do I opt-out from receiving emails",
        "With whom do we share the information that we gather",
        "Is my information shared with advertisers",
        // Closed by a dash, a question may run long.
        "How can you deactivate your account or correct or revise information that we have about you-",
        // Nor does a heading opening on "with whom" or "to whom".
        "To whom we may disclose your data.",
        "With whom we share your information",
    ]);
    // (A condition inverted, closed by a stop, is no question; nor is a
    // heading's text run on after it.)
    each(
        &[
            "Should you wish to receive our newsletter, we will share your email address with our mailing provider.",
            "What we collect We collect your name and email address and share them with our partners",
            "How we use it: we may share the information that you give us with the companies that help us run the site -",
            "With whom we share it: we share your email address with advertisers.",
        ],
        |ps| !ps.is_empty(),
    );
}

#[test]
fn a_verb_inside_a_capitalised_name_is_no_act() {
    // A name the policy capitalises after a word in lower case holds no
    // verb: a programme, a product or a button is what it names.
    each(
        &[
            "We receive payment details for orders placed through shopping features, such as Paid Transfers.",
            "Our home page links to the Acme Rewards Give Me More Points Club site.",
        ],
        |ps| {
            ps.iter()
                .all(|p| p.action == "collect" || p.data.is_empty())
                && !ps.iter().any(|p| p.action == "share")
        },
    );
    each(
        &["You can opt out of interest-based ads (or choose Do Not Sell) in your settings."],
        |ps| !ps.iter().any(|p| p.action == "sell" && p.negated),
    );
    // (Not a run of capitals that opens the clause: a heading run into its
    // text, or a sentence in title case; nor one past a sentence's end;
    // nor a sentence in capitals.)
    each(
        &[
            "Our Partners Share Your Email Address With Advertisers when you sign up.",
            "We keep your account; Partners Share Your Email Address With Advertisers when you sign up.",
            "Please note that OUR PARTNERS MAY SHARE YOUR EMAIL ADDRESS WITH ADVERTISERS.",
        ],
        |ps| {
            ps.iter()
                .any(|p| p.action == "share" && p.data == ["email-address"])
        },
    );
}

#[test]
fn the_name_of_a_device_or_an_app_is_device_information() {
    // A thing's name is no person's: "package name" is no contact detail.
    each(
        &[
            "We collect the package name and version of each app that embeds our code.",
            "We log your device name and the hostname of your computer.",
        ],
        |ps| {
            ps.iter()
                .any(|p| p.data.iter().any(|d| d == "device-information"))
                && ps
                    .iter()
                    .all(|p| !p.data.iter().any(|d| d == "contact-information"))
        },
    );
}

#[test]
fn ratings_are_content_and_partner_websites_are_partners() {
    // A partner's site a post appears on is the partner's: what it shows,
    // the partner receives. A reader's ratings are content they post.
    each(
        &[
            "Your star ratings may appear on partner websites.",
            "Your reviews may be shown on our partners' sites.",
        ],
        |ps| {
            ps.iter()
                .any(|p| p.action == "share" && p.recipients == ["partners"])
        },
    );
}

#[test]
fn a_condition_runs_on_over_a_list_of_its_own() {
    // The commas of a list inside the condition end nothing.
    let condition = |text: &str| {
        ex().extract(text)
            .into_iter()
            .find_map(|p| p.condition)
            .map(|c| c.text)
    };
    assert_eq!(
        condition(
            "We may disclose your data if we believe that reading, keeping, or handing over the data is needed to obey a court."
        )
        .as_deref(),
        Some("if we believe that reading, keeping, or handing over the data is needed to obey a court")
    );
    assert_eq!(
        condition(
            "We pass your email address to sponsors if you join a raffle, quiz or other prize draw."
        )
        .as_deref(),
        Some("if you join a raffle, quiz or other prize draw")
    );
    // (Not a clause the comma opens, nor a list that is the main clause's
    // subject.)
    assert_eq!(
        condition("We may disclose your data if you ask us to, or if a court orders it.")
            .as_deref(),
        Some("if you ask us to")
    );
    assert_eq!(
        condition(
            "If you sign up, sponsors or their agents may receive your email address from us."
        )
        .as_deref(),
        Some("if you sign up")
    );
    assert_eq!(
        condition("If you sign up, we and our sponsors collect your email address.").as_deref(),
        Some("if you sign up")
    );
}

#[test]
fn the_words_of_a_web_address_path_are_no_terms() {
    // "security" names a settings tab, not a purpose.
    let p =
        one("You can deactivate your account at https://www.example.com/settings?tab=security.");
    assert!(p.purposes.is_empty(), "{p:#?}");
    assert!(
        p.choice.as_ref().is_some_and(|c| c.scope.is_empty()),
        "{p:#?}"
    );
    // The host may name a party.
    let p = one("We share your location with www.facebook.com for advertising.");
    assert_eq!(p.recipients, ["facebook"]);
    assert_eq!(p.purposes, ["advertising"]);
    // A choice's words in a link stay: the link is how the page offers it.
    let p = one("To stop this, visit http://www.networkadvertising.org/managing/opt_out.asp.");
    assert_eq!(p.choice.map(|c| c.kind), Some("opt-out".to_string()));
}

#[test]
fn data_reviewed_by_the_companys_people_is_used_by_it() {
    for text in [
        "Your conversations may be reviewed by our trainers to improve the model.",
        "Your voice recordings may be heard by authorized personnel.",
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.actor.as_str(), p.negated),
            ("use", "first-party", false),
            "{text}: {p:#?}"
        );
        assert_eq!(p.data, ["content"], "{text}: {p:#?}");
    }
    let p = one("Your messages are never read by our employees.");
    assert!(p.negated && p.action == "use", "{p:#?}");
    // Other parties reviewing receive; so do those listed beside the staff.
    let p = one("Your data may be reviewed by our partners.");
    assert_eq!(
        (p.action.as_str(), p.recipients.as_slice()),
        ("share", &["partners".to_string()][..])
    );
    let ps = ex().extract(
        "Personal information is accessible by authorized employees, representatives, and agents as necessary.",
    );
    assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
    // So with the people as the verb's subject, or those a denied
    // causative would have act.
    for (text, negated) in [
        (
            "Our trained reviewers may listen to a small sample of your recordings.",
            false,
        ),
        ("Employees do not listen to your voice recordings.", true),
        ("Our staff may see your messages.", false),
        (
            "We do not have employees listen to your voice recordings.",
            true,
        ),
        ("We do not have our staff read your messages.", true),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.actor.as_str(), p.negated),
            ("use", "first-party", negated),
            "{text}: {p:#?}"
        );
        assert_eq!(p.data, ["content"], "{text}: {p:#?}");
    }
    // (A plan is no causative: the sale is still denied.)
    let p = one("We do not have any plans to sell your data.");
    assert!(p.negated && p.action == "sell", "{p:#?}");
}

#[test]
fn a_party_that_sees_data_is_shown_it() {
    let p = one("Advertisers see which ads you click.");
    assert_eq!(
        (
            p.action.as_str(),
            p.recipients.as_slice(),
            p.data.as_slice()
        ),
        (
            "share",
            &["advertisers".to_string()][..],
            &["usage".to_string()][..]
        )
    );
    // What it is shown past a comma's contrast it is not: "never your
    // exact location" is a promise, as "but never" is.
    let ps = ex().extract("Other users see your distance, never your exact location.");
    assert!(
        ps.iter().any(|p| !p.negated && p.data == ["location"]),
        "{ps:#?}"
    );
    assert!(
        ps.iter().any(|p| p.negated
            && p.data == ["precise-location"]
            && p.recipients == ["other-users"]),
        "{ps:#?}"
    );
    // The reader sent elsewhere sees nothing shown.
    states_nothing(&[
        "Please see our cookie policy.",
        "You can connect accounts such as Spotify or Instagram – see section 7 of this policy.",
    ]);
}

#[test]
fn a_setting_named_for_what_it_stops_is_an_opt_out() {
    let ps = ex().extract(
        "On supported devices, you can turn on Do Not Send Voice Recordings; your requests are then processed on the device and no recordings are sent to us.",
    );
    assert!(
        ps.iter()
            .any(|p| p.action == "collect" && p.negated && p.data == ["content"]),
        "{ps:#?}"
    );
    assert!(
        ps.iter()
            .all(|p| p.choice.as_ref().is_some_and(|c| c.kind == "opt-out")),
        "{ps:#?}"
    );
    // (Do Not Track is a browser's signal, read as such.)
    states_nothing(&["You can turn on Do Not Track in your browser."]);
}

#[test]
fn a_passives_subject_may_say_what_its_data_is_about() {
    // "How you use the app" says what the information is about; the
    // information is shared.
    for (text, recipient) in [
        (
            "Information about how you use the app is sent to Google Analytics.",
            "google",
        ),
        (
            "Your interactions with our ads may be shared with partners.",
            "partners",
        ),
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.data.as_slice()),
            ("share", &["usage".to_string()][..]),
            "{text}: {p:#?}"
        );
        assert_eq!(p.recipients, [recipient], "{text}: {p:#?}");
    }
    // A topic and the ads themselves stay no practice.
    states_nothing(&[
        "This policy explains how your data is shared.",
        "Our sponsors' ads are displayed only to members in the United States.",
    ]);
}

#[test]
fn ai_training_named_as_a_noun_is_the_purpose() {
    // "AI training" as a choice's object is its scope, as "model training" is.
    for text in [
        "You can opt out of AI training within 30 days of this update.",
        "You can opt out of the training of AI on your posts in your settings.",
    ] {
        let p = one(text);
        let choice = p
            .choice
            .as_ref()
            .unwrap_or_else(|| panic!("{text}: {p:#?}"));
        assert_eq!(choice.scope, ["ai-training"], "{text}: {p:#?}");
    }
}

#[test]
fn a_link_titles_data_is_no_object_of_the_choice() {
    // "This" points at the sale before; the link's title only names the link.
    let p = one(
        "You can opt out of this by clicking \"Do Not Sell or Share My Personal Information\".",
    );
    assert_eq!(
        p.choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-out"),
        "{p:#?}"
    );
    assert!(p.data.is_empty(), "{p:#?}");
    // Quoted data that is no title stays: a defined term.
    let p = one("We share your \"Device Data\", such as your IP address, with advertisers.");
    assert!(p.data.contains(&"ip-address".to_string()), "{p:#?}");
}

#[test]
fn a_bar_on_the_parties_reached_conditions_the_sharing_not_their_promise() {
    let ps = ex().extract(
        "We share your data with service providers who are prohibited from using it for their own purposes.",
    );
    let share = ps.iter().find(|p| p.action == "share").expect("share");
    assert!(
        share
            .condition
            .as_ref()
            .is_some_and(|c| c.text.starts_with("who are prohibited")),
        "{ps:#?}"
    );
    let promise = ps.iter().find(|p| p.negated).expect("promise");
    assert_eq!(promise.actor, "service-providers", "{ps:#?}");
    assert!(promise.condition.is_none(), "{ps:#?}");
}

#[test]
fn what_the_company_does_without_sharing_data_is_a_promise_not_to_share_it() {
    // The company doing without: a promise, not the reader's choice (and
    // not the weak verb before it read as the disclosure).
    for text in [
        "We provide the app without disclosing your email address to advertisers.",
        "We show ads without sharing your personal information with advertisers.",
    ] {
        let ps = ex().extract(text);
        assert!(
            ps.iter().any(|p| p.negated && p.action == "share"),
            "{text}: {ps:#?}"
        );
        assert!(
            ps.iter()
                .all(|p| p.negated || !crate::extract::discloses(&p.action)),
            "{text}: {ps:#?}"
        );
    }
    // The reader doing without stays the reader's choice to hold data
    // back, however the company is named on the way.
    for text in [
        "You can use the app without sharing your email address.",
        "You can use our app without sharing your email address.",
    ] {
        let p = one(text);
        assert!(!p.negated, "{text}: {p:#?}");
        assert_eq!(
            p.choice.as_ref().map(|c| c.kind.as_str()),
            Some("optional"),
            "{text}: {p:#?}"
        );
    }
    let ps = ex()
        .extract("Some of our site's features can be used without revealing your email address.");
    assert!(ps.iter().all(|p| !p.negated), "{ps:#?}");
}

#[test]
fn data_shown_without_leaving_the_device_is_not_collected() {
    let p = one("Sponsored tiles are shown without any personal data leaving your device.");
    assert!(p.negated && p.action == "collect", "{p:#?}");
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    // Only the data between "without" and "leaving": the photos are
    // processed, the location stays.
    let ps = ex().extract("We process your photos without your location leaving your phone.");
    let local = ps.iter().find(|p| p.negated).expect("promise");
    assert_eq!(local.data, ["location"], "{ps:#?}");
}

#[test]
fn an_act_said_to_go_on_past_a_choice_is_read_apart_from_it() {
    // Fronted, the choice naming its object: the act after the comma goes
    // on past it, with its own purposes; the opt-out stays offered over
    // advertising alone.
    let ps = ex().extract(
        "If you opt out of interest-based advertising, some information will still be collected for research and analytics.",
    );
    let past = ps.iter().find(|p| p.action == "collect").expect("collect");
    assert_eq!(past.despite.as_deref(), Some("opt-out"), "{ps:#?}");
    assert!(past.choice.is_none(), "{ps:#?}");
    assert!(
        !past.purposes.contains(&"advertising".to_string()),
        "{ps:#?}"
    );
    assert!(past.condition.is_none(), "{ps:#?}");
    let offered = ps.iter().find(|p| p.choice.is_some()).expect("choice");
    assert_eq!(offered.purposes, ["advertising"], "{ps:#?}");
    assert_eq!(
        offered.choice.as_ref().map(|c| c.scope.clone()),
        Some(vec!["advertising".to_string()]),
        "{ps:#?}"
    );
    // Trailing: after the choice, or a setting's state.
    for (text, kind) in [
        (
            "We may still collect usage data after you turn off personalization.",
            "opt-out",
        ),
        (
            "Some location data may still be saved even when Location History is paused.",
            "settings",
        ),
        (
            "You can turn telemetry off in Settings; some interaction data is still collected when telemetry is off.",
            "settings",
        ),
        // After the turn of a clause.
        (
            "You can opt out of interest-based ads; even if you opt out, we still collect your browsing data.",
            "opt-out",
        ),
        (
            "If you turn off location services, we may still collect your approximate location from your IP address.",
            "opt-out",
        ),
    ] {
        let ps = ex().extract(text);
        let past: Vec<&Practice> = ps.iter().filter(|p| p.despite.is_some()).collect();
        assert!(
            !past.is_empty()
                && past
                    .iter()
                    .all(|p| p.despite.as_deref() == Some(kind) && p.choice.is_none()),
            "{text}: {ps:#?}"
        );
    }
    // Without "still", a choice and the act it is over stay one.
    let p = one("If you turn on personalization, we collect your usage data.");
    assert!(p.despite.is_none(), "{p:#?}");
}

#[test]
fn browser_words_name_no_address_and_bare_suggestions_no_friends() {
    let e = ex();
    let p = one("Search queries typed into the address bar are kept for 90 days.");
    assert_eq!(p.data, ["usage"], "{p:#?}");
    assert_eq!(
        every(&e, "We collect telemetry from the app.", |p| &p.data),
        ["usage"]
    );
    assert_eq!(
        every(
            &e,
            "Sponsored listings are selected using your approximate location.",
            |p| &p.purposes
        ),
        ["advertising"]
    );
    assert_eq!(
        every(
            &e,
            "We keep your search queries to improve search suggestions.",
            |p| &p.purposes
        ),
        ["personalization"]
    );
    assert_eq!(
        every(
            &e,
            "We use your contacts to suggest people you may know.",
            |p| &p.purposes
        ),
        ["suggestions"]
    );
}

#[test]
fn a_good_that_names_whose_data_it_is_sells_data() {
    // "Vehicle" and "device" are goods on their own ("we sell vehicles"),
    // but before a data term they say whose data it is.
    for text in [
        "We may sell car data to data brokers.",
        "We may sell your vehicle data to data brokers.",
    ] {
        let p = one(text);
        assert!(p.action == "sell" && !p.negated, "{text}: {p:#?}");
        assert_eq!(p.recipients, ["data-brokers"], "{text}: {p:#?}");
    }
    let p = one("We provide device data to our partners.");
    assert_eq!(p.data, ["device-information"], "{p:#?}");
    // Goods stay goods.
    for text in [
        "We sell vehicles to customers.",
        "We sell products to data brokers.",
    ] {
        assert!(ex().extract(text).is_empty(), "{text}");
    }
}

#[test]
fn data_of_an_unnamed_kind_said_de_identified_is_de_identified_data() {
    let p = one("We share aggregated commute information with our partners.");
    assert_eq!(p.data, ["non-personal-information"], "{p:#?}");
    let p = one("We may sell de-identified commute data to data brokers.");
    assert_eq!(p.data, ["non-personal-information"], "{p:#?}");
    // A named kind keeps its own term, said de-identified.
    let p = one("We share aggregated usage data with our partners.");
    assert_eq!(p.data, ["usage"], "{p:#?}");
    // Without the adjective, the kind is personal information.
    let p = one("We share your commute data with our partners.");
    assert_eq!(p.data, ["personal-information"], "{p:#?}");
    // A vehicle's data is the device's.
    let p = one("We collect vehicle data and diagnostic trouble codes.");
    assert_eq!(p.data, ["device-information"], "{p:#?}");
}

#[test]
fn a_promise_kept_until_legal_process_keeps_its_condition() {
    // The condition is the act's though a later clause has an exception
    // of its own.
    let ps = ex().extract(
        "We will never hand your health data to law enforcement without a court order, and we will tell you about any request before we respond, unless a court forbids it.",
    );
    let p = ps.iter().find(|p| p.action == "share").expect("share");
    assert!(p.negated, "{ps:#?}");
    assert_eq!(p.recipients, ["law-enforcement"], "{ps:#?}");
    assert_eq!(
        p.condition.as_ref().map(|c| c.text.as_str()),
        Some("without a court order"),
        "{ps:#?}"
    );
    // "Hand over" gives; "on the other hand" does not.
    let p = one("We may hand over your information to the police.");
    assert!(
        p.action == "share" && p.recipients == ["law-enforcement"],
        "{p:#?}"
    );
    let p = one("On the other hand, we keep your email address.");
    assert_eq!(p.action, "retain", "{p:#?}");
    // Data that persists in backups for a period is kept for it.
    let ps = ex().extract("Your data may persist in our backups for up to 180 days.");
    assert!(
        ps.iter()
            .any(|p| p.action == "retain" && p.retention_days == Some(180)),
        "{ps:#?}"
    );
}

#[test]
fn a_list_of_subjects_does_not_reach_across_a_heading_or_a_sentence() {
    // A modifier the vocabulary does not know stays inside its list...
    let ps = ex().extract("Our affiliates and cloud providers may store your data.");
    assert!(ps.iter().any(|p| p.actor == "affiliates"), "{ps:#?}");
    assert!(ps.iter().any(|p| p.actor == "service-providers"), "{ps:#?}");
    // ... but a run-in heading's words are no subject.
    let ps = ex().extract(
        "Affiliates and advisors: We may share your data with our auditors and advisors for tax filings.",
    );
    assert!(ps.iter().all(|p| p.actor == "first-party"), "{ps:#?}");
}

#[test]
fn a_denial_inside_a_so_long_as_condition_promises_nothing() {
    // The condition's denials, each predicate of its list, state no
    // promise; the act they condition keeps them as its condition.
    for text in [
        "We may use your data for analytics, as long as it is not shared with advertisers.",
        "We may keep your data, provided that it is not sold.",
        "For short-term transient use, so long as the personal data is not disclosed to a third party, is not used for profiling, and is not used to alter your experience.",
    ] {
        let ps = ex().extract(text);
        assert!(ps.iter().all(|p| !p.negated), "{text}: {ps:#?}");
        assert!(ps.iter().all(|p| p.condition.is_some()), "{text}: {ps:#?}");
    }
    // A fronted condition's own clause ends at its comma: the list after
    // it is promised on it.
    let ps = ex().extract(
        "If you opt out, your data is not shared with advertisers, is not used for profiling, and is not sold.",
    );
    let acts: Vec<&str> = ps
        .iter()
        .filter(|p| p.negated)
        .map(|p| p.action.as_str())
        .collect();
    assert_eq!(acts, ["share", "use", "sell"], "{ps:#?}");
}

#[test]
fn what_people_watch_and_listen_to_is_usage_data() {
    for text in [
        "We do not collect information about the programs you watch.",
        "We do not collect the songs you listen to.",
    ] {
        let p = one(text);
        assert!(
            p.negated && p.action == "collect" && p.data == ["usage"],
            "{text}: {p:#?}"
        );
    }
    let p = one("We share ACR data with advertisers.");
    assert_eq!(
        (p.action.as_str(), &p.data[..]),
        ("share", &["usage".to_string()][..]),
        "{p:#?}"
    );
}

#[test]
fn hiding_data_from_a_party_is_a_setting_over_showing_it_to_them() {
    let p = one("You can hide your distance from other users in Settings.");
    assert_eq!(
        (p.action.as_str(), &p.data[..], &p.recipients[..]),
        (
            "share",
            &["location".to_string()][..],
            &["other-users".to_string()][..]
        ),
        "{p:#?}"
    );
    assert_eq!(p.choice.as_ref().map(|c| c.kind.as_str()), Some("settings"));
    // (Hidden from no party, it is no disclosure.)
    let p = one("You can hide your distance in Settings.");
    assert_eq!(p.action, "use", "{p:#?}");
}

#[test]
fn a_deletion_period_keeps_its_exception() {
    let p = one(
        "We erase your data within 30 days, except where we must keep it to comply with the law.",
    );
    assert_eq!(
        (p.action.as_str(), p.retention_days),
        ("retain", Some(30)),
        "{p:#?}"
    );
    assert!(
        p.condition.as_ref().is_some_and(
            |c| c.kind == "exception" && c.text.starts_with("except where we must keep")
        ),
        "{p:#?}"
    );
}

#[test]
fn leaving_a_programme_is_opting_out_of_it() {
    let p = one(
        "You can unenroll from Smart Driver at any time, and we will stop collecting driving data.",
    );
    assert_eq!(
        p.choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-out"),
        "{p:#?}"
    );
    assert_eq!(
        (p.action.as_str(), &p.data[..]),
        ("collect", &["usage".to_string()][..])
    );
}

#[test]
fn a_promise_made_in_a_mode_of_the_service_holds_there_alone() {
    let p =
        one("When you use Temporary Chat, your conversations are not used to train our models.");
    assert!(p.negated, "{p:#?}");
    assert_eq!(
        p.condition
            .as_ref()
            .map(|c| (c.kind.as_str(), c.text.as_str())),
        Some(("condition", "when you use temporary chat")),
        "{p:#?}"
    );
    // (The service itself is every occasion.)
    let p = one("When you use our services, we do not sell your personal information.");
    assert!(p.negated && p.condition.is_none(), "{p:#?}");
}

#[test]
fn third_party_before_a_kind_of_party_only_qualifies_it() {
    for text in [
        "We may share conversations with third-party model providers.",
        "We share your data with third party technology vendors.",
    ] {
        let p = one(text);
        assert_eq!(p.recipients, ["service-providers"], "{text}: {p:#?}");
    }
    let p = one("We share your searches with third parties and service providers.");
    assert_eq!(
        p.recipients,
        ["third-parties", "service-providers"],
        "{p:#?}"
    );
    assert_eq!(p.data, ["usage"], "{p:#?}");
}

#[test]
fn a_keeping_joined_to_a_passive_keeps_its_subject() {
    let ps = ex().extract(
        "Conversations flagged by our safety classifiers may be reviewed by human reviewers and kept for up to two years.",
    );
    assert!(
        ps.iter().any(|p| p.action == "retain"
            && p.data == ["content"]
            && p.retention_days == Some(730)),
        "{ps:#?}"
    );
}

#[test]
fn these_companies_are_the_party_named_before() {
    let ps = ex().extract(
        "We work with advertising partners. We share your email address with these companies.",
    );
    assert!(
        ps.iter()
            .any(|p| p.data == ["email-address"] && p.recipients == ["advertisers"]),
        "{ps:#?}"
    );
}

#[test]
fn a_therapist_is_a_health_care_provider() {
    let p = one("Your answers to the intake questionnaire are shared only with your therapist.");
    assert_eq!(
        (p.action.as_str(), &p.data[..], &p.recipients[..]),
        (
            "share",
            &["survey".to_string()][..],
            &["health-care-providers".to_string()][..]
        ),
        "{p:#?}"
    );
}

#[test]
fn a_disclosure_the_law_may_call_a_sale_is_a_sale() {
    let p = one(
        "We share device identifiers and browsing activity with advertising partners, which may be considered a sale or sharing under California law.",
    );
    assert_eq!(
        (p.action.as_str(), &p.recipients[..]),
        ("sell", &["advertisers".to_string()][..]),
        "{p:#?}"
    );
    // (However the policy says the law may count it.)
    let p = one("Sharing data with our advertising partners may count as a sale in some places.");
    assert_eq!(p.action, "sell", "{p:#?}");
    for text in [
        "We share data with service providers, which does not constitute a sale.",
        "You have the right to know whether we disclose personal information for purposes that would be considered a sale.",
    ] {
        assert!(
            ex().extract(text).iter().all(|p| p.action != "sell"),
            "{text}"
        );
    }
}

#[test]
fn a_sending_joined_to_a_passive_sends_its_subject() {
    let ps = ex().extract(
        "Your voice recordings are processed on your device and never sent to our servers.",
    );
    assert!(
        ps.iter()
            .any(|p| p.action == "collect" && p.negated && p.data == ["content"]),
        "{ps:#?}"
    );
}

#[test]
fn reselling_is_selling() {
    let p = one("Our partners may resell your location data to other companies.");
    assert_eq!(
        (p.action.as_str(), p.actor.as_str(), &p.data[..]),
        ("sell", "partners", &["location".to_string()][..]),
        "{p:#?}"
    );
    let p = one("Your data is never resold.");
    assert!(p.negated && p.action == "sell", "{p:#?}");
}

#[test]
fn an_erasure_offered_beside_the_period_of_deletion_governs_it() {
    let p = one(
        "You can delete your account at any time, and we will delete your genetic data within 30 days.",
    );
    assert_eq!(
        (p.action.as_str(), &p.data[..], p.retention_days),
        ("retain", &["genetic-data".to_string()][..], Some(30)),
        "{p:#?}"
    );
    assert_eq!(
        p.choice.as_ref().map(|c| c.kind.as_str()),
        Some("deletion"),
        "{p:#?}"
    );
}

#[test]
fn employers_are_a_recipient_of_their_own() {
    // (Named in a promise, they are no stand-in for every third party.)
    let p = one("We do not share your genetic data with employers or insurance companies.");
    assert!(p.negated, "{p:#?}");
    assert_eq!(
        p.recipients,
        ["employers", "financial-institutions"],
        "{p:#?}"
    );
}

#[test]
fn an_erasure_the_reader_asks_for_is_the_right_to_it() {
    for text in [
        "If you ask us to, our laboratory will discard your saliva sample.",
        "You can ask the laboratory to destroy your saliva sample.",
        "You can request that your personal information be deleted.",
    ] {
        let p = one(text);
        assert_eq!(
            p.choice.as_ref().map(|c| c.kind.as_str()),
            Some("deletion"),
            "{text}: {p:#?}"
        );
    }
    // (Asking something else is no asking for the erasure.)
    let ps =
        ex().extract("If you ask us a question, we will discard your message after answering it.");
    assert!(ps.iter().all(|p| p.choice.is_none()), "{ps:#?}");
}

#[test]
fn a_denied_disclosure_to_the_authorities_promises_it_for_no_purpose() {
    // Handed over, data serves the law; refused, it serves nothing: the
    // promise is not one "for legal obligations".
    let p = one("We share your recordings with law enforcement.");
    assert_eq!(p.purposes, ["legal"], "{p:#?}");
    let p = one("We do not give law enforcement access to your recordings.");
    assert!(p.negated && p.purposes.is_empty(), "{p:#?}");
}

#[test]
fn data_that_none_of_leaves_the_device_is_not_collected() {
    let p = one("No information about your browsing history leaves your device.");
    assert!(
        p.negated && p.action == "collect" && p.data == ["usage"],
        "{p:#?}"
    );
    // (A "no" of another noun before a keeping does not deny the keeping:
    // what is stored locally stays uncollected.)
    let ps = ex().extract(
        "There are no images associated with this data and it is stored locally on the device.",
    );
    assert!(
        ps.iter().any(|p| p.negated && p.action == "collect"),
        "{ps:#?}"
    );
}

#[test]
fn limiting_sharing_is_opting_out_of_it() {
    // The US financial privacy notice's wording: the act is in the choice.
    for text in [
        "You can limit the sharing of your information with affiliates.",
        "You can limit sharing of your information with affiliates.",
    ] {
        let p = one(text);
        assert_eq!(
            (
                p.action.as_str(),
                &p.recipients[..],
                p.choice.as_ref().map(|c| c.kind.as_str())
            ),
            ("share", &["affiliates".to_string()][..], Some("opt-out")),
            "{text}: {p:#?}"
        );
    }
    let p = one("Your choice to limit marketing will apply until you tell us to change it.");
    assert_eq!(
        p.choice.as_ref().map(|c| c.kind.as_str()),
        Some("opt-out"),
        "{p:#?}"
    );
    // (And a disclosure so that others can market to the reader is for
    // marketing.)
    let p = one(
        "We do not share your information with nonaffiliated companies so they can market to you.",
    );
    assert_eq!(p.purposes, ["marketing"], "{p:#?}");
}

#[test]
fn data_set_against_a_disclosure_by_but_never_is_left_out_of_it() {
    let ps = ex().extract(
        "We share your usage data with advertising partners, but never your name or email address.",
    );
    let shared: Vec<(&[String], bool)> = ps.iter().map(|p| (&p.data[..], p.negated)).collect();
    assert_eq!(
        shared,
        [
            (&["usage".to_string()][..], false),
            (&["name".to_string(), "email-address".to_string()][..], true)
        ],
        "{ps:#?}"
    );
}

/// Each practice's action, "not" first where denied, and its purposes:
/// "not use: advertising".
fn acts_and_purposes(text: &str) -> Vec<String> {
    ex().extract(text)
        .into_iter()
        .map(|p| {
            let not = if p.negated { "not " } else { "" };
            format!("{not}{}: {}", p.action, p.purposes.join(", "))
        })
        .collect()
}

#[test]
fn a_denied_act_in_a_clause_of_its_own_takes_no_purpose_from_the_one_before() {
    assert_eq!(
        acts_and_purposes(
            "We never use student data for targeted advertising, and we never sell student data."
        ),
        ["not use: advertising", "not sell: "]
    );
    // (Marketing the company's own products is marketing.)
    let p =
        one("We may use de-identified student data to develop, improve and market our products.");
    assert_eq!(p.purposes, ["marketing"], "{p:#?}");
}

#[test]
fn a_denied_building_of_profiles_is_a_promise_not_to_profile() {
    let p = one(
        "We do not build profiles of students except to support the school's educational purposes.",
    );
    assert!(
        p.negated && p.action == "use" && p.purposes == ["profiling"],
        "{p:#?}"
    );
    assert!(
        p.condition
            .as_ref()
            .is_some_and(|c| c.text == "except to support the school's educational purposes"),
        "{p:#?}"
    );
    // (Built, with no act on data named, it states nothing; nor does the
    // reader's own profile.)
    for text in [
        "We build profiles of your interests.",
        "You can create a profile.",
    ] {
        assert!(ex().extract(text).is_empty(), "{text}");
    }
}

#[test]
fn a_denied_act_leaves_what_a_later_affirmed_clause_states_to_it() {
    let ps = ex().extract(
        "We do not share your contact list with anyone, and we only use it to suggest friends \
         if you turn on contact syncing.",
    );
    let denied = ps.iter().find(|p| p.negated).expect("a promise");
    assert!(
        denied.action == "share"
            && denied.condition.is_none()
            && denied.choice.is_none()
            && denied.purposes.is_empty(),
        "{ps:#?}"
    );
    let used = ps.iter().find(|p| !p.negated).expect("a use");
    assert!(
        used.action == "use"
            && used.purposes == ["suggestions"]
            && used.choice.as_ref().is_some_and(|c| c.kind == "opt-in")
            && used.condition.is_some(),
        "{ps:#?}"
    );
    // (A condition before the cut stays the denied act's, the exception
    // after it going to the later act: "if you request deletion …, we may
    // retain such data … and that it is not used for any other purpose,
    // or we may opt you out of the processing … except for those allowed".)
    let ps = ex().extract(
        "If you request deletion of your data, we may retain a record of the request and ensure \
         that it is not used for any other purpose, or we may stop processing it except where \
         the law allows.",
    );
    let denied = ps.iter().find(|p| p.negated).expect("a promise");
    assert!(
        denied
            .condition
            .as_ref()
            .is_some_and(|c| c.text.starts_with("if you request deletion")),
        "{ps:#?}"
    );
    // (Both denied, the exception is the later act's own, as before.)
    let ps = ex().extract(
        "We do not sell your data, and we do not share it with third parties unless you consent.",
    );
    assert!(ps.iter().all(|p| p.negated), "{ps:#?}");
}

#[test]
fn shopping_terms_name_purchases_coupons_and_friend_finding() {
    let p = one("When you scan your rewards card, we record what you buy, where and when.");
    assert_eq!(
        (p.action.as_str(), &p.data[..]),
        ("collect", &["purchases".to_string()][..])
    );
    let p = one("We use your purchase history to send you personalized coupons.");
    assert_eq!(p.purposes, ["marketing"], "{p:#?}");
    let p = one(
        "We share your email address with our parent company so that it can offer you its other \
         products.",
    );
    assert_eq!(p.purposes, ["marketing"], "{p:#?}");
    let p = one("We only use your contacts to help you find friends who already use the app.");
    assert_eq!(p.purposes, ["suggestions"], "{p:#?}");
    let p = one("We use device data to troubleshoot problems with our service.");
    assert_eq!(p.purposes, ["analytics"], "{p:#?}");
}

#[test]
fn a_denied_purpose_carried_out_to_the_reader_is_a_promise_not_to_use_data_for_it() {
    // Showing ads and sending marketing carry their purposes out: denied,
    // the data is not used for them.
    for (text, purpose) in [
        ("We do not show ads to children.", "advertising"),
        ("We do not show you ads.", "advertising"),
        (
            "We will never send you marketing emails without your consent.",
            "marketing",
        ),
    ] {
        let p = one(text);
        assert!(
            p.negated && p.action == "use" && p.purposes == [purpose],
            "{text}: {p:#?}"
        );
    }
    // (In a part of its own beside another denied act, which keeps no
    // purpose of the part's.)
    assert_eq!(
        acts_and_purposes(
            "We do not collect any personal information from children, and we do not show \
         behavioral advertising in the game."
        ),
        ["not collect: ", "not use: advertising"]
    );
    // (With the data its part names.)
    let p = one("We do not show ads to children based on their location.");
    assert_eq!(p.data, ["location"], "{p:#?}");
    // (Affirmed, or with another verb of its part, it is no promise of its
    // own: the verb's practice states it.)
    assert!(
        ex().extract("We show ads to children.")
            .iter()
            .all(|p| !p.negated)
    );
    let ps = ex().extract("We do not share your data with advertisers to show you ads.");
    assert!(
        ps.len() == 1 && ps[0].action == "share" && ps[0].negated,
        "{ps:#?}"
    );
}

#[test]
fn a_verbs_form_after_no_is_a_noun_save_a_link_between() {
    // "No links to social networks" are things the game lacks, no promise
    // not to combine data.
    assert!(
        ex().extract("The game contains no chat and no links to social networks.")
            .is_empty()
    );
    // (An action noun stays one: "no sharing of your data".)
    let p = one("There is no sharing of your data with advertisers.");
    assert!(p.negated && p.action == "share", "{p:#?}");
    // (And "no link between" two kinds of data denies linking them.)
    let p = one("There is no link between IP addresses, websites visited, and individual users.");
    assert!(p.negated && p.action == "combine", "{p:#?}");
}

#[test]
fn a_purpose_set_against_the_act_is_one_it_is_not_done_for() {
    assert_eq!(
        acts_and_purposes(
            "We use information with special protections you choose to provide for these \
             purposes, but not to show you ads."
        ),
        ["use: ", "not use: advertising"]
    );
    assert_eq!(
        acts_and_purposes("We use your data for analytics but not for marketing or advertising."),
        ["use: analytics", "not use: marketing, advertising"]
    );
    // (A "not" before an act still denies the act, and one before data
    // leaves the data out, as before.)
    assert_eq!(
        acts_and_purposes("We may share your data with partners, but not sell it."),
        ["share: ", "not sell: "]
    );
}

#[test]
fn an_act_done_by_no_one_is_denied() {
    for text in [
        "No one at our company reads your messages.",
        "Nobody at our company will read your messages.",
        "No employee reads your emails.",
    ] {
        let p = one(text);
        assert!(
            p.negated && p.action == "use" && p.data == ["content"],
            "{text}: {p:#?}"
        );
    }
    // (With its exception, a promise with one.)
    let p = one("No one can read your messages except you and the person you're talking to.");
    assert!(p.negated && p.condition.is_some(), "{p:#?}");
    // (Not a "no one" in a condition of the act: the act stays affirmed.)
    let p = one("If no one uses your account for a year, we delete your data.");
    assert!(!p.negated, "{p:#?}");
    // (A sample reviewed is a use of what is sampled.)
    let p = one("Our staff may review a sample of messages to improve our spam filters.");
    assert!(
        !p.negated && p.action == "use" && p.data == ["content"],
        "{p:#?}"
    );
}

#[test]
fn a_clause_done_by_no_one_is_a_promise_of_its_own() {
    // Beside a denial for a purpose, it denies the act for any.
    assert_eq!(
        acts_and_purposes(
            "We do not read your emails to show you ads, and no person at our company reads \
             your messages."
        ),
        ["not use: advertising", "not use: "]
    );
}

#[test]
fn trips_are_location_data() {
    let p = one("We share trip data with insurers only when you are involved in an accident.");
    assert_eq!(
        (&p.data[..], &p.recipients[..]),
        (
            &["location".to_string()][..],
            &["financial-institutions".to_string()][..]
        ),
        "{p:#?}"
    );
    let p = one("We collect your pickup and drop-off locations.");
    assert_eq!(p.data, ["precise-location"], "{p:#?}");
}

#[test]
fn a_health_notices_restriction_request_marketing_and_authorization_are_read() {
    // Asking to limit what is shared with a health plan is an opt-out of
    // that sharing.
    let p = one(
        "You may ask us to limit what we share with your health plan when you pay for a service \
         in full yourself.",
    );
    assert!(
        p.action == "share"
            && p.recipients == ["financial-institutions"]
            && p.choice.as_ref().is_some_and(|c| c.kind == "opt-out"),
        "{p:#?}"
    );
    let p = one(
        "We may use your health information to tell you about our other services and health \
         products we think may interest you.",
    );
    assert_eq!(p.purposes, ["marketing"], "{p:#?}");
    let p = one(
        "We will not share your health information for marketing without your written authorization.",
    );
    assert!(
        p.negated
            && p.condition
                .as_ref()
                .is_some_and(|c| c.text == "without your written authorization"),
        "{p:#?}"
    );
}

#[test]
fn the_sites_a_person_visits_are_data_a_use_handles() {
    // A mobile carrier's wording: what sites and apps a subscriber uses is
    // the data, not a service the carrier uses nor a party it employs.
    let p = one(
        "We do not use the websites you visit or the apps you use on our network to show you ads.",
    );
    assert_eq!(
        (p.action.as_str(), p.negated, &p.data[..], &p.recipients[..]),
        ("use", true, &["usage".to_string()][..], &[][..]),
        "{p:#?}"
    );
    // (After "with" such sites still receive.)
    let p = one("We may share your information with websites you visit.");
    assert_eq!(p.recipients, ["third-parties"], "{p:#?}");
    // (The service a person uses is still no data: "by using our websites".)
    assert!(
        ex().extract("By using our websites, you agree to these terms.")
            .is_empty()
    );
}

#[test]
fn what_the_data_an_act_handles_does_not_include_is_a_promise() {
    // A carrier's audience segments: the sharing is stated elsewhere, the
    // sentence promises that the name and number are not in it.
    let p = one("The segments we share do not include your name or phone number.");
    assert_eq!(
        (p.action.as_str(), p.negated, &p.data[..]),
        (
            "share",
            true,
            &["name".to_string(), "phone-number".to_string()][..]
        ),
        "{p:#?}"
    );
    // What is shared is shared; what it leaves out is not.
    let ps = ex()
        .extract("Aggregated reports we share with partners do not contain your email address.");
    assert!(
        ps.iter()
            .any(|p| !p.negated && p.recipients == ["partners"])
            && ps
                .iter()
                .any(|p| p.negated && p.data == ["email-address"] && p.recipients == ["partners"]),
        "{ps:#?}"
    );
    let ps = ex().extract("The data we sell never includes your Social Security number.");
    assert!(
        ps.iter()
            .any(|p| p.negated && p.action == "sell" && p.data == ["government-identifier"]),
        "{ps:#?}"
    );
    // A definition names no act: nothing is promised.
    assert!(
        ex().extract("Personal information does not include publicly available information.")
            .is_empty()
    );
}

#[test]
fn a_model_trained_on_data_uses_it_for_training() {
    // A workplace chat service's wording: the model is the passive verb's
    // subject, named as a model or as machine-learning models.
    let p = one("Our models are trained on your messages.");
    assert_eq!(
        (p.action.as_str(), p.negated, &p.data[..], &p.purposes[..]),
        (
            "use",
            false,
            &["content".to_string()][..],
            &["ai-training".to_string()][..]
        ),
        "{p:#?}"
    );
    let p = one("Our AI models are not trained on your private messages.");
    assert!(p.negated && p.purposes == ["ai-training"], "{p:#?}");
    let p = one(
        "Our global machine learning models are trained on Customer Data, including messages, content and files, to improve search results.",
    );
    assert!(p.purposes.iter().any(|u| u == "ai-training"), "{p:#?}");
    // People trained on a subject use no one's data.
    assert!(
        ex().extract("Our staff are trained on data protection.")
            .is_empty()
    );
}

#[test]
fn a_legal_analysis_of_an_order_is_no_analytics() {
    // A messaging service's wording: the review of the order is part of
    // answering it; the disclosure to the authorities serves the law.
    let p = one(
        "If we receive a valid order from the relevant judicial authorities confirming that you are a suspect in a case involving criminal activities, we will perform a legal analysis of the request and may disclose your IP address and phone number to the relevant judicial authorities.",
    );
    assert_eq!(
        (&p.recipients[..], &p.purposes[..]),
        (
            &["law-enforcement".to_string()][..],
            &["legal".to_string()][..]
        ),
        "{p:#?}"
    );
}

#[test]
fn what_stays_on_the_glasses_or_the_camera_is_not_collected() {
    // Worn and mounted things are the user's devices as a phone is.
    for text in [
        "Photos and videos you capture stay on your glasses until you import them to your phone.",
        "Videos are stored only on your camera.",
    ] {
        let p = one(text);
        assert_eq!(
            (p.action.as_str(), p.negated, &p.data[..]),
            ("collect", true, &["content".to_string()][..]),
            "{text}: {p:#?}"
        );
    }
}

#[test]
fn a_map_of_the_home_kept_on_the_robot_is_not_collected() {
    // A robot vacuum maker's wording: the connected thing is the user's
    // device, and its map of the home is data of its own kind.
    let p = one(
        "The map your robot builds of your home is stored only on the robot and never leaves it.",
    );
    assert_eq!(
        (p.action.as_str(), p.negated, &p.data[..]),
        ("collect", true, &["home-maps".to_string()][..]),
        "{p:#?}"
    );
    let p = one(
        "With your consent, we may share spatial data about your home with smart-home partners, such as Google and Amazon.",
    );
    assert_eq!(
        (p.action.as_str(), &p.data[..]),
        ("share", &["home-maps".to_string()][..]),
        "{p:#?}"
    );
    // (So is improving "our" recognition: "to improve our speech
    // recognition".)
    let p = one("We may use your recordings to improve our speech recognition.");
    assert_eq!(p.purposes, ["ai-training"], "{p:#?}");
    // Images a camera takes are content, reviewed to train recognition.
    let p = one(
        "Images captured by the robot's camera may be reviewed by our contractors to improve object recognition.",
    );
    assert!(
        p.data.iter().any(|d| d == "content") && p.purposes == ["ai-training"],
        "{p:#?}"
    );
}

#[test]
fn corporate_clients_given_data_are_third_parties() {
    // An antivirus maker's subsidiary selling browsing data: the buyers
    // are named as its clients.
    let p = one(
        "Through our subsidiary, we may provide de-identified browsing data, including the URLs you visit, to corporate clients for market research.",
    );
    assert_eq!(
        (p.action.as_str(), &p.data[..], &p.recipients[..]),
        (
            "share",
            &["usage".to_string()][..],
            &["third-parties".to_string()][..]
        ),
        "{p:#?}"
    );
}

#[test]
fn collaborators_training_their_models_serve_their_own_purposes() {
    // A social network's 2024 kind of change: data shared with outside
    // collaborators for training the collaborators' models.
    let ps = ex().extract(
        "Depending on your settings, we may share your data with third-party collaborators, who may use it to train their artificial intelligence models, including generative models.",
    );
    let share = ps
        .iter()
        .find(|p| p.action == "share")
        .expect("a disclosure");
    assert_eq!(share.recipients, ["partners"], "{ps:#?}");
    for purpose in ["recipients-own-purposes", "ai-training"] {
        assert!(
            share.purposes.iter().any(|u| u == purpose),
            "{purpose}: {ps:#?}"
        );
    }
    // (Training their models is theirs, as training their own is.)
    let p = &ex()
        .extract("We may share your data with partners, who may use it to train their models.")[0];
    assert!(
        p.purposes.iter().any(|u| u == "recipients-own-purposes"),
        "{p:#?}"
    );
}

#[test]
fn visible_only_to_a_party_discloses_to_it_alone() {
    // A fitness app's wording: "only" inside the weak verb restricts it as
    // "only visible to" does.
    let p = one(
        "Your activities are private by default and are visible only to followers you approve.",
    );
    assert_eq!(
        (p.action.as_str(), &p.recipients[..], p.restricted),
        ("share", &["other-users".to_string()][..], true),
        "{p:#?}"
    );
    let p = one("Your posts are visible to your friends.");
    assert!(!p.restricted, "{p:#?}");
}

#[test]
fn these_partners_after_ad_technology_partners_are_the_advertisers() {
    // A streaming service's ad tier: the second sentence's "these
    // partners" are the advertising technology partners of the first.
    let e = ex();
    let md = "# Ads\n\nOn plans with ads, we work with advertising technology partners to deliver ads.\nWe share your approximate location and age range with these partners so they can show you relevant ads.\n";
    let p = last_clause_practices(&e, md);
    let share = p
        .iter()
        .find(|p| p.action == "share")
        .expect("a disclosure");
    assert_eq!(share.recipients, ["advertisers"], "{p:#?}");
    // (A kind the party before is not named by stays itself: "these
    // partners" after "our affiliates".)
    let md = "# Sharing\n\nWe share your data with our affiliates.\nWe share your email address with these partners.\n";
    let p = last_clause_practices(&e, md);
    assert_eq!(p[0].recipients, ["partners"], "{p:#?}");
}

#[test]
fn tax_return_information_is_financial() {
    // A tax-preparation service's wording: what a return holds is money.
    let p = one(
        "We do not disclose your tax return information to anyone for advertising without your written consent.",
    );
    assert_eq!(
        (p.negated, &p.data[..]),
        (true, &["financial".to_string()][..]),
        "{p:#?}"
    );
    let p = one("Our pixels may collect your filing status and refund amount.");
    assert_eq!(p.data, ["financial"], "{p:#?}");
}

#[test]
fn a_loyalty_programme_shares_travel_history_with_a_card_issuer() {
    // An airline loyalty programme's wording: where members flew is their
    // location history, the co-brand card's issuer is a bank, and the
    // partners' own offers are their own marketing.
    let ps = ex().extract(
        "We may share your travel history and contact details with our co-brand credit card issuer and with hotel partners, who may use them to send you their own offers.",
    );
    let p = ps
        .iter()
        .find(|p| p.action == "share")
        .expect("a disclosure");
    assert_eq!(p.data, ["location", "contact-information"], "{ps:#?}");
    assert_eq!(
        p.recipients,
        ["financial-institutions", "partners"],
        "{ps:#?}"
    );
    assert_eq!(
        p.purposes,
        ["marketing", "recipients-own-purposes"],
        "{ps:#?}"
    );
    // (A planning tool named for itineraries holds none of the user's.)
    assert!(
        ex().extract("Use our itinerary planning tool to organise your trip.")
            .is_empty()
    );
    // A hotel group's: stays and reservations are what the guest bought,
    // and the card "partner" is the issuer (its "credit card" no data).
    let p = one(
        "We may share your stay history and reservation details with our co-brand credit card partner.",
    );
    assert_eq!(
        (&p.data[..], &p.recipients[..]),
        (
            &["purchases".to_string()][..],
            &["financial-institutions".to_string()][..]
        ),
        "{p:#?}"
    );
}

#[test]
fn our_carriers_deliver_parcels_and_your_carrier_is_a_device_detail() {
    // A retailer's carriers are delivery firms, a source of addresses; a
    // person's mobile carrier is a detail of the device.
    let p = one("We receive updated address information from our carriers.");
    assert_eq!(
        (&p.data[..], &p.sources[..]),
        (
            &["postal-address".to_string()][..],
            &["service-providers".to_string()][..]
        ),
        "{p:#?}"
    );
    let p = one("We collect your mobile carrier and device model.");
    assert_eq!(p.data, ["device-information"], "{p:#?}");
}

#[test]
fn staffing_partners_are_employers_and_recruiters() {
    // A job site's wording: the firms that place candidates recruit.
    let p = one("We may share your resume with our staffing partners and recruitment agencies.");
    assert_eq!(p.recipients, ["employers"], "{p:#?}");
}

#[test]
fn whether_a_person_is_online_is_usage_data() {
    // A messaging feature's wording: presence is what "online status" and
    // "last seen" name.
    let p = one("Other users can see when you are online.");
    assert_eq!(
        (p.action.as_str(), &p.data[..], &p.recipients[..]),
        (
            "share",
            &["usage".to_string()][..],
            &["other-users".to_string()][..]
        ),
        "{p:#?}"
    );
}

#[test]
fn an_act_depending_on_your_settings_is_under_a_settings_choice() {
    // Google's and a social network's wording: what the settings decide
    // the person controls there.
    let p = one(
        "Depending on your settings, we may also show you personalised ads based on your interests.",
    );
    assert_eq!(
        p.choice.as_ref().map(|c| c.kind.as_str()),
        Some("settings"),
        "{p:#?}"
    );
    // (Settings that are no one's to change decide nothing: "the device's
    // settings and model" are data.)
    let p = one("We collect your device settings and model.");
    assert!(p.choice.is_none(), "{p:#?}");
}

#[test]
fn building_custom_or_lookalike_audiences_is_advertising() {
    // Audiences built from customers' data are who ads are shown to.
    for s in [
        "We may use your email address to create lookalike audiences on Facebook.",
        "We may share your information with third parties to help us find similar audiences.",
    ] {
        let p = one(s);
        assert_eq!(p.purposes, ["advertising"], "{s}: {p:#?}");
    }
}

#[test]
fn a_party_allowed_to_see_data_is_shown_it() {
    // "Allow … to see" lets the party see, as "lets … see" does.
    let p = one("We allow other users to see your location.");
    assert_eq!(
        (p.action.as_str(), &p.data[..], &p.recipients[..]),
        (
            "share",
            &["location".to_string()][..],
            &["other-users".to_string()][..]
        ),
        "{p:#?}"
    );
    let p = one("We do not allow advertisers to see your name.");
    assert!(p.negated && p.recipients == ["advertisers"], "{p:#?}");
}

#[test]
fn this_data_points_past_a_sentence_that_states_nothing() {
    // An antivirus maker's wording: the sentence between states no
    // practice, and "this data sharing" is the sharing before it.
    let e = ex();
    let md = "# Browsing data\n\nWe may provide de-identified browsing data to corporate clients for market research.\nOur subsidiary's clients pay for access to these data sets.\nYou can opt out of this data sharing at any time in the app.\n";
    let p = last_clause_practices(&e, md);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(
        (
            &p[0].data[..],
            p[0].choice.as_ref().map(|c| c.kind.as_str())
        ),
        (&["usage".to_string()][..], Some("opt-out")),
        "{p:#?}"
    );
}
