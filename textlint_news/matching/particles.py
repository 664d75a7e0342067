"""Articles that open a name and stay lowercase inside a longer one ("Universidad de los Andes",
"Rue de la Paix", "Museo del Prado de los Niños"): Spanish, Portuguese, French, Italian, Dutch
and German write them so after a capitalised word and a preposition of their language. The
casing rules leave such an article alone; English "in los Angeles" is still a slip."""

from __future__ import annotations

from textlint_news.loading.patterns import regex

_ARTICLES = frozenset("el la las le les los lo il der die das den de".split())
# a capitalised word, then a preposition of those languages, right before the article
_NAME_AND_PREPOSITION_BEFORE = regex.compile(
    r"""(?r)\p{Lu}[\p{L}’'.-]*[ \t]+
        (?:de|del|dels|di|da|do|dos|das|du|des|della|delle|degli|von|van|zu|zur)[ \t]+\Z""",
    regex.VERBOSE)


def inner_article(text: str, start: int, found: str, wanted: str) -> bool:
    """Whether ``found`` (at ``start`` in ``text``) differs from the name ``wanted`` only by its
    leading article in lowercase, inside a longer name."""
    article, _, rest = found.partition(" ")
    if not rest or article not in _ARTICLES or found != wanted[0].lower() + wanted[1:]:
        return False
    return _NAME_AND_PREPOSITION_BEFORE.search(text, max(0, start - 60), start) is not None
