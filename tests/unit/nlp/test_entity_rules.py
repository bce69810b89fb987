"""Issue 12, entity half: one test per error class seen on unseen news, on sentences written here."""

from __future__ import annotations

import pytest

from annotations.nlp.extract import BuiltinEngine


@pytest.fixture(scope="module")
def engine() -> BuiltinEngine:
    return BuiltinEngine()


def ents(engine: BuiltinEngine, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in engine.entities(text)}


# -- multi-word names split -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Officials of the Federal Agency for Fisheries and Oceans met on Tuesday.", "Federal Agency for Fisheries and Oceans"),
        ("The Federal Service for Supervision of Transport, Energy Networks and Water Supply fined the firm.",
         "Federal Service for Supervision of Transport, Energy Networks and Water Supply"),
        ("A team from the International Committee of the Red Cross arrived.", "International Committee of the Red Cross"),
        ("The Committee on Foreign Affairs will vote.", "Committee on Foreign Affairs"),
        ("Rules were set by the Federal Service for Supervision in the Sphere of Broadcasting last week.",
         "Federal Service for Supervision in the Sphere of Broadcasting"),
    ],
)
def test_agency_names_with_connectors_and_commas_are_one_org(engine: BuiltinEngine, text: str, name: str) -> None:
    assert (name, "ORG") in ents(engine, text)


def test_names_containing_a_place_are_one_org(engine: BuiltinEngine) -> None:
    found = ents(engine, "Staff of the U.S. Geological Survey and the United States Government agreed.")
    assert ("U.S. Geological Survey", "ORG") in found
    assert ("United States Government", "ORG") in found
    assert ("U.S. Senate", "ORG") in ents(engine, "The U.S. Senate Republican majority objected.")


def test_names_with_an_inner_dot_or_possessive(engine: BuiltinEngine) -> None:
    assert ("Baku.Today", "ORG") in ents(engine, "The site Baku.Today published the letter.")
    assert ("Fitch's Ratings Service", "ORG") in ents(engine, "Analysts at Fitch's Ratings Service disagreed.")


def test_sentence_final_group_keeps_no_full_stop(engine: BuiltinEngine) -> None:
    assert ("Northern Relief Group", "ORG") in ents(engine, "Funds went through the Northern Relief Group.")


# -- adjacent names, titles, line breaks ------------------------------------------------------


def test_two_companies_joined_by_and_stay_apart(engine: BuiltinEngine) -> None:
    found = ents(engine, "Regulators fined Apple and Meta Platforms on Monday.")
    assert ("Apple", "ORG") in found and ("Meta Platforms", "ORG") in found
    assert ("Competition and Markets Authority", "ORG") in ents(engine, "The Competition and Markets Authority ruled.")


@pytest.mark.parametrize(
    "text, person, other",
    [
        ("Yesterday Secretary of State Maria Lindqvist flew home.", "Maria Lindqvist", None),
        ("He met Head of Transneft Oil Corporation Pavel Orlov on Friday.", "Pavel Orlov", ("Transneft Oil Corporation", "ORG")),
        ("The Department of Energy Acting Spokesman Tom Briggs declined.", "Tom Briggs", ("Department of Energy", "ORG")),
        ("Brazil's Assistant Health Minister for Rural Services, Ana Prado, spoke.", "Ana Prado", None),
        ("Regional Development Minister Oleg Karpov visited.", "Oleg Karpov", None),
    ],
)
def test_titles_stay_outside_person_and_are_no_entity(engine: BuiltinEngine, text: str, person: str, other) -> None:
    found = ents(engine, text)
    assert (person, "PERSON") in found
    if other:
        assert other in found
    names = {t for t, label in found if label in ("PERSON", "ORG")}
    assert not names & {"Secretary", "Head", "Minister", "Assistant", "Acting", "Rural Services", "Regional Development"}


def test_lone_title_words_are_not_entities(engine: BuiltinEngine) -> None:
    found = ents(engine, "The Secretary said the General and the Vice Chair would come.")
    assert not {t for t, _ in found} & {"Secretary", "General", "Vice Chair", "Vice"}


def test_shouted_transcript_label_and_dateline(engine: BuiltinEngine) -> None:
    found = ents(engine, "PRESIDENT OF FRANCE EMMANUEL MACRON: Good afternoon.")
    assert ("EMMANUEL MACRON", "PERSON") in found and ("FRANCE", "GPE") in found
    assert ("MOSCOW", "GPE") in ents(engine, "MOSCOW — Officials said on Monday that talks resumed.")
    assert ("NATO", "ORG") in ents(engine, "NATO said it would respond.")
    assert ("KANU PF", "ORG") in ents(engine, "KANU PF officials said so.")  # two acronyms stay an acronym pair


def test_spans_never_cross_a_line_break(engine: BuiltinEngine) -> None:
    for e in engine.entities("Storm Hits Coastal Towns\nJane Porter Reports\n\nThe storm hit Lisbon."):
        assert "\n" not in e.text


# -- labels -----------------------------------------------------------------------------------


def test_surname_alone_takes_the_person_label_of_the_full_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "Analyst Lena Chad wrote the report. Later, Chad said the figures were wrong.")
    assert ("Lena Chad", "PERSON") in found and ("Chad", "PERSON") in found
    assert ("Chad", "GPE") not in found
    assert ("Obama", "PERSON") in ents(engine, "Critics of the Obama administration objected.")


@pytest.mark.parametrize(
    "text, span, label",
    [
        ("Snow closed roads in Orange County overnight.", "Orange County", "GPE"),
        ("Flooding hit the Mekong Delta again.", "Mekong Delta", "LOC"),
        ("Climbers left Mt. Elbrus on Sunday.", "Mt. Elbrus", "LOC"),
        ("Aid reached Port-au-Prince by road.", "Port-au-Prince", "GPE"),
        ("Fires spread in the Val-de-Marne département.", "Val-de-Marne", "GPE"),
        ("Hikers crossed the Carpathians in June.", "Carpathians", "LOC"),
        ("The satellite circled Earth twice.", "Earth", "LOC"),
        ("KYIV — Sirens sounded across the city.", "KYIV", "GPE"),
    ],
)
def test_places_are_places_not_org(engine: BuiltinEngine, text: str, span: str, label: str) -> None:
    assert (span, label) in ents(engine, text)


def test_dateline_printed_twice_is_two_places(engine: BuiltinEngine) -> None:
    found = [(e.text, e.label) for e in engine.entities("ODESA ODESA — Port workers went on strike.")]
    assert found[:2] == [("ODESA", "GPE"), ("ODESA", "GPE")]


@pytest.mark.parametrize(
    "text",
    [
        "This was the worst storm in years.",
        "The firm said AI would change DNA testing.",
        "Officials said God willing, talks would resume.",
        "The quake measured 6.1 on the Richter scale.",
        "The Secretary and the Vice Chair declined.",
        "I'm told the vote will be close.",
        "Cyclone Ida struck the coast. The Ida damage was severe.",
        "The army bought Patriot systems and F-16 jets.",
        "Crowds gathered at the Lurana Tower and the Old Mill Bridge.",
        "The quake registered 6.4 on the Richter Scale.",
    ],
)
def test_words_that_are_not_names(engine: BuiltinEngine, text: str) -> None:
    names = {t for t, label in ents(engine, text) if label in ("PERSON", "ORG", "GPE", "LOC")}
    assert not names, names


def test_nationalities_joined_or_hyphenated(engine: BuiltinEngine) -> None:
    assert ("Kosovar Albanian", "NORP") in ents(engine, "The Kosovar Albanian majority voted.")
    assert ("ethnic-Albanian", "NORP") in ents(engine, "Its ethnic-Albanian majority voted.")
    found = ents(engine, "A European-owned cloud provider grew.")
    assert ("European", "NORP") in found and not any(t.startswith("European-") for t, _ in found)
    found = ents(engine, "Citing Nepali officials, the agency said so.")
    assert ("Nepali", "NORP") in found and not any("Citing" in t for t, _ in found)
    assert ("Indian Army", "ORG") in ents(engine, "The Indian Army sent troops.")
    found = ents(engine, "The Pakistani Supreme Court ruled.")
    assert ("Pakistani", "NORP") in found and ("Supreme Court", "ORG") in found


# -- figures and dates keep their modifiers and units; clock times are not figures ------------


@pytest.mark.parametrize(
    "text, span, label",
    [
        ("Shelling resumed late Friday near the port.", "late Friday", "DATE"),
        ("The mine has been closed for over a decade.", "over a decade", "DATE"),
        ("One-fifth of the harvest was lost.", "One-fifth", "CARDINAL"),
        ("Talks stalled for a day.", "a day", "DATE"),
        ("They have less than a week left.", "less than a week", "DATE"),
        ("The truce was extended for another three months.", "another three months", "DATE"),
        ("Voting ended earlier today in the capital.", "earlier today", "DATE"),
        ("Traffic stopped after weeks of protests.", "weeks", "DATE"),
        ("A 12-year-old girl was rescued.", "12-year-old", "DATE"),
        ("A man in his 50s was arrested.", "50s", "DATE"),
        ("The grid lost a 400 kV line.", "400 kV", "QUANTITY"),
        ("The ice moved about 12 centimeters.", "about 12 centimeters", "QUANTITY"),
        ("Donors pledged tens of millions of dollars.", "tens of millions of dollars", "MONEY"),
        ("Rescuers found several hundred survivors.", "several hundred", "CARDINAL"),
        ("Shocks of 4.5 or greater followed.", "4.5 or greater", "CARDINAL"),
        ("Waves reach no more than a 50 km inland.", "no more than a 50 km", "QUANTITY"),
        ("Cases rose from the end of March.", "the end of March", "DATE"),
        ("On June 3, 2019, the dam broke.", "June 3, 2019", "DATE"),
        ("On May 3, 2019, the dam broke.", "May 3, 2019", "DATE"),
        ("A nine-member panel will decide.", "nine", "CARDINAL"),
    ],
)
def test_figures_and_dates_keep_modifiers_and_units(engine: BuiltinEngine, text: str, span: str, label: str) -> None:
    assert (span, label) in ents(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "The alarm sounded at 21:53 local time.",
        "The polls closed at 10 p.m. sharp.",
        "It lasted about 1.8 microseconds.",
        "This is one of those days, with one saying so.",
        "It was a one-sided contest.",
    ],
)
def test_clock_times_and_pronoun_one_are_not_figures(engine: BuiltinEngine, text: str) -> None:
    assert not {t for t, label in ents(engine, text) if label in ("CARDINAL", "QUANTITY")}


def test_regions_from_iso_data_are_places(engine: BuiltinEngine) -> None:
    """Subdivision names come from pycountry's ISO 3166-2 data, not a hand list."""
    from annotations.nlp import lexicon

    assert {"Gansu", "Seine-Saint-Denis", "Aberdeenshire", "Miyagi"} <= lexicon.iso_places()
    found = ents(engine, "Gansu officials and Aberdeenshire councillors met Miyagi delegates.")
    assert {("Gansu", "GPE"), ("Aberdeenshire", "GPE"), ("Miyagi", "GPE")} <= found
    assert ("Sendai", "GPE") in ents(engine, "The epicentre lay 80 km east of Sendai.")
    assert ("Fresno", "GPE") in ents(engine, "He works at a lab in Fresno, Calif., now.")


def test_org_prefix_before_a_place_and_products_with_model_numbers(engine: BuiltinEngine) -> None:
    found = ents(engine, "Flights by Air India and Air France were cancelled.")
    assert ("Air India", "ORG") in found and ("Air France", "ORG") in found
    assert ("India", "GPE") not in found
    assert not ents(engine, "The airline grounded its Boeing 737 MAX planes.")
    assert not {t for t, _ in ents(engine, "This Morning the minister spoke.")}


def test_named_vehicles_and_ages(engine: BuiltinEngine) -> None:
    assert not ents(engine, "The space shuttle Endeavour docked with the rover Curiosity team watching.")
    assert ("71", "DATE") in ents(engine, "The winner, Tomas Berg, 71, was sworn in.")
    assert ("East African Community", "ORG") in ents(engine, "The East African Community met.")


def test_datelines_roles_institutions_and_weights(engine: BuiltinEngine) -> None:
    found = ents(engine, "LAKE PLACID, N.Y. — Snow fell all day.")
    assert ("LAKE PLACID", "GPE") in found
    found = ents(engine, "Navigator Peter Olsen and Mission Specialist Karen Holt flew.")
    assert ("Peter Olsen", "PERSON") in found and ("Karen Holt", "PERSON") in found
    assert ("Brazilian Space Research Institute", "ORG") in ents(engine, "The Brazilian Space Research Institute agreed.")
    found = ents(engine, "The Russian Foreign Ministry objected.")
    assert ("Russian", "NORP") in found and ("Foreign Ministry", "ORG") in found
    assert not ents(engine, "Inspections found cracks in the wall.")
    assert ("12,000 pounds", "QUANTITY") in ents(engine, "The jet carried 12,000 pounds of food.")
    assert ("Joint Chiefs of Staff", "ORG") in ents(engine, "He chairs the Joint Chiefs of Staff now.")


def test_plural_agency_heads(engine: BuiltinEngine) -> None:
    found = ents(engine, "The U.S. Centers for Disease Control and Prevention (CDC) agreed.")
    assert ("U.S. Centers for Disease Control and Prevention", "ORG") in found and ("CDC", "ORG") in found
    assert ("Washington, D.C.", "GPE") in ents(engine, "They live near Washington, D.C., with family.")  # one place (dev round 5)


def test_company_named_after_a_place_and_possessive_person(engine: BuiltinEngine) -> None:
    found = ents(engine, "The regulator fined Yorkshire Electric on Monday.")
    assert ("Yorkshire Electric", "ORG") in found
    assert ("Kherson Oblast", "GPE") not in found  # sanity: the rule is about companies
    found = ents(engine, "Shelling hit the Kherson region, and Borodin's office said talks failed.")
    assert ("Borodin", "PERSON") in found


def test_a_year_earlier_keeps_its_own_date(engine: BuiltinEngine) -> None:
    found = ents(engine, "Sales rose 20% from more than a year earlier.")
    assert ("more than a year earlier", "DATE") in found and ("more than a year", "DATE") not in found
    # (a comparison after a figure leaves the date alone)
    found = ents(engine, "Some 18 million are out of work, two million more than a year ago.")
    assert ("a year ago", "DATE") in found


def test_demonyms_from_place_names(engine: BuiltinEngine) -> None:
    found = ents(engine, "Fans included Ghanaians, Malawians, Zambians, Iraqis and Taiwanese students.")
    assert {("Ghanaians", "NORP"), ("Malawians", "NORP"), ("Zambians", "NORP"), ("Iraqis", "NORP"),
            ("Taiwanese", "NORP")} <= found
    found = ents(engine, "They flew Chinese-made drones and a Soviet-era tank.")
    assert ("Chinese", "NORP") in found and ("Soviet", "NORP") in found
    assert not {t for t, _ in ents(engine, "The Olympic champion won again.")}


def test_unknown_two_word_names_after_the_or_with_an_acronym_are_org(engine: BuiltinEngine) -> None:
    assert ("Northern Power Grid", "ORG") in ents(engine, "The Northern Power Grid said power was back.")
    assert ("Lakeland Cable", "ORG") in ents(engine, "Shares of the Lakeland Cable fell.")
    assert ("Harbin Nuru", "ORG") in ents(engine, "Shares of Harbin Nuru (HN) fell.")
    assert ("Anwar Ibrahim", "PERSON") in ents(engine, "Talks with the Anwar Ibrahim camp failed.")


def test_sentence_opening_name_known_from_mid_sentence(engine: BuiltinEngine) -> None:
    assert [t for t, _ in sorted(ents(engine, "Norvolt raised prices. Analysts said Norvolt would gain."))] == ["Norvolt"]
    assert not ents(engine, "Prices rose. Officials said prices would rise.")


def test_model_designations_are_products_but_digit_names_are_not(engine: BuiltinEngine) -> None:
    found = ents(engine, "The G7 and G20 met while operator Tele2 watched F-16 and Su-35 jets and an A320.")
    assert {("G7", "ORG"), ("G20", "ORG"), ("Tele2", "ORG")} <= found
    assert not {t for t, _ in found} & {"F-16", "Su-35", "A320"}
    assert "'s Office" not in {t for t, _ in ents(engine, "The Prosecutor's Office said so.")}


def test_places_in_a_list_and_the_article_before_a_rate(engine: BuiltinEngine) -> None:
    assert ("Leeward Atolls", "GPE") in ents(engine, "Warnings covered Fiji, Leeward Atolls and Samoa.")
    found = ents(engine, "It had about a 40 percent survival rate.")
    assert ("40 percent", "PERCENT") in found


def test_hyphenated_french_names_stay_whole(engine: BuiltinEngine) -> None:
    found = ents(engine, "Jean-Luc Mélenchon met Marie-Hélène Dupont-Lefèvre in Saint-Étienne on Monday.")
    assert ("Jean-Luc Mélenchon", "PERSON") in found
    assert ("Marie-Hélène Dupont-Lefèvre", "PERSON") in found


def test_numbers_written_in_words_are_one_figure():
    from annotations.core.documents import make_document
    from annotations.nlp.extract import BuiltinEngine

    text = "Two hundred forty-nine people died and more than twenty-six thousand fell ill in seventy-three countries."
    found = [(e.text, e.label) for e in BuiltinEngine().analyze(make_document(text, "t.txt", parse_leading_metadata=False)).entities]
    assert found == [("Two hundred forty-nine", "CARDINAL"), ("more than twenty-six thousand", "CARDINAL"), ("seventy-three", "CARDINAL")]


def test_treaties_summits_agreements_and_forms_of_address_are_not_names():
    from annotations.core.documents import make_document
    from annotations.nlp.extract import BuiltinEngine

    text = ("Ladies and Gentlemen, the leaders at the Summit signed the Partnership for Modernization, "
            "the Government Procurement Agreement and the Energy Package with Gazprom.")
    found = [(e.text, e.label) for e in BuiltinEngine().analyze(make_document(text, "t.txt", parse_leading_metadata=False)).entities]
    assert found == [("Gazprom", "ORG")]


# -- round 4: wire-style sentences written here ------------------------------------------------


def test_temperatures_keep_their_unit(engine: BuiltinEngine) -> None:
    assert ents(engine, "Temperatures could reach 40C in the south.") == {("40C", "QUANTITY")}
    assert ents(engine, "It was 104°F in the shade.") == {("104°F", "QUANTITY")}
    assert ("40 degrees Celsius", "QUANTITY") in ents(engine, "The thermometer showed 40 degrees Celsius.")


def test_a_nationality_before_an_organisation_name_is_part_of_it(engine: BuiltinEngine) -> None:
    assert ents(engine, "The Chinese Red Cross sent blankets.") == {("Chinese Red Cross", "ORG")}
    assert ("European Forest Fire Information System", "ORG") in ents(
        engine, "A study by the European Forest Fire Information System found it."
    )
    # a generic state institution after a nationality stays two names
    assert ents(engine, "The Pakistani Supreme Court ruled.") == {("Pakistani", "NORP"), ("Supreme Court", "ORG")}
    assert ("Human Rights Watch", "ORG") in ents(engine, "Human Rights Watch said the camps were full.")


def test_a_first_name_that_is_also_a_faith_or_country_opens_a_person(engine: BuiltinEngine) -> None:
    assert ents(engine, "The prefect, Christian Pouget, told reporters.") == {("Christian Pouget", "PERSON")}
    assert ents(engine, "The Christian Democrats won.") == {("Christian Democrats", "NORP")}


def test_a_title_word_heading_an_organisation_is_not_a_title(engine: BuiltinEngine) -> None:
    assert ents(engine, "The Justice Department's antitrust chief, Gail Slater, said it was a win.") == {
        ("Justice Department", "ORG"), ("Gail Slater", "PERSON")
    }


def test_shouted_datelines_of_several_words_are_one_place(engine: BuiltinEngine) -> None:
    assert ("NEW YORK", "GPE") in ents(engine, "NEW YORK, June 20 (Wire) - Stocks fell.")
    assert ("ST. PETERSBURG", "GPE") in ents(engine, "ST. PETERSBURG, June 20. /TASS/. Russia will sign.")


def test_a_portfolio_word_inside_an_organisation_name_opens_no_title(engine: BuiltinEngine) -> None:
    assert ents(engine, "Zach Holbrooks, director of the South Plains Public Health District, spoke.") == {
        ("Zach Holbrooks", "PERSON"), ("South Plains Public Health District", "ORG")
    }
    assert ("Sergei Shoigu", "PERSON") in ents(engine, "Emergency Situations Minister Sergei Shoigu said.")


def test_company_names_opening_with_a_word_of_another_language(engine: BuiltinEngine) -> None:
    assert ents(engine, "Deutsche Bahn said services ran normally.") == {("Deutsche Bahn", "ORG")}
    assert ents(engine, "Shares of Banco Santander rose.") == {("Banco Santander", "ORG")}


def test_cities_no_list_of_ours_names_are_places(engine: BuiltinEngine) -> None:
    # GeoNames' cities (lexicon/cities.txt) label a name the rules would otherwise guess
    assert ents(engine, "The general flew on a visit to Benghazi last week.") >= {("Benghazi", "GPE")}
    assert ("Bandar Abbas", "GPE") in ents(engine, "Damage was heavy when Bandar Abbas was hit.")
    # a city's name that is mostly someone else's stays a name, and a place does not speak
    assert ("Obama", "GPE") not in ents(engine, "Mehta, an Obama appointee, has presided over several cases.")
    assert ("Hale", "GPE") not in ents(engine, "Hale said the mission was over.")


def test_city_list_is_generated_data_with_its_source() -> None:
    from annotations.nlp import lexicon

    header = (lexicon.resources.files(lexicon.__name__) / "cities.txt").read_text(encoding="utf-8").splitlines()[0]
    assert "GeoNames" in header and "make_cities.py" in header
    names = lexicon.entries("cities")
    assert len(names) > 20_000 and list(names) == sorted(names)


def test_numbered_units_ordinals_and_metric_tons(engine: BuiltinEngine) -> None:
    assert ents(engine, "Members of the 86th Airlift Wing flew in.") == {("86th Airlift Wing", "ORG")}
    assert ents(engine, "Task Force 49 soldiers and TF 49 staff arrived.") == {("Task Force 49", "ORG"), ("TF 49", "ORG")}
    assert ents(engine, "Joint Task Force 5-0 took over.") == {("Joint Task Force 5-0", "ORG")}
    assert ents(engine, "It was the 21st time.") == set()  # an ordinal is no count
    assert ents(engine, "They delivered more than 13 metric tons of aid.") == {("more than 13 metric tons", "QUANTITY")}


def test_arabic_names_with_the_article_are_one_person(engine: BuiltinEngine) -> None:
    assert ents(engine, "He met Mohamed al-Haddad on Monday.") >= {("Mohamed al-Haddad", "PERSON")}
    assert ents(engine, "Abd al-Razzaq al-Nadhuri attended.") == {("Abd al-Razzaq al-Nadhuri", "PERSON")}


def test_military_ranks_are_titles_and_the_service_before_them_is_named(engine: BuiltinEngine) -> None:
    assert ents(engine, "He met Field Marshal Khalifa Haftar there.") == {("Khalifa Haftar", "PERSON")}
    assert ents(engine, "Spc. Levi Lemisio said the work mattered.") == {("Levi Lemisio", "PERSON")}
    assert ents(engine, "Troops led by Army Col. Paul Hollenack arrived.") == {("Army", "ORG"), ("Paul Hollenack", "PERSON")}


def test_dates_ranges_shouted_months_and_laws_ships_and_company_suffixes(engine: BuiltinEngine) -> None:
    assert ents(engine, "On September 20-21, crews worked.") == {("September 20-21", "DATE")}
    assert ents(engine, "Sales fell in 2014 and 2015.") == {("2014 and 2015", "DATE")}
    assert ("OCTOBER 4, 2024", "DATE") in ents(engine, "OCTOBER 4, 2024 — The Guard said it was ready.")
    assert ents(engine, "Facebook, Inc. agreed to pay.") == {("Facebook, Inc.", "ORG")}
    assert ents(engine, "The Digital Markets Act applies.") == set()  # a law is no organisation
    assert ents(engine, "The M/V Dali hit the bridge.") == set()  # nor is a ship a person


def test_ranges_ordinal_days_and_two_organisations_joined_by_and(engine: BuiltinEngine) -> None:
    assert ents(engine, "Between 10 to 20 people died each day.") >= {("10 to 20", "CARDINAL")}
    assert ents(engine, "It hit on September 10 and 11.") == {("September 10 and 11", "DATE")}
    assert ents(engine, "It hit on September 18th.") == {("September 18th", "DATE")}
    assert ents(engine, "Army National Guard and Air National Guard crews flew.") == {
        ("Army National Guard", "ORG"), ("Air National Guard", "ORG")
    }
    assert ("Food and Drug Administration", "ORG") in ents(engine, "The Food and Drug Administration said so.")


def test_a_title_between_an_organisation_and_a_name_belongs_to_neither(engine: BuiltinEngine) -> None:
    assert ents(engine, "Commander of U.S. AFRICOM General Michael Langley spoke.") == {
        ("U.S. AFRICOM", "ORG"), ("Michael Langley", "PERSON")
    }
    assert ents(engine, "He met the Special Envoy for Libya Ambassador Richard Norland.") >= {
        ("Libya", "GPE"), ("Richard Norland", "PERSON")
    }
    assert ("Department of State", "ORG") in ents(engine, "The Department of State said so.")


def test_a_known_place_with_a_county_word_is_one_place_and_the_weekend_is_a_date(engine: BuiltinEngine) -> None:
    assert ents(engine, "Fires burned in Los Angeles County over the weekend.") == {
        ("Los Angeles County", "GPE"), ("the weekend", "DATE")
    }


def test_laws_tournaments_languages_and_commodities_are_no_names(engine: BuiltinEngine) -> None:
    assert ents(engine, "The Lisbon Treaty was signed.") == set()
    assert ents(engine, "Fans watched the World Cup final.") == set()
    assert ents(engine, "The statement, published in Russian and English, said so.") == set()
    assert ents(engine, "It was reported in Ukrainian and Russian media.") == {("Ukrainian", "NORP"), ("Russian", "NORP")}
    assert ents(engine, "Brent crude rose 2%.") == {("2%", "PERCENT")}


def test_corporate_titles_and_a_city_before_a_company_description(engine: BuiltinEngine) -> None:
    assert ents(engine, "Chief Financial Officer Colette Kress told analysts.") == {("Colette Kress", "PERSON")}
    assert ("Santa Clara", "GPE") in ents(engine, "The Santa Clara, California-based company said so.")


def test_hyphenated_titles_and_virus_codes(engine: BuiltinEngine) -> None:
    assert ents(engine, "WHO Director-General Margaret Chan said.") == {("WHO", "ORG"), ("Margaret Chan", "PERSON")}
    assert ents(engine, "The H1N1 virus spread.") == set()


def test_bin_names_newspapers_named_after_cities_awards_and_wars(engine: BuiltinEngine) -> None:
    assert ("Hamza bin Laden", "PERSON") in ents(engine, "US officials said Hamza bin Laden was dead.")
    assert ents(engine, "The Las Vegas Review-Journal reported it.") == {("Las Vegas Review-Journal", "ORG")}
    assert ents(engine, "He won the Rory Peck Awards after World War Two.") == set()


def test_round5_dev_classes(engine: BuiltinEngine) -> None:
    # a first name before a document word is someone; an age after them a date
    assert ents(engine, "WASHINGTON – Jason Charter, 25, of Boston, was arrested.") >= {
        ("Jason Charter", "PERSON"), ("25", "DATE")
    }
    # a name written twice is a dateline only when shouted
    assert ("SENDAI", "GPE") in ents(engine, "SENDAI SENDAI — It hit.")
    # journals and offices named with common or abstract words are no people
    assert ents(engine, "It was published in Nature Astronomy.") == {("Nature Astronomy", "ORG")}
    assert ("Old Bailey", "ORG") in ents(engine, "The jury at the Old Bailey met in July of 2005.")
    assert ("July of 2005", "DATE") in ents(engine, "The jury at the Old Bailey met in July of 2005.")
    assert ents(engine, "The North Koreans pled not guilty.") == {("North Koreans", "NORP")}
    assert ents(engine, "Members of the Church of the SubGenius met.") == {("Church of the SubGenius", "ORG")}
    assert ents(engine, "COVID cases rose.") == set()
    assert ("Clement Attlee", "PERSON") in ents(engine, "Prime Minister Clement Attlee said.")


def test_a_frequent_english_word_opens_no_persons_name(engine: BuiltinEngine) -> None:
    # english_words.txt: wordfreq's frequent words less every name Faker knows (make_english_words.py)
    assert ents(engine, "The findings appeared in Ecological Applications this week.") >= {("Ecological Applications", "ORG")}
    assert ("Tomasz Sekielski", "PERSON") in ents(engine, "The film is by Tomasz Sekielski.")


def test_given_names_and_titles_of_assemblies(engine: BuiltinEngine) -> None:
    # given_names.txt: Faker's given names (make_given_names.py); one alone is someone
    assert ("Yusuf", "PERSON") in ents(engine, "The singer, known as Yusuf, performed.")
    assert ("Selena Torres", "PERSON") in ents(engine, "Newly elected Assemblywoman Selena Torres said it was exciting.")
    assert ents(engine, "She is the first Latina to hold the seat.") == {("Latina", "NORP")}


def test_scores_year_ranges_and_vague_dates(engine: BuiltinEngine) -> None:
    assert ents(engine, "They won 3-0 and lost 50–57.") == {("3-0", "CARDINAL"), ("50–57", "CARDINAL")}
    assert ents(engine, "It was the 2014-2015 season.") == {("2014-2015", "DATE")}
    assert ents(engine, "It started late last year.") == {("late last year", "DATE")}
    assert ents(engine, "Results come by the end of this week.") == {("the end of this week", "DATE")}
    assert ("Xi", "PERSON") in ents(engine, "China's leader Xi Jinping spoke.\n\nCritics called Xi a strongman.")


def test_a_given_name_of_a_country_is_someone_from_there_and_emeritus_titles(engine: BuiltinEngine) -> None:
    assert ents(engine, "Karsten Warholm of Norway won gold.") == {("Karsten Warholm", "PERSON"), ("Norway", "GPE")}
    assert ("Dinualdo Gutierrez", "PERSON") in ents(engine, "Roman Catholic Bishop Emeritus Dinualdo Gutierrez died.")


def test_irish_counties_holidays_and_filipino_particles(engine: BuiltinEngine) -> None:
    assert ents(engine, "Warnings were issued for County Galway and County Mayo.") == {
        ("County Galway", "GPE"), ("County Mayo", "GPE")
    }
    assert ents(engine, "He died on Christmas Eve.") == {("Christmas Eve", "DATE")}
    assert ("Arnel dela Vega", "PERSON") in ents(engine, "Arnel dela Vega of the army said so.")


def test_two_universities_joined_by_and_and_cities_of_several_words(engine: BuiltinEngine) -> None:
    assert ents(engine, "Scientists from the University of Bristol and UC Davis said so.") == {
        ("University of Bristol", "ORG"), ("UC Davis", "ORG")
    }
    assert ("Salt Lake City", "GPE") in ents(engine, "He flew to Salt Lake City on Monday.")


def test_products_journals_and_councils_after_a_place_preposition_are_no_places(engine: BuiltinEngine) -> None:
    assert ("CentOS", "GPE") not in ents(engine, "Red Hat moved away from CentOS in favour of a stream.")
    assert ("Council", "GPE") not in ents(engine, "The Order in Council was unlawful.")
    assert ("Proceedings", "GPE") not in ents(engine, "It is published in Proceedings of the National Academy of Sciences.")
    assert ents(engine, "Ships left from Chornomorsk on Monday.") == {("Chornomorsk", "GPE"), ("Monday", "DATE")}
    assert ents(engine, "Many Native American voters were affected.") == {("Native American", "NORP")}


def test_iso_subdivisions_as_english_news_prints_them(engine: BuiltinEngine) -> None:
    assert ents(engine, "Temples in Tamil Nadu were closed.") == {("Tamil Nadu", "GPE")}


def test_saints_given_names_after_a_description_and_no_lower_case_name_starts(engine: BuiltinEngine) -> None:
    assert ents(engine, "Dr. Steven Wolf at Saint Francis said so.") == {("Steven Wolf", "PERSON"), ("Saint Francis", "ORG")}
    assert ("Sheldon Yett", "PERSON") in ents(engine, "In remarks to the news service, Sheldon Yett of UNICEF spoke.")
    found = ents(engine, "A rapporteur for the Office of the UN High Commissioner for Human Rights spoke.")
    assert not any(text.startswith(("for ", "of ")) for text, _ in found)


def test_round6_holidays_units_towns_titles_and_clock_times(engine: BuiltinEngine) -> None:
    assert ents(engine, "Shops closed for Labour Day.") == {("Labour Day", "DATE")}
    assert ("Beaver Falls", "GPE") in ents(engine, "He lived in Beaver Falls, Pennsylvania.")
    assert ents(engine, "Co-author Jing-Shan Zhao said so.") == {("Jing-Shan Zhao", "PERSON")}
    assert ents(engine, "Winds reached 185 mph at 1800 ET.") == {("185 mph", "QUANTITY")}
    assert ents(engine, "A neo-Nazi group marched.") == {("neo-Nazi", "NORP")}


# -- dev round 7 classes (own sentences) -------------------------------------------------------


def test_a_weekday_before_a_day_and_month_is_one_date(engine: BuiltinEngine) -> None:
    found = ents(engine, "The consultation closes on Monday 11 March 2024, the office said.")
    assert ("Monday 11 March 2024", "DATE") in found
    assert ("Thursday, May 9", "DATE") in ents(engine, "Voting ends on Thursday, May 9, officials said.")


def test_this_before_a_weekday_is_part_of_the_date(engine: BuiltinEngine) -> None:
    assert ("This Tuesday", "DATE") in ents(engine, "This Tuesday the board met again.")


def test_a_financial_year_is_one_date(engine: BuiltinEngine) -> None:
    found = ents(engine, "Spending will rise in 2026-27 and fall in the 2027-28 budget.")
    assert {("2026-27", "DATE"), ("2027-28", "DATE")} <= found
    assert ("2027", "DATE") not in found


def test_a_word_with_a_contraction_opening_a_quotation_is_no_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "“Let’s finish the job,” the coach told the players.")
    assert not any(text.startswith("Let") for text, _ in found)


def test_brexit_and_member_states_are_not_organisations(engine: BuiltinEngine) -> None:
    found = ents(engine, "After Brexit the Member States agreed new checks, Ireland said.")
    assert not any(text in ("Brexit", "Member States") for text, _ in found)
    assert ("Ireland", "GPE") in found


def test_federal_court_districts_and_the_district_of_columbia(engine: BuiltinEngine) -> None:
    found = ents(engine, "He was charged in the Northern District of Texas and later moved to the District of Columbia.")
    assert ("Northern District of Texas", "ORG") in found
    assert ("District of Columbia", "GPE") in found
    assert ("Dhading District", "GPE") in ents(engine, "Villages in Dhading District were cut off.")


def test_known_names_with_commas_and_lower_case_words_are_one_entity(engine: BuiltinEngine) -> None:
    found = ents(engine, "The United Nations Educational, Scientific and Cultural Organization met the Commonwealth of Independent States.")
    assert ("United Nations Educational, Scientific and Cultural Organization", "ORG") in found
    assert ("Commonwealth of Independent States", "ORG") in found


def test_a_military_camp_is_a_facility_not_a_person(engine: BuiltinEngine) -> None:
    found = ents(engine, "Rockets hit Camp Harrow and a square near Hyde Park Corner, Lt. Ana Ruiz said.")
    assert not any(label == "PERSON" and ("Camp" in text or "Corner" in text) for text, label in found)
    assert ("Ana Ruiz", "PERSON") in found


def test_ages_said_as_ages_are_dates(engine: BuiltinEngine) -> None:
    found = ents(engine, "Judge Hale sentenced Mark Ode, now 31, to life. A witness aged 19 and two girls, both aged twelve, "
                         "were there. Ode's father died at the age of 70.")
    assert {("31", "DATE"), ("19", "DATE"), ("twelve", "DATE"), ("70", "DATE")} <= found


def test_coordinated_days_are_one_date(engine: BuiltinEngine) -> None:
    found = ents(engine, "Limits began on June 8 and 9 respectively, and the storm hit on Friday and Saturday.")
    assert {("June 8 and 9", "DATE"), ("Friday and Saturday", "DATE")} <= found


def test_one_before_a_noun_is_a_count_but_not_one_of_or_no_one(engine: BuiltinEngine) -> None:
    found = ents(engine, "One nurse and one porter were hurt. One of them left. No one else came. Prices fell by one third.")
    assert [t for t, label in sorted(found) if label == "CARDINAL"] == ["One", "one"]


def test_a_city_named_after_a_place_and_a_mayors_city(engine: BuiltinEngine) -> None:
    found = ents(engine, "He flew from Kansas City to Mexico City. The Mayor of Koszalin Piotr Nowak spoke.")
    assert {("Kansas City", "GPE"), ("Mexico City", "GPE"), ("Koszalin", "GPE"), ("Piotr Nowak", "PERSON")} <= found
    assert ("Manchester City", "ORG") in ents(engine, "Manchester City won again.")


def test_a_capitalised_everyday_word_alone_is_no_organisation(engine: BuiltinEngine) -> None:
    found = ents(engine, "The plan covers Shipping and Security, the Ministry of Ports said, and Apple agreed.")
    assert not any(text in ("Shipping", "Security") for text, _ in found)
    assert ("Apple", "ORG") in found


def test_a_possessive_inside_a_name_and_a_place_named_after_its_kind(engine: BuiltinEngine) -> None:
    found = ents(engine, "Fighters of the People’s Liberation Front reached the capital Ouagadou and the port city Sittwe.")
    assert {("People’s Liberation Front", "ORG"), ("Ouagadou", "GPE"), ("Sittwe", "GPE")} <= found


def test_a_title_of_an_organisation_named_with_of_gives_no_person(engine: BuiltinEngine) -> None:
    found = ents(engine, "The Governor of the Bank of Portugal, Mario Centeno, spoke.")
    assert ("Bank of Portugal", "ORG") in found and ("Mario Centeno", "PERSON") in found
    assert not any(label == "PERSON" and text == "Portugal" for text, label in found)


def test_indian_amounts_and_titles(engine: BuiltinEngine) -> None:
    found = ents(engine, "Union Health Minister Anil Rao said Rs 4,500 crore and ₹2.5 lakh crore were set aside; "
                         "over 3 lakh workers and Shri Mohan Das were told.")
    assert {("Anil Rao", "PERSON"), ("Rs 4,500 crore", "MONEY"), ("₹2.5 lakh crore", "MONEY"),
            ("over 3 lakh", "CARDINAL"), ("Mohan Das", "PERSON")} <= found
    assert not any(text in ("Union", "Rs") for text, _ in found)


def test_court_copy_offices_titles_and_city_people(engine: BuiltinEngine) -> None:
    found = ents(engine, "The Attorney General's Office and the U.S. Attorney's Office said Detroiters and New Yorkers "
                         "met U.S. District Judge Ana Ruiz. A former City Councilwoman filed for Chapter 9.")
    assert {("Attorney General's Office", "ORG"), ("U.S. Attorney's Office", "ORG"), ("Detroiters", "NORP"),
            ("New Yorkers", "NORP"), ("Ana Ruiz", "PERSON")} <= found
    assert not any(text in ("U.S. District", "City Councilwoman", "Chapter", "Office") for text, _ in found)


def test_a_place_in_an_attributive_compound_is_the_place(engine: BuiltinEngine) -> None:
    found = ents(engine, "The London-based fund bought the Jamshedpur-based club and a Zorgville-based shop.")
    assert {("London", "GPE"), ("Jamshedpur", "GPE")} <= found
    assert not any("based" in text for text, _ in found)


def test_two_places_joined_by_a_hyphen_are_two_places(engine: BuiltinEngine) -> None:
    found = ents(engine, "Talks on China-U.S. trade and Russia-Ukraine grain ended; EU-China ties and Guinea-Bissau were next.")
    assert {("China", "GPE"), ("U.S.", "GPE"), ("Russia", "GPE"), ("Ukraine", "GPE"), ("EU", "ORG"), ("Guinea-Bissau", "GPE")} <= found
    assert not any("-" in text and text != "Guinea-Bissau" for text, _ in found)


def test_a_name_after_a_relation_and_a_comma_is_a_person(engine: BuiltinEngine) -> None:
    assert ("Wu Tianming", "PERSON") in ents(engine, "Austin met his predecessor, Wu Tianming, in Hanoi.")


def test_a_title_case_headline_and_byline_are_not_one_long_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "Norwegian Foreign Ministry Denies Having Information On Possible Talks Between Solberg, Xi\n\n"
                         "Kari Nordmann Published May 11, 2023 | 04:20 PM\n\nThe ministry said so on Thursday.")
    assert ("Kari Nordmann", "PERSON") in found
    assert not any(("Denies" in text or "Published" in text or text == "PM") for text, _ in found)


def test_dates_in_digits_and_clock_time_zones(engine: BuiltinEngine) -> None:
    found = ents(engine, "Filed 18-03-2021 13:52 IST, amended 2021-03-19 and 20/03/2021 and 21.03.2021 at 4:20 PM.")
    assert {("18-03-2021", "DATE"), ("2021-03-19", "DATE"), ("20/03/2021", "DATE"), ("21.03.2021", "DATE")} <= found
    assert not any(text in ("IST", "PM", "18-03") for text, _ in found)


def test_an_apposition_says_person_or_organisation(engine: BuiltinEngine) -> None:
    found = ents(engine, "Talks go on, Zhao Wenli, a spokesman at the ministry, said. Vostok Daily, a newspaper in Perm, agreed.")
    assert {("Zhao Wenli", "PERSON"), ("Vostok Daily", "ORG")} <= found


def test_research_and_investment_firms_are_organisations(engine: BuiltinEngine) -> None:
    found = ents(engine, "Analysts polled by Norden Financial agreed, said Kestrel Research analyst Ana Lind and "
                         "Tom Ray of Birch Asset Management.")
    assert {("Norden Financial", "ORG"), ("Kestrel Research", "ORG"), ("Birch Asset Management", "ORG"),
            ("Ana Lind", "PERSON"), ("Tom Ray", "PERSON")} <= found


def test_a_surname_met_alone_first_is_the_person_named_later(engine: BuiltinEngine) -> None:
    found = [(e.text, e.label) for e in engine.entities("Orlov gives advice to journalists\n\n"
                                                          "Kremlin spokesman Dmitry Orlov said it. Orlov smiled at the Crocus City Hall.")]
    assert found.count(("Orlov", "PERSON")) == 2 and ("Dmitry Orlov", "PERSON") in found
    assert not any("Hall" in text for text, _ in found)


def test_a_pair_of_judges_are_two_people(engine: BuiltinEngine) -> None:
    found = ents(engine, "A bench of Justices Mehta and R.K. Iyer heard the case.")
    assert {("Mehta", "PERSON"), ("R.K. Iyer", "PERSON")} <= found


def test_a_name_with_two_particles_is_one_person(engine: BuiltinEngine) -> None:
    found = ents(engine, "Commission President Ursula von der Leyen met Rafael van der Vaart.")
    assert {("Ursula von der Leyen", "PERSON"), ("Rafael van der Vaart", "PERSON")} <= found


def test_hospitals_are_facilities_and_a_surname_that_is_a_document_word_stays_a_person(engine: BuiltinEngine) -> None:
    found = ents(engine, "Victims went to Hartford Hospital. Jason Charter said he was safe, and Charter thanked the Treasury "
                         "and the Old Bailey.")
    assert not any("Hospital" in text for text, _ in found)
    assert {("Jason Charter", "PERSON"), ("Charter", "PERSON"), ("Treasury", "ORG"), ("Old Bailey", "ORG")} <= found


def test_science_copy_ages_of_a_group_and_an_apposed_professor(engine: BuiltinEngine) -> None:
    found = ents(engine, "The study involved 2,500 adults, ages 28 to 84, wrote Mia Berg and Uri Gneezy, professor of economics.")
    assert {("28 to 84", "DATE"), ("Uri Gneezy", "PERSON")} <= found


def test_news_agencies_named_after_a_people_and_a_ruler_of_a_city(engine: BuiltinEngine) -> None:
    found = ents(engine, "The Saudi Press Agency said the Ruler of Dubai met the Kuwait News Agency's editor.")
    assert {("Saudi Press Agency", "ORG"), ("Dubai", "GPE")} <= found
    assert not any(text.startswith("Ruler") for text, _ in found)


def test_states_seas_and_regions_of_several_words_are_one_place(engine: BuiltinEngine) -> None:
    found = ents(engine, "The parliament of New South Wales met. The vote in Western Australia was close. "
                         "The ferry sank in the Java Sea near the Mawddach Estuary, far from the Eastern Mediterranean.")
    assert {("New South Wales", "GPE"), ("Western Australia", "GPE"), ("Java Sea", "LOC"), ("Mawddach Estuary", "LOC"),
            ("Eastern Mediterranean", "LOC")} <= found
    assert not any(text in ("Wales", "New South", "Sea", "Eastern") for text, _ in found)


def test_people_listed_after_a_court_are_not_part_of_its_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "In the U.S. District Court for the Western District of Kentucky, Barry Dyer and Mackie Shelton pleaded guilty.")
    assert {("U.S. District Court for the Western District of Kentucky", "ORG"), ("Barry Dyer", "PERSON"),
            ("Mackie Shelton", "PERSON")} <= found


def test_police_ranks_are_titles_and_plans_and_notices_are_no_names(engine: BuiltinEngine) -> None:
    found = ents(engine, "Detective Inspector Darren Gough said the Marshall Plan and the Leniency Notice were cited. "
                         "Inspector Gough left.")
    assert {("Darren Gough", "PERSON"), ("Gough", "PERSON")} <= found
    assert not any("Inspector" in text or "Plan" in text or "Notice" in text for text, _ in found)


def test_currency_codes_glued_to_amounts_genus_initials_and_a_surname_that_is_a_title(engine: BuiltinEngine) -> None:
    found = ents(engine, "Didier Queloz and Michel Mayor won. They share SEK9 million (approximately GBP738 thousand). "
                         "The fine was NOK 40 million. ALL 30 passengers survived. Strains of E. coli spread.")
    assert {("Michel Mayor", "PERSON"), ("SEK9 million", "MONEY"), ("approximately GBP738 thousand", "MONEY"),
            ("NOK 40 million", "MONEY"), ("30", "CARDINAL")} <= found
    assert not any(text in ("They", "E", "ALL 30") for text, _ in found)


def test_durations_and_days_referred_back_to_are_dates_but_rates_are_not(engine: BuiltinEngine) -> None:
    found = ents(engine, "The following day, he left. They met later that day. That day, the storm hit. He spent a year in jail. "
                         "The talks lasted a week. It happens every year. She earns $5 a day and works 24 hours a day. "
                         "It was a day of mourning. He said that Day was wrong.")
    assert {("The following day", "DATE"), ("later that day", "DATE"), ("That day", "DATE"), ("a year", "DATE"),
            ("a week", "DATE"), ("every year", "DATE")} <= found
    assert sum(1 for text, _ in found if text.lower() == "a day") == 0


def test_place_openers_gardens_and_a_singer_named_lake(engine: BuiltinEngine) -> None:
    found = ents(engine, "He was taken to the Forbury Gardens in Reading. They fled to Ciudad Juárez and Punta Ventana, "
                         "near Lake Chad and Mount Lebanon. Greg Lake sang.")
    assert {("Ciudad Juárez", "GPE"), ("Punta Ventana", "LOC"), ("Lake Chad", "LOC"), ("Mount Lebanon", "LOC"),
            ("Greg Lake", "PERSON")} <= found
    assert not any("Gardens" in text for text, _ in found)


def test_letters_between_slashes_are_no_names(engine: BuiltinEngine) -> None:
    found = ents(engine, "Analysts expected 15 cents, according to Thomson Reuters I/B/E/S.")
    assert not any(len(text) == 1 for text, _ in found)


def test_a_compass_word_before_a_country_is_a_region_and_managers_are_people(engine: BuiltinEngine) -> None:
    found = ents(engine, "The field lies west of North China's Tianjin, said Zhou Jiaxiong, a manager of the branch. "
                         "North Korea and South Africa were not named.")
    assert {("North China", "LOC"), ("Tianjin", "GPE"), ("Zhou Jiaxiong", "PERSON"), ("North Korea", "GPE"),
            ("South Africa", "GPE")} <= found


def test_an_acronym_of_lower_case_words_is_no_name_there_or_later(engine: BuiltinEngine) -> None:
    found = ents(engine, "Couples using in vitro fertilisation (IVF) were warned. IVF costs rose. The exclusive economic zone "
                         "(EEZ) of Cyprus was named. Drones, or unmanned aerial vehicles (UAVs), flew. The World Health "
                         "Organization (WHO) said so.")
    assert not any(text in ("IVF", "EEZ", "UAVs") for text, _ in found)
    assert {("Cyprus", "GPE"), ("World Health Organization", "ORG"), ("WHO", "ORG")} <= found


def test_an_organisation_of_an_organisation_is_two_names(engine: BuiltinEngine) -> None:
    found = ents(engine, "The Justice Department’s Antitrust Division said so. Moody's Investors Service cut the rating.")
    assert {("Justice Department", "ORG"), ("Antitrust Division", "ORG"), ("Moody's Investors Service", "ORG")} <= found


def test_two_family_names_regional_peoples_and_groups_named_with_al(engine: BuiltinEngine) -> None:
    found = ents(engine, "Colombian national Andres Fernando Medina Rodriguez was sentenced. Medina Rodriguez was 31. "
                         "Latin American and East African leaders met. Al-Shabab attacked, and al-Shabab and al-Qaida "
                         "claimed it. The Syrian leader, Bashar al-Assad, spoke; later al-Assad left. AIDS and HIV spread.")
    assert {("Andres Fernando Medina Rodriguez", "PERSON"), ("Medina Rodriguez", "PERSON"), ("Latin American", "NORP"),
            ("East African", "NORP"), ("Al-Shabab", "ORG"), ("al-Shabab", "ORG"), ("al-Qaida", "ORG"),
            ("Bashar al-Assad", "PERSON"), ("al-Assad", "PERSON")} <= found
    assert not any(text in ("Medina", "AIDS", "HIV", "Latin", "East") for text, _ in found)


def test_a_listed_name_with_small_words_after_a_title_of(engine: BuiltinEngine) -> None:
    found = ents(engine, "Nancy Pelosi, the Speaker of the House of Representatives, ordered the flags lowered.")
    assert ("House of Representatives", "ORG") in found and ("Representatives", "ORG") not in found


def test_round_ten_states_after_cities_holidays_as_places_super_tuesday_and_shouted_people(engine: BuiltinEngine) -> None:
    found = ents(engine, "The rescue happened near Fargo, N.D., on Monday. Easter Island statues sit near water. "
                         "Super Tuesday was busy. The Taliban opened an office. Michael Armstrong was sentenced. "
                         "ARMSTRONG pleaded guilty.")
    assert {("N.D.", "GPE"), ("Easter Island", "LOC"), ("Super Tuesday", "DATE"), ("Taliban", "ORG"),
            ("ARMSTRONG", "PERSON")} <= found
    found = ents(engine, "SECRETARY OF DEFENSE DR. MARK T. ESPER: Good afternoon. We met on Thursday.")
    assert ("MARK T. ESPER", "PERSON") in found


@pytest.mark.parametrize(
    "text, span",
    [
        ("He served as governor from 2009 to 2017 and then retired.", "2009 to 2017"),
        ("The camp took place March 23 through April 23 at the fort.", "March 23 through April 23"),
        ("Crew members visited the base between November 27 and December 10.", "between November 27 and December 10"),
        ("The protests began in January of this year in Brussels.", "January of this year"),
        ("This lockdown started on December 22, last year.", "December 22, last year"),
        ("Talks were held on Monday and Tuesday in Geneva.", "Monday and Tuesday"),
    ],
)
def test_a_range_of_dates_or_a_date_with_its_year_is_one_span(engine: BuiltinEngine, text: str, span: str) -> None:
    found = ents(engine, text)
    assert (span, "DATE") in found
    assert not any(label == "DATE" and text != span and text in span for text, label in found)


def test_an_offices_field_is_no_organisation(engine: BuiltinEngine) -> None:
    found = ents(engine, "General Omar Haddad, Chief of the General Staff, met Lena Berg, Vice-President for the Euro and "
                         "Social Dialogue, also in charge of Financial Stability. The Ministers of Public Order and "
                         "Shipping were blamed. Commissioner Aho, responsible for the Internal Market, agreed.")
    assert not any(text in ("General Staff", "Euro", "Social Dialogue", "Financial Stability", "Public Order", "Internal Market")
                   for text, _ in found)
    found = ents(engine, "Alan Berg, Director of Acme and Bolt Industries, met the Head of Rosatom State Corporation.")
    assert {("Acme and Bolt Industries", "ORG"), ("Rosatom State Corporation", "ORG")} <= found


def test_an_unknown_name_of_plain_words_is_no_entity_unless_it_speaks_or_publishes(engine: BuiltinEngine) -> None:
    found = ents(engine, "Divers cleared the Federal Channel after the Mass Vaccination Campaign ended. "
                         "Sensors for Spectral Interpretation and Resource Identification were fitted.")
    assert not any(text in ("Federal Channel", "Mass Vaccination Campaign", "Spectral Interpretation", "Resource Identification")
                   for text, _ in found)
    assert ("Coastal Rescue Network", "ORG") in ents(engine, "The Coastal Rescue Network said two boats sank.")
    assert ("Marine Ecology Letters", "ORG") in ents(engine, "It was published in Marine Ecology Letters.")


def test_bases_terminals_and_unknown_names_after_in(engine: BuiltinEngine) -> None:
    found = ents(engine, "Soldiers from Fort Huachuca met at Grand Central Terminal. A man in Sohrab Goth was held. "
                         "Flights left Fort Worth.")
    assert ("Sohrab Goth", "GPE") in found and ("Fort Worth", "GPE") in found
    assert not any(text in ("Fort Huachuca", "Grand Central Terminal", "Grand Central") for text, _ in found)


def test_an_organisation_a_title_and_a_person_are_read_apart(engine: BuiltinEngine) -> None:
    found = ents(engine, "It came after FEMA Administrator Deanne Criswell visited. Senate Minority Whip Dick Durbin "
                         "objected. Linton Emergency Manager Shawna Paul called for help.")
    assert {("FEMA", "ORG"), ("Deanne Criswell", "PERSON"), ("Senate", "ORG"), ("Dick Durbin", "PERSON"),
            ("Shawna Paul", "PERSON")} <= found
    assert not any("Administrator" in text or "Whip" in text or "Manager" in text for text, _ in found)


def test_units_branches_caucuses_and_journals_published_in(engine: BuiltinEngine) -> None:
    found = ents(engine, "Agents of the FBI's International Corruption Unit helped. She chaired the Congressional Black "
                         "Caucus. The study was published on Thursday in PLoS Computational Biology.")
    assert {("International Corruption Unit", "ORG"), ("Congressional Black Caucus", "ORG"),
            ("PLoS Computational Biology", "ORG")} <= found


def test_a_place_inside_a_laws_or_games_name_is_no_entity(engine: BuiltinEngine) -> None:
    found = ents(engine, "The governor signed the Alabama Human Life Protection Act. He cited the U.S. Sentencing "
                         "Guidelines before the Sochi Olympics.")
    assert not any(text in ("Alabama", "U.S.", "Sochi") for text, _ in found)


def test_a_listed_companys_name_is_the_persons_when_the_text_names_the_person_in_full(engine: BuiltinEngine) -> None:
    found = [(e.text, e.label) for e in engine.entities(
        "Bloomberg, Warren end campaigns\n\nMichael Bloomberg ended his campaign. Bloomberg endorsed Joe Biden.")]
    assert found.count(("Bloomberg", "PERSON")) == 2 and ("Michael Bloomberg", "PERSON") in found
    assert ("Bloomberg", "ORG") in ents(engine, "Shares rose, Bloomberg reported.")


def test_an_acronym_of_capitalised_words_that_are_no_entity_is_none_there_or_later(engine: BuiltinEngine) -> None:
    found = ents(engine, "Data came via the Long Range Identification and Tracking (LRIT) system. LRIT data showed gaps.")
    assert not any(text == "LRIT" for text, _ in found)
    assert ("FBI", "ORG") in ents(engine, "The Federal Bureau of Investigation (FBI) said so. The FBI agreed.")


def test_an_unknown_word_modifying_a_things_noun_is_no_organisation(engine: BuiltinEngine) -> None:
    found = ents(engine, "Scientists studied the dusky Arion slug. The probe joined the Gaia mission. Shares of Xinfeng fell.")
    assert not any(text in ("Arion", "Gaia") for text, _ in found) and ("Xinfeng", "ORG") in found


def test_counties_two_ministries_joined_and_a_secretary_of_state_after_an_organisation(engine: BuiltinEngine) -> None:
    found = ents(engine, "Floods hit Bedfordshire and Northamptonshire. He joined the Ministry of Economic Development and "
                         "Ministry of Finance board. The Defra Secretary of State Steve Reed visited.")
    assert {("Bedfordshire", "GPE"), ("Northamptonshire", "GPE"), ("Ministry of Economic Development", "ORG"),
            ("Ministry of Finance", "ORG"), ("Steve Reed", "PERSON")} <= found
    assert ("Ministry of Trade and Industry", "ORG") in ents(engine, "The Ministry of Trade and Industry said so.")


def test_shipping_companies_and_a_town_off_the_coast(engine: BuiltinEngine) -> None:
    found = ents(engine, "Treasury named firms (Singa Tankers, Siqiriya Maritime and Ferland Company Limited). "
                         "A boat sank off Zwara.")
    assert {("Singa Tankers", "ORG"), ("Siqiriya Maritime", "ORG"), ("Ferland Company Limited", "ORG"), ("Zwara", "GPE")} <= found


def test_a_small_word_in_capitals_given_as_an_organisations_acronym(engine: BuiltinEngine) -> None:
    found = [(e.text, e.label) for e in engine.entities("Jets struck Islamic State (IS) positions. IS fighters fled.")]
    assert found.count(("IS", "ORG")) == 2
    assert not ents(engine, "The IT department is new.")


def test_compass_cities_highway_patrols_and_aircraft_models(engine: BuiltinEngine) -> None:
    found = ents(engine, "Police in South London said. The Florida Highway Patrol closed the road. The Boeing 737-800 "
                         "crashed and an Airbus A320 landed. Apple 2020 results came out.")
    assert {("South London", "LOC"), ("Florida Highway Patrol", "ORG"), ("Apple", "ORG"), ("2020", "DATE")} <= found
    assert not any(text in ("Boeing", "Airbus", "737-800", "A320") for text, _ in found)


def test_long_country_names_diseases_and_degrees(engine: BuiltinEngine) -> None:
    found = ents(engine, "The outbreak in the Democratic Republic of the Congo spread; the DRC said so. Zika spread. "
                         "Dr. Tom Frieden, M.D., M.P.H., spoke.")
    assert {("Democratic Republic of the Congo", "GPE"), ("DRC", "GPE"), ("Tom Frieden", "PERSON")} <= found
    assert not any(text in ("Zika", "M.D.", "M.P.H.", "Democratic", "Republic") for text, _ in found)


def test_a_first_name_the_lists_lack_before_a_known_one_stays_in_the_name(engine: BuiltinEngine) -> None:
    assert ("Cyrille Serge Atonfack Guemo", "PERSON") in ents(engine, "Army spokesman Cyrille Serge Atonfack Guemo said so.")
    assert ("Karen Holt", "PERSON") in ents(engine, "Mission Specialist Karen Holt said so.")


def test_a_capitalised_small_word_inside_a_sentence_can_open_a_name(engine: BuiltinEngine) -> None:
    assert ("Than Tim", "PERSON") in ents(engine, "Phlok commune chief Than Tim said eight villagers fell ill.")
    found = [(e.text, e.label) for e in engine.entities(
        'Service Chief Than Lwin Htun spoke. "We support it," said Than Lwin Htun.')]
    assert found.count(("Than Lwin Htun", "PERSON")) == 2
    assert ("The Beatles", "ORG") not in ents(engine, "Paul McCartney of The Beatles played.")


def test_a_title_word_inside_a_name(engine: BuiltinEngine) -> None:
    assert ("Hassan Sheikh Mohamud", "PERSON") in ents(engine, "Somali President Hassan Sheikh Mohamud said it was a crime.")


def test_an_organisation_before_its_staff_or_kind_is_named(engine: BuiltinEngine) -> None:
    found = ents(engine, "The survey by the Forsa institute was new. Economists at the Bruegel thinktank doubted it. "
                         "A Maersk spokesperson was quoted.")
    assert {("Forsa", "ORG"), ("Bruegel", "ORG"), ("Maersk", "ORG")} <= found


def test_darfur_and_mars_are_places_and_the_virus_no_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "Samples came from Mars. Fighting in Darfur continued. SARS-CoV-2 spread.")
    assert {("Mars", "LOC"), ("Darfur", "LOC")} <= found and not any(t == "SARS-CoV-2" for t, _ in found)


def test_a_month_before_an_initial_and_a_surname_is_a_first_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "Acting U.S. Attorney April M. Leon announced it. In April 2024 he robbed a bank.")
    assert {("April M. Leon", "PERSON"), ("April 2024", "DATE")} <= found


def test_a_post_ending_in_a_role_word_is_not_a_person(engine: BuiltinEngine) -> None:
    got = ents(engine, "Rhian Lloyd, Flood Duty Manager at the Rivers Agency, said the defences held.")
    assert ("Rhian Lloyd", "PERSON") in got and not any(label == "PERSON" and "Manager" in t for t, label in got)


def test_a_number_that_names_one_of_a_series_is_no_count(engine: BuiltinEngine) -> None:
    found = ents(engine, "Pupils in Key Stage 1 used the toilets. The firm breached sections 2 (1) and 3 (1) of the Act "
                         "and Section 4(2) of the Rules. The crash closed Route 9. It hired 3 engineers.")
    assert [t for t, label in found if label == "CARDINAL"] == ["3"]
    assert not any(t.startswith("Key Stage") for t, _ in found)  # nor is the series' name an entity


def test_a_papers_article_is_not_part_of_its_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "He told The Washington Post he was tired. The Daily Telegraph cited a source, as did The Hindu.")
    assert {("Washington Post", "ORG"), ("Daily Telegraph", "ORG")} <= found and not any(t.startswith("The W") for t, _ in found)


@pytest.mark.parametrize(
    "text, date",
    [
        ("Later in the day, the council met.", "Later in the day"),
        ("The church was finished in the 13th century.", "the 13th century"),
        ("Crews recover 10 to 20 bodies each day.", "each day"),
        ("They face it every single day.", "every single day"),
        ("It follows decades of work by nurses.", "decades"),
        ("He was charged over his years as mayor.", "years"),
        ("It would be months before the port reopened.", "months"),
        ("The peat has held carbon for millennia.", "millennia"),
    ],
)
def test_vague_times_are_dates(engine: BuiltinEngine, text: str, date: str) -> None:
    assert (date, "DATE") in ents(engine, text)
    assert not any(label == "DATE" for _, label in ents(engine, "The years of his life were hard. He earns 24 dollars a day."))


def test_a_surname_before_a_generation_and_a_peers_title(engine: BuiltinEngine) -> None:
    found = ents(engine, "Defense Secretary Lloyd J. Austin III thanked them. Later Austin thanked Denmark. "
                         "Baroness Jo Marsh spoke.")
    assert {("Austin", "PERSON"), ("Jo Marsh", "PERSON")} <= found and ("Austin", "GPE") not in found


def test_a_lone_unknown_word_is_an_organisation_only_where_something_marks_it(engine: BuiltinEngine) -> None:
    found = ents(engine, "He invented the original Flyboard, which flies. Crowds came for the X-Day fair. The Commission fined "
                         "Lutrex. Woolworths and Coles lowered limits. Medrek denied it. Shares of Xinfeng fell.")
    assert {("Commission", "ORG"), ("Medrek", "ORG"), ("Coles", "ORG"), ("Xinfeng", "ORG")} <= found
    assert not any(t in ("Flyboard", "X-Day") for t, _ in found)


def test_codes_are_no_counts(engine: BuiltinEngine) -> None:
    found = ents(engine, "Call 504-365-2200 or 0800 80 70 60. Staff work 24/7. See IP/12/458. Flight 610 left. "
                         "Dozens of people fled. Hundreds of people fled. Three men came.")
    assert {t for t, label in found if label == "CARDINAL"} == {"Hundreds", "Three"}


def test_one_as_a_pronoun_is_no_count(engine: BuiltinEngine) -> None:
    found = engine.entities("She is the only one who can win. One loss is one too many. The other one tries. One can see it. "
                            "He won one seat.")
    assert [e.text for e in found if e.label == "CARDINAL"] == ["One", "one"]  # "One loss", "one seat"


def test_a_shouted_person_with_an_age_opening_a_paragraph_is_no_dateline(engine: BuiltinEngine) -> None:
    found = ents(engine, "BANK ROBBER SENTENCED\n\nPETER J. HOLLAND, 31, of Leeds, was sentenced. HOLLAND pleaded guilty.")
    assert {("PETER J. HOLLAND", "PERSON"), ("HOLLAND", "PERSON")} <= found
    assert ("CAPE CANAVERAL", "GPE") in ents(engine, "CAPE CANAVERAL, Fla. — NASA launched it.")


def test_a_name_before_magazine_is_an_organisation(engine: BuiltinEngine) -> None:
    assert ("Time", "ORG") in ents(engine, "On Wednesday, Time magazine announced its choice.")


def test_broadcasters_named_radio_or_tv_are_organisations(engine: BuiltinEngine) -> None:
    found = ents(engine, "The regulator suspended Komboni Radio and Itezhi Tezhi Radio. Radio Farda broadcasts to Iran.")
    assert {("Komboni Radio", "ORG"), ("Itezhi Tezhi Radio", "ORG"), ("Radio Farda", "ORG")} <= found


def test_a_name_ending_in_a_title_abbreviation_and_an_irregular_demonym(engine: BuiltinEngine) -> None:
    found = engine.entities("Prime Minister Hun Sen warned them. Hun Sen said so. The Malagasy reporter met Malagasies.")
    assert [(e.text, e.label) for e in found] == [
        ("Hun Sen", "PERSON"), ("Hun Sen", "PERSON"), ("Malagasy", "NORP"), ("Malagasies", "NORP")]
    assert not ents(engine, "He met a former City Councilwoman.")


def test_a_studio_keeps_its_number(engine: BuiltinEngine) -> None:
    found = ents(engine, "The spokesman told VOA Studio 7 the situation was bad.")
    assert ("VOA Studio 7", "ORG") in found and not any(label == "CARDINAL" for _, label in found)


def test_a_first_name_alone_is_a_person_not_an_organisation(engine: BuiltinEngine) -> None:
    found = engine.entities("Tragically, Tom was working for the family company. The loader collided with Tom.")
    assert [(e.text, e.label) for e in found] == [("Tom", "PERSON"), ("Tom", "PERSON")]


def test_a_company_with_its_trade_in_brackets_before_its_suffix(engine: BuiltinEngine) -> None:
    found = ents(engine, "The yard at John Brooke (Timber Treatments) Limited in Nottingham. Acme Widgets (UK) Ltd. was fined.")
    assert {("John Brooke (Timber Treatments) Limited", "ORG"), ("Acme Widgets (UK) Ltd.", "ORG")} <= found
    assert not any(label == "PERSON" for _, label in found)


def test_a_known_name_with_a_title_word_at_its_end_and_an_institution_adjective_alone(engine: BuiltinEngine) -> None:
    found = engine.entities("An investigation by the Health and Safety Executive (HSE) found faults. "
                            "The state will receive 75 percent Federal funding.")
    assert [(e.text, e.label) for e in found] == [
        ("Health and Safety Executive", "ORG"), ("HSE", "ORG"), ("75 percent", "PERCENT")]


def test_brands_written_with_an_inner_capital_and_companies_named_by_their_trade(engine: BuiltinEngine) -> None:
    found = ents(engine, "The files went to WikiLeaks in 2010. She works for Volvo Cars. "
                         "The regulator acted against Muvi TV. Senator McCain and DeSantis spoke. He watched TV.")
    assert {("WikiLeaks", "ORG"), ("Volvo Cars", "ORG"), ("Muvi TV", "ORG"), ("McCain", "PERSON"), ("DeSantis", "PERSON")} <= found
    assert ("TV", "ORG") not in found


def test_a_party_word_before_an_organisation_and_a_plurals_possessive_inside_a_name(engine: BuiltinEngine) -> None:
    found = engine.entities("The Democratic National Committee urged states. The Pakistani Supreme Court ruled. "
                            "Peterborough Magistrates’ Court fined the Zimbabwe Soccer Supporters' Association. "
                            "Honduras' Supreme Court ordered it.")
    assert [(e.text, e.label) for e in found] == [
        ("Democratic National Committee", "ORG"), ("Pakistani", "NORP"), ("Supreme Court", "ORG"),
        ("Peterborough Magistrates’ Court", "ORG"), ("Zimbabwe Soccer Supporters' Association", "ORG"),
        ("Honduras", "GPE"), ("Supreme Court", "ORG")]


def test_hashtags_handles_and_a_storms_name_are_no_entities(engine: BuiltinEngine) -> None:
    found = engine.entities("The #FreeMyInternet movement grew, and @DrAmyActon will close the polls. "
                            "#Ukraine trended after the hurricane Matthew.")
    assert [(e.text, e.label) for e in found] == []  # (a listed place too: the later parts mark no hashtag, H3404)


def test_a_laws_year_and_a_numbered_act_are_no_dates_or_counts(engine: BuiltinEngine) -> None:
    found = engine.entities("It breached the Sexual Offences Act 1956 and the Tenure of Office Act of 1867. "
                            "Under Regulation No 1/2003, fines apply. The Electoral Act (1992) passed in 1992.")
    assert [(e.text, e.label) for e in found] == [("1992", "DATE")]
    found = engine.entities("The firm breached the Control of Asbestos Regulations 2012 and was fined in 2014.")
    assert [(e.text, e.label) for e in found] == [("2014", "DATE")]
    found = engine.entities("The Health Care Reform Bill 2019 passed in 2020 under Council Directive 2011 rules.")
    assert [(e.text, e.label) for e in found] == [("2020", "DATE")]


def test_a_listed_name_written_with_an_ampersand(engine: BuiltinEngine) -> None:
    found = engine.entities("The minister announced Trinidad & Tobago’s largest budget; Bosnia & Herzegovina did too.")
    assert [(e.text, e.label) for e in found] == [("Trinidad & Tobago", "GPE"), ("Bosnia & Herzegovina", "GPE")]


def test_a_chain_of_units_is_one_organisation_and_ranks_are_no_names(engine: BuiltinEngine) -> None:
    found = engine.entities("He commands 5th Battalion, 3rd Field Artillery Regiment, 7th Infantry Division. "
                            "The 2nd Stryker Brigade Combat Team, 7th Infantry Division, I Corps, deployed. "
                            "Company B, 2nd Battalion, 135th Aviation Regiment flew. Spokesman Cmdr. Armand Balilo spoke.")
    assert [(e.text, e.label) for e in found] == [
        ("5th Battalion, 3rd Field Artillery Regiment, 7th Infantry Division", "ORG"),
        ("2nd Stryker Brigade Combat Team, 7th Infantry Division, I Corps", "ORG"),
        ("Company B, 2nd Battalion, 135th Aviation Regiment", "ORG"), ("Armand Balilo", "PERSON")]


def test_well_known_organisations_with_small_words(engine: BuiltinEngine) -> None:
    found = ents(engine, "The Committee to Protect Journalists and HM Revenue and Customs spoke; the Lord's Resistance Army fought.")
    assert {("Committee to Protect Journalists", "ORG"), ("HM Revenue and Customs", "ORG"), ("Lord's Resistance Army", "ORG")} <= found


def test_another_countrys_dollar_ages_after_a_name_in_another_script_and_the_us_house(engine: BuiltinEngine) -> None:
    found = engine.entities("Ksh 5 billion, or US$50 million, was lost; pay rose to Z$70 million (US$1,400). "
                            "The defendants are Ni Gaobin (倪高彬), 38; Weng Ming (翁明), 37. "
                            "He served in the U.S. House of Representatives. Hackers in the PRC struck. "
                            "Fishman of the District of New Jersey spoke in the District of Columbia.")
    assert [(e.text, e.label) for e in found] == [
        ("Ksh 5 billion", "MONEY"), ("US$50 million", "MONEY"), ("Z$70 million", "MONEY"), ("US$1,400", "MONEY"),
        ("Ni Gaobin", "PERSON"), ("倪高彬", "PERSON"), ("38", "DATE"), ("Weng Ming", "PERSON"), ("翁明", "PERSON"),
        ("37", "DATE"), ("U.S. House of Representatives", "ORG"), ("PRC", "GPE"), ("District of New Jersey", "ORG"),
        ("District of Columbia", "GPE")]


def test_parliaments_un_bodies_companies_and_a_quotations_language_tag(engine: BuiltinEngine) -> None:
    found = engine.entities("Members of the House of Commons protested, citing the Intergovernmental Panel on Climate "
                            "Change. Volvo told National Geographic. Iwann wrote (RUS): Do not be afraid.")
    assert [(e.text, e.label) for e in found if e.text != "Iwann"] == [
        ("House of Commons", "ORG"), ("Intergovernmental Panel on Climate Change", "ORG"), ("Volvo", "ORG"),
        ("National Geographic", "ORG")]


def test_day_month_ranges_ages_with_a_space_units_per_unit_and_nicknames(engine: BuiltinEngine) -> None:
    found = engine.entities("It happened on 24 May last year, during the visit (22-23 May). The 49 year-old fell. "
                            "Fish need 6.4 mg per liter and 0.2 moles per cubic meter, poleward of about 67.5°. "
                            "Donald “Tabby Diamond” Shaw, 67, was shot. It may last two days.")
    assert [(e.text, e.label) for e in found] == [
        ("24 May last year", "DATE"), ("22-23 May", "DATE"), ("49 year-old", "DATE"), ("6.4 mg per liter", "QUANTITY"),
        ("0.2 moles per cubic meter", "QUANTITY"), ("about 67.5°", "QUANTITY"), ("Donald “Tabby Diamond” Shaw", "PERSON"),
        ("67", "DATE"), ("two days", "DATE")]


def test_ranks_storms_and_the_half_of_the_day_are_no_names(engine: BuiltinEngine) -> None:
    found = engine.entities("Command Sgt. Maj. Steve Hall spoke at 5 P.M. about hurricanes Laura and Delta. "
                            "In the 2021 hurricane season, FEMA is tracking a depression.")
    assert [(e.text, e.label) for e in found] == [("Steve Hall", "PERSON"), ("2021", "DATE"), ("FEMA", "ORG")]


def test_earlier_and_later_on_a_weekday_a_range_after_a_comma_and_a_nickname_after_an_initial(engine: BuiltinEngine) -> None:
    found = engine.entities("He said later Saturday that he agreed. From June 12, 2017, through Dec. 3, 2018, Kang "
                            "bought turtles. Perdue named Matthew J. “Matt” Lohr chief.")
    assert [(e.text, e.label) for e in found if e.label != "ORG"] == [
        ("later Saturday", "DATE"), ("June 12, 2017, through Dec. 3, 2018", "DATE"),
        ("Matthew J. “Matt” Lohr", "PERSON")]


def test_acronyms_of_things_numbered_units_and_more_known_organisations(engine: BuiltinEngine) -> None:
    found = engine.entities("A Royal Air Force flight will carry aid. Bosch and Denso took part. The IP address was "
                            "from the UK. A local DJ heard her. Foles was named MVP. A robot failed inside Unit 2. "
                            "See page 68705.")
    assert [(e.text, e.label) for e in found] == [
        ("Royal Air Force", "ORG"), ("Bosch", "ORG"), ("Denso", "ORG"), ("UK", "GPE")]


def test_words_of_a_laws_name_are_no_places(engine: BuiltinEngine) -> None:
    found = engine.entities("He conspired to violate the Lacey and Endangered Species Act. The Health and Safety at Work "
                            "etc Act 1974 applies in Paris.")
    assert [(e.text, e.label) for e in found] == [("Paris", "GPE")]


def test_letters_after_a_name_enlisted_grades_and_lists_of_places(engine: BuiltinEngine) -> None:
    found = engine.entities("The Solicitor General Lucy Rigby KC MP referred it. Petty Officer Second Class Jo Kim and "
                            "Seaman Apprentice Tom Ray helped. About 90 Guardmembers filled sandbags in the towns of "
                            "Groton and Warner and in Andrew, Atchison and Holt counties.")
    assert [(e.text, e.label) for e in found] == [
        ("Lucy Rigby", "PERSON"), ("Jo Kim", "PERSON"), ("Tom Ray", "PERSON"), ("About 90", "CARDINAL"),
        ("Groton", "GPE"), ("Warner", "GPE"), ("Andrew", "GPE"), ("Atchison", "GPE"), ("Holt", "GPE")]


def test_a_surname_alone_after_al_or_with_its_accents_dropped(engine: BuiltinEngine) -> None:
    found = engine.entities("General Abdel Fattah Al-Sisi won. Sisi took 93 per cent. Justo Hernández spoke. "
                            "Later, Hernandez added a word.")
    assert [(e.text, e.label) for e in found if e.label == "PERSON"] == [
        ("Abdel Fattah Al-Sisi", "PERSON"), ("Sisi", "PERSON"), ("Justo Hernández", "PERSON"), ("Hernandez", "PERSON")]


def test_the_start_of_a_year_a_few_weeks_later_a_weekday_before_an_abbreviated_month_and_a_half(engine: BuiltinEngine) -> None:
    found = engine.entities("There were more at the start of 2015. A few weeks later, police spoke. Starting Monday, "
                            "Aug. 12, the Soldiers trained within a week and a half.")
    assert [(e.text, e.label) for e in found] == [
        ("the start of 2015", "DATE"), ("A few weeks later", "DATE"), ("Monday, Aug. 12", "DATE"),
        ("a week and a half", "DATE")]


def test_exercises_bases_their_acronyms_and_airfields_are_no_entities(engine: BuiltinEngine) -> None:
    found = engine.entities("Nations took part in exercise Eagle Resolve in Kuwait during Exercise Noble Partner 20. "
                            "Soldiers from Joint Base Lewis-McChord (JBLM) left JBLM for Kandhar Airfield after the "
                            "Joint Forcible Entry Exercise.")
    assert [(e.text, e.label) for e in found] == [("Kuwait", "GPE")]


def test_a_grade_with_digits_is_no_part_of_the_name(engine: BuiltinEngine) -> None:
    found = engine.entities("Petty Officer 2nd Class Jo Kim spoke. Sgt. 1st Class Jo Kim spoke. Airman 1st Class Ann Lee spoke.")
    assert [(e.text, e.label) for e in found] == [("Jo Kim", "PERSON"), ("Jo Kim", "PERSON"), ("Ann Lee", "PERSON")]


def test_companies_of_plain_words_with_and_or_a_comma_before_their_legal_suffix(engine: BuiltinEngine) -> None:
    found = engine.entities("He was hurt at Film and Foil Solutions Ltd, which makes film. Universal Guardian Acceptance, "
                            "LLC (UGA) settled. Samworth Brothers had not assessed the risks. Apple and Meta Platforms Inc. sued.")
    assert [(e.text, e.label) for e in found] == [
        ("Film and Foil Solutions Ltd", "ORG"), ("Universal Guardian Acceptance, LLC", "ORG"), ("UGA", "ORG"),
        ("Samworth Brothers", "ORG"), ("Apple", "ORG"), ("Meta Platforms Inc.", "ORG")]


def test_names_that_no_word_of_theirs_marks_as_organisations(engine: BuiltinEngine) -> None:
    found = engine.entities("The Voice of America, which first went on the air in 1942, spoke to former Khmer Rouge "
                            "soldiers. Customs and Border Protection agents met the Euro Summit.")
    assert [(e.text, e.label) for e in found] == [
        ("Voice of America", "ORG"), ("1942", "DATE"), ("Khmer Rouge", "ORG"), ("Customs and Border Protection", "ORG"),
        ("Euro Summit", "ORG")]


def test_no_name_ends_in_a_connector_and_a_portfolio_runs_over_its_list(engine: BuiltinEngine) -> None:
    found = engine.entities("Chairman of the Investigative Committee of the Prosecutor General’s Office Alexander "
                            "Bastrykin reported. Commissioner for Migration, Home Affairs and Citizenship, Dimitris "
                            "Avramopoulos, spoke.")
    assert [(e.text, e.label) for e in found] == [
        ("Investigative Committee", "ORG"), ("Alexander Bastrykin", "PERSON"), ("Dimitris Avramopoulos", "PERSON")]


def test_an_eponyms_disease_a_class_letter_a_code_citation_and_a_ships_name_are_no_entities(engine: BuiltinEngine) -> None:
    found = engine.entities("He lived with Parkinson's disease. Dealing class C drugs is a crime under 18 U.S.C. § 1001. "
                            "The cruise ship Bulgaria sank near Kazan.")
    assert [(e.text, e.label) for e in found] == [("Kazan", "GPE")]


def test_thousands_set_off_by_a_space_are_one_number(engine: BuiltinEngine) -> None:
    found = engine.entities("Some 35 000 new cases came; 8 000 people fled. In 2015 200 people died. It cost EUR 135 000.")
    assert [(e.text, e.label) for e in found] == [
        ("Some 35 000", "CARDINAL"), ("8 000", "CARDINAL"), ("2015", "DATE"), ("200", "CARDINAL"), ("EUR 135 000", "MONEY")]


# -- dev rounds 30-31 (were held-out parts 69-74): numbers that name or time, places that are no one ----------


def test_numbers_that_name_mark_notes_or_tell_the_time_are_no_counts(engine: BuiltinEngine) -> None:
    found = engine.entities("The ships USS Wasp (LHD 1) sailed; a Falcon 9 rocket rose; it was Category 5 in Zambia. "
                            "He wrote from Guatemala [1] that 3 bridges fell. At 20.15, 2 adults called. It began at "
                            "18:00 EET (UTC+2) with 40 police.")
    assert [(e.text, e.label) for e in found] == [
        ("Zambia", "GPE"), ("Guatemala", "GPE"), ("3", "CARDINAL"), ("2", "CARDINAL"), ("40", "CARDINAL")]


def test_harbours_quays_and_a_place_with_its_compass_part(engine: BuiltinEngine) -> None:
    found = engine.entities("The ship was berthed in Mostyn Harbour and the water reached South Quay. Cholera hit "
                            "Chitungwiza, Zimbabwe. Chitungwiza South member of parliament Misheck Shoko spoke.")
    assert [(e.text, e.label) for e in found] == [
        ("Chitungwiza", "GPE"), ("Zimbabwe", "GPE"), ("Chitungwiza South", "GPE"), ("Misheck Shoko", "PERSON")]


def test_an_acronym_before_a_technical_noun_is_no_organisation(engine: BuiltinEngine) -> None:
    found = engine.entities("The crew made a VHF radio broadcast. The bank rigged the LIBOR benchmark, the FBI said.")
    assert [(e.text, e.label) for e in found] == [("FBI", "ORG")]


def test_a_ship_named_after_its_kind_or_prefix_is_no_entity_at_any_mention(engine: BuiltinEngine) -> None:
    found = engine.entities("The skipper of the fishing vessel ‘Northern Dawn’ was taken onboard the Fisheries Protection "
                            "Vessel (Queen of Ulster). The crew of the Queen of Ulster and the boat Sole Trader helped; the "
                            "Sole Trader reached Weymouth. USNS Walter S. Diehl sailed and crew aboard Diehl loaded aid in Ulster.")
    assert [(e.text, e.label) for e in found] == [("Weymouth", "GPE"), ("Ulster", "GPE")]


def test_coastguard_centres_with_their_ranks_lifeboat_stations_and_studio_7(engine: BuiltinEngine) -> None:
    found = engine.entities("Brixham Coastguard Watch Manager Fiona Iris said the Oban RNLI lifeboat and the Kilkeel RNLI "
                            "Inshore Lifeboat were sent. Tonde Zulu of VOA's Studio 7 for Zimbabwe reported.")
    assert [(e.text, e.label) for e in found] == [
        ("Brixham Coastguard", "ORG"), ("Fiona Iris", "PERSON"), ("Oban", "GPE"), ("RNLI", "ORG"), ("Kilkeel", "GPE"),
        ("RNLI", "ORG"), ("Tonde Zulu", "PERSON"), ("VOA", "ORG"), ("Studio 7 for Zimbabwe", "ORG")]


def test_the_outer_planets_are_places_like_mars(engine: BuiltinEngine) -> None:
    found = engine.entities("The object orbits beyond Neptune and Pluto, farther out than Jupiter, Saturn and Mars.")
    assert [(e.text, e.label) for e in found] == [
        ("Neptune", "LOC"), ("Pluto", "LOC"), ("Jupiter", "LOC"), ("Saturn", "LOC"), ("Mars", "LOC")]


def test_an_agency_whose_plain_words_meet_at_and_is_one_org(engine: BuiltinEngine) -> None:
    found = engine.entities(
        "The Securities and Exchange Commission sued. The federal Mine Safety and Health Administration and the Command "
        "and Control Centre of the Coast Guard answered, as did the Department of Health and Human Services. FEMA "
        "Administrator David Paulison and Department of Homeland Security Secretary Michael Chertoff toured. Carl Hensman "
        "of the Bill and Melinda Gates Foundation spoke. The Army National Guard and Air National Guard came.")
    assert [(e.text, e.label) for e in found] == [
        ("Securities and Exchange Commission", "ORG"), ("Mine Safety and Health Administration", "ORG"),
        ("Command and Control Centre of the Coast Guard", "ORG"), ("Department of Health and Human Services", "ORG"),
        ("FEMA", "ORG"), ("David Paulison", "PERSON"), ("Department of Homeland Security", "ORG"),
        ("Michael Chertoff", "PERSON"), ("Carl Hensman", "PERSON"), ("Bill and Melinda Gates Foundation", "ORG"),
        ("Army National Guard", "ORG"), ("Air National Guard", "ORG")]


def test_groups_named_with_the_arabic_article_alone_or_before_linked(engine: BuiltinEngine) -> None:
    found = engine.entities("Al-Shabab claimed responsibility. Al-Qaida-linked militants attacked, and al-Qaida-linked "
                            "fighters fled. Christian anti-Balaka militants pursued them.")
    assert [(e.text, e.label) for e in found] == [
        ("Al-Shabab", "ORG"), ("Al-Qaida", "ORG"), ("al-Qaida", "ORG"), ("Christian", "NORP"), ("anti-Balaka", "ORG")]


def test_initials_with_an_age_or_a_courtesy_title_are_a_person(engine: BuiltinEngine) -> None:
    found = engine.entities("R.L., 59, was issued a permit. T.J., 56, and M.J., 49, were found. Mr. R.L. was uninjured. "
                            "He lives in Bismarck, N.D., near the border.")
    assert [(e.text, e.label) for e in found] == [
        ("R.L.", "PERSON"), ("59", "DATE"), ("T.J.", "PERSON"), ("56", "DATE"), ("M.J.", "PERSON"), ("49", "DATE"),
        ("R.L.", "PERSON"), ("Bismarck", "GPE"), ("N.D.", "GPE")]


def test_russian_territories_and_federal_districts_are_places(engine: BuiltinEngine) -> None:
    found = engine.entities("Governor of Primorye Territory Vladimir Miklushevsky flew over the Far Eastern Federal "
                            "District. The U.S. Attorney for the Southern District of Florida spoke.")
    assert [(e.text, e.label) for e in found] == [
        ("Primorye Territory", "GPE"), ("Vladimir Miklushevsky", "PERSON"), ("Far Eastern Federal District", "GPE"),
        ("U.S.", "GPE"), ("Southern District of Florida", "ORG")]  # (one district, the gold's decision 46)


def test_storms_climate_events_and_scientists_posts_are_no_names(engine: BuiltinEngine) -> None:
    found = engine.entities("Hurricanes Charley and Frances hit Florida. El Nino may add rain, said Robert Hirsch, USGS "
                            "Chief Hydrologist, with Presidential Aide Maxim Oreshkin. The H.I.V. vaccine trial ran. "
                            "The river peaked at 57,200 cfs near the CAR border.")
    assert [(e.text, e.label) for e in found] == [
        ("Florida", "GPE"), ("Robert Hirsch", "PERSON"), ("USGS", "ORG"), ("Maxim Oreshkin", "PERSON"),
        ("57,200 cfs", "QUANTITY"), ("CAR", "GPE")]


def test_creeks_passes_plains_and_rivers_named_first_are_locations(engine: BuiltinEngine) -> None:
    found = engine.entities("Sediment flows down the River Tame past Silver Bow Creek. He crossed Boulder Pass to Big "
                            "Prairie on the Great Plains, then the Isle of Wight and Oahu. Barriers went up in White Plains.")
    assert [(e.text, e.label) for e in found] == [
        ("River Tame", "LOC"), ("Silver Bow Creek", "LOC"), ("Boulder Pass", "LOC"), ("Big Prairie", "LOC"),
        ("Great Plains", "LOC"), ("Isle of Wight", "LOC"), ("Oahu", "LOC"), ("White Plains", "GPE")]


def test_federal_alone_before_lower_case_words_is_an_adjective(engine: BuiltinEngine) -> None:
    found = engine.entities("Aid comes at 75 percent Federal funding. He named Willie G. Nunn as the Federal Coordinating "
                            "Officer for Federal recovery operations. The Federal Reserve and the National Guard met.")
    assert [(e.text, e.label) for e in found] == [
        ("75 percent", "PERCENT"), ("Willie G. Nunn", "PERSON"), ("Federal Reserve", "ORG"), ("National Guard", "ORG")]


def test_a_branch_named_by_its_place_or_a_service_by_its_language_is_one_org(engine: BuiltinEngine) -> None:
    found = engine.entities("Governor Alexander Pimentel told CNN Philippines the towns were hit. Researchers at Imperial College London "
                            "posted findings. A commander told VOA Somali that fighters came. The FBI Los Angeles and "
                            "Washington offices are investigating. VOA Burmese Service Chief Than Lwin spoke.")
    assert [(e.text, e.label) for e in found if e.label != "PERSON"] == [
        ("CNN Philippines", "ORG"), ("Imperial College London", "ORG"), ("VOA Somali", "ORG"), ("FBI", "ORG"),
        ("Los Angeles", "GPE"), ("Washington", "GPE"), ("VOA", "ORG"), ("Burmese", "NORP")]


def test_is_is_the_islamic_state_unless_shouted(engine: BuiltinEngine) -> None:
    found = engine.entities("IS media said the group planted the bomb. Strikes killed 150 IS fighters. "
                            "He wrote: \"THE USA IS GREAT!\"")
    assert [(e.text, e.label) for e in found] == [("IS", "ORG"), ("150", "CARDINAL"), ("IS", "ORG"), ("USA", "GPE")]


def test_may_the_month_after_a_preposition_that_opens_a_sentence_or_during(engine: BuiltinEngine) -> None:
    found = engine.entities("In May, Secretary Perdue flew to Japan. The month of May was deadly. Cases rose during May "
                            "alone. He may go. During March, rain fell.")
    assert [(e.text, e.label) for e in found] == [
        ("May", "DATE"), ("Perdue", "PERSON"), ("Japan", "GPE"), ("May", "DATE"), ("May", "DATE"), ("March", "DATE")]


def test_a_grant_or_a_benefit_with_its_acronym_is_a_thing_not_an_organisation(engine: BuiltinEngine) -> None:
    found = engine.entities("EPA announced a Technical Assistance Grant (TAG) for the group. This TAG funding helps. "
                            "Defined Benefit (DB) schemes gain. Severn Trent Water (STW) was fined.")
    assert [(e.text, e.label) for e in found] == [("EPA", "ORG"), ("Severn Trent Water", "ORG"), ("STW", "ORG")]


def test_money_in_words_or_a_peoples_currency_and_nautical_or_light_units(engine: BuiltinEngine) -> None:
    found = engine.entities("They took in millions of dollars. Bail was 100,000 Georgian lari and a fine 200,000 Kenyan "
                            "shillings. The wreck lies about 60 nautical miles away, the star some 128 light years, "
                            "and the 75 m (250 ft) ship sent a 406 MHz signal. He has five light bulbs.")
    assert [(e.text, e.label) for e in found] == [
        ("millions of dollars", "MONEY"), ("100,000 Georgian lari", "MONEY"), ("200,000 Kenyan shillings", "MONEY"),
        ("about 60 nautical miles", "QUANTITY"), ("some 128 light years", "QUANTITY"), ("75 m", "QUANTITY"),
        ("250 ft", "QUANTITY"), ("406 MHz", "QUANTITY"), ("five", "CARDINAL")]


def test_a_count_inside_a_hyphenated_compound(engine: BuiltinEngine) -> None:
    found = engine.entities("A 20-room mansion shook in the 7.2-magnitude quake; a 30-percent tariff, a 2.6-acre lake, "
                            "a 15-year-old boy, a 50-foot wall and a 24-hour watch.")
    assert [(e.text, e.label) for e in found] == [
        ("20", "CARDINAL"), ("7.2", "CARDINAL"), ("30-percent", "PERCENT"), ("2.6-acre", "QUANTITY"),
        ("15-year-old", "DATE"), ("50-foot", "QUANTITY")]


def test_the_channel_the_moon_pro_beijing_and_peoples_adjectives(engine: BuiltinEngine) -> None:
    found = engine.entities("Regina Ip of the pro-Beijing camp spoke. Migrants crossed the Channel; NASA will return to "
                            "the Moon. Philippine officials and two Somalis met in the Caribbean.")
    assert [(e.text, e.label) for e in found] == [
        ("Regina Ip", "PERSON"), ("Beijing", "GPE"), ("Channel", "LOC"), ("NASA", "ORG"), ("Moon", "LOC"),
        ("Philippine", "NORP"), ("two", "CARDINAL"), ("Somalis", "NORP"), ("Caribbean", "LOC")]


def test_a_place_after_a_first_name_is_a_surname(engine: BuiltinEngine) -> None:
    found = engine.entities("“We remain committed,” said Acting U.S. Attorney Ann Birmingham Scheel. “It works,” said "
                            "Army Staff Sgt. Michael San Juan. Will San Juan recover?")
    assert [(e.text, e.label) for e in found] == [
        ("U.S.", "GPE"), ("Ann Birmingham Scheel", "PERSON"), ("Army", "ORG"), ("Michael San Juan", "PERSON"),
        ("San Juan", "GPE")]


def test_a_headline_s_capitalised_words_make_no_person(engine: BuiltinEngine) -> None:
    found = engine.entities("New Talent Helps Army Retain Boxing Title\n\nWASHINGTON - A new coach helped give Army its "
                            "title, said Sgt. Byron Moore.")
    assert [(e.text, e.label) for e in found] == [
        ("WASHINGTON", "GPE"), ("Army", "ORG"), ("Byron Moore", "PERSON")]


def test_an_acronym_between_two_titles_is_the_organisation(engine: BuiltinEngine) -> None:
    found = engine.entities("Joined by Acting DEA Administrator Robert Patterson, he spoke. It helps DEA agents.")
    assert [(e.text, e.label) for e in found] == [("DEA", "ORG"), ("Robert Patterson", "PERSON"), ("DEA", "ORG")]


def test_the_first_of_two_family_names_alone_is_the_person(engine: BuiltinEngine) -> None:
    found = engine.entities("Governor Ricardo Rosselló Nevares resigned. Before resigning, Rosselló appointed Pierluisi. "
                            "Former DHS-OIG Special-Agent-in-Charge Eugenio Pedraza, 50, was sentenced.")
    assert [(e.text, e.label) for e in found] == [
        ("Ricardo Rosselló Nevares", "PERSON"), ("Rosselló", "PERSON"), ("DHS-OIG", "ORG"),
        ("Eugenio Pedraza", "PERSON"), ("50", "DATE")]


def test_a_listed_name_that_opens_on_a_number_word(engine: BuiltinEngine) -> None:
    found = engine.entities("The Liberals struck a deal with One Nation. One person died.")
    assert [(e.text, e.label) for e in found] == [("Liberals", "ORG"), ("One Nation", "ORG"), ("One", "CARDINAL")]


def test_a_numbered_unit_before_its_officer_s_title(engine: BuiltinEngine) -> None:
    found = engine.entities("“It helps,” said Col. Michael R. Drowley, 355th Wing Commander.")
    assert [(e.text, e.label) for e in found] == [("Michael R. Drowley", "PERSON"), ("355th Wing", "ORG")]
    assert [(e.text, e.label) for e in engine.entities("Wing Commander John Smith flew.")] == [("John Smith", "PERSON")]


def test_emergency_numbers_languages_spoken_and_regions(engine: BuiltinEngine) -> None:
    found = engine.entities("The first 999 call came in; call 999. Sailors in the Pacific Northwest and the Arabian Gulf. "
                            "Cameroon's English-speaking regions. Former PM Paul Keating spoke. There were 999 people.")
    assert [(e.text, e.label) for e in found] == [
        ("Pacific Northwest", "LOC"), ("Arabian Gulf", "LOC"), ("Cameroon", "GPE"), ("Paul Keating", "PERSON"),
        ("999", "CARDINAL")]


def test_beaches_are_places_docks_are_facilities_and_virginia_beach_is_a_town(engine: BuiltinEngine) -> None:
    found = engine.entities("Children were stranded at Freathy Beach and taken to Millbay Docks. He lives in Virginia "
                            "Beach. Virginia Smith spoke.")
    assert [(e.text, e.label) for e in found] == [
        ("Freathy Beach", "LOC"), ("Virginia Beach", "GPE"), ("Virginia Smith", "PERSON")]


def test_a_surname_that_is_a_title_after_a_given_name(engine: BuiltinEngine) -> None:
    found = engine.entities("Billy Prince illegally dumped the waste, said HSE inspector Natalie Prince.")
    assert [(e.text, e.label) for e in found] == [("Billy Prince", "PERSON"), ("HSE", "ORG"), ("Natalie Prince", "PERSON")]


def test_a_preposition_ends_a_name_in_a_title_case_headline(engine: BuiltinEngine) -> None:
    found = engine.entities("President Biden Meets Xi Jinping In Bali\n\nThe meeting went well.")
    # (the island is LOC, as the gold marks it, since rules 93)
    assert [(e.text, e.label) for e in found] == [("Biden", "PERSON"), ("Xi Jinping", "PERSON"), ("Bali", "LOC")]


def test_a_surname_alone_after_a_listed_title_with_of(engine: BuiltinEngine) -> None:
    found = engine.entities("Mattis hosted Secretary of State Pompeo and others. The Secretary of State Office said.")
    assert ("Pompeo", "PERSON") in [(e.text, e.label) for e in found]
    assert not any(e.text == "Office" for e in found)


def test_a_leader_s_government_is_the_leader(engine: BuiltinEngine) -> None:
    found = engine.entities("He bought shares before the Rudd government acted. The new Coalition government and the "
                            "Guyanese government met.")
    assert [(e.text, e.label) for e in found if e.label == "PERSON"] == [("Rudd", "PERSON")]


def test_a_special_rapporteur_is_a_title_and_a_farm_premises(engine: BuiltinEngine) -> None:
    found = engine.entities("Both of Low Gingerfield Farm, Richmond, were fined. The UN Special Rapporteur’s report came. "
                            "Special Rapporteur Javaid Rehman said so.")
    assert [(e.text, e.label) for e in found] == [
        ("Richmond", "GPE"), ("UN", "ORG"), ("Javaid Rehman", "PERSON")]


@pytest.mark.parametrize("text", ["I", "The", "Where am I", "news. More", "The minister said the plan works.\n\nRead More"])
def test_a_text_that_ends_on_capitalised_common_words_is_read_without_error(engine: BuiltinEngine, text: str) -> None:
    """Found by fuzzing: the name scanner ran past the end of the tokens (IndexError) on page furniture like
    "Read More" closing a text."""
    assert [e.text for e in engine.entities(text)] == []


def test_a_party_keeps_its_people_s_word_and_a_one_name_person_is_someone(engine: BuiltinEngine) -> None:
    found = ents(engine, "Ochieng joined the Tanzanian National Union in May. The Pakistani Supreme Court ruled. "
                         "Saraswathi, who uses only one name, is 14. Later Saraswathi notes that training starts at dawn.")
    assert ("Tanzanian National Union", "ORG") in found and ("Supreme Court", "ORG") in found
    assert ("Saraswathi", "PERSON") in found and ("Saraswathi", "ORG") not in found


def test_a_president_s_capitalised_administration_is_the_president(engine: BuiltinEngine) -> None:
    found = ents(engine, "The Harris Administration announced grants. President Trump spoke; the Trump Administration "
                         "agreed. The Export Administration Regulations apply.")
    assert ("Harris", "PERSON") in found and ("Trump", "PERSON") in found
    assert not any(text.endswith("Administration") for text, _ in found)


def test_holders_of_a_country_s_post_leave_the_country_alone(engine: BuiltinEngine) -> None:
    found = ents(engine, "The minister named 12 United States Attorneys. Two U.S. Senators objected.")
    assert ("United States", "GPE") in found and ("U.S.", "GPE") in found
    assert not any(label == "ORG" for _, label in found)


def test_a_service_between_a_post_and_a_rank_is_its_own_org(engine: BuiltinEngine) -> None:
    found = engine.entities("Pentagon Press Secretary Navy Rear Adm. Ellen Park said so. Army spokesman Navy Capt. Joe Ruiz agreed.")
    assert [(e.text, e.label) for e in found] == [
        ("Pentagon", "ORG"), ("Navy", "ORG"), ("Ellen Park", "PERSON"), ("Army", "ORG"), ("Navy", "ORG"), ("Joe Ruiz", "PERSON")]


def test_a_dateline_town_that_opens_the_text_is_a_place(engine: BuiltinEngine) -> None:
    found = ents(engine, "Juneau, Alaska — The agency opened two shelters on Monday.")
    assert ("Juneau", "GPE") in found and ("Alaska", "GPE") in found


def test_the_people_s_republic_is_one_place(engine: BuiltinEngine) -> None:
    found = engine.entities("Talks with the People’s Republic of China went on. I met the President of the People's "
                            "Republic of China Xi Jinping. The Lao People's Party met.")
    assert [(e.text, e.label) for e in found][:3] == [
        ("People’s Republic of China", "GPE"), ("People's Republic of China", "GPE"), ("Xi Jinping", "PERSON")]


def test_a_surname_hall_after_a_first_name_is_someone(engine: BuiltinEngine) -> None:
    found = ents(engine, "Engineer Tom Hall inspected it. The choir sang at Crocus City Hall.")
    assert ("Tom Hall", "PERSON") in found and not any("City Hall" in text for text, _ in found)


@pytest.mark.parametrize("text, day", [
    ("On Valentine's Day they met.", "Valentine's Day"), ("On Christmas Day the roads were empty.", "Christmas Day"),
    ("Since New Year’s Eve it has rained.", "New Year’s Eve"), ("Prayers for Eid al-Fitr began.", "Eid al-Fitr"),
    ("On Halloween the streets filled.", "Halloween"), ("Voters went to the polls on Super Tuesday.", "Super Tuesday"),
])
def test_holidays_are_dates_even_after_an_opening_word(engine: BuiltinEngine, text: str, day: str) -> None:
    assert (day, "DATE") in ents(engine, text)


def test_an_english_word_after_in_is_no_place_and_a_name_in_capitals_is_someone(engine: BuiltinEngine) -> None:
    found = ents(engine, "Injuries fell after the Health and Safety at Work inspection, and an award in Mathematics "
                         "went to him.\n\nJOHN BOEHNER: \"We should start over.\"")
    assert not any(label == "GPE" for _, label in found)
    assert ("JOHN BOEHNER", "PERSON") in found


def test_a_group_named_without_something_is_one_org(engine: BuiltinEngine) -> None:
    assert ("Teachers Without Borders", "ORG") in ents(engine, "Teachers Without Borders has called the rule unfair.")


def test_a_ship_named_after_its_prefix_at_every_mention_and_a_firth_is_a_place(engine: BuiltinEngine) -> None:
    found = ents(engine, "The hospital ship USNS Comfort left port. The master of the Comfort, Capt. Ann Dale, said "
                         "Comfort would return. She sailed through the Moray Firth.")
    assert not any(text == "Comfort" for text, _ in found)
    assert ("Ann Dale", "PERSON") in found and ("Moray Firth", "LOC") in found


def test_life_without_parole_is_no_group(engine: BuiltinEngine) -> None:
    assert not any(label == "ORG" for _, label in ents(engine, "He was sentenced to Life Without Parole."))


def test_navy_ratings_and_senior_enlisted_posts_are_titles_and_qualifications_no_names(engine: BuiltinEngine) -> None:
    found = ents(engine, "Gunner's Mate 3rd Class Tom Reyes and MCPON (SS/SW) Ann Park met CNO Adm. Joe Kerr. "
                         "Later MCPON Ann Park thanked the crew.\n\nMCPON, local Sailors and the band played.")
    assert ("Tom Reyes", "PERSON") in found and ("Joe Kerr", "PERSON") in found
    assert ("Ann Park", "PERSON") in found
    assert not any(text in ("MCPON", "CNO", "SS", "SW", "Mate") or text.startswith("MCPON") for text, _ in found)


def test_a_person_after_the_service_a_title_ends_with(engine: BuiltinEngine) -> None:
    found = ents(engine, "The course was opened by Sgt. Maj. of the Army Daniel Price, and Price said it was hard.")
    assert ("Army", "ORG") in found and ("Daniel Price", "PERSON") in found and ("Price", "PERSON") in found


def test_contests_prizes_and_weeks_are_no_names_but_numbered_armies_are(engine: BuiltinEngine) -> None:
    found = ents(engine, "The Marine Corps Best Ranger Competition and Fleet Week ended, and the Walter Lane Awards "
                         "went to First Army, which serves with the Seventh Fleet.")
    assert not any(text.endswith(("Competition", "Week", "Awards")) for text, _ in found)
    assert ("First Army", "ORG") in found and ("Seventh Fleet", "ORG") in found


def test_plain_words_after_a_title_are_no_person(engine: BuiltinEngine) -> None:
    found = ents(engine, "Sailors lined up for the Chief Petty Officer Birthday Lunch on Friday.")
    assert not any(label == "PERSON" for _, label in found)


def test_anonymised_parties_fiscal_years_degrees_and_the_company_amazon(engine: BuiltinEngine) -> None:
    found = ents(engine, "Public Official A and News Organization 1 met Co-Conspirator 2. In FY 2019 wages rose. In "
                         "fiscal year 2020 Amazon paid wages. Dr. Ann Cole holds a Ph.D. in botany. Company B, 2nd "
                         "Battalion, moved north.")
    assert not any(text.startswith(("Public Official", "News Organization", "Co-Conspirator", "Ph.D")) for text, _ in found)
    assert ("FY 2019", "DATE") in found and ("fiscal year 2020", "DATE") in found
    assert ("Amazon", "ORG") in found and ("Ann Cole", "PERSON") in found
    assert any(text.startswith("Company B") and label == "ORG" for text, label in found)
    assert ("Amazon", "LOC") in ents(engine, "Logging reached the Amazon.")


def test_a_members_post_names_the_body_only(engine: BuiltinEngine) -> None:
    found = ents(engine, "She was elected a Member of Parliament, and two Members of the European Parliament came.")
    assert ("Parliament", "ORG") in found and ("European Parliament", "ORG") in found
    assert not any(text.startswith("Member") for text, _ in found)


def test_an_acronyms_plural_is_a_common_noun(engine: BuiltinEngine) -> None:
    found = ents(engine, "She works for Kazakhstani NGOs, and Local MPs met Uzbekistani IDPs.")
    assert ("Kazakhstani", "NORP") in found and ("Uzbekistani", "NORP") in found
    assert not any(text.endswith(("NGOs", "MPs", "IDPs")) for text, _ in found)


def test_kunyas_articles_written_apart_digit_names_bases_hashtags_and_exams(engine: BuiltinEngine) -> None:
    found = ents(engine, "The officer said the raid went well for the country and its people. Dead militant Abu "
                         "Hamza al Masri was a leader of al Qaeda in Iraq, officials said, and Masri hid at Camp "
                         "Delta Ridge. The 1MDB fund lost money. Fans in Fort Worth tweeted #Libya. Pupils sat GCSE "
                         "exams and the EBacc near the Rana Plaza.")
    assert ("Abu Hamza al Masri", "PERSON") in found and ("Masri", "PERSON") in found
    assert ("al Qaeda", "ORG") in found and ("1MDB", "ORG") in found and ("Fort Worth", "GPE") in found
    assert not any(text in ("Libya", "GCSE", "EBacc", "Qaeda", "MDB") or "Camp" in text or "Plaza" in text
                   for text, _ in found)


def test_an_acronym_of_lower_case_words_and_bodies_named_after_a_nation(engine: BuiltinEngine) -> None:
    found = ents(engine, "Bats are dying of white-nose syndrome (WNS), a fungal disease. WNS has spread, Natural "
                         "England and Highways England said.")
    assert not any(text == "WNS" for text, _ in found)
    assert ("Natural England", "ORG") in found and ("Highways England", "ORG") in found
    assert not any(label == "GPE" for _, label in found)


def test_a_bantu_particle_and_all_opening_a_partys_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "President Bingu wa Mutharika met the All Progressives Congress, and All India Radio "
                         "reported it. All Americans agreed.")
    assert ("Bingu wa Mutharika", "PERSON") in found and ("All Progressives Congress", "ORG") in found
    assert ("All India Radio", "ORG") in found and ("Americans", "NORP") in found


def test_a_fiscal_year_alone_in_a_text(engine: BuiltinEngine) -> None:
    assert ("FY 2011", "DATE") in ents(engine, "In FY 2011, the Secret Service seized notes.")


def test_a_us_agency_is_one_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "Officers from U.S. Customs and Border Protection and the U.S. Treasury met U.S. officials.")
    assert ("U.S. Customs and Border Protection", "ORG") in found and ("U.S. Treasury", "ORG") in found
    assert ("U.S.", "GPE") in found


def test_a_name_ending_in_a_french_elided_article(engine: BuiltinEngine) -> None:
    for text in ("Fans from Cote d’Ivoire cheered.", "Fans from Côte d'Ivoire cheered."):
        assert [(e.text, e.label) for e in engine.entities(text)] == [(text[10:-9], "GPE")]
    assert ("Republic of Congo", "GPE") in ents(engine, "He flew to the Republic of Congo.")


def test_review_fixes_us_companies_the_amazon_amounts_events_and_plural_acronyms(engine: BuiltinEngine) -> None:
    assert ("Facebook", "ORG") in ents(engine, "In the US Facebook has 200 million users.")
    found = ents(engine, "Deforestation in the Brazilian Amazon rose, and fires in Amazon rainforest spread.")
    assert ("Amazon", "LOC") in found and ("Amazon", "ORG") not in found
    assert ("World Bank", "ORG") in ents(engine, "The bank paid the World Bank 20 million dollars.")
    assert ("London", "GPE") in ents(engine, "London Fashion Week opened on Friday.")
    found = ents(engine, "The CEOs of Apple and Google met. In 2019NATO met.")
    assert ("Apple", "ORG") in found and not any(text.startswith("CEOs") or text == "2019NATO" for text, _ in found)


def test_two_given_names_and_two_family_names_religious_titles_and_foreign_schools(engine: BuiltinEngine) -> None:
    found = ents(engine, "On March 14, Lourdes Alicia Ortega Pérez was detained. Ortega replied that she did not know.")
    assert ("Lourdes Alicia Ortega Pérez", "PERSON") in found and ("Ortega", "PERSON") in found
    found = ents(engine, "Pastor Marco Feliciano spoke. Rabbi Jonathan Sacks said it was late.")
    assert ("Marco Feliciano", "PERSON") in found and ("Jonathan Sacks", "PERSON") in found
    assert ("Liceo María Luisa Bombal", "ORG") in ents(engine, "Students of the Liceo María Luisa Bombal were detained.")


def test_names_of_two_parts_joined_by_and_after_of(engine: BuiltinEngine) -> None:
    found = ents(engine, "The International Federation of Red Cross and Red Crescent Societies said 60 people died.")
    assert ("International Federation of Red Cross and Red Crescent Societies", "ORG") in found
    assert ("Royal Academy of Arts and Sciences", "ORG") in ents(engine, "The Royal Academy of Arts and Sciences met.")
    found = ents(engine, "The University of Bristol and UC Davis agreed. The Department of Justice and the Department of Energy met.")
    assert ("University of Bristol", "ORG") in found and ("Department of Justice", "ORG") in found
    assert ("Global Voices", "ORG") in ents(engine, "Global Voices reported on the campaign.")


def test_numbered_fleets_and_names_opening_with_a_nationality(engine: BuiltinEngine) -> None:
    found = ents(engine, "Ships of the U.S. 6th Fleet left Naples. The 3rd Fleet said so.")
    assert ("U.S. 6th Fleet", "ORG") in found and ("3rd Fleet", "ORG") in found
    assert not any(label == "PERSON" for _, label in found)
    assert ("Malawian Observer", "ORG") in ents(engine, "The website Malawian Observer exposed the trip.")


def test_law_officers_honours_refuges_editors_and_shiite(engine: BuiltinEngine) -> None:
    found = ents(engine, "Anna Berg KC MP was sworn in as Solicitor General for England and Wales. She was made King's Counsel (KC).")
    assert ("Anna Berg", "PERSON") in found and ("England", "GPE") in found
    assert not any(text in ("KC", "Solicitor") or text.startswith("Solicitor") for text, _ in found)
    assert not any("Refuge" in text for text, _ in ents(engine, "Birds return to Blackwater National Wildlife Refuge each year."))
    found = ents(engine, "Editor of a Tajik language outlet, Daler Nurov, was sued. Nurov said he would appeal.")
    assert ("Daler Nurov", "PERSON") in found and ("Nurov", "PERSON") in found
    assert ("Shi'ite", "NORP") in ents(engine, "Shi'ite cleric Ali Hassan spoke.")


def test_review_of_rules_46_to_48_two_bodies_joined_by_and_and_fleets(engine: BuiltinEngine) -> None:
    found = ents(engine, "The University of Nairobi and Kenya Airways signed a deal.")
    assert ("University of Nairobi", "ORG") in found and ("Kenya Airways", "ORG") in found
    found = ents(engine, "Ships of the Bahrain 5th Fleet left.")
    assert ("Bahrain", "GPE") in found and ("5th Fleet", "ORG") in found


def test_programmes_and_schemes_are_no_entities_nor_their_acronyms(engine: BuiltinEngine) -> None:
    found = ents(engine, "Farmers in Iowa applied to the Grassland Recovery Program (GRP) and the Rural Bridge Loan (RBL) Program. "
                         "GRP paid out $4 million, officials said.")
    assert ("Iowa", "GPE") in found
    assert not any(text in ("GRP", "RBL", "Program") or "Program" in text or "Rural" in text for text, _ in found)
    found = ents(engine, "Grants came from the Kenya Coastal Resilience Initiative and the Afghan Family Resettlement Scheme.")
    assert not any(label in ("GPE", "NORP", "ORG") for _, label in found)
    # a listed body named so is one, and so is one a person speaks for
    assert ("World Food Program", "ORG") in ents(engine, "Rations came from the World Food Program on Monday.")
    found = ents(engine, "Dr Lena Okafor of the Lagos Clean Water Initiative said the wells were dry.")
    assert ("Lena Okafor", "PERSON") in found and ("Lagos Clean Water Initiative", "ORG") in found


def test_the_pronoun_i_is_no_name_after_a_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "We raised it at the European Council I can tell you the Board will act.")
    assert ("European Council", "ORG") in found and not any(text == "I" for text, _ in found)


def test_laws_plans_and_agreements_have_no_names_inside(engine: BuiltinEngine) -> None:
    found = ents(engine, "Aid was sent through the EU Civil Protection Mechanism. Ministers signed the EU-Chile Free Trade "
                         "Agreement and praised the Fair Labor Standards Act.")
    assert not any(text in ("EU", "Chile", "Labor") for text, _ in found)
    found = ents(engine, "Leaders met in Hiroshima ahead of the G7 Summit.")
    assert ("G7", "ORG") in found and ("Hiroshima", "GPE") in found


def test_review_of_rules_50_55_bodies_named_programme_and_plan_words_in_names(engine: BuiltinEngine) -> None:
    assert ("World Food Programme", "ORG") in ents(engine, "The World Food Programme said two million people were hungry.")
    assert ("UN Environment Programme", "ORG") in ents(engine, "The UN Environment Programme warned on Monday.")
    assert ("U.N. World Food Program", "ORG") in ents(engine, "Trucks from the U.N. World Food Program reached Gaza.")
    found = ents(engine, "The Clean Rivers Action Programme (CRAP) said towns dumped waste.")
    assert ("Clean Rivers Action Programme", "ORG") in found and ("CRAP", "ORG") in found
    assert ("Anna Bill", "PERSON") in ents(engine, "The victims were named as Jason Charter and Anna Bill of Leeds.")
    assert ("Hamas", "ORG") in ents(engine, "A Hamas Statement said two hostages had been released.")


def test_us_state_abbreviations_after_a_place_a_base_or_a_senator(engine: BuiltinEngine) -> None:
    found = ents(engine, "Crews from Cape May, N.J., and Camp Lejeune, N.C., joined staff in Pasadena, CA, and Bridgeton, MO. "
                         "Senators Tim Johnson (S.D.) and Bob Casey (Pa.) voted.")
    for state in ("N.J.", "N.C.", "CA", "MO", "S.D.", "Pa."):
        assert (state, "GPE") in found, state
    assert not any(label == "ORG" for _, label in found)
    found = ents(engine, "Meanwhile, IN other news, the board met.")
    assert not any(text == "IN" for text, _ in found)


def test_a_person_after_a_role_a_company_can_have_too(engine: BuiltinEngine) -> None:
    found = ents(engine, "Her son, music producer Daniel Ortiz, and the club's Tory rival Emma Hale spoke.")
    assert ("Daniel Ortiz", "PERSON") in found and ("Emma Hale", "PERSON") in found
    assert ("Advanced Micro Devices", "ORG") in ents(engine, "Its chipmaker rival Advanced Micro Devices said sales rose.")


def test_a_year_keeps_its_early_mid_or_late(engine: BuiltinEngine) -> None:
    found = ents(engine, "The mill opened in late 2015 and was sold in early 2019.")
    assert ("late 2015", "DATE") in found and ("early 2019", "DATE") in found


def test_a_range_of_days_and_a_weekday_join_their_month(engine: BuiltinEngine) -> None:
    found = ents(engine, "The minister's visit to Rome (12 to 14 March) follows the plan announced today (Tuesday 4th March).")
    assert ("12 to 14 March", "DATE") in found and ("Tuesday 4th March", "DATE") in found


def test_the_first_or_next_span_of_time_with_its_count_and_year(engine: BuiltinEngine) -> None:
    found = ents(engine, "Sales fell in the first six months of 2021 and will rise over the next six to 12 months. "
                         "She has led it for the past three and a half years. The first day was calm.")
    for date in ("the first six months of 2021", "the next six to 12 months", "the past three and a half years"):
        assert (date, "DATE") in found, date
    assert not any(text.lower() == "the first day" for text, _ in found)


def test_review_of_rules_57_63_codes_roles_and_dates(engine: BuiltinEngine) -> None:
    assert ("PA", "ORG") in ents(engine, "Reporting by Reuters, PA and AFP contributed to this story.")
    assert ("AZ", "ORG") in ents(engine, "Funding from Pfizer, AZ and Moderna sped up the trials.")
    assert not any(text == "OK" for text, _ in ents(engine, "He thanked Jones, OK? Then he left the room."))
    assert not any(text.startswith("Ind") for text, _ in ents(engine, "Councillor Tom Baker (Ind.) said he would stand again."))
    assert ("John Lewis", "ORG") in ents(engine, "Its department store rival John Lewis cut its forecast.")
    assert ("Samuel Adams", "ORG") in ents(engine, "Beer producer Samuel Adams was sold to a rival.")
    assert ("2019", "DATE") in ents(engine, "The company expects to end 2019 with a small profit.")
    assert ("4 July", "DATE") in ents(engine, "It was the first 4 July parade since the pandemic.")


def test_a_portfolio_listed_over_commas_and_its_holder(engine: BuiltinEngine) -> None:
    found = ents(engine, "Commissioner for Transport, Energy and Climate Ilse Maravić said the ports would reopen.")
    assert ("Ilse Maravić", "PERSON") in found and not any("Climate" in text for text, _ in found)
    found = ents(engine, "Commissioner for Budget and Human Resources, Trade and Customs Maria Oltean said the plan works.")
    assert ("Maria Oltean", "PERSON") in found and not any(label == "PERSON" and "Resources" in text for text, label in found)
    # (no list after the comma: the last two words are the holder, as before)
    assert ("Ilse Maravić", "PERSON") in ents(engine, "Commissioner for Transport Ilse Maravić, on a visit to Riga, said so.")


def test_a_listed_name_ends_a_three_word_name_after_a_title(engine: BuiltinEngine) -> None:
    found = ents(engine, "Professor Ana Kettel Ford, head of the unit, said the data were clear.")
    assert ("Ana Kettel Ford", "PERSON") in found and ("Ford", "ORG") not in found
    assert ("Ford", "ORG") in ents(engine, "Shares in Ford rose after the results.")


def test_review_of_rules_66_lists_of_people_and_places_after_a_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "Commissioner for Economy Paolo Gentiloni, Vice-President Valdis Dombrovskis and Commissioner Nicolas Schmit said so.")
    assert ("Paolo Gentiloni", "PERSON") in found
    found = ents(engine, "Minister of Health, Osagie Ehanire and Director General Chikwe Ihekweazu briefed reporters.")
    assert ("Osagie Ehanire", "PERSON") in found
    assert ("Delhi", "GPE") in ents(engine, "Inspector Ravi Kumar Delhi police said the suspect had fled.")


def test_a_line_that_announces_a_quotation_is_no_headline(engine: BuiltinEngine) -> None:
    # (a Title Case line is read as a headline, whose verbs end a name; "Truss" is an English verb, but a line that
    # ends with a colon announces what follows)
    found = ents(engine, "The fund was frozen.\n\nHome Secretary Alma Truss said:\n\nWe will not wait any longer.")
    assert ("Alma Truss", "PERSON") in found


def test_a_surname_with_its_particle_after_the_full_name(engine: BuiltinEngine) -> None:
    found = ents(engine, "Navy Secretary Carlos del Monte opened the dock. The work is done, del Monte said.")
    assert ("Carlos del Monte", "PERSON") in found and ("del Monte", "PERSON") in found
    found = ents(engine, "Judge Anna van Dijk ruled on Monday. Van Dijk said the case was closed.")
    assert ("Van Dijk", "PERSON") in found


def test_a_portfolio_list_with_a_serial_comma_and_its_holder(engine: BuiltinEngine) -> None:
    found = ents(engine, '"We act now," said Forest Service Deputy Chief for State, Private, and Tribal Forestry Mara Linde-Ortiz.')
    assert ("Mara Linde-Ortiz", "PERSON") in found
    assert not any("Forestry" in text and label == "ORG" and "Linde" in text for text, label in found)


def test_peoples_of_a_region_and_territories_with_their_country(engine: BuiltinEngine) -> None:
    assert ("Southeast Asian", "NORP") in ents(engine, "The pact links Southeast Asian nations to Europe.")
    assert ("Alaska Native", "NORP") in ents(engine, "Tribes and Alaska Native corporations were consulted.")
    assert ("US Virgin Islands", "GPE") in ents(engine, "The boat was stopped south of the US Virgin Islands.")
    assert ("Republic of Turkiye", "GPE") in ents(engine, "He spoke with the President of the Republic of Turkiye.")
    assert ("Royal Marines", "ORG") in ents(engine, "Sailors, Royal Marines and a US team gave chase.")


def test_a_chain_of_units_goes_up_a_list_of_units_does_not(engine: BuiltinEngine) -> None:
    found = ents(engine, "Units from the 1st Infantry Division, 12th Combat Aviation Brigade, 2nd Cavalry Regiment and 10th Special "
                         "Forces Group took part.")
    assert {("1st Infantry Division", "ORG"), ("12th Combat Aviation Brigade", "ORG"), ("2nd Cavalry Regiment", "ORG")} <= found
    found = ents(engine, "Soldiers with C Company, 407th Brigade Support Battalion, 2nd Brigade Combat Team, 82nd Airborne Division flew in.")
    assert ("C Company, 407th Brigade Support Battalion, 2nd Brigade Combat Team, 82nd Airborne Division", "ORG") in found


def test_someone_given_an_age_and_a_common_word_name_after_a_lower_case_title(engine: BuiltinEngine) -> None:
    assert ("Okoro", "PERSON") in ents(engine, "At the camp, Okoro, a 30-year-old builder, sheds tears.")
    assert ("Okoro", "PERSON") in ents(engine, "At the camp, Okoro, 30, sheds tears.")
    assert not any(label == "PERSON" for _, label in ents(engine, "Acme, a 100-year-old company, closed."))
    assert ("Even Lund", "PERSON") in ents(engine, "Norwegian coach Even Lund says his team got past a fluid side.")


def test_someone_of_a_country_is_a_person_from_there(engine: BuiltinEngine) -> None:
    found = ents(engine, "After the clash, Lurbin Sarmienta of Honduras walked back to the camp.")
    assert ("Lurbin Sarmienta", "PERSON") in found and ("Honduras", "GPE") in found
    assert ("Alternative for Germany", "ORG") in ents(engine, "Voters backed the Alternative for Germany.")


def test_english_the_language_is_no_people(engine: BuiltinEngine) -> None:
    assert not any(text == "English" for text, _ in ents(engine, "He spoke in English to reporters."))
    assert not any(text == "English" for text, _ in ents(engine, "The college runs English classes for adults."))
    assert ("English", "NORP") in ents(engine, "An English mathematician proved it.")


def test_review_of_rules_68_to_77_entities(engine: BuiltinEngine) -> None:
    # an age marks a person only with a person's noun, not in a list of places or parties with their counts
    found = ents(engine, "The storm killed people in Beira, 40, Dondo, 12, and Nhamatanda, 9, officials said.")
    assert not any(label == "PERSON" for _, label in found)
    assert not any(label == "PERSON" for _, label in ents(engine, "Peterhof, a 300-year-old palace, drew crowds."))
    assert not any(label == "PERSON" for _, label in ents(engine, "Nearby, a 44-year-old woman sells bread."))
    # "English" the people stays
    assert ("English", "NORP") in ents(engine, "Their captain is English, their coach is Irish.")
    assert ("English", "NORP") in ents(engine, "Riots broke out in English cities.")
    assert not any(text == "English" for text, _ in ents(engine, "He lacked any knowledge of English."))
    # an air force's group goes up to its wing
    assert ("8th Operations Group, 8th Fighter Wing", "ORG") in ents(engine, "Airmen of the 8th Operations Group, 8th Fighter Wing, paraded.")
    # a Title Case subhead with a colon is still a headline
    assert not ents(engine, "Key Points From The Budget Speech:\n\nTaxes rise.")


def test_review_of_rules_78_to_81_entities(engine: BuiltinEngine) -> None:
    assert not any(label == "PERSON" for _, label in ents(engine, "Acme, a 100-year-old manufacturer, said it would cut jobs."))
    assert ("Jones", "PERSON") in ents(engine, "Smith, 45, and Jones, 52, were arrested.")


def test_a_south_african_provincial_minister_is_a_title(engine: BuiltinEngine) -> None:
    found = ents(engine, "Western Cape Education MEC Donald Grant said the schools will close.")
    assert ("Donald Grant", "PERSON") in found and not any("MEC" in text for text, _ in found)


def test_people_after_a_list_of_places_are_people(engine: BuiltinEngine) -> None:
    found = ents(engine, "The mayors of the nearby cities of Salem and Beverly, John Keenan and Mary Grant, came.")
    assert ("John Keenan", "PERSON") in found and ("Mary Grant", "PERSON") in found and ("Beverly", "GPE") in found


def test_review_of_rules_83_to_86_places_whose_first_word_is_a_given_name(engine: BuiltinEngine) -> None:
    assert ("Virginia Beach", "GPE") in ents(engine, "Flooding hit the cities of Virginia Beach and Norfolk on Tuesday.")
    assert ("Charlotte Hall", "GPE") in ents(engine, "Residents of the towns of Charlotte Hall and Mechanicsville left.")
    found = ents(engine, "The mayors of the cities of Salem and Beverly, John Keenan and Mary Grant, came.")
    assert ("Mary Grant", "PERSON") in found


def test_english_words_with_no_given_name_are_no_person(engine: BuiltinEngine) -> None:
    # dev round 64: "Cascadia Research Collective", "Intercoastal Waterway", "Field Artillery" came out as people
    for text, name in [
        ("Cascadia Research Collective crewmembers spotted the whale.", "Cascadia Research Collective"),
        ("Barges on the Intercoastal Waterway stopped.", "Intercoastal Waterway"),
        ("Soldiers joined Eagle Resolve in Kuwait last week.", "Eagle Resolve"),
    ]:
        assert (name, "PERSON") not in ents(engine, text), text
    # a person whose names are English words still is one when the name acts as people do
    assert ("Liang Chow", "PERSON") in ents(engine, "The coach helped her.\n\nLiang Chow grew up in Beijing.")


def test_islands_lakes_capes_and_seas_named_after_a_place_are_places(engine: BuiltinEngine) -> None:
    # dev round 65: islands came out as people or organisations ("Crete", "Cape Cod"), a sea as the country in it
    found = ents(engine, "Ferries to Crete and Lesbos were cancelled, and a boat sank off Cape Cod.")
    assert {("Crete", "LOC"), ("Lesbos", "LOC"), ("Cape Cod", "LOC")} <= found
    assert ("Lake Superior", "LOC") in ents(engine, "Ice covered Lake Superior in March.")
    found = ents(engine, "Tankers crossed the Strait of Gibraltar and the Gulf of Guinea.")
    assert {("Strait of Gibraltar", "LOC"), ("Gulf of Guinea", "LOC")} <= found
    assert ("Cape Town", "GPE") in ents(engine, "He flew to Cape Town on Monday.")


def test_demonyms_and_peoples_the_lists_lacked(engine: BuiltinEngine) -> None:
    # dev round 65: "Honduran" came out as nothing, "Puerto Rican", "Zulu", "Hutu" as people
    assert ("Honduran", "NORP") in ents(engine, "Honduran migrants reached the border.")
    assert ("Puerto Rican", "NORP") in ents(engine, "Puerto Rican voters went to the polls.")
    assert {("Hutu", "NORP"), ("Tutsi", "NORP")} <= ents(engine, "Clashes between Hutu and Tutsi militias continued.")
    assert ("Cape Verdean", "NORP") in ents(engine, "The Cape Verdean government said no.")
    assert ("VOA Khmer", "ORG") in ents(engine, "He told VOA Khmer it is an old method.")


def test_review_of_rules_88_to_95_entities(engine: BuiltinEngine) -> None:
    assert ("Lake Bell", "PERSON") in ents(engine, "Lake Bell said the film would open in June.")
    assert ("RCD Mallorca", "ORG") in ents(engine, "RCD Mallorca beat Tenerife 2-1 on Sunday.")
    assert ("Shona Robison", "PERSON") in ents(engine, "Shona Robison, Scotland's health secretary, said it.")
    assert ("Paolo Romani", "PERSON") in ents(engine, "Italian senator Paolo Romani said it.")


def test_dev_round_65_fields_after_a_title_programmes_the_building_and_regional_commands(engine: BuiltinEngine) -> None:
    # a body's word as the field right after a title and "of" is no organisation
    assert ents(engine, "Inspector General of Police Joseph Boinnet said.") == {("Joseph Boinnet", "PERSON")}
    assert ents(engine, "Director General of Health Ana Ruiz said.") == {("Ana Ruiz", "PERSON")}
    assert ("Rosatom", "ORG") in ents(engine, "Head of Rosatom Sergei Kiriyenko said.")
    # a programme named as a noun is no name; a body named after it is
    assert ents(engine, "The EPA added the site to the Superfund list.") == {("EPA", "ORG")}
    assert ("Superfund Task Force", "ORG") in ents(engine, "The Superfund Task Force met on Monday.")
    # the building is no organisation; the office that speaks is
    assert ("White House", "ORG") not in ents(engine, "Obama spoke at the White House on Sunday.")
    assert ("White House", "ORG") in ents(engine, "The White House said the talks failed.")
    assert ("U.S. Army Europe", "ORG") in ents(engine, "Soldiers of U.S. Army Europe trained in Grafenwoehr.")
    assert ("VOA Korean", "ORG") in ents(engine, "He told VOA Korean the ship was seized.")


@pytest.mark.parametrize(
    "text, age",
    [
        ("Elijah Cummings dies at age 68.", "68"),
        ("Doris Day dies at 97.", "97"),
        ("Luk, reportedly aged about 68, had suffered a stroke.", "about 68"),
        ("Michael King (57), from East London, was jailed.", "57"),
        ("He was 95. Mugabe was hospitalised.", "95"),
        ("He abused a girl under 13.", "under 13"),
    ],
)
def test_ages_said_in_other_ways_are_dates(engine: BuiltinEngine, text: str, age: str) -> None:
    # dev round 65: ages after "age", "dies at", in brackets, after "was" came out as counts
    assert (age, "DATE") in ents(engine, text)


def test_counts_after_was_are_still_counts(engine: BuiltinEngine) -> None:
    assert ("26", "CARDINAL") in ents(engine, "The score was 26.")


def test_review_of_rules_97_to_99_entities(engine: BuiltinEngine) -> None:
    assert ("Jesuit Order", "ORG") in ents(engine, "The Jesuit Order said it would cooperate.")
    assert ("Order", "PERSON") not in ents(engine, "Putin signed the Executive Order on Monday.")
    found = ents(engine, "Joe Root (57) and Ben Stokes (44) put on 101.")
    assert ("57", "DATE") not in found and ("44", "DATE") not in found
    assert ("25", "DATE") in ents(engine, "He is survived by his daughter, Elizabeth (25), and his son.")
    assert ("12", "DATE") not in ents(engine, "The tally for John Smith was 12, against 9 for Mary Jones.")
    assert ("12", "DATE") not in ents(engine, "The bill died at 12 votes short of passage.")
    assert ents(engine, "Asked whether she was a candidate, she said she was one.") == set()
    assert ("White House", "ORG") in ents(engine, "Officials at the White House said the talks had failed.")
    assert ("Royal Navy", "ORG") in ents(engine, "A Royal Navy Mediterranean deployment was announced.")
    assert ("Assembly", "ORG") in ents(engine, "Speaker of Assembly Justin Muturi said it.")
    assert ("5", "DATE") not in ents(engine, "Ice Age 5 topped the box office.")


def test_review_of_rules_102_initials_after_a_post(engine: BuiltinEngine) -> None:
    assert ("J. Smith", "PERSON") in ents(engine, "Director of National Intelligence J. Smith said it.")
    assert ("M. Gilday", "PERSON") in ents(engine, "Chief of Naval Operations Adm. M. Gilday said it.")
    assert ("Chad F. Wolf", "PERSON") in ents(engine, "Acting Secretary of Homeland Security Chad F. Wolf said it.")


def test_dev_rounds_69_70_acronyms_of_things_alone_are_no_organisation(engine: BuiltinEngine) -> None:
    found = ents(engine, "TB patients waited while an NCO signed the MoU. Its AIS signal was off and R&D money ran out.")
    assert not {name for name, label in found if label == "ORG"}
    assert ("TB Alliance", "ORG") in ents(engine, "The TB Alliance said the drug works.")


def test_dev_round_71_an_adverb_opening_the_sentence_is_no_name(engine: BuiltinEngine) -> None:
    assert ents(engine, "Additionally, the president should accept the result.") == set()
    assert ents(engine, "Notably, businessman and donor John Smith said it.") == {("John Smith", "PERSON")}
    assert ("Kelly", "PERSON") in ents(engine, "Kelly, the president of Acme, said it.")


def test_dev_round_73_commodore_and_honorable_are_titles(engine: BuiltinEngine) -> None:
    assert ents(engine, "Commodore John Smith said it.") == {("John Smith", "PERSON")}
    assert ents(engine, "We thank the Honorable Milner Tozaka.") == {("Milner Tozaka", "PERSON")}


def test_review_of_rules_106_to_112_entities(engine: BuiltinEngine) -> None:
    for text in ("The student received an Honorable Mention, the school said.",
                 "The Honorable Members of the House voted against the bill.",
                 "The Commodore Hotel hosted the concert."):
        assert not {name for name, label in ents(engine, text) if label == "PERSON"}, text
    assert ("Milner Tozaka", "PERSON") in ents(engine, "We thank the Honorable Milner Tozaka.")
    assert ("ATV", "ORG") in ents(engine, "ATV said its broadcast would resume on Monday.")
    assert ("Richard Williams Jr.", "PERSON") in ents(engine, "Richard Williams Jr., a glaciologist, said it.")
    assert ("Elizabeth II", "PERSON") in ents(engine, "The memorial honours Queen Elizabeth II.")


def test_dev_round_74_a_month_a_comma_and_its_year_are_one_date(engine: BuiltinEngine) -> None:
    found = ents(engine, "Jong was arrested in March, 2018, but police announced the arrest in May, 2018.")
    assert {("March, 2018", "DATE"), ("May, 2018", "DATE")} <= found
    assert ("March, 2000", "DATE") not in ents(engine, "In March, 2000 people marched.")


def test_dev_round_74_a_producer_before_a_given_name_is_a_person(engine: BuiltinEngine) -> None:
    assert ("Bernard McGuirk", "PERSON") in ents(engine, "Longtime Imus producer Bernard McGuirk said so.")
    assert ("Bernard McGuirk", "PERSON") in ents(engine, "Former producer Bernard McGuirk said so.")
    assert ("Samuel Adams", "ORG") in ents(engine, "Beer producer Samuel Adams said so.")


def test_dev_round_75_a_place_based_before_a_name_is_the_place_and_the_name(engine: BuiltinEngine) -> None:
    assert {("Dayton", "GPE"), ("TesTech, Inc.", "ORG")} <= ents(engine, "These entities are Dayton-based TesTech, Inc. and its owner.")
    assert {("Silicon Valley", "GPE"), ("Tesla, Inc.", "ORG")} <= ents(engine, "He sued Silicon Valley-based Tesla, Inc. on Monday.")
    assert ("Yemeni", "NORP") in ents(engine, "It was sold to Yemeni-based Hayel Saeed Anam.")


def test_dev_round_75_attorney_and_magistrate_are_titles_before_a_name(engine: BuiltinEngine) -> None:
    assert {("United States", "GPE"), ("Breon Peace", "PERSON")} <= ents(engine, "said United States Attorney Breon Peace.")
    assert {("U.S.", "GPE"), ("Duffy", "PERSON")} <= ents(engine, "Acting U.S. Attorney Duffy said.")
    assert ("Alta Fredericks", "PERSON") in ents(engine, "Magistrate Alta Fredericks refused.")
    assert ("Florida Attorney General’s Office", "ORG") in ents(engine, "The Florida Attorney General’s Office said.")


def test_dev_round_75_a_place_after_a_given_names_particle_is_the_surname(engine: BuiltinEngine) -> None:
    assert ("Patricia de Lille", "PERSON") in ents(engine, "Mayor Patricia de Lille said.")
    assert ("Anna van Berlin", "PERSON") in ents(engine, "Anna van Berlin said.")
    assert {("Dilma Rousseff", "PERSON"), ("Brazil", "GPE")} <= ents(engine, "Dilma Rousseff of Brazil said.")


def test_dev_round_75_holders_of_a_post_before_their_names(engine: BuiltinEngine) -> None:
    assert {("Aderholt", "PERSON"), ("Sewell", "PERSON")} <= ents(engine, "He met Representatives Aderholt and Sewell.")
    assert ("Marco Rubio", "PERSON") in ents(engine, "Senators Marco Rubio of Florida, Mike Lee of Utah said.")
    assert ("Muhammadu Buhari", "PERSON") in ents(engine, "On Sunday Presidents Muhammadu Buhari and Patrice Talon signed.")
    # (not inside a body's name)
    assert ("Committee of Permanent Representatives", "ORG") in ents(engine, "The Committee of Permanent Representatives agreed.")
    assert ("Office of Administrative Law Judges", "ORG") in ents(engine, "A decision by the Office of Administrative Law Judges said.")
    assert ("Office on Missing Persons", "ORG") in ents(engine, "He met the Commissioners of the Office on Missing Persons.")


def test_dev_round_77_sums_in_rand(engine: BuiltinEngine) -> None:
    assert {("R3.10", "MONEY"), ("R20", "MONEY")} <= ents(engine, "Each meal costs R3.10 and transport costs R20 a day.")
    assert ("R163.7 million", "MONEY") in ents(engine, "The project cost R163.7 million.")
    assert ("R5,000", "MONEY") in ents(engine, "He was fined R5,000.")
    assert ("R2 200", "MONEY") in ents(engine, "It cost R2 200 to build it.")
    assert not {label for _, label in ents(engine, "The road from the R61 to Luxhomo was closed.")} & {"MONEY"}


def test_review_of_rules_114_to_119_entities(engine: BuiltinEngine) -> None:
    assert ("Ted Baker", "ORG") in ents(engine, "The rival Ted Baker said.")  # an article makes no person's role
    assert ("Attorney Grievance Commission", "ORG") in ents(engine, "The Attorney Grievance Commission said.")
    assert ("Alaska Airlines", "ORG") in ents(engine, "CEO Alaska Airlines said.")
    assert not {label for _, label in ents(engine, "Traffic was diverted to R61.")} & {"MONEY"}
    assert ("R1,5 billion", "MONEY") in ents(engine, "It cost R1,5 billion.")


def test_mrs_is_no_title_in_the_plural(engine: BuiltinEngine) -> None:
    # "Mrs" ends in "s" after the title "Mr", but names one person: after a capitalised word it stays a title
    assert ("Smith", "PERSON") in ents(engine, "Labour MP Mrs Smith said.")
    assert ("Jane Smith", "PERSON") in ents(engine, "Council Leader Mrs Jane Smith said.")
    assert {("Aderholt", "PERSON"), ("Sewell", "PERSON")} <= ents(engine, "He met Representatives Aderholt and Sewell.")


def test_dev_round_79_a_federal_district_after_a_title_is_one_name(engine: BuiltinEngine) -> None:
    # "U.S. Attorney for the Eastern District of Virginia": the district with its state is one organisation (the
    # gold: 84 of 99), not "Eastern District" and a place; the District of Columbia stays a place
    assert ("Eastern District of Virginia", "ORG") in ents(engine, "Dana J. Boente, United States Attorney for the Eastern District of Virginia, said.")
    assert ("District of Colorado", "ORG") in ents(engine, "Troy Eid, U.S. Attorney for the District of Colorado, said.")
    found = ents(engine, "said U.S. Attorney for the Eastern District of Virginia Dana Boente.")
    assert {("Eastern District of Virginia", "ORG"), ("Dana Boente", "PERSON")} <= found
    assert ("District of Columbia", "GPE") in ents(engine, "said U.S. Attorney for the District of Columbia Matthew Graves.")


def test_review_of_rules_125_to_128_entities(engine: BuiltinEngine) -> None:
    # the district rule is an attorney's only, and a text may end in "District of"
    assert ("Eastern District", "ORG") in ents(engine, "The office of the U.S. Attorney for the Eastern District of")
    assert ("Israel Police", "ORG") in ents(engine, "Commander of the Southern District of Israel Police Amnon Alkalai said it.")
    assert {("Gorkha District", "GPE"), ("Nepal", "GPE")} <= ents(engine, "Governor of Gorkha District of Nepal Ram Bahadur said it.")
    assert ("Lagos", "GPE") in ents(engine, "Commissioner for the Eastern District of Lagos Adeyemi Ade said it.")


def test_dev_round_81_a_list_inside_a_name_ends_at_its_and(engine: BuiltinEngine) -> None:
    found = ents(engine, "The director of Vietnam's National Institute of Hygiene and Epidemiology, Nguyen Tran Hien, says it is bad.")
    assert {("National Institute of Hygiene and Epidemiology", "ORG"), ("Nguyen Tran Hien", "PERSON")} <= found
    assert ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ORG") in ents(
        engine, "The Bureau of Alcohol, Tobacco, Firearms and Explosives said it.")


def test_dev_round_81_a_numbered_unit_keeps_its_number(engine: BuiltinEngine) -> None:
    found = ents(engine, "Naval Mobile Construction Battalion 133 arrived as Combat Logistics Regiment 1 left.")
    assert {("Naval Mobile Construction Battalion 133", "ORG"), ("Combat Logistics Regiment 1", "ORG")} <= found
    assert ("Task Force 49", "ORG") in ents(engine, "Task Force 49 arrived on Monday.")


def test_review_of_rules_131_to_135_numbered_units(engine: BuiltinEngine) -> None:
    # (a reviewer session's own sentences) an ordinal or a head count after a unit is no part of its name
    found = ents(engine, "The 101st Airborne Division 1st Brigade returned from Iraq on Friday.")
    assert ("101st Airborne Division", "ORG") in found
    assert ("10th Mountain Division", "ORG") in ents(engine, "The 10th Mountain Division 2,000 soldiers will deploy next month.")
    assert ("Hudson's Bay Company", "ORG") in ents(engine, "The Hudson's Bay Company 350 stores will close, the company said.")
    assert ("Central Division", "ORG") in ents(engine, "Police in the Central Division 2 officers were injured during the protest.")
    assert ("Combat Logistics Battalion 31", "ORG") in ents(engine, "Combat Logistics Battalion 31 Marines helped the town.")
    assert ("Combat Logistics Regiment 1", "ORG") in ents(engine, "Combat Logistics Regiment 1 left on Monday.")


def test_dev_round_87_names_with_particles_and_posts_in_charge(engine: BuiltinEngine) -> None:
    # a particle only people's names have makes an unknown name of three words or more a person's, not an organisation's
    assert ents(engine, "Luiz Inácio Lula da Silva met the press.") == {("Luiz Inácio Lula da Silva", "PERSON")}
    assert ents(engine, "Walfrido dos Mares Guia met the press.") == {("Walfrido dos Mares Guia", "PERSON")}
    assert ("Maria das Dores", "PERSON") in ents(engine, "Maria das Dores spoke on Monday.")
    # a hyphenated post "in charge" or "in chief" is a title before the name
    found = ents(engine, "“The mail is core to our mission,” said Inspector-in-Charge Tommy D. Coke of the Atlanta Division.")
    assert ("Tommy D. Coke", "PERSON") in found and not any("Inspector" in t for t, _ in found)
    assert ("Jane Roe", "PERSON") in ents(engine, "Editor-in-Chief Jane Roe resigned on Monday.")


def test_review_of_rules_137_to_141_places_with_particles(engine: BuiltinEngine) -> None:
    # (a reviewer session's own sentences) places and bodies named with a particle are no people
    assert ("Rio das Ostras", "GPE") in ents(engine, "Rio das Ostras declared an emergency after the floods.")
    assert ("Ilha das Flores", "GPE") in ents(engine, "Ilha das Flores lies in the Azores.")
    assert ("Museum der Bildenden Künste", "PERSON") not in ents(engine, "Museum der Bildenden Künste reopened in Leipzig.")


def test_dev_round_86_to_88_people_named_once(engine: BuiltinEngine) -> None:
    # an age before an unknown name, a person's description after it: a person, not an organisation
    assert ("Pagor", "PERSON") in ents(engine, "Thirty four year old Pagor ties supplies to an inner tube.")
    assert ("Jaya", "PERSON") in ents(engine, "Jaya, a coordinator with the country's largest Islamic organization, "
                                               "sits on a busy street.")
    assert ("Farid", "PERSON") in ents(engine, "Farid, a Kunduz resident who fled, said the city was burning.")
    assert ("Lev Ponomarev", "PERSON") in ents(engine, "An arrest cut off human rights campaigner Lev Ponomarev.")


def test_review_of_rules_142_to_144_entities(engine: BuiltinEngine) -> None:
    # (a reviewer session's own sentences) a person's word that only modifies the description's head is no person's
    for text in ("Nirvana, a Seattle artist collective, released the recordings.",
                 "Mkulima, a farmer cooperative in Meru, said milk prices had collapsed.",
                 "McKinsey, a consultant to governments and companies, agreed to pay $600 million.",
                 "Trafigura, an oil trader based in Geneva, pleaded guilty."):
        assert not any(label == "PERSON" for _, label in ents(engine, text)), text
    # an age with an article before it makes the name a modifier
    for text in ("The 150-year-old Guinness brewery in Dublin will close.", "The 28-year-old Juventus striker scored twice."):
        assert not any(label == "PERSON" for _, label in ents(engine, text)), text
    # a place's opener with a particle is someone's surname before an age or "said"
    assert ("Serra da Costa", "PERSON") in ents(engine, "Serra da Costa said the budget was unrealistic.")
    assert ("Rio das Ostras", "GPE") in ents(engine, "Rio das Ostras declared an emergency.")
    # a body's head in lower case keeps its acronym an organisation; a group that helps itself is none
    assert ("UOC", "ORG") in ents(engine, "The Ukrainian Orthodox church (UOC) said its priests had been detained.")
    assert ("SDF", "ORG") in ents(engine, "The Syrian Democratic forces (SDF) said they had taken the town.")
    assert not any(t == "SHG" for t, _ in ents(engine, "Women in the self-help group (SHG) received loans."))


def test_an_acronym_of_lower_case_words_with_a_hyphen_or_a_name_inside(engine: BuiltinEngine) -> None:
    # a hyphen's word may give one initial or one per part; a capitalised word inside a thing's name counts too
    assert not any(t == "WNS" for t, _ in ents(engine, "Bats have died of white-nose syndrome (WNS) in caves. WNS spreads."))
    assert not any(t == "EVD" for t, _ in ents(engine, "Cases of Ebola virus disease (EVD) rose. EVD is often fatal."))
    assert ("FRB", "ORG") in ents(engine, "Officials of the Federal Reserve board (FRB) met on Monday.")


def test_centres_that_are_places_by_the_word_before_centre(engine: BuiltinEngine) -> None:
    # a space centre, a civic or convention centre, a medical centre: places (facilities), not bodies
    assert not any(t.endswith("Center") for t, _ in ents(engine, "The shuttle lifted off from Kennedy Space Center in Florida on Monday."))
    assert not any(t.endswith("Center") for t, _ in ents(engine, "The mission is managed by NASA's Goddard Space Flight Center in Greenbelt."))
    assert not any("Centre" in t for t, _ in ents(engine, "About 40 people picketed outside the Cape Town Civic Centre on Friday."))
    assert not any("Center" in t for t, _ in ents(engine, "He was taken to Halifax Medical Center, where he died."))
    # a centre that is a body keeps its name
    assert ("National Hurricane Center", "ORG") in ents(engine, "The National Hurricane Center said the storm would strengthen.")
    assert ("Pew Research Center", "ORG") in ents(engine, "A survey by the Pew Research Center found that most agree.")


def test_a_nickname_after_a_rank_and_a_given_name_the_lists_do_not_hold(engine: BuiltinEngine) -> None:
    assert ("Grant “Wolf” Behning", "PERSON") in ents(engine, "Lt. Col. Grant “Wolf” Behning said the exercise went well.")
    # a listed name in quotation marks is no nickname, and no name is cut inside a quotation mark
    assert not any(t.endswith("“") or t.startswith("”") for t, _ in ents(engine, "Lt. Col. John “NIKE” Behning said it went well."))


def test_a_body_whose_last_field_has_an_article_and_a_town_kind_before_a_cue(engine: BuiltinEngine) -> None:
    assert ("Department of Mines, Energy and the Environment", "ORG") in ents(engine, "The Department of Mines, Energy and the Environment said so.")
    assert ("Department of Mines, Energy, and the Environment", "ORG") in ents(engine, "It was the Department of Mines, Energy, and the Environment.")
    # people after a comma are no field of the body
    got = ents(engine, "At the Council of the European Union, President Juncker and the College of Commissioners met.")
    assert ("Juncker", "PERSON") in got and ("College of Commissioners", "ORG") in got
    # the kind of a town before an unknown name makes it a place, also before a cue
    assert ("Gizo", "GPE") in ents(engine, "The judge in the provincial capital Gizo ruled on Monday.")


def test_review_of_rules_146_to_148_entities(engine: BuiltinEngine) -> None:
    # a nickname that opens with "The" is one (only a whole listed name in the marks is none)
    assert ("Jim “The Rock” Johnson", "PERSON") in ents(engine, "Jim “The Rock” Johnson said he was retiring.")
    # after a rank, the word after the marks must be able to be a surname
    assert not any("Plan" in t for t, _ in ents(engine, "President Biden “Build Back Better” Plan was blocked by Senator Manchin."))
    # a body or an office after a town's kind, before a cue, stays a body
    assert ("Council", "ORG") in ents(engine, "The city Council said the budget would be cut.")
    assert ("Authority", "ORG") in ents(engine, "The port Authority said ships would be diverted.")
    # but a town named inside a phrase of place is a place also before a cue
    assert ("Bunia", "GPE") in ents(engine, "Officials in the town Bunia said the militia attacked overnight.")
    # other bodies, people and places after a comma are no field of the body before them
    got = ents(engine, "The Department of Home Affairs, Minister Motsoaledi, and the Border Management Authority said visas would be digital.")
    assert ("Motsoaledi", "PERSON") in got and ("Border Management Authority", "ORG") in got
    got = ents(engine, "The Institute of Hygiene, Epidemiology, and the Pasteur Institute said tests were negative.")
    assert ("Pasteur Institute", "ORG") in got


def test_review_of_rules_149_to_151_entities(engine: BuiltinEngine) -> None:
    # a month after a preposition or before a noun stays a date
    assert ("August", "DATE") in ents(engine, "During August Erdogan visited Moscow.")
    assert ("June", "DATE") in ents(engine, "June Harmattan winds brought dust.")
    # a town's kind after "of" before its name, also before a cue
    assert ("Kofa", "GPE") in ents(engine, "Residents of the village Kofa said soldiers had come.")
    # a listed body's acronym after a comma is a body of its own
    got = ents(engine, "The Ministry of Trade, FBI, and the Police said the scam was uncovered.")
    assert ("Ministry of Trade", "ORG") in got and ("FBI", "ORG") in got


def test_an_editor_is_a_title(engine: BuiltinEngine) -> None:
    assert ents(engine, "Executive Editor Jill Abramson said the paper would appeal.") == {("Jill Abramson", "PERSON")}
    assert not any(label == "PERSON" for _, label in ents(engine, "The Executive Editor of the Daily Monitor said no."))


def test_a_nickname_inside_a_name_the_lists_do_not_hold(engine: BuiltinEngine) -> None:
    assert ("Zogera “Zee” Kara", "PERSON") in ents(engine, "In an email, the firm’s head of marketing, Zogera “Zee” Kara, said the plant closed.")


def test_newspapers_and_peers(engine: BuiltinEngine) -> None:
    assert ("Daily Mirror", "ORG") in ents(engine, "The Daily Mirror and the Guardian said the plan failed.")
    assert ("Daily Hive", "ORG") in ents(engine, "He told the Daily Hive that it was fine.")
    assert ents(engine, "The Sunday Times reported it.") == {("Sunday Times", "ORG")}
    assert ("Sunday", "DATE") in ents(engine, "On Sunday Times Square was empty.")
    # a peer's name with the place of the title, without the letters after it
    assert ents(engine, "Lord Burnett of Maldon said it was welcome.") == {("Burnett of Maldon", "PERSON")}
    assert ("Macdonald of River Glaven", "PERSON") in ents(engine, "Lord Macdonald of River Glaven KC will lead the review.")


def test_sectors_fiscal_years_and_the_executive(engine: BuiltinEngine) -> None:
    got = ents(engine, "Watchstanders at Coast Guard Sector North Carolina and Coast Guard Sector Houston/Galveston received a call.")
    assert got == {("Coast Guard Sector North Carolina", "ORG"), ("Coast Guard Sector Houston/Galveston", "ORG")}
    assert ("John Smith", "PERSON") in ents(engine, "Coast Guard Sector Juneau Commander John Smith said.")
    assert ents(engine, "Spending rises in 2020/21 and 2021/22.") == {("2020/21", "DATE"), ("2021/22", "DATE")}
    assert ents(engine, "It fell in the 2021/22 financial year.") == {("the 2021/22 financial year", "DATE")}
    assert ("Northern Ireland Executive", "ORG") in ents(engine, "The Northern Ireland Executive agreed the plan.")


def test_review_of_rules_153_to_156_entities(engine: BuiltinEngine) -> None:
    # a peer's "of" before a body or a work is no place of the title
    assert ents(engine, "Lord Jones of Birmingham University said fees should rise.") == {("Jones", "PERSON"), ("Birmingham University", "ORG")}
    assert ("Smith of Finsbury Park", "PERSON") in ents(engine, "Lord Smith of Finsbury Park said the park would stay open.")
    assert ("Sugar", "PERSON") in ents(engine, "Lord Sugar of The Apprentice said the show would return.")
    assert ("Gaga", "PERSON") in ents(engine, "Lady Gaga of Born This Way fame said she would tour.")
    assert ("Ahmad of Wimbledon", "PERSON") in ents(engine, "Lord Ahmad of Wimbledon said.")
    # "Daily" opening a sentence is the adjective
    assert not any(label == "ORG" for _, label in ents(engine, "Daily Life in Gaza is hard, residents say."))
    assert ("Daily Dispatch", "ORG") in ents(engine, "Daily Dispatch reporter Sipho Ndlovu said he was assaulted.")
    # a weekday before "Times Square" is a date
    assert ("Sunday", "DATE") in ents(engine, "Sunday Times Square filled with revellers, police said.")
    assert ("Sunday", "DATE") in ents(engine, "After Sunday Times Square was cleared, police said the area was safe.")
    # a sector's name runs to the place the rules found, or stays whole
    assert ("Coast Guard Sector New Orleans Incident Management Division", "ORG") in ents(
        engine, "Coast Guard Sector New Orleans Incident Management Division said oil was spotted.")
    assert ("Coast Guard Sector Detroit", "ORG") in ents(engine, "Coast Guard Sector Detroit Station Belle Isle crews rescued a swimmer.")
    # a peer's name before its possessive
    assert ("Burnett of Maldon", "PERSON") in ents(engine, "Lord Burnett of Maldon's judgment was overturned.")


def test_dev_rounds_97_to_100_entities(engine: BuiltinEngine) -> None:
    # a fiscal year without "year"
    assert ("fiscal 2013", "DATE") in ents(engine, "The fiscal 2013 budget was sent to Congress.")
    assert ("fiscal year 2014", "DATE") in ents(engine, "The fiscal year 2014 budget is here.")
    # "this past year" whole
    assert ("This past year", "DATE") in ents(engine, "This past year was hard.")
    # religious titles before a name stay outside it
    assert ("Abdul Salam", "PERSON") in ents(engine, "Mullah Abdul Salam said the talks ended.")
    assert ("Shahabuddin Dilawar", "PERSON") in ents(engine, "Maulvi Shahabuddin Dilawar attended.")
    # a peer's given name in brackets
    assert ("Ahmad of Wimbledon", "PERSON") in ents(engine, "Lord (Tariq) Ahmad of Wimbledon said the support will help.")
    # an approximator before "a week ago" belongs to the date
    assert ("more than a week ago", "DATE") in ents(engine, "The fire started more than a week ago.")


def test_review_of_rule_162_entities(engine: BuiltinEngine) -> None:
    # "more than" after a figure or an amount is a comparison: the date stays alone
    for text in ("Prices are 20% more than a year ago.", "It costs more than a year ago.", "Sales are far more than a year ago."):
        assert ("a year ago", "DATE") in ents(engine, text)
    # a fiscal year's range stays whole; two years after "fiscal" are left to the date rules
    assert ("fiscal 2013-14", "DATE") in ents(engine, "The company expects a loss in fiscal 2013-14.")
    assert ("2013 and 2014", "DATE") in ents(engine, "The fiscal 2013 and 2014 budgets were cut.")


def test_dev_round_102_entities(engine: BuiltinEngine) -> None:
    # Māori and the other peoples the gold marks as NORP
    assert ("Māori", "NORP") in ents(engine, "Māori leaders met in Wellington.")
    assert ("Argentines", "NORP") in ents(engine, "Many Argentines blame the government.")
    # the day of the attacks is a date, not two numbers
    assert ("9/11", "DATE") in ents(engine, "The 9/11 attacks killed nearly 3,000 people.")
    assert ("9/11/2001", "DATE") in ents(engine, "The form was filed on 9/11/2001.")
    # this week's day with its date is one date, as the weekday and its date are
    assert ("this Thursday, March 31", "DATE") in ents(engine, "The event is this Thursday, March 31 at noon.")
    assert ("next Wednesday", "DATE") in ents(engine, "He resigns next Wednesday, July 31.")


def test_review_of_rules_169_entities(engine: BuiltinEngine) -> None:
    # "9/11" is the day only where the words around it say so: not a score or a fraction
    assert ("9/11", "DATE") not in ents(engine, "He scored 9/11 from the free-throw line.")
    assert ("9/11", "DATE") not in ents(engine, "Only 9/11 of the votes were counted.")
    assert ("9/11", "DATE") in ents(engine, "The column whose failure on 9/11 started the collapse was found.")
    # a contraction opening a command is no name
    assert ents(engine, "Don't say that to me.") == set()


def test_observances_systems_and_conferences(engine: BuiltinEngine) -> None:
    # an observance is a date, as the gold's holidays are (but a person named Day stays a person)
    assert ("World No Tobacco Day", "DATE") in ents(engine, "Today is World No Tobacco Day.")
    assert ("Doris Day", "PERSON") in ents(engine, "Doris Day sang.")
    # a system is a thing, unless a body's word comes before it; the Solar System is a place
    assert not any(e[0].endswith("System") for e in ents(engine, "The National Wildlife Refuge System has 560 refuges."))
    assert ("Selective Service System", "ORG") in ents(engine, "The Selective Service System said so.")
    assert ("Solar System", "LOC") in ents(engine, "The Solar System formed long ago.")
    # a conference is a meeting, unless its words make it a body
    assert ents(engine, "He spoke at the Global Young Leaders Conference in Washington.") == {("Washington", "GPE")}
    assert ("Italian Episcopal Conference", "ORG") in ents(engine, "The Italian Episcopal Conference said so.")


def test_bracketed_acronyms_are_no_shouted_places(engine: BuiltinEngine) -> None:
    # an acronym the text gives in brackets is no shouted place, there or later; a dateline in brackets still is
    text = "The National Institute for Health and Care Excellence (NICE) said it would act. NICE said more."
    assert [e for e in ents(engine, text) if e[0] == "NICE"] == [("NICE", "ORG")]
    assert ("SINGAPORE", "GPE") in ents(engine, "(SINGAPORE) (Nov. 15) -- The ship left port.")
    assert ("Medicines and Healthcare products Regulatory Agency", "ORG") in ents(
        engine, "The Medicines and Healthcare products Regulatory Agency said so."
    )


def test_camps_are_no_people(engine: BuiltinEngine) -> None:
    assert ents(engine, "They fled to Dadaab Refugee Camp.") == set()
    assert ("Dave Camp", "PERSON") in ents(engine, "Rep. Dave Camp said so.")


def test_a_peoples_adjective_opens_a_body_of_its_own(engine: BuiltinEngine) -> None:
    # a body named after a people is one organisation; a state's ministry or court keeps the adjective apart
    assert ("British Transport Police", "ORG") in ents(engine, "The British Transport Police said so.")
    assert ("Iraqi Security Forces", "ORG") in ents(engine, "The Iraqi Security Forces said so.")
    assert ("Canadian Broadcasting Corporation", "ORG") in ents(engine, "The Canadian Broadcasting Corporation said so.")
    assert ents(engine, "The Chinese Foreign Ministry said so.") == {("Chinese", "NORP"), ("Foreign Ministry", "ORG")}
    assert ents(engine, "The Pakistani Supreme Court said so.") == {("Pakistani", "NORP"), ("Supreme Court", "ORG")}


def test_a_listed_thing_word_after_a_given_name_is_a_surname(engine: BuiltinEngine) -> None:
    assert ("Curt Richter", "PERSON") in ents(engine, "Curt Richter said so.")
    assert ents(engine, "It measured 7.1 on the Richter Scale.") == {("7.1", "CARDINAL")}
    assert ents(engine, "Travis Airmen trained.") == set()


def test_review_of_rules_175_to_179(engine: BuiltinEngine) -> None:
    # a bracketed capital word after lower-case words may still be a shouted place
    assert ("PARIS", "GPE") in ents(engine, "Delegates travelled to the French capital (PARIS) for the summit.")
    # a surname "Camp" after a given name; a dictionary word after a given name or a place is no surname
    assert ("Duane Camp", "PERSON") in ents(engine, "Duane Camp, a farmer from Iowa, told reporters so.")
    for text in ("The Victoria Covid inquiry heard that lockdowns were rushed.", "Many still believe in the Christian God.",
                 "Jordan Morning, the state broadcaster's flagship show, said the king would speak."):
        assert not any(label == "PERSON" for _, label in ents(engine, text)), text
    # a state's cabinet, assembly, office or department keeps the people's adjective apart
    assert ("Kenyan", "NORP") in ents(engine, "Kenyan Health Cabinet Secretary Susan Nakhumicha said doctors must return.")
    assert ("British", "NORP") in ents(engine, "The British Foreign Office said it was aware of the reports.")


def test_round_110_former_states_short_syllable_names_and_a_persons_body(engine: BuiltinEngine) -> None:
    # states under the names the news of their time used, and a capital written with an apostrophe
    assert ("Swaziland", "GPE") in ents(engine, "Swaziland holds elections on Friday.")
    assert ("Zaire", "GPE") in ents(engine, "Mobutu ruled Zaire for three decades.")
    assert ("N'Djamena", "GPE") in ents(engine, "The rebels entered N'Djamena on Saturday.")
    # four or five short syllables no list knows are a person's name, as Burmese and Vietnamese names are
    assert ents(engine, "Aung San Suu Kyi testified on Friday.") == {("Aung San Suu Kyi", "PERSON"), ("Friday", "DATE")}
    assert ("Le Thi Phuong Anh", "PERSON") in ents(engine, "Le Thi Phuong Anh was sentenced.")
    assert ("Rio Grande City Port", "PERSON") not in ents(engine, "He works at the Rio Grande City Port of Entry.")
    assert not any(label == "PERSON" for _, label in ents(engine, "Your Baby Can Read was sued."))
    # short syllables of a title, a thing or a place are no person's name
    assert not any(label == "PERSON" for _, label in ents(engine, "She sang La Vie En Rose at the ceremony."))
    assert not any(label == "PERSON" for _, label in ents(engine, "The collapse of the Xe Pian Xe Namnoy dam killed 71 people."))
    assert ("Le Thi Phuong Anh", "PERSON") in ents(engine, "A court found Le Thi Phuong Anh guilty.")
    # a person's possessive before a body: two names (not a county's office)
    assert ents(engine, "Vladimir Putin's Security Council met.") == {("Vladimir Putin", "PERSON"), ("Security Council", "ORG")}
    assert ("African National Congress", "ORG") in ents(engine, "Nelson Mandela's African National Congress won.")
    assert ("Randall County Sheriff’s Office", "ORG") in ents(engine, "The Randall County Sheriff’s Office said so.")


def test_round_112_nickname_inside_given_names_no_list_knows(engine: BuiltinEngine) -> None:
    # a nickname in quotation marks after given names no list knows: one person, and the surname after it too
    got = ents(engine, "Kuo Hsuan \u201cChuck\u201d Chang, of San Francisco, entered his plea. Chang admitted it.")
    assert ("Kuo Hsuan \u201cChuck\u201d Chang", "PERSON") in got and ("Chang", "PERSON") in got
    assert ("Olivia \u201cBabsy\u201d Grange", "PERSON") in ents(engine, "Olivia \u201cBabsy\u201d Grange said so.")


def test_service_members_written_with_a_capital_are_no_names(engine: BuiltinEngine) -> None:
    # military news writes the services' people with a capital: no place, no person, not spread to later mentions
    assert ents(engine, "During Porter\u2019s time in Cherbourg, Sailors laid a wreath.") == {("Porter", "PERSON"), ("Cherbourg", "GPE")}
    assert ents(engine, "Artillery Marines are known for receiving firing missions.") == set()


def test_dates_a_point_then_a_length_and_every_weekday(engine: BuiltinEngine) -> None:
    # "sentenced today to eight years": a day and a length, no range; a range of two points stays one
    assert ents(engine, "A Richmond man was sentenced today to eight years in prison.") == {
        ("Richmond", "GPE"), ("today", "DATE"), ("eight years", "DATE")}
    assert ("2009 to 2017", "DATE") in ents(engine, "The program ran from 2009 to 2017.")
    # "every" with a weekday or a season, as with "year" and "day"
    assert ("every Thursday", "DATE") in ents(engine, "They meet every Thursday.")
    assert ("every summer", "DATE") in ents(engine, "The fair returns every summer.")


def test_parties_by_their_plural_saint_cities_and_an_australian_state(engine: BuiltinEngine) -> None:
    # a party named by its members' plural is the party, as the gold has it; its adjective is a people's word
    assert ents(engine, "The Liberals won the election.") == {("Liberals", "ORG")}
    assert ("Liberal", "NORP") in ents(engine, "The Liberal leader resigned.")
    # saints' cities written with "St." and New South Wales by its initials are places
    assert ("St. Louis", "GPE") in ents(engine, "He flew to St. Louis on Monday.")
    assert ("NSW", "GPE") in ents(engine, "NSW Premier Chris Minns said so.")


def test_a_city_is_no_people_and_names_the_dev_rounds_miss_often(engine: BuiltinEngine) -> None:
    # a listed city is no people's name; a city's part and a town the gold holds as places; a people's adjective
    assert ("Trenton", "GPE") in ents(engine, "He lives in Trenton, New Jersey.")
    assert ("East Jerusalem", "GPE") in ents(engine, "Protests spread in East Jerusalem on Friday.")
    assert ("Middle Eastern", "NORP") in ents(engine, "A Middle Eastern diplomat said so.")
    assert ("North East", "LOC") in ents(engine, "Unemployment is highest in the North East of England.")
    # bodies, services and a party the dev rounds name often
    assert ("Network Rail", "ORG") in ents(engine, "Network Rail said trains would run.")
    assert ("Nationals", "ORG") in ents(engine, "The Nationals backed the bill.")
    assert ("Enforcement and Removal Operations", "ORG") in ents(engine, "ICE Enforcement and Removal Operations officers arrested him.")


def test_a_post_for_a_field_of_two_parts_then_the_name(engine):
    found = ents(engine, "Commissioner for Cohesion and Reforms Elisa Ferreira visited the site on Monday.")
    assert ("Elisa Ferreira", "PERSON") in found and not any(label == "ORG" for _, label in found)
    found = ents(engine, "Deputy Assistant Secretary for Mental Health and Substance Use Kana Enomoto spoke on Monday.")
    assert ("Kana Enomoto", "PERSON") in found
    # two people joined by "and" stay two; a field alone, with no name after it, names no one
    found = ents(engine, "Secretary of State John Kerry and Foreign Minister Sergei Lavrov met in Geneva.")
    assert {("John Kerry", "PERSON"), ("Sergei Lavrov", "PERSON")} <= found
    found = ents(engine, "He met the Commissioner for Enlargement and European Neighbourhood Policy in Brussels.")
    assert not any(label == "PERSON" for _, label in found)


def test_a_region_word_before_a_state_is_a_region(engine):
    found = ents(engine, "Fires burned across Southern California and Northern Virginia, and in Central New York.")
    assert {("Southern California", "LOC"), ("Northern Virginia", "LOC"), ("Central New York", "LOC")} <= found
    assert not any(text in ("Southern", "Northern", "Central", "California", "Virginia") for text, _ in found)
    # a state listed whole, and a region word before a continent or a people, as before
    assert ("West Virginia", "GPE") in ents(engine, "Floods hit West Virginia on Monday.")
    assert ("Eastern Europe", "LOC") in ents(engine, "Gas prices rose in Eastern Europe.")


def test_the_people_of_a_state_by_its_plural(engine):
    found = ents(engine, "More than 400 North Dakotans lost power, and Texans and Kansans sent crews.")
    assert {("North Dakotans", "NORP"), ("Texans", "NORP"), ("Kansans", "NORP")} <= found


def test_irish_and_burmese_titles_the_garda_and_the_western_balkans(engine):
    found = ents(engine, "Taoiseach Simon Harris and Tánaiste Micheál Martin met Daw Aung San Suu Kyi in Dublin.")
    assert {("Simon Harris", "PERSON"), ("Micheál Martin", "PERSON"), ("Aung San Suu Kyi", "PERSON")} <= found
    found = ents(engine, "An Garda Síochána said leaders of the Western Balkans met in Vienna.")
    assert {("An Garda Síochána", "ORG"), ("Western Balkans", "LOC")} <= found


def test_pro_and_anti_before_a_peoples_word_leave_the_peoples_word(engine):
    found = ents(engine, "The pro-Russian separatists joined anti-American protests and ethnic-Albanian leaders.")
    assert {("Russian", "NORP"), ("American", "NORP"), ("ethnic-Albanian", "NORP")} <= found
    assert not any(text.startswith(("pro-", "anti-")) for text, _ in found)


def test_a_people_that_opens_a_groups_name_is_no_people(engine):
    assert not any(label == "NORP" for _, label in ents(engine, "Texans for Public Justice said the governor broke the law."))
    assert ("Texans", "NORP") in ents(engine, "Texans and Kansans sent crews.")


def test_a_bodys_possessive_before_another_bodys_name_is_two_names(engine):
    found = ents(engine, "The U.S. Department of Homeland Security’s Federal Emergency Management Agency approved the grant, "
                         "and NOAA's National Weather Service issued a warning.")
    assert {("U.S. Department of Homeland Security", "ORG"), ("Federal Emergency Management Agency", "ORG"),
            ("NOAA", "ORG"), ("National Weather Service", "ORG")} <= found
    assert ("UK", "GPE") in ents(engine, "The UK's National Health Service said waiting lists fell.")
    # a person's or a people's possessive stays inside the one name
    found = ents(engine, "The U.S. Attorney's Office said the Cambodian People's Party and the United Nations Children's Fund agreed.")
    assert {("U.S. Attorney's Office", "ORG"), ("Cambodian People's Party", "ORG"), ("United Nations Children's Fund", "ORG")} <= found


def test_indigenous_is_no_entity_and_three_names_the_gold_always_marks(engine):
    found = ents(engine, "One-fifth of the Indigenous leaders agreed, and Indigenous rights advocates said so.")
    assert not any("Indigenous" in text for text, _ in found)
    found = ents(engine, "The Muslim Brotherhood said the U.S. Marshals had left New England.")
    assert {("Muslim Brotherhood", "ORG"), ("U.S. Marshals", "ORG"), ("New England", "LOC")} <= found
    assert ("New England Patriots", "ORG") in ents(engine, "The New England Patriots won on Sunday.")
