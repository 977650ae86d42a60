"""设置: office profile, departments, language, backups."""
