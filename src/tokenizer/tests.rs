//! Tables of French cases, one per convention, each with `'` and `’` where it matters.

use super::*;

fn texts(input: &str) -> Vec<&str> {
    tokenize(input).tokens().iter().map(Token::text).collect()
}

fn sentences(input: &str) -> Vec<&str> {
    let t = tokenize(input);
    t.sentences()
        .iter()
        .map(|s| &input[s.span().bytes()])
        .collect()
}

macro_rules! tokens {
    ($($name:ident: $input:expr => [$($tok:expr),* $(,)?];)*) => {
        $(#[test] fn $name() {
            let expected: &[&str] = &[$($tok),*];
            assert_eq!(texts($input), expected, "input: {:?}", $input);
        })*
    };
}

macro_rules! sentences {
    ($($name:ident: $input:expr => [$($s:expr),* $(,)?];)*) => {
        $(#[test] fn $name() {
            let expected: &[&str] = &[$($s),*];
            assert_eq!(sentences($input), expected, "input: {:?}", $input);
        })*
    };
}

tokens! {
    elision_l_straight: "l'armée" => ["l'", "armée"];
    elision_l_curly: "l’armée" => ["l’", "armée"];
    elision_capital: "L'Otan et L’Otan" => ["L'", "Otan", "et", "L’", "Otan"];
    elision_d: "d'Afghanistan, d’Afghanistan" => ["d'", "Afghanistan", ",", "d’", "Afghanistan"];
    elision_qu: "qu'ils, qu’il" => ["qu'", "ils", ",", "qu’", "il"];
    elision_jusqu: "jusqu'à jusqu’alors" => ["jusqu'", "à", "jusqu’", "alors"];
    elision_lorsqu_puisqu: "lorsqu'il puisqu’elle" => ["lorsqu'", "il", "puisqu’", "elle"];
    elision_pronouns: "s'est n'a c'était j'ai m'a t'en" => ["s'", "est", "n'", "a", "c'", "était", "j'", "ai", "m'", "a", "t'", "en"];
    elision_all_caps: "L'ARMÉE D'AFGHANISTAN" => ["L'", "ARMÉE", "D'", "AFGHANISTAN"];
    elision_twice: "qu'aujourd'hui" => ["qu'", "aujourd'hui"];
    elision_before_digit: "l'an 2020, d'1 mètre" => ["l'", "an", "2020", ",", "d'", "1", "mètre"];
    lexicalised_aujourdhui: "aujourd'hui aujourd’hui" => ["aujourd'hui", "aujourd’hui"];
    lexicalised_presquile: "la presqu'île" => ["la", "presqu'île"];
    lexicalised_prudhomme: "les prud’hommes" => ["les", "prud’hommes"];
    lexicalised_quelquun: "quelqu'un" => ["quelqu'un"];
    lexicalised_cest_a_dire: "c'est-à-dire, c’est-à-dire" => ["c'est-à-dire", ",", "c’est-à-dire"];
    lexicalised_lon: "si l'on veut" => ["si", "l'on", "veut"];
    foreign_apostrophe_names: "O'Brien et N'Djamena" => ["O'Brien", "et", "N'Djamena"];
    apostrophe_as_quote: "'paix'" => ["'", "paix", "'"];
    hyphen_compounds: "États-Unis porte-parole Nahr-e Saraj Al-Qaïda week-end" => ["États-Unis", "porte-parole", "Nahr-e", "Saraj", "Al-Qaïda", "week-end"];
    hyphen_place_with_article: "Montigny-le-Bretonneux, Marne-la-Vallée" => ["Montigny-le-Bretonneux", ",", "Marne-la-Vallée"];
    hyphen_with_elision_inside: "Sainte-Anne-d'Auray" => ["Sainte-Anne-d'Auray"];
    hyphen_non_breaking: "États\u{2011}Unis" => ["États\u{2011}Unis"];
    inverted_t_il: "a-t-il dit" => ["a", "-t-il", "dit"];
    inverted_t_elle: "A-t-elle ?" => ["A", "-t-elle", "?"];
    inverted_t_on: "a-t-on appris" => ["a", "-t-on", "appris"];
    inverted_il: "dit-il." => ["dit", "-il", "."];
    inverted_elle: "ajoute-t-elle, précise-elle" => ["ajoute", "-t-elle", ",", "précise", "-elle"];
    inverted_ce: "est-ce que" => ["est", "-ce", "que"];
    inverted_imperative: "allez-y, dites-moi" => ["allez", "-y", ",", "dites", "-moi"];
    inverted_in_capitals: "DITES-LE, prends-la" => ["DITES", "-LE", ",", "prends", "-la"];
    inverted_capitalised_pronoun: "Que veux-Tu ?" => ["Que", "veux", "-Tu", "?"];
    double_surname_article: "Marie Dupont-Le Goff, Ana Ruiz-La Torre" => ["Marie", "Dupont-Le", "Goff", ",", "Ana", "Ruiz-La", "Torre"];
    inverted_nous_vous: "pouvons-nous ? voulez-vous" => ["pouvons", "-nous", "?", "voulez", "-vous"];
    demonstrative_whole: "celui-ci ceux-là" => ["celui-ci", "ceux-là"];
    rendez_vous_whole: "un rendez-vous" => ["un", "rendez-vous"];
    number_plain: "43 attaques" => ["43", "attaques"];
    number_space_thousands: "5 000 prisonniers" => ["5 000", "prisonniers"];
    number_nbsp_thousands: "5\u{A0}000 prisonniers" => ["5\u{A0}000", "prisonniers"];
    number_nnbsp_thousands: "1\u{202F}200\u{202F}000 dollars" => ["1\u{202F}200\u{202F}000", "dollars"];
    number_year_then_count: "en 2020 300 soldats" => ["en", "2020", "300", "soldats"];
    number_group_needs_three_digits: "les 3 00" => ["les", "3", "00"];
    number_decimal_comma: "3,5 millions" => ["3,5", "millions"];
    number_grouped_decimal: "5 000,50 euros" => ["5 000,50", "euros"];
    number_comma_list: "1, 2 et 3" => ["1", ",", "2", "et", "3"];
    number_ordinals: "1er mai, 2e, XXe siècle, 1re" => ["1er", "mai", ",", "2e", ",", "XXe", "siècle", ",", "1re"];
    // UD French splits letters glued to digits, ordinal endings aside.
    number_times: "12h30, 16 heures, 8:45, 23h" => ["12", "h", "30", ",", "16", "heures", ",", "8:45", ",", "23", "h"];
    number_units: "160km et 2m" => ["160", "km", "et", "2", "m"];
    number_ordinal_endings: "3ème, 2nde, 1ERE" => ["3ème", ",", "2nde", ",", "1", "ERE"];
    letters_then_digits_whole: "Direct3D, U-49, covid-19" => ["Direct3D", ",", "U-49", ",", "covid-19"];
    number_ranges: "1971-72 et 2007-2008" => ["1971-72", "et", "2007-2008"];
    number_signed: "-3 et +14 et (-0,8)" => ["-3", "et", "+14", "et", "(", "-0,8", ")"];
    number_percent: "20 %" => ["20", "%"];
    number_euro: "30€" => ["30", "€"];
    number_dotted: "3.600 et 01.01.2012" => ["3.600", "et", "01.01.2012"];
    number_sign_after_word: "pages 10 -12" => ["pages", "10", "-12"];
    numero: "n° 5" => ["n°", "5"];
    abbreviation_monsieur: "M. Kirby" => ["M.", "Kirby"];
    abbreviation_titles: "Mme Durand, Dr. House, St. Louis" => ["Mme", "Durand", ",", "Dr.", "House", ",", "St.", "Louis"];
    abbreviation_initial: "John F. Kennedy" => ["John", "F.", "Kennedy"];
    abbreviation_jc: "52 av. J.-C." => ["52", "av.", "J.-C."];
    abbreviation_acronym: "R.E.M. et U.S.A." => ["R.E.M.", "et", "U.S.A."];
    abbreviation_etc: "fusils, obus, etc." => ["fusils", ",", "obus", ",", "etc."];
    not_abbreviation: "à Kaboul." => ["à", "Kaboul", "."];
    guillemets_nbsp: "«\u{A0}paix\u{A0}»" => ["«", "paix", "»"];
    guillemets_tight: "«paix»" => ["«", "paix", "»"];
    curly_quotes: "“bonne”" => ["“", "bonne", "”"];
    straight_quotes: "\"bonne\"," => ["\"", "bonne", "\"", ","];
    ellipsis_dots: "donc... oui" => ["donc", "...", "oui"];
    ellipsis_char: "donc… oui" => ["donc", "…", "oui"];
    question_exclamation: "quoi ?! non !!!" => ["quoi", "?!", "non", "!!!"];
    double_hyphen: "oui -- non" => ["oui", "--", "non"];
    dashes: "Kaboul – Doha — fin" => ["Kaboul", "–", "Doha", "—", "fin"];
    brackets: "(Belga) [AFP]" => ["(", "Belga", ")", "[", "AFP", "]"];
    dateline: "KABOUL (Reuters) -" => ["KABOUL", "(", "Reuters", ")", "-"];
    url: "voir https://www.nato.int/fr. Puis" => ["voir", "https://www.nato.int/fr", ".", "Puis"];
    url_www_in_parens: "(www.rfi.fr)" => ["(", "www.rfi.fr", ")"];
    slash: "km/h et/ou 630/631" => ["km", "/", "h", "et", "/", "ou", "630", "/", "631"];
    elision_before_guillemet: "l'« oasis »" => ["l'", "«", "oasis", "»"];
    initial_before_name_only: "John F. Kennedy, Mac OS X. Une, Dagobert I." => ["John", "F.", "Kennedy", ",", "Mac", "OS", "X", ".", "Une", ",", "Dagobert", "I", "."];
    sept_is_a_number: "Ils sont sept." => ["Ils", "sont", "sept", "."];
    email: "contact@afp.com" => ["contact@afp.com"];
    hashtag_mention: "#Afghanistan @Reuters" => ["#Afghanistan", "@Reuters"];
    colon_semicolon: "Bilan : 3 morts ; 5 blessés" => ["Bilan", ":", "3", "morts", ";", "5", "blessés"];
    emoji_with_modifier: "ok 👍🏽 !" => ["ok", "👍🏽", "!"];
    combining_marks: "Ge\u{301}ne\u{300}ve" => ["Ge\u{301}ne\u{300}ve"];
    soft_hyphen: "inter\u{AD}national" => ["inter\u{AD}national"];
    empty: "" => [];
    only_spaces: " \u{A0}\n\t " => [];
    no_spaces: "Lestalibansontattaqué." => ["Lestalibansontattaqué", "."];
    all_caps_text: "LES TALIBANS ONT ATTAQUÉ KANDAHAR." => ["LES", "TALIBANS", "ONT", "ATTAQUÉ", "KANDAHAR", "."];
    // REGRESSION: cases that once went wrong.
    regression_clitic_after_compound: "Jean-l'Ami" => ["Jean-l'Ami"];
    regression_period_run_after_abbreviation: "etc..." => ["etc", "..."];
}

sentences! {
    split_on_period: "Les talibans ont attaqué. L'armée a riposté." => ["Les talibans ont attaqué.", "L'armée a riposté."];
    split_on_question_and_exclamation: "Pourquoi ? Parce que ! Voilà." => ["Pourquoi ?", "Parce que !", "Voilà."];
    no_split_before_small_letter: "Pourquoi ? demande-t-il." => ["Pourquoi ? demande-t-il."];
    no_split_after_title: "Selon M. Kirby, le Dr. Smith et Mme Durand sont là. Fin." => ["Selon M. Kirby, le Dr. Smith et Mme Durand sont là.", "Fin."];
    no_split_after_initial: "John F. Kennedy est mort. Fin." => ["John F. Kennedy est mort.", "Fin."];
    split_after_etc: "Des fusils, etc. Le lendemain, rien." => ["Des fusils, etc.", "Le lendemain, rien."];
    no_split_after_av: "En 52 av. J.-C. César gagne." => ["En 52 av. J.-C.", "César gagne."];
    closing_guillemet_stays: "« C'est fini. » Il part." => ["« C'est fini. »", "Il part."];
    closing_straight_quote_stays: "\"C'est fini.\" Il part." => ["\"C'est fini.\"", "Il part."];
    quote_then_comma_no_split: "\"C'était une frappe défensive\", a-t-il dit. Ensuite." => ["\"C'était une frappe défensive\", a-t-il dit.", "Ensuite."];
    quote_period_inside_then_comma: "\"Nous partirons. Bientôt\", a-t-il dit." => ["\"Nous partirons.", "Bientôt\", a-t-il dit."];
    opening_quote_starts_sentence: "Il a parlé. « Nous partirons », dit-il." => ["Il a parlé.", "« Nous partirons », dit-il."];
    digit_starts_sentence: "Ils sont partis. 20 soldats sont morts." => ["Ils sont partis.", "20 soldats sont morts."];
    ellipsis_then_capital: "Il hésite... Puis il part." => ["Il hésite...", "Puis il part."];
    ellipsis_then_small: "Il hésite... puis part." => ["Il hésite... puis part."];
    bracketed_ellipsis: "Il a dit (...) Les talibans ont nié." => ["Il a dit (...) Les talibans ont nié."];
    semicolon_then_capital_function_word: "Il est parti ; Les talibans sont restés." => ["Il est parti ;", "Les talibans sont restés."];
    semicolon_then_name: "Il a vu Kaboul ; Doha ensuite." => ["Il a vu Kaboul ; Doha ensuite."];
    colon_then_capital_function_word: "Le bilan est lourd : Il y a 20 morts." => ["Le bilan est lourd :", "Il y a 20 morts."];
    colon_after_year: "1789 : La Révolution commence." => ["1789 : La Révolution commence."];
    capital_pronoun_without_punctuation: "Il est parti sans bruit Il reviendra." => ["Il est parti sans bruit", "Il reviendra."];
    capital_article_is_not_enough: "selon Le Monde et La Haye." => ["selon Le Monde et La Haye."];
    small_letter_after_long_word: "Ils sont partis lundi prochain. on verra." => ["Ils sont partis lundi prochain.", "on verra."];
    small_letter_after_short_word: "Il pèse env. vingt kilos." => ["Il pèse env. vingt kilos."];
    paragraph_break: "Frappe à Kandahar\n\nLe Pentagone confirme" => ["Frappe à Kandahar", "Le Pentagone confirme"];
    headline_single_newline: "Frappe américaine en Afghanistan\nLes talibans ripostent." => ["Frappe américaine en Afghanistan", "Les talibans ripostent."];
    wrapped_line_continues: "Les talibans ont\nattaqué hier." => ["Les talibans ont\nattaqué hier."];
    wrapped_after_comma: "À Kaboul,\nDoha et Washington." => ["À Kaboul,\nDoha et Washington."];
    crlf_paragraphs: "Titre\r\n\r\nTexte." => ["Titre", "Texte."];
    agency_at_end: "Ils ont tué 20 soldats. (Belga)" => ["Ils ont tué 20 soldats.", "(Belga)"];
    no_final_period: "Fin sans point" => ["Fin sans point"];
    empty_text: "" => [];
    bracket_after_period: "(Il a signé.) Ensuite, rien." => ["(Il a signé.)", "Ensuite, rien."];
}

#[test]
fn offsets_are_bytes_and_chars() {
    let text = "Été : l’Otan à Kaboul";
    let t = tokenize(text);
    for token in t.tokens() {
        assert_eq!(&text[token.span().bytes()], token.text());
        let chars: String = text
            .chars()
            .skip(token.span().char_start())
            .take(token.span().chars().len())
            .collect();
        assert_eq!(chars, token.text());
    }
    let otan = t.tokens().iter().find(|t| t.text() == "Otan").unwrap();
    assert_eq!(otan.span().chars(), 8..12);
    assert_eq!(otan.span().bytes(), 12..16);
}

#[test]
fn kinds() {
    let t = tokenize("Les 5 000 « talibans » ont 20 % de www.x.fr");
    let kinds: Vec<TokenKind> = t.tokens().iter().map(Token::kind).collect();
    use TokenKind::*;
    assert_eq!(
        kinds,
        [
            Word,
            Number,
            Punctuation,
            Word,
            Punctuation,
            Word,
            Number,
            Symbol,
            Word,
            Url
        ]
    );
}

#[test]
fn flags() {
    let t = tokenize("L'OTAN et M. Kirby\n\nKABOUL l'a dit");
    let by_text = |s: &str| t.tokens().iter().find(|t| t.text() == s).unwrap().flags();
    assert!(
        by_text("L'").contains(
            TokenFlags::ELIDED | TokenFlags::SENTENCE_START | TokenFlags::PARAGRAPH_START
        )
    );
    assert!(by_text("OTAN").contains(TokenFlags::ALL_CAPS | TokenFlags::CAPITALIZED));
    assert!(!by_text("OTAN").contains(TokenFlags::SPACE_BEFORE));
    assert!(by_text("M.").contains(TokenFlags::ABBREVIATION));
    assert!(by_text("Kirby").contains(TokenFlags::CAPITALIZED));
    assert!(!by_text("Kirby").contains(TokenFlags::ALL_CAPS));
    assert!(by_text("KABOUL").contains(
        TokenFlags::LINE_START | TokenFlags::PARAGRAPH_START | TokenFlags::SENTENCE_START
    ));
    assert!(by_text("l'").contains(TokenFlags::ELIDED));
    assert_eq!(by_text("et"), TokenFlags::SPACE_BEFORE);
}

#[test]
fn sentences_partition_tokens() {
    let t = tokenize("Un. Deux ? « Trois ! » Quatre\n\nCinq");
    let mut next = 0;
    for s in t.sentences() {
        assert_eq!(s.tokens().start, next);
        assert!(s.tokens().end > s.tokens().start);
        next = s.tokens().end;
    }
    assert_eq!(next, t.tokens().len());
    assert_eq!(t.sentences().len(), 5);
}

#[test]
fn serialises_tokens_with_char_offsets() {
    let t = tokenize("l’Otan");
    let json = serde_json::to_string(&t.tokens()[0]).unwrap();
    assert_eq!(
        json,
        r#"{"start":0,"end":2,"byte_start":0,"byte_end":4,"text":"l’","kind":"word","flags":["sentence_start","elided","line_start","paragraph_start"]}"#
    );
}
