"""减负统计: the burden-monitoring page."""
