"""Draft agreements as documents: import, clause identity, redline, health cost, exports.

A draft version is read from .docx or .pdf (:mod:`.reading`), its paragraphs
parsed into a clause tree by Dutch drafting numbering (:mod:`.numbering`,
:mod:`.structure`), matched to the previous version so each clause keeps a
stable id across renumbering (:mod:`.matching`) and stored once, immutable
(:mod:`.store`). Two versions compare as a redline (:mod:`.redline`); what
each change costs in health, money and support comes from the one analysis
(:mod:`.cost`). Exports are pure functions to bytes (:mod:`.export_pdf`,
:mod:`.export_docx`, :mod:`.export_xlsx`). Nothing here imports Qt.
"""
