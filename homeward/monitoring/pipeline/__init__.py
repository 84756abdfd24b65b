"""The media-monitoring pipeline: pure Python, no Django.

bytes → ``decode`` (refuse binary, empty, oversized) → ``markup`` (HTML to text lines) →
``clean`` (boilerplate out) → ``lang`` → ``split`` (a listing page into articles) →
``facts`` (type, date, places, counts, organisations, each with its source span) →
``similarity`` (MinHash copies and same-event facts, for clustering into stories).
"""
