"""Guidance and help: the library and the side panel, links between triggers and articles, the crisis page,
the user guide and the safety plan."""
