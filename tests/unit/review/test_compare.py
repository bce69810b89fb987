from annotations.review.compare import entity_table
from annotations.core.model import Analysis, Entity


def ent(text, label, start):
    return Entity(start, start + len(text), text, label)


def test_entity_table_counts_per_article_and_marks_single_article_names():
    a = Analysis("a", "e", entities=(ent("Putin", "PERSON", 0), ent("Moscow", "GPE", 10), ent("Putin", "PERSON", 20)))
    b = Analysis("b", "e", entities=(ent("putin", "PERSON", 5), ent("Mediascope", "ORG", 30)))
    rows = entity_table([a, b])
    assert [(r.text, r.label, r.counts) for r in rows] == [
        ("Putin", "PERSON", (2, 1)),
        ("Mediascope", "ORG", (0, 1)),
        ("Moscow", "GPE", (1, 0)),
    ]
    putin, mediascope, moscow = rows
    assert putin.only_in is None and putin.articles == 2
    assert mediascope.only_in == 1 and moscow.only_in == 0
    assert putin.mentions == (((0, 5), (20, 25)), ((5, 10),))


def test_same_name_with_two_labels_is_two_rows_and_single_article_has_no_only_mark():
    a = Analysis("a", "e", entities=(ent("Max", "PERSON", 0), ent("Max", "ORG", 10)))
    rows = entity_table([a])
    assert {(r.label, r.only_in) for r in rows} == {("PERSON", None), ("ORG", None)}


def test_variants_of_one_name_are_one_row_with_the_variants_shown():
    a = Analysis("a", "e", entities=(
        ent("Anton Gorelkin", "PERSON", 0), ent("Gorelkin", "PERSON", 40), ent("Meta Platforms", "ORG", 60),
        ent("MOSCOW", "ORG", 100), ent("Moscow", "GPE", 120),
    ))
    b = Analysis("b", "e", entities=(ent("Meta", "ORG", 0), ent("Gorelkin", "PERSON", 10), ent("Moscow", "GPE", 30)))
    rows = {r.text: r for r in entity_table([a, b])}
    assert set(rows) == {"Anton Gorelkin", "Meta Platforms", "Moscow"}
    assert rows["Anton Gorelkin"].counts == (2, 1) and rows["Anton Gorelkin"].variants == ("Gorelkin",)
    assert rows["Meta Platforms"].label == "ORG" and rows["Meta Platforms"].variants == ("Meta",)
    moscow = rows["Moscow"]
    assert (moscow.label, moscow.counts, moscow.variants) == ("GPE", (2, 1), ("MOSCOW (ORG)",))
    assert moscow.mentions[0] == ((100, 106), (120, 126))


def test_an_ambiguous_short_name_stays_its_own_row():
    a = Analysis("a", "e", entities=(
        ent("Jane Harlow", "PERSON", 0), ent("Bob Harlow", "PERSON", 20), ent("Harlow", "PERSON", 40),
        ent("Meta Platforms", "ORG", 60), ent("Meta Quest", "ORG", 80), ent("Meta", "ORG", 100),
    ))
    assert sorted(r.text for r in entity_table([a])) == ["Bob Harlow", "Harlow", "Jane Harlow", "Meta", "Meta Platforms", "Meta Quest"]
