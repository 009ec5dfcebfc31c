"""The theme's Jinja environment made cheaper, with the same output to the byte.

- Compiled templates are kept on disk (`.cache/templates/`) by Jinja's own bytecode cache,
  shared by the builds of both languages and by later builds; a template whose source has
  changed is compiled again (the cache checks each template's source).
- Listing the theme's files skips its dot-folders: Material's `.icons/` holds some 14,000 icons
  that templates include by name and that MkDocs lists, once per language, only to drop them
  (it copies no file under a dot-folder).
"""

from __future__ import annotations

import os
from pathlib import Path

from jinja2 import FileSystemBytecodeCache, FileSystemLoader


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


def on_config(config):
    cache_folder = Path(config.config_file_path).parent / ".cache" / "templates"
    cache_folder.mkdir(parents=True, exist_ok=True)
    bytecode_cache = FileSystemBytecodeCache(str(cache_folder))
    theme = config.theme
    stock_environment = type(theme).get_env

    def get_env():
        environment = stock_environment(theme)
        environment.loader = ThemeLoader(theme.dirs)
        environment.bytecode_cache = bytecode_cache
        return environment

    theme.get_env = get_env
    return config
