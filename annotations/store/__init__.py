"""Keeping annotations: the durable TinyDB storage, the store, and re-anchoring.

``storage`` (snapshot + fsynced journal, one writer), ``store`` (the only
interface the app uses: documents, annotations, links, analyses cache, undo,
the one rule for a file's current version), ``anchor`` (finding a quote again
in a changed text; never silently onto different words).
"""
