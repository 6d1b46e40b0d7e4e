"""``python -m pyvapix``: the same as the ``pyvapix`` command."""

import sys

from ._cli import main

sys.exit(main())
