"""Bridges to the tools people already use, each returning a ``Conversion(document, losses)``.

* :mod:`iraqwithdrawal.bridges.extractors`: the dicts of trafilatura, news-please and
  newspaper4k read into article skeletons;
* :mod:`iraqwithdrawal.bridges.jsonld`: schema.org JSON-LD (a page's, or our own
  :func:`~iraqwithdrawal.standards.to_schemaorg` export) read back, and
  :mod:`iraqwithdrawal.bridges.pages` the same from an HTML page;
* :mod:`iraqwithdrawal.bridges.spacy_doc`: articles to spaCy ``Doc`` objects and back
  (needs the ``spacy`` extra);
* :mod:`iraqwithdrawal.bridges.read`: the ``convert --from`` routes of the command line.

Each bridge is imported on its own; ``import iraqwithdrawal`` imports none of them.
"""
