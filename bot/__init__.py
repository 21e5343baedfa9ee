"""Podcast episode bot: answers questions about podcast episodes on Discord."""

__version__ = "0.1.0"
