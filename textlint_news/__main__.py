from textlint_news.cli import run

run()
