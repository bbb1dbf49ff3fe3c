"""Decree data at rest: loading and saving YAML/JSON, validation messages, JSON
Schema, safe file access and the files shipped with the package."""
