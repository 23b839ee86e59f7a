//! Tables of what the recognizer finds in French news sentences written for these
//! tests: dates and their values, quantities, datelines, names by shape and later
//! mentions. Each row is a sentence, the document date, and what must come out.

use gazette::{Document, Entity, Extractor};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::builder()
            .build()
            .expect("bundled resources build")
    })
}

fn extract<'t>(text: &'t str, date: Option<&str>) -> Document<'t> {
    match date {
        Some(d) => extractor().extract_with_date(text, d),
        None => extractor().extract(text),
    }
}

/// `text LABEL=value` of every entity with the given labels.
fn found(doc: &Document<'_>, labels: &[&str]) -> Vec<String> {
    doc.entities()
        .iter()
        .filter(|e| labels.contains(&e.label()))
        .map(|e| match e.value() {
            Some(v) => format!("{} {}={v}", e.text(), e.label()),
            None => format!("{} {}", e.text(), e.label()),
        })
        .collect()
}

/// `(text, field)` of every entity with one of `labels` (every entity for none).
fn texts_with<'d, 't, T>(
    doc: &'d Document<'t>,
    labels: &[&str],
    field: impl Fn(&'d Entity<'t>) -> T,
) -> Vec<(&'d str, T)> {
    doc.entities()
        .iter()
        .filter(|e| labels.is_empty() || labels.contains(&e.label()))
        .map(|e| (e.text(), field(e)))
        .collect()
}

#[test]
fn dates_times_and_durations() {
    let table: &[(&str, Option<&str>, &[&str])] = &[
        (
            "Frappe le 3 mars à l'aube.",
            Some("2020-03"),
            &["3 mars DATE=2020-03-03"],
        ),
        (
            "La trêve du 29 février tient.",
            Some("2020-03-05"),
            &["29 février DATE=2020-02-29"],
        ),
        (
            "Il part samedi 1er mai.",
            None,
            &["samedi 1er mai DATE=XXXX-05-01"],
        ),
        (
            "Il part samedi 1er mai, un an après février 2020.",
            None,
            &[
                "samedi 1er mai DATE=2021-05-01",
                "un an DURATION=P1Y",
                "février 2020 DATE=2020-02",
            ],
        ),
        // The period of the document date; the middle of a month.
        (
            "Cette semaine, puis ce mois-ci et cette année; à la mi-mai. Ce mois de mars fut doux.",
            Some("2021-07-07"),
            &[
                "Cette semaine DATE=2021-W27",
                "ce mois-ci DATE=2021-07",
                "cette année DATE=2021",
                "mi-mai DATE=2021-05",
                "mars DATE=2021-03",
            ],
        ),
        // The parts of the document's day; not of a day the text has named (`ce
        // matin-là`).
        (
            "Il a parlé ce matin, puis cet après-midi et ce soir. Ce matin-là, rien.",
            Some("2021-07-07"),
            &[
                "ce matin DATE=2021-07-07",
                "cet après-midi DATE=2021-07-07",
                "ce soir DATE=2021-07-07",
            ],
        ),
        // Dates in figures, day first or in ISO order; not a day that does not exist.
        (
            "Jugé le 5/03/2021, puis le 06.04.2022 et le 2023-01-31, pas le 31/02/2021.",
            None,
            &[
                "5/03/2021 DATE=2021-03-05",
                "06.04.2022 DATE=2022-04-06",
                "2023-01-31 DATE=2023-01-31",
                "2021 DATE=2021",
            ],
        ),
        // A date of birth dates a life, not the text: no reference.
        (
            "Le cinéaste, né à Paris le 3 décembre 1930, est mort mardi.",
            None,
            &["3 décembre 1930 DATE=1930-12-03", "mardi DATE"],
        ),
        // A year alone dates the background, not the text: no reference.
        (
            "Depuis 2015, la ville a été frappée; le 2 avril, un marché a brûlé.",
            None,
            &["2015 DATE=2015", "2 avril DATE=XXXX-04-02"],
        ),
        (
            "Accord signé le 1er mai 2021.",
            None,
            &["1er mai 2021 DATE=2021-05-01"],
        ),
        // The part of the day goes with the day, named or deictic.
        (
            "Hier matin, il a vu jeudi soir venir.",
            Some("2020-03-04"),
            &["Hier matin DATE=2020-03-03", "jeudi soir DATE=2020-02-27"],
        ),
        // A day written out, after a word that announces a date.
        (
            "Défilé du quatorze juillet; le vingt et un juin, fête.",
            Some("2024-05-02"),
            &["quatorze juillet DATE=2024-07-14", "juin DATE=2024-06"],
        ),
        (
            "Retrait prévu en avril.",
            Some("2021-07"),
            &["avril DATE=2021-04"],
        ),
        (
            "Fin de mission en septembre.",
            Some("2021-07"),
            &["septembre DATE=2021-09"],
        ),
        (
            "Élections en novembre prochain.",
            Some("2020-03"),
            &["novembre prochain DATE=2020-11"],
        ),
        (
            "Date butoir : le 31 août prochain.",
            Some("2021-07"),
            &["31 août prochain DATE=2021-08-31"],
        ),
        ("Bilan de l'année 2016.", None, &["2016 DATE=2016"]),
        // A year right after a name is part of the name, not a date of its own.
        ("Les billets pour l'Euro 2016 sont en vente.", None, &[]),
        ("Les épreuves de Lillehammer 2016 débutent.", None, &[]),
        ("Il y vit depuis 2016, dit-il.", None, &["2016 DATE=2016"]),
        (
            "En 2014, 51 % des votants ont dit non.",
            None,
            &["2014 DATE=2014"],
        ),
        (
            "La saison 2015-2016 s'achève.",
            None,
            &["2015-2016 DATE=2015/2016"],
        ),
        ("Un vestige du XXe siècle.", None, &["XXe siècle DATE=19"]),
        (
            "Les frappes de mercredi.",
            Some("2020-03-05"),
            &["mercredi DATE=2020-03-04"],
        ),
        (
            "Les frappes de mercredi.",
            Some("2020-03"),
            &["mercredi DATE"],
        ),
        (
            "Réunion samedi dernier.",
            Some("2020-03-05"),
            &["samedi dernier DATE=2020-02-29"],
        ),
        (
            "Il a parlé mardi.",
            Some("2024-06-03"),
            &["mardi DATE=2024-05-28"],
        ),
        (
            "Il doit se rendre jeudi à Paris.",
            Some("2024-06-03"),
            &["jeudi DATE=2024-06-06"],
        ),
        (
            "Sommet du 13 au 15 juin.",
            Some("2024-06"),
            &["13 DATE=2024-06-13", "15 juin DATE=2024-06-15"],
        ),
        (
            "Il a parlé hier.",
            Some("2021-07-22"),
            &["hier DATE=2021-07-21"],
        ),
        (
            "Attaque dans la nuit de mardi à mercredi.",
            Some("2020-03"),
            &["nuit de mardi à mercredi DATE"],
        ),
        // With a full document date, the night is dated by the day it begins.
        (
            "Frappes dans la nuit de mardi à mercredi.",
            Some("2020-03-04"),
            &["nuit de mardi à mercredi DATE=2020-03-03"],
        ),
        (
            "Ils se verront la semaine prochaine.",
            Some("2022-02-24"),
            &["semaine prochaine DATE=2022-W09"],
        ),
        (
            "Dans les années 1990 puis les années 80.",
            None,
            &["1990 DATE=199", "80 DATE=198"],
        ),
        (
            "Pourparlers le week-end dernier.",
            Some("2021-07"),
            &["week-end dernier DATE"],
        ),
        (
            "Explosion vers 12h30 près du marché.",
            None,
            &["12h30 TIME=T12:30"],
        ),
        // Universal time.
        (
            "Vote ouvert à 8h00 (6h00 GMT), clos à 18 heures UTC.",
            None,
            &[
                "8h00 TIME=T08:00",
                "6h00 GMT TIME=T06:00Z",
                "18 heures UTC TIME=T18:00Z",
            ],
        ),
        ("Couvre-feu à 16 heures.", None, &["16 heures TIME=T16:00"]),
        ("Retrait sous 14 mois.", None, &["14 mois DURATION=P14M"]),
        (
            "Combats depuis 24 heures.",
            None,
            &["24 heures DURATION=PT24H"],
        ),
        (
            "Une guerre de vingt ans.",
            None,
            &["vingt ans DURATION=P20Y"],
        ),
        (
            "Le mois dernier, rien.",
            Some("2021-01"),
            &["mois dernier DATE=2020-12"],
        ),
        // Ages are counts of years, not durations; `N ans de …` and `à N ans` are.
        ("Un homme de 34 ans a été arrêté.", None, &[]),
        ("La victime, âgée de 17 ans, est morte.", None, &[]),
        ("Karim B., 34 ans, a été interpellé.", None, &[]),
        ("Jeanne Roux (52 ans) témoigne.", None, &[]),
        ("Un bébé de 3 mois a été retrouvé.", None, &[]),
        (
            "Un soldat de 20 ans de carrière.",
            None,
            &["20 ans DURATION=P20Y"],
        ),
        (
            "Une poursuite de près de 20 minutes.",
            None,
            &["20 minutes DURATION=PT20M"],
        ),
        (
            "Une tradition de trois cents ans.",
            None,
            &["trois cents ans DURATION=P300Y"],
        ),
        (
            "Ils ont marché moins de 10 heures.",
            None,
            &["10 heures DURATION=PT10H"],
        ),
        (
            "Il a été condamné à 20 ans.",
            None,
            &["20 ans DURATION=P20Y"],
        ),
        // Two ages: the second is an age too; a range of years served is no age.
        ("Deux hommes âgés de 19 et 23 ans ont été tués.", None, &[]),
        ("Une peine de 5 à 7 ans.", None, &["7 ans DURATION=P7Y"]),
        (
            "Une présence militaire de vingt ans.",
            None,
            &["vingt ans DURATION=P20Y"],
        ),
        ("2000 soldats sont partis.", None, &[]),
        ("Né en 1984 à Kaboul.", None, &["1984 DATE=1984"]),
        // Holidays: fixed ones like a day without a year, Easter's by the computus,
        // the nearest one to the document's day.
        ("Ils se retrouvent à Noël.", None, &["Noël DATE=XXXX-12-25"]),
        (
            "Les vacances de la Toussaint 2015 ont commencé.",
            None,
            &["Toussaint 2015 DATE=2015-11-01"],
        ),
        (
            "Il reviendra à Pâques.",
            Some("2016-12-10"),
            &["Pâques DATE=2017-04-16"],
        ),
        (
            "La Pentecôte tombait tard.",
            Some("2038-06"),
            &["Pentecôte DATE=2038-06-13"],
        ),
        (
            "Le Nouvel An approche.",
            Some("2016-12-20"),
            &["Nouvel An DATE=2017-01-01"],
        ),
        // A name, a character and a place; a common word in lower case.
        ("Noël Mamère a parlé.", None, &[]),
        ("Le Père Noël arrive.", None, &[]),
        ("L'île de Pâques est loin.", None, &[]),
        ("L'ascension du mont a duré.", None, &[]),
    ];
    for (text, date, expected) in table {
        let doc = extract(text, *date);
        assert_eq!(
            found(&doc, &["DATE", "TIME", "DURATION"]),
            *expected,
            "text: {text:?}, date: {date:?}"
        );
    }
}

#[test]
fn a_header_line_dates_the_document() {
    let doc = extract("date 2020-03-05\nFrappe mercredi à Kaboul.", None);
    assert_eq!(doc.date(), Some("2020-03-05"));
    assert_eq!(found(&doc, &["DATE"]), ["mercredi DATE=2020-03-04"]);
}

#[test]
fn calendar_only_convention() {
    let calendar = Extractor::builder()
        .relative_dates(false)
        .build()
        .expect("bundled resources build");
    let doc = calendar.extract_with_date("Frappe mercredi, hier et le 3 mars.", "2020-03");
    assert_eq!(found(&doc, &["DATE"]), ["3 mars DATE=2020-03-03"]);
}

#[test]
fn quantities() {
    /// Text, then each quantity as (span, value, counted noun).
    type Row = (
        &'static str,
        &'static [(&'static str, &'static str, &'static str)],
    );
    let table: &[Row] = &[
        (
            "Ils ont mené 43 attaques.",
            &[("43 attaques", "43", "attaques")],
        ),
        (
            "Au moins 20 soldats ont péri.",
            &[("Au moins 20 soldats", "20", "soldats")],
        ),
        (
            "Une centaine de combattants se sont rendus.",
            &[("Une centaine de combattants", "100", "combattants")],
        ),
        (
            "Libérer 5 000 prisonniers.",
            &[("5 000 prisonniers", "5000", "prisonniers")],
        ),
        // A decimal number of millions or billions is the number it writes.
        (
            "Une amende de 4,1 milliards d'euros et 2,3 millions de logements.",
            &[
                ("4,1 milliards d'euros", "4100000000", "euros"),
                ("2,3 millions de logements", "2300000", "logements"),
            ],
        ),
        // The count word abbreviated before a currency sign.
        (
            "Un chiffre d'affaires de 12,7 Md€, dont 40 k€ de dons et 3 M$ de prêts.",
            &[
                ("12,7 Md€", "12700000000", "€"),
                ("40 k€", "40000", "€"),
                ("3 M$", "3000000", "$"),
            ],
        ),
        (
            "Tuant trois de leurs combattants.",
            &[("trois de leurs combattants", "3", "combattants")],
        ),
        // People counted by nationality; a year before a nationality counts nothing.
        (
            "Plus de 200 Palestiniens et trois Kényans ont été tués. En 2016 Français et Belges ont signé.",
            &[
                ("Plus de 200 Palestiniens", "200", "Palestiniens"),
                ("trois Kényans", "3", "Kényans"),
            ],
        ),
        // An adjective before the noun; alone, it is what is counted.
        (
            "Trois autres policiers blessés, et les deux autres.",
            &[
                ("Trois autres policiers", "3", "policiers"),
                ("deux autres", "2", "autres"),
            ],
        ),
        (
            "Près de 3 millions de réfugiés.",
            &[("Près de 3 millions de réfugiés", "3000000", "réfugiés")],
        ),
        // `un` counts casualties in their gender, not `une mort`; `plus d'` is a modifier.
        (
            "Bilan: un mort et une blessée, une mort tragique. Plus d'un millier de migrants.",
            &[
                ("un mort", "1", "mort"),
                ("une blessée", "1", "blessée"),
                ("Plus d'un millier de migrants", "1000", "migrants"),
            ],
        ),
        // Amounts with a currency sign.
        (
            "Un plan de 3 milliards $ et une amende de 500 €.",
            &[("3 milliards $", "3000000000", "$"), ("500 €", "500", "€")],
        ),
        // An age is a count of years.
        (
            "Un homme de 34 ans a été arrêté.",
            &[("34 ans", "34", "ans")],
        ),
        // Numbers in words over several tokens, and tens of thousands.
        (
            "Deux mille cinq cents manifestants ont défilé.",
            &[("Deux mille cinq cents manifestants", "2500", "manifestants")],
        ),
        (
            "Vingt et un soldats sont rentrés.",
            &[("Vingt et un soldats", "21", "soldats")],
        ),
        (
            "Des dizaines de milliers de réfugiés ont fui.",
            &[("Des dizaines de milliers de réfugiés", "10000", "réfugiés")],
        ),
        // A duration is no count, even after a modifier.
        ("Une poursuite de près de 20 minutes.", &[]),
        ("Une frappe et un drone.", &[]),
    ];
    for (text, expected) in table {
        let doc = extract(text, None);
        let got: Vec<(&str, &str, &str)> = doc
            .entities()
            .iter()
            .filter(|e| e.label() == "QUANTITY")
            .map(|e| (e.text(), e.value().unwrap_or(""), e.unit().unwrap_or("")))
            .collect();
        assert_eq!(got, *expected, "text: {text:?}");
    }
}

#[test]
fn datelines_and_credits() {
    let table: &[(&str, Option<&str>, Option<&str>)] = &[
        (
            "KABOUL (Reuters) - Les frappes ont repris.",
            Some("KABOUL"),
            Some("Reuters"),
        ),
        (
            "Titre du jour\n\nBRUXELLES, 1er mai 2021 (Belga) - L'Otan part.",
            Some("BRUXELLES"),
            Some("Belga"),
        ),
        (
            "KANDAHAR (Afghanistan) (AFP) - Sept policiers tués.",
            Some("KANDAHAR"),
            Some("AFP"),
        ),
        // Between a place and a dash, an agency's name may go on in lower case.
        (
            "MONTRÉAL (La Presse canadienne) - Le premier ministre a parlé.",
            Some("MONTRÉAL"),
            Some("La Presse canadienne"),
        ),
        ("(Photo fournie) Le premier ministre a parlé.", None, None),
        ("(Belga) L'armée américaine a frappé.", None, Some("Belga")),
        ("L'armée américaine a frappé. (AFP)", None, Some("AFP")),
        ("L'armée américaine a frappé (deux fois).", None, None),
        ("", None, None),
    ];
    for (text, place, source) in table {
        let doc = extract(text, None);
        assert_eq!(doc.dateline().place.as_deref(), *place, "text: {text:?}");
        assert_eq!(doc.dateline().source.as_deref(), *source, "text: {text:?}");
        // The place of a dateline is a place entity, known to a list or not.
        if let Some(place) = place {
            assert!(
                doc.entities()
                    .iter()
                    .any(|e| e.text() == *place && e.label() == "LOC"),
                "text: {text:?}"
            );
        }
    }
    // Written in capitals, a town the lists know only capitalised is still the place.
    for text in [
        "GENÈVE (Reuters) - Une réunion a eu lieu.",
        "TAMBURA (AFP) - Des combats ont eu lieu.",
    ] {
        let doc = extract(text, None);
        let places: Vec<_> = texts_with(&doc, &["LOC"], |e| e.source());
        assert_eq!(places.len(), 1, "text: {text:?}");
    }
    // The agency credited is an organisation, known to the lists or not; a credit of
    // several agencies leaves them to the lists, one by one.
    for (text, organisations) in [
        (
            "SION (Valpresse-ATS) - Le col est fermé.",
            &["Valpresse-ATS"][..],
        ),
        ("Le col est fermé. (Valpresse)", &["Valpresse"]),
        ("SION (AFP/Valpresse) - Le col est fermé.", &["AFP"]),
    ] {
        let doc = extract(text, None);
        let found: Vec<&str> = doc
            .entities()
            .iter()
            .filter(|e| e.label() == "ORG")
            .map(|e| e.text())
            .collect();
        assert_eq!(found, organisations, "text: {text:?}");
    }
}

#[test]
fn names_by_context_and_later_mentions() {
    let table: &[(&str, &[&str])] = &[
        // A title introduces an unknown person; the surname alone follows.
        (
            "Le colonel Wendell Straub a démenti. Straub a ajouté que non.",
            &["Wendell Straub PER", "Straub PER"],
        ),
        // A first name types an unknown name.
        (
            "La juge Sophie Marchetti et Pierre Lavergne ont parlé.",
            &["Sophie Marchetti PER", "Pierre Lavergne PER"],
        ),
        // A first name and the initial of a surname.
        (
            "La victime, Jeanne D., a été retrouvée. Karim B., 34 ans, a été interpellé.",
            &["Jeanne D. PER", "Karim B. PER"],
        ),
        // Two particles in a row inside a name; `de la` in lower case after a name is
        // where the person comes from.
        (
            "Greta van der Meulen a rencontré Marc de La Tourette.",
            &["Greta van der Meulen PER", "Marc de La Tourette PER"],
        ),
        (
            "La commissaire Ilse von der Marwitz est venue avec Luc Lenoir de la Sorbelle.",
            &["Ilse von der Marwitz PER", "Luc Lenoir PER"],
        ),
        // Places by kind, organisations by shape.
        (
            "Combats dans le district de Dashtak et au ministère de la Santé.",
            &["Dashtak LOC", "ministère de la Santé ORG"],
        ),
        (
            "Le Parlement européen et la Commission européenne.",
            &["Parlement européen ORG", "Commission européenne ORG"],
        ),
        // A place inside a longer name is not the entity.
        (
            "Selon Météo France, la tempête arrive.",
            &["Météo France ORG"],
        ),
        (
            "Le Tour de France 2016 commence.",
            &["Tour de France 2016 EVENT"],
        ),
        // A surname that is also a place, after the full name.
        (
            "François Hollande a parlé. Hollande a dit oui.",
            &["François Hollande PER", "Hollande PER"],
        ),
        // Also before it (a headline), but not after a particle, where the last word
        // is more often a place than a surname.
        (
            "Valls à Rennes\n\nLe Premier ministre Manuel Valls a parlé.",
            &["Valls PER", "Rennes LOC", "Manuel Valls PER"],
        ),
        (
            "Gien vote. Le député Pierre de Gien a parlé.",
            &["Gien LOC", "Pierre de Gien PER"],
        ),
        // A rule's context outweighs a town of the lists (fewer than 100,000 people),
        // not a city.
        (
            "Le député Montebourg a voté contre la firme américaine Monsanto.",
            &["Montebourg PER", "Monsanto ORG"],
        ),
        // … also after a place found after a fused article, earlier in the text.
        (
            "Il vit au Caire. Selon la firme américaine Monsanto, non.",
            &["Caire LOC", "Monsanto ORG"],
        ),
        ("Le maire a parlé avec le ministre Lille.", &["Lille LOC"]),
        // A nationality alone is not a name, but for streets named after a people.
        (
            "La troisième place revient à un autre Allemand, auteur d'un exploit.",
            &[],
        ),
        (
            "Ils ont défilé rue des Italiens à Paris.",
            &["rue des Italiens LOC", "Paris LOC"],
        ),
        // A French word with its accents is not the foreign place its folding reads
        // (`Tete`, Mozambique); accents a list does give, a diaeresis or another
        // language's accents leave a place one.
        ("Tête de liste, Marc Dupont a parlé.", &["Marc Dupont PER"]),
        (
            "Le Libéria et le Nigéria votent, comme Shanghaï et Zürich.",
            &["Libéria LOC", "Nigéria LOC", "Shanghaï LOC", "Zürich LOC"],
        ),
        // A lower-case common word is not a place.
        ("La réunion a eu lieu en Suisse.", &["Suisse LOC"]),
        // A nationality before a person is not part of the name.
        ("Le Suisse Emma Bilham a gagné.", &["Emma Bilham PER"]),
        // A city that is also a first name opens a person's name; a country that is
        // also one opens an institution's.
        (
            "Le mécène Douglas Fairweather a parlé, puis France Stratégie a suivi.",
            &["Douglas Fairweather PER", "France Stratégie ORG"],
        ),
        // Roles beyond politics introduce people; an honorific stays outside.
        (
            "L'attaquant Karim Benhadj a marqué. Son avocat, Me Paul Verdier, a parlé.",
            &["Karim Benhadj PER", "Paul Verdier PER"],
        ),
        // A linking adverb opening a sentence is no name.
        ("Toutefois, le porte-parole a démenti.", &[]),
        // A short form in parentheses spells out the organisation before it.
        (
            "Le Front de libération nationale kanak et socialiste (FLNKS) a voté.",
            &[
                "Front de libération nationale kanak et socialiste ORG",
                "FLNKS ORG",
            ],
        ),
        (
            "Les Forces armées maliennes (FAMa) ont riposté.",
            &["Forces armées maliennes ORG", "FAMa ORG"],
        ),
        // A capitalised word in parentheses after an organisation is its short name.
        (
            "Le Commandement américain pour l'Afrique (Africom) a frappé. Africom a confirmé.",
            &[
                "Commandement américain pour l'Afrique ORG",
                "Africom ORG",
                "Africom ORG",
            ],
        ),
        // The same after an organisation of the lists; a place in parentheses stays one.
        (
            "La Mission d'assistance des Nations unies en Afghanistan (Manua) a appelé, à Kaboul (Afghanistan).",
            &[
                "Mission d'assistance des Nations unies en Afghanistan ORG",
                "Manua ORG",
                "Kaboul LOC",
                "Afghanistan LOC",
            ],
        ),
        // French long forms have more small words than the short form has letters.
        (
            "Des Comités de vigilance pour la sécurité de la région (CVSR) patrouillent.",
            &[
                "Comités de vigilance pour la sécurité de la région ORG",
                "CVSR ORG",
            ],
        ),
        // Letters that the words before do not spell: no long form.
        (
            "Un rapport de l'Office du tourisme (OREST) paraît.",
            &["Office du tourisme ORG", "OREST ORG"],
        ),
        // `Abou` (father of) before a first name opens a name as a first name does.
        (
            "Selon ses proches, Abou Karim al-Tikriti a fui.",
            &["Abou Karim al-Tikriti PER"],
        ),
        // A first name before a surname a list knows names another person.
        (
            "Le général McKenzie a parlé. Le coureur Luke McKenzie a gagné.",
            &["McKenzie PER", "Luke McKenzie PER"],
        ),
        // A name followed by an age is a person.
        (
            "Le suspect, Malik Ouertani, 27 ans, a été interpellé.",
            &["Malik Ouertani PER"],
        ),
        // Foreign cities by their French names.
        (
            "Le ferry relie Barcelone à Gênes, puis Salonique.",
            &["Barcelone LOC", "Gênes LOC", "Salonique LOC"],
        ),
        // The Sun and the Moon, written as names, are places like the planets.
        (
            "La sonde a photographié la Lune, puis le Soleil.",
            &["Lune LOC", "Soleil LOC"],
        ),
        // Companies and clubs a list knows; a company that is also a common word
        // only with its capital.
        (
            "Le Bayern Munich a battu la Juventus, sponsorisée par Stellantis.",
            &["Bayern Munich ORG", "Juventus ORG", "Stellantis ORG"],
        ),
        (
            "Au carrefour, un camion Carrefour a heurté un bus de la RATP.",
            &["Carrefour ORG", "RATP ORG"],
        ),
        // In a list of names, those nothing typed take the label the others agree on.
        (
            "Au départ, Anne Morel, Zorvan Keltic, Paul Girard et Brynja Oskardottir.",
            &[
                "Anne Morel PER",
                "Zorvan Keltic PER",
                "Paul Girard PER",
                "Brynja Oskardottir PER",
            ],
        ),
        // Not when the names stand one a line, nor a nationality before a name.
        (
            "Partager : la France ,\nl'Italie ,\nZorvania ,\nFin. Deux Chinois, Li Wen et Zhou Bo.",
            &["France LOC", "Italie LOC", "Li Wen PER", "Zhou Bo PER"],
        ),
        // An honorific is one with its capital: `me` is a pronoun.
        (
            "Elle chante « Tu me Manques », selon Me Paul Girard.",
            &["Paul Girard PER"],
        ),
        // Institutions named by a lower-case head keep an organisation after it.
        (
            "Il a été soigné à l'hôpital de Cambrai, puis dans un hôpital de MSF.",
            &["hôpital de Cambrai ORG", "MSF ORG"],
        ),
        // First names given in France since the 1990s type the names they open.
        (
            "Kylian Marchal et Maëlys Ferrand ont témoigné.",
            &["Kylian Marchal PER", "Maëlys Ferrand PER"],
        ),
        // French communes below the world lists' 15,000 people; not those written like
        // a common word once folded (`Méré`, `La Force`).
        (
            "Un accident à Lamballe-Armor et un autre près de Saint-Flour.",
            &["Lamballe-Armor LOC", "Saint-Flour LOC"],
        ),
        ("Mère de trois enfants. La Force de l'âge.", &[]),
        // A surname with its capitalised particle is named again with it, even when
        // the lists know the bare word as a town.
        (
            "La députée Nathalie Le Goff a parlé. Selon Le Goff, rien.",
            &["Nathalie Le Goff PER", "Le Goff PER"],
        ),
        (
            "Erwan Le Brest a répondu. Selon Le Brest, non.",
            &["Erwan Le Brest PER", "Le Brest PER"],
        ),
        // A capitalised article inside a sentence belongs to the name: after a title,
        // after an honorific even when the rest is a town of the lists, and after a
        // first name, where no rule may start at the rest.
        (
            "Hier, le ministre Le Drian a parlé.",
            &["Hier DATE", "Le Drian PER"],
        ),
        ("Selon Mme Le Brest, rien ne change.", &["Le Brest PER"]),
        (
            "Selon Yann Le Bihan, le porte-parole, rien ne change.",
            &["Yann Le Bihan PER"],
        ),
        // `à` makes an unknown name a place, but after a word that takes a recipient,
        // a rival or a thing reached.
        (
            "Cette victoire permet à Odelin Marsac de gagner. Il vit à Quérigny.",
            &["Quérigny LOC"],
        ),
        (
            "Le club a chuté face à Vorlande-Sud, puis offre à Karsenty un contrat.",
            &[],
        ),
        // Not after `a` without its accent, the verb, nor before a number, which makes
        // the name a division or a class.
        (
            "Le Breton Yann Guivarc'h (Kerlann a Vélo) a gagné. En Ligue 2, Quimperlé-Sud reste en Division 3.",
            &["Yann Guivarc'h PER"],
        ),
        // Initials before a surname make a person; not the dotted abbreviation of a
        // country.
        (
            "Le roman de J.K. Rowling et l'essai de P. Morvan plaisent à la U.S. Navy.",
            &["J.K. Rowling PER", "P. Morvan PER"],
        ),
        // A person of the lists written with hyphens names a place after them.
        (
            "Charles de Gaulle est né à Lille ; l'avion a atterri à Charles-de-Gaulle.",
            &[
                "Charles de Gaulle PER",
                "Lille LOC",
                "Charles-de-Gaulle LOC",
            ],
        ),
        // `Grand` heads an event only in `Grand Prix`, `Grand Chelem`; around a place it
        // names a place.
        (
            "La communauté d'agglomération du Grand Annecy finance le Grand Prix de Monaco.",
            &["Grand Annecy LOC", "Grand Prix de Monaco EVENT"],
        ),
        // After a title in the plural, the names of a list of two are people.
        (
            "Les ministres Korvan Delmasso et Brino Valtero ont signé.",
            &["Korvan Delmasso PER", "Brino Valtero PER"],
        ),
        // `Brent` is the oil price, not the London borough the world lists left out.
        (
            "Le Brent de la mer du Nord a perdu 2 dollars.",
            &["mer du Nord LOC"],
        ),
        // An acronym is an organisation, but for the model of a device or a weapon.
        (
            "Des missiles KRX et le moteur VTRX ont été présentés par la DGA.",
            &["DGA ORG"],
        ),
        // English company words make an organisation of a name; `&` joins a name to a
        // town's to name a company.
        (
            "Le motoriste Kelvar International a livré Pratt & Whitney.",
            &["Kelvar International ORG", "Pratt & Whitney ORG"],
        ),
        // A name in parentheses after a person's is their team or party, but for a
        // short form.
        (
            "Le coureur Tomas Varga (Korvel Team) devance le député Luc Amrani (Renaissance).",
            &[
                "Tomas Varga PER",
                "Korvel Team ORG",
                "Luc Amrani PER",
                "Renaissance ORG",
            ],
        ),
        // A byline without a full stop is no headline: its names are typed.
        (
            "Un texte.\n\nPar Claire Moreau et Hugo Lefebvre, avec AFP",
            &["Claire Moreau PER", "Hugo Lefebvre PER", "AFP ORG"],
        ),
        // Publishers and venues of the lists.
        (
            "Son roman, publié chez Gallimard, sera lu à Paris La Défense Arena.",
            &["Gallimard ORG", "Paris La Défense Arena LOC"],
        ),
        // Parties of the lists.
        (
            "Le Bloc québécois, Reconquête et Vox ont voté contre.",
            &["Bloc québécois ORG", "Reconquête ORG", "Vox ORG"],
        ),
        // An acronym after a currency is its kind, not an organisation.
        (
            "Selon la Défense civile, l'aide atteint 18 milliards de francs CFA.",
            &["Défense civile ORG"],
        ),
        // Well-known sites are places of the lists.
        (
            "Ils ont défilé sur les Champs-Élysées puis au Trocadéro.",
            &["Champs-Élysées LOC", "Trocadéro LOC"],
        ),
        // A first name and a short acronym name an organisation.
        (
            "Lucas Bernal a rejoint Santos FC. Selon Africa CDC, le virus recule.",
            &["Lucas Bernal PER", "Santos FC ORG", "Africa CDC ORG"],
        ),
        // A device named after a person is no person, and a model after a device noun
        // and an adjective no organisation; a translator credited after a nationality
        // is a person.
        (
            "Le télescope spatial Louis Tavernel observe, comme les missiles balistiques KRX. Version française Claude Amrani.",
            &["Claude Amrani PER"],
        ),
        // A train's origin and destination are places; not a point of the compass.
        (
            "Un train en provenance de Valbreuse, à destination de Kormel, un autre en provenance du Sud-Ouest.",
            &["Valbreuse LOC", "Kormel LOC"],
        ),
        // A speaker by the verb that reports them, or after `d'après`; a person found
        // by a rule starts after the organisation of the lists before them.
        (
            "« Non », a lancé Odelin Marsac. D'après Korvan Delmasso, rien.",
            &["Odelin Marsac PER", "Korvan Delmasso PER"],
        ),
        (
            "a indiqué à l'AFP Odelin Marsac, un responsable local.",
            &["AFP ORG", "Odelin Marsac PER"],
        ),
        // The article that joins `Selon` to an unknown name is not part of it.
        (
            "Selon la Commission, rien. Selon la Protection civile, non.",
            &["Commission ORG"],
        ),
        // A name that completes `de` or follows a common noun stops where a person's
        // name starts.
        (
            "Le maire de Montréal Denis Coderre a parlé au Conseil de Paris Anne Durand.",
            &[
                "Montréal LOC",
                "Denis Coderre PER",
                "Conseil de Paris ORG",
                "Anne Durand PER",
            ],
        ),
        (
            "Le président de la région Nouvelle-Aquitaine Alain Rousset a voté.",
            &["Nouvelle-Aquitaine LOC", "Alain Rousset PER"],
        ),
        // A list name written across a sentence end is no entity.
        (
            "Il regarde France\n5 minutes plus tard. Puis France 5 le soir.",
            &["France LOC", "France 5 ORG"],
        ),
        // A place named `Le …` or `Les …` after `au`, `du`, `aux`, `des`, which fuse
        // with its article; not when a longer name goes on, nor the compass point.
        (
            "Le ministre est arrivé au Caire puis a rejoint le port du Havre.",
            &["Caire LOC", "Havre LOC"],
        ),
        (
            "Les élus des Mureaux et ceux du Mans Bernard Pivot.",
            &["Mureaux LOC", "Mans LOC", "Bernard Pivot PER"],
        ),
        ("Il pleut sur le littoral du Sud-Ouest.", &[]),
        // Newspapers and parties named `Le …`, `Les …` fuse their article as well, but
        // for the world of `champion du Monde` and inside a longer name.
        (
            "Selon une enquête du Monde, le candidat des Républicains a menti.",
            &["Monde ORG", "Républicains ORG"],
        ),
        (
            "Elle est championne du Monde et vise la Coupe du Monde.",
            &["Coupe du Monde EVENT"],
        ),
        // A name around a place is a place when its head is a kind of land or water.
        (
            "Il neige dans la Vallée d'Aoste et au Val de Fontenay.",
            &["Vallée d'Aoste LOC", "Val de Fontenay LOC"],
        ),
        // … or when it ends with the kind of place, in English names (`Michigan
        // Avenue`), or with a point of the compass.
        (
            "La foule a défilé sur Michigan Avenue. La tempête frappe le Pacifique Sud.",
            &["Michigan Avenue LOC", "Pacifique Sud LOC"],
        ),
        (
            "Il vit dans la Wilaya de Tlemcen.",
            &["Wilaya de Tlemcen LOC"],
        ),
        // A country after `au` and before a person is the person's nationality; after
        // `du`, it is a place.
        (
            "Il a fait face au Suisse Benjamin Steffen, puis au président du Mali Ibrahim Keïta.",
            &["Benjamin Steffen PER", "Mali LOC", "Ibrahim Keïta PER"],
        ),
        // A first name after an article is a common noun there (`Loi` is a first name).
        (
            "Les opposants à la Loi Travail et le député Loi Nguyen.",
            &["Loi Nguyen PER"],
        ),
        // A date word is no adjective of a name (`hier` ends like one).
        (
            "Le Parlement européen hier a voté.",
            &["Parlement européen ORG", "hier DATE"],
        ),
        // A word capitalised only because it opens the sentence heads no name; a word
        // that heads names does.
        (
            "Originaire de Chine, il vit ici. Vallée d'Aoste et Tessin ont voté.",
            &["Chine LOC", "Vallée d'Aoste LOC", "Tessin LOC"],
        ),
        // A prize named after a person, hyphenated; not the prize alone.
        (
            "Elle a reçu le prix Hélène-Vasseur, puis le prix Nobel.",
            &["Hélène-Vasseur PER"],
        ),
        // A first name alone, coordinated with a first name and a surname.
        (
            "Selon eux, Maëlle et Gaspard Trévidic sont arrivés.",
            &["Maëlle PER", "Gaspard Trévidic PER"],
        ),
        // A list name inside a title is part of the title (`Sceaux`, a town).
        (
            "Le garde des Sceaux Didier Morvan et le colonel-major Amadou Kéré ont parlé.",
            &["Didier Morvan PER", "Amadou Kéré PER"],
        ),
        // After a title and `du`, the first word of a listed name is not the one-word
        // complement of the title (`Real` alone would leave `Madrid` to the person).
        (
            "Le défenseur du Real Madrid Lucas Ferreira s'est blessé.",
            &["Real Madrid ORG", "Lucas Ferreira PER"],
        ),
        // A surname in the headline, before the body names the person in full.
        (
            "Condamné, Morvandel fait appel\nJérôme Morvandel a été condamné.",
            &["Morvandel PER", "Jérôme Morvandel PER"],
        ),
        (
            "Décès de Louis Morvandel\nLouis Morvandel est mort à 90 ans.",
            &["Louis Morvandel PER", "Louis Morvandel PER"],
        ),
        // A sentence in capitals: the lists' names, written so, are found; no word is
        // a name for its capitals alone.
        (
            "URGENT - L'ARMÉE ISRAÉLIENNE ANNONCE AVOIR TUÉ UN CHEF DU HAMAS À GAZA",
            &["ARMÉE ISRAÉLIENNE ORG", "HAMAS ORG", "GAZA LOC"],
        ),
        (
            "À MARSEILLE, LE MAIRE BENOÎT PAYAN A PARLÉ AUX HABITANTS.",
            &["MARSEILLE LOC"],
        ),
        // After `en`, an institution's head word alone is no place.
        (
            "La biotech Kyvoral a chuté en Bourse, puis le texte est passé en Commission.",
            &["Kyvoral ORG"],
        ),
        // A locution of place before an unknown name; `est` only after `l'`.
        (
            "Une embuscade près de Tindarka, au large de Kervoz et à l'est de Mobrana.",
            &["Tindarka LOC", "Kervoz LOC", "Mobrana LOC"],
        ),
        (
            "Des tirs au nord-ouest de Sarvella. Le plus dur est de Porsk à Vitran.",
            &["Sarvella LOC", "Vitran LOC"],
        ),
    ];
    for (text, expected) in table {
        let doc = extract(text, None);
        let got: Vec<String> = doc
            .entities()
            .iter()
            .filter(|e| !matches!(e.label(), "QUANTITY" | "DURATION" | "TIME"))
            .map(|e| format!("{} {}", e.text(), e.label()))
            .collect();
        assert_eq!(got, *expected, "text: {text:?}");
    }
}

#[test]
fn an_initial_before_a_listed_surname() {
    // The initial of the list person's first name keeps the person; another initial
    // makes another person of that name; `M.` is an honorific, not an initial.
    let doc = extract(
        "Hier, F. Fillon a parlé. Puis J. Fillon a répondu à M. Fillon.",
        None,
    );
    assert_eq!(
        texts_with(&doc, &["PER"], Entity::id),
        [
            ("F. Fillon", Some("per:francois-fillon")),
            ("J. Fillon", None),
            ("Fillon", Some("per:francois-fillon")),
        ]
    );
    // The initials of a compound first name, the same way.
    let doc = extract("Hier, J.-P. Raffarin a parlé; J.-M. Raffarin aussi.", None);
    assert_eq!(
        texts_with(&doc, &["PER"], Entity::id),
        [
            ("J.-P. Raffarin", Some("per:jean-pierre-raffarin")),
            ("J.-M. Raffarin", None),
        ]
    );
}

#[test]
fn places_after_a_fused_article_take_the_name_with_it() {
    let doc = extract(
        "Des heurts ont éclaté aux Sables-d'Olonne et au Caire.",
        None,
    );
    assert_eq!(
        texts_with(&doc, &[], Entity::canonical),
        [
            ("Sables-d'Olonne", Some("Les Sables-d'Olonne")),
            ("Caire", Some("Le Caire")),
        ]
    );
    // After a person's name, `au` starts the place (`du`, `des` after a capitalised
    // word stay inside a longer name: `Coupe du Monde`).
    let doc = extract(
        "Elle a reçu Mahmoud Abbas au Caire pour la Coupe du Monde.",
        None,
    );
    assert_eq!(
        texts_with(&doc, &[], Entity::canonical),
        [
            ("Mahmoud Abbas", Some("Mahmoud Abbas")),
            ("Caire", Some("Le Caire")),
            ("Coupe du Monde", None),
        ]
    );
}

#[test]
fn short_names_take_the_id_of_the_full_name() {
    let doc = extract(
        "Le Commandement central américain (Centcom) a frappé. Le Centcom a précisé.",
        None,
    );
    assert_eq!(
        texts_with(&doc, &[], Entity::id),
        [
            ("Commandement central américain", Some("org:us:centcom")),
            ("Centcom", Some("org:us:centcom")),
            ("Centcom", Some("org:us:centcom")),
        ]
    );
}

#[test]
fn short_forms_take_their_long_form_as_canonical_name() {
    let doc = extract(
        "Le Groupe de soutien aux peuples du Korvane (GSPK) a revendiqué. Le GSPK a menacé.",
        None,
    );
    let names: Vec<(&str, &str, Option<&str>)> = doc
        .entities()
        .iter()
        .map(|e| (e.text(), e.label(), e.canonical()))
        .collect();
    let long = "Groupe de soutien aux peuples du Korvane";
    assert_eq!(
        names,
        [
            (long, "ORG", None),
            ("GSPK", "ORG", Some(long)),
            ("GSPK", "ORG", Some(long)),
        ]
    );
}

#[test]
fn an_honorific_of_the_other_gender_names_another_person() {
    let doc = extract(
        "Marc Delmasso est arrivé. Mme Delmasso a parlé, puis M. Delmasso.",
        None,
    );
    let names: Vec<(&str, Option<&str>)> = doc
        .entities()
        .iter()
        .map(|e| (e.text(), e.canonical()))
        .collect();
    assert_eq!(
        names,
        [
            ("Marc Delmasso", None),
            ("Delmasso", None),
            ("Delmasso", Some("Marc Delmasso")),
        ]
    );
}
