"""Bridges to the tools people already use, each returning a ``Conversion(document, losses)``.

Import the module of the tool you need; ``import iraqwithdrawal`` imports none of them:

- :mod:`iraqwithdrawal.bridges.brat`: brat standoff (``.txt`` + ``.ann``), both ways, and
  the ``annotation.conf`` and ``visual.conf`` of a brat or INCEpTION project;
- :mod:`iraqwithdrawal.bridges.labelstudio`: Label Studio's labeling config, tasks with
  predictions, and completed annotations read back;
- :mod:`iraqwithdrawal.bridges.cas`: UIMA CAS XMI for INCEpTION, with a type system
  generated from the model (the ``inception`` extra: dkpro-cassis).
"""

__all__ = ["brat", "cas", "labelstudio"]
