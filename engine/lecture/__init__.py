"""The lecture's notation and the update rules as it writes them."""
