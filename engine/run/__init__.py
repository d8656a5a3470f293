"""Running optimizers: one run, batches, sweeps, basins, conditioning, status."""
