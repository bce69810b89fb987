"""Only an explicit header is metadata; everything else is text, exactly as written (issue 9, point 1)."""

from __future__ import annotations

import json

import pytest

from annotations.core.documents import load_file, make_document, split_header


@pytest.mark.parametrize(
    "text",
    [
        "Author Salman Rushdie said on Monday that he would return.",
        "Section 230 of the Communications Decency Act shields platforms.",
        "Title IX complaints rose sharply, officials said.",
        "Source code for the app was leaked on Tuesday.",
        "URL shorteners were blocked.",
        "Byline: none today.\nThe minister said so.",
        "date night is a thing. It is.",
        "date 2025-13-45 is not a date.",
        "date tomorrow, the court will rule.",
        "title: a front matter line with no blank line after it\nBody continues.",
        "title: Good\nnotes: an unknown key makes this ordinary text\n\nBody.",
        "---\ntitle: unterminated fence\n\nBody.",
    ],
)
def test_text_that_only_looks_like_metadata_stays_text(text):
    doc = make_document(text)
    assert doc.text == text
    assert (doc.date, doc.source, doc.url) == ("", "", "")
    assert doc.meta == {}


def test_front_matter_block_takes_whole_values():
    doc = make_document("title: Russia restricts calls on WhatsApp\nsource: The Moscow Times\n\nBody text.")
    assert doc.title == "Russia restricts calls on WhatsApp"
    assert doc.source == "The Moscow Times"
    assert doc.text == "Body text."


def test_front_matter_keys_are_case_insensitive_and_extra_known_keys_are_meta():
    doc = make_document(
        "Title: A  long headline: with a colon\nAuthor: Salman Rushdie\nURL: https://x.example/a?b=c\n"
        "Date: 2025-08-13\nSection: World\n\nBody."
    )
    assert doc.title == "A long headline: with a colon"  # runs of blanks in a title fold to one
    assert doc.url == "https://x.example/a?b=c"
    assert doc.date == "2025-08-13"
    assert doc.meta == {"author": "Salman Rushdie", "section": "World"}
    assert doc.text == "Body."


def test_fenced_front_matter_keeps_unknown_keys_as_meta():
    doc = make_document("---\ntitle: Calls restricted\nsource: Reuters\nlayout: post\n---\nBody text.\n\nMore.")
    assert (doc.title, doc.source) == ("Calls restricted", "Reuters")
    assert doc.meta == {"layout": "post"}
    assert doc.text == "Body text.\n\nMore."


def test_the_seed_date_line_is_a_header_and_the_body_follows_on_the_same_line():
    doc = make_document(" date 2025-08-13 Russia began restricting calls.\n\nMore.")
    assert doc.date == "2025-08-13"
    assert doc.text == "Russia began restricting calls.\n\nMore."


def test_split_header_reports_what_it_took():
    meta, body = split_header("source: AP\n\nThe body.")
    assert meta == {"source": "AP"}
    assert body == "The body."
    assert split_header("The body.") == ({}, "The body.")


def test_json_article_text_is_never_parsed_for_a_header(write_article):
    path = write_article("a.json", json.dumps({"text": "date 2025-08-13 Author Salman Rushdie said.", "title": "T"}))
    (doc,) = load_file(path)
    assert doc.text == "date 2025-08-13 Author Salman Rushdie said."
    assert doc.date == ""


def test_document_id_is_the_hash_of_the_untouched_text():
    text = "Author Salman Rushdie said on Monday that he would return."
    assert make_document(text).id == make_document(text, parse_leading_metadata=False).id


def test_a_headline_first_line_becomes_the_title_and_stays_in_the_text():
    text = "Russia restricts calls on WhatsApp and Telegram\n\nMOSCOW (Reuters) - Russia began restricting calls."
    doc = make_document(text, "000_1b4b9486991916c5.txt")
    assert doc.title == "Russia restricts calls on WhatsApp and Telegram"
    assert doc.text == text


@pytest.mark.parametrize(
    "text",
    [
        "Russia began restricting some calls, the ministry said.\n\nMore text.",  # a sentence, not a headline
        "Only one paragraph without a blank line after it",
        "A headline-like line\nstraight into the body.\n\nMore.",
        " ".join(["word"] * 25) + "\n\nBody.",  # too long
    ],
)
def test_other_first_lines_do_not_become_the_title(text):
    assert make_document(text, "stem_name.txt").title == ""  # no title: the file name is not one (issue 11)


def test_an_article_is_named_by_its_title_else_its_source_else_its_opening_words():
    """Issue 11: the one short label (column headers, panels, compare, chooser, html page)."""
    from annotations.core.model import article_label

    seed = make_document(" date 2025-08-13 Russia began restricting some Telegram and WhatsApp calls, arguing that.", "seeds/000_1b4b9486991916c5.txt")
    assert seed.title == ""
    assert article_label(seed) == "Russia began restricting some Telegram…"
    assert len(article_label(seed)) <= 41
    only_source = make_document("source: The Guardian\n\nThe council approved the budget.", "a3_sourceonly.txt")
    assert article_label(only_source) == "The Guardian"
    titled = make_document("title: Calls  restricted\nsource: Reuters\n\nBody.", "x.txt")
    assert article_label(titled) == "Calls restricted"
    headline = make_document("Russia restricts calls\n\nBody text.", "000_1b4b9486991916c5.txt")
    assert article_label(headline) == "Russia restricts calls"
    assert article_label(make_document("Short body", "x.txt")) == "Short body"
    assert article_label(make_document("x" * 60, "x.txt")) == "x" * 39 + "…"


def test_a_title_stored_as_the_file_stem_by_an_older_database_is_no_title():
    from annotations.core.model import Document, article_label

    old = Document("d", "seeds/000_1b4b9486991916c5.txt", "Russia began restricting calls.", title="000_1b4b9486991916c5", source="")
    assert article_label(old) == "Russia began restricting calls."
    assert article_label(Document("d", "a3_sourceonly.txt", "Text.", title="a3_sourceonly", source="The Guardian")) == "The Guardian"
