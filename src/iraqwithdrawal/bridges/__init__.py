"""Bridges to the tools people already use, each returning a ``Conversion(document, losses)``.

Import the module of the tool you need; ``import iraqwithdrawal`` imports none of them:

- :mod:`iraqwithdrawal.bridges.brat`: brat standoff (``.txt`` + ``.ann``), both ways, and
  the ``annotation.conf`` and ``visual.conf`` of a brat or INCEpTION project;
- :mod:`iraqwithdrawal.bridges.labelstudio`: Label Studio's labeling config, tasks with
  predictions, and completed annotations read back;
- :mod:`iraqwithdrawal.bridges.cas`: UIMA CAS XMI for INCEpTION, with a type system
  generated from the model (the ``inception`` extra: dkpro-cassis);
- :mod:`iraqwithdrawal.bridges.extractors`: the dicts of trafilatura, news-please and
  newspaper4k read into article skeletons;
- :mod:`iraqwithdrawal.bridges.jsonld`: schema.org JSON-LD (a page's, or our own
  :func:`~iraqwithdrawal.standards.to_schemaorg` export) read back, and
  :mod:`iraqwithdrawal.bridges.pages` the same from an HTML page;
- :mod:`iraqwithdrawal.bridges.spacy_doc`: articles to spaCy ``Doc`` objects and back (the
  ``spacy`` extra);
- :mod:`iraqwithdrawal.bridges.read`: the ``convert --from`` routes of these bridges.
"""

__all__ = [
    "brat",
    "cas",
    "extractors",
    "jsonld",
    "labelstudio",
    "pages",
    "read",
    "spacy_doc",
]
