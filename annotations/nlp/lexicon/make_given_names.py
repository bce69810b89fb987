"""Regenerate ``given_names.txt``: given names, with the gender a name is given to when one.

    pip install "faker==40.63.0" "wordfreq==3.1.1"   # by hand, only to regenerate; not dependencies
    python annotations/nlp/lexicon/make_given_names.py > annotations/nlp/lexicon/given_names.txt
    python annotations/nlp/lexicon/make_given_names.py --left-out > annotations/nlp/lexicon/name_genders.txt

The given names Faker (MIT) lists for its locales written in Latin script (86 locales: names as
news in English prints them, "Olena", "Askhat", "Wolfgang"), each line ``Name`` and ``m`` or ``f``
when every locale that lists it gives it to one gender only.  Left out: names that are frequent
English words (``english_words.txt``: "Will", "Grace") or places (the gazetteers and
``cities.txt``), which the rules must not take for someone.  Not imported by presslens.

``--left-out`` writes those left-out names that one gender only is given ("John m", "Maria f",
"Grace f"): ``name_genders.txt``, which only says whom "he" and "she" can stand for (a name is
not found by it).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _latin(name: str) -> bool:
    return name[:1].isupper() and all("LATIN" in unicodedata.name(c, "") or c in "-'’" for c in name)


def _words(name: str, lower: bool = False) -> set[str]:
    out: set[str] = set()
    for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.update(w.lower() if lower else w for w in line.split())
    return out


def main() -> int:
    import faker.providers.person as person  # noqa: PLC0415 - only to regenerate the list
    from wordfreq import zipf_frequency  # noqa: PLC0415

    genders: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f"), ("first_names", "")):
            value = getattr(provider, attr, ())
            items = value.keys() if isinstance(value, dict) else value if isinstance(value, (list, tuple, set)) else ()
            for name in items:
                if isinstance(name, str) and len(name) >= 3 and _latin(name) and " " not in name:
                    genders.setdefault(name, set()).add(gender)
    english = _words("english_words", lower=True) | _words("common_words", lower=True)
    places = _words("cities") | _words("gpe") | _words("loc") | _words("norp") | _words("org")
    left_out = "--left-out" in sys.argv[1:]
    if left_out:
        print("# Genders of given names left out of given_names.txt (frequent English words, places: \"John\",")
        print("# \"Maria\"), for pronouns only; made by make_given_names.py --left-out: do not edit")
    else:
        print("# Given names (Faker's, Latin script), with m/f when only one gender is given the name;")
        print("# made by make_given_names.py: do not edit")
    for name in sorted(genders):
        common = name.lower() in english or name in places or zipf_frequency(name, "en") >= 4.5
        gender = genders[name] - {""}
        if left_out and common and len(gender) == 1:
            print(f"{name} {next(iter(gender))}")
        elif not left_out and not common:
            print(f"{name} {next(iter(gender))}" if len(gender) == 1 else name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
