"""`python -m torch2jittor ...`: the same command line as the `torch2jittor` script."""
from .cli import main

raise SystemExit(main())
