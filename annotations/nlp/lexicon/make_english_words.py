"""Regenerate ``english_words.txt``: frequent English words that are nobody's name.

    pip install "wordfreq==3.1.1" "faker==40.63.0"   # by hand, only to regenerate; not dependencies
    python annotations/nlp/lexicon/make_english_words.py > annotations/nlp/lexicon/english_words.txt

The 30,000 most frequent English words in wordfreq's data (Apache 2.0; Robyn Speer, wordfreq), of
three letters or more, less every given name and family name that Faker (MIT) lists for any
locale written in Latin script, every place in GeoNames' city list and the other gazetteers, and
every word of our own name lists.  What is left are words a capitalised name made of them is
probably not a person's ("Nature Astronomy", "Old Bailey").  Not imported by presslens.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _names() -> set[str]:
    import faker.providers.person as person  # noqa: PLC0415 - only to regenerate the list

    out: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            value = getattr(provider, attr, ())
            items = value.keys() if isinstance(value, dict) else value if isinstance(value, (list, tuple, set)) else ()
            out.update(str(v).lower() for v in items)
    return out


def _listed() -> set[str]:
    out: set[str] = set()
    for name in ("gpe", "loc", "norp", "org", "first_names", "cities", "person_titles", "org_words"):
        for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.update(w.lower() for w in line.split())
    return out


def main() -> int:
    from wordfreq import top_n_list  # noqa: PLC0415 - only to regenerate the list

    excluded = _names() | _listed()
    words = sorted(w for w in top_n_list("en", 30_000) if re.fullmatch(r"[a-z]{3,}", w) and w not in excluded)
    print("# Frequent English words that are nobody's name (wordfreq minus Faker's names and our gazetteers;")
    print("# made by make_english_words.py: do not edit)")
    for w in words:
        print(w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
