"""Keys and trust: the office's own key pairs, the county's keys at a township, who signed a package."""
