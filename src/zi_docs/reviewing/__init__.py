"""A reviewer's markup of a Word draft: findings as comments on their words, fixes as tracked changes.

* :mod:`.tracked`: runs cut at a character, and a fix written as ``w:del`` + ``w:ins``;
* :mod:`.comments`: one Word comment per group of findings, anchored on the words;
* :mod:`.review`: :func:`review`, which checks the draft and writes the reviewed copy.
"""

from .review import ReviewResult, review

__all__ = ["ReviewResult", "review"]
