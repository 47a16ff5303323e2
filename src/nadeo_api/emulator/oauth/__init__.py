"""The emulated public OAuth API: its sections (accounts, clubs, favorites) and its
authorization flow."""
