"""The core: what every layer shares.

``model`` (the dataclasses), ``documents`` (loading articles and the header rule),
``text`` (the ONE sanitising boundary for everything shown), ``files`` (reading
user-named files with one-line errors), ``codebook``, ``config``.  Imports nothing else from presslens.
"""
