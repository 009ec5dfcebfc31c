"""The site's own stylesheet and page scripts, sent without their comments and spaces.

They are written to be read (overrides/assets/), and their comments say why each rule is there;
a reader's phone needs none of that. rcssmin and rjsmin rewrite the copies the build wrote,
after every other hook has read them (hooks/unused_css.py reads which classes the scripts name).
Material's files are minified already; the search worker is Material's bundled with ours.
"""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.plugins import event_priority

OURS = {"assets/stylesheets/site.css": rcssmin.cssmin, "assets/javascripts/*.js": rjsmin.jsmin}


@event_priority(-300)  # after the hooks that read the built files (-200)
def on_post_build(config) -> None:
    if getattr(config.plugins.get("i18n"), "building", False):
        return  # mkdocs-static-i18n's build of one more language: the site is not whole yet
    site = Path(config.site_dir)
    for pattern, minify in OURS.items():
        for path in site.glob(pattern):
            if not path.name.endswith(".min.js"):
                path.write_text(minify(path.read_text("utf-8")), "utf-8")
