"""The bundled data files, shipped inside the package as ``bot.data``.

pyproject.toml maps the package ``bot.data`` to this folder, so the files stay here, at
the top of the repository, and an installed bot still finds them (see ``bot.data_files``).
"""
