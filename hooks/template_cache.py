"""Compile Material's templates once per process, not once per language.

mkdocs-static-i18n builds the whole site once per language, each time with a new Jinja
environment for the theme, which compiles every template again. A bytecode cache shared by
those environments (Jinja's own hook for this) keeps the compiled templates between them.
"""

from jinja2 import BytecodeCache


class SharedBytecodeCache(BytecodeCache):
    """Compiled templates kept in memory for the life of the process."""

    def __init__(self):
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


SHARED = SharedBytecodeCache()


def on_env(env, config, files):
    env.bytecode_cache = SHARED
    return env
