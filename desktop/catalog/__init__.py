"""The field catalog (指标库): built-in fields, learned synonyms, custom fields."""
