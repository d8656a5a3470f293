"""Homework mode: check a student's cs231n-style update rules against the engine's own."""
