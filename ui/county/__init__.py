"""同步 / county mode pages."""
