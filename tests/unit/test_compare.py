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
