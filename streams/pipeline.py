"""The pipeline's agents and tables, registered on a Faust app."""

from __future__ import annotations

import faust

from .settings import Settings


def build_pipeline(app: faust.App, settings: Settings) -> None:
    """Declare the pipeline's topics, agents and tables on `app`."""
