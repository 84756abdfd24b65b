"""The product's settings with a bare URLconf: the baseline the intake benchmark compares to.

Same middleware, same database, same gunicorn; only the URLs differ.
"""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.baseline_urls"
