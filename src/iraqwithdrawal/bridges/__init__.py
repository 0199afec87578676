"""Bridges to the tools people already use, each returning a ``Conversion(document, losses)``.

* :mod:`iraqwithdrawal.bridges.extractors`: the dicts of trafilatura, news-please and
  newspaper4k read into article skeletons;
* :mod:`iraqwithdrawal.bridges.jsonld`: a page's schema.org JSON-LD (and our own
  :func:`~iraqwithdrawal.standards.to_schemaorg` export) read back;
* :mod:`iraqwithdrawal.bridges.spacy_doc`: articles to spaCy ``Doc`` objects and back
  (needs the ``spacy`` extra).

Each bridge is imported on its own; ``import iraqwithdrawal`` imports none of them.
"""
