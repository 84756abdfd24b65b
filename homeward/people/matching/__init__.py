"""Cross-script person matching for the Central Asian corridor.

Pure Python except ``search`` and ``dedupe``: ``normalize`` cleans text and tells scripts
apart, ``translit`` brings every script and scheme to one folded Latin, ``parse`` finds
surname, given name and patronymic in any order, ``score`` gives a calibrated probability
with a readable explanation, ``keys`` the blocking keys kept in the database.
"""
