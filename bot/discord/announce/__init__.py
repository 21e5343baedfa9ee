"""The /announce commands and the task that announces new episodes."""
