"""A griffe extension for the API reference: the docstrings are written for Python's own
tools, with reST roles (:class:`Span`, :func:`to_html`, :data:`ROLES`); the site shows each
such name as code instead of the role's raw markup."""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|data|attr|obj|exc|const):`~?([^`]+)`")


class RolesAsCode(griffe.Extension):
    """Rewrite ``:role:`name``` to ```name``` in every docstring."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = _ROLE.sub(r"`\1`", obj.docstring.value)
