"""A Content-Security-Policy on every page, as a `<meta http-equiv>` (the host sets no headers).

Scripts, styles, fonts, images and connections come from the site itself only; the few inline
scripts Material writes run by their hash, computed here from the page as built; no inline event
handler or injected script runs, so a missed escape cannot run and no page loads another host.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

CHARSET = '<meta charset="utf-8">'
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
POLICY = (
    "default-src 'none'; script-src 'self'{hashes}; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
    "base-uri 'self'; form-action 'self'"
)


def with_policy(html: str) -> str:
    """The page with its policy as the first thing after the character set."""
    if CHARSET not in html:
        raise PluginError("Material's <head> has changed: check hooks/content_security.py")
    hashes = "".join(
        f" 'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"
        for script in dict.fromkeys(INLINE_SCRIPT.findall(html))
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{POLICY.format(hashes=hashes)}">'
    return html.replace(CHARSET, CHARSET + meta, 1)


def in_preview() -> bool:
    """The editor's preview (`make serve`, SITE_PREVIEW=1) injects its own reload script into
    every page as it serves it, after this hook: it has no policy, and readers never see it."""
    return os.environ.get("SITE_PREVIEW") == "1"


def on_post_page(output: str, page, config) -> str:
    return output if in_preview() else with_policy(output)


@event_priority(100)  # before hooks/root_404.py keeps the default language's page
def on_post_template(output_content: str, template_name: str, config) -> str:
    """The pages built from templates alone (404.html) carry the policy too."""
    if in_preview() or not template_name.endswith(".html"):
        return output_content
    return with_policy(output_content)
