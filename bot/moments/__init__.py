"""Moments: the stretches of an episode that answer a question.

``segment`` (the unit), ``notes`` (timestamps in show notes), ``chapters``
(Podcasting 2.0 chapters files), ``transcripts`` (SRT, WebVTT, JSON, HTML, text),
``fetch`` (getting chapters and transcripts in the background) and ``find`` (moments for
an answer). No SQL here: the segments table is :mod:`bot.store.segments`.
"""
