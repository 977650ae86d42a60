"""Widgets and models shared by several sections."""
