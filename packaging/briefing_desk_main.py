"""Entry point of the frozen bundle: the same as the `briefing-app` console script."""

from briefing_app.cli import main

raise SystemExit(main())
