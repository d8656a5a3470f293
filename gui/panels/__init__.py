"""Docked panels that edit the scene or describe the current frame."""
