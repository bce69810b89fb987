"""One filter language: the annotations panel and export --tag/--author decide alike (issue 10)."""

from __future__ import annotations

from annotations.core.model import Annotation, Document
from annotations.exchange.select import parse_filter, select

DOC = Document("d" * 64, "a.txt", "Officials said the economy grew.")


def ann(i, **fields):
    return Annotation(id=f"a{i}", doc_id=DOC.id, start=0, end=9, quote="Officials", **fields)


ANNS = [
    ann(0, tags=["econ"], author="Ada"),
    ann(1, tags=["economy"], author="Bob"),
    ann(2, label="ORG", generator={"name": "builtin", "version": "1"}, status="suggested", author=None),
    ann(3, tags=["quote"], comment="check the economy figure", author="ada lovelace", orphan=True),
]


def ids(rule) -> list[str]:
    return [a.id for a in ANNS if rule.matches(a)]


def test_the_panel_filter_and_the_export_options_agree():
    for tag, author in (("econ", None), ("econ*", None), (None, "ada"), (None, "[builtin]"), ("econ", "bob")):
        typed = " ".join(t for t in (tag and f"tag:{tag}", author and f"author:{author}") if t)
        exported = select([DOC], ANNS, tags=tag, author=author).annotations
        assert [a.id for a in exported] == ids(parse_filter(typed)), typed


def test_tag_and_author_match_the_whole_value_ignoring_case_with_wildcards():
    assert ids(parse_filter("tag:econ")) == ["a0"]  # not "economy": was a substring match in the panel
    assert ids(parse_filter("tag:ECON*")) == ["a0", "a1"]
    assert ids(parse_filter("author:ada")) == ["a0"]  # not "ada lovelace": was exact in export, substring in the panel
    assert ids(parse_filter("author:ada*")) == ["a0", "a3"]
    assert ids(parse_filter("author:[builtin]")) == ["a2"]
    assert ids(parse_filter("tag:econ tag:quote")) == ["a0", "a3"]  # repeated: any of them


def test_words_status_and_orphan():
    assert ids(parse_filter("economy")) == ["a1", "a3"]  # tags and comments, as substrings
    assert ids(parse_filter("suggested")) == ["a2"]
    assert ids(parse_filter("orphan economy")) == ["a3"]


def test_who_made_it_is_written_one_way():
    assert [a.by for a in ANNS] == ["Ada", "Bob", "[builtin]", "ada lovelace"]
    assert Annotation(id="x", doc_id="d", start=0, end=1, quote="O").by == ""


def test_label_is_its_own_term_and_tag_does_not_match_a_label():
    dated = [ann(10, label="DATE", author="Ada"), ann(11, tags=["DATE"], author="Ada"), ann(12, label="ORG", author="Ada")]
    assert [a.id for a in dated if parse_filter("label:date").matches(a)] == ["a10"]
    assert [a.id for a in dated if parse_filter("tag:DATE").matches(a)] == ["a11"]
    assert [a.id for a in dated if parse_filter("label:DATE label:O*").matches(a)] == ["a10", "a12"]


def test_default_statuses_hold_only_when_the_filter_names_none():
    assert ids(parse_filter("", ("human",))) == ["a0", "a1", "a3"]
    assert ids(parse_filter("suggested", ("human",))) == ["a2"]
    assert ids(parse_filter("")) == ["a0", "a1", "a2", "a3"]


def test_label_matches_the_machine_label_or_the_name_shown():
    from annotations.exchange.select import parse_filter

    place = Annotation(id="p", doc_id=DOC.id, start=0, end=9, quote="Officials", label="GPE", author="Ada")
    assert parse_filter("label:GPE").matches(place) and parse_filter("label:place").matches(place)
    assert not parse_filter("label:Person").matches(place)


def test_layer_is_a_coders_own_annotations_without_their_rejections():
    anns = [
        *ANNS,
        ann(4, tags=["econ"], author="gold"),
        ann(5, label="ORG", author="gold", generator={"name": "builtin", "version": "1"}, status="rejected"),
        ann(6, tags=["econ"], author="golden"),
    ]
    assert [a.id for a in anns if parse_filter("layer:gold").matches(a)] == ["a4"]
    assert [a.id for a in anns if parse_filter("author:gold").matches(a)] == ["a4", "a5"]
    assert [a.id for a in select([DOC], anns, layer="gold*").annotations] == ["a4", "a6"]
    assert [a.id for a in select([DOC], anns, layer="gold", tags="nope").annotations] == []
