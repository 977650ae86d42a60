"""指标库: the field catalog page."""
