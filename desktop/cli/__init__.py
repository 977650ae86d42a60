"""The `yibiao` command line: one module per command group."""
