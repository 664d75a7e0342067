"""benchmarks/readability_text.py: Readability's extracted article written as a scraper writes
it, and which test pages count, split by name into tune and check."""

from __future__ import annotations

import json
import sys

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from readability_text import html_to_text, pages  # noqa: E402

ARTICLE = """<div id="readability-page-1" class="page"><article>
  <h2>Storm   <em>hits</em> the coast</h2>
  <p>Winds of 90&nbsp;mph <a href="/x">closed</a> roads
     on Monday.<br>Schools stayed shut.</p>
  <script>var ad = 1;</script><style>p { color: red }</style>
  <ul><li>Power cuts</li><li><p>Floods</p></li></ul>
  <figure><img src="a.jpg" alt="waves"><figcaption>Waves at Brighton</figcaption></figure>
  <blockquote><p>It was frightening.</p></blockquote>
  <p>Gusts reached <img src="f.svg" alt="v_{max}"> at noon.</p><p><img alt="map"> Map of the coast</p>
  <table><tr><th>Town</th><th>Rain</th></tr><tr><td>Hove</td><td><p>40</p> mm</td></tr></table>
  <pre><code>if wind &gt; 80:
    close()
</code></pre>
  <svg><text>logo</text></svg>Loose text
</article></div>"""


def test_one_line_per_block_after_the_title():
    assert html_to_text(ARTICLE, "Storm hits").split("\n") == [
        "Storm hits",
        "",
        "Storm hits the coast",
        "Winds of 90\xa0mph closed roads on Monday.",
        "Schools stayed shut.",
        "Power cuts",
        "Floods",
        "Waves at Brighton",
        "It was frightening.",
        "Gusts reached v_{max} at noon.",
        "Map of the coast",
        "Town\tRain",
        "Hove\t40 mm",
        "if wind > 80:",
        "    close()",
        "Loose text",
        "",
    ]


def test_without_a_title_the_text_starts_with_the_first_block():
    assert html_to_text("<p>One.</p><p>Two.</p>") == "One.\nTwo.\n"


def page(folder, name, title, html):
    (folder / name).mkdir()
    (folder / name / "expected.html").write_text(html, encoding="utf-8")
    (folder / name / "expected-metadata.json").write_text(json.dumps({"title": title}),
                                                          encoding="utf-8")


def test_fixtures_and_repeats_are_left_out_and_the_rest_alternate(tmp_path):
    prose = "<p>" + "The council met on Monday and agreed the budget. " * 6 + "</p>"
    page(tmp_path, "b-news", "Budget agreed", prose)
    page(tmp_path, "a-news", "Budget agreed", prose.replace("Monday", "Tuesday"))
    page(tmp_path, "c-filler", "Test", "<p>Lorem ipsum dolor sit amet.</p>" + prose)
    page(tmp_path, "d-untitled", "", prose.replace("Monday", "Friday"))
    page(tmp_path, "e-short", "Short", "<p>abc</p>")
    page(tmp_path, "f-again", "Budget agreed again", prose)
    page(tmp_path, "g-news", "Budget", prose.replace("Monday", "Sunday"))
    assert [(part, name) for part, name, _ in pages(tmp_path)] == [
        ("tune", "a-news"), ("check", "b-news"), ("tune", "g-news")]
    assert pages(tmp_path)[1][2].startswith("Budget agreed\n\nThe council met on Monday")
