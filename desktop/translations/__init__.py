"""Translation files: yibiao_en.ts (committed source) and yibiao_en.qm (compiled, shipped)."""
