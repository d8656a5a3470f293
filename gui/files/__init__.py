"""Sessions, rendering and exports."""
