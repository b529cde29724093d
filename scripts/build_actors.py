"""Build rasd's actor dictionary from ../shared/data and the curated list.

Sources: ``scripts/curated/actors.tsv`` (hand-curated current actors: armed groups, IGOs,
media, leaders) and the UniversalPetrarch Arabic actor dictionary (MIT), whose entries are
lemmatised, article-less and ``_``-joined (``وزارة_دفاع_أميركي_ [USAGOV]``). From it we keep
multi-word persons and organizations of the countries that make Middle East news, and
generate the surface forms news actually writes: the lemma sequence as is
(«حركة حماس»), the head noun with a definite complement («وزارة الدفاع الأميركية», with
nisba agreement after a feminine head) and the fully definite form («البنك المركزي المصري»).
Countries and their institutions are not listed here: rasd.extract.entities.actors derives them from
countries.tsv and institutions.tsv.

Run: ``python scripts/build_actors.py`` after build_gazetteer.py (set RASD_SHARED to move
../shared and RASD_ENTITIES_OUT to read and write the built files elsewhere).
"""

from __future__ import annotations

import csv
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from rasd.text import normalize_key  # noqa: E402

SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared")) / "data"
RES = ROOT / "src" / "rasd" / "resources" / "entities"
OUT = Path(os.environ.get("RASD_ENTITIES_OUT", RES))  # built files: read and written here
WORLD_POWERS = {"USA", "RUS", "GBR", "FRA", "DEU", "CHN", "IGO"}
PERSON_SECTORS = {"GOV", "MIL", "REB", "OPP", "ELI", "PTY", "COP", "JUD", "LEG", "SPY", "IGO"}
STATE_HEADS = {"دوله", "جمهوريه", "مملكه", "اماره", "سلطنه"}
FIELDS = ["id", "type", "name_ar", "aliases", "name_en", "country", "sector", "aka", "source"]
_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")


def _lines(name: str, folder: Path = RES) -> set[str]:
    text = (folder / name).read_text(encoding="utf-8").splitlines()
    return {normalize_key(s) for s in text if s.strip() and not s.startswith("#")}


def petrarch_entries() -> list[tuple[list[str], str]]:
    """(lemma tokens, last CAMEO code) of every entry of actor_dict_ar_v4.txt."""
    entries: list[tuple[list[str], str]] = []
    name, codes = "", []
    path = SHARED / "universalpetrarch-ar" / "actor_dict_ar_v4.txt"
    for line in [*path.read_text(encoding="utf-8").splitlines(), "END"]:
        code = re.match(r"^\s*\[([^\]\s]+)", line)
        if line[:1] in (" ", "\t") and code and not line.strip().startswith(("+", "#")):
            codes.append(code.group(1))
            continue
        if name and codes:
            entries.append(([t for t in name.strip("_").split("_") if t], codes[-1]))
        head = re.match(r"^\s*([^\s\[]+)\s*(?:\[([^\]\s]+))?", line)
        name = _MARKS.sub("", head.group(1)) if head else ""
        codes = [head.group(2)] if head and head.group(2) else []
    return entries


def definite(word: str) -> str:
    return word if word.startswith("ال") else "ال" + word


def org_forms(tokens: list[str]) -> list[str]:
    """Surface forms of a lemmatised organization name."""
    head, rest = tokens[0], tokens[1:]
    feminine = head.endswith("ة") or head == "قوات"
    agreed = [t + "ة" if feminine and t.endswith("ي") else t for t in rest]
    return [" ".join(tokens), " ".join([head, *map(definite, agreed)]),
            " ".join(map(definite, [head, *agreed]))]


def _descriptor_of_known(form: str, heads: set[str], actors: set[str]) -> bool:
    """«وكالة رويترز» when the curated actor «رويترز» exists: the descriptor stays outside."""
    first, _, rest = normalize_key(form).partition(" ")
    return bool(rest) and first.removeprefix("ال") in heads and rest in actors


def main() -> None:
    scope = _lines("region.txt") | WORLD_POWERS
    heads = _lines("org_heads.txt")
    name_heads = _lines("name_heads.txt")  # «عبد العزيز» alone is a first name
    titles = {normalize_key(r.split("\t")[0]) for r in
                                          (RES / "titles.tsv").read_text(encoding="utf-8")
                                          .splitlines()[1:] if not r.startswith("#")}
    stop = _lines("common_words.txt", OUT) | titles
    for title in list(stop):
        stop.update(title.split())
        stop.update(w[2:] for w in title.split() if w.startswith("ال"))
    institution_heads = {normalize_key(r.split("\t")[0]).split()[0].removeprefix("ال")
                         for r in (RES / "institutions.tsv").read_text(encoding="utf-8")
                         .splitlines()[1:] if r and not r.startswith("#")}
    curated = list(csv.DictReader(
        (ln for ln in (ROOT / "scripts" / "curated" / "actors.tsv").open(encoding="utf-8")
         if not ln.startswith("#")), delimiter="\t"))
    rows = []
    taken = {normalize_key(row.split("\t")[1]) for row in (OUT / "gazetteer.tsv").read_text(
        encoding="utf-8").splitlines()[2:]}  # «قناة السويس» is a place, not an actor
    for r in curated:
        forms = [r["name_ar"], *filter(None, r["aliases"].split("|"))]
        taken.update(normalize_key(f) for f in forms)
        rows.append({**r, "source": "curated"})
    curated_forms = {normalize_key(f) for r in curated
                     for f in [r["name_ar"], *filter(None, r["aliases"].split("|"))]}
    kept = 0
    for n, (tokens, code) in enumerate(petrarch_entries()):
        country, sector = code[:3], code[3:6]
        if country not in scope or not 2 <= len(tokens) <= 4:
            continue
        if not all(_ARABIC_WORD.match(t) for t in tokens) or "ل" in tokens:
            continue
        first = normalize_key(tokens[0])
        if first in institution_heads:
            continue  # «الجيش السوداني»: the institution rule tags and links these
        if first in STATE_HEADS:
            continue  # «دولة الكويت» is the country: the gazetteer has it
        if first in heads:
            kind, forms = "ORG", org_forms(tokens)
        elif (sector in PERSON_SECTORS and not any(normalize_key(t) in stop for t in tokens)
              and not (len(tokens) == 2 and normalize_key(tokens[0]) in name_heads)):
            kind, forms = "PER", [" ".join(tokens)]
        else:
            continue
        forms = [f for f in dict.fromkeys(forms) if normalize_key(f) not in taken
                 and not _descriptor_of_known(f, heads, curated_forms)]
        if not forms:
            continue
        taken.update(normalize_key(f) for f in forms)
        kept += 1
        rows.append({"id": f"up-{n}", "type": kind, "name_ar": forms[0],
                     "aliases": "|".join(forms[1:]), "name_en": "",
                     "country": "" if country == "IGO" else country,
                     "sector": "IGO" if country == "IGO" else sector, "aka": "",
                     "source": "universalpetrarch"})
    with (OUT / "actors.tsv").open("w", encoding="utf-8", newline="") as out:
        out.write("# Built by scripts/build_actors.py; see NOTICE.md for sources and licenses.\n")
        out.write("\t".join(FIELDS) + "\n")
        for r in rows:
            out.write("\t".join(r.get(f, "") or "" for f in FIELDS) + "\n")
    first = sorted(set(first_names(titles)) | {
        normalize_key(r["name_ar"]).split()[0] for r in rows
        if r["type"] == "PER" and len(r["name_ar"].split()) > 1
        and normalize_key(r["name_ar"]).split()[0] not in titles})
    (OUT / "first_names.txt").write_text(
        "# First words of person names in the ANERcorp and AQMAR train splits (CC BY-SA) and in\n"
        "# actors.tsv; built by scripts/build_actors.py. See NOTICE.md.\n"
        + "\n".join(first) + "\n", encoding="utf-8")
    print(f"actors={len(rows)} curated={len(curated)} universalpetrarch={kept} "
          f"first_names={len(first)}")


def first_names(stop: set[str]) -> list[str]:
    """Normalized first tokens of multi-word persons in the NER train splits."""
    path = SHARED / "ner-lexicons-derived" / "person_first_tokens_train.tsv"
    tokens = [normalize_key(line.split("\t")[0])
              for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    known = set(tokens)
    found = {t for t in tokens if len(t) > 1 and t not in stop
             and not (t[:1] in "وفبل" and t[1:] in known)}  # «ومحمد» is و + محمد
    return sorted(found)


if __name__ == "__main__":
    main()
