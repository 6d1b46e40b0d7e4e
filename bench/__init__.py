"""The pyvapix benchmark harness (``make bench`` / ``python -m bench.run``); see README.md."""
