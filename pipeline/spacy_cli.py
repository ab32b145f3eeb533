"""`import spacy` without spaCy's command line, which this program never runs.

spaCy's `__init__` imports `spacy.cli.info` for its `spacy.info` helper, and with it the whole
command line package: typer, weasel, the download, project and training commands (330 modules,
0.15-0.2 s CPU of the ~1.2 s start-up, measured with process_time around `import pipeline.run`;
issue 16). `defer_spacy_cli` puts a deferred `spacy.cli` in their place before spaCy is
imported: the real package, whose `__init__` runs the first time one of its names is read, and a
`spacy.cli.info` whose `info` imports the real module when called. Submodules (`spacy.cli.download`)
load from the real folder as usual. Nothing spaCy annotates depends on the command line, so
every output is unchanged (cmp of the benchmark outputs).
"""
from __future__ import annotations

import importlib.util
import os
import sys
import types


def _deferred_cli(cli_dir: str) -> types.ModuleType:
    """The real `spacy.cli` package, its `__init__` not run until one of its names is first read.
    A submodule imported before that (`import spacy.cli.download`) loads from the real folder."""
    spec = importlib.util.spec_from_file_location("spacy.cli", os.path.join(cli_dir, "__init__.py"),
                                                  submodule_search_locations=[cli_dir])
    module = importlib.util.module_from_spec(spec)

    def load_on_first_read(name: str):
        del module.__getattr__
        importlib.import_module("spacy")  # first, as in a real import (`from spacy.cli import app` alone)
        sys.modules.pop("spacy.cli.info", None)  # the deferred one: the real __init__ imports the real one
        spec.loader.exec_module(module)
        return getattr(module, name)

    module.__getattr__ = load_on_first_read
    return module


def _deferred_info(cli: types.ModuleType) -> types.ModuleType:
    module = types.ModuleType("spacy.cli.info")

    def info(*args, **kwargs):
        getattr(cli, "app")  # runs the real package, which imports the real spacy.cli.info
        return sys.modules["spacy.cli.info"].info(*args, **kwargs)

    def bind_on_first_read(name: str):
        # spaCy's `from .cli.info import info` reads this first, while `spacy` is being imported:
        # modules found in sys.modules are not bound to their parents by the import system, so
        # `spacy.cli` is bound here, as a real import would.
        if name != "info":
            raise AttributeError(name)
        del module.__getattr__
        module.info = info
        parent = sys.modules.get("spacy")
        if parent is not None:
            parent.cli = cli
        return info

    module.__getattr__ = bind_on_first_read
    return module


def defer_spacy_cli() -> None:
    """Install the deferred `spacy.cli` unless spaCy (or its command line) is imported already."""
    if any(name in sys.modules for name in ("spacy", "spacy.cli", "spacy.cli.info")):
        return
    spec = importlib.util.find_spec("spacy")  # a top-level find: spaCy itself is not imported
    if spec is None or not spec.submodule_search_locations:
        return
    cli_dir = os.path.join(spec.submodule_search_locations[0], "cli")
    if not os.path.isfile(os.path.join(cli_dir, "info.py")):
        return
    cli = _deferred_cli(cli_dir)
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = _deferred_info(cli)
