"""Lessons: ordered steps of scenes with notes and questions answered from the runs' numbers."""
