"""Issue 11: the filter language reads a label by its machine name or its shown name, and says
when a ``tag:`` filter would have found labels."""

from annotations.core.model import Annotation
from annotations.exchange.select import labels_hint, parse_filter, tags_as_labels


def _ann(label, tags=(), status="human"):
    return Annotation(f"i-{label}", "d", 0, 4, "quote", label=label, tags=list(tags), status=status)


def test_labels_match_by_machine_or_shown_name_claims_too():
    statistic, reported, date = _ann("statistic"), _ann("reported"), _ann("DATE")
    for typed in ("label:statistic", "label:Statistic"):
        assert parse_filter(typed).matches(statistic) and not parse_filter(typed).matches(date)
    assert parse_filter("label:date").matches(date) and parse_filter("label:Date").matches(date)
    assert parse_filter("label:place").matches(_ann("GPE"))
    assert parse_filter("label:Reported speech").matches(reported)  # as the panel's Tags column shows it
    assert parse_filter("speech").matches(reported) and not parse_filter("speech").matches(statistic)


def test_a_tag_filter_that_finds_nothing_gets_the_label_hint():
    anns = [_ann("DATE"), _ann("DATE", status="suggested"), _ann("GPE", tags=["DATE"])]
    assert tags_as_labels("tag:DATE human") == "label:DATE"
    assert tags_as_labels("label:DATE") == ""
    assert labels_hint("tag:Date", anns[:1], ("human",)) == "label:Date finds 1"
    assert labels_hint("tag:DATE suggested", anns, ("human",)) == "label:DATE finds 1"
    assert labels_hint("tag:nothing", anns, ("human",)) == ""
    assert labels_hint("words only", anns, ("human",)) == ""


def test_the_label_hint_names_the_suggestions_when_only_the_engine_labelled_it():
    anns = [_ann("DATE", status="suggested"), _ann("GPE", tags=["other"])]
    assert labels_hint("tag:DATE", anns, ("human",)) == "label:DATE suggested finds 1"
