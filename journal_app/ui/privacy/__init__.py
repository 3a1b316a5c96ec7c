"""Keeping the journal private and safe: welcome and onboarding, unlock and lock, the passphrase, backups."""
