"""Issue 15, "HTML for a colleague": the html export's structure, read back with the stdlib's HTML parser.

Columns in the order given, one legend with the reader's names, link markers that resolve in both
directions, the people's table first, rows that jump to their spans, --human-only without engine
highlights, claims without an underline, balanced elements however spans overlap, and no markup,
class, URL or control character from data.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.core.documents import make_document
from annotations.core.model import ENTITY_NAMES, Analysis, Annotation, Claim, Document, Entity, Link, SetAnalysis, Span
from annotations.core.text import UNSAFE_RE, display
from annotations.exchange import export as ex
from annotations.exchange.htmlpage import anchor
from annotations.render.highlight import CSS_CLASSES, legend
from annotations.store.store import AnnotationStore

VOID = {"meta", "br", "hr", "img", "input", "link"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def walk(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def text(self, skip: tuple[str, ...] = ()) -> str:
        out = []
        for child in self.children:
            if isinstance(child, str):
                out.append(child)
            elif not (child.classes & set(skip)):
                out.append(child.text(skip))
        return "".join(out)

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [n for n in self.walk() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)]

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class TreeBuilder(HTMLParser):
    """A strict tree: every element closed by its own end tag (the page is balanced), nothing else."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.node = self.root
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs}, self.node)
        self.node.children.append(node)
        if tag not in VOID:
            self.node = node

    def handle_endtag(self, tag):
        if tag != self.node.tag:
            self.errors.append(f"</{tag}> closes <{self.node.tag}>")
            return
        self.node = self.node.parent

    def handle_data(self, data):
        self.node.children.append(data)


def parse(page: str) -> Node:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert not builder.errors, builder.errors[:3]
    assert builder.node is builder.root, "unclosed element"
    return builder.root


def ids(root: Node) -> dict[str, Node]:
    found: dict[str, Node] = {}
    for n in root.walk():
        if "id" in n.attrs:
            assert n.attrs["id"] not in found, f"duplicate id {n.attrs['id']}"
            found[n.attrs["id"]] = n
    return found


# --------------------------------------------------------------------------- a small set of articles

A_TEXT = "Jane Smith said the talks failed on Monday. Officials counted 40 delegates.\n"
B_TEXT = "The talks collapsed, Smith said. Police counted 55 delegates in Harlow.\n"
C_TEXT = "Nothing about the talks here.\n"


def _span(doc: Document, needle: str) -> tuple[int, int]:
    start = doc.text.index(needle)
    return start, start + len(needle)


def corpus():
    a = make_document(A_TEXT, "/news/a.txt", title="Talks fail", source="Wire", date="2025-08-13")
    b = make_document(B_TEXT, "/news/b.txt", title="Collapse in Harlow", source="Gazette", date="2025-08-14")
    c = make_document(C_TEXT, "/news/c.txt", title="Elsewhere", source="Daily", date="2025-08-15")
    at = "2025-08-13T10:00:00.000Z"
    said_a = Annotation.for_span(a, *_span(a, "Jane Smith said the talks failed on Monday."), id="h-a1", at=at, author="ada",
                                 tags=["outcome"], label="reported")
    count_a = Annotation.for_span(a, *_span(a, "Officials counted 40 delegates."), id="h-a2", at=at, author="ada",
                                  comment="40 or 55?")
    said_b = Annotation.for_span(b, *_span(b, "The talks collapsed, Smith said."), id="h-b1", at=at, author="ben")
    count_b = Annotation.for_span(b, *_span(b, "Police counted 55 delegates in Harlow."), id="h-b2", at=at, author="ben")
    said_a.links = [Link("h-b1", "same-claim", b.id)]
    count_a.links = [Link("h-b2", "conflicts-with", b.id), Link("gone", "supports", "")]
    sug = Annotation.for_span(b, *_span(b, "Harlow"), id="s-b1", at=at, label="GPE", status="suggested",
                              generator={"name": "presslens-builtin", "version": "0.1.0"})
    analyses = {
        a.id: Analysis(a.id, "builtin 0.1.0", entities=(Entity(0, 10, "Jane Smith", "PERSON"), Entity(36, 42, "Monday", "DATE")),
                       claims=(Claim(0, 43, A_TEXT[:43], "reported", Span(0, 10, "Jane Smith"), Span(11, 15, "said")),)),
        b.id: Analysis(b.id, "builtin 0.1.0", entities=(Entity(*_span(b, "Harlow"), "Harlow", "GPE"),),
                       claims=(Claim(*_span(b, "Police counted 55 delegates in Harlow."), "x", "statistic"),)),
    }
    return [a, b, c], [sug, count_b, said_a, count_a, said_b], analyses


def _page(order=(2, 0, 1), **kw):
    docs, anns, analyses = corpus()
    docs = [docs[i] for i in order]
    return docs, anns, parse(ex.export_html(docs, anns, analyses, **kw))


def test_the_articles_are_columns_in_the_order_given_each_titled():
    docs, _, root = _page()
    main = root.find_all("main", "columns")
    assert len(main) == 1
    columns = [n for n in main[0].children if isinstance(n, Node)]
    assert [n.attrs["id"] for n in columns] == [anchor("doc", d.id) for d in docs]  # not sorted by id
    for col, d in zip(columns, docs):
        assert col.tag == "article" and "doc" in col.classes
        assert col.find_all("h2")[0].text() == d.title
        meta = col.find_all("p", "meta")[0].text()
        assert d.source in meta and d.date in meta
        assert col.find_all("div", "text")[0].text(skip=("links", "mark")) == d.text


def test_phone_widths_stack_the_columns():
    page = ex.export_html(*corpus()[:2])
    css = page[page.index("<style>") : page.index("</style>")]
    assert "grid-auto-flow: column" in css
    phone = css[css.index("@media (max-width:") :]
    assert "grid-auto-flow: row" in phone
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page


def test_one_legend_with_the_readers_names_for_what_the_page_shows():
    _, _, root = _page()
    legends = root.find_all("ul", "legend")
    assert len(legends) == 1
    entries = [li.text() for li in legends[0].find_all("li")]
    names = dict((token, name) for name, token in legend())
    shown = {name for name, _ in legend()} & set(entries)
    assert {ENTITY_NAMES["PERSON"], ENTITY_NAMES["DATE"], ENTITY_NAMES["GPE"]} <= shown
    assert {"Reported speech", "Statistic", "Speaker", "Attribution cue", "Annotation", "Tagged annotation"} <= shown
    assert "Quote" not in entries and ENTITY_NAMES["ORG"] not in entries  # only what the page shows
    assert "PERSON" not in entries and "GPE" not in entries  # never the machine labels
    # each sample has the class the text uses, so it looks the same
    for li in legends[0].find_all("li"):
        sample = next(n for n in li.children if isinstance(n, Node))
        if sample.text() in shown:
            token = next(t for t, n in names.items() if n == sample.text())
            assert sample.classes == set(CSS_CLASSES[token].split())
    assert {"→\u00a0same-claim", "→\u00a0conflicts-with", "→\u00a0supports"} <= set(entries)  # the relations drawn


def test_link_markers_jump_to_the_other_span_in_both_directions():
    _, anns, root = _page()
    by_id = ids(root)
    for a in root.find_all("a"):
        href = a.attrs.get("href", "")
        assert href.startswith("#") and href[1:] in by_id, href  # every jump lands on an element
    marks = {}
    for sup in root.find_all("sup", "links"):
        owner = next(n for n in sup.parent.children if n is sup)  # the marker follows its span
        for m in sup.find_all():
            if "link" in m.classes:
                marks.setdefault(m.text(), []).append((m.attrs.get("href"), m.classes))
    assert ("#" + anchor("span", "h-b1"), {"link", "rel-same"}) in marks["→\u00a0same-claim"]
    assert ("#" + anchor("span", "h-a1"), {"link", "rel-same"}) in marks["←\u00a0same-claim"]
    assert ("#" + anchor("span", "h-b2"), {"link", "rel-conflict"}) in marks["→\u00a0conflicts-with"]
    assert ("#" + anchor("span", "h-a2"), {"link", "rel-conflict"}) in marks["←\u00a0conflicts-with"]
    assert marks["→\u00a0supports"] == [(None, {"link", "rel-same", "gone"})]  # its target is not on the page
    # source and target sit in different columns
    col = lambda node: next(p for p in node.ancestors() if p.tag == "article").attrs["id"]  # noqa: E731
    assert col(by_id[anchor("span", "h-a1")]) != col(by_id[anchor("span", "h-b1")])
    css = str(root.find_all("style")[0].text())
    assert re.search(r'\[id\^="span-"\]:target \{[^}]*outline', css)


def test_the_peoples_table_comes_first_and_rows_jump_to_their_spans():
    _, anns, root = _page()
    tables = root.find_all("table")
    assert [t.attrs["class"] for t in tables] == ["notes people", "notes engine"]
    people = [tr.attrs["id"] for tr in tables[0].find_all("tr") if "id" in tr.attrs]
    assert people == [anchor("ann", a) for a in ("h-a1", "h-a2", "h-b1", "h-b2")]  # in column order
    by_id = ids(root)
    for a in anns:
        row = by_id[anchor("ann", a.id)]
        link = next(n for n in row.find_all("a") if n.attrs["href"] == "#" + anchor("span", a.id))
        span = by_id[link.attrs["href"][1:]]
        assert span.text(skip=("links", "mark")) == a.quote  # the row's span is the annotation's text
        assert any(p.tag == "div" and "text" in p.classes for p in span.ancestors())
    assert anchor("span", "h-a1") in by_id and "ann" in by_id[anchor("span", "h-a1")].classes
    assert "sug" in by_id[anchor("span", "s-b1")].classes


def test_human_only_export_has_no_engine_highlight_classes(tmp_path):
    docs, anns, analyses = corpus()
    engine = {"claim", "spk", "cue", "sug", *(c for cls in CSS_CLASSES.values() for c in cls.split() if c.startswith("ent-"))}
    with AnnotationStore(tmp_path / "db.json") as store:
        for d in docs:
            store.add_document(d)
        store.put_set_analysis(SetAnalysis("builtin 0.1.0", "p", tuple(analyses.values()) + (Analysis(docs[2].id, "builtin 0.1.0"),)))
        for a in anns:
            if a.status == "human":
                store.add(a)
        full, human = tmp_path / "full.html", tmp_path / "human.html"
        ex.export_store(store, "html", full)
        ex.export_store(store, "html", human, human_only=True)
        ordered, _ = ex.export_store(store, "html", tmp_path / "named.html", docs=[docs[2].path, docs[0].id])
    used = lambda root: {c for n in root.find_all() for c in n.classes if n.parent and n.parent.tag != "head"}  # noqa: E731
    full_root, human_root = parse(full.read_text("utf-8")), parse(human.read_text("utf-8"))
    assert used(full_root) & engine
    assert not used(human_root) & engine
    assert not human_root.find_all("table", "engine")
    drawn = [n for col in human_root.find_all("div", "text") for n in col.find_all(cls="ann")]
    assert {n.attrs["id"] for n in drawn} == {anchor("span", a.id) for a in anns if a.status == "human"}
    # columns: the order the articles were added (opened), or the order --doc named them
    assert [n.attrs["id"] for n in full_root.find_all("article")] == [anchor("doc", d.id) for d in docs]
    named = parse(open(ordered[0], encoding="utf-8").read())
    assert [n.attrs["id"] for n in named.find_all("article")] == [anchor("doc", docs[2].id), anchor("doc", docs[0].id)]


def test_claims_are_a_tint_and_a_mark_not_an_underline():
    page = ex.export_html(*corpus())
    css = page[page.index("<style>") : page.index("</style>")]
    for kind in ("quote", "reported", "statistic", "assertion"):
        rule = re.search(r"\.claim-%s \{([^}]*)\}" % kind, css).group(1)
        assert "background" in rule and "underline" not in rule
        assert re.search(r"\.claim-%s > \.mark::before \{ content: \"[^\"]+\"" % kind, css)
    assert not re.search(r"\.claim[ {][^}]*underline", css)
    assert '.ann [class^="ent-"], .ann [class*=" ent-"] { color: inherit; }' in css  # the highlighter's colours win
    assert "underline dotted" in css and not re.search(r"underline(?! dotted)", css.replace("text-underline-offset", ""))


# --------------------------------------------------------------------------- overlaps and hostile data

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "ul", "li", "span", "main",
                "article", "div", "sup", "a", "section", "table", "thead", "tbody", "tr", "th", "td", "details", "summary"}
ALLOWED_ATTRS = {"lang", "charset", "name", "content", "class", "id", "href", "title", "aria-label"}
CLASS_RE = re.compile(r"[a-z][a-zA-Z-]*")

UNSAFE = [chr(c) for c in (0x1B, 0x07, 0x9B, 0x202E, 0x7F, 0x00, 0x0D)]
hostile = st.lists(
    st.one_of(st.sampled_from(["<script>x</script>", '"><b onclick=1>', "&amp;", "javascript:", "\x1b]0;t\x07", *UNSAFE]),
              st.text(max_size=3)),
    min_size=1, max_size=5,
).map("".join)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_overlapping_spans_stay_balanced_and_data_never_becomes_markup(data):
    text = "Officials said the " + data.draw(hostile) + " talks would resume, " + data.draw(hostile) + " the envoy said.\n"
    n = len(text)
    doc = Document("d" * 64, "/tmp/" + data.draw(hostile), text, title=data.draw(hostile), source=data.draw(hostile),
                   url="http://x/" + data.draw(hostile), date=data.draw(hostile))
    other = Document("e" * 64, "/tmp/o.txt", "Other text here.\n", title=data.draw(hostile))
    spans = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted).filter(lambda p: p[0] < p[1])
    anns = []
    for i, (start, end) in enumerate(data.draw(st.lists(spans, min_size=1, max_size=6))):
        anns.append(Annotation.for_span(
            doc, start, end, id=data.draw(st.sampled_from([f"a{i}", f"{data.draw(hostile)}{i}"])),
            tags=[data.draw(hostile)], comment=data.draw(hostile), author=data.draw(hostile),
            status=data.draw(st.sampled_from(["human", "suggested", "rejected"])), label=data.draw(hostile),
        ))
    target = Annotation.for_span(other, 0, 5, id="t0", author="x")
    anns[0].links = [Link("t0", data.draw(hostile), other.id), Link(anns[-1].id, data.draw(hostile), doc.id)]
    claims = tuple(Claim(s, e, text[s:e], data.draw(st.sampled_from(["quote", "reported", "statistic", "assertion", "odd"])),
                         Span(s, min(e, s + 2), "x"))
                   for s, e in data.draw(st.lists(spans, max_size=4)))
    ents = tuple(Entity(s, e, text[s:e], data.draw(st.sampled_from(["PERSON", "GPE", "FAC"]))) for s, e in data.draw(st.lists(spans, max_size=4)))
    page = ex.export_html([doc, other], [*anns, target], {doc.id: Analysis(doc.id, "e", entities=ents, claims=claims)})
    assert not UNSAFE_RE.search(page)
    root = parse(page)
    by_id = ids(root)
    for node in root.find_all():
        if node is root:
            continue
        assert node.tag in ALLOWED_TAGS, node.tag
        assert set(node.attrs) <= ALLOWED_ATTRS, node.attrs
        assert all(CLASS_RE.fullmatch(c) for c in node.classes), node.classes
        if "href" in node.attrs:
            assert node.attrs["href"][1:] in by_id  # only jumps within the page
        if "id" in node.attrs:
            assert re.fullmatch(r"[a-z]+(-[A-Za-z0-9_.-]+)?", node.attrs["id"]), node.attrs["id"]
    column = root.find_all("div", "text")[0]
    assert column.text(skip=("links", "mark")) == display(text)  # every character once, in order
    for a in anns:
        shown = by_id.get(anchor("span", a.id))
        assert (shown is not None) == (a.status != "rejected")
        if shown is not None:
            assert display(a.quote).startswith(shown.text(skip=("links", "mark")))  # its first piece
    assert html.escape("<script>") not in root.find_all("style")[0].text()
