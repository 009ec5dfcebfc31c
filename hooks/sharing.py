"""What a link to a page shows when shared on Facebook, WhatsApp or X: Open Graph and Twitter
card tags in the page's language, and the language's picture from the site itself
(assets/images/share-LANG.png, drawn by macros/share_image.py)."""

from __future__ import annotations

from markupsafe import Markup

IMAGE = "assets/images/share-{lang}.png"
TAG = Markup('<meta {kind}="{name}" content="{content}">')


def tags(page, config) -> Markup:
    """The sharing tags of `page`, for the language being built."""
    from macros import languages  # importable once mkdocs-macros has loaded it

    lang = config.theme["language"]
    edition = page.meta.get("edition")  # set by the macros on each page of an edition
    title = f"{page.title} ({edition})" if edition else page.title
    description = page.meta.get("description") or config.site_description
    image = config.site_url + IMAGE.format(lang=lang)
    properties = [
        # each language's home page (top of its own tree, as `/` and `/en/`) is the website
        ("og:type", "website" if page.is_top_level and page.is_index else "article"),
        ("og:site_name", config.site_name),
        ("og:title", title),
        ("og:description", description),
        ("og:url", page.canonical_url),
        ("og:locale", languages.og_locale(lang)),
        *(
            ("og:locale:alternate", languages.og_locale(other))
            for other in languages.languages()
            if other != lang
        ),
        ("og:image", image),
        ("og:image:type", "image/png"),
        ("og:image:width", "1200"),
        ("og:image:height", "630"),
        ("og:image:alt", config.site_name),
    ]
    names = [
        ("twitter:card", "summary_large_image"),
        ("twitter:title", title),
        ("twitter:description", description),
        ("twitter:image", image),
        ("twitter:image:alt", config.site_name),
    ]
    lines = [TAG.format(kind="property", name=n, content=c) for n, c in properties]
    lines += [TAG.format(kind="name", name=n, content=c) for n, c in names]
    return Markup("\n").join(lines)


def on_post_page(output: str, page, config) -> str:
    return output.replace("</head>", f"{tags(page, config)}\n</head>", 1)
