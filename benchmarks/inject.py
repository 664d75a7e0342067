"""Defects injected into clean news text: one defect per copy of a document, reproducibly.

Each injector takes the clean text, the page title and a seeded ``random.Random`` and returns
an ``Injected`` copy (or None when the text offers no place for that defect). ``spans`` are
the character ranges of the defect in the new text; a finding overlapping one of them finds it.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import regex

from textlint_news.matching.dictionary import is_english_word


@dataclass(frozen=True)
class Injected:
    text: str
    spans: tuple[tuple[int, int], ...]
    # everything the injection added, when more than the defect (a pull quote and its caption)
    added: tuple[int, int] | None = None


Injector = Callable[[str, str, random.Random], "Injected | None"]

_QUOTE = regex.compile(r"“(?P<q>[^“”\n]{30,300}?)”")
# a name: two or three capitalised words, as in "said Yuri Ushakov" or "Maria Gonzalez said"
_NAME = regex.compile(r"(?<=\b(?:said|says|told|added|according to|by) )\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}"
                      r"|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}(?=,? (?:said|says|told|added)\b)")
_FALLBACK_NAMES = ["Maria Gonzalez", "John Carter", "Aisha Bello", "Tomas Novak", "Li Wei"]


def _para_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def repeated_title(text: str, title: str, rng: random.Random) -> Injected | None:
    head = f"{title}\n\n{title}\n\n"
    start = len(title) + 2
    return Injected(head + text, ((start, start + len(title)),))


def _pull_quote(text: str, rng: random.Random) -> tuple[str, int, int, int, int] | None:
    quotes = [m for m in _QUOTE.finditer(text) if len(m["q"].split()) >= 6]
    if not quotes:
        return None
    m = rng.choice(quotes)
    names = _NAME.findall(text[max(0, m.start() - 300):m.end() + 300]) or _NAME.findall(text)
    name = rng.choice(names) if names else rng.choice(_FALLBACK_NAMES)
    quote = m["q"].rstrip(",") if rng.random() < 0.5 else m["q"].rstrip(".,!?")
    insert_at = _para_end(text, m.end())
    block = f"\n\n“{quote}”\n\n{name}"
    new = text[:insert_at] + block + text[insert_at:]
    q_start = insert_at + 2
    q_end = q_start + len(quote) + 2
    n_start = q_end + 2
    return new, q_start, q_end, n_start, n_start + len(name)


def pull_quote(text: str, title: str, rng: random.Random) -> Injected | None:
    made = _pull_quote(text, rng)
    return None if made is None else Injected(made[0], ((made[1], made[2]),), (made[1], made[4]))


def attribution(text: str, title: str, rng: random.Random) -> Injected | None:
    made = _pull_quote(text, rng)
    return None if made is None else Injected(made[0], ((made[3], made[4]),), (made[1], made[4]))


_SITES = ["News Room USA", "The Daily Courier", "Northern Star", "Metro Herald", "KXLY 4",
          "The Valley Times", "Coastal Post", "Prairie Gazette", "CityBeat Online"]
_TAGLINES = ["LNG in Northern BC", "Local news since 1901", "Breaking news and analysis",
             "Your trusted source for business news", "Politics", "Sport", "World news",
             "Independent journalism for the Hudson Valley"]
_FOOTERS = [
    "source", "Source", "Source: Reuters", "SOURCE: Agencies", "Photo: AP", "Image credit: Getty",
    "Tags:", "Advertisement", "Share this article", "Share on Facebook", "Share via Email",
    "Follow us on Twitter", "Follow {site} on Facebook and Instagram", "Like us on Facebook",
    "Sign up for our daily newsletter", "Subscribe to our newsletter for the latest headlines",
    "Get our free morning briefing delivered to your inbox", "Subscribe now",
    "© {year} {site}. All rights reserved.", "Copyright {year} {site}", "(c) {year} {site}",
    "All rights reserved.", "Read more: {title}", "Related: {title}", "Click here to read more",
    "{site} | {tagline}", "{site} · {tagline}", "{tagline} | {site}", "{site} » {tagline}",
]


# a site's own footer, of no shape that a line rule knows: only its recurrence gives it away
_SITE_FOOTERS = ["{site} — {tagline}", "Brought to you by {site}", "{site}: {tagline}",
                 "{tagline} from {site}", "Thanks for reading {site}"]


def repeated_paragraph(text: str, title: str, rng: random.Random) -> Injected | None:
    """A body paragraph of ten words or more emitted again further down (a block the extractor
    took twice): the copy lands after a later paragraph, never right after its original."""
    paragraphs = text.rstrip("\n").split("\n\n")
    long = [i for i, p in enumerate(paragraphs) if len(p.split()) >= 10 and "\n" not in p]
    later = [(i, j) for i in long for j in range(i + 1, len(paragraphs)) if j >= 4]
    if not later:
        return None
    i, j = rng.choice(later)  # the copy goes after paragraph j, so paragraph i+1 separates them
    start = len("\n\n".join(paragraphs[:j + 1])) + 2
    new = "\n\n".join(paragraphs[:j + 1] + [paragraphs[i]] + paragraphs[j + 1:]) + "\n"
    return Injected(new, ((start, start + len(paragraphs[i])),))


def site_footer(rng: random.Random) -> str:
    return rng.choice(_SITE_FOOTERS).format(site=rng.choice(_SITES), tagline=rng.choice(_TAGLINES))


def footer(text: str, title: str, rng: random.Random) -> Injected | None:
    line = rng.choice(_FOOTERS).format(site=rng.choice(_SITES), tagline=rng.choice(_TAGLINES),
                                       year=rng.randint(2005, 2025), title=title)
    body = text.rstrip("\n")
    start = len(body) + 2
    return Injected(f"{body}\n\n{line}\n", ((start, start + len(line)),))


_WORD = regex.compile(r"\b\p{L}[\p{L}’'-]*\b")
_MID_CAPITAL = regex.compile(r"(?<=[\p{Ll},] )\p{Lu}\p{Ll}{3,}\b")


def proper_noun_lowercase(text: str, title: str, rng: random.Random) -> Injected | None:
    """Lowercase one mention of a name that the text itself writes with a capital 3+ times.

    A name is a word that is not an ordinary English word and that the text capitalises in
    mid-sentence; so "kyiv" in a text about Kyiv, never "march" or "bill".
    """
    capitals: dict[str, list[regex.Match]] = {}
    for m in _MID_CAPITAL.finditer(text):
        capitals.setdefault(m.group(), []).append(m)
    names = sorted(w for w, ms in capitals.items()
                   if len(ms) >= 3 and not is_english_word(w.lower())
                   and not regex.search(rf"\b{w.lower()}\b", text))
    if not names:
        return None
    m = rng.choice(capitals[rng.choice(names)])
    return Injected(text[:m.start()] + m.group().lower() + text[m.end():], ((m.start(), m.end()),))


_SENTENCE_START = regex.compile(r"(?<=\p{Ll})\. (?P<w>\p{Lu}\p{Ll}+)\b(?! \p{Lu})")


def capital_after_semicolon(text: str, title: str, rng: random.Random) -> Injected | None:
    """Join two sentences with a semicolon and keep the capital: "rose; The market fell".

    Only sentences starting with an ordinary English word that the text never capitalises in
    mid-sentence and that does not open a name, so that "; Trump said" and "; Wall Street"
    (correct) are never produced.
    """
    mid = {m.group() for m in _MID_CAPITAL.finditer(text)}
    places = [m for m in _SENTENCE_START.finditer(text)
              if is_english_word(m["w"].lower()) and m["w"] not in mid]
    if not places:
        return None
    m = rng.choice(places)
    new = text[:m.start()] + ";" + text[m.start() + 1:]
    return Injected(new, ((m.start("w"), m.end("w")),))


# English words and what a machine translation from Spanish or French may leave instead
_FOREIGN = {
    "but": ["pero", "mais"], "also": ["también", "aussi"], "very": ["muy", "très"],
    "always": ["siempre", "toujours"], "never": ["nunca", "jamais"], "now": ["ahora", "maintenant"],
    "today": ["hoy", "aujourd'hui"], "yesterday": ["ayer", "hier"], "war": ["guerra", "guerre"],
    "city": ["ciudad", "ville"], "world": ["mundo", "monde"], "government": ["gobierno", "gouvernement"],
    "because": ["porque", "parce que"], "however": ["sin embargo", "cependant"],
    "still": ["todavía", "toujours"], "then": ["entonces", "alors"], "week": ["semana", "semaine"],
    "year": ["año", "année"], "years": ["años", "années"], "country": ["país"],
    "after": ["después", "après"], "before": ["antes", "avant"], "here": ["aquí", "ici"],
    "much": ["mucho", "beaucoup"], "why": ["por qué", "pourquoi"], "things": ["cosas", "choses"],
    "grace": ["gracia", "grâce"], "president": ["presidente", "président"],
    "minister": ["ministro", "ministre"], "people": ["gente"], "only": ["seulement"],
    "with": ["avec"], "according to": ["según", "selon"], "although": ["aunque", "bien que"],
    "already": ["déjà"], "more": ["más"], "new": ["nuevo"],
}


def untranslated_word(text: str, title: str, rng: random.Random) -> Injected | None:
    places = [(m, word) for word in _FOREIGN
              for m in regex.finditer(rf"(?<=\p{{Ll}},? ){word}\b(?= \p{{L}})", text)]
    if not places:
        return None
    m, word = rng.choice(sorted(places, key=lambda p: p[0].start()))
    foreign = rng.choice(_FOREIGN[word])
    return Injected(text[:m.start()] + foreign + text[m.end():],
                    ((m.start(), m.start() + len(foreign)),))


def _cp1252(ch: str) -> str:
    """``ch`` as UTF-8 bytes read as Windows-1252 (undefined bytes as their Latin-1 control)."""
    out = []
    for byte in ch.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def mojibake(text: str, title: str, rng: random.Random) -> Injected | None:
    """Mis-decode every apostrophe, quote and accented letter of one paragraph."""
    paragraphs = [m for m in regex.finditer(r"[^\n]+", text) if regex.search(r"[^\x00-\x7f]|'", m.group())]
    if not paragraphs:
        return None
    p = rng.choice(paragraphs)
    out, spans, pos = [], [], p.start()
    for ch in p.group():
        bad = _cp1252("’" if ch == "'" else ch) if ch == "'" or ord(ch) > 0x7F else ch
        if bad != ch:
            spans.append((pos, pos + len(bad)))
        out.append(bad)
        pos += len(bad)
    return Injected(text[:p.start()] + "".join(out) + text[p.end():], tuple(spans))


_ENTITIES = {"’": ["&rsquo;", "&#8217;"], "“": ["&ldquo;", "&#8220;"], "”": ["&rdquo;", "&#x201D;"],
             "&": ["&amp;"], "—": ["&mdash;", "&#8212;"], "é": ["&eacute;", "&#233;"],
             "'": ["&#39;", "&#039;", "&apos;"], '"': ["&quot;"], " ": ["&nbsp;"]}


def html_entity(text: str, title: str, rng: random.Random) -> Injected | None:
    chars = [ch for ch in _ENTITIES if ch != " " and ch in text] or [" "]
    ch = rng.choice(chars)
    places = [i for i, c in enumerate(text) if c == ch and (ch != " " or text[i - 1].isalpha())]
    i = rng.choice(places)
    entity = rng.choice(_ENTITIES[ch])
    return Injected(text[:i] + entity + text[i + 1:], ((i, i + len(entity)),))


# Furniture of the kinds the issue names (sign-in walls, cookie notices, galleries, list
# headings, comment widgets, shop buttons), put between two paragraphs anywhere in the text.
# Written after the rules and never tuned on: it measures the wordings the phrase rules were not
# written from. Fixing what it misses makes it a tune list: then write a new one.
_FURNITURE_ANYWHERE = [
    "Sign up to read more", "Register to continue", "Subscribers only", "Unlock this article",
    "We value your privacy", "Your privacy choices", "Image 3 of 10", "Tap to expand",
    "Watch: highlights from the match", "Recommended for you", "You might also like",
    "Editor's choice", "Latest videos", "Add a comment", "12 replies", "Reader comments",
    "Buy now on Amazon", "Check price", "Shop now", "Audio: hear the full speech",
]
# The same classes in other wordings, written by session 7 as the list furniture-line is tuned
# on (the list above stays the unseen check): paywalls and sign-in walls, consent notices,
# gallery and media labels, recommendation headings, comment and share widgets, shop and
# affiliate buttons, timestamps and bylines alone on a line, section menus with separators,
# counts, newsletter and app prompts.
FURNITURE_TUNE = [
    # walls
    "Subscribers only: become a member to keep reading", "Create a free account to continue",
    "You have reached your limit of free stories this month", "Already have an account? Sign in here",
    "Log in or subscribe to read the full story", "Get unlimited digital access for $1 a week",
    "Continue reading with a free trial", "Premium content",
    "To read this story in full, start your subscription today",
    # consent
    "This site uses cookies. By continuing to browse, you agree to our use of cookies.",
    "Manage cookie preferences", "Accept all cookies", "Reject all",
    "We and our partners store and access information on your device", "Privacy settings",
    "By signing up, you agree to our Terms of Use and Privacy Policy",
    # gallery and media labels
    "Photo 5/12", "Slide 2 of 8", "1 / 15", "View gallery (14 photos)", "Enlarge this image",
    "Play video", "Video duration 02:45", "Audio: listen to this story (4 min)",
    "Open image in full screen", "Swipe for more photos", "Hide caption", "Click to enlarge",
    "Now playing", "00:00 / 03:12",
    # recommendation headings
    "More stories like this", "Trending now", "Popular today", "Editor's picks", "Don't miss",
    "You may have missed", "Top stories", "Related coverage", "More from this section",
    "Latest headlines", "What others are reading",
    # comment and share widgets
    "Join the conversation", "48 comments", "Comments (7)", "Be the first to comment",
    "Share this story", "Share on WhatsApp", "Copy link", "Post to X",
    "Facebook Twitter LinkedIn Email", "Leave a reply", "Show comments", "Save article",
    "Gift this article",
    # shop and affiliate buttons
    "Find it at Target", "$24.99 at Walmart", "Compare prices", "Add to basket", "Shop the look",
    "See it at Best Buy", "Free shipping on orders over $35", "Get the deal",
    "We may earn a commission from links on this page", "Price: £19.99",
    # timestamps and bylines alone on a line
    "Updated 3 hours ago", "Published 14:32 GMT, 2 March 2023", "By Jane Doe, Senior Reporter",
    "Last modified: 12.04.2022", "Posted on Monday, June 5, 2023 at 9:14 am", "2 days ago",
    "March 3, 2024",
    # section menus with separators
    "News / World / Europe", "Home » Business » Markets", "Politics · Economy · Culture · Sport",
    "World > Asia > China", "Weather | Traffic | Jobs | Classifieds", "Menu", "Search",
    # counts
    "1.2K shares", "312 views", "5 min listen", "Page 2 of 3", "12 of 40 results",
    "4.5 out of 5 stars (212 reviews)", "Next page", "Previous article",
    # newsletter and app prompts
    "Get our daily briefing in your inbox", "Sign up for alerts", "Download our app",
    "Follow us on Instagram", "Enable push notifications", "Got a tip? Send it to us",
]
# Subheadings of news articles, article text that furniture-line must leave alone: the
# negatives beside FURNITURE_TUNE when the model is fitted (benchmarks/fit_furniture.py), some
# with a call to action or the reader in them, as service journalism writes them.
SUBHEADINGS_TUNE = [
    "The aftermath", "How we got here", "Early life", "A changing market", "What the data show",
    "Lessons learned", "The verdict", "Reaction from Washington", "Not everyone agrees",
    "Inside the factory", "Costs and benefits", "A second chance", "The road to 2030", "Who pays",
    "Your questions answered", "What you need to know", "Where the money went",
    "Three years later", "The case against", "Q&A", "Analysis", "Timeline",
    "The 5 biggest changes", "Why now?", "How to apply", "Watch the skies", "Background",
]
# Page furniture written as a full sentence addressed to the reader about the page, the site or
# the reader's browser, device or account, not about the news: consent notices, paywall and
# sign-in walls, browser and JavaScript notices, app and notification prompts, ad-blocker
# requests, account and session messages, embeds that need consent. Written by session 7
# (furniture4) before any rule for the class; INTERFACE_TUNE is developed on, INTERFACE_CHECK is
# never read item by item (its row is the unseen estimate). English first, as the injected
# articles are English, with wordings in the other languages of the data.
INTERFACE_TUNE = [
    # consent
    "We and our partners use cookies and similar technologies to personalise content and ads, "
    "provide social media features and analyse our traffic.",
    "You can change your cookie settings at any time by clicking on the link at the bottom of this page.",
    "To view this content, you need to accept the cookies of our partner.",
    "This content is hosted by a third party; by showing it you accept their privacy policy.",
    "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
    "Ce site utilise des cookies pour améliorer votre expérience de navigation.",
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
    "Esta página utiliza cookies para analizar el tráfico del sitio.",
    # paywalls, meters, sign-in walls
    "You have two free articles remaining this month.",
    "Please log in or create an account to keep reading this article.",
    "Your subscription has expired; renew now to regain access to all our journalism.",
    "This article is reserved for our subscribers, so please sign in to read it.",
    "Dieser Artikel ist nur für Abonnenten verfügbar.",
    "Cet article est réservé aux abonnés.",
    "Per continuare a leggere questo articolo, abbonati o accedi al tuo account.",
    "Este conteúdo é exclusivo para assinantes.",
    # browser and JavaScript
    "JavaScript is disabled in your browser, so some features of this site will not work.",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "Your browser does not support the video tag.",
    "You are using an outdated browser; please upgrade it to improve your experience.",
    "For the best experience, please use the latest version of Chrome, Firefox or Safari.",
    "This page is best viewed in a modern browser with JavaScript enabled.",
    "Bitte aktivieren Sie JavaScript in Ihrem Browser, um diese Seite zu nutzen.",
    "Seu navegador não suporta a reprodução deste vídeo.",
    # apps
    "Get the latest news on the go with our free app for iPhone and Android.",
    "Read this story in our app for a better experience.",
    "Our app is available on the App Store and Google Play.",
    "Scarica la nostra app per restare sempre aggiornato.",
    # notifications
    "Turn on notifications so you never miss a breaking story.",
    "Would you like to receive desktop notifications about the latest news?",
    "Allow notifications from this site to get alerts about breaking news.",
    "Tap the bell icon to be notified when we publish new stories.",
    "Active las notificaciones para recibir las últimas noticias.",
    # ad blockers
    "It looks like you are using an ad blocker; please consider whitelisting our site.",
    "Please disable your ad blocker to support independent journalism.",
    "We noticed you have an adblocker enabled. Ads help us fund our reporting.",
    "Désactivez votre bloqueur de publicité pour continuer.",
    # account, session, e-mail
    "Your session has expired, please log in again.",
    "You have been signed out of your account.",
    "You can update your preferences in your account settings at any time.",
    "Check your email to confirm your registration.",
    "Enter your email address to receive our weekly roundup straight to your inbox.",
    "You can unsubscribe at any time using the link in our emails.",
    "Melden Sie sich für unseren Newsletter an und verpassen Sie keine Nachricht mehr.",
    # the page itself, its media and the device
    "Some elements of this page may not display correctly on your device.",
    "This video is not available in your country.",
    "The content you are trying to view is no longer available.",
    "An error occurred while loading this content. Please try again later.",
    "Please rotate your device to landscape mode to view this graphic.",
    "Thank you for reading; your support keeps this site free for everyone.",
]
INTERFACE_CHECK = [
    "We use technologies such as cookies to store information on your device so that we can show you relevant ads.",
    "To keep reading, become a subscriber today for just $1.",
    "You've got 3 free stories left this week.",
    "This interactive requires JavaScript, which your browser has blocked.",
    "Please switch to a supported browser to continue using this website.",
    "Install our app to get breaking news alerts on your phone.",
    "Click allow to get push notifications from us.",
    "We see you're using an ad-blocking extension; please turn it off for this site.",
    "Sign in with your account to save articles for later.",
    "This embedded content is provided by YouTube; you may need to accept its cookies to watch it.",
    "Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site.",
    "Um diesen Inhalt zu sehen, müssen Sie der Verwendung von Cookies zustimmen.",
    "Para seguir leyendo, suscríbete o inicia sesión.",
    "Your device is offline; some content may not load.",
    "Please refresh the page to load the latest version of this article.",
    "Per ricevere le notizie, attiva le notifiche del browser.",
]
# Navigation headings and page-state messages, written by session 7 (furniture5) before any rule
# for the two classes. A navigation heading introduces a list of other pages ("Popular right
# now"): a short line of editorial-navigation words only, where a subheading has a content word.
# A page-state message is the page telling the reader it failed, waits or withholds something.
# The *_TUNE lists are developed on; the *_CHECK lists are never read item by item.
NAVIGATION_TUNE = [
    "More from this section", "Latest news", "Recommended reading", "Stories you may have missed",
    "Popular right now", "Watch more videos", "Top picks this week", "Most watched", "News for you",
    "Just in", "Our top stories today", "Editor's recommendations", "Keep reading", "Recent posts",
    "Featured videos", "Weitere Nachrichten", "Meistgelesen", "Les plus lus", "À lire aussi",
    "Lo más leído", "Más noticias", "Più letti", "Mais lidas",
]
NAVIGATION_CHECK = [
    "More headlines", "Top reads this week", "Recommended videos for you", "Trending in news",
    "What others are reading", "Don't miss these stories", "Lesen Sie auch", "Le più lette",
]
PAGE_STATE_TUNE = [
    "This content is not available in your region", "Sorry, this page could not be found.",
    "An error occurred. Please try again.", "Loading…", "Video unavailable", "Comments are closed.",
    "This video has been removed.", "Oops! Something broke on our end.", "Page not found",
    "No results found", "Inhalt nicht verfügbar", "Une erreur est survenue.", "Cargando...",
]
PAGE_STATE_CHECK = [
    "The media could not be loaded.", "Error loading content", "This post is no longer available.",
    "Please wait while the page loads", "Contenido no disponible", "Chargement en cours…",
]
# Publication stamps left in the body (session 7, written before any rule for them): a tune list
# and a check list nobody develops on.
TIMESTAMP_TUNE = [
    "Updated 2 hours ago", "Published: 14 March 2023", "Last updated on Tuesday, 9:41 am",
    "Posted Jan 3, 2022", "Aktualisiert am 12.05.2021, 18:30 Uhr", "Publié le 4 juin 2022 à 10h12",
    "Actualizado el 3 de mayo de 2023", "Modified 10 minutes ago", "Updated: 05/06/2023 08:15 GMT",
    "Pubblicato il 21 settembre 2022", "Atualizado em 2 de julho de 2021", "Edited 3 days ago",
]
TIMESTAMP_CHECK = [
    "Published 6 hours ago", "Last modified: 28 February 2022", "Veröffentlicht am 3. März 2020",
    "Mis à jour le 12/09/2021", "Posted on Friday, November 4, 2022 at 6:02 pm",
    "Updated Sept. 30, 2021 3:14 p.m. ET",
]
# A media player's controls and labels left in the body (session 7, before any rule for them).
MEDIA_TUNE = [
    "Now playing", "Up next", "Autoplay", "Replay video", "Unmute", "Video duration 02:45",
    "Play video", "Watch again", "Toggle fullscreen", "Captions off", "Wiedergabe starten",
    "Lecture en cours", "Reproducir vídeo", "Riproduci video", "Duration: 3:12",
]
MEDIA_CHECK = [
    "Now Playing", "Click to play video", "Pause video", "Video wird geladen", "Mute audio",
    "Play audio 1:45",
]
# A gallery's slide counter or a player's time, alone on a line (no letters: the shape model
# never reports such a line). Session 7, before any rule for them.
COUNTER_TUNE = ["1 / 15", "00:00 / 03:12", "12 / 40", "0:00 / 2:31", "3 / 7"]
COUNTER_CHECK = ["5 / 18", "00:00 / 01:45", "2 / 9"]
# A byline in the body (session 7, before any rule for it).
BYLINE_TUNE = ["By Jane Doe, Senior Reporter", "By JOHN SMITH", "By Maria Garcia | Reuters",
               "By Tom O'Neill and Ana Lima", "Von Peter Müller", "By Kwame Mensah - BBC News"]
BYLINE_CHECK = ["By Sarah Johnson, Staff Writer", "By ALEX KIM / AP", "Por Lucía Fernández"]
# Subheadings of articles that use the words of the navigation and page-state classes as content
# ("The latest twist", "Something went wrong at the plant"): the rules for them must leave these
# alone (tests/kinds/test_navigation_heading.py).
NAVIGATION_SUBHEADINGS = [
    "More money, more problems", "The latest twist", "Popular anger boils over",
    "What the videos show", "Trending toward a deal", "Read the fine print",
    "News of the arrest spreads", "Top of the class", "Why stories matter to voters",
    "Recent history", "Latest figures", "The most popular candidate", "Loading the dice",
    "Something went wrong at the plant", "Not available to renters", "Errors in the count",
    "Try again next year", "When the page turned", "Picks for the cabinet", "Watch this space",
    "Removed from the ballot", "Neue Nachrichten aus Berlin",
]
# Section headings an extractor may emit twice in a row (also never tuned on).
_HEADINGS = ["What happens next", "The background", "Why it matters", "Key points", "Reaction",
             "Looking ahead", "The numbers", "What they said", "A long road", "Next steps",
             "Behind the scenes", "The response"]


def _between_paragraphs(text: str, lines: list[str], rng: random.Random,
                        first: int) -> Injected | None:
    """``lines`` inserted as paragraphs after a random paragraph from index ``first`` on (never
    after the last); the span is the last inserted line."""
    paragraphs = text.rstrip("\n").split("\n\n")
    if len(paragraphs) < first + 2:
        return None
    j = rng.randrange(first, len(paragraphs) - 1)
    start = len("\n\n".join(paragraphs[:j + 1] + lines)) - len(lines[-1])
    new = "\n\n".join(paragraphs[:j + 1] + lines + paragraphs[j + 1:]) + "\n"
    return Injected(new, ((start, start + len(lines[-1])),))


def _one_of(lines: list[str]) -> Injector:
    def one_line_between_paragraphs(text: str, title: str, rng: random.Random) -> Injected | None:
        return _between_paragraphs(text, [rng.choice(lines)], rng, 1)
    return one_line_between_paragraphs


# Written in session 7 to develop the doubled-heading fix on; _HEADINGS above stays its unseen check.
_HEADINGS_TUNE = ["Where things stand", "How we got here", "What we know", "The bigger picture",
                  "Timeline", "Analysis", "What comes next", "Context", "The cost to families",
                  "Public reaction", "Inside the deal", "By the numbers", "What to watch",
                  "Under pressure", "A second chance"]


def _doubled(headings: list[str]) -> Injector:
    def doubled_heading(text: str, title: str, rng: random.Random) -> Injected | None:
        """A section heading emitted twice in a row, below the first lines (repeated-title's)."""
        heading = rng.choice(headings)
        return _between_paragraphs(text, [heading, heading], rng, 5)
    return doubled_heading


# ---------------------------------------------------------------------------------------------
# Session 8 (inject8) wrote everything from here to INJECTORS blind: without opening the rules
# (rules/*.yaml, textlint_news/kinds/) or the lists above, before any rule change, from what
# pages of 2020-2026 news and web sites leave in extracted text. Each class has a TUNE list that
# rules may be developed on and a CHECK list that nobody reads item by item (its row is the
# unseen estimate). The articles are English; a few items are German, French or Spanish where
# the class occurs on such pages.

# One line of page furniture between two paragraphs of the body.
S8_FURNITURE_TUNE = [
    # commerce and affiliate
    "$129.99 at Best Buy", "Buy now on Amazon — was $249, now $179", "Shop the deal",
    "Save 30% with code SPRING30", "Price: £24.99 | Buy from Waterstones",
    "We may earn a commission when you buy through links on our site.",
    # navigation
    "Home | World | Business | Tech | Sport", "Sections",
    # share rows and comment widgets
    "Share this: Facebook X WhatsApp Email", "Tweet Share Pin Email", "Partager sur Facebook",
    "12 Comments", "Join the conversation — view comments", "Leave a comment",
    # credits and caption labels
    "Photograph: Jane Barlow/PA", "Credit: Leon Neal/Getty Images", "Caption",
    "Watch: Firefighters battle the blaze overnight (2:14)",
    "Reporting by Dan Wirth; Editing by Clara Ruiz",
    # advertisement labels
    "Sponsored content", "ADVERTISEMENT - SCROLL TO CONTINUE", "Publicidad",
    # tags and topics
    "Topics: Climate, Energy, Europe", "Filed under: Politics",
    # author bio
    "Sam Ortiz is a staff writer covering transportation and city hall. Reach him at "
    "sortiz@example.com.",
    # newsletter and app prompts
    "Get the app", "Sign up for The Morning Download, our free weekday newsletter",
    # related stories
    "Elsewhere on the site", "Around the region", "Most read", "Mehr zum Thema",
    "Von der Redaktion empfohlen",
    # publication stamps and counters
    "Published 6:42 AM EST, Tue March 4, 2025", "Updated: 14 Jun 2023 09:15 BST", "4 min read",
    "847 reactions", "Image 3 of 12",
]
S8_FURNITURE_CHECK = [
    "From $59 at Walmart", "Check price at Target",
    "Deal of the day: noise-cancelling headphones for $89",
    "News · Opinion · Sport · Culture · Lifestyle",
    "Email this story", "Share on LinkedIn  |  Share on Reddit", "Compartir en WhatsApp",
    "View 38 comments",
    "Photo by Marco Bello/Reuters", "Video: Storm damage along the coast", "Foto: dpa",
    "Story continues below advertisement", "Anzeige",
    "Tagged: housing, interest rates, mortgages",
    "Priya Nair covers health policy for the paper and previously worked at a regional "
    "broadcaster.",
    "Download our app for breaking news alerts",
    "More on this topic", "Staff favourites", "Lire aussi",
    "Posted on August 19, 2024 by admin", "2,341 views",
]

# One or two lines appended after the last paragraph ("\n" separates the two lines of an item).
S8_FOOTER_TUNE = [
    # copyright
    "© 2024 Harbor City Media Group. All Rights Reserved.",
    "Copyright © 2023 The Ridgeway Ledger | Powered by WordPress",
    "(c) Lakeland Times 2022",
    "All content © Copyright 2021 Granite State Media. All rights reserved.",
    "© Le Courrier du Sud – Tous droits réservés",
    # contact and tips
    "Have a news tip? Email tips@lakeshorepost.com or call 555-0142.",
    "Got a story idea? Contact our newsroom.",
    "Contact the author: mkeller@example.org\nFollow her on X @mkeller",
    # follow us
    "Follow us on Instagram, TikTok and YouTube", "Follow @MidlandDispatch for more updates",
    "Síguenos en Facebook, X e Instagram",
    # newsletter
    "Want more stories like this? Sign up for our weekly newsletter.",
    "Subscribe to our newsletter\nNo spam. Unsubscribe anytime.",
    # more from
    "More from Business", "More from The Coastline Journal",
    # corrections, comments, reprints
    "Corrections: If you spot an error in this article, please let us know.",
    "Report a typo or error", "Share your thoughts in the comments below.",
    "Read our community guidelines before commenting.", "Reprints & Permissions",
    # terms and privacy rows
    "Contact Us | About Us | Privacy Policy | Terms of Use",
    "Terms & Conditions · Cookie Settings · Accessibility",
    "© 2025 Bayside Broadcasting\nPrivacy Policy | Terms of Service",
    "Impressum | Datenschutz | Kontakt",
    # syndication and page links
    "This article originally appeared on The Conversation.",
    "Distributed by Tribune Content Agency, LLC.", "Back to top", "Print this article",
    # taglines with separators
    "The Piedmont Observer — Independent news for the Carolinas since 1987",
    "Northgate Tribune :: Your community, your news",
    "KWTR News 12 / Where the Valley gets its news",
]
S8_FOOTER_CHECK = [
    "Copyright 2022, Eastfield Daily News. All rights reserved.",
    "© 2026 Mountain West Broadcasting Inc.",
    "Alle Rechte vorbehalten. © 2024 Nordkurier",
    "Derechos reservados © 2023 Diario del Valle",
    "Know something we should cover? Send a tip to newsdesk@riverbend.news",
    "Follow The Sentinel on Facebook and X", "Suivez-nous sur Facebook et Instagram",
    "Stay connected\nFacebook · Instagram · LinkedIn",
    "Get the latest headlines in your inbox every morning — subscribe free.",
    "More from Opinion",
    "To report a correction or typo, please email corrections@metroline.com.",
    "Submit a letter to the editor",
    "About | Advertise | Careers | Privacy | Terms",
    "Privacy Notice\nDo Not Sell or Share My Personal Information",
    "Sitemap ~ RSS ~ Contact",
    "Originally published on Civic Wire.", "Return to homepage",
    "Cascade Public Radio » News for the Pacific Northwest",
]


def _appended(footers: list[str]) -> Injector:
    def footer_lines_at_end(text: str, title: str, rng: random.Random) -> Injected | None:
        """One item after the last paragraph; its two lines, if any, as one paragraph or two."""
        lines = rng.choice(footers).split("\n")
        sep = rng.choice(["\n", "\n\n"])
        body = text.rstrip("\n")
        spans, pos = [], len(body) + 2
        for line in lines:
            spans.append((pos, pos + len(line)))
            pos += len(line) + len(sep)
        return Injected(f"{body}\n\n{sep.join(lines)}\n", tuple(spans))
    return footer_lines_at_end


def proper_noun_lowercase_rare(text: str, title: str, rng: random.Random) -> Injected | None:
    """Lowercase one mention of a name the text capitalises only once or twice in all.

    Harder than ``proper_noun_lowercase``: the text offers little evidence that the word is a
    name (a surname said once, a town named twice). Same notion of a name: not an ordinary
    English word, capitalised in mid-sentence, never written in lower case elsewhere.
    """
    capitals: dict[str, list[regex.Match]] = {}
    for m in _MID_CAPITAL.finditer(text):
        capitals.setdefault(m.group(), []).append(m)
    names = sorted(w for w in capitals
                   if len(regex.findall(rf"\b{w}\b", text)) <= 2 and w[1:].islower()
                   and not is_english_word(w.lower())
                   and not regex.search(rf"\b{w.lower()}\b", text))
    if not names:
        return None
    m = rng.choice(capitals[rng.choice(names)])
    return Injected(text[:m.start()] + m.group().lower() + text[m.end():], ((m.start(), m.end()),))


# Sentences with one lowercased name, in brackets: a surname after a title, a name with a
# possessive, places (cities, countries, regions), nationalities and languages, organisations
# and brands. Appended to a body paragraph; the span is the lowercased word.
S8_LOWERCASED_NAME_TUNE = [
    # surname after a title
    "President [macron] said talks would resume next week.",
    "Dr. [okafor] declined to comment further.",
    "Prime Minister [albanese] has yet to respond.",
    "Senator [whitehouse] called the ruling a setback.",
    "Chancellor [scholz] met the other leaders in Brussels.",
    "Ms. [okonjo] will take up the post in June.",
    "Professor [nakamura] led the study.",
    "Gov. [hochul] signed the bill on Thursday.",
    "Coach [ancelotti] praised his players afterwards.",
    "Mayor [bass] toured the damaged area on Wednesday.",
    "Judge [chutkan] set a trial date for the spring.",
    # possessive
    "Analysts expect [germany]’s economy to shrink again this year.",
    "Shares in [musk]’s company fell sharply on the news.",
    "Economists say [india]'s central bank will hold rates steady.",
    # places
    "The delegation later travelled to [lagos] for meetings.",
    "Officials in [tucson] confirmed the closure on Friday.",
    "Farmers across [saskatchewan] are bracing for drought.",
    "Rain is forecast for much of [normandy] this weekend.",
    "Flights to [reykjavik] were cancelled.",
    "He studied in [leipzig] before moving abroad.",
    "The council in [wollongong] voted against the plan.",
    "Police in [manchester] made three arrests.",
    "Residents of [kherson] lost power overnight.",
    "The group has offices in [nairobi] and Accra.",
    "Residents in the [algarve] were told to conserve water.",
    # nationalities and languages
    "Many [brazilian] voters stayed home.",
    "The report was translated into [spanish] and Arabic.",
    "The [kenyan] government disputed the figures.",
    "The [ukrainian] army said it repelled the attack.",
    "Speaking in [french], the minister thanked the crowd.",
    # organisations and brands
    "A spokesperson for [unicef] said aid was delayed.",
    "Workers at [volkswagen] plants walked out on Monday.",
    "Sales at [ikea] rose for a third quarter.",
    "Engineers at [nasa] are reviewing the data.",
    "A [microsoft] spokesperson declined to comment.",
]
S8_LOWERCASED_NAME_CHECK = [
    "President [lula] spoke to reporters in Brasília.",
    "Dr. [fernandes] said the results were encouraging.",
    "Former Prime Minister [sunak] attended the ceremony.",
    "Mrs. [haddad] thanked the volunteers.",
    "Inspector [walsh] led the inquiry.",
    "Rep. [ocasio-cortez] questioned the witness.",
    "Investors worry about [japan]’s ageing workforce.",
    "Employees at [bezos]’s rocket company were told on Monday.",
    "The convoy reached [mariupol] before dawn.",
    "Officials in [boise] issued a heat warning.",
    "Wildfires spread across [andalusia] on Sunday.",
    "The plant near [gdansk] will close next year.",
    "Temperatures in [phoenix] topped 115 degrees.",
    "He grew up in rural [tasmania].",
    "Many [nigerian] students applied for the scheme.",
    "The app is available in [german] and Italian.",
    "The [mexican] peso weakened against the dollar.",
    "A [toyota] recall covers nearly a million cars.",
    "A [samsung] executive confirmed the delay.",
    "Fans of [arsenal] gathered outside the stadium.",
    "Shares of [nvidia] rose 4% in early trading.",
]
_MARKED = regex.compile(r"\[(?P<w>[^\]]+)\]")


def _with_lowercased_name(sentences: list[str]) -> Injector:
    def lowercased_name_in_sentence(text: str, title: str, rng: random.Random) -> Injected | None:
        """One sentence of ``sentences`` appended to a body paragraph that ends a sentence."""
        paragraphs = text.rstrip("\n").split("\n\n")
        prose = [i for i, p in enumerate(paragraphs)
                 if len(p.split()) >= 12 and "\n" not in p and p[-1] in ".!?”\""]
        if not prose:
            return None
        i = rng.choice(prose)
        m = _MARKED.search(marked := rng.choice(sentences))
        start = len("\n\n".join(paragraphs[:i + 1])) + 1 + m.start()
        paragraphs[i] += " " + marked[:m.start()] + m["w"] + marked[m.end():]
        return Injected("\n\n".join(paragraphs) + "\n", ((start, start + len(m["w"])),))
    return lowercased_name_in_sentence


# Section headings emitted twice in a row, the second copy differing only in case or a trailing
# colon (an extractor taking a heading and its styled twin, or a table of contents' entry).
S8_HEADINGS_TUNE = [
    "What the ruling means", "Who is affected", "The deal in detail", "How the vote broke down",
    "Winners and losers", "What experts say", "The road to the election", "Why prices are rising",
    "A family's story", "Early warnings", "The money trail", "What happens to renters",
    "Lessons from 2008", "Questions remain", "The science", "On the ground",
    "Voices from the border", "Where the money goes", "Frequently asked questions",
    "The opposition responds", "A divided city", "Risks ahead", "What changed overnight",
    "Key dates", "The judge's decision", "Rescue efforts", "Who foots the bill", "Origins",
    "What's next for the team", "Aftermath",
]
S8_HEADINGS_CHECK = [
    "How the fire spread", "Who was on board", "The case against him", "Money worries",
    "What residents want", "A slow recovery", "Inside the hospital", "The missing link",
    "What the figures say", "The human cost", "Reactions abroad", "Legal challenges",
    "A second term", "Looking for answers", "Highlights", "Schools reopen", "The fine print",
    "Paying the price",
]


def _heading_twin(heading: str, rng: random.Random) -> str:
    """``heading`` in another case, or with a colon: never the same string."""
    twins = {heading.upper(), heading.lower(), heading.title(), heading + ":"} - {heading}
    return rng.choice(sorted(twins))


def _doubled_variant(headings: list[str]) -> Injector:
    def doubled_heading_variant(text: str, title: str, rng: random.Random) -> Injected | None:
        heading = rng.choice(headings)
        return _between_paragraphs(text, [heading, _heading_twin(heading, rng)], rng, 2)
    return doubled_heading_variant


# a paragraph's first sentence, ending in a lowercase word (not "Gov." or "U.S."), then its rest
_FIRST_SENTENCE = regex.compile(r"(?P<s>[^\n]+? \p{Ll}[\p{Ll}’'-]*[.!?][”\"]?) (?=[“\"]?\p{Lu})")


def short_paragraph_twice(text: str, title: str, rng: random.Random) -> Injected | None:
    """A one-sentence paragraph of 6-15 words emitted twice in a row. The sentence is a body
    paragraph of that shape or the first sentence of a longer one, set as a paragraph of its own
    (as news style writes it); the span is the second copy."""
    paragraphs = text.rstrip("\n").split("\n\n")
    places = []
    for i, p in enumerate(paragraphs):
        if "\n" in p:
            continue
        m = _FIRST_SENTENCE.match(p)
        sentence, rest = (m["s"], p[m.end():]) if m else (p, "")
        if 6 <= len(sentence.split()) <= 15 and sentence[-1] in ".!?”\"":
            places.append((i, sentence, rest))
    if not places:
        return None
    i, sentence, rest = rng.choice(places)
    head = paragraphs[:i] + [sentence]
    start = len("\n\n".join(head)) + 2
    new = "\n\n".join(head + [sentence] + ([rest] if rest else []) + paragraphs[i + 1:]) + "\n"
    return Injected(new, ((start, start + len(sentence)),))


def paragraph_again_at_end(text: str, title: str, rng: random.Random) -> Injected | None:
    """A body paragraph of six words or more (not the last) emitted again after the last one."""
    paragraphs = text.rstrip("\n").split("\n\n")
    earlier = [p for p in paragraphs[:-1] if len(p.split()) >= 6 and "\n" not in p]
    if not earlier:
        return None
    copy = rng.choice(earlier)
    body = "\n\n".join(paragraphs)
    return Injected(f"{body}\n\n{copy}\n", ((len(body) + 2, len(body) + 2 + len(copy)),))


# Session 8 (furniture8): more wordings of the s8 furniture classes, written from memory of news
# pages before the rules were generalised on them; a tune list (the s8 check lists stay unread).
S8_FURNITURE_MORE_TUNE = [
    # commerce
    "£89 at Argos", "€49,99 bei MediaMarkt", "Buy it on Amazon", "Check price at Target",
    "See it at Walmart", "View deal", "Get 20% off your first order",
    "Use code SAVE20 at checkout", "Was $199, now $149", "From $9.99/month",
    # navigation
    "More in Sport", "In other news", "Further reading", "Around the web", "Latest from Opinion",
    "Keep reading", "Read next", "Top headlines", "Weitere Artikel", "Lire aussi",
    "Te puede interesar", "Leggi anche", "Skip to content",
    # labels, ads and sponsors
    "Image caption", "Hide caption", "Anzeige", "Paid Post", "Promoted stories",
    "Presented by Harbor Bank", "Tags: Brexit, EU, Trade", "Categories: News, Local",
    "Posted in World News",
    # credits and bios
    "Photo by Jane Doe on Unsplash", "Illustration by Sam Lee", "(AP Photo/John Locher)",
    "Image source, Getty Images", "Additional reporting by Lena Park in Seoul",
    "Jane Doe is a senior correspondent based in Nairobi.",
    "Maria Lopez covers health and science for the Courier. Follow her on X.",
    # counts and stamps
    "1,204 views", "2.3K shares", "Photo 1 of 20", "Slide 2 of 8", "Posted 3 hours ago",
    "Last updated: 5 minutes ago",
]


# Session 8 (furniture8): a third tune list, the same classes in the shapes pages print them
# in, written before any rule was changed for it.
S8_FURNITURE_SHAPES_TUNE = [
    # commerce and affiliate
    "Amazon: $34.99", "$49 (was $79) at Amazon", "Best Buy: $299.99",
    "Available at Target and Walmart", "Free shipping on orders over $35",
    "This post contains affiliate links.", "Add to cart", "Our top pick: Anker PowerCore 10000",
    "Rating: 4.5/5", "★★★★☆", "See more deals",
    # navigation
    "Menu", "Home » News » Local", "Home > World > Europe", "Back to News", "Next article",
    "Next: How the vote was won", "Skip to main content", "Load more", "View all stories",
    "Page 2 of 5", "« Older posts", "Return to top",
    # share rows and comments
    "Share", "Share this story", "Link copied!", "Facebook Twitter LinkedIn", "Comments",
    "Post a comment", "Report abuse", "Sort by: Newest",
    # credits and captions
    "Getty Images", "AFP via Getty Images", "© Reuters", "(Photo by John Smith/AFP via Getty Images)",
    "The bridge after the storm. Photo: AP", "Source: Bloomberg", "Graphic: Sam Lee",
    "Courtesy of the family", "File photo",
    # advertisement
    "ADVERTISEMENT", "Ad", "Sponsored by Acme", "Advertisement Feature", "Content continues below",
    "Partner content",
    # tags and topics
    "Related topics", "#climate #energy", "More on: Climate change", "Topic: Elections",
    "Explore: Climate",
    # author
    "Jane Doe is the Courier's political editor.", "Contact the reporter at jdoe@courier.com",
    "Email: jdoe@courier.com", "@janedoe", "Jane Doe | Reporter", "Written by Jane Doe",
    "Posted by admin",
    # newsletter, app, support
    "Get the latest news delivered to your inbox", "Enter your email",
    "Download on the App Store", "Become a member", "Support our journalism", "Donate",
    # related
    "ALSO READ: Markets fall as rates rise", "Recommended", "Watch more", "More videos",
    # stamps and counters
    "June 4, 2025", "04/06/2025 10:15", "2 days ago", "Monday 3 March 2025 14.05 GMT",
    "First published on Tue 4 Mar 2025", "👍 34", "Views: 1,204", "5 min listen",
]


# Session 8 (furniture8): a fourth tune list, the widgets of 2020-2026 article pages (audio,
# gift and save buttons, summaries, partner boxes, notes on the story), written before the
# rules are changed for it.
S8_FURNITURE_WIDGETS_TUNE = [
    "Listen · 5:32", "Gift this article", "Save article", "Add to your saved stories",
    "This article is more than 2 years old", "Opens in new window", "AI-generated summary",
    "Read in app", "Subscribe to unlock this article", "Content from our partners",
    "Recommended by Outbrain", "Enjoy unlimited access for $1 a week", "View comments",
    "Read the full story", "Related coverage", "Show caption", "Close dialog",
    "This story has been updated.", "Editor's note: This story has been updated with new figures.",
    "Copyright 2025 The Associated Press. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Follow topics and authors", "Key takeaways", "Audio available", "Explore more",
    "Sponsored links", "Most popular", "Want to read more? Subscribe today",
    "Story by Jane Doe", "Jane Doe", "Staff Writer", "Updated Mar 4, 2025, 10:12am EST",
    "Published March 4, 2025 9:15am", "Posted on March 4, 2025 by Jane Doe", "3 min",
    "Image 4/12", "Photos: 14", "Watch now", "Listen now", "Play video",
    "Open in app", "Get the app", "Log in", "Sign up", "Subscribe", "Print edition",
    "Today's paper", "E-edition", "Weather", "Traffic",
]


# Session 8 (furniture8): a fifth tune list, more shapes of the same classes (captions with
# their label, ad labels, pagers, bios without a beat), written before the rules are changed.
S8_FURNITURE_EXTRA_TUNE = [
    "£15.99, Amazon", "Price when reviewed: $499", "Buy from £9.99", "Check availability",
    "Table of contents", "In this article", "Jump to", "All sections",
    "Share via Email", "Email a friend", "Save for later", "Bookmark", "Log in to comment",
    "Image caption, Crowds gathered outside the court", "Media caption, The moment the bridge fell",
    "Credit: Reuters", "(Getty Images)", "AP Photo",
    "ADVERTISING", "Ads by Google", "Remove ads",
    "Keywords: budget, council, ferry",
    "Jane Doe writes about technology and culture.", "Jane Doe has been a reporter since 2015.",
    "Never miss a story", "Turn on notifications", "Lee también", "Don't miss",
    "2025-03-04", "Mar 4, 2025 · 3 min read", "Shares: 12",
]


# Session 8 (furniture8): a sixth tune list, the same classes as German, French and Spanish
# pages print them, written before the rules are changed for it.
S8_FURNITURE_FOREIGN_TUNE = [
    "Foto: dpa", "Bildquelle: Getty Images", "Zum Artikel", "Jetzt abonnieren", "Teilen",
    "Artikel teilen", "Kommentare anzeigen", "Das könnte Sie auch interessieren",
    "Suivez-nous sur Facebook", "Abonnez-vous à notre newsletter", "Crédit photo : AFP",
    "Lire la suite", "Sur le même sujet", "Publié le 4 mars 2025 à 10h15",
    "Compartir en Facebook", "Te recomendamos", "Foto: EFE", "Sigue leyendo",
    "Suscríbete a nuestro boletín", "Más información", "Lee más",
]


# Session 8's second round (inject8b) wrote the four lists below blind, after the session's rule
# changes: without opening the rules, the kinds or the other lists, from an idea of 2020-2026 news
# and web pages. They are pure measuring sticks: nobody develops on them or reads their misses.
S8B_FURNITURE = [
    # navigation, widgets, labels
    "Skip to main content", "Back to top ↑", "Most read", "Trending now", "Show more",
    "Key event", "Pinned post", "Live · Updated 09:41 GMT", "Updated 14 minutes ago",
    "Read more: Inflation falls for a third month in a row", "Sponsored content",
    "Advertisement - Scroll to continue", "AI-generated summary", "Rate this article: ★★★★☆",
    # commerce and promos
    "Add to basket – £24.99", "Free shipping on orders over $50",
    "Save 40% – Black Friday deal ends tonight", "Sign up for our morning briefing",
    # social, counters, app banners
    "Share on WhatsApp", "Copy link", "Follow us on Threads", "1.2K comments", "Open in app",
    "Download the app for breaking news alerts",
    # consent and paywall
    "We use cookies to improve your experience. Accept all | Manage preferences",
    "You have 2 free articles left this month. Subscribe for unlimited access.",
    "This summary was generated with AI and reviewed by our editors.",
    # players and credits
    "Listen to this article · 6 min", "Episode 214 · 48:12", "Tap to unmute",
    "Watch: Firefighters battle blaze in downtown warehouse (1:34)",
    "Available on Apple Podcasts, Spotify and YouTube Music",
    "Photo: Getty Images / AFP", "Image credit: NASA/JPL-Caltech",
    # German, French, Spanish
    "Zum Newsletter anmelden", "Artikel teilen",
    "Lire aussi : La réforme des retraites adoptée au Sénat", "Abonnez-vous pour lire la suite",
    "Publicidad", "Compartir en X",
]

S8B_FOOTER = [
    "© 2025 Riverside Media Group. All rights reserved.",
    "Terms of Use | Privacy Policy | Cookie Settings",
    "Have a tip? Email us at tips@coastalreporter.com",
    "About the author\nJamie Ortiz covers city hall and transportation for the Ledger.",
    "Related topics\nEconomy · Housing · Interest rates",
    "Contact us · Advertise · Careers · Accessibility",
    "Was this article helpful? Yes / No",
    "Copyright 2024 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "Follow us\nFacebook  Instagram  LinkedIn  YouTube",
    "Tags: elections, senate, polling",
    "More from Business\nOil prices edge higher as OPEC+ weighs output",
    "Get our free app\nDownload on the App Store | Get it on Google Play",
    "Impressum | Datenschutz | Kontakt",
    "Mentions légales – Politique de confidentialité",
    "© Ediciones del Sur S.L. Todos los derechos reservados.",
    "Comments are closed.",
    "Published in print on March 3, 2025, Section A, Page 12.",
    "Support independent journalism\nDonate today from as little as $5 a month.",
    "Report an error",
    "Loading comments…",
    "Originally published by KFF Health News. Republished under a Creative Commons license.",
    "Manage cookies | Do Not Sell or Share My Personal Information",
    "Newsletter\nThe week's best stories, every Sunday. Sign up",
    "Previous article\nNext article",
    "Share this story\nX  Facebook  Email",
]

# One lowercased proper noun per sentence, in brackets (see _with_lowercased_name).
S8B_LOWERCASED_NAME = [
    # people after titles, first and last names, possessives
    "The motion was backed by Senator [warren] and two colleagues.",
    "Prime Minister [starmer] did not comment on the report.",
    "Dr. [okafor] said the trial would resume in the spring.",
    "The award went to [lena] Fischer, a physicist from Leipzig.",
    "Coach Mikel [arteta] praised the team's defending.",
    "A statement from [giorgia] Meloni's office followed hours later.",
    "Several of [zelensky]’s advisers travelled with him.",
    "The deal hinges on [tesla]’s new plant outside Berlin.",
    # places of all sizes
    "The storm made landfall near [tampa] late on Wednesday.",
    "Officials in [nairobi] said the roads had reopened.",
    "The festival moved to a village outside [bordeaux] this year.",
    "Turnout in [bavaria] was the highest since 1990.",
    "Flights from [singapore] were delayed by up to six hours.",
    "Residents of [kyiv] spent another night in shelters.",
    "The river burst its banks in [shropshire] after days of rain.",
    # nationalities and languages
    "The museum now offers guided tours in [ukrainian] and Polish.",
    "Two [brazilian] climbers reached the summit on Sunday.",
    "She gave the interview in fluent [mandarin].",
    "The [german] carmaker cut its forecast again.",
    # companies and brands
    "Shares of [nvidia] rose 4 percent in early trading.",
    "The app will no longer be available on [android] phones.",
    "He posted the video on [instagram] before deleting it.",
    "A spokesperson for [microsoft] declined to comment.",
    # events
    "Tickets for [glastonbury] sold out within an hour.",
    "The team is already looking ahead to the [olympics] in Los Angeles.",
    "Sales usually peak in the week before [christmas].",
    # institutions
    "The case will now go to the [bundestag] for a vote.",
    "The [pentagon] confirmed the strike on Tuesday.",
    "The bill now heads to [congress] after months of talks.",
    "Researchers at [oxford] University published the findings on Monday.",
]

S8B_INTERFACE = [
    "Your browser does not support the video tag.",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "You are currently offline. Some content may not be available.",
    "This content is blocked because you have not accepted social media cookies.",
    "To continue reading, please log in or create a free account.",
    "Your session has expired. Please sign in again.",
    "We noticed you are using an ad blocker. Please consider whitelisting our site.",
    "This page is best viewed in the latest version of Chrome, Firefox or Safari.",
    "You have reached your limit of free articles for this month.",
    "Something went wrong while loading this content. Please try again later.",
    "By continuing to browse this site, you agree to our use of cookies.",
    "Your email address has been confirmed. Thank you for subscribing!",
    "Turn on notifications to get alerts when this story is updated.",
    "Already a subscriber? Sign in to keep reading.",
    "This article is available to premium members only.",
    "You can change your privacy settings at any time by clicking Manage Consent at the bottom "
    "of the page.",
    "The embedded post could not be displayed because it has been deleted or made private.",
    "We are having trouble loading the live results. Refresh the page to try again.",
    "Your account has been signed out on this device.",
    "This video is no longer available in your region.",
]


# Interface notices about the reader's session, sign-in state, account or e-mail confirmation,
# the device being offline, the browser being unsupported, content failing to load, an embed
# that cannot be shown and consent blocking an embed, holding no word of cookies,
# subscriptions or paywalls. Written by notice8 (session 8) before the rule change, in its own
# wording; developed on (a tune list: the blind measuring sticks stay INTERFACE_CHECK and
# S8B_INTERFACE).
S8_SESSION_NOTICE_TUNE = [
    # the reader's session
    "Your session has timed out due to inactivity.",
    "For your security, you were logged out after thirty minutes without activity.",
    "Your login session is no longer valid; reload the page to continue.",
    "Your session ended because you signed in on another device.",
    # sign-in state
    "You are currently not signed in.",
    "You're browsing as a guest, so some features are unavailable.",
    "You are now signed in and will be redirected in a few seconds.",
    "You have successfully logged out.",
    # account and e-mail confirmation
    "We have sent a confirmation link to your email address.",
    "Please verify your email to finish creating your profile.",
    "Your registration is almost complete: follow the link we just emailed you.",
    "Your profile has been updated successfully.",
    "Confirm your e-mail address to activate your membership.",
    "A verification code has been sent to your phone number.",
    # the device offline
    "It seems your device has lost its connection to the internet.",
    "Check your internet connection and try again.",
    "You have no connection right now; stories you saved are still readable.",
    # the browser unsupported or outdated
    "Internet Explorer is not supported on this site.",
    "This browser version is no longer supported by our website.",
    "Your web browser is out of date and may not show this page properly.",
    # content that fails to load
    "We could not load this section right now. Please try again in a few minutes.",
    "This content failed to load.",
    "Sorry, the live updates could not be loaded. Please refresh.",
    "This feature is not available on your device.",
    # an embed that cannot be shown
    "The social media post in this spot cannot be shown in your region.",
    "This interactive graphic cannot be displayed on small screens.",
    "The player could not be loaded on your device.",
    # consent blocking an embed
    "To display this external content, you must agree to data processing by the provider.",
    "This video is blocked by your privacy choices; change them to watch it.",
    "External media are hidden until you give your consent.",
    # other languages
    "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
    "Sie sind offline. Bitte überprüfen Sie Ihre Internetverbindung.",
    "Dieser Inhalt kann ohne Ihre Einwilligung nicht angezeigt werden.",
    "Votre session a expiré, veuillez vous reconnecter.",
    "Ce contenu ne peut pas être affiché sans votre consentement.",
    "No se ha podido cargar el contenido. Por favor, inténtalo de nuevo.",
    "Tu sesión ha caducado. Vuelve a iniciar sesión.",
    "Conferma il tuo indirizzo email per completare la registrazione.",
    "Você está sem conexão com a internet.",
]
# News sentences with the same words (an e-mail system, a minister's account, a browser market,
# a session of parliament, an embedded reporter, a crash site, a lost connection): none is a
# notice, and none may be flagged (tests/kinds/test_furniture_notice.py pins them).
S8_SESSION_ARTICLE_SENTENCES = [
    "The hospital's e-mail system went down for three days after the ransomware attack.",
    "The minister's account on the platform was suspended on Friday after a string of posts.",
    "Chrome holds about two thirds of the country's browser market, ahead of Safari and Edge.",
    "The session of parliament ended at midnight without a vote on the budget.",
    "An embedded reporter with the brigade described the convoy's slow progress through the valley.",
    "Investigators returned to the site of the crash on Monday to recover the flight recorders.",
    "The outage left thousands of households offline for most of the weekend.",
    "Customers could not sign in to their bank accounts for several hours on Tuesday.",
    "The company confirmed that the e-mail addresses of 40,000 customers had been exposed.",
    "Police could not load the seized files onto their own computers, the court heard.",
    "The court ruled that the data was processed without the patients' consent.",
    "The embedded video of the arrest was viewed two million times before it was removed.",
    "The club's registration of the new striker could not be confirmed before the deadline.",
    "The old screens at the station could not display the new timetable, so passengers queued.",
    "Die Sitzung des Bundestages wurde am Abend nach einem Streit unterbrochen.",
    "La session parlementaire s'est achevée sans accord sur le budget de la défense.",
    "La conexión a internet se cortó en toda la región durante la tormenta del martes.",
    "The regulator's website crashed under the load of applications on the first morning.",
    "Voters whose registration has lapsed can renew it at any post office until March.",
    "The senator logged more than 200 hours in the simulator before the flight.",
]


# class name -> (injector, tag of the rules expected to find it)
INJECTORS: dict[str, tuple[Injector, str]] = {
    "repeated title": (repeated_title, "duplicate"),
    "pull quote": (pull_quote, "duplicate"),
    "repeated paragraph": (repeated_paragraph, "duplicate"),
    "bare attribution": (attribution, "duplicate"),
    "footer line": (footer, "boilerplate"),
    "furniture anywhere (tune list)": (_one_of(FURNITURE_TUNE), "boilerplate"),
    "furniture anywhere (unseen wordings)": (_one_of(_FURNITURE_ANYWHERE), "boilerplate"),
    "interface notice (tune list)": (_one_of(INTERFACE_TUNE), "boilerplate"),
    "interface notice (check list)": (_one_of(INTERFACE_CHECK), "boilerplate"),
    "navigation heading (tune list)": (_one_of(NAVIGATION_TUNE), "boilerplate"),
    "navigation heading (check list)": (_one_of(NAVIGATION_CHECK), "boilerplate"),
    "page state (tune list)": (_one_of(PAGE_STATE_TUNE), "boilerplate"),
    "page state (check list)": (_one_of(PAGE_STATE_CHECK), "boilerplate"),
    "timestamp line (tune list)": (_one_of(TIMESTAMP_TUNE), "boilerplate"),
    "timestamp line (check list)": (_one_of(TIMESTAMP_CHECK), "boilerplate"),
    "media control (tune list)": (_one_of(MEDIA_TUNE), "boilerplate"),
    "media control (check list)": (_one_of(MEDIA_CHECK), "boilerplate"),
    "counter line (tune list)": (_one_of(COUNTER_TUNE), "boilerplate"),
    "counter line (check list)": (_one_of(COUNTER_CHECK), "boilerplate"),
    "byline (tune list)": (_one_of(BYLINE_TUNE), "boilerplate"),
    "byline (check list)": (_one_of(BYLINE_CHECK), "boilerplate"),
    "doubled heading": (_doubled(_HEADINGS), "duplicate"),
    "doubled heading (tune list)": (_doubled(_HEADINGS_TUNE), "duplicate"),
    "proper noun lowercased": (proper_noun_lowercase, "casing"),
    "capital after semicolon": (capital_after_semicolon, "casing"),
    "untranslated word": (untranslated_word, "translation"),
    "mojibake": (mojibake, "encoding"),
    "html entity": (html_entity, "encoding"),
    # session 8, written blind (see above)
    "furniture anywhere (s8 tune)": (_one_of(S8_FURNITURE_TUNE), "boilerplate"),
    "furniture anywhere (s8 check)": (_one_of(S8_FURNITURE_CHECK), "boilerplate"),
    "footer lines (s8 tune)": (_appended(S8_FOOTER_TUNE), "boilerplate"),
    "footer lines (s8 check)": (_appended(S8_FOOTER_CHECK), "boilerplate"),
    "proper noun lowercased, said once or twice (s8)": (proper_noun_lowercase_rare, "casing"),
    "lowercased name in a sentence (s8 tune)": (_with_lowercased_name(S8_LOWERCASED_NAME_TUNE),
                                                "casing"),
    "lowercased name in a sentence (s8 check)": (_with_lowercased_name(S8_LOWERCASED_NAME_CHECK),
                                                 "casing"),
    "doubled heading, case or colon (s8 tune)": (_doubled_variant(S8_HEADINGS_TUNE), "duplicate"),
    "doubled heading, case or colon (s8 check)": (_doubled_variant(S8_HEADINGS_CHECK), "duplicate"),
    "short paragraph twice (s8)": (short_paragraph_twice, "duplicate"),
    "paragraph again at the end (s8)": (paragraph_again_at_end, "duplicate"),
    "furniture anywhere (s8 more, tune)": (_one_of(S8_FURNITURE_MORE_TUNE), "boilerplate"),
    "furniture anywhere (s8 shapes, tune)": (_one_of(S8_FURNITURE_SHAPES_TUNE), "boilerplate"),
    "furniture anywhere (s8 widgets, tune)": (_one_of(S8_FURNITURE_WIDGETS_TUNE), "boilerplate"),
    "furniture anywhere (s8 extra, tune)": (_one_of(S8_FURNITURE_EXTRA_TUNE), "boilerplate"),
    "furniture anywhere (s8 foreign, tune)": (_one_of(S8_FURNITURE_FOREIGN_TUNE), "boilerplate"),
    # session 8's second round, written blind (see above)
    "furniture anywhere (s8b)": (_one_of(S8B_FURNITURE), "boilerplate"),
    "footer lines (s8b)": (_appended(S8B_FOOTER), "boilerplate"),
    "lowercased name in a sentence (s8b)": (_with_lowercased_name(S8B_LOWERCASED_NAME), "casing"),
    "interface notice (s8b)": (_one_of(S8B_INTERFACE), "boilerplate"),
    # session 8, notice8: the reader's session and device, loading, embeds (developed on)
    "interface notice (s8 session/device, tune)": (_one_of(S8_SESSION_NOTICE_TUNE), "boilerplate"),
}


# ---------------------------------------------------------------------------------------------
# Session 9 (inject9) wrote everything from here to the end blind, for issue 12: without opening
# the rules (rules/*.yaml, textlint_news/kinds/, rules/data/, docs/rules/) or the items of the
# lists above, from what news and web pages of 2015-2026 leave in extracted text (national and
# local papers, wire services, magazines, tech blogs, live blogs, recipe and review sites). Each
# class was written as one list, shuffled with a fixed seed (random.Random("s9 footer"),
# "s9 furniture", "s9 name") and halved: the TUNE half rules may be developed on, the CHECK half
# nobody reads item by item (its row is the estimate on wording nobody tuned on).

# Lines left after the last paragraph: copyright and licensing, newsletter, follow, share and
# comment prompts, "originally published" and print-edition notes, corrections, tags, bios,
# credits, app prompts, related-story leads, contact lines. "\n" separates an item's lines.
S9_FOOTER_TUNE = [
    "Topics\nClimate crisis\nEnergy\nEurope",
    "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International "
    "License.",
    "The Associated Press contributed to this report.",
    "Written by Sam Okoro; edited by Lena Fischer",
    "Send us your feedback",
    "Sign up for our Morning Briefing newsletter to get the day's top stories in your inbox.",
    "Share\nTweet\nEmail",
    "More on this story\nCity approves new bus lanes\nWhat the transit plan means for you",
    "Contact the author at mwhite@dailyherald.com or follow @mwhite_DH.",
    "This article was originally published on The Conversation. Read the original article.",
    "Got a story? Contact our newsroom at news@thecourier.co.uk or call 01382 575 000.",
    "Want more stories like this? Sign up for The Download, our daily newsletter.",
    "Found an error? Report it to corrections@globeandmail.com.",
    "For reprint and licensing requests for this article, click here.",
    "All content © 2025 WTOP. All rights reserved.",
    "Follow us on Twitter @CityDeskNews and on Instagram.",
    "Follow Rachel on X: @rachelreports",
    "Copyright © 2026 Hearst Magazine Media, Inc. All Rights Reserved.",
    "A version of this article appears in print on June 3, 2021, Section A, Page 14 of the New "
    "York edition with the headline: Flood Waters Recede.",
    "Last updated: 14 February 2025",
    "This is an opinion piece. The views expressed are the author’s own.",
    "Reporting by Tom Bergin; Editing by Alexandra Hudson",
    "Have a news tip? Email us at tips@northbaytimes.com.",
    "Subscribe to our YouTube channel for more videos.",
    "Support independent journalism. Become a member today for as little as $5 a month.",
    "Correction: An earlier version of this story misstated the date of the council vote. It was "
    "held on Tuesday.",
    "Contributing: Jorge L. Ortiz, USA TODAY",
    "© 2024 The Hartford Courant. All rights reserved.",
    "Updated 3:42 p.m. to include a statement from the governor’s office.",
    "Comments are closed on this story.",
    "Filed under: Politics, Elections 2024",
    "Please read our community guidelines before commenting.",
    "CNN’s Kylie Atwood and Jennifer Hansler contributed to this report.",
    "Additional reporting by Hannah Ellis in Delhi.",
    "Daniel Kim is a senior editor at The Verge, where he covers consumer tech.",
    "Jenna Alvarez covers education for the Star Tribune. Reach her at 612-555-0142.",
    "This article appeared in the print edition under the headline “Bad blood”.",
    "Like this story? Share it with a friend.",
    "Was this article helpful? Yes / No",
    "Never miss a story: follow us on Google News.",
]
S9_FOOTER_CHECK = [
    "What do you think? Let us know in the comments.",
    "Stay up to date with the latest news by signing up for our free email alerts.",
    "Print | Email | Comment (12)",
    "Related: The best budget laptops of 2025",
    "Read next\nInside the race to build a better battery",
    "Editor’s note: This story has been updated to include comment from the school district.",
    "About the author: Priya Nair is a freelance writer based in Bengaluru who writes about food "
    "and travel.",
    "—Compiled by staff writer Dana Ruiz",
    "This story was produced in partnership with KFF Health News.",
    "This post may contain affiliate links. We may earn a commission on purchases made through "
    "them.",
    "Republished with permission from Grist. © 2022 Grist Magazine, Inc.",
    "To read more stories like this, subscribe to The Local.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Download the free NBC 7 app for breaking news alerts on your phone.",
    "Posted in: Tech, Gadgets, Reviews",
    "First published on Sat 12 Mar 2022 08.00 GMT",
    "If you or someone you know is struggling, call or text 988 to reach the Suicide & Crisis "
    "Lifeline.",
    "Licensed content from Newsquest Media Group.",
    "Enjoyed this article? Buy us a coffee.",
    "Disclosure: The author owns shares in Apple.",
    "Back to top",
    "Questions about this story? Write to us at readers@sfchronicle.com.",
    "Get the app\nAvailable on the App Store and Google Play",
    "© Copyright Guardian News & Media Limited",
    "Source: Reuters",
    "Tags: housing, city council, zoning, Portland",
    "Copyright 2023 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed without permission.",
    "Listen to this story on the Spotify app.",
    "Sponsored content: This article was paid for by the Colorado Tourism Office.",
    "Want to republish this story? Here’s how.",
    "Terms of Use | Privacy Policy | Cookie Settings | Accessibility",
    "Prices were accurate at the time of publishing.",
    "Share this article: Facebook | X | LinkedIn | Email",
    "More from Business Insider:",
    "Join the conversation: leave a comment below.\nPlease keep comments civil and on topic.",
    "Read more: Why rents keep rising in the suburbs",
    "Loading comments…",
    "Scroll down for the next article",
    "Keep reading with a free account\nAlready a subscriber? Sign in",
    "View comments (48)",
]

# Furniture between two paragraphs of the body: ad labels, captions and photo credits, related
# links, most-read and trending headings, newsletter boxes, live-blog labels and times, section
# menus, embed placeholders, polls and quizzes, video, audio and gallery labels, paywall and
# cookie notices, sponsor lines.
S9_FURNITURE_TUNE = [
    "toggle caption",
    "Subscribe to continue reading.",
    "You might also like",
    "Updated 2 hours ago",
    "ICYMI: Schools close early as heat wave spreads",
    "This post is no longer available.",
    "READ MORE: Council approves budget after marathon meeting",
    "3:15 PM GMT",
    "Now playing",
    "View this post on Instagram",
    "In pictures: The Met Gala’s best looks",
    "1 of 8",
    "Unlock unlimited access for £1",
    "Monday, 4 March 2024 09:12",
    "Click here to see the full gallery.",
    "Listen to this article · 6 min",
    "Play video",
    "BREAKING",
    "We use cookies to improve your experience. Accept all",
    "Scroll to continue with content",
    "Most Popular",
    "Price at time of publish: $49",
    "Supplied",
    "Open gallery",
    "This article is for subscribers only.",
    "See also: The 10 best beaches in Portugal",
    "WATCH | Residents describe the moment the storm hit",
    "Gift this article",
    "Live updates",
    "Around the web",
    "Posted 14m ago",
    "You have read 3 of 5 free articles this month.",
    "Take our poll: Should the city build the stadium?",
    "Paid partner content",
    "Swipe for more photos",
    "Ad Feedback",
    "LIVE",
    "Jump to: Ingredients | Method | Nutrition",
    "Vote now",
    "Don’t miss out: Subscribe for unlimited access",
    "Share on Facebook Share on Twitter Share via Email",
    "Rating: 4.5 out of 5 stars (312 reviews)",
    "Photo: Jessica Christian / The Chronicle",
    "Photograph: Tom Jamieson/The Guardian",
    "Print Recipe",
    "Quiz: How well do you know this week’s news?",
    "Loading…",
    "Courtesy of the family",
    "Show more",
    "(Photo by Mario Tama/Getty Images)",
]
S9_FURNITURE_CHECK = [
    "Story continues below advertisement",
    "Trending Now",
    "Audio player loading",
    "Continue reading the main story",
    "Watch: Drone footage shows the flooding in Valencia",
    "A worker inspects solar panels in Ningxia, China, in 2023. (Reuters)",
    "Graphic: Reuters",
    "Key event",
    "VIDEO",
    "Promoted stories",
    "Enlarge this image",
    "File photo",
    "A post shared by NASA (@nasa)",
    "Pinned post",
    "Pictured: The new stadium under construction last year",
    "Already a subscriber? Log in",
    "This content is hosted by a third party.",
    "Tap to unmute",
    "Embedded content: twitter.com",
    "Manage cookie preferences",
    "Editor’s picks",
    "Hide caption",
    "Skip advertisement",
    "ADVERTISEMENT",
    "Firefighters battle the blaze near Paradise, Calif., on Thursday. Credit: Noah Berger/AP",
    "Image: Bloomberg",
    "Get our free newsletter: Enter your email",
    "Sponsored by Toyota",
    "Home > News > Local",
    "Sign up for The Brief, our daily newsletter.",
    "News | Sport | Business | Opinion | Culture | Lifestyle",
    "Trending: Lottery jackpot climbs to $1.2 billion",
    "Advertisement",
    "Watch the full interview above.",
    "00:45",
    "Get the latest news delivered to your inbox",
    "Opinion | Politics",
    "Recommended",
    "Follow live coverage",
    "Buy now at Amazon for $129.99",
    "Article continues below",
    "10:42 a.m. ET",
    "Related Articles",
    "Most Read",
    "From our partners",
    "Related: How to claim the new energy rebate",
    "Presented by Chase",
    "Save article",
    "Image 3 of 12",
    "Up next",
]

# Sentences with one lowercased name in brackets (as ``_with_lowercased_name`` reads them):
# surnames after titles (some of them English words), possessives, places, nationalities and
# languages, organisations and agencies, brands, teams, events, holidays, religions, buildings
# and landmarks.
S9_NAME_TUNE = [
    "The [kurdish] forces withdrew from the town.",
    "Professor [moss] led the study at the University of Leeds.",
    "She finished fourth at the [olympics] in Paris.",
    "Chancellor [scholz] met the French president in Berlin.",
    "The [anglican] bishop called for calm.",
    "The contract went to [boeing] after a two-year review.",
    "Pilgrims travelled to [mecca] for the hajj.",
    "The plan mirrors [biden]’s approach to student debt.",
    "Rep. [crow] said the vote was a mistake.",
    "[spotify] raised its subscription price in the US.",
    "Riders set off from [florence] for the opening stage of the Tour.",
    "The [bundesliga] season resumes on Friday.",
    "The [ikea] store on the ring road will close in March.",
    "Rents in [lisbon] have doubled since 2015.",
    "The service took place at [westminster] Abbey.",
    "The [taliban] has barred women from most jobs.",
    "Dr [fox] said the trial results were encouraging.",
    "Prime Minister [albanese] said the budget would ease cost-of-living pressures.",
    "The [vatican] declined to comment.",
    "A new tunnel will link [denmark] and Germany by 2029.",
    "Justice [thomas] wrote a separate concurring opinion.",
    "Protesters gathered outside the [kremlin] walls.",
    "Several [brazilian] clubs have bid for the striker.",
    "Reverend [marsh] will lead the memorial service.",
    "Residents of [gaza] City were told to move south.",
    "[macron]’s party lost its majority in the assembly.",
    "Governor [hochul] signed the bill into law.",
    "Officials in [kherson] reported shelling overnight.",
    "Mrs [cook] has lived on the street for forty years.",
    "He was later released by [juventus] without a transfer fee.",
    "The company moved its headquarters to [austin] in 2021.",
    "Councillor [green] said residents had not been consulted.",
    "[fema] has sent teams to the affected counties.",
    "Sen. [graham] voted against the measure on Thursday.",
    "Shares in [nvidia] climbed 4% after the earnings report.",
    "A march through [soho] marked the start of Pride month.",
    "She grew up speaking [tagalog] at home.",
    "The [chelsea] manager was sacked after a run of defeats.",
    "[apple]’s new headset goes on sale in February.",
    "Mayor [adams] defended the police budget.",
    "Mr [bush] said he would not seek re-election.",
    "Judge [wood] adjourned the hearing until next week.",
    "[pakistani] officials denied the report.",
    "The album debuted at number one, [swift]’s twelfth to do so.",
    "Officer [rice] was placed on administrative leave.",
    "Farmers across [saskatchewan] are bracing for another dry summer.",
    "Prices at [aldi] rose less than at rival chains.",
    "Detective Inspector [hunt] appealed for witnesses to come forward.",
    "Tolls on the [severn] crossings were scrapped in 2018.",
    "He was born to [nigerian] parents in south London.",
]
S9_NAME_CHECK = [
    "Troops were moved from [bavaria] to bases further east.",
    "Analysts at [goldman] expect two rate cuts this year.",
    "[passover] begins at sundown on Friday.",
    "Drivers for [uber] staged a walkout in Toronto.",
    "The river burst its banks in [yorkshire] overnight.",
    "The bill passed the [bundestag] with a narrow majority.",
    "Students can now sit their exams in [welsh].",
    "Fireworks are banned on [hogmanay] in parts of the city this year.",
    "President [ruto] returned to Nairobi on Tuesday.",
    "Shops will open late the day after [thanksgiving].",
    "Talks between [ethiopia] and Egypt over the dam stalled again.",
    "Hikers were rescued from [snowdon] on Saturday.",
    "Tourists queued for hours outside the [colosseum].",
    "Her [mexican] passport expired last year.",
    "Churches were full on [easter] Sunday.",
    "A [french] court upheld the ban.",
    "Many families will break their fast together during [ramadan].",
    "Officials at [interpol] issued a red notice.",
    "Flights to [reykjavik] were cancelled because of the eruption.",
    "A [ukrainian] drone struck the refinery.",
    "Wildfires forced evacuations across [attica].",
    "Converts to [islam] in the region have grown in number.",
    "Midfielder [bellingham] scored twice against Serbia.",
    "Captain [stone] guided the plane to a safe landing.",
    "Critics say [musk]’s changes to the platform drove advertisers away.",
    "Inspector [frost] said no arrests had been made.",
    "The [yankees] have won five of their last six games.",
    "The [guggenheim] will host the retrospective next spring.",
    "The [hindu] festival draws millions to the river each year.",
    "Celebrations for [diwali] filled the streets of Leicester.",
    "Voters in [arizona] will decide the measure in November.",
    "Investigators from the [ntsb] arrived at the crash site on Sunday.",
    "The novel has been translated into [swahili] and Korean.",
    "Lord [sugar] said the show would return next year.",
    "[zelensky]’s office said the talks were constructive.",
    "Minister [patel] refused to answer questions about the contract.",
    "Exports from [vietnam] rose sharply last quarter.",
    "Supporters of [celtic] lined the route of the parade.",
    "Ms [king] will take up the role in January.",
    "Detectives spoke to Mr [wolf] at his home.",
    "Engineers at [nasa] delayed the launch by a week.",
    "Talks in [doha] resumed on Wednesday.",
    "Tickets for [glastonbury] sold out in under an hour.",
    "The [lakers] traded two first-round picks for the guard.",
    "Fans packed [anfield] for the midweek fixture.",
    "Mr [baker] told the inquiry he had not seen the email.",
    "The deal was reviewed by [ofcom] before it was approved.",
    "Flooding closed roads around the [everglades].",
    "Coach [bell] praised his defence after the win.",
    "A spokesperson for [unicef] said the aid convoy was delayed.",
]


# Titles and common nouns of institutions: edited English writes them in lower case as often as
# capitalised ("president Macron", "the government"), so lowercasing them is no defect.
_NOT_NAMES = frozenset("""
    President Prime Minister Secretary Senator Governor Mayor Chancellor King Queen Prince
    Princess Pope General Chief Director Judge Justice Professor Doctor Officer Sergeant Captain
    Commissioner Chairman Chair Bishop Lord Lady Dame Coach Representative Speaker Attorney
    Ambassador Admiral Colonel Lieutenant Detective Inspector Councillor Council Government
    Parliament State City County Court Party Police Army Committee Department Ministry Agency
    University Church Federal National Royal Republic Union Office Executive Vice Deputy Senior
    Former Street Road Avenue North South East West Northern Southern Eastern Western
""".split())
# a capitalised word of three letters or more after a lowercase word, a digit or a comma
_MID_NAME = regex.compile(r"(?<=[\p{Ll}\d,;:] )\p{Lu}\p{Ll}{2,}\b")


def proper_noun_lowercase_all(text: str, title: str, rng: random.Random) -> Injected | None:
    """Lowercase every mention of one name (the "kyiv" case: a writer or a tool that lowercased
    the name throughout); the spans are all its mentions, sentence starts included.

    A name is a word the text capitalises in mid-sentence at least twice and never writes in
    lower case, other than a title or an institution's common noun (``_NOT_NAMES``).
    """
    mid: dict[str, int] = {}
    for m in _MID_NAME.finditer(text):
        mid[m.group()] = mid.get(m.group(), 0) + 1
    names = sorted(w for w, n in mid.items() if n >= 2 and w not in _NOT_NAMES
                   and not regex.search(rf"\b{w.lower()}\b", text))
    if not names:
        return None
    name = rng.choice(names)
    mentions = [(m.start(), m.end()) for m in regex.finditer(rf"\b{name}\b", text)]
    return Injected(regex.sub(rf"\b{name}\b", name.lower(), text), tuple(mentions))


# Paragraphs an extractor emits twice, in the shapes pages give them: the lede again as the
# standfirst under the title, a paragraph again further down cut short as a teaser, a paragraph
# right after itself, a paragraph again with other quote marks or spacing.

def _whole(paragraphs: list[str], i: int) -> bool:
    """Paragraph ``i`` is one line of ten words or more (a body paragraph, not a list)."""
    return len(paragraphs[i].split()) >= 10 and "\n" not in paragraphs[i]


def _start(paragraphs: list[str], i: int) -> int:
    return sum(len(p) + 2 for p in paragraphs[:i])


def _again_later(paragraphs: list[str], i: int, copy: str, rng: random.Random) -> Injected | None:
    """``copy`` of paragraph ``i`` inserted after a later paragraph (one at least between)."""
    if i + 1 >= len(paragraphs):
        return None
    j = rng.randrange(i + 1, len(paragraphs))
    new = paragraphs[:j + 1] + [copy] + paragraphs[j + 1:]
    start = _start(new, j + 1)
    return Injected("\n\n".join(new) + "\n", ((start, start + len(copy)),))


def lede_as_standfirst(text: str, title: str, rng: random.Random) -> Injected | None:
    """The page's title, then the lede as its standfirst, then the article with the lede again.
    Either copy found finds it (which is "the copy" is the reader's guess); the title is added."""
    paragraphs = text.rstrip("\n").split("\n\n")
    if not _whole(paragraphs, 0) or not title:
        return None
    new = [title, paragraphs[0]] + paragraphs
    first, second = _start(new, 1), _start(new, 2)
    lede = len(paragraphs[0])
    return Injected("\n\n".join(new) + "\n", ((first, first + lede), (second, second + lede)),
                    (0, first + lede))


def truncated_teaser(text: str, title: str, rng: random.Random) -> Injected | None:
    """A paragraph of sixteen words or more again further down, cut after a third to two thirds
    of its words and ended with "…" or "..." (a teaser or a related-link preview of it)."""
    paragraphs = text.rstrip("\n").split("\n\n")
    long = [i for i in range(len(paragraphs) - 1)
            if _whole(paragraphs, i) and len(paragraphs[i].split()) >= 16]
    if not long:
        return None
    i = rng.choice(long)
    words = paragraphs[i].split(" ")
    cut = " ".join(words[:rng.randint(max(8, len(words) // 3), 2 * len(words) // 3)])
    teaser = cut.rstrip(",;:—-") + rng.choice(["…", "...", " …"])
    return _again_later(paragraphs, i, teaser, rng)


def paragraph_right_after_itself(text: str, title: str, rng: random.Random) -> Injected | None:
    """A body paragraph of ten words or more emitted twice in a row; the span is the second."""
    paragraphs = text.rstrip("\n").split("\n\n")
    whole = [i for i in range(len(paragraphs)) if _whole(paragraphs, i)]
    if not whole:
        return None
    i = rng.choice(whole)
    new = paragraphs[:i + 1] + paragraphs[i:]
    start = _start(new, i + 1)
    return Injected("\n\n".join(new) + "\n", ((start, start + len(paragraphs[i])),))


_CURLY = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
# a straight quote opening (after the start, a space or a bracket) or closing (elsewhere)
_STRAIGHT = regex.compile(r"""(?P<open>(?:^|(?<=[\s(\[]))["'])|(?P<close>["'])""")


def _curled(p: str) -> str:
    return _STRAIGHT.sub(lambda m: {'"': "“", "'": "‘"}[m.group()] if m["open"]
                         else {'"': "”", "'": "’"}[m.group()], p)


def _respaced(p: str, rng: random.Random) -> str:
    """Two spaces after each sentence, a no-break space for one space, or a doubled space."""
    if ". " in p and rng.random() < 0.5:
        return p.replace(". ", ".  ")
    spaces = [m.start() for m in regex.finditer(" ", p)]
    k = rng.choice(spaces)
    return p[:k] + rng.choice(["\u00a0", "  "]) + p[k + 1:]


def paragraph_again_restyled(text: str, title: str, rng: random.Random) -> Injected | None:
    """A body paragraph again further down with its quote marks swapped (curly for straight or
    the reverse) or, when it has none, its spacing changed: the same words, not the same string."""
    paragraphs = text.rstrip("\n").split("\n\n")
    whole = [i for i in range(len(paragraphs) - 1) if _whole(paragraphs, i)]
    if not whole:
        return None
    i = rng.choice(whole)
    p = paragraphs[i]
    straight = p.translate(_CURLY)
    copy = straight if straight != p else _curled(p)
    if copy == p or rng.random() < 0.3:
        copy = _respaced(copy, rng)
    return _again_later(paragraphs, i, copy, rng)


INJECTORS.update({
    "footer lines (s9 tune)": (_appended(S9_FOOTER_TUNE), "boilerplate"),
    "footer lines (s9 check)": (_appended(S9_FOOTER_CHECK), "boilerplate"),
    "furniture anywhere (s9 tune)": (_one_of(S9_FURNITURE_TUNE), "boilerplate"),
    "furniture anywhere (s9 check)": (_one_of(S9_FURNITURE_CHECK), "boilerplate"),
    "lowercased name in a sentence (s9 tune)": (_with_lowercased_name(S9_NAME_TUNE), "casing"),
    "lowercased name in a sentence (s9 check)": (_with_lowercased_name(S9_NAME_CHECK), "casing"),
    "proper noun lowercased in every mention (s9)": (proper_noun_lowercase_all, "casing"),
    "lede again as a standfirst (s9)": (lede_as_standfirst, "duplicate"),
    "paragraph again as a truncated teaser (s9)": (truncated_teaser, "duplicate"),
    "paragraph right after itself (s9)": (paragraph_right_after_itself, "duplicate"),
    "paragraph again, other quotes or spacing (s9)": (paragraph_again_restyled, "duplicate"),
})


# ---------------------------------------------------------------------------------------------
# Session 11 (lists11, 2026-11-30, before any of the session's rule changes) wrote everything
# from here to the end blind: without opening the rules (rules/*.yaml, textlint_news/kinds/,
# rules/data/), the README's rule sections, the data or the items of the lists above, from what
# news and web templates of 2015-2026 leave in extracted text across many sites, countries and
# CMSs. No rule writer has read these items: they are measuring sticks only, never a tune list.
# Do not develop on them or read which items miss; once one is read, write a fresh one.

# One line of site furniture between two paragraphs: ad and sponsor labels, captions and photo
# credits, related and recommended headings, breadcrumbs, tags, share rows, timestamps, pagers,
# author boxes, gallery, audio and video labels, polls, promos; a few in German, French, Spanish.
S11_FURNITURE = [
    "Story continues below this ad",
    "Related coverage: Council approves budget after marathon session",
    "(Image credit: Getty Images)",
    "Photograph: Jonas Ekström/TT News Agency via AP",
    "Listen to this article · 6 min",
    "Updated 3:42 PM EDT, Thu March 14, 2024",
    "Share on Facebook Share on X Share via Email",
    "Jump to: Overview | Timeline | Reactions",
    "What people are reading",
    "Gallery: 24 photos from the flood zone",
    "Click to enlarge",
    "Sign up for our Morning Briefing newsletter",
    "Home > News > Politics > Elections",
    "About the author: Priya Raman covers transportation and urban planning for the Ledger.",
    "Sponsored content from Harbor Bank",
    "Watch: Drone footage shows extent of wildfire damage",
    "Previous article Next article",
    "Tags: economy, inflation, interest rates",
    "Reading time: 4 minutes",
    "Download the PDF version",
    "LIVE UPDATES: Follow the latest on the storm here",
    "View comments (87)",
    "Posted in World, Asia-Pacific | 12 Comments",
    "Swipe for more photos",
    "Editor's picks",
    "Mehr zum Thema",
    "Publicité",
    "Ver galería completa",
    "Poll: Should the city ban e-scooters? Yes / No / Not sure",
    "Print this page",
    "Image 3 of 12",
    "Partner content",
    "Save article",
    "Last modified on Tue 9 Jan 2024 11.20 GMT",
    "Follow Tom Okoye on X: @tomokoye",
    "Audio version of this story: Play (5:31)",
]

# Lines appended after the last paragraph ("\n" separates an item's two lines): copyright and
# licences, legal and policy links, company registration, contact and tip lines, app-store and
# social prompts, newsletter and membership appeals, syndication notes, site credits.
S11_FOOTER = [
    "© 2024 Riverside Media Group. All rights reserved.",
    "Copyright ©2021 Valley Press Co. This material may not be redistributed without permission.",
    "Terms of Use | Privacy Policy | Cookie Settings | Accessibility",
    "Contact the newsroom: news@thecoastaldaily.com or 555-0142",
    "Get the app\nDownload on the App Store · Get it on Google Play",
    "Follow us on Facebook, Instagram and TikTok",
    "Subscribe to our free daily newsletter to get stories like this in your inbox.",
    "Got a news tip? Email tips@metrowire.net",
    "This story was originally published by Stateline.",
    "Reporting by Hannah Lee; Editing by Mark Potter",
    "Have your say in the comments below.",
    "Impressum | Datenschutz | AGB",
    "Mentions légales – Politique de confidentialité – Gérer les cookies",
    "Powered by WordPress | Theme by ThemeGrill",
    "Back to top",
    "Registered in England and Wales. Company number 04458123. Registered office: 1 Dock Street, "
    "Leeds.",
    "Do Not Sell or Share My Personal Information",
    "Advertise with us · Careers · Masthead",
    "The Tribune is a member of the Local News Alliance.",
    "Sitemap\nRSS feeds",
    "Support independent journalism. Become a member today from $5 a month.",
    "All content is licensed under Creative Commons Attribution 4.0 unless otherwise noted.",
    "Printed from northvalleytimes.com on 03/05/2023",
    "Share this:\nTwitter Facebook WhatsApp Email",
    "Send us your feedback | Report an error",
    "Listen to our podcast on Spotify, Apple Podcasts or wherever you get your podcasts.",
    "Press Releases · Obituaries · Classifieds · E-Edition",
    "Derechos reservados © 2022 Grupo Editorial Sur",
    "The views expressed in this article are the author's own and do not necessarily reflect "
    "the editorial policy of this site.",
    "Distributed by Tribune Content Agency, LLC.",
    "Join our WhatsApp channel for breaking news alerts",
    "Ownership and funding | Ethics policy | Corrections policy",
    "Made with ♥ in Portland, Oregon",
    "Tel. +44 20 7946 0000 | Fax +44 20 7946 0001",
    "Published by Harbour Lights Media Ltd, 14 Quay Road, Cork",
    "ISSN 2234-5678",
]

# Interface notices: cookie and consent banners, consent-gated embeds, sign-in and session
# messages, metered and hard paywalls, browser, device and connection notices, ad-blocker
# appeals, bot checks and error states; a few in German, French, Spanish.
S11_INTERFACE = [
    "We use cookies to personalise content and ads and to analyse our traffic. By continuing to "
    "browse, you agree to our use of cookies.",
    "Accept all cookies Reject non-essential Manage preferences",
    "This content is hosted by a third party. To view it, please allow social media cookies.",
    "You must be logged in to post a comment.",
    "Your session has expired. Please sign in again to continue.",
    "You've read 3 of your 5 free articles this month.",
    "Subscribe now to continue reading — first month just $1.",
    "This article is for subscribers only.",
    "Already a subscriber? Log in here.",
    "Your browser is out of date. Please update to the latest version for the best experience.",
    "JavaScript is disabled in your browser. Enable it to watch this video.",
    "It looks like you're using an ad blocker. Please whitelist our site to support local "
    "journalism.",
    "Sorry, this video is not available in your region.",
    "Oops! Something went wrong. Please refresh the page and try again.",
    "Loading comments…",
    "Please turn your device to landscape mode to view this interactive graphic.",
    "We noticed you're browsing in private mode.",
    "Thank you for registering! Please check your email to verify your account.",
    "Create a free account to unlock this article.",
    "Enable push notifications to get breaking news alerts.",
    "This page is best viewed on a desktop computer.",
    "Content unavailable. The embedded post may have been deleted.",
    "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.",
    "Pour lire la suite de cet article, abonnez-vous.",
    "Este contenido es exclusivo para suscriptores.",
    "You are offline. Some content may be unavailable.",
    "Your privacy choices have been saved.",
    "Please complete the security check to access this site.",
    "Access denied: you don't have permission to view this page.",
    "Error 404: The page you requested could not be found.",
    "By clicking “Sign up”, you agree to our Terms of Service and acknowledge our Privacy Notice.",
    "To continue, please confirm you are not a robot.",
    "Your subscription has lapsed. Renew now to keep reading.",
    "This site uses Akismet to reduce spam.",
    "Hit your article limit? Log in or subscribe for unlimited access.",
]

# Sentences a reporter writes with one proper noun, lowercased in brackets as
# ``_with_lowercased_name`` reads them: surnames after titles and alone (some of them English
# words), places (cities, states, countries, rivers, airports), nationalities and languages,
# companies and brands (some English words), clubs, parties, institutions, events and holidays.
S11_NAME = [
    "Speaking after the hearing, senator [whitehouse] called the ruling a setback.",
    "The company's shares fell 4% in [frankfurt] trading on Wednesday.",
    "Fans lined the streets of [reading] to welcome the team home.",
    "Prosecutors said [brown] had lied to investigators on at least two occasions.",
    "The ceasefire talks in [doha] are expected to resume next week.",
    "Analysts at [barclays] raised their year-end forecast for the index.",
    "The minister said [turkey] would not accept any deal that ignored its security concerns.",
    "A spokesperson for [amazon] declined to comment on the report.",
    "Thousands gathered in the square to mark the start of [ramadan] on Sunday evening.",
    "Police in [nice] said the suspect had been known to the authorities.",
    "The striker, who joined from [benfica] last summer, has scored nine goals.",
    "Her family moved to [mobile], Alabama, when she was eight.",
    "The report was compiled by researchers at [oxford] and Harvard.",
    "Mr [rice] told the inquiry he had never seen the memo.",
    "The vaccine developed by [moderna] was approved for children last year.",
    "Relations between Washington and [beijing] have deteriorated since the incident.",
    "Ticket sales for this year's [wimbledon] beat the organisers' forecast.",
    "Voters in [georgia] will return to the polls in December for a runoff.",
    "Chancellor [scholz] defended the decision in a speech to parliament.",
    "Tickets for [glastonbury] sold out within 30 minutes.",
    "The [danube] burst its banks in several places overnight.",
    "She later worked as an adviser to prime minister [modi] on energy policy.",
    "The deal gives [shell] a 30% stake in the offshore field.",
    "Officials in [victoria] ordered the evacuation of three towns as the fire spread.",
    "A [ukrainian] official said the strikes had damaged power infrastructure.",
    "He speaks fluent [portuguese] and some Mandarin.",
    "Shoppers at [target] stores reported empty shelves in several states.",
    "The coach said [jordan] had been the best player on the pitch.",
    "The museum on the banks of the [thames] reopened after a two-year refurbishment.",
    "Flights out of [heathrow] were delayed by up to three hours.",
    "The [vatican] said the pope would travel to Africa in the spring.",
    "Retailers expect a strong run-up to [christmas] despite higher prices.",
    "The ruling [likud] party lost two seats in the election.",
    "Ms [hope] said the charity had received more calls than ever.",
    "Engineers at [boeing] have been asked to review the design.",
    "A court in [lagos] adjourned the case until next month.",
    "The band's new album, recorded in [nashville], comes out in May.",
    "Forecasters warned that storm [ciarán] would bring gusts of up to 90mph.",
    "The [kremlin] has denied any involvement in the attack.",
]

# Subheadings a template or extractor prints twice, the twin differing in case or a colon:
# explainer, review, recipe, guide and live-story sections.
S11_HEADINGS = [
    "At a glance",
    "Key takeaways",
    "What happened",
    "Who is affected",
    "What the law says",
    "How to apply",
    "Where to watch",
    "The numbers behind the deal",
    "What critics say",
    "Timeline",
    "A long road to recovery",
    "Frequently asked questions",
    "What comes next for the club",
    "Background to the dispute",
    "How the vote works",
    "Summary",
    "Our verdict",
    "Pros and cons",
    "Specifications",
    "Method",
    "Ingredients",
    "The bottom line",
    "Why this matters now",
    "What residents told us",
    "Inside the courtroom",
    "Money matters",
    "Safety concerns linger",
    "Lessons from abroad",
    "By the numbers",
    "Fact check",
    "Price and availability",
    "Final thoughts",
    "How we tested",
]

INJECTORS.update({
    "furniture anywhere (s11)": (_one_of(S11_FURNITURE), "boilerplate"),
    "footer lines (s11)": (_appended(S11_FOOTER), "boilerplate"),
    "interface notice (s11)": (_one_of(S11_INTERFACE), "boilerplate"),
    "lowercased name in a sentence (s11)": (_with_lowercased_name(S11_NAME), "casing"),
    "doubled heading, case or colon (s11)": (_doubled_variant(S11_HEADINGS), "duplicate"),
})


# ---------------------------------------------------------------------------------------------
# Session 12 (lists12, 2026-11-30, before any of the session's rule changes) wrote everything
# from here to the end blind, the same way as session 11: without opening the rules, the data,
# the README's rule sections or the items of the lists above, from what news and web templates
# of 2015-2026 (news, blogs, shops, recipe, sports and local sites, wire services; many countries
# and CMSs) leave in extracted text. Measuring sticks only, never a tune list: do not develop on
# them or read which items miss; once one is read, write a fresh one.

# One line of site furniture between two paragraphs: ad and sponsor labels, captions and credits,
# related headings, breadcrumbs, tags, share rows, timestamps, pagers, newsletter boxes, live-blog
# labels, affiliate disclosures, correction labels, reading time, comment counts, recipe and
# sports widgets; a few in German, French and Spanish.
S12_FURNITURE = [
    "ADVERTISEMENT - CONTINUE READING BELOW",
    "Sponsored content from Northwind Superannuation",
    "Paid partnership",
    "Photograph: Fiona Hanlon/PA Wire",
    "The minister arrives at Parliament House in Canberra on Tuesday. (AAP Image/Lukas Reid)",
    "Pic: Collect/PA Real Life",
    "READ MORE | Flood warnings issued for three districts",
    "Also read: Sensex ends 300 points higher as IT stocks rally",
    "Promoted links by Taboola",
    "Home / Sport / Rugby Union / Six Nations",
    "Topics: health, infectious-diseases, queensland",
    "Filed under: Local, Crime & Courts",
    "Share  Tweet  Pin  Email",
    "Share this with Messenger WhatsApp Email Copy this link",
    "Published: 06:15 BST, 14 May 2019 | Updated: 11:02 BST, 14 May 2019",
    "First published on Wed 8 Nov 2023 09.41 GMT",
    "Last Updated: Jul 12, 2021, 10:40 PM IST",
    "« Previous 1 2 3 4 Next »",
    "Continue to page 2",
    "Want the best of our journalism in your inbox? Sign up for the free Evening Edition.",
    "Newsletter sign-up: The Morning Brief",
    "Pinned post",
    "Show key events only",
    "This post contains affiliate links. As an Amazon Associate I earn from qualifying purchases.",
    "When you buy through links on our site, we may earn a small fee at no cost to you.",
    "Clarification, 3 March 2022",
    "Estimated reading time: 4 minutes",
    "View 23 comments",
    "Join the discussion (31)",
    "Jump to Recipe · Print Recipe",
    "Prep time: 15 mins | Cook time: 40 mins | Serves: 4",
    "Match report | Line-ups | Stats",
    "Reporting by Lucy Marsh; Editing by Andrew Hale",
    "About the author: Priya Raman covers education and youth affairs.",
    "Listen to this article · 5:32 min",
    "Gallery: 18 photos from the Highland Games",
    "Obituaries | Classifieds | e-Edition",
    "In stock - ships within 2-3 business days",
    "Poll: Should the council ban e-scooters? Vote now",
    "Mehr zum Thema",
    "Lire aussi : La grève des cheminots se poursuit",
    "Te puede interesar",
]

# What pages leave under the article: copyright, contact and legal-link rows, site names with a
# tagline (various separators), app store lines, social follow lines, CMS credits; an item of
# two lines is one footer block.
S12_FOOTER = [
    "Copyright © 2024 Coastal Times Media Pty Ltd. All Rights Reserved.",
    "© 2019–2025 Hartwell Press Ltd\nRegistered in England and Wales No. 04123987",
    "Contact us | Advertise with us | Careers | Terms & Conditions | Privacy Policy",
    "About Us · Editorial Standards · Corrections · Ethics Policy · Accessibility",
    "Terms of Service - Privacy - Cookie Policy - Do Not Sell or Share My Personal Information",
    "Kingsbridge Gazette – Serving the South Hams since 1886",
    "Riverside Weekly :: Your community, your news",
    "Valley Voice // independent local journalism for the Yakima Valley",
    "Download the app\nApp Store | Google Play",
    "Get it on Google Play · Download on the App Store",
    "Follow us: Facebook · X · Instagram · YouTube · TikTok",
    "Connect with us on social media @LagosEveningPost",
    "Newsroom: newsdesk@coastaltimes.com.au | Tel: (02) 9123 4567",
    "Send us your news on WhatsApp: +44 7700 900123",
    "Impressum | Datenschutz | AGB | Kontakt",
    "Mentions légales - Politique de confidentialité - Gérer les cookies",
    "Aviso legal · Política de privacidad · Contacto",
    "Powered by WordPress | Theme: Newsline by Brightpixel",
    "Site by Ditto Digital",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Published by Mercer Regional Media, 14 High Street, Tamworth NSW 2340",
    "Back to top ↑",
    "Sitemap | RSS | Archive | Newsletters",
    "All content © 2023 WKBN-TV. All rights reserved.",
    "The Harbour Herald is a member of IPSO and abides by the Editors' Code of Practice.",
    "Part of the Northgate Regional network\n© Northgate Media 2017",
    "Made with ♥ in Lisbon",
    "Free returns within 30 days | Secure checkout | Pay later with Klarna",
    "Recipes © 2022 Hungry Fox Kitchen. Please do not reproduce without permission.",
    "Live scores and statistics provided by Opta",
    "The Island Post — Malta's independent voice since 1992",
]

# Notices addressed to the reader about the page or the device, as whole sentences: consent,
# JavaScript, browsers, ad blockers, paywalls and meters, accounts, notifications, media
# availability, region blocks, app prompts, form errors, loading and offline states.
S12_INTERFACE = [
    "By clicking “Accept”, you consent to the storing of cookies on your device to enhance site "
    "navigation.",
    "We use essential cookies to make our site work; with your consent we may also use "
    "non-essential cookies.",
    "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
    "Your consent choices have been saved, and you can withdraw consent via the Privacy link below.",
    "Diese Website verwendet Cookies. Wenn Sie weitersurfen, stimmen Sie der Cookie-Nutzung zu.",
    "En poursuivant votre navigation, vous acceptez l'utilisation de traceurs.",
    "This site requires JavaScript to run correctly. Please turn on JavaScript or unblock scripts.",
    "You need to enable JavaScript to run this app.",
    "Please enable JS and disable any ad blocker.",
    "Internet Explorer is no longer supported. Please switch to Microsoft Edge or another modern browser.",
    "Your web browser is not fully supported, so parts of this page may look or behave unexpectedly.",
    "We see you're using an ad-blocker. Ads keep our journalism free for everyone, so please add "
    "us to your allowlist.",
    "Looks like your ad blocker is on. Turn it off or subscribe to keep reading.",
    "This is your last free article this month.",
    "You've read 3 of 5 free articles. Subscribe for unlimited access.",
    "Subscribe to continue reading. Already a subscriber? Log in.",
    "This story is available exclusively to digital subscribers.",
    "Thanks for reading! To continue, register for free or log in.",
    "Weiterlesen mit Plus: jetzt vier Wochen für 0,99 € testen.",
    "Pour lire la suite de cet article, abonnez-vous dès 1 € le premier mois.",
    "You must be logged in to post a comment.",
    "Please sign in to save this article to your reading list.",
    "Your password has been reset. You can now log in with your new password.",
    "Get breaking news alerts: click Allow when your browser asks.",
    "Notifications are blocked. To enable them, change your browser settings.",
    "This video is unavailable because of copyright restrictions.",
    "Sorry, this audio clip is not available on your device.",
    "Your video will play after this ad.",
    "To play this video, you need to enable cookies for YouTube.",
    "We are sorry, this content is not available in your region due to licensing restrictions.",
    "Unfortunately, our website is currently unavailable in most European countries.",
    "Open this story in the app for the full experience.",
    "Add our site to your home screen for quicker access.",
    "Please enter a valid email address.",
    "Something went wrong. Please check your details and try again.",
    "This field is required.",
    "Loading comments…",
    "Loading, please wait...",
    "Content is loading. If nothing appears, please refresh the page.",
    "You are offline. Some content may be out of date.",
    "Este contenido no está disponible en tu navegador. Actualízalo para verlo.",
    "Il tuo browser non supporta la riproduzione di questo contenuto audio.",
]

# A news sentence with one proper noun written in lowercase (the [marked] span): people, places,
# clubs, companies, products, events, institutions; names that are also English words,
# possessives, acronyms and multi-word names.
S12_NAME = [
    "The club's new signing is expected to make his debut against [everton] next month.",
    "Police in [queensland] said the driver was taken to hospital with minor injuries.",
    "Shares in [shell] fell 2 per cent after the company cut its production forecast.",
    "The summit will be held in [nairobi] for the first time since 2016.",
    "Analysts said demand for the [iphone] had slowed in China during the holiday quarter.",
    "The leader of the council in [reading] said parking charges would be reviewed in the spring.",
    "Officials at [heathrow] said flights would resume once the runway had been inspected.",
    "The family's lawyer, Rachel [owens], told reporters they would appeal.",
    "The decision was welcomed by [unicef], which has warned of rising malnutrition in the region.",
    "Fans travelled from [bath] and Bristol to watch the final at Twickenham.",
    "A spokesperson for [amazon] declined to comment on the strike at the Coventry warehouse.",
    "Prime Minister Narendra [modi] opened the new terminal on Sunday.",
    "The festival returns to [glastonbury] in June after a fallow year.",
    "Forecasters say the storm will make landfall near [new orleans] late on Thursday.",
    "The report was commissioned by the [european commission] and published on Wednesday.",
    "Mr [okonkwo]'s campaign has focused on fuel prices and security in the north.",
    "Thousands gathered outside the [reichstag] to protest against the new energy law.",
    "He scored twice as [celtic] moved eight points clear at the top of the table.",
    "Residents of [christchurch] were told to boil drinking water until further notice.",
    "Engineers from [toyota] will help the university design a hydrogen bus for the city.",
    "The exhibition, which opened at the [louvre] in October, has drawn record crowds.",
    "The senator from [ohio] said she would vote against the bill in its current form.",
    "Talks between the two sides are expected to resume in [geneva] next week.",
    "Tickets for the [olympics] sold out within hours of going on sale.",
    "The [bundesbank] expects the economy to shrink slightly this year.",
    "The film stars Emma [stone] as a scientist who returns to her home town.",
    "Growers in [orange] County say the drought has cut citrus yields by a third.",
    "The lawsuit names [apple] and two of its suppliers as defendants.",
    "The band will play two nights in New York before heading to [nashville].",
    "Jacinda [ardern]'s government introduced the policy in 2019.",
    "Water levels on the [danube] have fallen to their lowest in a decade, disrupting shipping.",
    "The court in [the hague] will rule on the case early next year.",
    "The [ramadan] fast began on Monday in most Gulf countries.",
    "A spokesman for [fifa] said the governing body was aware of the reports.",
    "Speaking in [kampala], the president urged young people to register to vote.",
    "The carmaker said [jaguar] would sell only electric cars from 2026.",
    "Ministers met union leaders on Friday, but the [rmt] said no offer had been made.",
    "Rain delayed the start of play at [lord's] on the second morning.",
    "She grew up in [são paulo] before moving to Lisbon to study law.",
    "Budget airline [ryanair] said it would add 12 routes from Dublin this winter.",
    "Former prime minister Theresa [may] is expected to attend the memorial service.",
    "The new line links the airport with [canary wharf] in under 20 minutes.",
]

# Subheadings emitted twice in a row, the second copy differing only in case or a trailing colon:
# news, explainer, review, recipe, travel and sports sections.
S12_HEADINGS = [
    "What the budget means for you", "How the rescue unfolded", "A town divided over tourism",
    "The players to watch", "Method", "Ingredients", "Why this matters", "What the minister said",
    "Key takeaways", "The evidence so far", "Price and availability", "Our verdict",
    "Battery life", "Life after football", "A brief history of the pier", "The view from Brussels",
    "How to stay safe in the heat", "Tips for first-time buyers", "What the critics got wrong",
    "Growing up in Kerala", "The night everything changed", "Where to eat", "Getting there",
    "A rivalry renewed", "What police say", "Second half", "Support for victims",
    "Data and methodology", "The bigger question for schools", "Storage and reheating",
    "Who is running",
]

INJECTORS.update({
    "furniture anywhere (s12)": (_one_of(S12_FURNITURE), "boilerplate"),
    "footer lines (s12)": (_appended(S12_FOOTER), "boilerplate"),
    "interface notice (s12)": (_one_of(S12_INTERFACE), "boilerplate"),
    "lowercased name in a sentence (s12)": (_with_lowercased_name(S12_NAME), "casing"),
    "doubled heading, case or colon (s12)": (_doubled_variant(S12_HEADINGS), "duplicate"),
})


# Session 12 (furniture12): a TUNE list of interface notices and calls to act, written from
# what 2015-2026 page templates show (consent and paywall dialogs, browser and app banners,
# account and comment widgets, donation and poll buttons), to develop on; the `s11` and older
# check lists stay the measure.
S12_INTERFACE_TUNE = [
    # browsers and devices named, three products or more
    "This site works best with the latest versions of Chrome, Firefox, Edge or Safari.",
    "Your browser is no longer supported. Please switch to Firefox, Chrome or Microsoft Edge.",
    "For the best viewing experience, open this page on a desktop computer.",
    "To hear audio, make sure your phone is not on silent mode.",
    "Add this site to your home screen for quick access.",
    "Get breaking news alerts on your phone, tablet or smartwatch.",
    "Download the free app for iPhone, iPad and Android to read offline.",
    # calls to act with a verb of their own
    "Vote now",
    "Take our quiz",
    "Join the conversation",
    "Start your free trial today",
    "Claim your free gift now!",
    "Try it free for 30 days",
    "Renew your membership today",
    "Unlock this story and every other one for just $1 a week.",
    "Want stories like this in your inbox? Join 40,000 readers.",
    "Enjoyed this article? Share it with a friend.",
    "Got a news tip? Send it to our reporters.",
    "Missed the live event? Watch the replay on demand.",
    "To keep reading, create a free account or log in.",
    "For unlimited access, become a member today.",
    # notices in prose about the reader's session, device or the page
    "You are reading a preview. Subscribe to continue.",
    "You have reached your limit of free stories this month.",
    "Your comment is awaiting moderation.",
    "Your download will begin shortly.",
    "You must be logged in to post a comment.",
    "This feature requires a newer version of the app.",
    "Comments are closed for this story.",
    "By continuing to browse, you agree to our use of cookies.",
    "Sorry, this video is not available on mobile devices.",
    "Go to Settings to turn on location access for this app.",
    "Stay signed in on this device",
]

INJECTORS.update({
    "interface notice (s12 tune)": (_one_of(S12_INTERFACE_TUNE), "boilerplate"),
})


# ---------------------------------------------------------------------------------------------
# Session 21 (lists21, 2026-12-01) wrote benchmarks/data/injection/s21.json blind, before any of
# the session's rule changes: without opening the rules, the kinds, this file, the README or any
# data, from what 2015-2026 pages leave in extracted text. Its lists are data, not code, so that
# nobody reading this file reads them. The tune lists may be developed on; the check lists are
# measuring sticks: never read which items miss, and once one is read, write a fresh one.
_S21 = json.loads((Path(__file__).parent / "data" / "injection" / "s21.json").read_text("utf-8"))
_S21_ROWS = {  # row -> how an item is injected, the list's key, the tag that finds it
    "furniture anywhere": (_one_of, "furniture", "boilerplate"),
    "footer lines": (_appended, "footer", "boilerplate"),
    "interface notice": (_one_of, "interface", "boilerplate"),
    "lowercased name in a sentence": (_with_lowercased_name, "name", "casing"),
    "doubled heading, case or colon": (_doubled_variant, "headings", "duplicate"),
}
INJECTORS.update({f"{row} (s21 {part})": (inject(_S21[f"{key}_{part}"]), tag)
                  for row, (inject, key, tag) in _S21_ROWS.items() for part in ("tune", "check")})
