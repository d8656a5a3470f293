"""Maps computed in a worker thread: basins, sweeps, the conditioning lab."""
