"""Tune each run: the fairness card and the feature that runs the search off the GUI thread."""
