"""The plot of the surface and the views drawn beside it."""
