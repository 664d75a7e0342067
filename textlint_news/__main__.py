from textlint_news.cli import main

main()
