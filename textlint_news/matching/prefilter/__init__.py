"""One Hyperscan pass over a document tells each rule on which lines it can match at all.

``spec``: what a rule offers (``Prefilter``); ``rewrite`` (with ``classes``): its regex
rewritten for Hyperscan; ``policy``: whether a rewrite is worth using; ``database``: the
compiled, cached database and the scan (``LineFilter``).
"""

from textlint_news.matching.prefilter.database import LineFilter
from textlint_news.matching.prefilter.policy import available, hyperscan_source
from textlint_news.matching.prefilter.spec import Prefilter

__all__ = ["LineFilter", "Prefilter", "available", "hyperscan_source"]
