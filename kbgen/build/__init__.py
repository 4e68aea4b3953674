"""What makes builds fast and visible, free of MkDocs: where a build's time went
(`timings.py`), and the content-keyed build cache (`store.py`, `keys.py`)."""
