"""A scene (surface, runs, view), its edits, files, specs and presets."""
