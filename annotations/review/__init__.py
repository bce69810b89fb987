"""Reviewing: the entity comparison index, store statistics, and team work: merging coders' databases, inter-coder agreement, adjudication into a gold layer."""
