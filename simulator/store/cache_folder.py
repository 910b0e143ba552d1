"""The folder Peer Practice keeps its caches in, found without importing the scorer.

The scorer's set-up cache (simulator/scoring/setup_cache.py) and `validate`'s clean rubric
sets (simulator/content/rubric_cache.py) live side by side in it: the user's cache folder
(platformdirs), or `$PEER_PRACTICE_CACHE_DIR` (an empty value turns caching off). It is a
module of its own because importing `simulator.scoring` for it cost `validate`, which
takes its rubrics from its own small file and never scores, a twentieth of its start-up
(issue 15).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "PEER_PRACTICE_CACHE_DIR"


def cache_folder() -> Path | None:
    """The cache folder (None: turned off with an empty $PEER_PRACTICE_CACHE_DIR)."""
    folder = os.environ.get(ENV_VAR)
    if folder is None:
        import platformdirs

        return Path(platformdirs.user_cache_dir("peer-practice", appauthor=False))
    if not folder:
        return None
    return Path(folder).expanduser()
