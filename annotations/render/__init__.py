"""Showing an analysed article: the Pygments token layers, styles, ANSI and HTML pages."""
