"""Toolbox group "Analysis": heat hot spots."""
