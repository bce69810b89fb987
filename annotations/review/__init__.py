"""Reviewing a set of articles: the entity comparison index and store statistics."""
