"""County mode (县级): township packages in, completeness, one file per bureau out."""
