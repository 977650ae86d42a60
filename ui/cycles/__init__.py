"""报送周期: cycles, their checklist, and building and carrying the submission package."""
