"""Writing results: tables and atomic file writes."""
