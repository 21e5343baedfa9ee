"""Everything that talks to Discord (discord.py): the client, the cogs, their components,
the texts members read and how replies look. The core beside it never imports discord."""
