"""Reads a vCard file with python3-vobject (an independent parser) and prints what it found as JSON.

Usage: /usr/bin/python3 read_vcards.py FILE  ->  [{"fn", "given", "family", "emails", "phones", "version",
"bday", "org", "title", "categories", "note"}, ...]
"""
import json
import sys

import vobject


def values(card, name):
    return [c.value for c in card.contents.get(name, [])]


def main(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    cards = []
    for card in vobject.readComponents(text):
        n = card.contents.get("n", [None])[0]
        org = values(card, "org")
        cards.append({
            "version": values(card, "version")[0],
            "fn": values(card, "fn")[0],
            "given": n.value.given if n is not None else None,
            "family": n.value.family if n is not None else None,
            "emails": values(card, "email"),
            "phones": values(card, "tel"),
            "bday": (values(card, "bday") or [None])[0],
            "org": org[0] if org else None,
            "title": (values(card, "title") or [None])[0],
            "categories": (values(card, "categories") or [[]])[0],
            "note": (values(card, "note") or [None])[0],
            "uid": (values(card, "uid") or [None])[0],
        })
    json.dump(cards, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
