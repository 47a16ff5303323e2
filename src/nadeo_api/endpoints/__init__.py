"""The declarations of every endpoint, laid out as the API is documented.

`endpoints/<api>/<section>.py` declares the endpoints documented under that section's folder
(`live/leaderboards/` -> `endpoints/live/leaderboards.py`), with their iterators; each API's
`generic` module declares its generic verbs (`get`, `post`...). `nadeo_api._declared` finds
every declaration by walking these packages, so a declaration is listed nowhere else.
"""
