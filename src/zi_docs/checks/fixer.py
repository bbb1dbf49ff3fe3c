"""Moved to :mod:`zi_docs.fix`; this module keeps the old import path working."""

from .. import fix as _fix
from ..fix import *

__all__ = _fix.__all__
