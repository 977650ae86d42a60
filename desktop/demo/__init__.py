"""The demonstration township office (示范单位) used by `yibiao demo`, screenshots and benchmarks."""
