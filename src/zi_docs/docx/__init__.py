"""The OOXML layer: everything zi_docs knows about how a Word document is stored.

Modelled on python-docx's own layering, below the readers, the checker and the
fixer, which all reach a .docx through it:

* :mod:`.ns`: the one namespace map and :func:`~.ns.qn` (``qn("w:p")``);
* :mod:`.package`: opening a package safely (size, total and compression-ratio
  limits checked from the ZIP directory before inflating, DTDs refused) and its
  related parts;
* :mod:`.styles`: style inheritance (bold, page breaks);
* :mod:`.body`: the one walker that numbers the body's paragraphs, tables, rows,
  cells and text boxes, and says what each paragraph shows;
* :mod:`.text`: that shown text character by character, with the ``w:t`` behind
  it, and finding the decree's words in it.
"""

from .body import Body, Place
from .ns import qn
from .package import MAX_BYTES, MAX_COMPRESSION_RATIO, MAX_UNCOMPRESSED, check_package, documents_shared, open_document

__all__ = [
    "MAX_BYTES",
    "MAX_COMPRESSION_RATIO",
    "MAX_UNCOMPRESSED",
    "Body",
    "Place",
    "check_package",
    "documents_shared",
    "open_document",
    "qn",
]
