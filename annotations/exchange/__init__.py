"""Exchanging annotations with other tools: exports, import, engine suggestions as annotations.

``export`` (json, w3c, jsonl, csv, brat, html; atomic writes; protected paths),
``importer`` (json and W3C, checked before any write), ``suggestions``.
"""
