"""The episode commands (/ask, /episode, /guest, /topic, /latest, /search, /about)."""
