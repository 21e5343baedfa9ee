"""Follows (issue 13, deliverable 3): /follow, /unfollow, /following, the card's button."""
