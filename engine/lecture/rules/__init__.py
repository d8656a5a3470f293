"""Each optimizer's update rule as a list of typesetting-neutral lines, one module per family."""
