"""A Content-Security-Policy on every page, as a `<meta http-equiv>` (the host sets no headers).

Scripts, styles, fonts, images and connections come from the site itself only. The inline
scripts allowed are those the theme's own script partials write for the page being built,
hashed from those partials rendered on their own, before any content is added: a script that
reaches a page in its content, title or words matches none of them and the browser refuses it,
as it refuses every inline event handler and `style` attribute.

A `<meta>` policy cannot say who may frame a page (`frame-ancestors`): that needs a response
header, which the README says how to add on a host that allows headers.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

CHARSET = '<meta charset="utf-8">'
SCRIPT_PARTIALS = "partials/javascripts/"
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
POLICY = (
    "default-src 'none'; script-src 'self'{hashes}; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
    "base-uri 'self'; form-action 'self'"
)

theme: dict = {}  # the theme's Jinja environment of the build under way
scripts_of: dict[
    str, set[str]
] = {}  # page or template name: the inline scripts its templates write


def in_preview() -> bool:
    """The editor's preview (`make serve`, SITE_PREVIEW=1) injects its own reload script into
    every page as it serves it, after this hook: it has no policy, and readers never see it."""
    return os.environ.get("SITE_PREVIEW") == "1"


def template_scripts(context: dict) -> set[str]:
    """The inline scripts the theme's script partials write in `context`."""
    environment = theme["environment"]
    return {
        script
        for name in theme["script_partials"]
        for script in INLINE_SCRIPT.findall(environment.get_template(name).render(context))
    }


def with_policy(html: str, written: set[str]) -> str:
    """The page with its policy as the first thing after the character set: of its inline
    scripts, those its templates wrote (`written`) run, by their hash."""
    if CHARSET not in html:
        raise PluginError("Material's <head> has changed: check hooks/content_security.py")
    hashes = "".join(
        f" 'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"
        for script in dict.fromkeys(INLINE_SCRIPT.findall(html))
        if script in written
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{POLICY.format(hashes=hashes)}">'
    return html.replace(CHARSET, CHARSET + meta, 1)


def on_env(env, config, files):
    """The theme's environment, and its script partials, listed once a build."""
    theme["environment"] = env
    theme["script_partials"] = env.list_templates(
        filter_func=lambda name: name.startswith(SCRIPT_PARTIALS)
    )
    return env


def on_page_context(context, page, config, nav):
    scripts_of[page.file.src_uri] = template_scripts(context)
    return context


def on_template_context(context, template_name, config):
    if template_name.endswith(".html"):
        scripts_of[template_name] = template_scripts(context)
    return context


def on_post_page(output: str, page, config) -> str:
    return output if in_preview() else with_policy(output, scripts_of.pop(page.file.src_uri))


@event_priority(100)  # before hooks/root_404.py keeps the default language's page
def on_post_template(output_content: str, template_name: str, config) -> str:
    """The pages built from templates alone (404.html) carry the policy too."""
    if in_preview() or not template_name.endswith(".html"):
        return output_content
    return with_policy(output_content, scripts_of.pop(template_name))
