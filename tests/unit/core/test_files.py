"""Paths as the reader shows them (annotations.core.files)."""

from __future__ import annotations

import os


def test_a_path_is_shown_from_where_the_user_stands(tmp_path, monkeypatch):
    """The help names each article's file as the user would type it: relative to the working
    folder when under it, from ``~`` when under the home folder, else in full; never altered
    otherwise (no cutting: a researcher must be able to tell two files apart)."""
    from annotations.core.files import shown_path

    home, work = tmp_path / "home", tmp_path / "home" / "project"
    (work / "seeds").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(work)
    assert shown_path(str(work / "seeds" / "a.txt")) == os.path.join("seeds", "a.txt")
    assert shown_path(str(home / "other" / "b.txt")) == os.path.join("~", "other", "b.txt")
    assert shown_path(str(tmp_path / "c.txt")) == str(tmp_path / "c.txt")
    assert shown_path("relative/d.txt") == "relative/d.txt"
    assert shown_path(str(work)) == "."


def test_tables_cut_a_long_path_from_its_start(tmp_path, monkeypatch):
    """``presslens list`` and ``agreement --by document`` name files; a path too long for its
    column keeps its end (``…/seeds/a.txt``): the file name is what tells two rows apart."""
    from annotations.review.stats import DocumentRow, format_documents

    monkeypatch.chdir(tmp_path)
    deep = "/srv/" + "/".join(["a-rather-long-folder"] * 6) + "/seeds/000_first.txt"
    rows = [DocumentRow(id="abc", path=deep, title="T", annotations=1, human=1),
            DocumentRow(id="def", path=str(tmp_path / "b.txt"), title="U", annotations=0, human=0)]
    table = format_documents(rows)
    assert "…" in table and "seeds/000_first.txt" in table and deep not in table
    assert "  b.txt" in table  # under the working folder: as the user would type it
