"""Where the shared files are: ``../shared`` beside the checkout, or the folder named by
``IRAQWITHDRAWAL_SHARED``. Module-level, so that parametrised tests can list files."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("IRAQWITHDRAWAL_SHARED", ROOT.parent / "shared"))
ANCHORS = SHARED / "anchors"
