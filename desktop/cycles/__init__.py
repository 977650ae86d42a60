"""Reporting cycles (报送周期): which items belong to which cycle, and the checklist."""
