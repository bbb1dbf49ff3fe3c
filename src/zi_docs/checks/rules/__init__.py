"""Rules, one module each (``FAMILY/CODE_kebab_name.py`` with the class named after the kebab
name); importing a module registers its rule.  Each family's shared code is its ``_helpers.py``;
each rule's examples of wrong and right are ``fixtures/CODE.yaml``, which the tests run and
``zi-docs rule CODE`` prints (:mod:`zi_docs.checks.rules.examples`)."""
