"""
Every word list has one home (house rule): the shared ones live in
``conflictfigures._lexicon``, and a rule's own small set never restates one
of them, nor another rule's set, under the same name.

Copies under one name drift: before session 63, two ``_WHOLE_WARS`` sets
disagreed on "hostilities" and "insurgency", two ``_REPORT_NOUNS`` sets on
"allegations", and the claimant reader's name particles lacked "abd", "der"
and "du".  A set built from a lexicon list (``frozenset(lx.REACH_VERBS)``,
``lx.PART_OPENERS - {"excluding"}``) is no restatement and is not checked.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "conflictfigures"
LEXICON = PACKAGE / "_lexicon"


def _assigned(path: Path) -> list[tuple[str, ast.expr]]:
    """The module-level names ``path`` assigns, with their values."""
    found: list[tuple[str, ast.expr]] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name):
            found.append((target.id, value))
    return found


def _literal_words(value: ast.expr) -> bool:
    """Whether ``value`` is ``frozenset(...)`` of written-out strings, read from no other list."""
    if not (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "frozenset"
    ):
        return False
    inner = list(ast.walk(value))
    strings = any(isinstance(n, ast.Constant) and isinstance(n.value, str) for n in inner)
    borrowed = any(isinstance(n, ast.Attribute | ast.Name) for n in inner[2:])
    return strings and not borrowed


@cache
def _lexicon_names() -> set[str]:
    return {
        name
        for path in LEXICON.glob("*.py")
        for name, _ in _assigned(path)
        if name.isupper() or name.startswith("_")
    }


@cache
def _rule_word_lists() -> dict[str, list[str]]:
    """Each written-out word list outside the lexicon, by bare name, with its modules."""
    homes: dict[str, list[str]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        if LEXICON in path.parents:
            continue
        for name, value in _assigned(path):
            if _literal_words(value):
                homes[name.lstrip("_")].append(str(path.relative_to(PACKAGE)))
    return homes


def test_the_checks_see_word_lists() -> None:
    homes = _rule_word_lists()
    # (the scan finds the rules' own sets; if it found none, the tests below would pass blind)
    assert len(homes) > 100
    assert "REPORT_NOUNS" in _lexicon_names()
    assert _literal_words(ast.parse('frozenset({"a", "b"})', mode="eval").body)
    assert not _literal_words(ast.parse("frozenset(lx.WORDS)", mode="eval").body)


def test_no_rule_restates_a_lexicon_list_by_its_name() -> None:
    lexicon = _lexicon_names()
    clashes = {name: where for name, where in _rule_word_lists().items() if name in lexicon}
    assert clashes == {}, "read these from _lexicon (or name the rule's own set for what it is)"


def test_no_two_rules_keep_word_lists_of_one_name() -> None:
    clashes = {name: where for name, where in _rule_word_lists().items() if len(where) > 1}
    assert clashes == {}, "one list, one home: move it to _lexicon or name each set for its rule"
