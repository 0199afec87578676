"""MkDocs hooks: the docs/ pages are also read on their own (in a checkout, on a forge), so two
of their habits are translated for the site.

- A fence that names the file it holds (```python file=pkg/mod.py, which the tests read to
  write the outside package of extending.md) gets that name as its title.
- A link to a file of the repository outside docs/ (../src/...) becomes the file's path as
  code: the site does not carry the source tree.
"""

from __future__ import annotations

import re
from typing import Any

_FILE_FENCE = re.compile(r"^(\s*```[\w+-]+) file=(\S+)\s*$", re.M)
_OUTSIDE_LINK = re.compile(r"\[([^\]]+)\]\(\.\./(?!docs/)[^)\s]+\)")


def on_page_markdown(markdown: str, **_: Any) -> str:
    markdown = _FILE_FENCE.sub(lambda m: f'{m[1]} title="{m[2]}"', markdown)
    return _OUTSIDE_LINK.sub(lambda m: m[1], markdown)
