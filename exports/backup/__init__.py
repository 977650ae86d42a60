"""The passphrase-encrypted backup file carried on a USB drive."""
