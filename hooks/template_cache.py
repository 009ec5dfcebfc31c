"""The Jinja environments of the theme and the pages made cheaper, with the same output.

- Compiled templates, the theme's, the pages' own text and the report texts that pages include,
  are kept on disk (`.cache/templates/`) by Jinja's own bytecode cache, shared by the builds of
  both languages and by later builds; a template whose source has changed is compiled again (the
  cache checks each template's source). Each environment has a folder of its own, as their
  settings differ.
- Listing the theme's files skips its dot-folders: Material's `.icons/` holds some 14,000 icons
  that templates include by name and that MkDocs lists, once per language, only to drop them
  (it copies no file under a dot-folder).
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from jinja2 import FileSystemBytecodeCache, FileSystemLoader
from mkdocs.plugins import event_priority


class ThemeLoader(FileSystemLoader):
    """MkDocs' theme loader, listing no file under a dot-folder."""

    def list_templates(self) -> list[str]:
        found = set()
        for root in map(os.fspath, self.searchpath):
            for folder, subfolders, names in os.walk(root, followlinks=self.followlinks):
                subfolders[:] = [name for name in subfolders if not name.startswith(".")]
                relative = os.path.relpath(folder, root).replace(os.sep, "/")
                prefix = "" if relative == "." else relative + "/"
                found.update(prefix + name for name in names)
        return sorted(found)


def bytecode_cache(config, environment_name: str) -> FileSystemBytecodeCache:
    folder = Path(config.config_file_path).parent / ".cache" / "templates" / environment_name
    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))


@event_priority(100)  # before Material's search plugin, which loads the theme's language files
def on_config(config):
    theme_cache = bytecode_cache(config, "theme")
    theme = config.theme
    stock_environment = type(theme).get_env

    def get_env():
        environment = stock_environment(theme)
        environment.loader = ThemeLoader(theme.dirs)
        environment.bytecode_cache = theme_cache
        return environment

    theme.get_env = get_env
    return config


def on_pre_build(config):
    macros = config.plugins.get("macros")
    if macros is not None:  # mkdocs-macros has made its environment in its on_config
        macros.env.bytecode_cache = bytecode_cache(config, "pages")
        macros.env.from_string = _kept_by_page(macros)


def _kept_by_page(macros):
    """mkdocs-macros compiles each page's text with `from_string`, which Jinja's bytecode cache
    does not serve: keep it under the name of the page being rendered and the number of the
    call (a page renders its own text, then each text it reads paragraph by paragraph), compiled
    again when that text changes."""
    environment = macros.env
    cache = environment.bytecode_cache
    calls: Counter[str] = Counter()

    def from_string(source, globals=None, template_class=None):
        page = macros.page.file.src_uri
        bucket = cache.get_bucket(environment, f"{page}#{calls[page]}", None, source)
        calls[page] += 1
        if bucket.code is None:
            bucket.code = environment.compile(source)
            cache.set_bucket(bucket)
        made = template_class or environment.template_class
        return made.from_code(environment, bucket.code, environment.make_globals(globals), None)

    return from_string
