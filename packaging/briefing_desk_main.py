"""Entry point of the frozen bundle: the same as the `briefing-app` console script."""

from briefing_app.launch import main

raise SystemExit(main())
